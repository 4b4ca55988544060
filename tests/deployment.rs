//! The paths an organization takes when it sets lantern up: keys added by hand, the outbox
//! in a configured folder, and the drafts a worker keeps or discards at start-up. (The
//! trial key has its own test binary: it changes HOME.)

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::tui::{Fixture, chars, key};
use crossterm::event::KeyCode;
use lantern::tui::screens::Screen;

fn lantern(fx: &Fixture) -> Command {
    fx.command()
}

/// The shortest screening of the example protocol in plain mode: the first question (a gate)
/// declined, finish, save.
const DECLINE_ALL: &str = "correct horse battery\ncorrect horse battery\n1\n1\n\n\nd\nf\ny\n";

#[test]
fn keys_add_makes_records_readable_by_that_key_only() {
    let fx = Fixture::new();
    std::fs::remove_file(fx.root().join("keys/org.txt")).unwrap();
    let supervisor = age::x25519::Identity::generate();
    let public = supervisor.to_public().to_string();
    let a = lantern(&fx)
        .args(["keys", "add", &public, "--label", "Riverbend supervisor"])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(out.contains("organization.txt line 2"), "{out}");
    let file = std::fs::read_to_string(fx.root().join("keys/organization.txt")).unwrap();
    assert_eq!(file, format!("# Riverbend supervisor\n{public}\n"));
    // A key that is not one is refused, and the file is left as it was.
    let a = lantern(&fx)
        .args(["keys", "add", "age1notakey"])
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("age1notakey"), "{err}");
    assert_eq!(
        std::fs::read_to_string(fx.root().join("keys/organization.txt")).unwrap(),
        file
    );
    // A screening saved now opens with the added key's identity.
    lantern(&fx)
        .arg("--plain")
        .write_stdin(DECLINE_ALL)
        .assert()
        .success();
    let files = fx.outbox_files();
    assert_eq!(files.len(), 1);
    let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(supervisor)];
    lantern::vault::supervisor::read_record(&files[0], &ids).unwrap();
    let other: Vec<Box<dyn age::Identity + Send + Sync>> =
        vec![Box::new(age::x25519::Identity::generate())];
    assert!(lantern::vault::supervisor::read_record(&files[0], &other).is_err());
}

fn settings_with_outbox(fx: &Fixture, folder: &Path) -> std::path::PathBuf {
    let text = lantern::config::EXAMPLE_SETTINGS.replace(
        "# folder = \"/media/usb/lantern-outbox\"",
        &format!("folder = {:?}", folder.display().to_string()),
    );
    assert_ne!(
        text,
        lantern::config::EXAMPLE_SETTINGS,
        "the example changed"
    );
    let path = fx.dir.path().join("settings.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn records_go_to_the_configured_outbox_folder() {
    let fx = Fixture::new();
    let usb = fx.dir.path().join("usb/lantern-outbox");
    let settings = settings_with_outbox(&fx, &usb);
    lantern(&fx)
        .arg("--config")
        .arg(&settings)
        .arg("--plain")
        .write_stdin(DECLINE_ALL)
        .assert()
        .success();
    assert_eq!(
        common::all_files(&usb).len(),
        1,
        "nothing in the configured folder"
    );
    assert!(
        fx.outbox_files().is_empty(),
        "saved in the default outbox too"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&usb).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
    }
    // `lantern outbox` looks in the same place.
    let a = lantern(&fx)
        .arg("--config")
        .arg(&settings)
        .arg("outbox")
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(out.contains("1 record(s) pending"), "{out}");
}

/// A draft on disk: a screening started, one answer, then the program stopped.
fn leave_a_draft(fx: &Fixture) {
    let mut app = fx.app("en");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "y");
    assert_eq!(fx.drafts_on_disk().len(), 1);
}

#[test]
fn a_draft_kept_for_later_stays_and_a_discarded_one_is_gone() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    // Next start: the draft is offered; "later" goes home and keeps it.
    let mut app = fx.app("en");
    assert!(matches!(app.screen, Screen::Resume { .. }));
    chars(&mut app, "l");
    assert!(matches!(app.screen, Screen::Home(_)));
    assert_eq!(fx.drafts_on_disk().len(), 1);
    // Next start: offered again; discarding asks first, "no" keeps it...
    let mut app = fx.app("en");
    assert!(matches!(app.screen, Screen::Resume { .. }));
    chars(&mut app, "x");
    chars(&mut app, "n");
    assert!(matches!(app.screen, Screen::Resume { .. }));
    assert_eq!(fx.drafts_on_disk().len(), 1);
    // ...and "yes" deletes it for good.
    chars(&mut app, "x");
    chars(&mut app, "y");
    assert!(matches!(app.screen, Screen::Home(_)));
    assert!(fx.drafts_on_disk().is_empty());
    assert!(common::all_files(&fx.data().join("drafts")).is_empty());
    let app = fx.app("en");
    assert!(matches!(app.screen, Screen::Home(_)));
}

