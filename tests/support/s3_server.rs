//! A real S3 protocol server on 127.0.0.1 for the sync tests and benchmarks: s3s-fs, in the
//! test process, stoppable and restartable on the same port. Included with `#[path]` by
//! tests/sync_s3.rs and benches/sync.rs (not part of tests/common, so other test binaries do
//! not build a server).
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const ACCESS: &str = "lantern-test-access";
pub const SECRET: &str = "lantern-test-secret-key";

/// s3s-fs with the one check real S3 makes and s3s-fs does not: a PUT into a bucket that
/// does not exist is `NoSuchBucket` (s3s-fs would create the folder). Everything else is
/// s3s-fs's own protocol handling.
pub struct StrictFs {
    inner: s3s_fs::FileSystem,
    root: PathBuf,
}

#[async_trait::async_trait]
impl s3s::S3 for StrictFs {
    async fn put_object(
        &self,
        req: s3s::S3Request<s3s::dto::PutObjectInput>,
    ) -> s3s::S3Result<s3s::S3Response<s3s::dto::PutObjectOutput>> {
        if !self.root.join(&req.input.bucket).is_dir() {
            return Err(s3s::s3_error!(NoSuchBucket));
        }
        self.inner.put_object(req).await
    }

    async fn get_object(
        &self,
        req: s3s::S3Request<s3s::dto::GetObjectInput>,
    ) -> s3s::S3Result<s3s::S3Response<s3s::dto::GetObjectOutput>> {
        self.inner.get_object(req).await
    }

    async fn head_object(
        &self,
        req: s3s::S3Request<s3s::dto::HeadObjectInput>,
    ) -> s3s::S3Result<s3s::S3Response<s3s::dto::HeadObjectOutput>> {
        self.inner.head_object(req).await
    }

    /// The supervisor's `pull` and `--from` list (a laptop's credentials need not).
    async fn list_objects_v2(
        &self,
        req: s3s::S3Request<s3s::dto::ListObjectsV2Input>,
    ) -> s3s::S3Result<s3s::S3Response<s3s::dto::ListObjectsV2Output>> {
        if !self.root.join(&req.input.bucket).is_dir() {
            return Err(s3s::s3_error!(NoSuchBucket));
        }
        self.inner.list_objects_v2(req).await
    }
}

/// An s3s-fs server on 127.0.0.1, on its own thread and runtime, stoppable and restartable on
/// the same port.
pub struct S3Server {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl S3Server {
    pub fn start(root: &Path, port: u16) -> S3Server {
        let root = root.to_path_buf();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop_tx, mut stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let fs = StrictFs {
                    inner: s3s_fs::FileSystem::new(&root).unwrap(),
                    root: root.clone(),
                };
                let service = {
                    let mut b = s3s::service::S3ServiceBuilder::new(fs);
                    b.set_auth(s3s::auth::SimpleAuth::from_single(ACCESS, SECRET));
                    b.build()
                };
                let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
                    .await
                    .unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let http = hyper_util::server::conn::auto::Builder::new(
                    hyper_util::rt::TokioExecutor::new(),
                );
                let mut tasks = Vec::new();
                loop {
                    tokio::select! {
                        conn = listener.accept() => {
                            let Ok((socket, _)) = conn else { continue };
                            let conn = http
                                .serve_connection(hyper_util::rt::TokioIo::new(socket), service.clone())
                                .into_owned();
                            tasks.push(tokio::spawn(async move { let _ = conn.await; }));
                        }
                        _ = &mut stop_rx => break,
                    }
                }
                // Stopped: open connections are cut, as when a server goes away.
                for t in tasks {
                    t.abort();
                }
            });
        });
        S3Server {
            addr: addr_rx.recv_timeout(Duration::from_secs(30)).unwrap(),
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn stop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        self.stop();
    }
}
