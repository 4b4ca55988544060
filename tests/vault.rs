//! The vault with real files and real age encryption.

mod common;

use lantern::protocol::QuestionIdx;
use std::sync::Arc;

use age::secrecy::SecretString;
use lantern::engine::Screening;
use lantern::vault::record::{Referral, ShareConsent};
use lantern::vault::supervisor::{export_csv, export_jsonl, read_all, read_record, report};
use lantern::vault::{
    DeviceKey, Draft, Drafts, Outbox, Recipients, Record, RecordContext, VaultError, atomic, keys,
};

fn record(marker: &str) -> Record {
    let s = common::finished_example(marker);
    Record::from_screening(
        &s,
        atomic::random_id(),
        RecordContext {
            worker_language: "en".into(),
            interpreter_used: Some(false),
            notes: Some(format!("note {marker}")),
            referrals: vec![Referral {
                service_id: "svc-1".into(),
                service_name: "Example legal aid".into(),
                need: Some("legal_help".into()),
                consent_to_share: ShareConsent::Limited,
                share_what: Some("first name only".into()),
                share_until: chrono::NaiveDate::from_ymd_opt(2026, 12, 31),
                chosen_at: s.finished().unwrap(),
            }],
            worker: None,
            device: Some("laptop-3".into()),
        },
    )
    .unwrap()
}

#[test]
fn a_record_round_trips_losslessly_through_json() {
    let r = record("MARKER");
    let json = serde_json::to_string_pretty(&r).unwrap();
    let back: Record = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
    // Spot-check the documented shape.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["format"], "lantern.record");
    assert_eq!(v["schema_version"], 2);
    assert_eq!(v["referrals"][0]["share_until"], "2026-12-31");
    assert_eq!(v["interview_language"], "en");
    let docs = v["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["question"] == "documents")
        .unwrap();
    assert_eq!(docs["type"], "choices");
    assert_eq!(docs["value"][0], "employer");
    assert_eq!(docs["language"], "es");
    let declined = v["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["question"] == "rest_days")
        .unwrap();
    assert_eq!(declined["type"], "declined");
    assert_eq!(v["outcome"]["level"], "full_assessment");
    assert_eq!(v["referrals"][0]["consent_to_share"], "limited");
    assert!(v["finished"].as_str().unwrap().ends_with('Z'));
}

#[test]
fn only_finished_screenings_make_records() {
    let p = common::example();
    let s = common::start(&p, "en");
    assert!(Record::from_screening(&s, "x".into(), RecordContext::default()).is_err());
}

#[test]
fn records_are_saved_encrypted_to_the_organization_only() {
    let (id, recipients, _keys) = common::org_key();
    let data = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(&data.path().join("outbox")).unwrap();
    let r = record("MARKER-SAVE");
    let path = outbox.save(&r, &recipients).unwrap();
    assert_eq!(
        path.file_name().unwrap().to_string_lossy(),
        format!("{}.age", r.record_id)
    );
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    assert!(!String::from_utf8_lossy(&bytes).contains("MARKER"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let dir_mode = std::fs::metadata(outbox.dir())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(dir_mode & 0o777, 0o700);
    }
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(id)];
    assert_eq!(read_record(&path, &ids).unwrap(), r);
    // The same record id is never overwritten.
    assert!(outbox.save(&r, &recipients).is_err());
    let listed = outbox.list().unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].check.is_ok());
}

#[test]
fn without_recipients_saving_is_refused_and_nothing_is_written() {
    let data = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let recipients = Recipients::load(empty.path()).unwrap();
    assert!(recipients.is_empty());
    let outbox = Outbox::open(&data.path().join("outbox")).unwrap();
    let err = outbox.save(&record("X"), &recipients).unwrap_err();
    assert!(matches!(err, VaultError::NoRecipients));
    assert!(err.to_string().contains("lantern keys add"));
    assert!(common::all_files(data.path()).is_empty());
}

