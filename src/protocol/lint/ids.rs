//! Header, identifiers and duplicates.

use std::collections::HashMap;
use std::ops::Range;

use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::protocol::condition::{INDICATOR_COUNT, URGENT_COUNT};
use crate::protocol::located::Located;
use crate::protocol::{Audience, Protocol, rules};

pub(super) fn check(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    let h = &p.file.protocol;
    if !is_protocol_id(&h.id) {
        out.push(file.diagnostic(
            rules::BAD_ID,
            h.id.span.clone(),
            format!("protocol id `{}` is not a valid id", h.id.value),
            "use lower-case letters, digits, `-` and `_`, starting with a letter".to_string(),
        ));
    }
    let mut seen_langs: HashMap<&str, &Range<usize>> = HashMap::new();
    for lang in &h.languages {
        if !is_language_tag(lang) {
            out.push(
                file.diagnostic(
                    rules::BAD_LANGUAGE,
                    lang.span.clone(),
                    format!("`{}` is not a BCP 47 language tag", lang.value),
                    "use tags such as `en`, `es`, `zh-Hans`, `pt-BR` (a hyphen, not an underscore)"
                        .to_string(),
                ),
            );
        }
        if seen_langs.insert(lang.as_str(), &lang.span).is_some() {
            out.push(file.diagnostic(
                rules::BAD_LANGUAGE,
                lang.span.clone(),
                format!("language `{}` is declared twice", lang.value),
                "list each language once".to_string(),
            ));
        }
    }
    if !p.has_language(&h.default_language) {
        out.push(file.diagnostic(
            rules::BAD_LANGUAGE,
            h.default_language.span.clone(),
            format!(
                "default language `{}` is not among the declared languages",
                h.default_language.value
            ),
            format!(
                "add it to `languages` or pick one of: {}",
                p.languages().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    if h.provenance.validated.value {
        out.push(file.diagnostic(
            rules::CLAIMS_VALIDATION,
            h.provenance.validated.span.clone(),
            "the protocol says it is a validated instrument".to_string(),
            "only claim validation for a published, validated instrument your organization is licensed to use; otherwise set `validated = false`".to_string(),
        ));
    }
    if h.audience == Audience::Minor && !p.file.consent.mandatory_reporting_notice {
        out.push(file.diagnostic(
            rules::MINOR_WITHOUT_NOTICE,
            p.file.consent.script.span.clone(),
            "a protocol for minors must show the mandatory-reporting notice before any question"
                .to_string(),
            "set `mandatory_reporting_notice = true` in [consent]".to_string(),
        ));
    }

    // Every id that conditions can name shares one namespace; sections too, so that a
    // section jump is unambiguous.
    let mut ids: Vec<(&Located<String>, &str)> = Vec::new();
    for s in &p.file.sections {
        ids.push((&s.id, "section"));
        for q in &s.questions {
            ids.push((&q.id, "question"));
        }
    }
    ids.extend(p.file.indicators.iter().map(|x| (&x.id, "indicator")));
    ids.extend(p.file.needs.iter().map(|x| (&x.id, "need")));
    ids.extend(p.file.urgent.iter().map(|x| (&x.id, "urgent flag")));
    let mut first: HashMap<&str, &Located<String>> = HashMap::new();
    for (id, what) in ids {
        check_ident(file, id, what, out);
        if let Some(prev) = first.get(id.as_str()) {
            let (line, col) = file.position(prev.span.start);
            out.push(file.diagnostic(
                rules::DUPLICATE_ID,
                id.span.clone(),
                format!("duplicate id `{}` ({what})", id.value),
                format!("first defined at line {line}, column {col}; give each item its own id"),
            ));
        } else {
            first.insert(id.as_str(), id);
        }
    }
}

/// A BCP 47 tag as lantern accepts it: parses, and uses `-` (unic-langid also takes `_`).
pub(super) fn is_language_tag(s: &str) -> bool {
    !s.is_empty() && !s.contains('_') && s.parse::<LanguageIdentifier>().is_ok()
}

fn is_protocol_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Ids that conditions name must be plain identifiers.
pub(super) fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

const RESERVED: &[&str] = &["true", "false", INDICATOR_COUNT, URGENT_COUNT];

pub(super) fn check_ident(
    file: &SourceFile,
    id: &Located<String>,
    what: &str,
    out: &mut Vec<Diagnostic>,
) {
    if !is_ident(id) {
        out.push(file.diagnostic(
            rules::BAD_ID,
            id.span.clone(),
            format!("{what} id `{}` is not a valid id", id.value),
            "use lower-case letters, digits and `_`, starting with a letter (e.g. `documents_held`)"
                .to_string(),
        ));
    } else if RESERVED.contains(&id.as_str()) {
        out.push(file.diagnostic(
            rules::BAD_ID,
            id.span.clone(),
            format!("`{}` is a reserved name", id.value),
            "choose another id".to_string(),
        ));
    }
}
