//! Translations, Fluent syntax, piped variables and result wording.

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::protocol::text::Compiled;
use crate::protocol::{Protocol, QuestionIdx, SectionIdx, Slot, Text, rules};

/// Where a text sits; decides which variables it may pipe and which wording rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Owner {
    Header,
    Section(SectionIdx),
    /// A question: pipes only answers given before it.
    Question(QuestionIdx),
    /// Results (indicators, needs, urgent flags, outcomes): may pipe any answer; never a
    /// determination.
    Result,
}

/// Calls `f` on every text in the protocol.
pub(super) fn each_text<'p>(p: &'p Protocol, mut f: impl FnMut(&'p Text, Owner)) {
    let h = &p.file.protocol;
    f(&h.title, Owner::Header);
    if let Some(t) = &h.description {
        f(t, Owner::Header);
    }
    f(&h.provenance.intended_use, Owner::Header);
    f(&p.file.consent.script, Owner::Header);
    if let Some(t) = &p.file.consent.guidance {
        f(t, Owner::Header);
    }
    for (si, s) in p.sections().iter().enumerate() {
        f(&s.title, Owner::Section(SectionIdx::new(si)));
        if let Some(t) = &s.intro {
            f(t, Owner::Section(SectionIdx::new(si)));
        }
    }
    for (qi, q) in p.questions() {
        let o = Owner::Question(qi);
        f(&q.text, o);
        for t in [&q.guidance, &q.purpose, &q.unit].into_iter().flatten() {
            f(t, o);
        }
        for c in &q.choices {
            f(&c.label, o);
        }
    }
    for x in &p.file.indicators {
        f(&x.label, Owner::Result);
    }
    for x in &p.file.needs {
        f(&x.label, Owner::Result);
    }
    for x in &p.file.urgent {
        f(&x.label, Owner::Result);
        for s in &x.steps {
            f(s, Owner::Result);
        }
    }
    for x in &p.file.outcomes {
        f(&x.text, Owner::Result);
    }
    for x in &p.file.preferences {
        f(&x.label, Owner::Result);
    }
    if let Some(t) = &p.file.consent.introduction {
        f(t, Owner::Header);
    }
}

/// Words that would turn a screening result into a determination.
const DETERMINATION_WORDS: &[&str] = &[
    "victim",
    "víctima",
    "victima",
    "is trafficked",
    "fue traficad",
    // The other languages the shipped protocols are written in.
    "受害者",
    "受害人",
    "nạn nhân",
    "피해자",
    "biktima",
    "vítima",
    "viktim",
];

/// Each translation's status names a language of the protocol, and a review says who and
/// when (the sign-off lives in the file, where the next reviewer finds it).
fn check_translations(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    let declared: Vec<&str> = p.languages().collect();
    for (lang, t) in &p.file.protocol.translations {
        let span = t.status.span.clone();
        if !declared.contains(&lang.as_str()) {
            out.push(file.diagnostic(
                rules::TRANSLATION_NOT_LISTED,
                span.clone(),
                format!("a translation status for `{lang}`, which `languages` does not list"),
                format!("add \"{lang}\" to `languages`, or remove [protocol.translations.{lang}]"),
            ));
        }
        if t.status.value == crate::protocol::TranslationStatus::Reviewed {
            let date_ok = t
                .reviewed_on
                .as_deref()
                .is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok());
            let who_ok = t
                .reviewed_by
                .as_deref()
                .is_some_and(|w| !w.trim().is_empty());
            if !date_ok || !who_ok {
                out.push(
                    file.diagnostic(
                        rules::REVIEW_UNSIGNED,
                        span,
                        format!(
                            "the `{lang}` translation says it is reviewed but not by whom and when"
                        ),
                        "add reviewed_by = \"name or role\" and reviewed_on = \"YYYY-MM-DD\""
                            .to_string(),
                    ),
                );
            }
        }
    }
}

