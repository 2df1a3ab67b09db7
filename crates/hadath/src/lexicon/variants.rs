//! Spelling variants of transliterated person names.
//!
//! Foreign names reach Arabic through several transliterations: the g of
//! "Sergey" is غ, ج or ق; a short e or i is written ي or not at all ("Pompeo"
//! is بومبيو and بومبو). Rather than listing every spelling in the lexicon,
//! each person name is expanded here. Folding (hamza, ya, ta marbuta) is
//! handled elsewhere.
//!
//! A guess can be an ordinary word: "لابيد" without its ي is "لابد" (must),
//! "لفتيت" is "لفتت" (she pointed out). So a family name used alone loses no
//! ي when fewer than five letters would be left, a name written with the
//! article (an Arabic name, whose ي belongs to its pattern: "الوحيشي") loses
//! none, and the lexicon drops a guess that is a word it knows otherwise
//! (`Lexicon::from_sources`).

const MAX_VARIANTS: usize = 24;

/// Variants of a single word: itself, g-letter swaps, and one inner ي
/// dropped (not from a word with the article, nor, in a name of one word
/// (`alone`), when fewer than five letters would be left); a name of one
/// word under five letters has none.
fn word_variants(word: &str, alone: bool) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = vec![word.to_string()];
    // (a short name alone is too like other words: "جيله" with غ is "غيلة")
    if chars.len() < 4 || (alone && chars.len() < 5) {
        return out;
    }
    let drop_ya = !word.starts_with("ال") && !(alone && chars.len() < 6);
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, 'غ' | 'ج') {
            for alt in ['غ', 'ج'] {
                if alt != c {
                    let mut v = chars.clone();
                    v[i] = alt;
                    out.push(v.into_iter().collect());
                }
            }
        }
        // an inner ي between consonants: "e"/"i" written or not
        if drop_ya && c == 'ي' && i > 0 && i + 1 < chars.len() && chars.len() >= 5 && chars[i - 1] != 'ي' && chars[i + 1] != 'ي' && chars[i - 1] != 'ا' {
            let mut v = chars.clone();
            v.remove(i);
            out.push(v.into_iter().collect());
        }
    }
    out.dedup();
    out
}

/// Variants of a (possibly multi-word) name, the name itself first.
pub fn name_variants(name: &str) -> Vec<String> {
    let mut acc = vec![String::new()];
    let alone = name.split_whitespace().nth(1).is_none();
    for w in name.split_whitespace() {
        let vs = word_variants(w, alone);
        let mut next = Vec::with_capacity(acc.len() * vs.len());
        for a in &acc {
            for v in &vs {
                if next.len() >= MAX_VARIANTS {
                    break;
                }
                next.push(if a.is_empty() { v.clone() } else { format!("{a} {v}") });
            }
        }
        acc = next;
    }
    acc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g_is_written_ghain_or_jim() {
        assert!(name_variants("سيرغي لافروف").contains(&"سيرجي لافروف".to_string()));
    }

    #[test]
    fn inner_ya_may_be_dropped() {
        assert!(name_variants("بومبيو").contains(&"بومبو".to_string()));
    }

    #[test]
    fn a_family_name_alone_keeps_five_letters() {
        assert!(!name_variants("لابيد").contains(&"لابد".to_string()));
        assert!(!name_variants("لفتيت").contains(&"لفتت".to_string()));
        assert!(name_variants("يائير لابيد").contains(&"يائير لابد".to_string()));
        assert!(name_variants("غوتيريس").contains(&"غوتيرس".to_string()));
    }

    #[test]
    fn a_name_with_the_article_keeps_its_ya() {
        assert_eq!(name_variants("الوحيشي"), vec!["الوحيشي".to_string()]);
    }

    #[test]
    fn short_words_are_left_alone() {
        assert_eq!(name_variants("جيم"), vec!["جيم".to_string()]);
    }
}
