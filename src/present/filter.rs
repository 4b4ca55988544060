//! Filtering a list by typing: case- and accent-insensitive matching with nucleo (as in
//! helix), so "peru" finds "Perú" and "viec" finds "Việc". Each word typed must appear as
//! it is typed (nucleo's substring atoms): a fuzzy subsequence match offers too many wrong
//! choices on short lists ("dom" would find "field work ... farm"). The list keeps its
//! order: numbers a worker learned stay where they were.
//!
//! nucleo folds Latin-1 accents itself but not Vietnamese letters with two marks (ệ, ở):
//! both sides are first decomposed (NFD) and stripped of combining marks here.

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Without accents or marks: "Việc" -> "Viec", "Đà" -> "Da".
pub(crate) fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        .collect()
}

pub(crate) struct Filter {
    pattern: Option<Pattern>,
    matcher: Matcher,
    buf: Vec<char>,
}

impl Filter {
    /// An empty or blank query matches everything.
    pub(crate) fn new(query: &str) -> Filter {
        let pattern = (!query.trim().is_empty()).then(|| {
            Pattern::new(
                &fold(query),
                CaseMatching::Ignore,
                Normalization::Never,
                AtomKind::Substring,
            )
        });
        Filter {
            pattern,
            matcher: Matcher::new(Config::DEFAULT),
            buf: Vec::new(),
        }
    }

    pub(crate) fn matches(&mut self, text: &str) -> bool {
        match &self.pattern {
            None => true,
            Some(p) => p
                .score(Utf32Str::new(&fold(text), &mut self.buf), &mut self.matcher)
                .is_some(),
        }
    }
}

/// The positions of the items that match `query`, in their order.
pub(crate) fn matching<'a>(query: &str, items: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
    let mut f = Filter::new(query);
    items
        .into_iter()
        .enumerate()
        .filter(|(_, t)| f.matches(t))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_do_not_matter() {
        let items = ["Perú", "México", "Nhà hàng", "Restaurante", "花园"];
        assert_eq!(matching("peru", items), [0]);
        assert_eq!(matching("MEXICO", items), [1]);
        assert_eq!(matching("nha", items), [2]);
        assert_eq!(matching("rest", items), [3]);
        assert_eq!(matching("花", items), [4]);
        // Words must appear as typed, not scattered.
        assert!(matching("pu", items).is_empty());
        assert_eq!(matching("", items), [0, 1, 2, 3, 4]);
        assert_eq!(matching("  ", items), [0, 1, 2, 3, 4]);
        assert!(matching("zzz", items).is_empty());
    }

    #[test]
    fn vietnamese_and_tagalog_letters_fold() {
        let items = ["Việc làm", "Nông trại", "Pagtatrabaho sa bukid", "Đà Nẵng"];
        assert_eq!(matching("viec", items), [0]);
        assert_eq!(matching("nong", items), [1]);
        assert_eq!(matching("bukid", items), [2]);
        assert_eq!(matching("da nang", items), [3]);
        assert_eq!(fold("Việc Đà ở"), "Viec Da o");
    }
}
