//! `lantern org init`: a new organization's folder (config::DataRoot), started from what the
//! binary carries: the shipped protocols to edit, the example settings, an empty `keys/`
//! and `directory/`, and a README in each part saying what goes there and which command
//! checks it. Nothing here is personal data.

use std::path::{Path, PathBuf};

use crate::fsio::{Mode, write_atomic_public};

/// Why a folder could not be started.
#[derive(Debug, thiserror::Error)]
pub enum OrgInitError {
    /// Some of what init would write is already there: nothing was written.
    #[error(
        "{} already holds {}: nothing was written (start in a new or empty folder, or edit what is there)",
        .dir.display(),
        .existing.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    Exists {
        dir: PathBuf,
        existing: Vec<PathBuf>,
    },
    #[error("could not write {}: {source}", .path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// One file of a new organization's folder, relative to it.
pub struct StarterFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// The parts of a new folder, and what each starts with.
pub fn starter_files() -> Vec<StarterFile> {
    let text = |path: &str, s: &str| StarterFile {
        path: PathBuf::from(path),
        bytes: s.as_bytes().to_vec(),
    };
    let mut files = vec![
        text("README.md", include_str!("README.folder.md")),
        text("settings.toml", crate::config::example_settings_body()),
        text("keys/README.md", include_str!("README.keys.md")),
        text("screening/README.md", include_str!("README.screening.md")),
        text("directory/README.md", include_str!("README.directory.md")),
        text("locales/README.md", include_str!("README.locales.md")),
    ];
    files.extend(
        crate::shipped::builtin_protocols()
            .into_iter()
            .map(|(name, bytes)| StarterFile {
                path: Path::new("screening").join(name),
                bytes,
            }),
    );
    // What the shipped translations were made from, so `lantern translate status` can
    // tell which ones go stale as the organization edits its protocols.
    files.extend(
        crate::shipped::builtin_protocols_lock().map(|bytes| StarterFile {
            path: Path::new("screening").join("translations.lock"),
            bytes,
        }),
    );
    files
}

/// Writes a new organization's folder at `dir` (created when missing) and returns the files
/// written. Refuses, writing nothing, when any of them (or a file where a part's folder goes)
/// is already there: an organization's edited protocols or keys are never replaced.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, OrgInitError> {
    let files = starter_files();
    let mut existing: Vec<PathBuf> = files
        .iter()
        .map(|f| dir.join(&f.path))
        .filter(|p| p.symlink_metadata().is_ok())
        .collect();
    existing.extend(
        ["keys", "screening", "directory", "locales"]
            .iter()
            .map(|d| dir.join(d))
            .filter(|p| p.symlink_metadata().is_ok_and(|m| !m.is_dir())),
    );
    if !existing.is_empty() {
        existing.sort();
        return Err(OrgInitError::Exists {
            dir: dir.to_path_buf(),
            existing,
        });
    }
    let mut written = Vec::new();
    for f in files {
        let path = dir.join(&f.path);
        let write = || -> std::io::Result<PathBuf> {
            let parent = path.parent().unwrap_or(dir);
            std::fs::create_dir_all(parent)?;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            // Readable by every account on the laptop: settings, protocols and READMEs are
            // the organization's shared, non-personal configuration.
            write_atomic_public(parent, &name, &f.bytes, Mode::CreateNew)
        };
        match write() {
            Ok(p) => written.push(p),
            Err(source) => return Err(OrgInitError::Write { path, source }),
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_folder_has_every_part_and_the_shipped_protocols() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("org");
        let written = init(&dir).unwrap();
        for part in ["keys", "screening", "directory", "locales"] {
            assert!(dir.join(part).join("README.md").is_file(), "{part}");
        }
        let settings = std::fs::read_to_string(dir.join("settings.toml")).unwrap();
        assert!(!settings.starts_with("#:schema"), "{settings}");
        let protocols: Vec<_> = written
            .iter()
            .filter(|p| {
                p.extension().is_some_and(|x| x == "toml") && p.starts_with(dir.join("screening"))
            })
            .collect();
        assert_eq!(protocols.len(), crate::shipped::builtin_protocols().len());
        assert!(protocols.len() >= 4, "{protocols:?}");
        assert!(dir.join("screening/translations.lock").is_file());
    }

    #[test]
    fn an_existing_part_is_never_replaced_and_nothing_is_written() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("keys")).unwrap();
        std::fs::write(tmp.path().join("keys/README.md"), "ours").unwrap();
        std::fs::write(tmp.path().join("directory"), "a file").unwrap();
        match init(tmp.path()) {
            Err(OrgInitError::Exists { existing, .. }) => assert_eq!(
                existing,
                vec![
                    tmp.path().join("directory"),
                    tmp.path().join("keys/README.md")
                ]
            ),
            other => panic!("{:?}", other.map(|_| ())),
        }
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("keys/README.md")).unwrap(),
            "ours"
        );
        assert!(!tmp.path().join("settings.toml").exists());
        assert!(!tmp.path().join("screening").exists());
    }
}
