//! `lantern sync` as a worker runs it: in their language, with file ids and counts only, and
//! nothing removed from the laptop that the target has not confirmed.

mod common;

use std::path::Path;

use assert_cmd::Command;

fn lantern(data: &Path, lang: &str) -> Command {
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.env_remove("LANTERN_CONFIG")
        .env_remove("AWS_ENDPOINT_URL")
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("AWS_PROFILE")
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env("LANG", "C")
        .arg("--root")
        .arg(common::root())
        .arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg(lang);
    c
}

fn outbox_with(data: &Path, n: usize) -> Vec<String> {
    let outbox = data.join("outbox");
    std::fs::create_dir_all(&outbox).unwrap();
    let key = age::x25519::Identity::generate().to_public();
    (0..n)
        .map(|i| {
            let name = format!("{}.age", lantern::fsio::random_id());
            let r: Vec<Box<dyn age::Recipient + Send>> = vec![Box::new(key.clone())];
            let bytes =
                lantern::vault::crypto::encrypt(format!("ANSWER-MARKER {i}").as_bytes(), &r)
                    .unwrap();
            std::fs::write(outbox.join(&name), bytes).unwrap();
            name
        })
        .collect()
}

fn count(dir: &Path) -> usize {
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

#[test]
fn a_worker_syncs_to_a_usb_folder_in_spanish() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let usb = tmp.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let names = outbox_with(&data, 4);

    let dry = lantern(&data, "es")
        .args(["sync", "--dry-run", "--to"])
        .arg(&usb)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&dry.get_output().stdout).to_string();
    assert!(out.contains("Se enviarían: 4"), "{out}");
    assert_eq!((count(&usb), count(&data.join("outbox"))), (0, 4));

    let run = lantern(&data, "es")
        .args(["sync", "--to"])
        .arg(&usb)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&run.get_output().stdout).to_string();
    assert!(out.contains("Enviados: 4"), "{out}");
    assert!(!out.contains("Sent"), "no English in a Spanish run: {out}");
    assert!(!out.contains("ANSWER-MARKER"));
    assert_eq!((count(&usb), count(&data.join("outbox"))), (4, 0));
    for n in &names {
        assert!(usb.join(n).is_file());
    }
    let journal = std::fs::read_to_string(data.join("sync-journal.tsv")).unwrap();
    assert_eq!(journal.lines().count(), 4);
    // `lantern outbox` says when this target last succeeded.
    let o = lantern(&data, "es").arg("outbox").assert().success();
    let out = String::from_utf8_lossy(&o.get_output().stdout).to_string();
    assert!(
        out.contains(&format!("last sync to folder:{}", usb.display())),
        "{out}"
    );

    // Again: nothing to do.
    let again = lantern(&data, "es")
        .args(["sync", "--to"])
        .arg(&usb)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&again.get_output().stdout).to_string();
    assert!(out.contains("La bandeja de salida está vacía"), "{out}");
}

#[test]
fn a_drive_that_is_not_plugged_in_is_said_and_nothing_is_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    outbox_with(&data, 3);
    let a = lantern(&data, "en")
        .args(["sync", "--to"])
        .arg(tmp.path().join("not-plugged-in"))
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("The target is not there"), "{err}");
    assert!(err.contains("Nothing was lost"), "{err}");
    assert_eq!(count(&data.join("outbox")), 3);
    assert!(!tmp.path().join("not-plugged-in").exists());
}

#[test]
fn targets_come_from_the_settings_and_plain_http_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    outbox_with(&data, 2);
    let config = tmp.path().join("config.toml");
    std::fs::create_dir_all(tmp.path().join("office-usb")).unwrap();
    std::fs::write(
        &config,
        format!(
            "{}\n[sync]\ndefault = \"usb\"\n\n[[sync.targets]]\nname = \"usb\"\nto = \"office-usb\"\n",
            lantern::config::EXAMPLE_SETTINGS
        ),
    )
    .unwrap();
    let a = lantern(&data, "en")
        .arg("--config")
        .arg(&config)
        .args(["sync", "--json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(v["sent"], 2);
    assert_eq!(v["complete"], true);
    // Relative to the settings file's folder, not to where lantern was started.
    assert_eq!(count(&tmp.path().join("office-usb")), 2);

    outbox_with(&data, 1);
    let a = lantern(&data, "en")
        .args(["sync", "--to", "http://s3.example.org/records"])
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("Use an https:// address"), "{err}");
    assert_eq!(count(&data.join("outbox")), 1);

    let a = lantern(&data, "es").arg("sync").assert().failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("No se indicó un destino"), "{err}");
}

#[cfg(unix)]
#[test]
fn keys_in_a_file_other_accounts_can_read_are_refused() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    outbox_with(&data, 1);
    let creds = tmp.path().join("s3-credentials");
    std::fs::write(
        &creds,
        "[lantern]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = secret-value\n",
    )
    .unwrap();
    std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o644)).unwrap();
    let config = tmp.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "{}\n[[sync.targets]]\nname = \"bucket\"\nto = \"s3://records/laptop\"\nendpoint = \"http://127.0.0.1:9\"\ncredentials_file = \"s3-credentials\"\nprofile = \"lantern\"\n",
            lantern::config::EXAMPLE_SETTINGS
        ),
    )
    .unwrap();
    let a = lantern(&data, "en")
        .arg("--config")
        .arg(&config)
        .args(["sync", "--to", "bucket"])
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("chmod 600"), "{err}");
    assert!(!err.contains("secret-value") && !err.contains("AKIAEXAMPLE"));
    assert_eq!(count(&data.join("outbox")), 1);
}

/// With no keys anywhere, the sync says so at once (object_store would otherwise go looking
/// for a cloud machine's metadata service) and removes nothing.
#[test]
fn a_bucket_without_keys_is_said_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    outbox_with(&data, 1);
    let a = lantern(&data, "es")
        .env("HOME", tmp.path())
        .env_remove("AWS_SHARED_CREDENTIALS_FILE")
        .env_remove("AWS_WEB_IDENTITY_TOKEN_FILE")
        .env_remove("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
        .env_remove("AWS_CONTAINER_CREDENTIALS_FULL_URI")
        .args(["sync", "--to", "s3://records/laptop-07"])
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(
        err.contains("No se encontraron claves de acceso para el bucket"),
        "{err}"
    );
    assert_eq!(count(&data.join("outbox")), 1);
}