#[test]
fn key_files_accept_comments_age_and_ssh_keys_and_name_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let age_pub = age::x25519::Identity::generate().to_public().to_string();
    let ssh_pub = std::fs::read_to_string(common::fixture("ssh/test_ed25519.pub")).unwrap();
    std::fs::write(
        dir.path().join("org.txt"),
        format!("# main office\n\n{age_pub}\n  {}\n", ssh_pub.trim()),
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.md"), "not a key file").unwrap();
    let r = Recipients::load(dir.path()).unwrap();
    assert_eq!(r.keys.len(), 2);
    assert!(!r.is_empty());
    assert_eq!(r.keys[0].line, 3);
    assert_eq!(r.keys[1].kind, keys::KeyKind::SshEd25519);
    assert_eq!(r.keys[1].comment.as_deref(), Some("supervisor@example"));
    assert!(r.keys[1].fingerprint.starts_with("SHA256:"));

    std::fs::write(dir.path().join("bad.txt"), "# x\nage1notakey\n").unwrap();
    let Err(VaultError::BadKeys(d)) = Recipients::load(dir.path()) else {
        panic!("expected a bad key error");
    };
    assert_eq!((d[0].code, d[0].line, d[0].column), ("K001", 2, 1));
    assert!(d[0].file.ends_with("bad.txt"));
    // The column counts the line's indentation, on any line.
    std::fs::write(dir.path().join("bad.txt"), "# x\n\n   age1notakey\n").unwrap();
    let Err(VaultError::BadKeys(d)) = Recipients::load(dir.path()) else {
        panic!("expected a bad key error");
    };
    assert_eq!((d[0].line, d[0].column), (3, 4));

    std::fs::write(
        dir.path().join("bad.txt"),
        "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ\n",
    )
    .unwrap();
    let Err(VaultError::BadKeys(d)) = Recipients::load(dir.path()) else {
        panic!("expected a private key error");
    };
    assert_eq!(d[0].code, "K002");
    // An ssh private key, and a fragment of an age one, are private keys too.
    for private in [
        "-----BEGIN OPENSSH PRIVATE KEY-----\n",
        "age-secret-key-1qqqq\n",
    ] {
        std::fs::write(dir.path().join("bad.txt"), private).unwrap();
        let Err(VaultError::BadKeys(d)) = Recipients::load(dir.path()) else {
            panic!("expected a private key error");
        };
        assert_eq!(d[0].code, "K002", "{private}");
    }
    // What is wrong with a key that is not one is said.
    for (line, says) in [
        ("age1notakey", "is not a valid age public key"),
        (
            "age1pq1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq",
            "post-quantum",
        ),
    ] {
        std::fs::write(dir.path().join("bad.txt"), line).unwrap();
        let Err(VaultError::BadKeys(d)) = Recipients::load(dir.path()) else {
            panic!("expected a bad key error");
        };
        assert_eq!(d[0].code, "K001");
        assert!(d[0].message.contains(says), "{line}: {}", d[0].message);
    }
}

#[test]
fn keys_init_writes_the_identity_outside_keys_and_the_public_key_inside() {
    let root = tempfile::tempdir().unwrap();
    let keys_dir = root.path().join("keys");
    std::fs::create_dir(&keys_dir).unwrap();
    assert!(
        keys::create_identity(&keys_dir.join("id.txt"), std::slice::from_ref(&keys_dir)).is_err()
    );
    let id_path = root.path().join("supervisor/identity.txt");
    let public = keys::create_identity(&id_path, std::slice::from_ref(&keys_dir)).unwrap();
    keys::add_key(&keys_dir, "organization.txt", &public, "organization key").unwrap();
    let r = Recipients::load(&keys_dir).unwrap();
    assert_eq!(r.keys[0].key, public);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&id_path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let ids = keys::load_identities(&id_path).unwrap();
    assert_eq!(ids.len(), 1);
    assert!(
        keys::create_identity(&id_path, std::slice::from_ref(&keys_dir)).is_err(),
        "never overwrites"
    );
    assert!(keys::add_key(&keys_dir, "organization.txt", &public, "again").is_err());
    assert!(lantern::protocol::lint::check_keys_dir(&keys_dir).is_empty());
}

#[test]
fn ssh_identities_open_records_encrypted_to_ssh_keys() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::fixture("ssh/test_ed25519.pub"),
        dir.path().join("org.txt"),
    )
    .unwrap();
    let recipients = Recipients::load(dir.path()).unwrap();
    let data = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(data.path()).unwrap();
    let r = record("SSH");
    let path = outbox.save(&r, &recipients).unwrap();
    let ids = keys::load_identities(&common::fixture("ssh/test_ed25519")).unwrap();
    assert_eq!(read_record(&path, &ids).unwrap(), r);
}

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

