//! What changed between two versions of a protocol, for its authors (`lantern protocols
//! diff OLD NEW`): items added, removed and changed by id, each text by language, and which
//! answers a draft carried over to the new version would leave behind.

use std::collections::BTreeSet;

use super::model::{Choice, Question, Section};
use super::{Condition, Protocol, Text};

/// One difference: `+` added, `-` removed, `~` changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub sign: char,
    /// What it is about: "question `pay`", "consent script".
    pub item: String,
    /// What changed; empty for whole items added or removed.
    pub detail: String,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.sign, self.item)?;
        if !self.detail.is_empty() {
            write!(f, ": {}", self.detail)?;
        }
        Ok(())
    }
}

/// The differences from `old` to `new`, and the ids of the questions whose answers a draft
/// moved to `new` may lose (removed, another type, choices removed, another range).
pub fn diff(old: &Protocol, new: &Protocol) -> (Vec<Change>, Vec<String>) {
    let mut d = Diff::default();
    let (ho, hn) = (&old.file.protocol, &new.file.protocol);
    if ho.version != hn.version {
        d.changed("version", format!("{} -> {}", ho.version, hn.version));
    }
    let langs = |p: &Protocol| p.languages().map(str::to_string).collect::<BTreeSet<_>>();
    let (lo, ln) = (langs(old), langs(new));
    for l in ln.difference(&lo) {
        d.push('+', format!("language {l}"), String::new());
    }
    for l in lo.difference(&ln) {
        d.push('-', format!("language {l}"), String::new());
    }
    d.text("title", &ho.title, &hn.title);
    d.opt_text(
        "description",
        ho.description.as_ref(),
        hn.description.as_ref(),
    );
    let (co, cn) = (&old.file.consent, &new.file.consent);
    d.opt_text(
        "consent introduction",
        co.introduction.as_ref(),
        cn.introduction.as_ref(),
    );
    d.text("consent script", &co.script, &cn.script);
    d.opt_text(
        "consent guidance",
        co.guidance.as_ref(),
        cn.guidance.as_ref(),
    );
    if co.mandatory_reporting_notice != cn.mandatory_reporting_notice {
        d.changed(
            "consent",
            format!(
                "mandatory_reporting_notice {} -> {}",
                co.mandatory_reporting_notice, cn.mandatory_reporting_notice
            ),
        );
    }
    d.sections(old.sections(), new.sections());
    d.questions(old, new);
    let defs = |p: &Protocol| -> Vec<(String, String, String, Text)> {
        let f = &p.file;
        let mut v: Vec<(String, String, String, Text)> = Vec::new();
        v.extend(f.indicators.iter().map(|x| {
            let needs: Vec<&str> = x.needs.iter().map(|n| n.value.as_str()).collect();
            let shape = format!("needs [{}]", needs.join(", "));
            (
                "indicator".into(),
                x.id.value.clone(),
                format!("{}|{shape}", cond(Some(&x.when))),
                x.label.clone(),
            )
        }));
        v.extend(f.needs.iter().map(|x| {
            let shape = format!("{:?}", x.category);
            (
                "need".into(),
                x.id.value.clone(),
                format!("{}|category {shape}", cond(x.when.as_ref())),
                x.label.clone(),
            )
        }));
        v.extend(f.urgent.iter().map(|x| {
            (
                "urgent flag".into(),
                x.id.value.clone(),
                format!("{}|{} steps", cond(Some(&x.when)), x.steps.len()),
                x.label.clone(),
            )
        }));
        v.extend(f.preferences.iter().map(|x| {
            (
                "preference".into(),
                x.id.value.clone(),
                format!("{}|{:?}", cond(Some(&x.when)), x.wants),
                x.label.clone(),
            )
        }));
        v
    };
    let (dold, dnew) = (defs(old), defs(new));
    for (kind, id, shape, label) in &dnew {
        match dold.iter().find(|(k, i, ..)| k == kind && i == id) {
            None => d.push('+', format!("{kind} `{id}`"), String::new()),
            Some((_, _, oshape, olabel)) => {
                let item = format!("{kind} `{id}`");
                let (ow, nw) = (oshape.split('|'), shape.split('|'));
                for (n, (a, b)) in ow.zip(nw).enumerate() {
                    if a != b {
                        let what = if n == 0 { "condition" } else { "" };
                        d.changed(
                            &item,
                            format!(
                                "{what}{}`{a}` -> `{b}`",
                                if what.is_empty() { "" } else { " " }
                            ),
                        );
                    }
                }
                d.text(&format!("{item} label"), olabel, label);
            }
        }
    }
    for (kind, id, ..) in &dold {
        if !dnew.iter().any(|(k, i, ..)| k == kind && i == id) {
            d.push('-', format!("{kind} `{id}`"), String::new());
        }
    }
    for u in &new.file.urgent {
        if let Some(o) = old.file.urgent.iter().find(|o| o.id.value == u.id.value) {
            for (n, (a, b)) in o.steps.iter().zip(&u.steps).enumerate() {
                d.text(
                    &format!("urgent flag `{}` step {}", u.id.value, n + 1),
                    a,
                    b,
                );
            }
        }
    }
    let (oo, on) = (&old.file.outcomes, &new.file.outcomes);
    for n in 0..oo.len().max(on.len()) {
        let item = format!("outcome rule {}", n + 1);
        match (oo.get(n), on.get(n)) {
            (Some(a), Some(b)) => {
                if a.level != b.level || cond(Some(&a.when)) != cond(Some(&b.when)) {
                    d.changed(
                        &item,
                        format!(
                            "{:?} when `{}` -> {:?} when `{}`",
                            a.level,
                            cond(Some(&a.when)),
                            b.level,
                            cond(Some(&b.when))
                        ),
                    );
                }
                d.text(&format!("{item} text"), &a.text, &b.text);
            }
            (None, Some(_)) => d.push('+', item, String::new()),
            (Some(_), None) => d.push('-', item, String::new()),
            (None, None) => {}
        }
    }
    (d.changes, d.left_behind)
}

