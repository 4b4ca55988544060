//! kill -9 during `lantern sync`, fifty times at random moments, then a run to the end: every
//! record exactly once on the target with its exact bytes, none left on the laptop, none lost.
//! Between kills, every record is on the laptop or (complete) on the target.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const RECORDS: usize = 2000;
const KILLS: usize = 50;

fn lantern_sync(data: &Path, usb: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lantern"));
    c.env_remove("LANTERN_CONFIG")
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env("LANG", "C")
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "en", "sync", "--to"])
        .arg(usb)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

fn files(dir: &Path) -> HashMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".age"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn fifty_kills_during_sync_lose_nothing_and_duplicate_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let outbox = data.join("outbox");
    let usb = tmp.path().join("usb");
    std::fs::create_dir_all(&outbox).unwrap();
    std::fs::create_dir_all(&usb).unwrap();
    let key = age::x25519::Identity::generate().to_public();
    let mut originals = HashMap::new();
    for i in 0..RECORDS {
        let name = format!("{}.age", lantern::fsio::random_id());
        let r: Vec<Box<dyn age::Recipient + Send>> = vec![Box::new(key.clone())];
        let bytes = lantern::vault::crypto::encrypt(
            format!("record {i} {}", "x".repeat(500)).as_bytes(),
            &r,
        )
        .unwrap();
        std::fs::write(outbox.join(&name), &bytes).unwrap();
        originals.insert(name, bytes);
    }

    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut killed_mid_run = 0;
    let mut killed_mid_transfer = 0;
    let mut sent_before = 0;
    for _ in 0..KILLS {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = lantern_sync(&data, &usb).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(5_000 + seed % 40_000));
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        // SIGKILL: no handler runs, as when the battery dies.
        let _ = child.kill();
        let _ = child.wait();

        let local = files(&outbox);
        let remote = files(&usb);
        for (name, bytes) in &originals {
            let here = local.get(name);
            let there = remote.get(name);
            assert!(here.is_some() || there.is_some(), "{name} lost");
            if let Some(h) = here {
                assert_eq!(h, bytes, "{name} changed on the laptop");
            }
            if let Some(t) = there {
                assert_eq!(t, bytes, "{name} incomplete or changed on the target");
            }
        }
        assert!(remote.keys().all(|n| originals.contains_key(n)));
        if remote.len() > sent_before && !local.is_empty() {
            killed_mid_transfer += 1;
        }
        sent_before = remote.len();
        if local.is_empty() {
            break;
        }
    }
    eprintln!("{killed_mid_run} kills mid-run, {killed_mid_transfer} while records were moving");
    assert!(
        killed_mid_run >= 10,
        "only {killed_mid_run} kills landed mid-run"
    );
    assert!(
        killed_mid_transfer >= 10,
        "only {killed_mid_transfer} kills landed while records were moving"
    );

    let status = lantern_sync(&data, &usb).status().unwrap();
    assert!(status.success());
    assert!(files(&outbox).is_empty(), "nothing left on the laptop");
    let remote = files(&usb);
    assert_eq!(remote.len(), RECORDS, "every record exactly once");
    assert_eq!(remote, originals);
    // Interrupted temporary files are the only other thing a kill can leave on the target.
    let others: Vec<_> = std::fs::read_dir(&usb)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| !n.ends_with(".age"))
        .collect();
    assert!(others.iter().all(|n| n.starts_with(".tmp-")), "{others:?}");
}
