//! A light stemmer for folded Arabic words: clitics and the commonest
//! inflectional affixes off, no root extraction.
//!
//! It works on the folded form ([`fold`](super::fold)), so hamza seats, alef
//! maqsura and ta marbuta are already unified (ة is ه, ى is ي). In order:
//!
//! 1. **Conjunction + preposition + article**, the longest that matches:
//!    وبال فبال وكال فكال ولل فلل وال فال بال كال لل ال, when at least three
//!    letters remain (`والمفاوضات` → `مفاوضات`, `للرئيس` → `رئيس`; the
//!    ال of `الله` stays).
//! 2. Otherwise the **conjunction** و, when at least four letters remain
//!    (`وأضاف` → `اضاف`; `وزير` keeps its و). A و that belongs to the stem
//!    is lost when four letters follow it (`وزيرها` → `زيرها` → `زير`), the
//!    usual price of a light stemmer. ف, ب, ك and ل alone are never
//!    stripped: too many stems begin with them (فرنسا, بلد, كتب, لقاء).
//! 3. **One attached pronoun**: هما كما هم هن كم نا ها, when at least three
//!    letters remain (`وزيرها` → `وزير`).
//! 4. **One inflectional ending**: ات ان ون ين يه (nisba feminine, folded
//!    from ية), then ه (ta marbuta), then ي (nisba), when at least three
//!    letters remain (`مفاوضات` → `مفاوض`, `الروسيه` → `روس`).
//!
//! The stem is always a slice of the folded word, so stemming never
//! allocates. Like every light stemmer it conflates some words and splits
//! others; hadath's coder does not use it (conjugations are generated from
//! the lexicon instead, see ARCHITECTURE.md). It backs `hadath tokenize
//! --stem` and search-style uses.

/// Prefix groups of step 1, longest first.
const ARTICLE_PREFIXES: [&str; 12] = ["وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];
/// Attached pronouns of step 3, longest first.
const PRONOUNS: [&str; 7] = ["هما", "كما", "هم", "هن", "كم", "نا", "ها"];
/// Inflectional endings of step 4, longest first.
const ENDINGS: [&str; 7] = ["ات", "ان", "ون", "ين", "يه", "ه", "ي"];

#[inline]
fn letters(s: &str) -> usize {
    s.chars().count()
}

// Affixes are a few bytes long: comparing them byte by byte is several times
// faster than the general string comparison (a call into memcmp each).
#[inline]
fn has_prefix(w: &str, p: &str) -> bool {
    let (w, p) = (w.as_bytes(), p.as_bytes());
    w.len() >= p.len() && w.iter().zip(p).all(|(a, b)| a == b)
}

#[inline]
fn has_suffix(w: &str, p: &str) -> bool {
    let (w, p) = (w.as_bytes(), p.as_bytes());
    w.len() >= p.len() && w[w.len() - p.len()..].iter().zip(p).all(|(a, b)| a == b)
}

/// Removes the first of `affixes` that `w` ends with, if at least `min`
/// letters remain.
#[inline]
fn strip_suffix<'a>(w: &'a str, affixes: &[&str], min: usize) -> &'a str {
    for a in affixes {
        if has_suffix(w, a) {
            // an affix is whole characters, so the cut is at a boundary
            let rest = &w[..w.len() - a.len()];
            if letters(rest) >= min {
                return rest;
            }
        }
    }
    w
}

/// The light stem of a folded word (see the module documentation). Words of
/// other scripts, digits and short words come back unchanged.
pub fn light_stem(folded: &str) -> &str {
    let mut w = folded;
    let mut article = false;
    for p in ARTICLE_PREFIXES {
        if has_prefix(w, p) {
            let rest = &w[p.len()..];
            if letters(rest) >= 3 {
                w = rest;
                article = true;
                break;
            }
        }
    }
    if !article {
        if let Some(rest) = w.strip_prefix('و') {
            if letters(rest) >= 4 {
                w = rest;
            }
        }
    }
    w = strip_suffix(w, &PRONOUNS, 3);
    strip_suffix(w, &ENDINGS, 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn stem(word: &str) -> String {
        light_stem(&fold(word)).to_string()
    }

    #[test]
    fn strips_clitics_and_endings_of_news_words() {
        assert_eq!(stem("والمفاوضات"), "مفاوض");
        assert_eq!(stem("بالمحادثات"), "محادث");
        assert_eq!(stem("للرئيس"), "رئيس");
        assert_eq!(stem("الروسية"), "روس");
        assert_eq!(stem("وزيرها"), "زير");
        assert_eq!(stem("المسؤولين"), "مسؤول");
        assert_eq!(stem("والمتظاهرون"), "متظاهر");
        assert_eq!(stem("رئيسها"), "رئيس");
        assert_eq!(stem("وأضاف"), "اضاف");
        assert_eq!(stem("وأكّد"), "واكد");
        assert_eq!(stem("الهند"), "هند");
    }

    #[test]
    fn leaves_short_words_names_and_other_scripts() {
        assert_eq!(stem("وزير"), "وزير");
        assert_eq!(stem("في"), "في");
        assert_eq!(stem("الله"), "الل");
        assert_eq!(stem("فرنسا"), "فرنسا");
        assert_eq!(stem("بلد"), "بلد");
        assert_eq!(stem("Reuters"), "Reuters");
        assert_eq!(stem("٢٠١٨"), "2018");
        // any string is fine, affixes or not
        for w in ["", "ا", "ال", "وال", "للل", "😀ات", "abcات", "وو", "هما"] {
            assert!(w.contains(light_stem(w)) || fold(w).contains(light_stem(&fold(w))));
        }
    }
}