#[derive(Default)]
struct Diff {
    changes: Vec<Change>,
    left_behind: Vec<String>,
}

impl Diff {
    fn push(&mut self, sign: char, item: String, detail: String) {
        self.changes.push(Change { sign, item, detail });
    }

    fn changed(&mut self, item: &str, detail: String) {
        self.push('~', item.to_string(), detail);
    }

    /// Per language: added, removed, reworded.
    fn text(&mut self, item: &str, a: &Text, b: &Text) {
        let (mut added, mut removed, mut reworded) = (Vec::new(), Vec::new(), Vec::new());
        for (l, p) in &b.by_lang {
            match a.by_lang.get(l) {
                None => added.push(l.as_str()),
                Some(q) if q.source.trim() != p.source.trim() => reworded.push(l.as_str()),
                Some(_) => {}
            }
        }
        removed.extend(
            a.by_lang
                .keys()
                .filter(|l| !b.by_lang.contains_key(*l))
                .map(String::as_str),
        );
        let mut parts = Vec::new();
        for (what, ls) in [
            ("reworded", reworded),
            ("added", added),
            ("removed", removed),
        ] {
            if !ls.is_empty() {
                parts.push(format!("text {what} ({})", ls.join(", ")));
            }
        }
        if !parts.is_empty() {
            self.changed(item, parts.join("; "));
        }
    }

    fn opt_text(&mut self, item: &str, a: Option<&Text>, b: Option<&Text>) {
        match (a, b) {
            (Some(a), Some(b)) => self.text(item, a, b),
            (None, Some(_)) => self.push('+', item.to_string(), String::new()),
            (Some(_), None) => self.push('-', item.to_string(), String::new()),
            (None, None) => {}
        }
    }

    fn sections(&mut self, old: &[Section], new: &[Section]) {
        for s in new {
            let item = format!("section `{}`", s.id.value);
            match old.iter().find(|o| o.id.value == s.id.value) {
                None => self.push('+', item, String::new()),
                Some(o) => {
                    self.text(&format!("{item} title"), &o.title, &s.title);
                    self.opt_text(&format!("{item} intro"), o.intro.as_ref(), s.intro.as_ref());
                    self.condition(&item, o.show_if.as_ref(), s.show_if.as_ref());
                }
            }
        }
        for o in old {
            if !new.iter().any(|s| s.id.value == o.id.value) {
                self.push('-', format!("section `{}`", o.id.value), String::new());
            }
        }
    }

    fn condition(&mut self, item: &str, a: Option<&Condition>, b: Option<&Condition>) {
        let (a, b) = (cond(a), cond(b));
        if a != b {
            let shown = |c: &str| {
                if c.is_empty() {
                    "always".to_string()
                } else {
                    format!("`{c}`")
                }
            };
            self.changed(item, format!("shown when {} -> {}", shown(&a), shown(&b)));
        }
    }

