//! A language tag as lantern passes it around: parsed (BCP 47) and in canonical form, so a
//! worker's language and a person's interview language are never arbitrary strings.

use std::fmt;
use std::str::FromStr;

/// A BCP 47 language tag in canonical form (`es`, `es-MX`, `zh-Hans`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LangTag(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a language tag (for example en, es-MX, zh-Hans)")]
pub struct NotATag(pub String);

impl LangTag {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A tag that was checked where it came from (a loaded protocol's languages: lint
    /// rule P020; the catalog's folders): English if it still is not one.
    pub fn checked(s: &str) -> LangTag {
        s.parse().unwrap_or_else(|_| LangTag::english())
    }

    /// English, the reference language.
    pub fn english() -> LangTag {
        LangTag(super::REFERENCE.to_string())
    }
}

impl FromStr for LangTag {
    type Err = NotATag;
    fn from_str(s: &str) -> Result<LangTag, NotATag> {
        let id: unic_langid::LanguageIdentifier = s.parse().map_err(|_| NotATag(s.to_string()))?;
        if s.trim().is_empty() {
            return Err(NotATag(s.to_string()));
        }
        Ok(LangTag(id.to_string()))
    }
}

impl fmt::Display for LangTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for LangTag {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for LangTag {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_parsed_and_canonical() {
        assert_eq!("es-mx".parse::<LangTag>().unwrap().as_str(), "es-MX");
        assert_eq!("zh-hans".parse::<LangTag>().unwrap().as_str(), "zh-Hans");
        assert!("".parse::<LangTag>().is_err());
        assert!("not a tag".parse::<LangTag>().is_err());
    }
}