#[test]
fn the_device_key_is_wrapped_with_the_passphrase() {
    let data = tempfile::tempdir().unwrap();
    let dk = DeviceKey::at(&data.path().join("device"));
    assert!(matches!(
        dk.create(&pass("short")),
        Err(VaultError::WeakPassphrase(_))
    ));
    let unlocked = dk.create(&pass("correct horse battery")).unwrap();
    let public = unlocked.recipient().to_string();
    assert!(matches!(
        dk.create(&pass("correct horse battery")),
        Err(VaultError::DeviceKeyExists(_))
    ));
    assert!(matches!(
        dk.unlock(&pass("wrong horse battery")),
        Err(VaultError::WrongPassphrase)
    ));
    assert_eq!(
        dk.unlock(&pass("correct horse battery"))
            .unwrap()
            .recipient()
            .to_string(),
        public
    );
    let text = std::fs::read(dk.path()).unwrap();
    assert!(text.starts_with(b"age-encryption.org/v1\n-> scrypt"));
    assert!(!String::from_utf8_lossy(&text).contains("AGE-SECRET-KEY"));
    dk.change_passphrase(&pass("correct horse battery"), &pass("new passphrase here"))
        .unwrap();
    assert!(dk.unlock(&pass("correct horse battery")).is_err());
    assert_eq!(
        dk.unlock(&pass("new passphrase here"))
            .unwrap()
            .recipient()
            .to_string(),
        public
    );
}

#[test]
fn a_draft_resumes_exactly_where_the_worker_was() {
    let data = tempfile::tempdir().unwrap();
    let dk = DeviceKey::at(&data.path().join("device"));
    let device = dk.create(&pass("correct horse battery")).unwrap();
    let drafts = Drafts::open(&data.path().join("drafts")).unwrap();

    let p = common::example();
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    s.set_answer(QuestionIdx::new(0), lantern::engine::Answer::Yes)
        .unwrap();
    s.advance().unwrap();
    s.set_answer(
        QuestionIdx::new(1),
        lantern::engine::Answer::Choice("farm".into()),
    )
    .unwrap();
    let draft = Draft {
        draft_id: atomic::random_id(),
        saved_at: s.started(),
        screening: s.snapshot(),
        protocol_source: Some(s.protocol().source.to_string()),
        worker_language: "en".into(),
        interpreter_used: None,
        notes: Some("DRAFT-MARKER".into()),
        worker: None,
        referrals: Vec::new(),
    };
    drafts.save(&device.recipient(), &draft).unwrap();
    drafts.save(&device.recipient(), &draft).unwrap();
    // Nothing else in the folder is taken for a draft: a stray file, a fragment of an
    // interrupted write, a folder named like a draft.
    let dir = data.path().join("drafts");
    std::fs::write(dir.join("notes.txt"), "not a draft").unwrap();
    std::fs::write(dir.join(".tmp-abc.age"), "fragment").unwrap();
    std::fs::create_dir(dir.join("folder.age")).unwrap();
    let files = drafts.list();
    assert_eq!(
        files.len(),
        1,
        "autosave replaces the previous draft: {files:?}"
    );
    assert_eq!(files[0].id, draft.draft_id);
    let raw = std::fs::read(&files[0].path).unwrap();
    assert!(!String::from_utf8_lossy(&raw).contains("DRAFT-MARKER"));

    let other = DeviceKey::at(&data.path().join("other"))
        .create(&pass("another long pass"))
        .unwrap();
    assert!(matches!(
        drafts.load(&files[0], &other),
        Err(VaultError::WrongKey)
    ));

    let back = drafts.load(&files[0], &device).unwrap();
    assert_eq!(back, draft);
    let resumed = Screening::restore(Arc::clone(&p), back.screening, common::clock()).unwrap();
    assert_eq!(resumed.position(), s.position());
    assert_eq!(resumed.snapshot(), s.snapshot());
    drafts.delete(&draft.draft_id).unwrap();
    assert!(drafts.list().is_empty());
    // A draft already gone (discarded on another screen, or saved twice) is not an error;
    // one that cannot be removed is, so the worker is not told it was discarded.
    drafts.delete(&draft.draft_id).unwrap();
    assert!(matches!(
        drafts.delete("folder"),
        Err(VaultError::Io { .. })
    ));
    assert!(dir.join("folder.age").is_dir());
}

