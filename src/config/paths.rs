//! Where lantern finds its shipped data (protocols, locales, keys, directory) and the
//! user's settings.

use std::path::{Path, PathBuf};

/// Where the organization's own files are: a folder holding any of `screening/`,
/// `locales/`, `keys/` and `directory/`. What it lacks comes from inside the binary
/// (`crate::shipped`), so lantern runs with no folder at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataRoot {
    /// The organization's folder, when one was found.
    pub org: Option<PathBuf>,
    /// Where keys go when there is no organization's folder (a trial key): `keys/` in the
    /// user's data folder, which is then found as the organization's folder.
    home_keys: PathBuf,
}

impl DataRoot {
    /// An organization's folder at `dir` (tests, `--root`).
    pub fn at(dir: &Path) -> DataRoot {
        DataRoot {
            org: Some(dir.to_path_buf()),
            home_keys: dir.join("keys"),
        }
    }

    /// The organization's folder, in this order: `explicit` (`--root` or `LANTERN_ROOT`);
    /// the nearest folder at or above the current one with `screening/`; the user's data
    /// folder (`data_dir`: `--data-dir`, else `$XDG_DATA_HOME/lantern`) when it has
    /// `screening/` or `keys/`; the folder of
    /// the executable when it has either. None of them: only what the binary carries.
    /// Never the folder lantern was built from.
    pub fn locate(explicit: Option<&Path>, data_dir: Option<&Path>) -> DataRoot {
        let data = data_dir.map(Path::to_path_buf).or_else(default_data_dir);
        let exe = std::env::current_exe()
            .ok()
            .and_then(|e| e.parent().map(Path::to_path_buf));
        let cwd = std::env::current_dir().ok();
        DataRoot::locate_in(explicit, cwd.as_deref(), data.as_deref(), exe.as_deref())
    }

    /// `locate` with the places given (tests).
    pub fn locate_in(
        explicit: Option<&Path>,
        cwd: Option<&Path>,
        data: Option<&Path>,
        exe_dir: Option<&Path>,
    ) -> DataRoot {
        let home_keys = data
            .map(|d| d.join("keys"))
            .unwrap_or_else(|| PathBuf::from("keys"));
        let holds = |d: &Path| d.join("screening").is_dir() || d.join("keys").is_dir();
        let org = explicit
            .map(Path::to_path_buf)
            .or_else(|| {
                cwd?.ancestors()
                    .find(|d| d.join("screening").is_dir())
                    .map(Path::to_path_buf)
            })
            .or_else(|| data.filter(|d| holds(d)).map(Path::to_path_buf))
            .or_else(|| exe_dir.filter(|d| holds(d)).map(Path::to_path_buf));
        DataRoot { org, home_keys }
    }

    /// The organization's `screening/`, when it holds at least one protocol.
    pub fn screening(&self) -> Option<PathBuf> {
        let dir = self.org.as_ref()?.join("screening");
        let has_protocol = std::fs::read_dir(&dir).ok()?.flatten().any(|e| {
            let p = e.path();
            p.is_file() && p.extension().is_some_and(|x| x == "toml")
        });
        has_protocol.then_some(dir)
    }

    /// The organization's `screening/scenarios/`, when it has one.
    pub fn scenarios(&self) -> Option<PathBuf> {
        Some(self.org.as_ref()?.join("screening").join("scenarios")).filter(|d| d.is_dir())
    }

    /// The organization's `locales/`, when it has one.
    pub fn locales(&self) -> Option<PathBuf> {
        Some(self.org.as_ref()?.join("locales")).filter(|d| d.is_dir())
    }

    /// The organization's `directory/` HSDS package, when it has one.
    pub fn directory(&self) -> Option<PathBuf> {
        Some(self.org.as_ref()?.join("directory")).filter(|d| d.join("services.csv").is_file())
    }

    /// The organization's `settings.toml`, when it has one (`lantern org init` writes it).
    pub fn settings(&self) -> Option<PathBuf> {
        Some(self.org.as_ref()?.join("settings.toml")).filter(|f| f.is_file())
    }

    /// The organization's public keys (`keys/`; it may not exist yet).
    pub fn keys(&self) -> PathBuf {
        match &self.org {
            Some(o) => o.join("keys"),
            None => self.home_keys.clone(),
        }
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

#[cfg(test)]
mod tests {
    use super::DataRoot;

    #[test]
    fn the_organizations_folder_is_looked_for_in_order_and_never_at_the_build_path() {
        let t = tempfile::tempdir().unwrap();
        let dir = |name: &str, sub: &str| {
            let d = t.path().join(name);
            std::fs::create_dir_all(d.join(sub)).unwrap();
            d
        };
        let work = dir("checkout", "screening").join("deep/below");
        std::fs::create_dir_all(&work).unwrap();
        let data = dir("data", "keys");
        let exe = dir("usb", "screening");
        let empty = t.path().join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        let explicit = t.path().join("given");
        let at = |e: Option<&std::path::Path>, c, d, x| DataRoot::locate_in(e, c, d, x).org;

        assert_eq!(
            at(Some(&explicit), Some(&work), Some(&data), Some(&exe)),
            Some(explicit.clone())
        );
        assert_eq!(
            at(None, Some(&work), Some(&data), Some(&exe)),
            Some(t.path().join("checkout"))
        );
        assert_eq!(
            at(None, Some(&empty), Some(&data), Some(&exe)),
            Some(data.clone())
        );
        assert_eq!(
            at(None, Some(&empty), Some(&empty), Some(&exe)),
            Some(exe.clone())
        );
        // Nothing found: everything as shipped, keys in the user's data folder.
        let none = DataRoot::locate_in(None, Some(&empty), Some(&empty), Some(&empty));
        assert_eq!(none.org, None);
        assert_eq!(none.keys(), empty.join("keys"));
        assert_eq!(none.screening(), None);
        // A folder's parts count only when they hold something.
        let org = DataRoot::at(&data);
        assert_eq!(org.screening(), None, "no screening/ with a protocol");
        std::fs::create_dir_all(data.join("screening")).unwrap();
        assert_eq!(
            org.screening(),
            None,
            "an empty screening/ is not a set of protocols"
        );
        std::fs::write(data.join("screening/ours.toml"), "").unwrap();
        assert_eq!(org.screening(), Some(data.join("screening")));
        assert_eq!(org.directory(), None);
    }
}
