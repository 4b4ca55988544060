//! The committed JSON Schemas (docs/*.schema.json) match the Rust model, and the shipped
//! files point editors at them.

mod common;

use assert_cmd::Command;

fn check(format: &str, file: &str) {
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .args(["schema", format])
        .assert()
        .success();
    let generated: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let committed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(common::root().join(file)).unwrap()).unwrap();
    assert!(
        generated == committed,
        "{file} is out of date: run `cargo run -- schema {format} > {file}`"
    );
}

#[test]
fn committed_schemas_are_current() {
    check("protocol", "docs/protocol.schema.json");
    check("settings", "docs/settings.schema.json");
    check("scenario", "docs/scenario.schema.json");
}

#[test]
fn shipped_protocols_declare_the_schema() {
    let shipped = common::shipped();
    assert!(shipped.len() >= 4, "shipped protocols missing: {shipped:?}");
    for p in shipped {
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(
            text.starts_with("#:schema ../docs/protocol.schema.json"),
            "{} does not start with the #:schema line",
            p.display()
        );
    }
}
