//! Rebuild when a shipped file is added or removed: `rust-embed` (src/shipped.rs) tracks the
//! files it embedded, not the folders, so a new protocol would otherwise be missing from the
//! binary until something else changed.

fn main() {
    for dir in ["screening", "locales", "directory"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
