//! What a translator is told about each text (the PO file's `#.` lines): what it is for,
//! who reads it to whom, and how much room it has on an 80x24 terminal, the smallest
//! screen lantern is used on. The numbers are those of the screens' layout: the question
//! box is 78 columns inside, a choice has 72 after its number and mark.

use super::fluent_texts::{Message, variables};
use super::protocol_texts::Text;

/// The notes for a protocol text.
pub fn for_protocol(t: &Text) -> Vec<String> {
    let (what, room) = match (t.owner(), t.field()) {
        ("protocol", "title") => (
            "The protocol's name, in lists and at the top of the screens.",
            "One line: about 50 columns.",
        ),
        ("protocol", "description") => (
            "Says what the protocol is for, on the start screen, to the worker.",
            "Wraps; two or three lines.",
        ),
        ("protocol", "intended_use") => (
            "Who the protocol is for and what a result means; shown to the worker.",
            "Wraps; no limit.",
        ),
        ("consent", _) => (
            "The consent script: the worker reads it ALOUD to the person before any question. Keep the blanks (___) where the worker says their name and organization.",
            "Scrolls; no limit, but it is said aloud: plain words, short sentences.",
        ),
        ("section", "title") => (
            "A section's heading, shown to the worker above its questions.",
            "One line: about 60 columns.",
        ),
        ("section", "intro") => (
            "Said to the person when a section starts.",
            "Wraps at 78 columns; one or two lines.",
        ),
        (_, "text") if t.in_question() && t.read_aloud => (
            "A question the worker reads ALOUD to the person, word for word.",
            "Wraps at 78 columns; three lines or less, so that the choices fit.",
        ),
        (_, "text") if t.in_question() => (
            "A question the worker answers (it is not read to the person).",
            "Wraps at 78 columns; three lines or less.",
        ),
        (_, "label") if t.in_choice() => (
            "An answer choice the worker selects; read aloud with the question when it offers options.",
            "One line: 72 columns at 80x24.",
        ),
        (_, "guidance") => (
            "Guidance for the worker only (never read aloud).",
            "Wraps in a panel; keep it short.",
        ),
        (_, "purpose") => (
            "\"Why we ask\": said to the person when they ask why a question is asked.",
            "Wraps at 78 columns; one or two sentences.",
        ),
        ("urgent", "label") => (
            "The name of an urgent situation, in the banner the worker sees.",
            "One line: about 60 columns.",
        ),
        ("urgent", "steps") => (
            "One of the organization's response steps the worker follows when the situation is urgent.",
            "Wraps; one or two sentences.",
        ),
        ("indicator", _) | ("need", _) => (
            "The name of an indicator or need in the results and the record, for the worker and the organization; never a determination about the person.",
            "One line: about 60 columns.",
        ),
        ("outcome", _) => (
            "A screening result shown to the worker at the end; never a determination about the person.",
            "Wraps; one or two sentences.",
        ),
        ("preference", _) => (
            "Something the person can ask of services (e.g. a woman counselor), read to them and shown in the referrals.",
            "One line: about 60 columns.",
        ),
        _ => ("A text of the protocol.", "Wraps at 78 columns."),
    };
    vec![what.to_string(), format!("Room at 80x24: {room}")]
}

/// The notes for a message of the screens' catalog.
pub fn for_message(m: &Message) -> Vec<String> {
    let mut v: Vec<String> = m.comment.clone();
    if let Some(g) = &m.group {
        v.push(format!("Part of the screens: {g}."));
    }
    let id = m.id.as_str();
    let room = if id.starts_with("key-") {
        "A hint-bar entry beside its key: one or two words."
    } else if id.starts_with("language-") {
        "A language's name as its speakers write it (language-in-text-*: the name in this language)."
    } else if id.starts_with("plain-") {
        "Plain mode: read out by screen readers, one line of an 80-column terminal."
    } else if id.starts_with("help-") {
        "A line of the help overlay: fits 70 columns."
    } else {
        "Fits an 80x24 terminal: one line of 76 columns unless the English is longer."
    };
    v.push(room.to_string());
    let vars = variables(&m.text);
    if !vars.is_empty() {
        let list: Vec<String> = vars.iter().map(|x| format!("{{ ${x} }}")).collect();
        v.push(format!(
            "Keep {} as they are (filled in by the program); keep the shape of `{{ $x -> [one] … *[other] … }}` and translate the words inside.",
            list.join(", ")
        ));
    }
    if m.text.contains('\n') {
        v.push("Keep the line breaks of a multi-line text.".to_string());
    }
    v
}