pub(super) fn check(p: &Protocol, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    check_translations(p, file, out);
    // An invalid tag is reported once (P020), not once per text.
    let declared: Vec<&str> = p
        .languages()
        .filter(|l| super::ids::is_language_tag(l))
        .collect();
    let all_declared: Vec<&str> = p.languages().collect();
    each_text(p, |text, owner| {
        for lang in &declared {
            if !text.by_lang.contains_key(*lang) {
                let preview = text
                    .by_lang
                    .values()
                    .next()
                    .map(|pat| preview(&pat.source))
                    .filter(|s| !s.is_empty())
                    .map(|s| format!(" for \"{s}\""))
                    .unwrap_or_default();
                out.push(file.diagnostic(
                    rules::MISSING_TRANSLATION,
                    text.span.clone(),
                    format!("missing `{lang}` text{preview}"),
                    format!("add `{lang} = \"...\"` to this text"),
                ));
            }
        }
        for (lang, pat) in &text.by_lang {
            if !all_declared.contains(&lang.as_str()) {
                out.push(file.diagnostic(
                    rules::UNDECLARED_LANGUAGE,
                    pat.span.clone(),
                    format!("text in `{lang}`, which the protocol does not declare"),
                    format!("add \"{lang}\" to `languages` in [protocol], or remove this text"),
                ));
            }
            if let Compiled::Invalid(errors) = &pat.compiled {
                out.push(file.diagnostic(
                    rules::FLUENT_SYNTAX,
                    pat.span.clone(),
                    format!("Fluent syntax error in `{lang}` text: {}", errors.join("; ")),
                    "placeables look like `{ $question_id }`; write a literal brace as `{\"{\"}`"
                        .to_string(),
                ));
            }
            for var in pat.variables() {
                check_variable(p, file, &var, owner, pat.span.clone(), out);
            }
            for name in pat.message_references() {
                let bare = name.trim_start_matches('-');
                out.push(file.diagnostic(
                    rules::UNKNOWN_VARIABLE,
                    pat.span.clone(),
                    format!("`{{ {name} }}` is not a variable"),
                    format!("piped answers need a `$`: write `{{ ${bare} }}`"),
                ));
            }
            if owner == Owner::Result {
                let lower = pat.source.to_lowercase();
                if let Some(w) = DETERMINATION_WORDS.iter().find(|w| lower.contains(*w)) {
                    out.push(file.diagnostic(
                        rules::DETERMINATION_WORDING,
                        pat.span.clone(),
                        format!("result text uses determination wording (\"{w}\")"),
                        "results are indicators, never determinations: say \"indicators present: offer referral / full assessment\""
                            .to_string(),
                    ));
                }
            }
        }
    });
}

fn check_variable(
    p: &Protocol,
    file: &SourceFile,
    var: &str,
    owner: Owner,
    span: std::ops::Range<usize>,
    out: &mut Vec<Diagnostic>,
) {
    match p.slot(var) {
        Some(Slot::Question(j)) => {
            let later = match owner {
                Owner::Question(i) => j >= i,
                Owner::Section(si) => p.section_of(j) >= si,
                Owner::Header => true,
                Owner::Result => false,
            };
            if later {
                out.push(file.diagnostic(
                    rules::FORWARD_REFERENCE,
                    span,
                    format!("`{{ ${var} }}` pipes an answer that is not given before this text"),
                    "pipe only answers to questions that come earlier".to_string(),
                ));
            }
        }
        _ => {
            let hint = match crate::diagnostic::did_you_mean(
                var,
                p.questions().map(|(_, q)| q.id.as_str()),
            ) {
                Some(s) => format!("did you mean `${s}`?"),
                None => "variables name earlier questions: `{ $question_id }`".to_string(),
            };
            out.push(file.diagnostic(
                rules::UNKNOWN_VARIABLE,
                span,
                format!("`{{ ${var} }}` does not name a question"),
                hint,
            ));
        }
    }
}

fn preview(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 40 {
        format!("{}…", one_line.chars().take(40).collect::<String>())
    } else {
        one_line
    }
}

/// Per declared language, how many of the protocol's texts it has.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    pub language: String,
    pub translated: usize,
    pub total: usize,
}

pub fn coverage(p: &Protocol) -> Vec<Coverage> {
    let mut total = 0;
    let mut counts: Vec<(String, usize)> = p.languages().map(|l| (l.to_string(), 0)).collect();
    each_text(p, |text, _| {
        total += 1;
        for (lang, n) in counts.iter_mut() {
            if text.by_lang.contains_key(lang.as_str()) {
                *n += 1;
            }
        }
    });
    counts
        .into_iter()
        .map(|(language, translated)| Coverage {
            language,
            translated,
            total,
        })
        .collect()
}
