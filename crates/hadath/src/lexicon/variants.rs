//! Spelling variants of transliterated person names.
//!
//! Foreign names reach Arabic through several transliterations: the g of
//! "Sergey" is غ, ج or ق; a short e or i is written ي or not at all ("Pompeo"
//! is بومبيو and بومبو). Rather than listing every spelling in the lexicon,
//! each person name is expanded here. Folding (hamza, ya, ta marbuta) is
//! handled elsewhere.

const MAX_VARIANTS: usize = 24;

/// Variants of a single word: itself, g-letter swaps, and one inner ي dropped.
fn word_variants(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = vec![word.to_string()];
    if chars.len() < 4 {
        return out;
    }
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
        if c == 'ي' && i > 0 && i + 1 < chars.len() && chars.len() >= 5 && chars[i - 1] != 'ي' && chars[i + 1] != 'ي' && chars[i - 1] != 'ا' {
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
    for w in name.split_whitespace() {
        let vs = word_variants(w);
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
    fn short_words_are_left_alone() {
        assert_eq!(name_variants("جيم"), vec!["جيم".to_string()]);
    }
}
