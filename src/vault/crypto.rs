//! age encryption in memory. Plaintext buffers lantern creates are zeroized when dropped and
//! sized up front, so no stray copies are left by reallocation.

use std::io::{Read, Write};

use age::secrecy::SecretString;
use serde::Serialize;
use zeroize::Zeroizing;

use super::VaultError;

/// The scrypt work factor the reference age CLI uses; pinned so that debug and release
/// builds, and the CLI, read each other's files.
pub const SCRYPT_WORK_FACTOR: u8 = 18;
/// The largest work factor accepted when decrypting (age's own default ceiling is similar).
pub const SCRYPT_MAX_WORK_FACTOR: u8 = 22;

/// Serializes `value` as JSON into a zeroizing buffer of exactly the right size.
pub fn to_json<T: Serialize>(value: &T) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    struct Count(usize);
    impl Write for Count {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0 += b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    serde_json::to_writer(&mut count, value).map_err(VaultError::Serialize)?;
    let mut buf = Zeroizing::new(Vec::with_capacity(count.0));
    serde_json::to_writer(&mut *buf, value).map_err(VaultError::Serialize)?;
    Ok(buf)
}

/// Encrypts to every recipient; the result is a binary age file.
pub fn encrypt(
    plaintext: &[u8],
    recipients: &[Box<dyn age::Recipient + Send>],
) -> Result<Vec<u8>, VaultError> {
    if recipients.is_empty() {
        return Err(VaultError::NoRecipients);
    }
    let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r.as_ref() as _))
        .map_err(|e| VaultError::Encrypt(e.to_string()))?;
    let mut out = Vec::with_capacity(plaintext.len() + 512);
    let mut w = encryptor
        .wrap_output(&mut out)
        .map_err(|e| VaultError::Encrypt(e.to_string()))?;
    w.write_all(plaintext)
        .and_then(|_| w.finish().map(|_| ()))
        .map_err(|e| VaultError::Encrypt(e.to_string()))?;
    Ok(out)
}

/// Encrypts with a passphrase (scrypt, pinned work factor).
pub fn encrypt_with_passphrase(
    plaintext: &[u8],
    passphrase: &SecretString,
) -> Result<Vec<u8>, VaultError> {
    let mut r = age::scrypt::Recipient::new(passphrase.clone());
    r.set_work_factor(SCRYPT_WORK_FACTOR);
    let boxed: Vec<Box<dyn age::Recipient + Send>> = vec![Box::new(r)];
    encrypt(plaintext, &boxed)
}

/// Decrypts an age file (binary or armored) with any of the identities.
pub fn decrypt(
    ciphertext: &[u8],
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    let decryptor = age::Decryptor::new_buffered(age::armor::ArmoredReader::new(ciphertext))
        .map_err(|e| VaultError::NotAge(e.to_string()))?;
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i.as_ref() as _))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => VaultError::WrongKey,
            other => VaultError::Decrypt(other.to_string()),
        })?;
    let mut out = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
    reader
        .read_to_end(&mut out)
        .map_err(|e| VaultError::Decrypt(format!("the file is damaged or truncated: {e}")))?;
    Ok(out)
}

/// Decrypts a passphrase-encrypted age file.
pub fn decrypt_with_passphrase(
    ciphertext: &[u8],
    passphrase: &SecretString,
) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    let mut id = age::scrypt::Identity::new(passphrase.clone());
    id.set_max_work_factor(SCRYPT_MAX_WORK_FACTOR);
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(id)];
    decrypt(ciphertext, &ids).map_err(|e| match e {
        VaultError::WrongKey | VaultError::Decrypt(_) => VaultError::WrongPassphrase,
        other => other,
    })
}

/// Checks that `bytes` start with a well-formed age header (without decrypting).
pub fn check_age_header(bytes: &[u8]) -> Result<(), VaultError> {
    if bytes.is_empty() {
        return Err(VaultError::NotAge("the file is empty".into()));
    }
    age::Decryptor::new_buffered(age::armor::ArmoredReader::new(bytes))
        .map(|_| ())
        .map_err(|e| VaultError::NotAge(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::to_json;

    /// The plaintext is written once into a buffer of exactly its size: a buffer that grew
    /// would leave copies of the answers in freed memory that nothing zeroes.
    #[test]
    fn the_json_buffer_is_allocated_once_at_its_exact_size() {
        let value = serde_json::json!({
            "answers": ["sí", "no", "prefiere no responder"],
            "notes": "a longer text, so that serde_json writes it in several pieces: ".repeat(8),
        });
        let buf = to_json(&value).unwrap();
        assert_eq!(buf.capacity(), buf.len());
        assert_eq!(*buf, serde_json::to_vec(&value).unwrap());
    }
}
