//! `lantern practice` from piped input, as a trainee in a classroom runs it: no passphrase,
//! no keys, the persona's replies on `a`, the debrief in the worker's language, and nothing
//! written anywhere but the debrief the trainee asks to keep.

mod common;

use std::path::Path;

use assert_cmd::Command;

/// Runs practice with every folder lantern could write to inside `home`.
fn practice(home: &Path, lang: &str, args: &[&str], input: &str) -> (String, bool) {
    let out = Command::cargo_bin("lantern")
        .unwrap()
        .current_dir(home)
        .env_clear()
        .env("HOME", home)
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("TMPDIR", home.join("tmp"))
        .arg("--root")
        .arg(common::root())
        .args(["--lang", lang, "practice"])
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap();
    (
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        out.status.success(),
    )
}

/// A careful solo run of farm-crew: ask each question, record what the person says.
const FARM_CREW: &[&str] = &[
    "a", "1", // interpreter: none
    "",  // consent read
    "a", "y", // private_now
    "a", "3", // observed: nothing
    "a", "3", // age: 25 or older
    "a", "n", // in danger
    "a", "2", // medical: soon
    "a", "1", // farm
    "a", "y", // recruitment fee
    "a", "2 4", // promised: pay, housing
    "a", "2", // debt: "I can manage" (the trusted reply comes only later)
    "a", "3", // pay far less
    "a", "3", // over 12 hours
    "a", "2", // days off: sometimes
    "a", "y", // documents held
    "a", "1", // employer housing
    "a", "n", // not free in the housing
    "a", "y", // rides controlled
    "a", "n", // cannot leave
    "a", "d", // threats: declined, and left alone
    "a", "3", // injury without care
    "a", "y", // calls family
    "a", "n", // no language help
    "a", "8", // no wishes
];

#[test]
fn a_solo_practice_in_spanish_ends_in_a_debrief_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("tmp")).unwrap();
    let mut input = FARM_CREW.join("\n");
    // No referral chosen; the debrief is not kept: nothing may be written.
    input.push_str("\n\nn\n");
    let (out, ok) = practice(home.path(), "es", &["--scenario", "farm-crew"], &input);
    assert!(ok, "{out}");
    assert!(out.starts_with("PRÁCTICA: una persona ficticia."), "{out}");
    assert!(
        out.contains("La persona: El patrón tiene nuestros papeles."),
        "{out}"
    );
    assert!(out.contains("Resumen de la práctica"), "{out}");
    assert!(
        out.contains("Cada pregunta que la persona no quiso responder se dejó así."),
        "{out}"
    );
    // The debt: recorded as first said; the teaching point says why coming back helps.
    assert!(out.contains("la persona dijo"), "{out}");
    assert!(out.contains("La vergüenza esconde la deuda."), "{out}");
    assert!(!out.contains("[en]"), "English fallback:\n{out}");
    // Nothing anywhere: no data folder, no drafts, no outbox, no settings, no temp file.
    let written = common::all_files(home.path());
    assert!(written.is_empty(), "practice wrote {written:?}");
}

#[test]
fn the_referral_step_offers_what_a_worker_would_and_the_debrief_weighs_it() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("tmp")).unwrap();
    let mut input = FARM_CREW.join("\n");
    // Services 1 and 3: the first with consent to share, the other only what the person says
    // (and an answer that is not one of the three is asked again).
    input.push_str("\n1 3\ny\nmaybe\nl\nonly my first name\nn\n");
    let (out, ok) = practice(home.path(), "en", &["--scenario", "farm-crew"], &input);
    assert!(ok, "{out}");
    let step = out
        .split("Referrals\n")
        .nth(1)
        .unwrap_or_else(|| panic!("no referral step:\n{out}"));
    assert!(
        step.starts_with("Suggestions from the local directory"),
        "{out}"
    );
    assert!(
        step.contains("1) Workers' Rights Clinic: Wage Theft and Labor Claims"),
        "{out}"
    );
    // The hand-off is read in the person's language (Spanish), the rest in the worker's.
    assert!(
        step.contains("Lea a la persona: \"Workers' Rights Clinic"),
        "{out}"
    );
    assert!(
        step.contains("¿Podemos contarles algo sobre usted?"),
        "{out}"
    );
    assert!(
        step.contains("y: yes, we may share what is needed"),
        "{out}"
    );
    assert!(
        out.contains(
            "✓ Help with wages, fees, debt and labor rights: Workers' Rights Clinic: Wage Theft and Labor Claims (sharing: what is needed)"
        ),
        "{out}"
    );
    assert!(
        out.contains("(sharing: only what the person said)"),
        "{out}"
    );
    assert!(
        out.contains("✗ Medical care: nothing offered, though the directory had services for it"),
        "{out}"
    );
    // Two of the six needs: 10 * 2 / 6.
    assert!(
        out.contains("Referrals offered for the needs found: 3/10"),
        "{out}"
    );
    assert!(common::all_files(home.path()).is_empty());
}

