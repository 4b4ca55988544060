//! Writes that survive a crash: a temp file in the same folder, fsync, rename, fsync the
//! folder. A kill -9 at any moment leaves the old file or the complete new one, plus at most
//! a `.tmp-*` fragment of ciphertext that the next open removes.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;

/// Prefix of in-progress files; readers skip them, `cleanup_temp` removes them.
pub const TEMP_PREFIX: &str = ".tmp-";

/// Creates `dir` (and parents) and makes it private to the user (0700 on Unix).
pub fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// A random name with 130 bits of entropy: no date, no counter, nothing about the person.
pub fn random_id() -> String {
    let mut bytes = [0u8; 17];
    // The OS random source failing is not recoverable and means the system is broken.
    getrandom::fill(&mut bytes).expect("the operating system's random source is unavailable");
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(bytes)
        .replace(['-', '_'], "x")
        .to_lowercase()
}

/// How the final name is claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Fail if the name exists (records: never overwrite).
    CreateNew,
    /// Replace atomically (drafts: the newest autosave wins).
    Replace,
}

/// Writes `bytes` to `dir/name` atomically with mode 0600.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8], mode: Mode) -> std::io::Result<PathBuf> {
    let target = dir.join(name);
    // tempfile creates the file with mode 0600.
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    match mode {
        Mode::CreateNew => {
            tmp.persist_noclobber(&target).map_err(|e| e.error)?;
        }
        Mode::Replace => {
            tmp.persist(&target).map_err(|e| e.error)?;
        }
    }
    sync_dir(dir)?;
    Ok(target)
}

/// Removes a file and makes the removal durable.
pub fn remove_durably(path: &Path) -> std::io::Result<()> {
    fs::remove_file(path)?;
    if let Some(dir) = path.parent() {
        sync_dir(dir)?;
    }
    Ok(())
}

pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    Ok(())
}

/// Removes fragments left by a write that was interrupted. They hold only ciphertext.
pub fn cleanup_temp(dir: &Path) -> std::io::Result<usize> {
    let mut n = 0;
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(0);
    };
    for e in entries.flatten() {
        // Only fragments of lantern's own writes are files; anything else named like one
        // is left alone (and reported by the folder check), never a reason not to start.
        if e.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
            && e.file_type().is_ok_and(|t| t.is_file())
        {
            fs::remove_file(e.path())?;
            n += 1;
        }
    }
    if n > 0 {
        sync_dir(dir)?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_random_and_plain() {
        let a = random_id();
        let b = random_id();
        assert_ne!(a, b);
        assert!(a.len() >= 22);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
            "{a}"
        );
    }

    #[test]
    fn atomic_writes_are_private_and_create_new_never_overwrites() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("outbox");
        ensure_private_dir(&dir).unwrap();
        let p = write_atomic(&dir, "a.age", b"one", Mode::CreateNew).unwrap();
        assert!(write_atomic(&dir, "a.age", b"two", Mode::CreateNew).is_err());
        assert_eq!(fs::read(&p).unwrap(), b"one");
        write_atomic(&dir, "a.age", b"three", Mode::Replace).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"three");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o600
            );
            assert_eq!(
                fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
                0o700
            );
        }
        // No fragments left behind.
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::write(dir.join(".tmp-crashed"), b"x").unwrap();
        assert_eq!(cleanup_temp(&dir).unwrap(), 1);
    }
}
