//! Which languages to try, in order. Built by hand rather than with a negotiation library:
//! `es-MX` falls back to `es`, then to English, and never to a sibling region (`es-AR`).

/// `es_MX.UTF-8` -> `es-MX`; `C`, `POSIX` and empty values -> None.
pub fn normalize_tag(raw: &str) -> Option<String> {
    let base = raw.split(['.', '@']).next().unwrap_or("").trim();
    if base.is_empty() || base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    let tag = base.replace('_', "-");
    let parsed: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    Some(parsed.to_string())
}

/// The user's language from the environment: `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX order),
/// then the platform's setting.
pub fn system_locale() -> Option<String> {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && let Some(tag) = normalize_tag(&v)
        {
            return Some(tag);
        }
    }
    sys_locale::get_locale().and_then(|l| normalize_tag(&l))
}

/// For each requested tag: itself, then shorter forms (`zh-Hans-CN`, `zh-Hans`, `zh`); then
/// `default`. Only available languages are kept, each once. Matching ignores case.
pub fn fallback_chain(requested: &[String], available: &[String], default: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |tag: &str| {
        if let Some(a) = available.iter().find(|a| a.eq_ignore_ascii_case(tag))
            && !out.contains(a)
        {
            out.push(a.clone());
        }
    };
    for r in requested {
        let parts: Vec<&str> = r.split('-').collect();
        for n in (1..=parts.len()).rev() {
            push(&parts[..n].join("-"));
        }
    }
    push(default);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn posix_locales_become_tags() {
        assert_eq!(normalize_tag("es_MX.UTF-8").as_deref(), Some("es-MX"));
        assert_eq!(normalize_tag("zh_CN@pinyin").as_deref(), Some("zh-CN"));
        assert_eq!(normalize_tag("C.UTF-8"), None);
        assert_eq!(normalize_tag("POSIX"), None);
        assert_eq!(normalize_tag(""), None);
    }

    #[test]
    fn chains_fall_back_to_parents_then_english_never_to_siblings() {
        let avail = s(&["en", "es", "es-AR", "zh-Hans", "vi"]);
        assert_eq!(
            fallback_chain(&s(&["es-MX"]), &avail, "en"),
            s(&["es", "en"])
        );
        assert_eq!(
            fallback_chain(&s(&["zh-Hans-CN"]), &avail, "en"),
            s(&["zh-Hans", "en"])
        );
        assert_eq!(
            fallback_chain(&s(&["fr", "vi"]), &avail, "en"),
            s(&["vi", "en"])
        );
        assert_eq!(fallback_chain(&s(&["EN-us"]), &avail, "en"), s(&["en"]));
        assert_eq!(fallback_chain(&[], &avail, "en"), s(&["en"]));
    }
}
