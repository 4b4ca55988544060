//! S3 access keys the way the AWS CLI finds them, so an organization's existing set-up works:
//! the environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`) first,
//! else a shared credentials file (`AWS_SHARED_CREDENTIALS_FILE`, else
//! `~/.aws/credentials`) and a profile (`AWS_PROFILE`, else `default`). A credentials file
//! named in lantern's settings must be private to its owner (mode 0600): keys that other
//! accounts can read are refused.

use std::path::{Path, PathBuf};

use super::object::Credentials;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CredentialsError {
    #[error("cannot read the credentials file {}", path.display())]
    Unreadable { path: PathBuf },
    #[error("the credentials file {} can be read by other accounts (mode {mode:o}); make it 0600", path.display())]
    TooOpen { path: PathBuf, mode: u32 },
    #[error("the credentials file {} has no profile [{profile}] with both keys", path.display())]
    NoProfile { path: PathBuf, profile: String },
}

/// Where keys come from: the settings may name a file (checked 0600) and a profile.
pub fn find(
    settings_file: Option<&Path>,
    settings_profile: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    home: Option<&Path>,
) -> Result<Option<Credentials>, CredentialsError> {
    if let (Some(id), Some(secret)) = (env("AWS_ACCESS_KEY_ID"), env("AWS_SECRET_ACCESS_KEY")) {
        return Ok(Some(Credentials {
            access_key_id: id,
            secret_access_key: secret,
            session_token: env("AWS_SESSION_TOKEN"),
        }));
    }
    let profile = settings_profile
        .map(str::to_string)
        .or_else(|| env("AWS_PROFILE"))
        .unwrap_or_else(|| "default".to_string());
    let (path, must_exist) = match settings_file {
        Some(p) => {
            check_private(p)?;
            (p.to_path_buf(), true)
        }
        None => match env("AWS_SHARED_CREDENTIALS_FILE") {
            Some(p) => (PathBuf::from(p), true),
            None => match home {
                Some(h) => (h.join(".aws").join("credentials"), false),
                None => return Ok(None),
            },
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => return Ok(None),
        Err(_) => return Err(CredentialsError::Unreadable { path }),
    };
    match parse_profile(&text, &profile) {
        Some(c) => Ok(Some(c)),
        None if must_exist || settings_profile.is_some() || env("AWS_PROFILE").is_some() => {
            Err(CredentialsError::NoProfile { path, profile })
        }
        None => Ok(None),
    }
}

fn check_private(path: &Path) -> Result<(), CredentialsError> {
    let meta = std::fs::metadata(path).map_err(|_| CredentialsError::Unreadable {
        path: path.to_path_buf(),
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(CredentialsError::TooOpen {
                path: path.to_path_buf(),
                mode,
            });
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    Ok(())
}

/// The keys of `[profile]` in an AWS credentials file (INI: `key = value`, `#`/`;` comments).
fn parse_profile(text: &str, profile: &str) -> Option<Credentials> {
    let mut keys = section(text, profile)?;
    Some(Credentials {
        access_key_id: keys.remove("aws_access_key_id")?,
        secret_access_key: keys.remove("aws_secret_access_key")?,
        session_token: keys.remove("aws_session_token"),
    })
}

/// The keys of `[profile]` (or `[profile NAME]`) in an AWS-style INI file, names lowercased.
fn section(text: &str, profile: &str) -> Option<std::collections::HashMap<String, String>> {
    let mut found = false;
    let mut in_section = false;
    let mut keys = std::collections::HashMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let name = name.trim();
            in_section =
                name == profile || name.strip_prefix("profile ").map(str::trim) == Some(profile);
            found |= in_section;
            continue;
        }
        if in_section && let Some((k, v)) = line.split_once('=') {
            keys.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    found.then_some(keys)
}

/// A WebDAV share's sign-in (Nextcloud and ownCloud: the user name and an app password).
/// Never printed: `Debug` shows the user name only.
#[derive(Clone)]
pub struct Login {
    pub user: String,
    pub password: secrecy::SecretString,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Login({}, …)", self.user)
    }
}

/// The sign-in for a WebDAV share: `LANTERN_WEBDAV_USER` and `LANTERN_WEBDAV_PASSWORD`, else
/// `webdav_user` and `webdav_password` in the profile (default `default`) of the credentials
/// file the settings name (which must be private, 0600). `None`: the share needs no sign-in.
pub fn find_login(
    settings_file: Option<&Path>,
    settings_profile: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<Login>, CredentialsError> {
    if let (Some(user), Some(password)) =
        (env("LANTERN_WEBDAV_USER"), env("LANTERN_WEBDAV_PASSWORD"))
    {
        return Ok(Some(Login {
            user,
            password: password.into(),
        }));
    }
    let Some(path) = settings_file else {
        return Ok(None);
    };
    check_private(path)?;
    let text = std::fs::read_to_string(path).map_err(|_| CredentialsError::Unreadable {
        path: path.to_path_buf(),
    })?;
    let profile = settings_profile.unwrap_or("default");
    let no_profile = || CredentialsError::NoProfile {
        path: path.to_path_buf(),
        profile: profile.to_string(),
    };
    let mut keys = section(&text, profile).ok_or_else(no_profile)?;
    match (keys.remove("webdav_user"), keys.remove("webdav_password")) {
        (Some(user), Some(password)) => Ok(Some(Login {
            user,
            password: password.into(),
        })),
        _ => Err(no_profile()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn a_webdav_login_comes_from_the_environment_or_a_private_file() {
        let env = |k: &str| match k {
            "LANTERN_WEBDAV_USER" => Some("ana".to_string()),
            "LANTERN_WEBDAV_PASSWORD" => Some("app-pass".to_string()),
            _ => None,
        };
        let l = find_login(None, None, &env).unwrap().unwrap();
        assert_eq!(
            (l.user.as_str(), l.password.expose_secret()),
            ("ana", "app-pass")
        );
        assert_eq!(format!("{l:?}"), "Login(ana, …)");
        assert!(find_login(None, None, &no_env).unwrap().is_none());

        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("webdav");
        std::fs::write(
            &f,
            "[default]\nwebdav_user = ben\nwebdav_password = p1\n[office]\nwebdav_user=cy\n",
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert!(matches!(
                find_login(Some(&f), None, &no_env),
                Err(CredentialsError::TooOpen { .. })
            ));
            std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let l = find_login(Some(&f), None, &no_env).unwrap().unwrap();
        assert_eq!((l.user.as_str(), l.password.expose_secret()), ("ben", "p1"));
        // A profile without both keys is an error, not "no sign-in".
        assert!(matches!(
            find_login(Some(&f), Some("office"), &no_env),
            Err(CredentialsError::NoProfile { .. })
        ));
    }

    const FILE: &str = "[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = s1\n\n# the field laptops\n[lantern]\naws_access_key_id=AKIALANTERN\naws_secret_access_key=s2\naws_session_token = t2\n";

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn the_environment_comes_first_then_the_profile() {
        let env = |k: &str| match k {
            "AWS_ACCESS_KEY_ID" => Some("AKIAENV".to_string()),
            "AWS_SECRET_ACCESS_KEY" => Some("senv".to_string()),
            _ => None,
        };
        let c = find(None, None, &env, None).unwrap().unwrap();
        assert_eq!(c.access_key_id, "AKIAENV");

        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join(".aws")).unwrap();
        std::fs::write(home.path().join(".aws/credentials"), FILE).unwrap();
        let c = find(None, None, &no_env, Some(home.path()))
            .unwrap()
            .unwrap();
        assert_eq!(c.access_key_id, "AKIADEFAULT");
        let profile = |k: &str| (k == "AWS_PROFILE").then(|| "lantern".to_string());
        let c = find(None, None, &profile, Some(home.path()))
            .unwrap()
            .unwrap();
        assert_eq!(
            (c.access_key_id.as_str(), c.session_token.as_deref()),
            ("AKIALANTERN", Some("t2"))
        );
        let missing = |k: &str| (k == "AWS_PROFILE").then(|| "nope".to_string());
        assert!(matches!(
            find(None, None, &missing, Some(home.path())),
            Err(CredentialsError::NoProfile { .. })
        ));
        // No file and nothing in the environment: nothing, not an error.
        let empty = tempfile::tempdir().unwrap();
        assert_eq!(find(None, None, &no_env, Some(empty.path())).unwrap(), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_credentials_file_named_in_the_settings_must_be_private() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("s3-credentials");
        std::fs::write(&p, FILE).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(
            find(Some(&p), Some("lantern"), &no_env, None),
            Err(CredentialsError::TooOpen { mode: 0o644, .. })
        ));
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        let c = find(Some(&p), Some("lantern"), &no_env, None)
            .unwrap()
            .unwrap();
        assert_eq!(c.secret_access_key, "s2");
    }
}