    fn questions(&mut self, old: &Protocol, new: &Protocol) {
        let section = |p: &Protocol, id: &str| {
            p.question_index(id)
                .map(|i| p.sections()[p.section_of(i).index()].id.value.clone())
                .unwrap_or_default()
        };
        for (_, q) in new.questions() {
            let id = &q.id.value;
            let item = format!("question `{id}`");
            let Some(oi) = old.question_index(id) else {
                let text = q
                    .text
                    .render(new.default_language(), new.default_language(), None);
                self.push(
                    '+',
                    item,
                    format!("in section `{}`: \"{}\"", section(new, id), text.trim()),
                );
                continue;
            };
            let o = old.question(oi);
            let (so, sn) = (section(old, id), section(new, id));
            if so != sn {
                self.changed(&item, format!("moved from section `{so}` to `{sn}`"));
            }
            self.question(&item, o, q);
        }
        for (_, o) in old.questions() {
            if new.question_index(&o.id.value).is_none() {
                self.push(
                    '-',
                    format!("question `{}`", o.id.value),
                    format!("from section `{}`", section(old, &o.id.value)),
                );
                self.left_behind.push(o.id.value.clone());
            }
        }
    }

    fn question(&mut self, item: &str, o: &Question, q: &Question) {
        let mut loses = false;
        if o.kind.value != q.kind.value {
            self.changed(
                item,
                format!("type {:?} -> {:?}", o.kind.value, q.kind.value),
            );
            loses = true;
        }
        self.text(item, &o.text, &q.text);
        self.opt_text(
            &format!("{item} guidance"),
            o.guidance.as_ref(),
            q.guidance.as_ref(),
        );
        self.opt_text(
            &format!("{item} why we ask"),
            o.purpose.as_ref(),
            q.purpose.as_ref(),
        );
        self.opt_text(&format!("{item} unit"), o.unit.as_ref(), q.unit.as_ref());
        self.condition(item, o.show_if.as_ref(), q.show_if.as_ref());
        for (what, a, b) in [
            ("sensitive", o.sensitive, q.sensitive),
            ("read aloud", o.read_aloud, q.read_aloud),
        ] {
            if a != b {
                self.changed(item, format!("{what} {a} -> {b}"));
            }
        }
        if (o.min, o.max) != (q.min, q.max) {
            let r = |min: Option<i64>, max: Option<i64>| {
                format!(
                    "{}..{}",
                    min.map(|v| v.to_string()).unwrap_or_default(),
                    max.map(|v| v.to_string()).unwrap_or_default()
                )
            };
            self.changed(
                item,
                format!("range {} -> {}", r(o.min, o.max), r(q.min, q.max)),
            );
            loses = true;
        }
        if o.max_length != q.max_length {
            self.changed(
                item,
                format!("max_length {:?} -> {:?}", o.max_length, q.max_length),
            );
            loses = true;
        }
        let check = |q: &Question| q.check.as_ref().map(|c| format!("{:?}", c.value));
        if check(o) != check(q) {
            self.changed(item, format!("check {:?} -> {:?}", check(o), check(q)));
        }
        loses |= self.choices(item, &o.choices, &q.choices);
        if loses {
            self.left_behind.push(q.id.value.clone());
        }
    }

    /// Whether a choice was removed (an answer naming it no longer fits).
    fn choices(&mut self, item: &str, old: &[Choice], new: &[Choice]) -> bool {
        let ids = |v: &[Choice]| v.iter().map(|c| c.id.value.clone()).collect::<Vec<_>>();
        let (io, inew) = (ids(old), ids(new));
        let added: Vec<String> = inew
            .iter()
            .filter(|c| !io.contains(c))
            .map(|c| format!("`{c}`"))
            .collect();
        let removed: Vec<String> = io
            .iter()
            .filter(|c| !inew.contains(c))
            .map(|c| format!("`{c}`"))
            .collect();
        if !added.is_empty() {
            self.changed(item, format!("choices added: {}", added.join(", ")));
        }
        if !removed.is_empty() {
            self.changed(item, format!("choices removed: {}", removed.join(", ")));
        }
        for c in new {
            if let Some(o) = old.iter().find(|o| o.id.value == c.id.value) {
                self.text(
                    &format!("{item} choice `{}`", c.id.value),
                    &o.label,
                    &c.label,
                );
                if o.is_exclusive() != c.is_exclusive() || o.ages != c.ages {
                    self.changed(
                        &format!("{item} choice `{}`", c.id.value),
                        "exclusive or ages changed".to_string(),
                    );
                }
            }
        }
        let common: Vec<&String> = inew.iter().filter(|c| io.contains(c)).collect();
        let old_order: Vec<&String> = io.iter().filter(|c| inew.contains(c)).collect();
        if common != old_order {
            self.changed(item, "choices reordered".to_string());
        }
        !removed.is_empty()
    }
}

fn cond(c: Option<&Condition>) -> String {
    c.map(|c| c.source.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}
