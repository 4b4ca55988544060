//! Which languages to try, in order, by the standard: each tag is completed with CLDR's
//! likely subtags (unic-langid's `maximize`), so `zh-CN` and `zh-SG` reach the Simplified
//! Chinese catalog (`zh-Hans`) and `zh-TW`, `zh-HK` never do (Traditional script: English
//! with the fallback marker, never Simplified text passed off as the person's script).
//! A regional catalog is used only for its own region (`es-MX` never falls back to `es-AR`);
//! a catalog with no region serves every region of its language and script.

use unic_langid::LanguageIdentifier;

/// `es_MX.UTF-8` -> `es-MX`; `C`, `POSIX` and empty values -> None.
pub fn normalize_tag(raw: &str) -> Option<String> {
    let base = raw.split(['.', '@']).next().unwrap_or("").trim();
    if base.is_empty() || base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    let tag = base.replace('_', "-");
    let parsed: LanguageIdentifier = tag.parse().ok()?;
    Some(parsed.to_string())
}

/// The user's languages from the environment, in order: GNU `LANGUAGE` (a `:` list, used
/// only with a real locale, as gettext does), then `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX
/// order, the first set), then the platform's setting.
pub fn system_locales() -> Vec<String> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let set = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| var(v));
    let posix = set.as_deref().and_then(normalize_tag);
    let mut out: Vec<String> = Vec::new();
    if posix.is_some()
        && let Some(list) = var("LANGUAGE")
    {
        out.extend(list.split(':').filter_map(normalize_tag));
    }
    out.extend(posix);
    // The platform's own setting only where the POSIX variables are not used at all
    // (Windows, a macOS app): `LANG=C` means the C locale, English.
    if set.is_none() {
        out.extend(sys_locale::get_locale().and_then(|l| normalize_tag(&l)));
    }
    out.dedup();
    out
}

/// The first of [`system_locales`].
pub fn system_locale() -> Option<String> {
    system_locales().into_iter().next()
}

/// Language codes that name the same language as a catalog's: the deprecated Norwegian
/// macrolanguage and the Filipino standard of Tagalog.
fn alias(tag: &LanguageIdentifier) -> LanguageIdentifier {
    let lang = match tag.language.as_str() {
        "no" => "nb",
        "fil" => "tl",
        "iw" => "he",
        "in" => "id",
        "ji" => "yi",
        _ => return tag.clone(),
    };
    let mut out = tag.clone();
    if let Ok(l) = lang.parse() {
        out.language = l;
    }
    out
}

fn maximized(tag: &LanguageIdentifier) -> LanguageIdentifier {
    let mut m = alias(tag);
    m.maximize();
    m
}

/// For each requested tag, the available catalogs of the same language and script (after
/// likely subtags), best first: the tag itself, the one for its region, the one with no
/// region; then `default`. Each once; matching ignores case.
pub fn fallback_chain(requested: &[String], available: &[String], default: &str) -> Vec<String> {
    let avail: Vec<(String, Option<LanguageIdentifier>)> = available
        .iter()
        .map(|a| (a.clone(), a.parse().ok()))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut push = |tag: &str| {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(tag)) {
            out.push(tag.to_string());
        }
    };
    for r in requested {
        // The exact tag first, whatever it is.
        if let Some((a, _)) = avail.iter().find(|(a, _)| a.eq_ignore_ascii_case(r)) {
            push(a);
        }
        let Ok(want) = r.parse::<LanguageIdentifier>() else {
            continue;
        };
        let want_max = maximized(&want);
        let mut ranked: Vec<(u8, &String)> = avail
            .iter()
            .filter_map(|(a, id)| {
                let id = id.as_ref()?;
                let have = maximized(id);
                if have.language != want_max.language || have.script != want_max.script {
                    return None;
                }
                match id.region {
                    // A regional catalog only for its own region.
                    Some(reg) if Some(reg) == want_max.region => Some((0, a)),
                    Some(_) => None,
                    None => Some((1, a)),
                }
            })
            .collect();
        ranked.sort();
        for (_, a) in ranked {
            push(a);
        }
    }
    if let Some((a, _)) = avail.iter().find(|(a, _)| a.eq_ignore_ascii_case(default)) {
        push(a);
    }
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
            fallback_chain(&s(&["es-AR"]), &avail, "en"),
            s(&["es-AR", "es", "en"])
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
