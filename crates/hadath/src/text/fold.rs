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
#[inline]
pub fn fold_into(s: &str, out: &mut String) {
    // a folded character is never longer than the original one
    out.reserve(s.len());
    for c in s.chars() {
        if let Some(f) = fold_char(c) {
            out.push(f);
        }
    }
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
    matches!((letters.next(), letters.next()), (Some('ا' | 'ٱ'), Some('ل'))) && letters.count() >= 2
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
