//! Arbitrary bytes as a protocol file: loading, lint and a screening that declines every
//! question must never panic.
#![no_main]

use std::sync::Arc;

use lantern::diagnostic::SourceFile;
use lantern::engine::{Answer, ManualClock, Position, Screening};
use lantern::protocol::{lint, load_str};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = SourceFile::new("fuzz.toml", text.to_string());
    let (protocol, _) = load_str(&file);
    let Some(p) = protocol else { return };
    let diags = lint::check(&p, &file);
    let _ = lint::coverage(&p);
    for d in &diags {
        let _ = d.to_string();
    }
    let p = Arc::new(p);
    let lang = p.default_language().to_string();
    let clock = Arc::new(ManualClock::new(chrono::DateTime::UNIX_EPOCH));
    let Ok(mut s) = Screening::start(Arc::clone(&p), &lang, clock) else {
        return;
    };
    if s.acknowledge_consent().is_err() {
        return;
    }
    for _ in 0..p.question_count() + 1 {
        if let Position::Question(i) = s.position() {
            let _ = s.set_answer(i, Answer::Declined);
            let _ = s.render(&p.question(i).text);
        }
        if s.advance().is_err() {
            break;
        }
    }
});
