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
