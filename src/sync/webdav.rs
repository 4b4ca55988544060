//! WebDAV shares (Nextcloud, ownCloud, Apache mod_dav) through object_store's HTTP store:
//! the sign-in, the create-only upload WebDAV lacks (a temporary name, then `COPY` with
//! `Overwrite: F`), and the share's own path, which object_store's listings include.

use std::sync::Arc;

use object_store::{ObjectStoreExt, PutPayload};

use super::object::{
    ObjectTarget, SetupError, check_scheme, classify, client_options, retry, runtime,
};
use super::store::{Failure, FailureKind, Put};

impl ObjectTarget {
    /// A WebDAV share (Nextcloud, ownCloud, Apache mod_dav): `https://host/remote.php/dav/…`,
    /// signed in with HTTP Basic when `login` is given (over HTTPS only, like everything).
    pub fn webdav(
        url: &str,
        extra_ca_pem: Option<&[u8]>,
        login: Option<&super::credentials::Login>,
    ) -> Result<ObjectTarget, SetupError> {
        check_scheme(url)?;
        let mut options = client_options(Some(url), extra_ca_pem)?;
        if let Some(l) = login {
            options = options.with_default_headers(basic_auth(l)?);
        }
        let store = object_store::http::HttpBuilder::new()
            .with_url(url)
            .with_client_options(options)
            .with_retry(retry())
            .build()
            .map_err(|e| SetupError::Store(e.to_string()))?;
        Ok(ObjectTarget {
            store: Arc::new(store),
            prefix: None,
            key: strip_userinfo(url),
            url_path: url_path(url),
            runtime: runtime()?,
            webdav: true,
        })
    }
}

impl ObjectTarget {
    pub(super) fn put_new_webdav(&self, name: &str, bytes: &[u8]) -> Result<Put, Failure> {
        let tmp = self.path(&format!(
            "{}{}",
            crate::fsio::TEMP_PREFIX,
            crate::fsio::random_id()
        ));
        let path = self.path(name);
        let payload = PutPayload::from(bytes.to_vec());
        let result = self.runtime.block_on(async {
            self.store.put(&tmp, payload).await?;
            let copied = self.store.copy_if_not_exists(&tmp, &path).await;
            // The temporary copy goes either way; failing to remove it loses nothing.
            let _ = self.store.delete(&tmp).await;
            copied
        });
        match result {
            Ok(()) => Ok(Put::Created),
            Err(object_store::Error::AlreadyExists { .. })
            | Err(object_store::Error::Precondition { .. }) => Ok(Put::NameTaken),
            Err(object_store::Error::NotFound { .. }) => Err(Failure::new(
                FailureKind::Missing,
                "no such folder on the share",
            )),
            Err(e) => Err(classify(&e)),
        }
    }
}

/// The `Authorization` header for a sign-in, marked sensitive so no log shows it.
fn basic_auth(l: &super::credentials::Login) -> Result<http::HeaderMap, SetupError> {
    use base64::Engine;
    use secrecy::ExposeSecret;
    let token = base64::engine::general_purpose::STANDARD.encode(format!(
        "{}:{}",
        l.user,
        l.password.expose_secret()
    ));
    let mut value = http::HeaderValue::from_str(&format!("Basic {token}"))
        .map_err(|_| SetupError::Store("the sign-in cannot be sent".into()))?;
    value.set_sensitive(true);
    let mut h = http::HeaderMap::new();
    h.insert(http::header::AUTHORIZATION, value);
    Ok(h)
}

/// A URL as the journal and the screens may show it: no user name or password.
pub fn strip_userinfo(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            let host = authority.rsplit_once('@').map_or(authority, |p| p.1);
            format!("{scheme}://{host}{path}")
        }
        None => url.to_string(),
    }
}

/// The path segments of a URL (`https://host/a/b/` → `["a", "b"]`), percent-decoded.
pub(super) fn url_path(url: &str) -> Vec<String> {
    let after_scheme = url.split_once("://").map_or(url, |p| p.1);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_url_path_is_split_and_decoded() {
        assert_eq!(
            url_path("https://u:p@cloud.example.org/remote.php/dav/files/Ana%20M/lantern/"),
            ["remote.php", "dav", "files", "Ana M", "lantern"]
        );
        assert!(url_path("http://127.0.0.1:8080").is_empty());
        assert_eq!(url_path("https://h/a?x=/y"), ["a"]);
    }
}
