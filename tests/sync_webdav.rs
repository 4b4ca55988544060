//! Sync to a real WebDAV server on 127.0.0.1 (dav-server, in-process): WebDAV has no
//! create-only PUT, so lantern uploads to a temporary name and copies with `Overwrite: F`;
//! every record once, a re-run a no-op, a different file under the same name a conflict.

use std::convert::Infallible;
use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use lantern::sync::{FileOutcome, Journal, ObjectTarget, Options, Progress, Store, run};

fn start_dav(root: &Path) -> std::net::SocketAddr {
    start_dav_signed_in(root, None)
}

/// The share, refusing every request without this `Authorization` header (as Nextcloud does
/// without an app password).
fn start_dav_signed_in(root: &Path, authorization: Option<String>) -> std::net::SocketAddr {
    let root = root.to_path_buf();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let dav = dav_server::DavHandler::builder()
                .filesystem(dav_server::localfs::LocalFs::new(
                    &root, false, false, false,
                ))
                .locksystem(dav_server::fakels::FakeLs::new())
                .build_handler();
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let dav = dav.clone();
                let authorization = authorization.clone();
                tokio::spawn(async move {
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(
                            hyper_util::rt::TokioIo::new(stream),
                            hyper::service::service_fn(move |req: hyper::Request<_>| {
                                let dav = dav.clone();
                                let signed_in = authorization.as_deref().is_none_or(|want| {
                                    req.headers()
                                        .get("authorization")
                                        .is_some_and(|h| h.as_bytes() == want.as_bytes())
                                });
                                async move {
                                    if !signed_in {
                                        let mut r =
                                            hyper::Response::new(dav_server::body::Body::empty());
                                        *r.status_mut() = hyper::StatusCode::UNAUTHORIZED;
                                        return Ok::<_, Infallible>(r);
                                    }
                                    Ok::<_, Infallible>(dav.handle(req).await)
                                }
                            }),
                        )
                        .await;
                });
            }
        });
    });
    rx.recv_timeout(Duration::from_secs(30)).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 16, 0, 0).unwrap()
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn records_reach_a_webdav_share_once_and_a_different_file_is_a_conflict() {
    let tmp = tempfile::tempdir().unwrap();
    let share = tmp.path().join("share");
    let outbox = tmp.path().join("outbox");
    std::fs::create_dir_all(share.join("records")).unwrap();
    std::fs::create_dir_all(&outbox).unwrap();
    let key = age::x25519::Identity::generate().to_public();
    let mut files = Vec::new();
    for i in 0..20 {
        let name = format!("{}.age", lantern::fsio::random_id());
        let r: Vec<Box<dyn age::Recipient + Send>> = vec![Box::new(key.clone())];
        let bytes = lantern::vault::crypto::encrypt(format!("record {i}").as_bytes(), &r).unwrap();
        std::fs::write(outbox.join(&name), &bytes).unwrap();
        files.push((name, bytes));
    }
    let addr = start_dav(&share);
    let target = ObjectTarget::webdav(&format!("http://{addr}/records"), None, None).unwrap();
    let journal = tmp.path().join("journal");
    let opts = Options {
        first_backoff: Duration::from_millis(20),
        ..Options::default()
    };
    let sync = || {
        let mut j = Journal::open(&journal).unwrap();
        run(&outbox, &target, &mut j, &opts, &now, &|_: Progress| {})
    };

    let sum = sync();
    assert!(
        sum.complete(),
        "{:?} {:?}",
        sum.stopped,
        sum.files.iter().find(|f| f.outcome != FileOutcome::Sent)
    );
    assert_eq!(sum.sent(), 20);
    let mut want: Vec<String> = files.iter().map(|f| f.0.clone()).collect();
    want.sort();
    assert_eq!(
        names(&share.join("records")),
        want,
        "no temporary file left behind"
    );
    for (name, bytes) in &files {
        assert_eq!(
            &std::fs::read(share.join("records").join(name)).unwrap(),
            bytes
        );
    }
    assert!(names(&outbox).is_empty());
    assert!(sync().files.is_empty());

    // The same name with other bytes on the share: kept locally, the share untouched.
    let (name, bytes) = &files[3];
    std::fs::write(outbox.join(name), bytes).unwrap();
    std::fs::write(share.join("records").join(name), b"not the same").unwrap();
    let sum = sync();
    assert_eq!(sum.conflicts(), 1);
    assert_eq!(names(&outbox), vec![name.clone()]);
    assert_eq!(
        std::fs::read(share.join("records").join(name)).unwrap(),
        b"not the same"
    );
}

