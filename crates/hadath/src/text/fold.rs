//! Orthographic folding of Arabic for matching.
//!
//! News spells the same word many ways: with or without diacritics and
//! tatweel, with any hamza seat on alef, alef maqsura for ya, ta marbuta for
//! ha, Persian letters, Arabic-Indic digits. Folding maps all of them to one
//! form. It works character by character, so a folded token maps back to the
//! original through the token's own span.

/// Folds one character: `None` when it is dropped (diacritics, tatweel,
/// zero-width and bidi marks), otherwise its matching form.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    match c {
        // harakat, tanwin, shadda, sukun, superscript alef, Quranic marks
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => None,
        // tatweel, zero-width joiners, bidi marks, soft hyphen
        '\u{0640}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{00AD}' | '\u{FEFF}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Some('ا'),
        'ى' | 'ی' | 'ې' => Some('ي'),
        'ة' => Some('ه'),
        'ک' => Some('ك'),
        'گ' => Some('ك'),
        'ڤ' => Some('ف'),
        'پ' => Some('ب'),
        'چ' => Some('ج'),
        '٠'..='٩' => char::from_u32(c as u32 - '٠' as u32 + '0' as u32),
        '۰'..='۹' => char::from_u32(c as u32 - '۰' as u32 + '0' as u32),
        _ => Some(c),
    }
}

/// Appends the folded form of `s` to `out`.
///
/// Letters that fold to themselves are copied in runs; a character of the
/// Arabic block (two bytes in UTF-8) is looked up in [`arabic_folds`]
/// rather than decoded and matched; any other character goes through
/// [`fold_char`].
#[inline]
pub fn fold_into(s: &str, out: &mut String) {
    // a folded character is never longer than the original one
    out.reserve(s.len());
    let table = arabic_folds();
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII folds to itself
            i += 1;
            continue;
        }
        let (len, folded) = if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
            let cp = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
            (2, table[(cp - 0x600) as usize])
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.len_utf8(), ArabicFold::of(c, fold_char(c))),
                None => break,
            }
        };
        match folded {
            ArabicFold::Same => {}
            ArabicFold::Drop => {
                out.push_str(&s[run..i]);
                run = i + len;
            }
            ArabicFold::To(f) => {
                out.push_str(&s[run..i]);
                out.push(f);
                run = i + len;
            }
        }
        i += len;
    }
    out.push_str(&s[run..]);
}

/// What folding does to one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ArabicFold {
    Same,
    Drop,
    To(char),
}

impl ArabicFold {
    #[inline]
    fn of(c: char, folded: Option<char>) -> ArabicFold {
        match folded {
            None => ArabicFold::Drop,
            Some(f) if f == c => ArabicFold::Same,
            Some(f) => ArabicFold::To(f),
        }
    }
}

/// [`fold_char`] of U+0600 to U+06FF, made once.
fn arabic_folds() -> &'static [ArabicFold; 256] {
    static TABLE: std::sync::OnceLock<[ArabicFold; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [ArabicFold::Same; 256];
        for (k, x) in t.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(0x600 + k as u32) {
                *x = ArabicFold::of(c, fold_char(c));
            }
        }
        t
    })
}

/// The folded form of `s`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Strips the definite article from a folded word when what remains is still
/// a word (two letters or more): `السعوديه` → `سعوديه`, `الله` stays.
#[inline]
pub fn strip_article(w: &str) -> &str {
    match w.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => w,
    }
}

/// Whether `raw`, as written, begins with the definite article: a plain
/// alef (or alef wasla), then lam, then at least two more letters. A hamza
/// seat is part of the word: "ألمانيا" has no article, "الهند" has.
pub fn has_article(raw: &str) -> bool {
    let mut letters = raw.chars().filter(|&c| fold_char(c).is_some());
    // (two more letters at least: the rest of a long word is not counted)
    matches!((letters.next(), letters.next()), (Some('ا' | 'ٱ'), Some('ل'))) && letters.nth(1).is_some()
}

/// The matching key of a written word: folded, without the article when it
/// is written with one; and whether it was.
pub fn match_key(raw: &str) -> (String, bool) {
    let mut f = fold(raw);
    if has_article(raw) && f.starts_with("ال") {
        f.drain(.."ال".len());
        return (f, true);
    }
    (f, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_hamza_seats_diacritics_and_tatweel() {
        assert_eq!(fold("إيران"), "ايران");
        assert_eq!(fold("أكّد"), "اكد");
        assert_eq!(fold("قُدُماً"), "قدما");
        assert_eq!(fold("الأمـــم"), "الامم");
        assert_eq!(fold("حليفة"), "حليفه");
        assert_eq!(fold("مصطفى"), "مصطفي");
        assert_eq!(fold("٢٢٥٤"), "2254");
    }

    #[test]
    fn fold_into_is_fold_char_of_every_character() {
        let chars: Vec<char> = (0..0x3000u32)
            .chain(0xFE70..0xFF00)
            .chain([0x1F600, 0x10FFFF])
            .filter_map(char::from_u32)
            .collect();
        let want = |s: &str| s.chars().filter_map(fold_char).collect::<String>();
        for c in &chars {
            let s = format!("ب{c}ـa{c}");
            let mut got = String::from("x");
            fold_into(&s, &mut got);
            assert_eq!(got, format!("x{}", want(&s)), "{c:?}");
        }
        let all: String = chars.iter().collect();
        assert_eq!(fold(&all), want(&all));
        assert_eq!(fold(""), "");
    }

    #[test]
    fn keeps_hamza_on_waw_and_ya() {
        assert_eq!(fold("مؤتمر"), "مؤتمر");
        assert_eq!(fold("رئيس"), "رئيس");
    }

    #[test]
    fn hamza_on_alef_is_not_an_article() {
        assert_eq!(match_key("ألمانيا"), ("المانيا".to_string(), false));
        assert_eq!(match_key("الهند"), ("هند".to_string(), true));
        assert_eq!(match_key("التقى"), ("تقي".to_string(), true));
        assert_eq!(match_key("ألعاب"), ("العاب".to_string(), false));
    }

    #[test]
    fn article_is_stripped_only_from_real_words() {
        assert_eq!(strip_article("السعوديه"), "سعوديه");
        assert_eq!(strip_article("اله"), "اله");
        assert_eq!(strip_article("روسيا"), "روسيا");
    }
}
