//! The data folder before anything is opened: private (0700 folders, 0600 files, fixed when
//! looser), no symlink followed, and what someone else may have done to it (a device key or
//! outbox gone while drafts remain) said instead of quietly starting over.

use std::fs;
use std::path::{Path, PathBuf};

use super::{VaultError, VaultPaths};
use crate::fsio::TEMP_PREFIX;

/// Something about the data folder the worker (or their supervisor) must know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderWarning {
    /// Items of the data folder (this many) let other accounts in; they were made private.
    Loosened(usize),
    /// Drafts are here but the device key that opens them is not: moved or deleted by
    /// someone, or restored from an incomplete backup. A new key would not open them.
    DraftsWithoutDeviceKey,
    /// Drafts are here but the outbox folder is not: records waiting for sync may have
    /// been moved away.
    DraftsWithoutOutbox,
    /// Something that is not a file where only files belong (left out, never followed).
    NotAFile(PathBuf),
}

/// Checks and tightens the data folder. Symlinks where lantern's folders belong are refused
/// (an error: lantern would write where someone else chose).
pub fn prepare(paths: &VaultPaths) -> Result<Vec<FolderWarning>, VaultError> {
    let mut warnings = Vec::new();
    let data = &paths.data_dir;
    // A first start makes the folder private from the beginning (nothing to tell).
    if !data.exists() {
        crate::fsio::ensure_private_dir(data).map_err(|e| VaultError::io(data, e))?;
    }
    for dir in [paths.drafts(), paths.device(), paths.outbox.clone()] {
        if let Ok(m) = fs::symlink_metadata(&dir)
            && m.file_type().is_symlink()
        {
            return Err(VaultError::Symlink(dir));
        }
    }
    let drafts = has_files(&paths.drafts());
    if drafts && !super::DeviceKey::at(&paths.device()).exists() {
        warnings.push(FolderWarning::DraftsWithoutDeviceKey);
    }
    if drafts && !paths.outbox.exists() {
        warnings.push(FolderWarning::DraftsWithoutOutbox);
    }
    if data.exists() {
        let mut loosened = 0;
        tighten(paths, &mut loosened, &mut warnings).map_err(|e| VaultError::io(data, e))?;
        if loosened > 0 {
            warnings.push(FolderWarning::Loosened(loosened));
        }
    }
    // A configured outbox lives elsewhere (a USB folder): its entries, not its mode.
    if !paths.outbox.starts_with(data)
        && let Ok(entries) = fs::read_dir(&paths.outbox)
    {
        for e in entries.flatten() {
            if !e.file_type().is_ok_and(|t| t.is_file()) {
                warnings.push(FolderWarning::NotAFile(e.path()));
            }
        }
    }
    Ok(warnings)
}

fn has_files(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|rd| {
        rd.flatten().any(|e| {
            e.file_type().is_ok_and(|t| t.is_file())
                && !e.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
        })
    })
}

