//! Reading a protocol file: TOML syntax, unknown keys, typed model, then the index the engine
//! uses (flat question order, identifier slots).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use std::sync::{Arc, OnceLock};

use sha2::{Digest, Sha256};
use thiserror::Error;

use super::condition::{INDICATOR_COUNT, URGENT_COUNT};
use super::index::{QuestionIdx, SectionIdx};
use super::lint;
use super::model::*;
use super::rules;
use crate::diagnostic::toml_doc::{self, TomlRules};
use crate::diagnostic::{Diagnostic, SourceFile};

/// A protocol that parsed into the model. It may still have lint errors; front ends load
/// through [`load_file`], which refuses those.
#[derive(Debug, Clone)]
pub struct Protocol {
    pub file: ProtocolFile,
    pub path: PathBuf,
    /// SHA-256 of the file's bytes, recorded with every screening.
    pub sha256: String,
    /// The file's text exactly as read (its SHA-256 is `sha256`): kept with every draft, so
    /// a screening resumes with the version it started with.
    pub source: Arc<str>,
    /// Flat question order: (section index, question index within the section).
    order: Vec<(usize, usize)>,
    /// Identifier -> slot in the engine's value table.
    pub slots: HashMap<String, usize>,
    pub slot_count: usize,
}

/// What a slot holds; slots are laid out in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Question(QuestionIdx),
    Indicator(usize),
    Need(usize),
    Urgent(usize),
    IndicatorCount,
    UrgentCount,
}

#[derive(Debug, Error)]
#[error("{}", render(.diagnostics))]
pub struct LoadError {
    pub diagnostics: Vec<Diagnostic>,
}

fn render(d: &[Diagnostic]) -> String {
    let errors = d.iter().filter(|d| d.is_error()).count();
    let mut s: String = d.iter().map(|d| format!("{d}\n")).collect();
    s.push_str(&format!("{errors} error(s): the protocol was not loaded"));
    s
}

impl Protocol {
    pub fn id(&self) -> &str {
        &self.file.protocol.id
    }
    pub fn version(&self) -> &str {
        &self.file.protocol.version
    }
    pub fn default_language(&self) -> &str {
        &self.file.protocol.default_language
    }
    /// Whether the protocol's text in `lang` is a draft awaiting review by a native speaker
    /// (the default language is the source; a language not marked reviewed is a draft).
    pub fn translation_is_draft(&self, lang: &str) -> bool {
        lang != self.default_language()
            && !self
                .file
                .protocol
                .translations
                .get(lang)
                .is_some_and(|t| t.status.value == TranslationStatus::Reviewed)
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.file
            .protocol
            .languages
            .iter()
            .map(|l| l.value.as_str())
    }
    pub fn has_language(&self, lang: &str) -> bool {
        self.languages().any(|l| l == lang)
    }
    pub fn sections(&self) -> &[Section] {
        &self.file.sections
    }
    pub fn question_count(&self) -> usize {
        self.order.len()
    }
    pub fn question(&self, i: QuestionIdx) -> &Question {
        let (s, q) = self.order[i.index()];
        &self.file.sections[s].questions[q]
    }
    pub fn section_of(&self, i: QuestionIdx) -> SectionIdx {
        SectionIdx::new(self.order[i.index()].0)
    }
    pub fn section(&self, s: SectionIdx) -> &Section {
        &self.file.sections[s.index()]
    }
    /// The first question of a section (None for an empty section).
    pub fn first_in_section(&self, section: SectionIdx) -> Option<QuestionIdx> {
        self.order
            .iter()
            .position(|&(s, _)| s == section.index())
            .map(QuestionIdx::new)
    }
    pub fn question_index(&self, id: &str) -> Option<QuestionIdx> {
        match self.slot(id) {
            Some(Slot::Question(i)) => Some(i),
            _ => None,
        }
    }
    pub fn questions(&self) -> impl Iterator<Item = (QuestionIdx, &Question)> {
        (0..self.order.len()).map(|i| (QuestionIdx::new(i), self.question(QuestionIdx::new(i))))
    }
    pub fn section_indices(&self) -> impl Iterator<Item = SectionIdx> {
        (0..self.file.sections.len()).map(SectionIdx::new)
    }

    pub fn slot(&self, id: &str) -> Option<Slot> {
        self.slots.get(id).map(|&i| self.slot_kind(i))
    }

    pub fn slot_kind(&self, slot: usize) -> Slot {
        let nq = self.order.len();
        let ni = self.file.indicators.len();
        let nn = self.file.needs.len();
        let nu = self.file.urgent.len();
        match slot {
            s if s < nq => Slot::Question(QuestionIdx::new(s)),
            s if s < nq + ni => Slot::Indicator(s - nq),
            s if s < nq + ni + nn => Slot::Need(s - nq - ni),
            s if s < nq + ni + nn + nu => Slot::Urgent(s - nq - ni - nn),
            s if s == nq + ni + nn + nu => Slot::IndicatorCount,
            _ => Slot::UrgentCount,
        }
    }

