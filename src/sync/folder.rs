//! A folder target: a USB drive or a mounted share. Plain std::fs, because object_store's
//! create-only mode on a folder uses hard links, which FAT and exFAT drives refuse
//! (stack-notes.md): the bytes go to a temporary name, are flushed, and take their final
//! name only if it is free; the folder is flushed too.

use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::source::is_record_name;
use super::store::{Failure, FailureKind, LIST_DEPTH, Put, Store};
use crate::fsio::{TEMP_PREFIX, random_id};

#[derive(Debug, Clone)]
pub struct FolderStore {
    dir: PathBuf,
}

impl FolderStore {
    /// The folder must already exist: a missing folder usually means a drive that is not
    /// plugged in, and creating it would write to the laptop's own disk instead.
    pub fn new(dir: &Path) -> FolderStore {
        FolderStore {
            dir: dir.to_path_buf(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn check_folder(&self) -> Result<(), Failure> {
        match fs::metadata(&self.dir) {
            Ok(m) if m.is_dir() => Ok(()),
            Ok(_) => Err(Failure::new(FailureKind::Missing, "not a folder")),
            Err(e) => Err(io_failure(&e)),
        }
    }

    fn write_temp(&self, bytes: &[u8]) -> Result<PathBuf, Failure> {
        let tmp = self.dir.join(format!("{TEMP_PREFIX}{}", random_id()));
        let result = (|| {
            let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()
        })();
        match result {
            Ok(()) => Ok(tmp),
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                Err(io_failure(&e))
            }
        }
    }
}

impl Store for FolderStore {
    fn key(&self) -> String {
        format!("folder:{}", self.dir.display())
    }

    fn put_new(&self, name: &str, bytes: &[u8]) -> Result<Put, Failure> {
        self.check_folder()?;
        let target = self.dir.join(relative(name)?);
        if fs::symlink_metadata(&target).is_ok() {
            return Ok(Put::NameTaken);
        }
        let tmp = self.write_temp(bytes)?;
        let claimed = rename_no_replace(&tmp, &target);
        if !matches!(claimed, Ok(true)) {
            let _ = fs::remove_file(&tmp);
        }
        match claimed {
            Ok(true) => {
                sync_dir(&self.dir).map_err(|e| io_failure(&e))?;
                Ok(Put::Created)
            }
            Ok(false) => Ok(Put::NameTaken),
            Err(e) => Err(io_failure(&e)),
        }
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, Failure> {
        self.check_folder()?;
        let path = self.dir.join(relative(name)?);
        match fs::symlink_metadata(&path) {
            Ok(m) if !m.is_file() => {
                return Err(Failure::new(FailureKind::Other, "not a regular file"));
            }
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_failure(&e)),
        }
        match fs::read(&path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_failure(&e)),
        }
    }

    fn list(&self) -> Result<Vec<(String, u64)>, Failure> {
        self.check_folder()?;
        let mut out = Vec::new();
        self.walk("", 0, &mut out)?;
        out.sort();
        Ok(out)
    }
}

impl FolderStore {
    fn walk(&self, rel: &str, depth: usize, out: &mut Vec<(String, u64)>) -> Result<(), Failure> {
        let dir = if rel.is_empty() {
            self.dir.clone()
        } else {
            self.dir.join(rel)
        };
        let rd = fs::read_dir(&dir).map_err(|e| io_failure(&e))?;
        for entry in rd {
            let entry = entry.map_err(|e| io_failure(&e))?;
            let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                continue;
            };
            // Symlinks are not followed: a link could lead anywhere on the machine.
            let Ok(meta) = fs::symlink_metadata(entry.path()) else {
                continue;
            };
            let path = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            if meta.is_file() && is_record_name(&name) {
                out.push((path, meta.len()));
            } else if meta.is_dir() && depth < LIST_DEPTH && !name.starts_with('.') {
                self.walk(&path, depth + 1, out)?;
            }
        }
        Ok(())
    }
}

/// A name inside the folder: sub-folders allowed (`laptop-a/….age`), never `..` or a path
/// that starts elsewhere.
fn relative(name: &str) -> Result<&Path, Failure> {
    let p = Path::new(name);
    if p.components()
        .all(|c| matches!(c, std::path::Component::Normal(_)))
    {
        Ok(p)
    } else {
        Err(Failure::new(
            FailureKind::Other,
            "not a name inside the folder",
        ))
    }
}

