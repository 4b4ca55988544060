//! S3-compatible buckets and WebDAV shares, through the `object_store` crate. Its async
//! runtime stays in this file: the procedure calls a plain, blocking [`Store`].

use std::sync::Arc;
use std::time::Duration;

use object_store::client::{HttpError, HttpErrorKind};
use object_store::path::Path as ObjectPath;
use object_store::{
    ClientOptions, ObjectStore, ObjectStoreExt, PutMode, PutOptions, PutPayload, RetryConfig,
};

use super::source::is_record_name;
use super::store::{Failure, FailureKind, LIST_DEPTH, Put, Store};

/// A bucket (or share) and the prefix records go under.
pub struct ObjectTarget {
    pub(super) store: Arc<dyn ObjectStore>,
    pub(super) prefix: Option<ObjectPath>,
    pub(super) key: String,
    pub(super) runtime: tokio::runtime::Runtime,
    /// WebDAV has no "create only if absent" PUT: the file goes to a temporary name and is
    /// copied to its own with `Overwrite: F`, which refuses a taken name.
    pub(super) webdav: bool,
    /// The share URL's own path (`remote.php/dav/files/ana`): object_store's WebDAV listing
    /// names files from the server's root, not from the share, so it is taken off.
    pub(super) url_path: Vec<String>,
}

/// Where an S3-compatible bucket is and how to sign for it. Credentials come from the
/// standard AWS environment variables when not given here.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3Spec {
    pub bucket: String,
    pub prefix: String,
    /// `https://…` for a non-AWS service (MinIO, Garage, Ceph, Backblaze, Wasabi); plain
    /// `http://` only to a loopback address.
    pub endpoint: Option<String>,
    pub region: Option<String>,
    /// Bucket in the host name (`bucket.endpoint`) instead of the path (`endpoint/bucket`).
    pub virtual_hosted: bool,
    pub credentials: Option<Credentials>,
    /// PEM certificates the organization's own CA signs with, trusted besides the system's.
    pub extra_ca_pem: Option<Vec<u8>>,
    /// A credentials file named in the settings (must be 0600) and its profile; used when
    /// `credentials` is empty and the environment holds no keys (`sync::credentials`).
    pub credentials_file: Option<std::path::PathBuf>,
    pub profile: Option<String>,
}

/// Access keys. Never printed: `Debug` shows only the key id's first four characters.
#[derive(Clone, PartialEq)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: String = self.access_key_id.chars().take(4).collect();
        write!(f, "Credentials({shown}…)")
    }
}

/// Why a target could not even be set up (before any file is tried).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetupError {
    #[error("plain http is allowed only to this computer (127.0.0.1, ::1, localhost): {0}")]
    InsecureEndpoint(String),
    #[error("not a valid address: {0}")]
    BadUrl(String),
    #[error("the certificate bundle is not valid PEM")]
    BadCertificate,
    #[error(transparent)]
    Credentials(#[from] super::credentials::CredentialsError),
    /// No keys anywhere lantern looks. object_store would go on to ask a cloud machine's
    /// metadata service, which on a laptop means a long wait for a confusing refusal.
    #[error(
        "no access keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a credentials file"
    )]
    NoCredentials,
    #[error("{0}")]
    Store(String),
}

/// Whether an http(s) URL's host is this computer.
pub fn is_loopback(url: &str) -> bool {
    let Some(rest) = url.split_once("://").map(|p| p.1) else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |p| p.1);
    let host = if let Some(v6) = host.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host.split(':').next().unwrap_or("")
    };
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Plain http only to loopback; https anywhere.
pub(super) fn check_scheme(url: &str) -> Result<(), SetupError> {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") {
        Ok(())
    } else if lower.starts_with("http://") {
        if is_loopback(url) {
            Ok(())
        } else {
            Err(SetupError::InsecureEndpoint(url.to_string()))
        }
    } else {
        Err(SetupError::BadUrl(url.to_string()))
    }
}

pub(super) fn client_options(
    url: Option<&str>,
    extra_ca_pem: Option<&[u8]>,
) -> Result<ClientOptions, SetupError> {
    let mut o = ClientOptions::new()
        .with_connect_timeout(Duration::from_secs(10))
        .with_timeout(Duration::from_secs(60))
        .with_allow_http(url.is_some_and(|u| u.to_ascii_lowercase().starts_with("http://")));
    if let Some(pem) = extra_ca_pem {
        let certs = object_store::Certificate::from_pem_bundle(pem)
            .map_err(|_| SetupError::BadCertificate)?;
        if certs.is_empty() {
            return Err(SetupError::BadCertificate);
        }
        for c in certs {
            o = o.with_root_certificate(c);
        }
    }
    Ok(o)
}