/// lantern's own folders 0700 and their files 0600; anything else in them (a folder, a
/// symlink, a device) is left as it is, never followed, and reported. Only what lantern
/// created is touched: a data folder given as `--data-dir ~` must not re-mode the home.
fn tighten(
    paths: &VaultPaths,
    loosened: &mut usize,
    warnings: &mut Vec<FolderWarning>,
) -> std::io::Result<()> {
    let data = &paths.data_dir;
    set_mode(data, 0o700, loosened)?;
    let installed = crate::referral::store::installed_path(data);
    if fs::symlink_metadata(&installed).is_ok_and(|m| m.is_file()) {
        set_mode(&installed, 0o600, loosened)?;
    }
    let mut dirs = vec![paths.drafts(), paths.device()];
    if paths.outbox.starts_with(data) {
        dirs.push(paths.outbox.clone());
    }
    for dir in dirs {
        if !dir.is_dir() {
            continue;
        }
        set_mode(&dir, 0o700, loosened)?;
        for e in fs::read_dir(&dir)?.flatten() {
            if e.file_type()?.is_file() {
                set_mode(&e.path(), 0o600, loosened)?;
            } else {
                warnings.push(FolderWarning::NotAFile(e.path()));
            }
        }
    }
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32, loosened: &mut usize) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let now = fs::symlink_metadata(path)?.permissions().mode() & 0o777;
    if now & !mode != 0 {
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
        *loosened += 1;
    }
    Ok(())
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32, _: &mut usize) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
    }

    fn chmod(p: &Path, m: u32) {
        fs::set_permissions(p, fs::Permissions::from_mode(m)).unwrap();
    }

    /// A data folder as a worker's laptop has it after a first screening: a device key, a
    /// draft, a record in the outbox and an installed directory.
    fn used(root: &Path) -> VaultPaths {
        let paths = VaultPaths::new(root.join("data"), None);
        for dir in [paths.drafts(), paths.device(), paths.outbox.clone()] {
            fs::create_dir_all(&dir).unwrap();
        }
        fs::write(super::super::DeviceKey::at(&paths.device()).path(), "key").unwrap();
        fs::write(paths.drafts().join("d1.age"), "draft").unwrap();
        fs::write(paths.outbox.join("r1.age"), "record").unwrap();
        fs::write(
            crate::referral::store::installed_path(&paths.data_dir),
            "dir",
        )
        .unwrap();
        // As a umask of 022 leaves them, whatever this machine's umask is.
        for dir in [
            &paths.data_dir,
            &paths.drafts(),
            &paths.device(),
            &paths.outbox,
        ] {
            chmod(dir, 0o755);
        }
        for file in [
            super::super::DeviceKey::at(&paths.device())
                .path()
                .to_path_buf(),
            paths.drafts().join("d1.age"),
            paths.outbox.join("r1.age"),
            crate::referral::store::installed_path(&paths.data_dir),
        ] {
            chmod(&file, 0o644);
        }
        paths
    }

    #[test]
    fn a_first_start_makes_a_private_folder_and_says_nothing() {
        let root = tempfile::tempdir().unwrap();
        let paths = VaultPaths::new(root.path().join("data"), None);
        assert_eq!(prepare(&paths).unwrap(), vec![]);
        assert_eq!(mode(&paths.data_dir), 0o700);
    }

    #[test]
    fn every_loosened_item_is_made_private_and_counted_once() {
        let root = tempfile::tempdir().unwrap();
        let paths = used(root.path());
        assert_eq!(prepare(&paths).unwrap(), vec![FolderWarning::Loosened(8)]);
        let installed = crate::referral::store::installed_path(&paths.data_dir);
        for (p, m) in [
            (paths.data_dir.clone(), 0o700),
            (paths.drafts(), 0o700),
            (paths.device(), 0o700),
            (paths.outbox.clone(), 0o700),
            (paths.drafts().join("d1.age"), 0o600),
            (paths.outbox.join("r1.age"), 0o600),
            (installed, 0o600),
        ] {
            assert_eq!(mode(&p), m, "{}", p.display());
        }
        // Private already: nothing to fix, nothing to say. Stricter than needed is left.
        chmod(&paths.outbox.join("r1.age"), 0o400);
        assert_eq!(prepare(&paths).unwrap(), vec![]);
        assert_eq!(mode(&paths.outbox.join("r1.age")), 0o400);
        // One file opened to the group is one item.
        chmod(&paths.drafts().join("d1.age"), 0o640);
        assert_eq!(prepare(&paths).unwrap(), vec![FolderWarning::Loosened(1)]);
    }

    #[test]
    fn drafts_without_their_key_or_outbox_are_told() {
        let root = tempfile::tempdir().unwrap();
        let paths = used(root.path());
        prepare(&paths).unwrap();
        fs::remove_file(super::super::DeviceKey::at(&paths.device()).path()).unwrap();
        assert_eq!(
            prepare(&paths).unwrap(),
            vec![FolderWarning::DraftsWithoutDeviceKey]
        );
        fs::write(super::super::DeviceKey::at(&paths.device()).path(), "key").unwrap();
        chmod(super::super::DeviceKey::at(&paths.device()).path(), 0o600);
        fs::rename(&paths.outbox, root.path().join("hidden")).unwrap();
        assert_eq!(
            prepare(&paths).unwrap(),
            vec![FolderWarning::DraftsWithoutOutbox]
        );
        // Without drafts a missing key or outbox is a first start, not tampering: a
        // fragment of an interrupted write and a folder are not drafts.
        fs::remove_file(paths.drafts().join("d1.age")).unwrap();
        fs::remove_file(super::super::DeviceKey::at(&paths.device()).path()).unwrap();
        fs::write(paths.drafts().join(format!("{TEMP_PREFIX}x")), "").unwrap();
        chmod(&paths.drafts().join(format!("{TEMP_PREFIX}x")), 0o600);
        fs::create_dir(paths.drafts().join("sub")).unwrap();
        chmod(&paths.drafts().join("sub"), 0o700);
        assert_eq!(
            prepare(&paths).unwrap(),
            vec![FolderWarning::NotAFile(paths.drafts().join("sub"))]
        );
    }

    #[test]
    fn a_symlink_where_a_folder_belongs_is_refused_and_its_target_untouched() {
        for which in ["drafts", "device", "outbox"] {
            let root = tempfile::tempdir().unwrap();
            let paths = used(root.path());
            let target = root.path().join("elsewhere");
            fs::create_dir(&target).unwrap();
            chmod(&target, 0o755);
            let link = paths.data_dir.join(which);
            fs::remove_dir_all(&link).unwrap();
            std::os::unix::fs::symlink(&target, &link).unwrap();
            assert!(
                matches!(prepare(&paths), Err(VaultError::Symlink(p)) if p == link),
                "{which}"
            );
            assert_eq!(mode(&target), 0o755, "{which}");
        }
    }

    #[test]
    fn a_configured_outbox_elsewhere_keeps_its_mode_and_its_odd_entries_are_told() {
        let root = tempfile::tempdir().unwrap();
        let usb = root.path().join("usb");
        fs::create_dir(&usb).unwrap();
        chmod(&usb, 0o755);
        fs::write(usb.join("r1.age"), "record").unwrap();
        chmod(&usb.join("r1.age"), 0o644);
        fs::create_dir(usb.join("folder.age")).unwrap();
        let paths = VaultPaths::new(root.path().join("data"), Some(usb.clone()));
        assert_eq!(
            prepare(&paths).unwrap(),
            vec![FolderWarning::NotAFile(usb.join("folder.age"))]
        );
        assert_eq!(mode(&usb), 0o755);
        assert_eq!(mode(&usb.join("r1.age")), 0o644);
    }

    #[test]
    fn only_lantern_s_own_items_are_re_moded() {
        let root = tempfile::tempdir().unwrap();
        let paths = used(root.path());
        prepare(&paths).unwrap();
        // The worker's own file in the data folder (given as --data-dir ~, say) is theirs.
        let own = paths.data_dir.join("shopping.txt");
        fs::write(&own, "").unwrap();
        chmod(&own, 0o644);
        assert_eq!(prepare(&paths).unwrap(), vec![]);
        assert_eq!(mode(&own), 0o644);
    }
}