/// Drafts untouched for longer than the organization keeps them are flagged at start-up,
/// and discarded, all at once, only when the worker says so (screens and plain mode).
#[test]
fn drafts_past_the_organizations_limit_are_flagged_and_discarded_on_request() {
    let fx = Fixture::new();
    leave_a_draft(&fx);
    // Fifteen days later (the example settings keep drafts 14 days).
    let later = || {
        let c = common::clock();
        c.advance(chrono::TimeDelta::days(15));
        c as std::sync::Arc<dyn lantern::engine::Clock>
    };
    let mut app = fx.app("en");
    app.m.session.clock = later();
    let text = common::tui::screen_text(&app, 80, 24);
    assert!(
        text.contains("more than 14 days, your organization's limit."),
        "{text}"
    );
    assert!(text.contains("o: discard it"), "{text}");
    assert!(
        text.contains("One screening has waited longer than your organization keeps drafts"),
        "{text}"
    );
    // Asked first; "no" keeps it.
    chars(&mut app, "o");
    let text = common::tui::screen_text(&app, 80, 24);
    assert!(
        text.contains("Discard the screening older than 14 days for good?"),
        "{text}"
    );
    chars(&mut app, "n");
    assert_eq!(fx.drafts_on_disk().len(), 1);
    // Fourteen days on, nothing is flagged: the worker is not nagged early.
    let mut app = fx.app("en");
    let c = common::clock();
    c.advance(chrono::TimeDelta::days(14));
    app.m.session.clock = c;
    let text = common::tui::screen_text(&app, 80, 24);
    assert!(!text.contains("days, your organization's limit"), "{text}");
    chars(&mut app, "o");
    assert!(matches!(app.screen, Screen::Resume(_)));
    assert_eq!(fx.drafts_on_disk().len(), 1);
    // drafts_kept_days = 0 means no limit: nothing is flagged, however old.
    let no_limit = lantern::config::Settings {
        file: {
            let mut f = lantern::config::Settings::example().file;
            f.session.drafts_kept_days = Some(0);
            f
        },
        path: None,
    };
    let mut app = fx.app_with(no_limit, "en");
    app.m.idle_timeout = None;
    app.m.session.clock = later();
    let text = common::tui::screen_text(&app, 80, 24);
    assert!(!text.contains("your organization's limit"), "{text}");
    // "yes" discards it, and the start screen follows.
    let mut app = fx.app("en");
    app.m.session.clock = later();
    chars(&mut app, "o");
    chars(&mut app, "y");
    assert!(fx.drafts_on_disk().is_empty());
    assert!(matches!(app.screen, Screen::Home(_)));

    // Plain mode, with a one-day limit (the binary runs on the real clock).
    leave_a_draft(&fx);
    let settings = fx.dir.path().join("one-day.toml");
    std::fs::write(
        &settings,
        lantern::config::EXAMPLE_SETTINGS.replace("drafts_kept_days = 14", "drafts_kept_days = 1"),
    )
    .unwrap();
    let a = lantern(&fx)
        .arg("--config")
        .arg(&settings)
        .arg("--plain")
        .write_stdin("correct horse battery\ny\n")
        .assert();
    let out = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(
        out.contains(
            "One screening has waited longer than your organization keeps drafts (1 day)."
        ),
        "{out}"
    );
    assert!(out.contains("One old screening was discarded."), "{out}");
    // Gone from the list too: nothing is offered to resume.
    assert!(!out.contains("A screening was interrupted"), "{out}");
    assert!(fx.drafts_on_disk().is_empty());
}

/// lantern as a new organization meets it: no checkout, no settings, no folder, HOME empty.
fn bare(home: &Path, cwd: &Path) -> Command {
    let mut c = Command::cargo_bin("lantern").unwrap();
    c.current_dir(cwd)
        .env_remove("LANTERN_ROOT")
        .env_remove("LANTERN_CONFIG")
        .env_remove("LANTERN_DATA")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"));
    c
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).to_string()
}