#[test]
fn bad_files_each_get_an_error_and_the_rest_still_opens() {
    let (id, recipients, _k) = common::org_key();
    let data = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(data.path()).unwrap();
    let good = outbox.save(&record("A"), &recipients).unwrap();
    outbox.save(&record("B"), &recipients).unwrap();
    let bytes = std::fs::read(&good).unwrap();
    let d = data.path();
    std::fs::write(d.join("truncated.age"), &bytes[..bytes.len() - 40]).unwrap();
    let mut corrupt = bytes.clone();
    let n = corrupt.len();
    corrupt[n - 10] ^= 0xff;
    std::fs::write(d.join("corrupt.age"), corrupt).unwrap();
    std::fs::write(d.join("empty.age"), b"").unwrap();
    std::fs::write(d.join("plain.age"), b"{\"not\": \"age\"}").unwrap();
    let (_other_id, other_recipients, _k2) = common::org_key();
    outbox
        .save(&record("C"), &other_recipients)
        .map(|p| std::fs::rename(p, d.join("wrongkey.age")))
        .unwrap()
        .unwrap();
    let not_a_record = age::encrypt(&id.to_public(), b"{\"hello\": 1}").unwrap();
    std::fs::write(d.join("notrecord.age"), not_a_record).unwrap();

    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(id)];
    let batch = read_all(&[d.to_path_buf()], &ids);
    assert_eq!(batch.records.len(), 2);
    let mut failed: Vec<String> = batch
        .failures
        .iter()
        .map(|(p, e)| format!("{}: {e}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    failed.sort();
    assert_eq!(failed.len(), 6, "{failed:#?}");
    assert!(
        failed[0].starts_with("corrupt.age: cannot decrypt"),
        "{failed:?}"
    );
    assert!(
        failed[1].starts_with("empty.age: not an age file"),
        "{failed:?}"
    );
    assert!(
        failed[2].starts_with("notrecord.age: the decrypted content is not a lantern record"),
        "{failed:?}"
    );
    assert!(
        failed[3].starts_with("plain.age: not an age file"),
        "{failed:?}"
    );
    assert!(
        failed[4].starts_with("truncated.age: cannot decrypt"),
        "{failed:?}"
    );
    assert!(
        failed[5].starts_with("wrongkey.age: this file was not encrypted to the given identity"),
        "{failed:?}"
    );
    // The outbox listing flags what is not an age file at all.
    let listing = Outbox::open(d).unwrap().list().unwrap();
    let bad: Vec<_> = listing.iter().filter(|e| e.check.is_err()).collect();
    assert_eq!(bad.len(), 2);
}

#[test]
fn export_and_report() {
    let (id, recipients, _k) = common::org_key();
    let data = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(data.path()).unwrap();
    for m in ["=cmd()", "B", "C"] {
        outbox.save(&record(m), &recipients).unwrap();
    }
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(id)];
    let batch = read_all(&[data.path().to_path_buf()], &ids);
    let mut csv = Vec::new();
    export_csv(&batch.records, &mut csv, b',').unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with("\"record_id\",\"protocol_id\",\"protocol_version\""));
    assert!(header.contains("example/documents"));
    assert_eq!(csv.lines().count(), 4);
    assert!(
        csv.contains("'=cmd()"),
        "formula-like cells are neutralized"
    );
    let mut jsonl = Vec::new();
    export_jsonl(&batch.records, &mut jsonl).unwrap();
    let lines: Vec<Record> = String::from_utf8(jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);

    let rep = report(&batch.records, 0);
    assert_eq!(rep.screenings, 3);
    assert_eq!(rep.by_outcome["full_assessment"], 3);
    assert_eq!(rep.by_indicator["example/documents_held"], 3);
    assert_eq!(rep.by_need["legal_immigration"], 3);
    assert_eq!(rep.by_month["2026-11"], 3);
    let json = serde_json::to_string(&rep).unwrap();
    for private in ["=cmd()", "note", "laptop-3", "employer"] {
        assert!(!json.contains(private), "report leaks {private}");
    }
    let small = report(&batch.records, 5);
    // The report says which threshold hid the small counts.
    assert_eq!(small.min_count, 5);
    assert_eq!(small.screenings, 3);
    assert_eq!(small.by_outcome["full_assessment"], 0);
    assert!(
        small
            .suppressed
            .contains(&"outcome:full_assessment".to_string())
    );
}