#[test]
fn the_debrief_is_kept_only_when_asked_and_says_it_is_fictional() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("tmp")).unwrap();
    // Declines the privacy check's follow-up by ending at once: q right after the consent.
    let input = "a\n1\n\nq\ny\nmi-resumen.md\n";
    let (out, ok) = practice(home.path(), "en", &["--scenario", "farm-crew"], input);
    assert!(ok, "{out}");
    assert!(
        out.contains("Debrief kept. It holds fictional data only."),
        "{out}"
    );
    let written = common::all_files(home.path());
    assert_eq!(
        written,
        vec![home.path().join("mi-resumen.md")],
        "{written:?}"
    );
    let md = std::fs::read_to_string(home.path().join("mi-resumen.md")).unwrap();
    assert!(md.starts_with("# Practice debrief: Farm crew"), "{md}");
    assert!(md.contains("This file holds fictional data only"), "{md}");
    assert!(md.contains("<!-- scenario: farm-crew -->"), "{md}");
}

#[test]
fn the_employer_as_interpreter_is_a_stop_and_the_debrief_says_it_was_right() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("tmp")).unwrap();
    // The foreman offers to interpret: the trainee records it; lantern stops the screening,
    // and the worker's own observation is still asked (the person looks at him before every
    // nod: danger or fear), which raises its urgent steps.
    let input = "a\n4\n\na\n2\n\n";
    let (out, ok) = practice(
        home.path(),
        "en",
        &["--scenario", "employer-interprets"],
        input,
    );
    assert!(ok, "{out}");
    assert!(out.contains("(The crew foreman steps in"), "{out}");
    assert!(out.contains("Do not read anything aloud"), "{out}");
    assert!(
        out.contains("URGENT: follow these response steps now."),
        "{out}"
    );
    assert!(out.contains("✓ Outcome: Not screened"), "{out}");
    assert!(out.contains("100 of 100 points"), "{out}");
}

#[test]
fn the_persona_card_prints_for_a_role_play_partner() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("tmp")).unwrap();
    let (out, ok) = practice(home.path(), "es", &["card", "farm-crew"], "");
    assert!(ok, "{out}");
    assert!(out.contains("TARJETA DEL PERSONAJE"), "{out}");
    assert!(out.contains("Mateo (ficticio), 31 años"), "{out}");
    let (out, ok) = practice(home.path(), "en", &["list"], "");
    assert!(ok, "{out}");
    assert_eq!(out.lines().count(), 10, "{out}");
}

#[test]
fn a_class_summary_counts_attempts_and_what_was_missed_most() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("tmp")).unwrap();
    // Two trainees stop right after the consent; one more does the whole scenario.
    for name in ["ana.md", "ben.md"] {
        let input = format!("a\n1\n\nq\ny\n{name}\n");
        let (out, ok) = practice(home.path(), "en", &["--scenario", "farm-crew"], &input);
        assert!(ok, "{out}");
    }
    let mut input = FARM_CREW.join("\n");
    // No referral offered, then the debrief kept.
    input.push_str("\n\ny\ncy.md\n");
    let (out, ok) = practice(home.path(), "en", &["--scenario", "farm-crew"], &input);
    assert!(ok, "{out}");
    // Something else in the folder is not a debrief.
    std::fs::write(home.path().join("notes.md"), "# my notes\n").unwrap();

    let dir = home.path().display().to_string();
    let (out, ok) = practice(home.path(), "es", &["summary", &dir], "");
    assert!(ok, "{out}");
    assert!(out.contains("Resumen de la clase: 3 resúmenes"), "{out}");
    assert!(out.contains("3 intentos"), "{out}");
    assert!(out.contains("Lo que más se pasó por alto:"), "{out}");
    // Everyone missed the growing debt; it comes first, with its label in Spanish.
    let first = out
        .lines()
        .skip_while(|l| !l.starts_with("Lo que más"))
        .nth(1)
        .unwrap();
    assert!(first.contains(": 3 de 3"), "{out}");
}

#[test]
fn role_play_in_lines_reveals_no_reply() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("tmp")).unwrap();
    let (out, ok) = practice(
        home.path(),
        "en",
        &["--scenario", "farm-crew", "--role-play"],
        "a\n1\n\nq\nn\n",
    );
    assert!(ok, "{out}");
    assert!(
        out.contains("Role-play: your partner plays the person"),
        "{out}"
    );
    assert!(out.contains("Role-play: your partner answers"), "{out}");
    assert!(
        !out.contains("No interpreter: you both speak Spanish"),
        "{out}"
    );
}