#[test]
fn org_init_starts_a_folder_that_lantern_then_uses() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let org = tmp.path().join("riverbend org");
    std::fs::create_dir_all(&home).unwrap();
    let a = bare(&home, tmp.path())
        .args(["org", "init"])
        .arg(&org)
        .assert()
        .success();
    let out = stdout(&a);
    assert!(out.contains("created the organization's folder"), "{out}");
    assert!(
        out.contains(&format!("lantern --root \"{}\" keys init", org.display())),
        "{out}"
    );
    for part in ["keys", "screening", "directory", "locales"] {
        assert!(org.join(part).join("README.md").is_file(), "{part}");
    }

    // Started inside it, lantern finds the folder: its settings and its protocols.
    let a = bare(&home, &org.join("screening"))
        .args(["config", "check"])
        .assert()
        .success();
    let out = stdout(&a);
    assert!(
        out.contains(&format!(
            "settings: {}",
            org.join("settings.toml").display()
        )),
        "{out}"
    );
    bare(&home, &org).arg("lint").assert().success();
    // The folder's protocols are the ones offered: keep one, and only it is listed.
    let kept = "hotline-brief.toml";
    for e in std::fs::read_dir(org.join("screening")).unwrap().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "toml") && !p.ends_with(kept) {
            std::fs::remove_file(p).unwrap();
        }
    }
    let a = bare(&home, &org).arg("protocols").assert().success();
    let out = stdout(&a);
    assert!(out.contains("hotline-brief"), "{out}");
    assert!(!out.contains("adult-general"), "{out}");

    // A second init changes nothing the organization edited, and says what is there.
    std::fs::write(org.join("settings.toml"), "# ours\n").unwrap();
    let a = bare(&home, tmp.path())
        .args(["org", "init"])
        .arg(&org)
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("nothing was written"), "{err}");
    assert!(err.contains("settings.toml"), "{err}");
    assert_eq!(
        std::fs::read_to_string(org.join("settings.toml")).unwrap(),
        "# ours\n"
    );
    assert!(!org.join("screening/adult-general.toml").exists());
}

/// packaging/ (what the .deb installs) holds exactly what the commands generate now.
#[test]
fn packaged_manual_pages_and_completions_match_the_commands() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let regenerate =
        "out of step with the commands: run packaging/generate.sh and commit packaging/";
    let pages = tmp.path().join("man");
    bare(tmp.path(), tmp.path())
        .args(["man", "--dir"])
        .arg(&pages)
        .assert()
        .success();
    let names = |d: &Path| {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let generated = names(&pages);
    assert!(
        generated.contains(&"lantern-org-init.1".to_string()),
        "{generated:?}"
    );
    assert_eq!(
        generated,
        names(&repo.join("packaging/man")),
        "{regenerate}"
    );
    for n in &generated {
        assert_eq!(
            std::fs::read_to_string(pages.join(n)).unwrap(),
            std::fs::read_to_string(repo.join("packaging/man").join(n)).unwrap(),
            "{n} {regenerate}"
        );
    }
    let a = bare(tmp.path(), tmp.path()).arg("man").assert().success();
    assert_eq!(
        stdout(&a),
        std::fs::read_to_string(repo.join("packaging/man/lantern.1")).unwrap()
    );
    for (shell, file) in [
        ("bash", "lantern.bash"),
        ("zsh", "_lantern"),
        ("fish", "lantern.fish"),
    ] {
        let a = bare(tmp.path(), tmp.path())
            .args(["completions", shell])
            .assert()
            .success();
        let out = stdout(&a);
        assert!(out.contains("practice"), "{shell}: {out}");
        assert_eq!(
            out,
            std::fs::read_to_string(repo.join("packaging/completions").join(file)).unwrap(),
            "{file} {regenerate}"
        );
    }
}

/// Every file Cargo.toml's Debian metadata installs is there (the binary is built by
/// `cargo deb` itself).
#[test]
fn the_debian_package_metadata_names_files_that_exist() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(repo.join("Cargo.toml")).unwrap()).unwrap();
    let deb = &manifest["package"]["metadata"]["deb"];
    let assets = deb["assets"].as_array().unwrap();
    assert!(assets.len() >= 6, "{assets:?}");
    let mut targets = Vec::new();
    for asset in assets {
        let asset = asset.as_array().unwrap();
        let (src, dest) = (asset[0].as_str().unwrap(), asset[1].as_str().unwrap());
        targets.push(dest.to_string());
        if src == "target/release/lantern" {
            continue;
        }
        let path = repo.join(src);
        let (dir, pattern) = (
            path.parent().unwrap(),
            path.file_name().unwrap().to_string_lossy(),
        );
        let matches = match pattern.split_once('*') {
            Some((pre, post)) => std::fs::read_dir(dir)
                .unwrap()
                .flatten()
                .filter(|e| {
                    let n = e.file_name().to_string_lossy().into_owned();
                    n.starts_with(pre) && n.ends_with(post)
                })
                .count(),
            None => usize::from(path.is_file()),
        };
        assert!(matches > 0, "{src} matches no file");
    }
    for wanted in [
        "usr/bin/",
        "usr/share/man/man1/",
        "usr/share/bash-completion/completions/lantern",
    ] {
        assert!(
            targets.iter().any(|t| t == wanted),
            "{wanted} in {targets:?}"
        );
    }
}