#[test]
fn a_supervisor_pulls_from_the_share_with_its_laptop_folders() {
    let tmp = tempfile::tempdir().unwrap();
    let share = tmp.path().join("share");
    std::fs::create_dir_all(share.join("records/laptop-a")).unwrap();
    let mut want = Vec::new();
    for (i, dir) in ["records", "records/laptop-a", "records/laptop-a"]
        .iter()
        .enumerate()
    {
        let name = format!("{}.age", lantern::fsio::random_id());
        std::fs::write(share.join(dir).join(&name), format!("record {i}")).unwrap();
        want.push(name);
    }
    want.sort();
    let addr = start_dav(&share);
    let source = ObjectTarget::webdav(&format!("http://{addr}/records"), None, None).unwrap();
    let listed = source.list().unwrap();
    assert_eq!(listed.len(), 3, "{listed:?}");
    assert_eq!(
        listed
            .iter()
            .filter(|(p, _)| p.starts_with("laptop-a/"))
            .count(),
        2
    );
    let dest = tmp.path().join("dest");
    std::fs::create_dir_all(&dest).unwrap();
    let to = lantern::sync::FolderStore::new(&dest);
    let journal = tmp.path().join("pull-journal");
    let pull = || {
        let mut j = Journal::open(&journal).unwrap();
        lantern::sync::pull(&source, &to, &mut j, &Options::default(), &now, &|_| {})
    };
    let sum = pull();
    assert!(sum.complete(), "{sum:?}");
    assert_eq!(sum.sent(), 3);
    assert_eq!(names(&dest), want);
    // The share keeps its copies; a second pull has nothing to do.
    assert_eq!(names(&share.join("records/laptop-a")).len(), 2);
    assert!(pull().files.is_empty());
}

#[test]
fn a_share_that_needs_a_sign_in_gets_it_and_a_wrong_one_is_denied() {
    use lantern::sync::credentials::Login;
    let tmp = tempfile::tempdir().unwrap();
    let share = tmp.path().join("share");
    let outbox = tmp.path().join("outbox");
    std::fs::create_dir_all(share.join("records")).unwrap();
    std::fs::create_dir_all(&outbox).unwrap();
    for i in 0..5 {
        let name = format!("{}.age", lantern::fsio::random_id());
        std::fs::write(outbox.join(name), format!("record {i}")).unwrap();
    }
    // "ana:app-password" in Base64, as Nextcloud expects it.
    let addr = start_dav_signed_in(&share, Some("Basic YW5hOmFwcC1wYXNzd29yZA==".into()));
    let url = format!("http://{addr}/records");
    let journal = tmp.path().join("journal");
    let sync = |login: Option<&Login>| {
        let target = ObjectTarget::webdav(&url, None, login).unwrap();
        let mut j = Journal::open(&journal).unwrap();
        run(&outbox, &target, &mut j, &Options::default(), &now, &|_| {})
    };
    let wrong = Login {
        user: "ana".into(),
        password: "guess".to_string().into(),
    };
    for login in [None, Some(&wrong)] {
        let sum = sync(login);
        assert_eq!(
            sum.stopped.as_ref().map(|f| f.kind),
            Some(lantern::sync::FailureKind::Denied),
            "{sum:?}"
        );
        assert_eq!(names(&outbox).len(), 5, "nothing removed");
    }
    let right = Login {
        user: "ana".into(),
        password: "app-password".to_string().into(),
    };
    let sum = sync(Some(&right));
    assert!(sum.complete(), "{sum:?}");
    assert_eq!(names(&share.join("records")).len(), 5);
    assert!(names(&outbox).is_empty());
}
