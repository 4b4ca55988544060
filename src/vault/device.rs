//! The device key: an age X25519 identity that encrypts this laptop's drafts, stored only
//! wrapped with the worker's passphrase (age scrypt). Unlocked at the start of a work
//! session, dropped (and zeroized) on lock, idle timeout and quick exit.

use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};

use super::VaultError;
use super::atomic::{Mode, ensure_private_dir, write_atomic};
use super::crypto::{decrypt_with_passphrase, encrypt_with_passphrase};

/// Shortest passphrase accepted: it is all that protects drafts on a lost laptop.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

const FILE_NAME: &str = "device-key.age";

/// The wrapped device key on disk.
#[derive(Debug, Clone)]
pub struct DeviceKey {
    path: PathBuf,
}

/// The unlocked device identity. Dropping it zeroizes the secret.
pub struct UnlockedDevice {
    identity: age::x25519::Identity,
}

impl std::fmt::Debug for UnlockedDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UnlockedDevice(..)")
    }
}

impl DeviceKey {
    pub fn at(dir: &Path) -> DeviceKey {
        DeviceKey {
            path: dir.join(FILE_NAME),
        }
    }

    pub fn exists(&self) -> bool {
        self.path.is_file()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates a new device key wrapped with `passphrase`. Refuses to replace one: drafts
    /// encrypted to the old key would become unreadable.
    pub fn create(&self, passphrase: &SecretString) -> Result<UnlockedDevice, VaultError> {
        check_passphrase(passphrase)?;
        if self.exists() {
            return Err(VaultError::DeviceKeyExists(self.path.clone()));
        }
        let dir = self.path.parent().unwrap_or(Path::new("."));
        ensure_private_dir(dir).map_err(|e| VaultError::io(dir, e))?;
        let identity = age::x25519::Identity::generate();
        let secret = identity.to_string();
        let wrapped = encrypt_with_passphrase(secret.expose_secret().as_bytes(), passphrase)?;
        write_atomic(dir, FILE_NAME, &wrapped, Mode::CreateNew)
            .map_err(|e| VaultError::io(&self.path, e))?;
        Ok(UnlockedDevice { identity })
    }

    pub fn unlock(&self, passphrase: &SecretString) -> Result<UnlockedDevice, VaultError> {
        let wrapped = fs::read(&self.path).map_err(|e| VaultError::io(&self.path, e))?;
        let plain = decrypt_with_passphrase(&wrapped, passphrase)?;
        let text = std::str::from_utf8(&plain)
            .map_err(|_| VaultError::Decrypt("the device key is damaged".into()))?;
        let identity = age::x25519::Identity::from_str(text.trim())
            .map_err(|_| VaultError::Decrypt("the device key is damaged".into()))?;
        Ok(UnlockedDevice { identity })
    }

    /// Re-wraps the key with a new passphrase (drafts stay readable).
    pub fn change_passphrase(
        &self,
        old: &SecretString,
        new: &SecretString,
    ) -> Result<(), VaultError> {
        check_passphrase(new)?;
        let unlocked = self.unlock(old)?;
        let secret = unlocked.identity.to_string();
        let wrapped = encrypt_with_passphrase(secret.expose_secret().as_bytes(), new)?;
        let dir = self.path.parent().unwrap_or(Path::new("."));
        write_atomic(dir, FILE_NAME, &wrapped, Mode::Replace)
            .map_err(|e| VaultError::io(&self.path, e))?;
        Ok(())
    }
}

pub fn check_passphrase(p: &SecretString) -> Result<(), VaultError> {
    if p.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(VaultError::WeakPassphrase(MIN_PASSPHRASE_CHARS));
    }
    if guessable(p.expose_secret()) {
        return Err(VaultError::GuessablePassphrase);
    }
    Ok(())
}

/// Passphrases of the length asked for that are guessed first anyway: taken from the most
/// common leaked passwords of 10 characters or more, and keyboard and number runs.
const COMMON: &[&str] = &[
    "password123",
    "password1234",
    "passwordpassword",
    "1234567890",
    "0987654321",
    "123456789012",
    "1234512345",
    "1122334455",
    "1111122222",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm123",
    "qwerty123456",
    "qwertyuiop123",
    "1qaz2wsx3edc",
    "iloveyou12",
    "iloveyou123",
    "princess123",
    "sunshine123",
    "football123",
    "baseball123",
    "welcome123",
    "letmein123",
    "abc123abc123",
    "abcdefghij",
    "changeme123",
    "administrator",
    "contraseña123",
    "contrasena123",
    "teamo12345",
    "correcthorsebatterystaple",
    "lantern123",
    "lanternlantern",
];

/// All one character, a run up or down (`abcdefghij`, `9876543210`), a keyboard row, one
/// short piece repeated, or a common password (letter case and spaces ignored).
fn guessable(p: &str) -> bool {
    let s: Vec<char> = p
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    if s.len() < 2 {
        return true;
    }
    let text: String = s.iter().collect();
    if COMMON.contains(&text.as_str()) {
        return true;
    }
    // A run: every step the same (0: one character repeated; ±1: a sequence).
    let step = s[1] as i64 - s[0] as i64;
    if step.abs() <= 1 && s.windows(2).all(|w| w[1] as i64 - w[0] as i64 == step) {
        return true;
    }
    for row in [
        "qwertyuiopasdfghjklzxcvbnm",
        "1234567890",
        "azertyuiopqsdfghjklmwxcvbn",
    ] {
        if row.contains(&text) || row.chars().rev().collect::<String>().contains(&text) {
            return true;
        }
    }
    // One piece of up to four characters, repeated ("abcabcabcabc").
    (1..=4).any(|k| s.len().is_multiple_of(k) && s.chunks(k).all(|c| c == &s[..k]))
}

impl UnlockedDevice {
    /// The public key drafts are encrypted to.
    pub fn recipient(&self) -> age::x25519::Recipient {
        self.identity.to_public()
    }

    pub(super) fn identities(&self) -> Vec<Box<dyn age::Identity + Send + Sync>> {
        vec![Box::new(self.identity.clone())]
    }
}

#[cfg(test)]
mod tests {
    use super::{MIN_PASSPHRASE_CHARS, VaultError, check_passphrase, guessable};
    use secrecy::SecretString;

    /// The length asked for is a minimum: exactly that many characters (counted as
    /// characters, not bytes) is enough, one fewer is not.
    #[test]
    fn the_minimum_length_is_inclusive_and_counts_characters() {
        assert_eq!(MIN_PASSPHRASE_CHARS, 10);
        let ok = |s: &str| check_passphrase(&SecretString::from(s.to_string()));
        assert!(ok("río mango7").is_ok(), "10 characters (11 bytes)");
        assert!(matches!(
            ok("río mango"),
            Err(VaultError::WeakPassphrase(10))
        ));
    }

    #[test]
    fn the_weakest_passphrases_are_refused() {
        for weak in [
            "aaaaaaaaaa",
            "          ",
            "1234567890",
            "9876543210",
            "abcdefghij",
            "QWERTYUIOP",
            "qwerty uiop",
            // A keyboard row typed backwards.
            "poiuytrewq",
            "lkjhgfdsa",
            "abcabcabcabc",
            "Password123",
            "121212121212",
        ] {
            assert!(guessable(weak), "{weak:?} was accepted");
        }
        for fine in [
            "correct horse battery",
            "río verde al amanecer",
            "mango 7 tortuga azul",
        ] {
            assert!(!guessable(fine), "{fine:?} was refused");
        }
    }
}
