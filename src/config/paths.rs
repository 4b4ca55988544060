//! Where lantern finds its shipped data (protocols, locales, keys, directory) and the
//! user's settings.

use std::path::{Path, PathBuf};

/// The folder that holds `screening/`, `locales/`, `keys/` and `directory/`.
#[derive(Debug, Clone)]
pub struct DataRoot(pub PathBuf);

impl DataRoot {
    /// `explicit` (`--root` or `LANTERN_ROOT`), else the nearest folder at or above the
    /// current directory that has `screening/`, else the folder lantern was built from.
    pub fn locate(explicit: Option<&Path>) -> DataRoot {
        if let Some(p) = explicit {
            return DataRoot(p.to_path_buf());
        }
        if let Ok(cwd) = std::env::current_dir() {
            for dir in cwd.ancestors() {
                if dir.join("screening").is_dir() {
                    return DataRoot(dir.to_path_buf());
                }
            }
        }
        DataRoot(PathBuf::from(env!("CARGO_MANIFEST_DIR")))
    }

    pub fn screening(&self) -> PathBuf {
        self.0.join("screening")
    }
    pub fn keys(&self) -> PathBuf {
        self.0.join("keys")
    }
    pub fn locales(&self) -> PathBuf {
        self.0.join("locales")
    }
    pub fn directory(&self) -> PathBuf {
        self.0.join("directory")
    }
}

/// `$XDG_DATA_HOME/lantern` (or the platform's equivalent): outbox, drafts, device key.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "lantern", "lantern").map(|d| d.data_dir().to_path_buf())
}

/// `$XDG_CONFIG_HOME/lantern/config.toml` (or the platform's equivalent).
pub fn config_file_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "lantern", "lantern")
        .map(|d| d.config_dir().join("config.toml"))
}

/// Where a trial organization identity goes: the user's home folder, outside keys/ and
/// lantern's own folders (which `keys check` scans), named so that nobody mistakes it for a
/// real key; never over an existing file. `fallback` when there is no home folder.
pub fn trial_identity_path(fallback: &Path) -> PathBuf {
    let dir = directories::BaseDirs::new()
        .map(|b| b.home_dir().to_path_buf())
        .unwrap_or_else(|| fallback.to_path_buf());
    (0..)
        .map(|n| {
            dir.join(if n == 0 {
                "lantern-TRIAL-organization-identity.txt".to_string()
            } else {
                format!("lantern-TRIAL-organization-identity-{n}.txt")
            })
        })
        .find(|p| !p.exists())
        .expect("an unbounded range always yields a free name")
}
