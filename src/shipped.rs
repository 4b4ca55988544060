//! What lantern ships inside its binary (the protocols, the practice scenarios, the
//! translations and the sample referral directory), and how an organization's folder
//! overlays it. A copied or `cargo install`ed binary needs no checkout: whatever the
//! organization's folder (config::DataRoot) does not provide comes from here.
//!
//! The overlay is by kind, so an organization decides what it offers: its `screening/`
//! folder (with at least one protocol) replaces the shipped protocols, its
//! `screening/scenarios/` the shipped scenarios, its `directory/` (with `services.csv`) the
//! sample directory; a language of its `locales/` replaces that language, the others stay.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::config::DataRoot;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::i18n::Catalog;
use crate::referral::import_csv::{Package, import_package};
use crate::referral::{Directory, ImportReport};

#[derive(rust_embed::Embed)]
#[folder = "screening/"]
#[include = "*.toml"]
#[include = "translations.lock"]
struct Screening;

#[derive(rust_embed::Embed)]
#[folder = "locales/"]
#[include = "*.ftl"]
#[include = "translations.lock"]
struct Locales;

#[derive(rust_embed::Embed)]
#[folder = "directory/"]
#[include = "*.csv"]
#[include = "datapackage.json"]
struct SampleDirectory;

/// How the shipped files are named in messages (never a path on this machine).
pub const BUILT_IN: &str = "(built in)";

fn source<E: rust_embed::Embed>(kind: &str, name: &str) -> Option<SourceFile> {
    let f = E::get(name)?;
    // The shipped files are UTF-8 (tests/shipped.rs reads them all); lossy never alters them.
    let text = String::from_utf8_lossy(&f.data).into_owned();
    Some(SourceFile::new(
        Path::new(BUILT_IN).join(kind).join(name),
        text,
    ))
}

fn names<E: rust_embed::Embed>(keep: impl Fn(&str) -> bool) -> Vec<String> {
    let mut v: Vec<String> = E::iter().map(Cow::into_owned).filter(|n| keep(n)).collect();
    v.sort();
    v
}

/// The `*.toml` files of `dir`, read (a file that cannot be read is a diagnostic).
fn read_folder(dir: &Path) -> Vec<Result<SourceFile, Box<Diagnostic>>> {
    crate::protocol::protocol_files(dir)
        .iter()
        .map(|p| crate::protocol::load::read_source(p))
        .collect()
}

/// The protocol files in use: the organization's `screening/*.toml` when it has any, else
/// the shipped ones.
pub fn protocol_files(root: &DataRoot) -> Vec<Result<SourceFile, Box<Diagnostic>>> {
    if let Some(dir) = root.screening() {
        return read_folder(&dir);
    }
    names::<Screening>(|n| !n.contains('/') && n.ends_with(".toml"))
        .iter()
        .filter_map(|n| source::<Screening>("screening", n))
        .map(Ok)
        .collect()
}

/// The shipped protocols as they are in lantern's repository (file name, bytes), whatever
/// the organization's folder holds: what `lantern org init` starts a folder with.
pub fn builtin_protocols() -> Vec<(String, Vec<u8>)> {
    names::<Screening>(|n| !n.contains('/') && n.ends_with(".toml"))
        .into_iter()
        .filter_map(|n| Some((n.clone(), Screening::get(&n)?.data.into_owned())))
        .collect()
}

/// The practice scenario files in use: the organization's `screening/scenarios/` when it
/// has one, else the shipped ones.
pub fn scenario_files(root: &DataRoot) -> Vec<Result<SourceFile, Box<Diagnostic>>> {
    if let Some(dir) = root.scenarios() {
        return read_folder(&dir);
    }
    names::<Screening>(|n| n.starts_with("scenarios/") && n.matches('/').count() == 1)
        .iter()
        .filter_map(|n| source::<Screening>("screening", n))
        .map(Ok)
        .collect()
}

/// The translations: each language of the organization's `locales/`, and the shipped ones
/// it does not replace. Problems are those of the organization's files (the shipped ones are
/// checked by the tests).
pub fn catalog(root: &DataRoot) -> (Catalog, Vec<Diagnostic>) {
    let shipped: Vec<(String, SourceFile)> = names::<Locales>(|n| n.ends_with(".ftl"))
        .iter()
        .filter_map(|n| {
            let (tag, _) = n.split_once('/')?;
            Some((tag.to_string(), source::<Locales>("locales", n)?))
        })
        .collect();
    Catalog::load_over(shipped, root.locales().as_deref())
}

/// The screens' catalog of each language (`<tag>/ui.ftl`): the organization's where it has
/// one, else the shipped one; English first.
pub fn catalog_files(root: &DataRoot) -> Vec<(String, SourceFile)> {
    let mut files: Vec<(String, SourceFile)> = names::<Locales>(|n| n.ends_with("/ui.ftl"))
        .iter()
        .filter_map(|n| {
            let (tag, _) = n.split_once('/')?;
            Some((tag.to_string(), source::<Locales>("locales", n)?))
        })
        .collect();
    if let Some(dir) = root.locales() {
        let own = std::fs::read_dir(&dir).into_iter().flatten().flatten();
        for e in own.filter(|e| e.path().join("ui.ftl").is_file()) {
            let tag = e.file_name().to_string_lossy().to_string();
            let path = e.path().join("ui.ftl");
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            files.retain(|(t, _)| *t != tag);
            files.push((tag, SourceFile::new(path, text)));
        }
    }
    files.sort_by(|a, b| (a.0 != "en", &a.0).cmp(&(b.0 != "en", &b.0)));
    files
}

/// The shipped protocols' `translations.lock` (docs/translating.md), as shipped.
pub fn builtin_protocols_lock() -> Option<Vec<u8>> {
    Screening::get("translations.lock").map(|f| f.data.into_owned())
}

/// The translation lock (`translations.lock`) of the protocols in use: the organization's
/// `screening/` one when it has protocols, else the shipped one.
pub fn protocols_lock(root: &DataRoot) -> Option<String> {
    match root.screening() {
        Some(dir) => std::fs::read_to_string(dir.join("translations.lock")).ok(),
        None => Screening::get("translations.lock")
            .map(|f| String::from_utf8_lossy(&f.data).into_owned()),
    }
}

/// The translation lock of the catalogs: the organization's `locales/` one, else the
/// shipped one.
pub fn catalogs_lock(root: &DataRoot) -> Option<String> {
    match root.locales() {
        Some(dir) if dir.join("translations.lock").is_file() => {
            std::fs::read_to_string(dir.join("translations.lock")).ok()
        }
        _ => {
            Locales::get("translations.lock").map(|f| String::from_utf8_lossy(&f.data).into_owned())
        }
    }
}

/// The sample directory in use when none is installed: the organization's `directory/`
/// package when it has one, else the shipped sample.
pub fn sample_directory(root: &DataRoot) -> (Directory, ImportReport) {
    match root.directory() {
        Some(dir) => crate::referral::import_csv(&dir),
        None => import_package(&Embedded),
    }
}

/// The shipped sample as an HSDS package for the importer.
struct Embedded;

impl Package for Embedded {
    fn read(&self, name: &str) -> Option<Vec<u8>> {
        SampleDirectory::get(name).map(|f| f.data.into_owned())
    }
    fn exists(&self, name: &str) -> bool {
        SampleDirectory::get(name).is_some()
    }
    fn path(&self, name: &str) -> PathBuf {
        Path::new(BUILT_IN).join("directory").join(name)
    }
    fn label(&self) -> String {
        format!("{BUILT_IN} directory")
    }
}