/// The library retries a few times on its own; lantern's procedure retries whole steps on
/// top, so a dead network is given up on in seconds, not minutes.
pub(super) fn retry() -> RetryConfig {
    RetryConfig {
        max_retries: 2,
        retry_timeout: Duration::from_secs(20),
        ..RetryConfig::default()
    }
}

pub(super) fn runtime() -> Result<tokio::runtime::Runtime, SetupError> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| SetupError::Store(e.to_string()))
}

impl ObjectTarget {
    /// An S3-compatible bucket. Settings not given here (credentials, region, endpoint) come
    /// from the standard AWS environment variables.
    pub fn s3(spec: &S3Spec) -> Result<ObjectTarget, SetupError> {
        let endpoint = spec
            .endpoint
            .clone()
            .or_else(|| std::env::var("AWS_ENDPOINT_URL").ok())
            .or_else(|| std::env::var("AWS_ENDPOINT").ok());
        if let Some(e) = &endpoint {
            check_scheme(e)?;
        }
        let mut b = object_store::aws::AmazonS3Builder::from_env()
            .with_bucket_name(&spec.bucket)
            .with_virtual_hosted_style_request(spec.virtual_hosted)
            .with_client_options(client_options(
                endpoint.as_deref(),
                spec.extra_ca_pem.as_deref(),
            )?)
            .with_retry(retry());
        if let Some(e) = &endpoint {
            b = b.with_endpoint(e);
        }
        if let Some(r) = spec
            .region
            .clone()
            .or_else(|| std::env::var("AWS_REGION").ok())
            .or_else(|| std::env::var("AWS_DEFAULT_REGION").ok())
        {
            b = b.with_region(r);
        }
        let found = match &spec.credentials {
            Some(c) => Some(c.clone()),
            None => super::credentials::find(
                spec.credentials_file.as_deref(),
                spec.profile.as_deref(),
                &|k| std::env::var(k).ok(),
                std::env::var_os("HOME")
                    .map(std::path::PathBuf::from)
                    .as_deref(),
            )?,
        };
        match &found {
            Some(c) => {
                b = b
                    .with_access_key_id(&c.access_key_id)
                    .with_secret_access_key(&c.secret_access_key);
                if let Some(t) = &c.session_token {
                    b = b.with_token(t);
                }
            }
            // A supervisor's machine in the cloud may have a role instead of keys.
            None if [
                "AWS_WEB_IDENTITY_TOKEN_FILE",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            ]
            .iter()
            .any(|k| std::env::var_os(k).is_some()) => {}
            None => return Err(SetupError::NoCredentials),
        }
        let store = b.build().map_err(|e| SetupError::Store(e.to_string()))?;
        let prefix = spec.prefix.trim_matches('/');
        let key = if prefix.is_empty() {
            format!("s3://{}", spec.bucket)
        } else {
            format!("s3://{}/{prefix}", spec.bucket)
        };
        Ok(ObjectTarget {
            store: Arc::new(store),
            prefix: (!prefix.is_empty()).then(|| ObjectPath::from(prefix)),
            key,
            runtime: runtime()?,
            webdav: false,
            url_path: Vec::new(),
        })
    }

    /// `name` may hold sub-folders (`laptop-a/….age`, from [`Store::list`]): each is its own
    /// part, never one part with an escaped `/`.
    pub(super) fn path(&self, name: &str) -> ObjectPath {
        let mut path = self.prefix.clone().unwrap_or_default();
        for part in name.split('/').filter(|p| !p.is_empty()) {
            path = path.join(part);
        }
        path
    }
}

impl Store for ObjectTarget {
    fn key(&self) -> String {
        self.key.clone()
    }

