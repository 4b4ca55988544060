//! Sync to a real S3 protocol server on 127.0.0.1 (s3s-fs, in-process): every record once,
//! re-runs are no-ops, a server that stops mid-sync loses and duplicates nothing, a damaged
//! remote object is a conflict, and wrong credentials, a missing bucket or an unreachable
//! endpoint stop with a clear kind and nothing deleted.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use lantern::sync::{
    Credentials, FailureKind, FileOutcome, Journal, ObjectTarget, Options, Progress, S3Spec, Store,
    Summary, run,
};

#[path = "support/s3_server.rs"]
mod s3_server;
use s3_server::{ACCESS, S3Server, SECRET};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 15, 0, 0).unwrap()
}

struct Setup {
    _tmp: tempfile::TempDir,
    outbox: PathBuf,
    server_root: PathBuf,
    journal: PathBuf,
}

fn setup(records: usize) -> (Setup, Vec<(String, Vec<u8>)>) {
    let tmp = tempfile::tempdir().unwrap();
    let outbox = tmp.path().join("outbox");
    let server_root = tmp.path().join("s3");
    std::fs::create_dir_all(&outbox).unwrap();
    std::fs::create_dir_all(server_root.join("records")).unwrap();
    let key = age::x25519::Identity::generate().to_public();
    let files = (0..records)
        .map(|i| {
            let name = format!("{}.age", lantern::fsio::random_id());
            let r: Vec<Box<dyn age::Recipient + Send>> = vec![Box::new(key.clone())];
            let bytes = lantern::vault::crypto::encrypt(
                format!("record {i} {}", "x".repeat(200)).as_bytes(),
                &r,
            )
            .unwrap();
            std::fs::write(outbox.join(&name), &bytes).unwrap();
            (name, bytes)
        })
        .collect();
    (
        Setup {
            journal: tmp.path().join("journal"),
            outbox,
            server_root,
            _tmp: tmp,
        },
        files,
    )
}

fn spec(endpoint: &str, bucket: &str, secret: &str) -> S3Spec {
    S3Spec {
        bucket: bucket.into(),
        prefix: "laptop-7".into(),
        endpoint: Some(endpoint.into()),
        region: Some("us-east-1".into()),
        virtual_hosted: false,
        credentials: Some(Credentials {
            access_key_id: ACCESS.into(),
            secret_access_key: secret.into(),
            session_token: None,
        }),
        ..S3Spec::default()
    }
}

fn fast() -> Options {
    Options {
        first_backoff: Duration::from_millis(50),
        retries: 2,
        ..Options::default()
    }
}

fn sync(s: &Setup, store: &dyn Store) -> Summary {
    let mut j = Journal::open(&s.journal).unwrap();
    run(&s.outbox, store, &mut j, &fast(), &now, &|_: Progress| {})
}