#[test]
fn records_interoperate_with_the_reference_age_cli() {
    let Some(age_bin) = common::age_cli() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let id = age::x25519::Identity::generate();
    let key_file = dir.path().join("key.txt");
    {
        use age::secrecy::ExposeSecret;
        std::fs::write(&key_file, format!("{}\n", id.to_string().expose_secret())).unwrap();
    }
    let keys_dir = dir.path().join("keys");
    std::fs::create_dir(&keys_dir).unwrap();
    std::fs::write(keys_dir.join("org.txt"), format!("{}\n", id.to_public())).unwrap();
    let recipients = Recipients::load(&keys_dir).unwrap();

    // lantern -> age CLI
    let outbox = Outbox::open(&dir.path().join("outbox")).unwrap();
    let r = record("INTEROP");
    let path = outbox.save(&r, &recipients).unwrap();
    let out = std::process::Command::new(age_bin)
        .arg("-d")
        .arg("-i")
        .arg(&key_file)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let parsed: Record = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(parsed, r);

    // age CLI -> lantern
    let plain = dir.path().join("plain.json");
    std::fs::write(&plain, serde_json::to_vec(&r).unwrap()).unwrap();
    let enc = dir.path().join("from-cli.age");
    let st = std::process::Command::new(age_bin)
        .arg("-r")
        .arg(id.to_public().to_string())
        .arg("-o")
        .arg(&enc)
        .arg(&plain)
        .status()
        .unwrap();
    assert!(st.success());
    let ids = keys::load_identities(&key_file).unwrap();
    assert_eq!(read_record(&enc, &ids).unwrap(), r);
}

/// `lantern keys add`: appended after what the file holds (a last line without its line
/// break included), the organization's own folder left as it is, a new one made private.
#[cfg(unix)]
#[test]
fn keys_add_appends_a_key_and_leaves_the_organization_folder_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let org = tempfile::tempdir().unwrap();
    std::fs::set_permissions(org.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let keys_dir = org.path().join("keys");
    std::fs::create_dir(&keys_dir).unwrap();
    let first = age::x25519::Identity::generate().to_public().to_string();
    let second = age::x25519::Identity::generate().to_public().to_string();
    // Written by hand, without a line break at the end.
    std::fs::write(keys_dir.join("org.txt"), &first).unwrap();
    let added = keys::add_key(&keys_dir, "org.txt", &second, "field office").unwrap();
    assert_eq!(added.line, 3);
    assert_eq!(
        std::fs::read_to_string(keys_dir.join("org.txt")).unwrap(),
        format!("{first}\n# field office\n{second}\n")
    );
    assert_eq!(mode(org.path()), 0o755, "the organization's folder");
    let r = Recipients::load(&keys_dir).unwrap();
    assert_eq!(r.keys.len(), 2);
    assert_ne!(r.keys[0].fingerprint, r.keys[1].fingerprint);
    assert!(matches!(
        keys::add_key(&keys_dir, "other.txt", &second, "again"),
        Err(VaultError::BadKey(_))
    ));

    // A new file starts with the label; a folder that did not exist is made private.
    let data = tempfile::tempdir().unwrap();
    let fresh = data.path().join("lantern/keys");
    let entry = keys::add_key(&fresh, "organization.txt", &first, "main").unwrap();
    assert_eq!(entry.line, 2);
    assert_eq!(
        std::fs::read_to_string(fresh.join("organization.txt")).unwrap(),
        format!("# main\n{first}\n")
    );
    assert_eq!(mode(&data.path().join("lantern")), 0o700);
}

/// A key in an error message is cut at 24 characters, and only when longer.
#[test]
fn bad_keys_are_quoted_short() {
    for (key, quoted) in [
        (
            "age1".to_string() + &"x".repeat(20),
            "age1".to_string() + &"x".repeat(20) + "`",
        ),
        (
            "age1".to_string() + &"x".repeat(21),
            "age1".to_string() + &"x".repeat(20) + "…`",
        ),
    ] {
        let e = keys::parse_public_key(&key).unwrap_err();
        assert!(e.starts_with(&format!("`{quoted}")), "{e}");
    }
}

