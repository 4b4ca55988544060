//! The translatable texts of a protocol file, found in the TOML document itself (not the
//! parsed model) so that a translation can be written back into the file with its
//! formatting, comments and order kept: only the value that changed is replaced.
//!
//! A text is a table (dotted keys `text.en = …` or an inline table `{ en = …, es = … }`)
//! whose keys are all language tags, whose values are all strings, and which has the
//! protocol's source language. Its path names it by ids where the file has them
//! (`section[safety].question[interpreter].text`, `…choices[none].label`) and by position
//! otherwise (`urgent[observed_danger].steps[1]`), so the path survives reordering.

use std::ops::Range;

use toml_edit::{DocumentMut, Item, Table, Value};

use crate::i18n::LangTag;

/// One step of a path into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    /// An array element, and the id it is named by when it has one.
    Index(usize, Option<String>),
}

/// A text of the file, with every language it is written in.
#[derive(Debug, Clone)]
pub struct Text {
    pub path: String,
    steps: Vec<Step>,
    /// (language, text) in the file's order.
    pub by_lang: Vec<(String, String)>,
    /// Where the text's table is in the file (bytes), when parsed with positions.
    pub span: Option<Range<usize>>,
    /// False when the question says `read_aloud = false` (the worker answers it).
    pub read_aloud: bool,
}

impl Text {
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.by_lang
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, t)| t.as_str())
    }

    /// The name of the field (`text`, `guidance`, `label`, `steps`, …).
    pub fn field(&self) -> &str {
        self.steps
            .iter()
            .rev()
            .find_map(|s| match s {
                Step::Key(k) => Some(k.as_str()),
                Step::Index(..) => None,
            })
            .unwrap_or("")
    }

    /// The table the text belongs to (`protocol`, `consent`, `section`, `urgent`, …).
    pub fn owner(&self) -> &str {
        match self.steps.first() {
            Some(Step::Key(k)) => k,
            _ => "",
        }
    }

    /// True when the text belongs to a question (or one of its choices).
    pub fn in_question(&self) -> bool {
        self.steps
            .iter()
            .any(|s| matches!(s, Step::Key(k) if k == "question"))
    }

    pub fn in_choice(&self) -> bool {
        self.steps
            .iter()
            .any(|s| matches!(s, Step::Key(k) if k == "choices"))
    }
}

/// Every text of the document, in file order. `source` is the language a text must have.
pub fn texts(root: &Table, source: &str) -> Vec<Text> {
    let mut out = Vec::new();
    walk_table(root, &mut Vec::new(), source, true, &mut out);
    out
}

/// The protocol's source language (`default_language`, else English).
pub fn source_language(root: &Table) -> String {
    root.get("protocol")
        .and_then(|p| p.get("default_language"))
        .and_then(Item::as_str)
        .unwrap_or("en")
        .to_string()
}

