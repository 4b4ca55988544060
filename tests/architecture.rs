//! The shape of the house, checked: lower layers never reach up; screens match no key
//! outside the keymap and touch no file, passphrase or clock; files stay small.

mod common;

use common::source::{code, rust_files};

/// The `crate::<module>` names a file refers to (paths and `use crate::{a, b}` lists).
fn crate_refs(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(list) = rest.strip_prefix('{') {
            let end = list.find('}').unwrap_or(list.len());
            // Top-level names of the list (nested braces are below a first-level name).
            let mut depth = 0;
            let mut name = String::new();
            for c in list[..end].chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(std::mem::take(&mut name));
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 {
                    name.push(c);
                }
            }
            out.push(name);
        } else {
            out.push(
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    out.into_iter()
        .map(|n| n.trim().split("::").next().unwrap_or("").trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

#[test]
fn lower_layers_never_reach_up() {
    let rules: &[(&str, &[&str])] = &[
        (
            "engine",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "referral",
            ],
        ),
        (
            "protocol",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "engine", "referral",
            ],
        ),
        (
            "referral",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "engine",
            ],
        ),
        (
            "i18n",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "engine", "referral",
            ],
        ),
        (
            "config",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "engine", "referral",
            ],
        ),
        (
            "fsio.rs",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "engine", "referral",
            ],
        ),
        (
            "sync",
            &[
                "tui", "plain", "session", "cli", "present", "engine", "referral",
            ],
        ),
        // What the binary carries, under the organization's folder.
        (
            "shipped.rs",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "sync", "practice", "engine",
            ],
        ),
        // A new organization's folder, from what the binary carries.
        (
            "org_folder",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "sync", "practice", "engine",
                "referral",
            ],
        ),
        // The translator round trip: files in, files out; no screening, record or screen.
        (
            "translate",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "sync", "practice", "engine",
                "referral",
            ],
        ),
        // Where screenings meet the directory, for real screenings and practice alike.
        (
            "offer.rs",
            &[
                "tui", "plain", "session", "vault", "cli", "present", "sync", "practice",
            ],
        ),
        // Practice can never reach a real record: no vault, drafts, session or sync.
        (
            "practice",
            &["vault", "session", "sync", "tui", "plain", "cli"],
        ),
        ("vault", &["tui", "plain", "session", "cli", "present"]),
        ("session", &["tui", "plain", "cli", "present"]),
        ("present", &["tui", "plain", "cli"]),
        ("plain", &["tui", "cli"]),
        ("tui", &["plain", "cli"]),
    ];
    let mut problems = Vec::new();
    for (module, forbidden) in rules {
        let files = rust_files(module);
        assert!(!files.is_empty(), "no source for {module}");
        for f in files {
            for r in crate_refs(&code(&f)) {
                if forbidden.contains(&r.as_str()) {
                    problems.push(format!("{} uses crate::{r}", f.display()));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "layers reached up:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_layer_check_sees_what_it_must() {
    let refs = crate_refs(
        "use crate::vault::Record;\nuse crate::{tui::App, present::{a, b}};\nx = crate::plain::run();",
    );
    assert_eq!(refs, ["vault", "tui", "present", "plain"]);
}

#[test]
fn screens_match_no_key_outside_the_keymap() {
    let mut problems = Vec::new();
    for f in rust_files("tui") {
        if f.components().any(|c| c.as_os_str() == "keymap") {
            continue;
        }
        let c = code(&f);
        for needle in ["KeyCode::", "KeyModifiers::", "KeyCode,", "KeyCode}"] {
            if c.contains(needle) {
                problems.push(format!("{} matches keys itself ({needle})", f.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn key_handlers_touch_no_file_passphrase_or_clock() {
    // Screens and overlays ask for effects; only effect.rs, app.rs and mod.rs run them.
    let forbidden = [
        "std::fs",
        "File::",
        "OpenOptions",
        "Instant::now",
        "SystemTime",
        "Utc::now",
        "Local::now",
        ".autosave(",
        ".save(",
        ".unlock(",
        ".create_device_key(",
        ".create_trial_key(",
        ".discard_draft(",
        ".drafts()",
        ".lock()",
    ];
    let mut problems = Vec::new();
    for dir in ["tui/screens", "tui/overlays", "tui/widgets"] {
        for f in rust_files(dir) {
            let c = code(&f);
            for needle in forbidden {
                if c.contains(needle) {
                    problems.push(format!("{}: {needle}", f.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_front_ends_and_the_presentation_layer_stay_small() {
    let mut big = Vec::new();
    for dir in ["tui", "present", "plain"] {
        for f in rust_files(dir) {
            let n = std::fs::read_to_string(&f).unwrap().lines().count();
            if n > 400 {
                big.push(format!("{} has {n} lines", f.display()));
            }
        }
    }
    assert!(
        big.is_empty(),
        "split these by concept:\n{}",
        big.join("\n")
    );
}