/// Renames `from` to `to` only if `to` does not exist. `Ok(false)`: the name was taken.
fn rename_no_replace(from: &Path, to: &Path) -> std::io::Result<bool> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::ffi::OsStrExt;
        let a = std::ffi::CString::new(from.as_os_str().as_bytes())?;
        let b = std::ffi::CString::new(to.as_os_str().as_bytes())?;
        // SAFETY: both are valid NUL-terminated paths that live across the call.
        let rc = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                a.as_ptr(),
                libc::AT_FDCWD,
                b.as_ptr(),
                libc::RENAME_NOREPLACE,
            )
        };
        if rc == 0 {
            return Ok(true);
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EEXIST) => return Ok(false),
            // A file system without the flag (some FUSE and network mounts): fall through.
            Some(libc::EINVAL) | Some(libc::ENOSYS) | Some(libc::ENOTSUP) => {}
            _ => return Err(e),
        }
    }
    // Without an atomic "only if free", check then rename: names are 128-bit random ids
    // written by one laptop each, so another writer racing for the same name does not happen.
    if fs::symlink_metadata(to).is_ok() {
        return Ok(false);
    }
    fs::rename(from, to)?;
    Ok(true)
}

fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// What an OS error means for the sync. The detail is the OS's own words (no content).
pub(crate) fn io_failure(e: &std::io::Error) -> Failure {
    let kind = match e.kind() {
        ErrorKind::NotFound => FailureKind::Missing,
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => FailureKind::Denied,
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
            FailureKind::Full
        }
        ErrorKind::Interrupted | ErrorKind::TimedOut | ErrorKind::WouldBlock => {
            FailureKind::Transient
        }
        // A drive pulled out mid-write shows as an I/O error or a vanished device.
        _ if matches!(
            e.raw_os_error(),
            Some(libc::EIO) | Some(libc::ENODEV) | Some(libc::ENXIO)
        ) =>
        {
            FailureKind::Missing
        }
        _ => FailureKind::Other,
    };
    Failure::new(kind, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_claimed_once() {
        let d = tempfile::tempdir().unwrap();
        let s = FolderStore::new(d.path());
        assert_eq!(s.put_new("a.age", b"one").unwrap(), Put::Created);
        assert_eq!(s.put_new("a.age", b"two").unwrap(), Put::NameTaken);
        assert_eq!(s.get("a.age").unwrap().unwrap(), b"one");
        assert_eq!(s.get("b.age").unwrap(), None);
        // No temporary file is left behind, either way.
        let names: Vec<_> = fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        assert_eq!(names, vec!["a.age".to_string()]);
    }

    #[test]
    fn a_missing_folder_is_missing_and_not_created() {
        let d = tempfile::tempdir().unwrap();
        let gone = d.path().join("usb");
        let s = FolderStore::new(&gone);
        assert_eq!(
            s.put_new("a.age", b"x").unwrap_err().kind,
            FailureKind::Missing
        );
        assert_eq!(s.get("a.age").unwrap_err().kind, FailureKind::Missing);
        assert!(!gone.exists());
    }

    #[test]
    fn names_stay_inside_the_folder() {
        let d = tempfile::tempdir().unwrap();
        fs::create_dir_all(d.path().join("usb/laptop-a")).unwrap();
        fs::write(d.path().join("secret.age"), b"x").unwrap();
        fs::write(d.path().join("usb/laptop-a/r.age"), b"r").unwrap();
        let s = FolderStore::new(&d.path().join("usb"));
        assert_eq!(s.get("laptop-a/r.age").unwrap().unwrap(), b"r");
        for bad in ["../secret.age", "/etc/passwd", "laptop-a/../../secret.age"] {
            assert_eq!(s.get(bad).unwrap_err().kind, FailureKind::Other, "{bad}");
            assert_eq!(s.put_new(bad, b"y").unwrap_err().kind, FailureKind::Other);
        }
        assert_eq!(fs::read(d.path().join("secret.age")).unwrap(), b"x");
        assert_eq!(s.list().unwrap(), vec![("laptop-a/r.age".to_string(), 1)]);
    }

    #[test]
    fn rename_refuses_a_taken_name() {
        let d = tempfile::tempdir().unwrap();
        fs::write(d.path().join("a"), b"1").unwrap();
        fs::write(d.path().join("b"), b"2").unwrap();
        assert!(!rename_no_replace(&d.path().join("a"), &d.path().join("b")).unwrap());
        assert_eq!(fs::read(d.path().join("b")).unwrap(), b"2");
        assert!(rename_no_replace(&d.path().join("a"), &d.path().join("c")).unwrap());
        assert_eq!(fs::read(d.path().join("c")).unwrap(), b"1");
    }
}