fn path_string(steps: &[Step]) -> String {
    let mut s = String::new();
    for step in steps {
        match step {
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Step::Index(_, Some(id)) => s.push_str(&format!("[{id}]")),
            Step::Index(i, None) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

fn is_language(key: &str) -> bool {
    key.parse::<LangTag>().is_ok()
}

/// The (language, text) pairs of a table-like value, when it is a text.
fn as_text<'a>(
    mut entries: impl Iterator<Item = (&'a str, Option<&'a str>)>,
    source: &str,
) -> Option<Vec<(String, String)>> {
    let mut v = Vec::new();
    entries.try_for_each(|(k, val)| {
        let val = val.filter(|_| is_language(k))?;
        v.push((k.to_string(), val.to_string()));
        Some(())
    })?;
    v.iter().any(|(l, _)| l == source).then_some(v)
}

fn walk_table(t: &Table, steps: &mut Vec<Step>, source: &str, aloud: bool, out: &mut Vec<Text>) {
    let aloud = t.get("read_aloud").and_then(Item::as_bool).unwrap_or(aloud);
    for (k, item) in t.iter() {
        steps.push(Step::Key(k.to_string()));
        walk_item(item, steps, source, aloud, out);
        steps.pop();
    }
}

fn walk_item(item: &Item, steps: &mut Vec<Step>, source: &str, aloud: bool, out: &mut Vec<Text>) {
    match item {
        Item::Table(t) => {
            if let Some(by_lang) = as_text(t.iter().map(|(k, v)| (k, v.as_str())), source) {
                out.push(text(steps, by_lang, t.span(), aloud));
            } else {
                walk_table(t, steps, source, aloud, out);
            }
        }
        Item::ArrayOfTables(a) => {
            for (i, t) in a.iter().enumerate() {
                let id = t.get("id").and_then(Item::as_str).map(String::from);
                steps.push(Step::Index(i, id));
                walk_table(t, steps, source, aloud, out);
                steps.pop();
            }
        }
        Item::Value(v) => walk_value(v, steps, source, aloud, out),
        Item::None => {}
    }
}

fn walk_value(v: &Value, steps: &mut Vec<Step>, source: &str, aloud: bool, out: &mut Vec<Text>) {
    match v {
        Value::InlineTable(t) => {
            if let Some(by_lang) = as_text(t.iter().map(|(k, v)| (k, v.as_str())), source) {
                out.push(text(steps, by_lang, t.span(), aloud));
            } else {
                for (k, v) in t.iter() {
                    steps.push(Step::Key(k.to_string()));
                    walk_value(v, steps, source, aloud, out);
                    steps.pop();
                }
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                let id = v
                    .as_inline_table()
                    .and_then(|t| t.get("id"))
                    .and_then(Value::as_str)
                    .map(String::from);
                steps.push(Step::Index(i, id));
                walk_value(v, steps, source, aloud, out);
                steps.pop();
            }
        }
        _ => {}
    }
}

fn text(
    steps: &[Step],
    by_lang: Vec<(String, String)>,
    span: Option<Range<usize>>,
    aloud: bool,
) -> Text {
    Text {
        path: path_string(steps),
        steps: steps.to_vec(),
        by_lang,
        span,
        read_aloud: aloud,
    }
}

/// Sets `lang`'s version of `text`, keeping the surrounding formatting (the old value's
/// spacing and comments when there was one). False when the path is not a text of this
/// document.
pub fn set(doc: &mut DocumentMut, text: &Text, lang: &str, value: &str) -> bool {
    set_in_table(doc.as_table_mut(), &text.steps, lang, value)
}

fn set_in_table(t: &mut Table, steps: &[Step], lang: &str, value: &str) -> bool {
    match steps.split_first() {
        None => {
            put_table(t, lang, value);
            true
        }
        Some((Step::Key(k), rest)) => t
            .get_mut(k)
            .is_some_and(|item| set_in_item(item, rest, lang, value)),
        Some((Step::Index(..), _)) => false,
    }
}

fn set_in_item(item: &mut Item, steps: &[Step], lang: &str, value: &str) -> bool {
    match item {
        Item::Table(t) => set_in_table(t, steps, lang, value),
        Item::ArrayOfTables(a) => match steps.split_first() {
            Some((Step::Index(i, _), rest)) => a
                .get_mut(*i)
                .is_some_and(|t| set_in_table(t, rest, lang, value)),
            _ => false,
        },
        Item::Value(v) => set_in_value(v, steps, lang, value),
        Item::None => false,
    }
}

fn set_in_value(v: &mut Value, steps: &[Step], lang: &str, value: &str) -> bool {
    let mut v = v;
    for step in steps {
        v = match (step, v) {
            (Step::Key(k), Value::InlineTable(t)) => match t.get_mut(k) {
                Some(x) => x,
                None => return false,
            },
            (Step::Index(i, _), Value::Array(a)) => match a.get_mut(*i) {
                Some(x) => x,
                None => return false,
            },
            _ => return false,
        };
    }
    match v {
        Value::InlineTable(t) => {
            match t.get_mut(lang) {
                Some(old) => replace_keeping_decor(old, value),
                None => {
                    t.insert(lang, Value::from(value));
                }
            }
            true
        }
        _ => false,
    }
}

fn put_table(t: &mut Table, lang: &str, value: &str) {
    match t.get_mut(lang).and_then(Item::as_value_mut) {
        Some(old) => replace_keeping_decor(old, value),
        None => {
            t.insert(lang, Item::Value(Value::from(value)));
        }
    }
}

fn replace_keeping_decor(old: &mut Value, value: &str) {
    let decor = old.decor().clone();
    *old = Value::from(value);
    *old.decor_mut() = decor;
}
