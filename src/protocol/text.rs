//! Translated text: one Fluent pattern per language, parsed when the protocol loads.
//!
//! Text without `{` is kept as is (most prose); text with placeables is compiled as a Fluent
//! message so variables (`{ $hours }` pipes an earlier answer), plural and gender selectors
//! work in every language.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};
use fluent_syntax::ast;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer};
use unic_langid::LanguageIdentifier;

use super::located::Located;

/// The message id every compiled pattern is stored under.
const MESSAGE_ID: &str = "text";

#[derive(Debug, Clone, Default)]
pub struct Text {
    pub by_lang: BTreeMap<String, Pattern>,
    /// Span of the whole table or inline table, for "missing translation" diagnostics.
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub source: String,
    pub span: Range<usize>,
    pub compiled: Compiled,
}

#[derive(Debug, Clone)]
pub enum Compiled {
    Plain,
    Fluent(Arc<FluentResource>),
    /// Fluent syntax errors, as messages; lint reports them.
    Invalid(Vec<String>),
}

impl Pattern {
    pub fn compile(source: String, span: Range<usize>) -> Pattern {
        let compiled = if source.contains('{') {
            // Continuation lines of a Fluent message must be indented.
            let body = source.replace('\n', "\n    ");
            match FluentResource::try_new(format!("{MESSAGE_ID} = {body}\n")) {
                Ok(res) => Compiled::Fluent(Arc::new(res)),
                Err((_, errors)) => Compiled::Invalid(
                    errors
                        .iter()
                        .map(|e| e.kind.to_string().replace('\n', "\\n").replace('\r', "\\r"))
                        .collect(),
                ),
            }
        } else {
            Compiled::Plain
        };
        Pattern {
            source,
            span,
            compiled,
        }
    }

    /// Names of the `$variables` the pattern uses.
    pub fn variables(&self) -> Vec<String> {
        let mut out: Vec<String> = self.variable_uses().into_iter().map(|(v, _)| v).collect();
        out.sort();
        out.dedup();
        out
    }

    /// Variables used as the selector of a select expression (`{ $gender -> ... }`): a piped
    /// choice answer is bound to its id there, so variant keys can name choices, and to its
    /// label everywhere else.
    pub fn selector_variables(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .variable_uses()
            .into_iter()
            .filter(|(_, selector)| *selector)
            .map(|(v, _)| v)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Message and term references (`{ name }`, `{ -name }`): they never resolve in a
    /// protocol, and are almost always a forgotten `$`.
    pub fn message_references(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Compiled::Fluent(res) = &self.compiled {
            for entry in res.entries() {
                if let ast::Entry::Message(m) = entry
                    && let Some(value) = &m.value
                {
                    collect_pattern_refs(value, &mut out);
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }

    fn variable_uses(&self) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        if let Compiled::Fluent(res) = &self.compiled {
            for entry in res.entries() {
                if let ast::Entry::Message(m) = entry
                    && let Some(value) = &m.value
                {
                    collect_pattern_vars(value, &mut out);
                }
            }
        }
        out
    }

    /// Formats the pattern. Missing variables are shown as `{$name}` by Fluent; callers pass
    /// every variable the pattern can use.
    pub fn format(&self, lang: &str, args: Option<&FluentArgs>) -> String {
        match &self.compiled {
            Compiled::Plain => self.source.clone(),
            Compiled::Invalid(_) => self.source.clone(),
            Compiled::Fluent(res) => {
                let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                bundle.set_use_isolating(false);
                // Adding builtins to a fresh bundle cannot collide with anything.
                let _ = bundle.add_builtins();
                if bundle.add_resource(Arc::clone(res)).is_err() {
                    return self.source.clone();
                }
                let Some(msg) = bundle.get_message(MESSAGE_ID) else {
                    return self.source.clone();
                };
                let Some(value) = msg.value() else {
                    return self.source.clone();
                };
                let mut errors = Vec::new();
                bundle.format_pattern(value, args, &mut errors).into_owned()
            }
        }
    }
}

fn collect_pattern_refs(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    fn inline(i: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        match i {
            ast::InlineExpression::MessageReference { id, .. } => out.push(id.name.to_string()),
            ast::InlineExpression::TermReference { id, .. } => out.push(format!("-{}", id.name)),
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    collect_pattern_refs(&v.value, out);
                }
            }
        }
    }
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

fn collect_pattern_vars(p: &ast::Pattern<&str>, out: &mut Vec<(String, bool)>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr_vars(expression, out);
        }
    }
}

fn collect_expr_vars(e: &ast::Expression<&str>, out: &mut Vec<(String, bool)>) {
    match e {
        ast::Expression::Inline(i) => collect_inline_vars(i, out, false),
        ast::Expression::Select { selector, variants } => {
            collect_inline_vars(selector, out, true);
            for v in variants {
                collect_pattern_vars(&v.value, out);
            }
        }
    }
}

fn collect_inline_vars(
    i: &ast::InlineExpression<&str>,
    out: &mut Vec<(String, bool)>,
    selector: bool,
) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.push((id.name.to_string(), selector))
        }
        ast::InlineExpression::Placeable { expression } => collect_expr_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline_vars(a, out, selector);
            }
            for a in &arguments.named {
                collect_inline_vars(&a.value, out, selector);
            }
        }
        _ => {}
    }
}

impl Text {
    pub fn get(&self, lang: &str) -> Option<&Pattern> {
        self.by_lang.get(lang)
    }

    /// The text in `lang`, else in `fallback`, else any language (a protocol that passed lint
    /// has every declared language).
    pub fn pick(&self, lang: &str, fallback: &str) -> Option<(&str, &Pattern)> {
        self.by_lang
            .get_key_value(lang)
            .or_else(|| self.by_lang.get_key_value(fallback))
            .or_else(|| self.by_lang.iter().next())
            .map(|(k, v)| (k.as_str(), v))
    }

    /// Formats in `lang` (falling back as `pick` does); empty if the text has no language.
    pub fn render(&self, lang: &str, fallback: &str, args: Option<&FluentArgs>) -> String {
        self.pick(lang, fallback)
            .map(|(l, p)| p.format(l, args))
            .unwrap_or_default()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Located::<BTreeMap<String, Located<String>>>::deserialize(d)?;
        let by_lang = raw
            .value
            .into_iter()
            .map(|(lang, s)| (lang, Pattern::compile(s.value, s.span)))
            .collect();
        Ok(Text {
            by_lang,
            span: raw.span,
        })
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text per language: keys are BCP 47 tags of the protocol's declared languages, values are Fluent patterns.",
            "type": "object",
            "propertyNames": { "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
            "additionalProperties": { "type": "string" },
            "minProperties": 1
        })
    }
}
