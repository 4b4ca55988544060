//! Arbitrary bytes as a record file given to `lantern open` (and to `export` and `report`,
//! which read records the same way): reading must refuse with an error, never panic, and a
//! record that reads must export and summarise without panicking.
//!
//! The first byte chooses what the rest is. Even: the file itself, as found on a USB stick
//! (exercises the age header and armor parsers). Odd: the decrypted record, encrypted here
//! to the target's own key first (exercises the record's JSON, its version check and what
//! is done with a record that reads).
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use age::secrecy::ExposeSecret;
use lantern::vault::crypto;
use lantern::vault::supervisor::{self, Identities};
use libfuzzer_sys::fuzz_target;

struct Setup {
    folder: PathBuf,
    identity: age::x25519::Identity,
}

static SETUP: OnceLock<Setup> = OnceLock::new();

fn setup() -> Setup {
    let base = if std::path::Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let folder = base.join(format!("lantern-fuzz-record-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("scratch folder");
    Setup {
        folder,
        identity: age::x25519::Identity::generate(),
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let s = SETUP.get_or_init(setup);
    let file = if mode % 2 == 0 {
        rest.to_vec()
    } else {
        let recipients: Vec<Box<dyn age::Recipient + Send>> =
            vec![Box::new(s.identity.to_public())];
        crypto::encrypt(rest, &recipients).expect("encrypting to a fresh key works")
    };
    let path = s.folder.join("record.age");
    std::fs::write(&path, &file).expect("write record");
    // Parsed back from its text form, as `open --identity FILE` does.
    let identity: age::x25519::Identity = s
        .identity
        .to_string()
        .expose_secret()
        .parse()
        .expect("an identity's own text parses");
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(identity)];
    let ids: &Identities = &ids;
    let Ok(record) = supervisor::read_record(&path, ids) else {
        return;
    };
    let records = vec![(path, record)];
    let _ = supervisor::export_jsonl(&records, std::io::sink());
    for sep in [b',', b';', b'\t'] {
        let _ = supervisor::export_csv(&records, std::io::sink(), sep);
    }
    let _ = supervisor::report(&records, 1);
    let _ = supervisor::report(&records, 5);
});