    pub fn indicator_slot(&self, i: usize) -> usize {
        self.order.len() + i
    }
    pub fn need_slot(&self, i: usize) -> usize {
        self.order.len() + self.file.indicators.len() + i
    }
    pub fn urgent_slot(&self, i: usize) -> usize {
        self.need_slot(self.file.needs.len()) + i
    }
    pub fn indicator_count_slot(&self) -> usize {
        self.urgent_slot(self.file.urgent.len())
    }
    pub fn urgent_count_slot(&self) -> usize {
        self.indicator_count_slot() + 1
    }

    fn index(file: ProtocolFile, path: PathBuf, sha256: String, source: Arc<str>) -> Protocol {
        let order: Vec<(usize, usize)> = file
            .sections
            .iter()
            .enumerate()
            .flat_map(|(s, sec)| (0..sec.questions.len()).map(move |q| (s, q)))
            .collect();
        let mut ids: Vec<String> = order
            .iter()
            .map(|&(s, q)| file.sections[s].questions[q].id.value.clone())
            .collect();
        ids.extend(file.indicators.iter().map(|x| x.id.value.clone()));
        ids.extend(file.needs.iter().map(|x| x.id.value.clone()));
        ids.extend(file.urgent.iter().map(|x| x.id.value.clone()));
        ids.push(INDICATOR_COUNT.to_string());
        ids.push(URGENT_COUNT.to_string());
        let slot_count = ids.len();
        let mut slots = HashMap::with_capacity(slot_count);
        for (i, id) in ids.into_iter().enumerate() {
            // Duplicates are a lint error; the first definition wins meanwhile.
            slots.entry(id).or_insert(i);
        }
        Protocol {
            file,
            path,
            sha256,
            source,
            order,
            slots,
            slot_count,
        }
    }
}

/// The protocol JSON Schema (the same document `lantern schema` prints).
pub fn protocol_schema() -> &'static serde_json::Value {
    static SCHEMA: OnceLock<serde_json::Value> = OnceLock::new();
    SCHEMA.get_or_init(|| schemars::schema_for!(ProtocolFile).to_value())
}

const TOML_RULES: TomlRules = TomlRules {
    syntax: rules::TOML_SYNTAX,
    unknown_key: rules::UNKNOWN_KEY,
    invalid_value: rules::INVALID_VALUE,
};

/// Parses a protocol: TOML syntax, unknown keys, the typed model. Returns the protocol when
/// the model could be built, and every problem found on the way.
pub fn load_str(file: &SourceFile) -> (Option<Protocol>, Vec<Diagnostic>) {
    let (model, diags) = toml_doc::parse::<ProtocolFile>(
        file,
        protocol_schema(),
        TOML_RULES,
        "docs/protocol-format.md",
    );
    let protocol = model.map(|m| {
        let sha = hex::encode(Sha256::digest(file.text.as_bytes()));
        Protocol::index(m, file.path.clone(), sha, Arc::from(file.text.as_str()))
    });
    (protocol, diags)
}

/// Protocol files in a folder (`*.toml`, not recursive: scenarios live in a subfolder),
/// sorted by name.
pub fn protocol_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Reads, parses and lints a protocol file; refuses it when any error is found. Warnings are
/// returned with the protocol.
pub fn load_file(path: &Path) -> Result<(Protocol, Vec<Diagnostic>), LoadError> {
    let file = read_source(path).map_err(|d| LoadError {
        diagnostics: vec![*d],
    })?;
    load_source(&file)
}

/// Parses and lints a protocol already read (from a folder or from inside the binary).
pub fn load_source(file: &SourceFile) -> Result<(Protocol, Vec<Diagnostic>), LoadError> {
    let (protocol, mut diags) = load_str(file);
    if let Some(p) = &protocol {
        diags.extend(lint::check(p, file));
    }
    match protocol {
        Some(p) if !diags.iter().any(Diagnostic::is_error) => Ok((p, diags)),
        _ => Err(LoadError { diagnostics: diags }),
    }
}

/// The protocols of `files` that load, and the problems of those that do not (errors and
/// warnings alike for these; a protocol that loads keeps its warnings to itself).
pub fn load_sources(
    files: &[Result<SourceFile, Box<Diagnostic>>],
) -> (Vec<Protocol>, Vec<Diagnostic>) {
    let mut protocols = Vec::new();
    let mut problems = Vec::new();
    for f in files {
        match f {
            Ok(file) => match load_source(file) {
                Ok((p, _)) => protocols.push(p),
                Err(e) => problems.extend(e.diagnostics),
            },
            Err(d) => problems.push((**d).clone()),
        }
    }
    (protocols, problems)
}

/// Reads a text file, turning I/O and encoding problems into a positioned diagnostic.
pub fn read_source(path: &Path) -> Result<SourceFile, Box<Diagnostic>> {
    let empty = SourceFile::new(path, String::new());
    let bytes = std::fs::read(path).map_err(|e| {
        Box::new(empty.diagnostic(
            rules::READ_ERROR,
            0..0,
            format!("cannot read the file: {e}"),
            "check the path and that the file is readable".to_string(),
        ))
    })?;
    String::from_utf8(bytes)
        .map(|text| SourceFile::new(path, text))
        .map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Box::new(SourceFile::new(path, text).diagnostic(
                rules::READ_ERROR,
                at..at,
                "the file is not valid UTF-8".to_string(),
                "save the file as UTF-8".to_string(),
            ))
        })
}