/// Where the identity goes is worked out from the path as given: `..` over folders that do
/// not exist yet is applied, so the file lands where the path says, and a path that leads
/// into keys/ that way is refused.
#[test]
fn an_identity_path_with_dot_dot_lands_where_it_says() {
    let root = tempfile::tempdir().unwrap();
    let keys_dir = root.path().join("keys");
    std::fs::create_dir(&keys_dir).unwrap();
    let forbidden = [keys_dir.clone()];
    let winding = root.path().join("new/../supervisor/org-identity.txt");
    keys::create_identity(&winding, &forbidden).unwrap();
    assert!(root.path().join("supervisor/org-identity.txt").is_file());
    assert!(!root.path().join("new").exists());
    let into_keys = root.path().join("nowhere/../keys/id.txt");
    assert!(matches!(
        keys::create_identity(&into_keys, &forbidden),
        Err(VaultError::BadKey(_))
    ));
    assert!(common::all_files(&keys_dir).is_empty());
    assert!(!root.path().join("nowhere").exists());
}

/// An outbox that cannot be made (a file where the folder should be) is an error at once,
/// not a failed save later.
#[test]
fn an_outbox_that_cannot_be_a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("outbox");
    std::fs::write(&file, "not a folder").unwrap();
    assert!(matches!(Outbox::open(&file), Err(VaultError::Io { .. })));
    assert!(matches!(
        Outbox::open(&file.join("below")),
        Err(VaultError::Io { .. })
    ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a folder");
}

/// A reader trusts a record only in a format and schema it knows; a newer schema asks for an
/// update rather than being half read.
#[test]
fn a_record_of_another_format_or_a_newer_schema_is_refused() {
    use lantern::vault::record::{RECORD_FORMAT, SCHEMA_VERSION};
    let mut r = record("X");
    assert_eq!(r.check_version(), Ok(()));
    r.schema_version = SCHEMA_VERSION - 1;
    assert_eq!(r.check_version(), Ok(()), "an older schema is read");
    r.schema_version = SCHEMA_VERSION + 1;
    assert!(r.check_version().unwrap_err().contains("update lantern"));
    r.schema_version = SCHEMA_VERSION;
    r.format = format!("{RECORD_FORMAT}.other");
    assert!(
        r.check_version()
            .unwrap_err()
            .contains("not a lantern record")
    );
}

/// The size limit on a record file is 64 MiB: a file of exactly that is read (and found not
/// to be an age file), a larger one is refused before anything is read.
#[test]
fn a_record_file_is_read_up_to_64_mib() {
    let (id, _recipients, _keys) = common::org_key();
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(id)];
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.age");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(64 * 1024 * 1024).unwrap();
    let e = read_record(&big, &ids).unwrap_err().to_string();
    assert!(!e.contains("larger than any record"), "{e}");
    f.set_len(64 * 1024 * 1024 + 1).unwrap();
    let e = read_record(&big, &ids).unwrap_err().to_string();
    assert!(e.contains("larger than any record"), "{e}");
}

/// A folder given to `lantern open`/`export` contributes its record files only: not other
/// files, not a fragment of an interrupted write, not a folder named like a record.
#[test]
fn a_folder_contributes_its_record_files_only() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["b.age", "a.age", "notes.txt", ".tmp-x.age"] {
        std::fs::write(dir.path().join(name), "").unwrap();
    }
    std::fs::create_dir(dir.path().join("folder.age")).unwrap();
    let named = dir.path().join("notes.txt");
    assert_eq!(
        lantern::vault::supervisor::collect_files(&[dir.path().to_path_buf(), named.clone()]),
        vec![dir.path().join("a.age"), dir.path().join("b.age"), named]
    );
}

/// The report counts by language and month too, and hides only counts under the threshold: a count that
/// reaches it is shown as it is.
#[test]
fn the_report_counts_every_screening_and_hides_only_small_counts() {
    let recs: Vec<(std::path::PathBuf, Record)> = (0..3)
        .map(|i| (format!("{i}.age").into(), record(&format!("M{i}"))))
        .collect();
    let month = recs[0].1.started.format("%Y-%m").to_string();
    let all = report(&recs, 1);
    assert_eq!(all.by_month.get(&month), Some(&3));
    assert_eq!(all.by_protocol.get("example"), Some(&3));
    assert_eq!(all.by_language.get("en"), Some(&3));
    assert!(all.suppressed.is_empty());
    let at_three = report(&recs, 3);
    assert_eq!(at_three.by_month.get(&month), Some(&3));
    assert_eq!(at_three.by_protocol.get("example"), Some(&3));
    assert!(!at_three.suppressed.contains(&format!("month:{month}")));
    let at_four = report(&recs, 4);
    assert_eq!(at_four.by_month.get(&month), Some(&0));
    assert!(at_four.suppressed.contains(&format!("month:{month}")));
}
