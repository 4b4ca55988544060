//! Reading TOML files users write (protocols, settings, answer scripts) with positions:
//! syntax errors, unknown keys (driven by the JSON Schema generated from the Rust model, so
//! each format has one definition) and type errors, all as diagnostics.

use serde::de::DeserializeOwned;
use serde_json::Value as Json;
use toml::de::{DeTable, DeValue};

use super::{Diagnostic, Rule, SourceFile, did_you_mean};

/// The rules a format reports its TOML problems under.
#[derive(Debug, Clone, Copy)]
pub struct TomlRules {
    pub syntax: Rule,
    pub unknown_key: Rule,
    pub invalid_value: Rule,
}

/// Parses `file` as `T`. Unknown keys are reported but do not stop the parse, so one run
/// shows every problem it can.
pub fn parse<T: DeserializeOwned>(
    file: &SourceFile,
    schema: &Json,
    rules: TomlRules,
    docs: &str,
) -> (Option<T>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let doc = match DeTable::parse(&file.text) {
        Ok(doc) => doc,
        Err(e) => {
            diags.push(file.diagnostic(
                rules.syntax,
                e.span().unwrap_or(0..0),
                first_line(e.message()),
                "fix the TOML syntax at this position (quotes, brackets, `=` between key and value)"
                    .to_string(),
            ));
            return (None, diags);
        }
    };
    let mut unknown = Vec::new();
    check_table(
        file,
        doc.get_ref(),
        schema,
        schema,
        "",
        rules.unknown_key,
        &mut unknown,
    );
    diags.extend(unknown);
    match T::deserialize(toml::de::Deserializer::from(doc)) {
        Ok(v) => (Some(v), diags),
        Err(e) => {
            diags.push(file.diagnostic(
                rules.invalid_value,
                e.span().unwrap_or(0..0),
                first_line(e.message()),
                format!("see {docs} for the keys and values each table takes"),
            ));
            (None, diags)
        }
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).trim().to_string()
}

fn resolve<'a>(schema: &'a Json, root: &'a Json) -> &'a Json {
    if let Some(r) = schema.get("$ref").and_then(Json::as_str)
        && let Some(name) = r.strip_prefix("#/$defs/")
        && let Some(def) = root.get("$defs").and_then(|d| d.get(name))
    {
        return resolve(def, root);
    }
    // Option<T> is `anyOf: [T, null]`: the non-null branch describes the value.
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = schema.get(key).and_then(Json::as_array)
            && let Some(b) = branches
                .iter()
                .find(|b| b.get("type").and_then(Json::as_str) != Some("null"))
        {
            return resolve(b, root);
        }
    }
    schema
}

fn check_table(
    file: &SourceFile,
    table: &DeTable<'_>,
    schema: &Json,
    root: &Json,
    path: &str,
    rule: Rule,
    out: &mut Vec<Diagnostic>,
) {
    let schema = resolve(schema, root);
    let props = schema.get("properties").and_then(Json::as_object);
    let additional = schema.get("additionalProperties").filter(|a| a.is_object());
    for (key, value) in table.iter() {
        let name = key.get_ref().as_ref();
        let full = if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        };
        if let Some(sub) = props.and_then(|p| p.get(name)) {
            check_value(file, value.get_ref(), sub, root, &full, rule, out);
        } else if let Some(sub) = additional {
            check_value(file, value.get_ref(), sub, root, &full, rule, out);
        } else if props.is_some() {
            let known: Vec<&str> = props
                .map(|p| p.keys().map(String::as_str).collect())
                .unwrap_or_default();
            let hint = match did_you_mean(name, known.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("keys allowed here: {}", known.join(", ")),
            };
            out.push(file.diagnostic(rule, key.span(), format!("unknown key `{full}`"), hint));
        }
    }
}

fn check_value(
    file: &SourceFile,
    value: &DeValue<'_>,
    schema: &Json,
    root: &Json,
    path: &str,
    rule: Rule,
    out: &mut Vec<Diagnostic>,
) {
    let schema = resolve(schema, root);
    match value {
        DeValue::Table(t) => check_table(file, t, schema, root, path, rule, out),
        DeValue::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for item in items.iter() {
                    check_value(file, item.get_ref(), item_schema, root, path, rule, out);
                }
            }
        }
        _ => {}
    }
}
