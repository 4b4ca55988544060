//! Sync throughput (issue 12): 1,000 records of about 10 KB to a folder and to an S3 protocol
//! server on 127.0.0.1 (s3s-fs, in-process), and the supervisor's pull of the same back to a
//! folder. Target: at least 200 records/s to the local server, memory under 50 MB. Peak
//! memory (VmHWM) is printed at the end.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Utc;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use lantern::sync::{
    Credentials, FolderStore, Journal, ObjectTarget, Options, S3Spec, Store, pull, run,
};

#[path = "../tests/support/s3_server.rs"]
mod s3_server;
use s3_server::{ACCESS, S3Server, SECRET};

const RECORDS: usize = 1_000;

/// 1,000 age files of about 10 KB, made once; each iteration copies them into a fresh outbox.
fn make_records(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let key = age::x25519::Identity::generate().to_public();
    (0..RECORDS)
        .map(|i| {
            let r: Vec<Box<dyn age::Recipient + Send>> = vec![Box::new(key.clone())];
            let body = format!("record {i} {}", "x".repeat(10_000));
            let bytes = lantern::vault::crypto::encrypt(body.as_bytes(), &r).unwrap();
            let name = format!("{}.age", lantern::fsio::random_id());
            std::fs::write(dir.join(&name), &bytes).unwrap();
            (name, bytes)
        })
        .collect()
}

fn fresh_outbox(base: &Path, records: &[(String, Vec<u8>)]) -> PathBuf {
    let d = base.join(lantern::fsio::random_id());
    std::fs::create_dir_all(&d).unwrap();
    for (n, b) in records {
        std::fs::write(d.join(n), b).unwrap();
    }
    d
}

fn sync_all(outbox: &Path, store: &dyn Store, journal: &Path) {
    let mut j = Journal::open(journal).unwrap();
    let s = run(
        outbox,
        store,
        &mut j,
        &Options::default(),
        &Utc::now,
        &|_| {},
    );
    assert!(s.complete() && s.sent() == RECORDS, "{:?}", s.stopped);
}

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn bench(c: &mut Criterion) {
    let work = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let source = work.path().join("source");
    std::fs::create_dir_all(&source).unwrap();
    let records = make_records(&source);
    let bytes: u64 = records.iter().map(|r| r.1.len() as u64).sum();
    eprintln!("{RECORDS} records, {} KB in all", bytes / 1024);

    let mut g = c.benchmark_group("sync");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Elements(RECORDS as u64));

    g.bench_function("1,000 records to a folder (fsync each)", |b| {
        b.iter_batched(
            || {
                let outbox = fresh_outbox(work.path(), &records);
                let target = work.path().join(lantern::fsio::random_id());
                std::fs::create_dir_all(&target).unwrap();
                (outbox, target)
            },
            |(outbox, target)| {
                sync_all(&outbox, &FolderStore::new(&target), &work.path().join("j1"))
            },
            BatchSize::PerIteration,
        )
    });

    let server_root = work.path().join("s3");
    std::fs::create_dir_all(server_root.join("records")).unwrap();
    let server = S3Server::start(&server_root, 0);
    let bucket = |prefix: &str| {
        ObjectTarget::s3(&S3Spec {
            bucket: "records".into(),
            prefix: prefix.into(),
            endpoint: Some(server.endpoint()),
            region: Some("us-east-1".into()),
            credentials: Some(Credentials {
                access_key_id: ACCESS.into(),
                secret_access_key: SECRET.into(),
                session_token: None,
            }),
            ..S3Spec::default()
        })
        .unwrap()
    };
    g.bench_function("1,000 records to S3 on 127.0.0.1 (s3s-fs)", |b| {
        b.iter_batched(
            || {
                let outbox = fresh_outbox(work.path(), &records);
                (outbox, bucket(&lantern::fsio::random_id()))
            },
            |(outbox, target)| sync_all(&outbox, &target, &work.path().join("j2")),
            BatchSize::PerIteration,
        )
    });

    // The supervisor's side: the same 1,000 records listed and pulled from the bucket into a
    // fresh folder (a fresh journal each time, so every record is fetched).
    let pulled_from = bucket("pull-source");
    sync_all(
        &fresh_outbox(work.path(), &records),
        &pulled_from,
        &work.path().join("j3"),
    );
    g.bench_function("pull 1,000 records from S3 on 127.0.0.1 to a folder", |b| {
        b.iter_batched(
            || {
                let dir = work.path().join(lantern::fsio::random_id());
                std::fs::create_dir_all(&dir).unwrap();
                dir
            },
            |dir| {
                let mut j = Journal::open(&dir.join(".journal")).unwrap();
                let s = pull(
                    &pulled_from,
                    &FolderStore::new(&dir),
                    &mut j,
                    &Options::default(),
                    &Utc::now,
                    &|_| {},
                );
                assert!(s.complete() && s.sent() == RECORDS, "{:?}", s.stopped);
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
    if let Some(mb) = peak_rss_mb() {
        eprintln!("peak resident memory of the benchmark process: {mb:.1} MB (VmHWM)");
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
