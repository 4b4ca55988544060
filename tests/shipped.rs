//! What the binary carries is what the repository ships, byte for byte, and it loads; an
//! organization's folder replaces it kind by kind (docs/deployment.md).

mod common;

use lantern::config::DataRoot;
use lantern::shipped;

/// No organization's folder at all: only what the binary carries.
fn bare() -> (tempfile::TempDir, DataRoot) {
    let t = tempfile::tempdir().unwrap();
    let empty = t.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let root = DataRoot::locate_in(None, Some(&empty), Some(&empty), Some(&empty));
    assert_eq!(root.org, None);
    (t, root)
}

#[test]
fn the_built_in_protocols_scenarios_languages_and_directory_are_the_shipped_files() {
    let (_t, root) = bare();
    let repo = common::root();
    let protocols: Vec<_> = shipped::protocol_files(&root)
        .into_iter()
        .map(|f| f.unwrap())
        .collect();
    let on_disk = lantern::protocol::protocol_files(&repo.join("screening"));
    assert_eq!(protocols.len(), on_disk.len());
    for (built_in, path) in protocols.iter().zip(&on_disk) {
        assert_eq!(built_in.text, std::fs::read_to_string(path).unwrap());
        assert!(
            built_in.path.starts_with(shipped::BUILT_IN),
            "{:?}",
            built_in.path
        );
        lantern::protocol::load_source(built_in).unwrap();
    }
    let scenarios = shipped::scenario_files(&root);
    assert_eq!(
        scenarios.len(),
        lantern::practice::toml_files(&repo.join("screening/scenarios")).len()
    );
    let (catalog, problems) = shipped::catalog(&root);
    assert!(problems.is_empty(), "{problems:?}");
    let (from_folder, _) = lantern::i18n::Catalog::load(&repo.join("locales"));
    assert_eq!(catalog.available(), from_folder.available());
    for tag in catalog.available() {
        assert_eq!(catalog.ids(&tag), from_folder.ids(&tag), "{tag}");
    }
    let (dir, report) = shipped::sample_directory(&root);
    let (same, _) = lantern::referral::import_csv(&repo.join("directory"));
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(dir.services.len(), same.services.len());
    assert!(dir.services.len() > 20);
}

#[test]
fn an_organizations_folder_replaces_what_it_has_and_keeps_the_rest() {
    let t = tempfile::tempdir().unwrap();
    let org = t.path();
    // One protocol of its own, and its own reviewed Spanish.
    std::fs::create_dir_all(org.join("screening")).unwrap();
    std::fs::copy(
        common::root().join("tests/fixtures/protocols/valid/example.toml"),
        org.join("screening/ours.toml"),
    )
    .unwrap();
    std::fs::create_dir_all(org.join("locales/es")).unwrap();
    std::fs::write(org.join("locales/es/ui.ftl"), "app-name = linterna\n").unwrap();
    let root = DataRoot::at(org);

    let ids: Vec<String> = shipped::protocol_files(&root)
        .into_iter()
        .map(|f| {
            lantern::protocol::load_source(&f.unwrap())
                .unwrap()
                .0
                .id()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["example"]);
    // No scenarios of its own: the shipped ones stay.
    assert!(shipped::scenario_files(&root).len() >= 10);
    let (catalog, _) = shipped::catalog(&root);
    assert_eq!(catalog.localizer(&["es".into()]).tr("app-name"), "linterna");
    // Spanish is the organization's file alone; the other languages are as shipped.
    assert_eq!(catalog.ids("es"), ["app-name"]);
    assert!(catalog.ids("vi").len() > 100);
    // No directory of its own: the sample.
    assert!(shipped::sample_directory(&root).0.services.len() > 20);
}
