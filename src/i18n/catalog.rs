//! Loading `locales/` and looking messages up along a fallback chain.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::REFERENCE;
use super::negotiate::fallback_chain;
use crate::diagnostic::{Diagnostic, Rule, Severity, SourceFile};

const FTL_SYNTAX: Rule = Rule {
    code: "I001",
    name: "fluent-syntax",
    severity: Severity::Error,
};
const FTL_DUPLICATE: Rule = Rule {
    code: "I002",
    name: "duplicate-message",
    severity: Severity::Error,
};

/// Every UI language found in the locales folder.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    locales: BTreeMap<String, Vec<Arc<FluentResource>>>,
}

/// `dir/<tag>/*.ftl`, read, by tag (sorted); unreadable files are left out.
fn folder_sources(dir: &Path) -> Vec<(String, Vec<SourceFile>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut tags: Vec<_> = entries.flatten().filter(|e| e.path().is_dir()).collect();
    tags.sort_by_key(|e| e.file_name());
    tags.into_iter()
        .map(|e| {
            let mut files: Vec<PathBuf> = std::fs::read_dir(e.path())
                .map(|rd| {
                    rd.flatten()
                        .map(|f| f.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                        .collect()
                })
                .unwrap_or_default();
            files.sort();
            let sources = files
                .iter()
                .filter_map(|f| Some(SourceFile::new(f, std::fs::read_to_string(f).ok()?)))
                .collect();
            (e.file_name().to_string_lossy().to_string(), sources)
        })
        .collect()
}

/// The English messages compiled into the binary (locales/en/ui.ftl at build time).
const EMBEDDED_ENGLISH: &str = include_str!("../../locales/en/ui.ftl");

fn embedded_english() -> FluentResource {
    // A test parses the file without errors (tests/locales.rs), so the parser's partial
    // result is the whole file.
    match FluentResource::try_new(EMBEDDED_ENGLISH.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    }
}

impl Catalog {
    /// Reads `dir/<tag>/*.ftl`. A syntax error is reported with file:line:col; the rest of the
    /// catalog still loads, so a broken translation never stops the program.
    pub fn load(dir: &Path) -> (Catalog, Vec<Diagnostic>) {
        let (mut cat, diags) = Catalog::load_folder(dir);
        // English, the reference, travels inside the binary: a lantern copied without its
        // locales/ folder still speaks, and never shows bare message ids.
        if !cat.locales.contains_key(REFERENCE) {
            cat.locales
                .insert(REFERENCE.to_string(), vec![Arc::new(embedded_english())]);
        }
        (cat, diags)
    }

    /// The organization's `dir/<tag>/*.ftl` (when there is a folder) over `shipped` (tag,
    /// file): a language of the folder replaces the shipped one, the others stay.
    pub fn load_over(
        shipped: Vec<(String, SourceFile)>,
        dir: Option<&Path>,
    ) -> (Catalog, Vec<Diagnostic>) {
        let mut tags = dir.map(folder_sources).unwrap_or_default();
        let own: Vec<String> = tags.iter().map(|(t, _)| t.clone()).collect();
        for (tag, file) in shipped.into_iter().filter(|(t, _)| !own.contains(t)) {
            match tags.iter_mut().find(|(t, _)| *t == tag) {
                Some((_, files)) => files.push(file),
                None => tags.push((tag, vec![file])),
            }
        }
        let (mut cat, diags) = Catalog::from_sources(tags);
        if !cat.locales.contains_key(REFERENCE) {
            cat.locales
                .insert(REFERENCE.to_string(), vec![Arc::new(embedded_english())]);
        }
        (cat, diags)
    }

    fn load_folder(dir: &Path) -> (Catalog, Vec<Diagnostic>) {
        Catalog::from_sources(folder_sources(dir))
    }

    fn from_sources(tags: Vec<(String, Vec<SourceFile>)>) -> (Catalog, Vec<Diagnostic>) {
        let mut cat = Catalog::default();
        let mut diags = Vec::new();
        for (tag, files) in tags {
            let mut resources = Vec::new();
            let mut seen = std::collections::HashSet::new();
            for src in files {
                let res = match FluentResource::try_new(src.text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for err in errors {
                            diags.push(src.diagnostic(
                                FTL_SYNTAX,
                                // The start of the broken message, where the author looks.
                                err.slice.clone().unwrap_or(err.pos.clone()),
                                format!("Fluent syntax error: {}", err.kind),
                                "the messages before and after this one still load; fix the syntax here".to_string(),
                            ));
                        }
                        r
                    }
                };
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry
                        && !seen.insert(m.id.name.to_string())
                    {
                        let at = src
                            .text
                            .find(&format!("\n{} ", m.id.name))
                            .map(|i| i + 1)
                            .unwrap_or(0);
                        diags.push(src.diagnostic(
                            FTL_DUPLICATE,
                            at..at,
                            format!("message `{}` is defined twice for `{tag}`", m.id.name),
                            "keep one definition".to_string(),
                        ));
                    }
                }
                resources.push(Arc::new(res));
            }
            if !resources.is_empty() {
                cat.locales.insert(tag, resources);
            }
        }
        (cat, diags)
    }

    /// Language tags with at least one file.
    pub fn available(&self) -> Vec<String> {
        self.locales.keys().cloned().collect()
    }

    /// Message ids defined for `tag`.
    pub fn ids(&self, tag: &str) -> Vec<String> {
        let mut v: Vec<String> = self
            .locales
            .get(tag)
            .into_iter()
            .flatten()
            .flat_map(|r| r.entries())
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// A localizer for the first available of `requested` (falling back as
    /// [`fallback_chain`] says, to English last).
    pub fn localizer(&self, requested: &[String]) -> Localizer {
        let available = self.available();
        let chain = fallback_chain(requested, &available, REFERENCE);
        // The worker's first language has no catalog (Traditional Chinese, Portuguese...):
        // say so once rather than pass another language off as theirs.
        let missing = requested.first().filter(|first| {
            let served = fallback_chain(std::slice::from_ref(*first), &available, REFERENCE);
            served.len() == 1 && served[0] == REFERENCE && !first.starts_with(REFERENCE)
        });
        let bundles = chain
            .iter()
            .map(|tag| {
                let langid = tag.parse().unwrap_or_default();
                let mut b = FluentBundle::new_concurrent(vec![langid]);
                // Bidi isolation marks show as junk in a terminal.
                b.set_use_isolating(false);
                for r in self.locales.get(tag).into_iter().flatten() {
                    // Duplicates were reported by `load`; the first definition wins.
                    b.add_resource_overriding(Arc::clone(r));
                }
                (tag.clone(), b)
            })
            .collect();
        Localizer {
            bundles,
            missing: missing.cloned(),
        }
    }
}

