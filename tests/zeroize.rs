//! Secrets are overwritten before their memory is given back: this test binary's allocator
//! looks into every block freed while it watches and counts those still holding a marker.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

const MARKER: &[u8] = b"ZEROIZE-MARKER-7f3a9c";
/// A choice id (what a protocol allows) to find a multiple-choice answer's copies by.
const CHOICE_MARKER: &[u8] = b"zeroize_choice_7f3a9c";

static WATCHING: AtomicBool = AtomicBool::new(false);
static FOUND: AtomicUsize = AtomicUsize::new(0);

struct Watching;

// SAFETY: every call is passed to the system allocator unchanged; dealloc only reads the
// block it is handed, which is still valid until System.dealloc returns.
unsafe impl GlobalAlloc for Watching {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if WATCHING.load(Ordering::SeqCst) && layout.size() >= MARKER.len() {
            // SAFETY: the block is `layout.size()` bytes and not yet freed.
            let block = unsafe { std::slice::from_raw_parts(ptr, layout.size()) };
            if block
                .windows(MARKER.len())
                .any(|w| w == MARKER || w == CHOICE_MARKER)
            {
                FOUND.fetch_add(1, Ordering::SeqCst);
            }
        }
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Watching = Watching;

/// The notes of a screening in progress are overwritten when it goes (closed, locked,
/// quit): a heap dump or a later allocation must not find them.
#[test]
fn notes_are_overwritten_when_the_screening_in_progress_goes() {
    use lantern::i18n::LangTag;
    let fx = common::tui::Fixture::new();
    let mut s = fx.session();
    s.create_device_key(&common::tui::pass()).unwrap();
    let p = s.protocol("example").unwrap();
    let mut a = s
        .start(p, &LangTag::checked("en"), &LangTag::checked("en"))
        .unwrap();
    // Written in place, so no other heap copy of the marker exists.
    a.notes.reserve_exact(MARKER.len());
    a.notes.push_str(std::str::from_utf8(MARKER).unwrap());
    FOUND.store(0, Ordering::SeqCst);
    WATCHING.store(true, Ordering::SeqCst);
    drop(a);
    WATCHING.store(false, Ordering::SeqCst);
    assert_eq!(
        FOUND.load(Ordering::SeqCst),
        0,
        "a freed block still held the notes"
    );

    // The test can fail: a plain String with the marker is found when freed.
    let mut plain = String::with_capacity(MARKER.len());
    plain.push_str(std::str::from_utf8(MARKER).unwrap());
    WATCHING.store(true, Ordering::SeqCst);
    drop(plain);
    WATCHING.store(false, Ordering::SeqCst);
    assert_eq!(FOUND.load(Ordering::SeqCst), 1);
}

/// What the person said is overwritten when the screening holding it goes, and when an
/// answer is replaced: free text, and the choices of a multiple-choice answer.
#[test]
fn answers_are_overwritten_when_they_go() {
    use lantern::engine::{Answer, AnswerRecord};
    use lantern::protocol::QuestionIdx;
    let marker = || std::str::from_utf8(MARKER).unwrap().to_string();
    let p = common::example();
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    // Safe to talk: the work section (and its free-text question) opens.
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    let text = QuestionIdx::new(6);
    assert_eq!(p.question(text).id.as_str(), "language_note");
    // What was typed (the kept answer is trimmed), the same answer again, an answer refused
    // (hidden question, wrong kind): none of them leaves a copy behind.
    let watched = |s: &mut lantern::engine::Screening, i: QuestionIdx, a: Answer| {
        FOUND.store(0, Ordering::SeqCst);
        WATCHING.store(true, Ordering::SeqCst);
        let r = s.set_answer(i, a);
        WATCHING.store(false, Ordering::SeqCst);
        (r.is_ok(), FOUND.load(Ordering::SeqCst))
    };
    let spaced = || format!("  {}  ", marker());
    assert_eq!(watched(&mut s, text, Answer::Text(spaced())), (true, 0));
    assert_eq!(watched(&mut s, text, Answer::Text(spaced())), (true, 0));
    assert_eq!(
        watched(&mut s, QuestionIdx::new(0), Answer::Text(marker())),
        (false, 0)
    );
    let mut hidden = common::start(&p, "en");
    hidden.acknowledge_consent().unwrap();
    hidden.set_answer(QuestionIdx::new(0), Answer::No).unwrap();
    assert_eq!(
        watched(&mut hidden, text, Answer::Text(marker())),
        (false, 0)
    );
    drop(hidden);
    // A changed answer: the one it replaces goes.
    FOUND.store(0, Ordering::SeqCst);
    WATCHING.store(true, Ordering::SeqCst);
    s.set_answer(text, Answer::Text("something else".into()))
        .unwrap();
    WATCHING.store(false, Ordering::SeqCst);
    assert_eq!(FOUND.load(Ordering::SeqCst), 0, "the replaced answer");
    s.set_answer(text, Answer::Text(marker())).unwrap();
    FOUND.store(0, Ordering::SeqCst);
    WATCHING.store(true, Ordering::SeqCst);
    drop(s);
    WATCHING.store(false, Ordering::SeqCst);
    assert_eq!(FOUND.load(Ordering::SeqCst), 0, "the screening's answers");

    // Carried over to a newer version of the protocol: the copies made to check that each
    // answer still fits go.
    let mut s = common::start(&p, "en");
    s.acknowledge_consent().unwrap();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    s.set_answer(text, Answer::Text(marker())).unwrap();
    FOUND.store(0, Ordering::SeqCst);
    WATCHING.store(true, Ordering::SeqCst);
    let carried = s.carry_over(std::sync::Arc::clone(&p)).unwrap();
    WATCHING.store(false, Ordering::SeqCst);
    assert_eq!(FOUND.load(Ordering::SeqCst), 0, "carried over");
    drop((s, carried));

    // Which choices were picked: the answer and the copy conditions read go with the
    // screening (the protocol, which holds the id too, stays).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("example.toml");
    let choice = std::str::from_utf8(CHOICE_MARKER).unwrap();
    std::fs::write(
        &file,
        std::fs::read_to_string(common::fixture("protocols/valid/example.toml"))
            .unwrap()
            .replace("someone_else", choice),
    )
    .unwrap();
    let with_marker = common::protocol(&file);
    let mut s = common::start(&with_marker, "en");
    s.acknowledge_consent().unwrap();
    s.set_answer(QuestionIdx::new(0), Answer::Yes).unwrap();
    let documents = QuestionIdx::new(4);
    assert_eq!(with_marker.question(documents).id.as_str(), "documents");
    s.set_answer(documents, Answer::Choices(vec![choice.to_string()]))
        .unwrap();
    FOUND.store(0, Ordering::SeqCst);
    WATCHING.store(true, Ordering::SeqCst);
    drop(s);
    WATCHING.store(false, Ordering::SeqCst);
    assert_eq!(FOUND.load(Ordering::SeqCst), 0, "a multiple-choice answer");

    // Choice ids are the protocol's words, but which were chosen is what the person said.
    for answer in [Answer::Choice(marker()), Answer::Choices(vec![marker()])] {
        let record = AnswerRecord {
            answer,
            language: "en".into(),
            at: chrono::Utc::now(),
        };
        FOUND.store(0, Ordering::SeqCst);
        WATCHING.store(true, Ordering::SeqCst);
        drop(record);
        WATCHING.store(false, Ordering::SeqCst);
        assert_eq!(FOUND.load(Ordering::SeqCst), 0, "a choice answer");
    }
}
