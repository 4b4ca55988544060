//! Writes that survive a crash: a temp file in the same folder, fsync, rename, fsync the
//! folder. A kill -9 at any moment leaves the old file or the complete new one, plus at most
//! a `.tmp-*` fragment of ciphertext that the next open removes.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

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

/// A random name: 128 bits from the system's random source, written as 26 characters of
/// lower-case base32 (a–z, 2–7; RFC 4648). No date, no counter, nothing about the person.
pub fn random_id() -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut bytes = [0u8; 16];
    // The OS random source failing is not recoverable and means the system is broken.
    getrandom::fill(&mut bytes).expect("the operating system's random source is unavailable");
    let n = u128::from_be_bytes(bytes);
    // 26 groups of 5 bits cover 130 bits: the first character carries the top 3 (a–h).
    (0..26)
        .rev()
        .map(|k| ALPHABET[((n >> (5 * k)) & 31) as usize] as char)
        .collect()
}

/// How the final name is claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Fail if the name exists (records: never overwrite).
    CreateNew,
    /// Replace atomically (drafts: the newest autosave wins).
    Replace,
}

/// Writes `bytes` to `dir/name` atomically with mode 0600, readable by everyone (0644) for
/// a public file (the organization's public keys: another account must read them).
pub fn write_atomic_public(
    dir: &Path,
    name: &str,
    bytes: &[u8],
    mode: Mode,
) -> std::io::Result<PathBuf> {
    let path = write_atomic(dir, name, bytes, mode)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644))?;
    }
    Ok(path)
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
        assert_eq!(a.len(), 26);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_lowercase() || ('2'..='7').contains(&c)),
            "{a}"
        );
        // The first character carries only the top 3 of the 128 bits: a to h, never beyond
        // (each character is its own 5 bits; overlapping shifts would spread it wider).
        for _ in 0..200 {
            let first = random_id().chars().next().unwrap();
            assert!(('a'..='h').contains(&first), "{first}");
        }
        // Every character of the alphabet turns up: the bits are all used.
        let many: String = (0..200).map(|_| random_id()).collect();
        assert!(
            "abcdefghijklmnopqrstuvwxyz234567"
                .chars()
                .all(|c| many.contains(c))
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
