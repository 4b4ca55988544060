//! docs/keymap.md lists every binding of the keymap table, in English.

mod common;

const BEGIN: &str = "<!-- BEGIN GENERATED KEYMAP -->\n";
const END: &str = "<!-- END GENERATED KEYMAP -->";

#[test]
fn keymap_doc_matches_the_keymap() {
    let (catalog, _) = lantern::i18n::Catalog::load(&common::root().join("locales"));
    let l10n = catalog.localizer(&["en".to_string()]);
    let generated = lantern::tui::keymap::markdown(&|id| l10n.tr(id));
    let path = common::root().join("docs/keymap.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    let start = doc.find(BEGIN).expect("begin marker") + BEGIN.len();
    let end = doc.find(END).expect("end marker");
    if doc[start..end] == generated {
        return;
    }
    // Out of date: this test fails either way; with LANTERN_WRITE_DOCS set it also rewrites
    // the file, for the author to review and commit. It never passes on a stale doc.
    if std::env::var_os("LANTERN_WRITE_DOCS").is_some() {
        let new = format!("{}{generated}{}", &doc[..start], &doc[end..]);
        std::fs::write(&path, new).unwrap();
        panic!("docs/keymap.md was out of date and has been rewritten: review and commit it");
    }
    assert_eq!(
        &doc[start..end],
        generated,
        "docs/keymap.md is out of date: run `LANTERN_WRITE_DOCS=1 cargo test --test keymap_doc`, review and commit"
    );
}