    fn put_new(&self, name: &str, bytes: &[u8]) -> Result<Put, Failure> {
        if self.webdav {
            return self.put_new_webdav(name, bytes);
        }
        let path = self.path(name);
        let payload = PutPayload::from(bytes.to_vec());
        let opts = PutOptions {
            mode: PutMode::Create,
            ..PutOptions::default()
        };
        let result = self
            .runtime
            .block_on(self.store.put_opts(&path, payload, opts));
        match result {
            Ok(_) => Ok(Put::Created),
            Err(object_store::Error::AlreadyExists { .. })
            | Err(object_store::Error::Precondition { .. }) => Ok(Put::NameTaken),
            // On a put, "not found" is the bucket or the share's folder.
            Err(object_store::Error::NotFound { .. }) => Err(Failure::new(
                FailureKind::Missing,
                "no such bucket or folder",
            )),
            Err(e) => Err(classify(&e)),
        }
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, Failure> {
        let path = self.path(name);
        let result = self.runtime.block_on(async {
            let r = self.store.get(&path).await?;
            r.bytes().await
        });
        match result {
            Ok(b) => Ok(Some(b.to_vec())),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(classify(&e)),
        }
    }

    fn list(&self) -> Result<Vec<(String, u64)>, Failure> {
        let mut out = Vec::new();
        self.runtime
            .block_on(self.walk(&mut out))
            .map_err(|e| match e {
                // On a list, "not found" is the bucket or the share's folder.
                object_store::Error::NotFound { .. } => {
                    Failure::new(FailureKind::Missing, "no such bucket or folder")
                }
                e => classify(&e),
            })?;
        out.sort();
        Ok(out)
    }
}

impl ObjectTarget {
    /// Walks the prefix one level at a time (a WebDAV `Depth: 1`, an S3 delimiter listing):
    /// many WebDAV servers refuse `Depth: infinity`.
    async fn walk(&self, out: &mut Vec<(String, u64)>) -> Result<(), object_store::Error> {
        let base = self.prefix.clone();
        let base_len = base.as_ref().map_or(0, |p| p.parts().count());
        let mut folders = vec![(base, 0usize)];
        while let Some((folder, depth)) = folders.pop() {
            let here = folder.as_ref().map_or(0, |p| p.parts().count());
            let listed = self.store.list_with_delimiter(folder.as_ref()).await?;
            for meta in listed.objects {
                let parts = self.relative(&meta.location);
                if parts.len() > base_len && parts.last().is_some_and(|n| is_record_name(n)) {
                    out.push((parts[base_len..].join("/"), meta.size));
                }
            }
            if depth < LIST_DEPTH {
                for p in listed.common_prefixes {
                    let parts = self.relative(&p);
                    // A WebDAV listing names the folder itself among its entries.
                    if parts.len() > here {
                        folders.push((Some(ObjectPath::from_iter(parts)), depth + 1));
                    }
                }
            }
        }
        Ok(())
    }

    /// A listed location's parts from the share (or bucket) root.
    fn relative(&self, location: &ObjectPath) -> Vec<String> {
        let parts: Vec<String> = location.parts().map(|p| p.as_ref().to_string()).collect();
        if parts.starts_with(&self.url_path) {
            parts[self.url_path.len()..].to_vec()
        } else {
            parts
        }
    }
}

/// What an object_store error means for the sync. The detail names the failure, never a
/// credential (object_store's messages carry paths and HTTP statuses).
pub(super) fn classify(e: &object_store::Error) -> Failure {
    use object_store::Error as E;
    let kind = match e {
        E::PermissionDenied { .. } | E::Unauthenticated { .. } => FailureKind::Denied,
        E::NotFound { .. } => FailureKind::Missing,
        _ => {
            let mut kind = FailureKind::Other;
            let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
            while let Some(s) = source {
                if let Some(h) = s.downcast_ref::<HttpError>() {
                    kind = match h.kind() {
                        HttpErrorKind::Connect => FailureKind::Unreachable,
                        HttpErrorKind::Timeout | HttpErrorKind::Interrupted => {
                            FailureKind::Transient
                        }
                        _ => kind,
                    };
                }
                let text = s.to_string().to_ascii_lowercase();
                if text.contains("certificate") || text.contains("tls") {
                    kind = FailureKind::Unreachable;
                } else if text.contains("nosuchbucket") {
                    kind = FailureKind::Missing;
                } else if text.contains("501 not implemented") {
                    // The server does not do this at all: trying again will not help.
                    kind = FailureKind::Other;
                } else if text.contains("status code: 5") || text.contains("slowdown") {
                    kind = FailureKind::Transient;
                }
                source = s.source();
            }
            kind
        }
    };
    Failure::new(kind, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::webdav::strip_userinfo;

    #[test]
    fn plain_http_only_to_this_computer() {
        for ok in [
            "https://s3.example.org",
            "http://127.0.0.1:9000",
            "http://localhost:9000/x",
            "http://[::1]:9000",
            "http://user:pw@127.0.0.1:1/",
        ] {
            assert!(check_scheme(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://s3.example.org",
            "http://127.0.0.1.example.org",
            "http://localhost@evil.example:80",
            "ftp://127.0.0.1",
        ] {
            assert!(check_scheme(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn credentials_and_user_names_are_never_shown() {
        let c = Credentials {
            access_key_id: "AKIAEXAMPLEKEY".into(),
            secret_access_key: "very-secret".into(),
            session_token: Some("token-secret".into()),
        };
        let shown = format!("{c:?}");
        assert!(
            !shown.contains("very-secret")
                && !shown.contains("token")
                && !shown.contains("EXAMPLE")
        );
        assert_eq!(
            strip_userinfo("https://worker:pw@cloud.example.org/remote.php/dav/files/w"),
            "https://cloud.example.org/remote.php/dav/files/w"
        );
    }
}
