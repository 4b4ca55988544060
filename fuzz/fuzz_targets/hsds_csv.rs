//! Arbitrary bytes as an HSDS 3.0 CSV datapackage: the importer must report problems, never
//! panic, and what it imports must install, load back and match without panicking.
//!
//! The input is the folder's files in the order of `FILES`, separated by the byte 0xFF
//! (which never occurs in UTF-8, so a mutation that keeps a file valid keeps the split).
//! `fuzz/make_seeds.py` turns the test fixtures into inputs of this shape.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "hsds_common.rs"]
mod hsds_common;

const FILES: &[&str] = &[
    "organizations.csv",
    "services.csv",
    "locations.csv",
    "addresses.csv",
    "accessibility.csv",
    "service_at_location.csv",
    "phones.csv",
    "languages.csv",
    "schedules.csv",
    "service_areas.csv",
    "taxonomies.csv",
    "taxonomy_terms.csv",
    "attributes.csv",
    "datapackage.json",
];

static SCRATCH: OnceLock<std::path::PathBuf> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let root = SCRATCH.get_or_init(hsds_common::scratch);
    let package = root.join("package");
    let _ = std::fs::remove_dir_all(&package);
    std::fs::create_dir_all(&package).expect("package folder");
    for (name, bytes) in FILES.iter().zip(data.split(|b| *b == 0xFF)) {
        // An empty part stands for a file that is absent, so the fuzzer explores both.
        if !bytes.is_empty() {
            std::fs::write(package.join(name), bytes).expect("write part");
        }
    }
    let (dir, report) = lantern::referral::import_csv(&package);
    for p in &report.problems {
        let _ = p.to_string();
    }
    hsds_common::exercise(&dir, &root.join("data"));
});
