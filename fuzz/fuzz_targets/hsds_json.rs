//! Arbitrary bytes as an HSDS 3.0 JSON document (a service, an organization, a page of
//! services): the importer must report problems, never panic, and what it imports must
//! install, load back and match without panicking.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "hsds_common.rs"]
mod hsds_common;

static SCRATCH: OnceLock<std::path::PathBuf> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let root = SCRATCH.get_or_init(hsds_common::scratch);
    let file = root.join("document.json");
    std::fs::write(&file, data).expect("write document");
    let (dir, report) = lantern::referral::import_json(&file);
    for p in &report.problems {
        let _ = p.to_string();
    }
    hsds_common::exercise(&dir, &root.join("data"));
});