/// Looks messages up along a chain of languages. Text from a language other than the first
/// is marked `[en] …` so a reviewer sees at once what is missing.
pub struct Localizer {
    bundles: Vec<(String, FluentBundle<Arc<FluentResource>>)>,
    /// The worker's first language, when no catalog serves it.
    missing: Option<String>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.bundles.iter().map(|(t, _)| t))
            .finish()
    }
}

impl Localizer {
    /// The language in use (the first of the chain), e.g. `es`.
    /// The language in use, as a tag.
    pub fn tag(&self) -> super::LangTag {
        self.language()
            .parse()
            .unwrap_or_else(|_| super::LangTag::english())
    }

    pub fn language(&self) -> &str {
        self.bundles
            .first()
            .map(|(t, _)| t.as_str())
            .unwrap_or(REFERENCE)
    }

    /// When the worker's first language has no catalog: the notice saying so, in the
    /// language shown instead ("There is no zh-TW translation yet: lantern is shown in
    /// English.").
    pub fn missing_language_notice(&self) -> Option<String> {
        let tag = self.missing.as_deref()?;
        let shown = self.language_in_text(self.language());
        Some(
            self.tr_args(
                "ui-language-missing",
                &[("tag", tag), ("shown", shown.as_str())]
                    .into_iter()
                    .map(|(k, v)| (k, fluent_bundle::FluentValue::from(v.to_string())))
                    .collect(),
            ),
        )
    }

    pub fn chain(&self) -> Vec<&str> {
        self.bundles.iter().map(|(t, _)| t.as_str()).collect()
    }

    /// Whether the language in use is a draft awaiting review (`translation-status = draft`).
    pub fn is_draft(&self) -> bool {
        self.bundles.first().is_some_and(|(_, b)| {
            b.get_message("translation-status")
                .and_then(|m| {
                    m.value().map(|v| {
                        let mut e = Vec::new();
                        b.format_pattern(v, None, &mut e) == "draft"
                    })
                })
                .unwrap_or(false)
        })
    }

    /// A language's own name (`language-es` = "Español"), else its tag.
    pub fn language_name(&self, tag: &str) -> String {
        let name = self.tr(&format!("language-{tag}"));
        if name.starts_with('[') {
            tag.to_string()
        } else {
            name
        }
    }

    /// A language's name as it is written inside a sentence of this language ("speaks
    /// Spanish", "atiende en español"), where `language_name` gives its own name for menus.
    pub fn language_in_text(&self, tag: &str) -> String {
        let name = self.tr(&format!("language-in-text-{tag}"));
        if name.starts_with('[') {
            self.language_name(tag)
        } else {
            name
        }
    }

    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn tr_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let primary = base(self.language());
        for (tag, bundle) in &self.bundles {
            let Some(msg) = bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = msg.value() else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            return if base(tag) == primary {
                text
            } else {
                format!("[{tag}] {text}")
            };
        }
        format!("[{id}]")
    }
}

fn base(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}