fn remote_names(s: &Setup) -> Vec<String> {
    let dir = s.server_root.join("records/laptop-7");
    let mut v: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| n.ends_with(".age"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn local_count(s: &Setup) -> usize {
    std::fs::read_dir(&s.outbox).unwrap().count()
}

#[test]
fn two_hundred_records_reach_the_bucket_once_and_a_rerun_is_a_no_op() {
    let (s, files) = setup(200);
    let server = S3Server::start(&s.server_root, 0);
    let target = ObjectTarget::s3(&spec(&server.endpoint(), "records", SECRET)).unwrap();
    let sum = sync(&s, &target);
    assert!(
        sum.complete(),
        "{:?} {:?}",
        sum.stopped,
        sum.files.iter().find(|f| f.outcome != FileOutcome::Sent)
    );
    assert_eq!(sum.sent(), 200);
    assert_eq!(local_count(&s), 0);
    let mut want: Vec<String> = files.iter().map(|f| f.0.clone()).collect();
    want.sort();
    assert_eq!(remote_names(&s), want);
    for (name, bytes) in &files {
        assert_eq!(&target.get(name).unwrap().unwrap(), bytes);
    }
    assert_eq!(Journal::read(&s.journal).unwrap().len(), 200);
    assert!(
        Journal::read(&s.journal)
            .unwrap()
            .iter()
            .all(|e| e.target == "s3://records/laptop-7")
    );

    let again = sync(&s, &target);
    assert!(again.files.is_empty() && again.complete());
    assert_eq!(remote_names(&s).len(), 200);
}

#[test]
fn a_server_that_stops_mid_sync_loses_and_duplicates_nothing() {
    let (s, files) = setup(80);
    let mut server = S3Server::start(&s.server_root, 0);
    let port = server.addr.port();
    let target = ObjectTarget::s3(&spec(&server.endpoint(), "records", SECRET)).unwrap();
    let stopper = std::sync::Mutex::new(Some(&mut server));
    let mut j = Journal::open(&s.journal).unwrap();
    let opts = Options {
        in_flight: 2,
        ..fast()
    };
    let sum = run(&s.outbox, &target, &mut j, &opts, &now, &|p: Progress| {
        if p.done == 30
            && let Some(server) = stopper.lock().unwrap().take()
        {
            server.stop();
        }
    });
    drop(j);
    assert!(
        sum.stopped.is_some(),
        "the sync noticed the server went away"
    );
    let sent_first = sum.sent();
    assert!((30..80).contains(&sent_first), "{sent_first}");
    assert_eq!(
        local_count(&s) + sent_first,
        80,
        "nothing unconfirmed removed"
    );

    let _server = S3Server::start(&s.server_root, port);
    let sum = sync(&s, &target);
    assert!(sum.complete(), "{:?}", sum.stopped);
    assert_eq!(local_count(&s), 0);
    let mut want: Vec<String> = files.iter().map(|f| f.0.clone()).collect();
    want.sort();
    assert_eq!(remote_names(&s), want, "every record exactly once");
    for (name, bytes) in &files {
        assert_eq!(&target.get(name).unwrap().unwrap(), bytes);
    }
}

#[test]
fn a_damaged_remote_object_is_a_conflict_and_the_local_copy_is_kept() {
    let (s, files) = setup(3);
    let server = S3Server::start(&s.server_root, 0);
    let target = ObjectTarget::s3(&spec(&server.endpoint(), "records", SECRET)).unwrap();
    let sum = sync(&s, &target);
    assert_eq!(sum.sent(), 3);
    // Put one back locally and damage its remote copy (as a failing disk or a tamperer would).
    let (name, bytes) = &files[1];
    std::fs::write(s.outbox.join(name), bytes).unwrap();
    let remote = s.server_root.join("records/laptop-7").join(name);
    let mut damaged = std::fs::read(&remote).unwrap();
    damaged[40] ^= 0xff;
    std::fs::write(&remote, &damaged).unwrap();
    let sum = sync(&s, &target);
    assert_eq!(sum.conflicts(), 1);
    assert!(!sum.complete());
    assert_eq!(local_count(&s), 1);
    assert_eq!(std::fs::read(s.outbox.join(name)).unwrap(), *bytes);
    assert_eq!(
        std::fs::read(&remote).unwrap(),
        damaged,
        "the remote object is not overwritten"
    );
}

#[test]
fn wrong_credentials_a_missing_bucket_and_an_unreachable_endpoint_stop_with_nothing_deleted() {
    let (s, _) = setup(5);
    let server = S3Server::start(&s.server_root, 0);

    let wrong = ObjectTarget::s3(&spec(&server.endpoint(), "records", "not-the-secret")).unwrap();
    let sum = sync(&s, &wrong);
    assert_eq!(sum.stopped.map(|f| f.kind), Some(FailureKind::Denied));
    assert_eq!(local_count(&s), 5);

    let missing = ObjectTarget::s3(&spec(&server.endpoint(), "no-such-bucket", SECRET)).unwrap();
    let sum = sync(&s, &missing);
    assert_eq!(
        sum.stopped.clone().map(|f| f.kind),
        Some(FailureKind::Missing),
        "{:?}",
        sum.files.first()
    );
    assert_eq!(local_count(&s), 5);

    // A port nothing listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let unreachable = ObjectTarget::s3(&spec(
        &format!("http://127.0.0.1:{port}"),
        "records",
        SECRET,
    ))
    .unwrap();
    let sum = sync(&s, &unreachable);
    assert_eq!(sum.stopped.map(|f| f.kind), Some(FailureKind::Unreachable));
    assert_eq!(local_count(&s), 5);
    assert!(remote_names(&s).is_empty());
    assert!(Journal::read(&s.journal).unwrap().is_empty());

    // Plain http to anywhere else is refused before anything is sent.
    assert!(ObjectTarget::s3(&spec("http://s3.example.org", "records", SECRET)).is_err());
}
