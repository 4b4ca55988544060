//! The `[sync]` section of the settings: where `lantern sync` carries the outbox
//! (docs/config.md, docs/sync.md). Checked with the rest of the file (C006 in settings.rs).

use std::path::PathBuf;

use schemars::JsonSchema;
use serde::Deserialize;

/// Where `lantern sync` carries the outbox (docs/sync.md).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SyncSettings {
    /// The target `lantern sync` uses without `--to`: one of the names below.
    #[serde(default)]
    pub default: Option<String>,
    #[serde(default)]
    pub targets: Vec<SyncTarget>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SyncTarget {
    /// What `--to NAME` calls it.
    pub name: String,
    /// A folder (`/media/usb/lantern`; relative to this file's folder), an S3-compatible
    /// bucket (`s3://bucket/prefix`) or a WebDAV share (`https://…`).
    pub to: String,
    /// S3: the service's address when it is not AWS (`https://s3.example.org`).
    #[serde(default)]
    pub endpoint: Option<String>,
    /// S3: the region (AWS_REGION otherwise).
    #[serde(default)]
    pub region: Option<String>,
    /// S3: bucket in the host name instead of the path.
    #[serde(default)]
    pub virtual_hosted: bool,
    /// S3 or WebDAV: PEM certificates of the organization's own certificate authority.
    #[serde(default)]
    pub ca_bundle: Option<PathBuf>,
    /// An AWS-style credentials file (it must be 0600): for S3 this laptop's keys
    /// (`aws_access_key_id`, `aws_secret_access_key`); for WebDAV the sign-in (`webdav_user`,
    /// `webdav_password`, e.g. a Nextcloud app password).
    #[serde(default)]
    pub credentials_file: Option<PathBuf>,
    /// The profile (section) of the credentials file [default: AWS_PROFILE for S3, else
    /// `default`].
    #[serde(default)]
    pub profile: Option<String>,
}
