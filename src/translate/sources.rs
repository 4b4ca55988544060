//! `translations.lock`: for each translation, a fingerprint of the source text it was made
//! from, so that `lantern translate status` can say which translations are stale (their
//! English changed since) and `translate export` marks them fuzzy for the translator.
//!
//! One file per folder (`screening/translations.lock`, `locales/translations.lock`),
//! written by `lantern translate import`; commit it with the files it describes. A
//! translation it has no record of (written by hand) counts as current.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub const FILE_NAME: &str = "translations.lock";

const HEADER: &str = "\
# Written by `lantern translate import`: for each translation, a fingerprint of the source
# text it was translated from (SHA-256, first 12 hex digits), so that `lantern translate
# status` can tell which translations are stale. Commit it with the files it describes;
# a translation with no line here counts as current.
";

/// file name -> language -> text path -> fingerprint of the source text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Sources(BTreeMap<String, BTreeMap<String, BTreeMap<String, String>>>);

/// The fingerprint of a source text.
pub fn fingerprint(text: &str) -> String {
    hex::encode(&Sha256::digest(text.as_bytes())[..6])
}

/// Why a lock file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SourcesError {
    #[error("{}: {message}", .path.display())]
    Read { path: PathBuf, message: String },
    #[error("could not write {}: {source}", .path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Whether a translation is current against its source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    Current,
    /// The source changed since the translation was recorded.
    Stale,
    /// No record: written by hand, counted as current.
    Unrecorded,
}

impl Sources {
    pub fn parse(text: &str) -> Result<Sources, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// `dir/translations.lock`, or nothing recorded when there is none.
    pub fn read(dir: &Path) -> Result<Sources, SourcesError> {
        let path = dir.join(FILE_NAME);
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                Sources::parse(&text).map_err(|message| SourcesError::Read { path, message })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Sources::default()),
            Err(e) => Err(SourcesError::Read {
                path,
                message: e.to_string(),
            }),
        }
    }

    pub fn write(&self, dir: &Path) -> Result<(), SourcesError> {
        let path = dir.join(FILE_NAME);
        // The map serializes (strings only); a failure here is not possible for this type,
        // but it is reported rather than unwrapped.
        let body = toml::to_string(self).map_err(|e| SourcesError::Write {
            path: path.clone(),
            source: std::io::Error::other(e.to_string()),
        })?;
        crate::fsio::write_atomic_public(
            dir,
            FILE_NAME,
            format!("{HEADER}\n{body}").as_bytes(),
            crate::fsio::Mode::Replace,
        )
        .map(|_| ())
        .map_err(|source| SourcesError::Write { path, source })
    }

    pub fn freshness(&self, file: &str, lang: &str, path: &str, source_text: &str) -> Freshness {
        match self
            .0
            .get(file)
            .and_then(|l| l.get(lang))
            .and_then(|p| p.get(path))
        {
            Some(fp) if *fp == fingerprint(source_text) => Freshness::Current,
            Some(_) => Freshness::Stale,
            None => Freshness::Unrecorded,
        }
    }

    /// Records that `lang`'s translation of `path` was made from `source_text`.
    pub fn record(&mut self, file: &str, lang: &str, path: &str, source_text: &str) {
        self.0
            .entry(file.to_string())
            .or_default()
            .entry(lang.to_string())
            .or_default()
            .insert(path.to_string(), fingerprint(source_text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_and_tells_stale_from_current() {
        let mut s = Sources::default();
        assert_eq!(
            s.freshness("a.toml", "vi", "x.text", "Hi"),
            Freshness::Unrecorded
        );
        s.record("a.toml", "vi", "x.text", "Hi");
        assert_eq!(
            s.freshness("a.toml", "vi", "x.text", "Hi"),
            Freshness::Current
        );
        assert_eq!(
            s.freshness("a.toml", "vi", "x.text", "Hello"),
            Freshness::Stale
        );
        assert_eq!(
            s.freshness("a.toml", "ko", "x.text", "Hi"),
            Freshness::Unrecorded
        );
        let dir = tempfile::tempdir().unwrap();
        s.write(dir.path()).unwrap();
        assert_eq!(Sources::read(dir.path()).unwrap(), s);
        let text = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        assert!(text.starts_with("# Written by"), "{text}");
    }
}
