//! Which store `lantern sync --to X` means: a name from the settings, an `s3://` URL, an
//! `https://` WebDAV share, or a folder.

use std::path::{Path, PathBuf};

use super::folder::FolderStore;
use super::object::{ObjectTarget, S3Spec, SetupError};
use super::store::Store;
use crate::config::SyncSettings;

/// A target as written, before anything is contacted.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetSpec {
    Folder(PathBuf),
    S3(S3Spec),
    WebDav {
        url: String,
        ca_bundle: Option<PathBuf>,
        /// Where the sign-in is (`webdav_user`, `webdav_password`), when not in the
        /// environment (`sync::credentials::find_login`).
        credentials_file: Option<PathBuf>,
        profile: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("no target given, and the settings name no default (sync.default)")]
    NoTarget,
    #[error("`s3://` needs a bucket name: s3://BUCKET/PREFIX")]
    NoBucket,
    #[error("cannot read the certificate bundle {}: {error}", path.display())]
    CaBundle { path: PathBuf, error: String },
    #[error(transparent)]
    Setup(#[from] SetupError),
}

/// Resolves `to` (or the settings' default when `None`). Relative folders in the settings
/// are relative to the settings file's folder (`settings_dir`).
pub fn resolve(
    to: Option<&str>,
    settings: &SyncSettings,
    settings_dir: Option<&Path>,
) -> Result<(String, TargetSpec), TargetError> {
    let name = match to {
        Some(t) => t.to_string(),
        None => settings.default.clone().ok_or(TargetError::NoTarget)?,
    };
    if let Some(t) = settings.targets.iter().find(|t| t.name == name) {
        let mut spec = parse(&t.to)?;
        match &mut spec {
            TargetSpec::Folder(p) if p.is_relative() => {
                if let Some(dir) = settings_dir {
                    *p = dir.join(&*p);
                }
            }
            TargetSpec::S3(s) => {
                s.endpoint = t.endpoint.clone();
                s.region = t.region.clone();
                s.virtual_hosted = t.virtual_hosted;
                if let Some(ca) = &t.ca_bundle {
                    s.extra_ca_pem = Some(read_ca(&relative_to(ca, settings_dir))?);
                }
                s.credentials_file = t
                    .credentials_file
                    .as_ref()
                    .map(|c| relative_to(c, settings_dir));
                s.profile = t.profile.clone();
            }
            TargetSpec::WebDav {
                ca_bundle,
                credentials_file,
                profile,
                ..
            } => {
                *ca_bundle = t.ca_bundle.as_ref().map(|c| relative_to(c, settings_dir));
                *credentials_file = t
                    .credentials_file
                    .as_ref()
                    .map(|c| relative_to(c, settings_dir));
                profile.clone_from(&t.profile);
            }
            TargetSpec::Folder(_) => {}
        }
        return Ok((name, spec));
    }
    Ok((name.clone(), parse(&name)?))
}

fn relative_to(p: &Path, dir: Option<&Path>) -> PathBuf {
    match dir {
        Some(d) if p.is_relative() => d.join(p),
        _ => p.to_path_buf(),
    }
}

fn read_ca(path: &Path) -> Result<Vec<u8>, TargetError> {
    std::fs::read(path).map_err(|e| TargetError::CaBundle {
        path: path.to_path_buf(),
        error: e.to_string(),
    })
}

/// `s3://bucket/prefix`, `http(s)://…` (WebDAV) or a folder.
pub fn parse(to: &str) -> Result<TargetSpec, TargetError> {
    if let Some(rest) = to.strip_prefix("s3://") {
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Err(TargetError::NoBucket);
        }
        return Ok(TargetSpec::S3(S3Spec {
            bucket: bucket.to_string(),
            prefix: prefix.trim_matches('/').to_string(),
            ..S3Spec::default()
        }));
    }
    let lower = to.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Ok(TargetSpec::WebDav {
            url: to.to_string(),
            ca_bundle: None,
            credentials_file: None,
            profile: None,
        });
    }
    Ok(TargetSpec::Folder(PathBuf::from(to)))
}

/// The store `to` names, or the settings' default when `None` (folders and files in the
/// settings are relative to the settings file's folder). Nothing is contacted yet.
pub fn open_from(
    to: Option<&str>,
    settings: &crate::config::Settings,
) -> Result<Box<dyn Store>, TargetError> {
    let dir = settings.path.as_ref().and_then(|p| p.parent());
    let (_, spec) = resolve(to, &settings.file.sync, dir)?;
    open(&spec)
}

/// Builds the store for a spec (nothing is contacted yet).
pub fn open(spec: &TargetSpec) -> Result<Box<dyn Store>, TargetError> {
    Ok(match spec {
        TargetSpec::Folder(p) => Box::new(FolderStore::new(p)),
        TargetSpec::S3(s) => Box::new(ObjectTarget::s3(s)?),
        TargetSpec::WebDav {
            url,
            ca_bundle,
            credentials_file,
            profile,
        } => {
            let pem = ca_bundle.as_deref().map(read_ca).transpose()?;
            let login = super::credentials::find_login(
                credentials_file.as_deref(),
                profile.as_deref(),
                &|k| std::env::var(k).ok(),
            )
            .map_err(SetupError::from)?;
            Box::new(ObjectTarget::webdav(url, pem.as_deref(), login.as_ref())?)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SyncTarget;

    fn target(name: &str, to: &str) -> SyncTarget {
        SyncTarget {
            name: name.into(),
            to: to.into(),
            endpoint: Some("https://s3.example.org".into()),
            region: Some("eu-west-1".into()),
            virtual_hosted: true,
            ca_bundle: None,
            credentials_file: None,
            profile: None,
        }
    }

    #[test]
    fn command_line_forms_follow_the_aws_cli() {
        assert_eq!(
            parse("s3://records/field/laptop-1/").unwrap(),
            TargetSpec::S3(S3Spec {
                bucket: "records".into(),
                prefix: "field/laptop-1".into(),
                ..S3Spec::default()
            })
        );
        assert_eq!(parse("s3://"), Err(TargetError::NoBucket));
        assert!(matches!(
            parse("https://cloud.example.org/remote.php/dav/files/x").unwrap(),
            TargetSpec::WebDav { .. }
        ));
        assert_eq!(
            parse("/media/usb/lantern").unwrap(),
            TargetSpec::Folder("/media/usb/lantern".into())
        );
    }

    #[test]
    fn names_and_the_default_come_from_the_settings() {
        let settings = SyncSettings {
            default: Some("usb".into()),
            targets: vec![target("usb", "records-usb"), target("bucket", "s3://b/p")],
        };
        let dir = Path::new("/etc/lantern");
        let (name, spec) = resolve(None, &settings, Some(dir)).unwrap();
        assert_eq!(name, "usb");
        assert_eq!(spec, TargetSpec::Folder("/etc/lantern/records-usb".into()));
        let (_, spec) = resolve(Some("bucket"), &settings, Some(dir)).unwrap();
        let TargetSpec::S3(s) = spec else {
            panic!("{spec:?}")
        };
        assert_eq!(
            (
                s.bucket.as_str(),
                s.prefix.as_str(),
                s.endpoint.as_deref(),
                s.virtual_hosted
            ),
            ("b", "p", Some("https://s3.example.org"), true)
        );
        // Not a name: taken as written.
        let (_, spec) = resolve(Some("/mnt/share"), &settings, Some(dir)).unwrap();
        assert_eq!(spec, TargetSpec::Folder("/mnt/share".into()));
        assert_eq!(
            resolve(None, &SyncSettings::default(), None),
            Err(TargetError::NoTarget)
        );
    }
}
