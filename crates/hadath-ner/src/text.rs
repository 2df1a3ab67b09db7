//! Arabic text normalisation used by the feature extractor and the
//! cluster learner: orthographic folding, clitic stripping, token shape and
//! a small tokenizer for raw news text.

/// Appends the Arabic-folded form of `word` to `out`.
///
/// Folding removes diacritics (U+064B..U+0652, U+0670) and tatweel, maps the
/// alef variants (أ إ آ ٱ) to bare alef, alef maqsura to ya, ta marbuta to
/// ha, Arabic-Indic and Eastern Arabic-Indic digits to ASCII digits, and
/// lower-cases ASCII letters.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => {}
            '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => out.push('\u{0627}'),
            '\u{0649}' => out.push('\u{064A}'),
            '\u{0629}' => out.push('\u{0647}'),
            '\u{0660}'..='\u{0669}' => {
                out.push(char::from(b'0' + (c as u32 - 0x0660) as u8));
            }
            '\u{06F0}'..='\u{06F9}' => {
                out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8));
            }
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            _ => out.push(c),
        }
    }
}

/// Returns the folded form of `word` as a new string.
pub(crate) fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_into(word, &mut s);
    s
}

const WAW: char = '\u{0648}';
const FA: char = '\u{0641}';
const BA: char = '\u{0628}';
const KAF: char = '\u{0643}';
const LAM: char = '\u{0644}';
const ALEF: char = '\u{0627}';

/// Clitic analysis of a folded word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Clitics {
    /// Byte offset in the folded word where the form without conjunction and
    /// preposition starts (the article, if any, is kept). For the `لل`
    /// contraction this form is not a substring, see [`Clitics::lil`].
    pub base_start: usize,
    /// Byte offset where the stem (without the article) starts.
    pub stem_start: usize,
    /// Bit set: 1 = conjunction و, 2 = conjunction ف, 4 = ب, 8 = ك,
    /// 16 = ل, 32 = article ال, 64 = contraction لل.
    pub code: u8,
}

impl Clitics {
    /// True when the word carries the `لل` contraction (preposition plus
    /// article with the alef elided).
    pub fn lil(&self) -> bool {
        self.code & 64 != 0
    }
}

fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// Strips the leading clitics و ف ب ك ل ال لل from a folded word, keeping at
/// least two letters of stem.
pub(crate) fn strip_clitics(folded: &str) -> Clitics {
    let mut code = 0u8;
    let mut pos = 0usize;
    let min_rest = 2usize;
    let rest_len = |p: usize| char_count(&folded[p..]);
    // Conjunction.
    let mut chars = folded[pos..].chars();
    if let Some(c) = chars.next() {
        if (c == WAW || c == FA) && rest_len(pos + c.len_utf8()) > min_rest {
            code |= if c == WAW { 1 } else { 2 };
            pos += c.len_utf8();
        }
    }
    // Preposition, or the lil contraction.
    let rest = &folded[pos..];
    let lil = {
        let mut it = rest.chars();
        it.next() == Some(LAM) && it.next() == Some(LAM)
    };
    let mut base_start = pos;
    if lil && rest_len(pos + 2 * LAM.len_utf8()) >= min_rest {
        code |= 64;
        pos += 2 * LAM.len_utf8();
        base_start = pos; // base would be "ال" + stem; see lil()
        return Clitics {
            base_start,
            stem_start: pos,
            code,
        };
    }
    if let Some(c) = rest.chars().next() {
        if (c == BA || c == KAF || c == LAM) && rest_len(pos + c.len_utf8()) > min_rest {
            // Only strip a preposition when an article follows or the word
            // is long enough to make a bare preposition plausible.
            let after = &folded[pos + c.len_utf8()..];
            let has_article = {
                let mut it = after.chars();
                it.next() == Some(ALEF) && it.next() == Some(LAM)
            };
            if has_article || char_count(after) >= 4 {
                code |= match c {
                    BA => 4,
                    KAF => 8,
                    _ => 16,
                };
                pos += c.len_utf8();
                base_start = pos;
            }
        }
    }
    // Article.
    let rest = &folded[pos..];
    let mut it = rest.chars();
    if it.next() == Some(ALEF) && it.next() == Some(LAM) && rest_len(pos + ALEF.len_utf8() + LAM.len_utf8()) >= min_rest {
        code |= 32;
        pos += ALEF.len_utf8() + LAM.len_utf8();
    }
    Clitics {
        base_start,
        stem_start: pos,
        code,
    }
}

/// Appends to `out` the form of the folded word without conjunction and
/// preposition (the article kept; `لل` restored to `ال`).
pub(crate) fn base_form_into(folded: &str, c: &Clitics, out: &mut String) {
    if c.lil() {
        out.push_str("\u{0627}\u{0644}");
        out.push_str(&folded[c.stem_start..]);
    } else {
        out.push_str(&folded[c.base_start..]);
    }
}

/// Coarse character class used for token shapes.
fn char_class(c: char) -> u8 {
    match c {
        '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => b'd',
        'a'..='z' => b'x',
        'A'..='Z' => b'X',
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
            if is_arabic_punct(c) {
                b'p'
            } else {
                b'a'
            }
        }
        c if c.is_alphabetic() => b'l',
        c if c.is_whitespace() => b's',
        c if c.is_ascii_punctuation() => b'p',
        c if c.is_numeric() => b'd',
        _ => b'o',
    }
}

fn is_arabic_punct(c: char) -> bool {
    matches!(c, '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}' | '\u{066B}' | '\u{066C}' | '\u{06D4}')
}

/// Computes a compressed shape signature of `word` (runs of the same class
/// collapsed, at most 6 classes kept) as a small integer.
pub(crate) fn shape_code(word: &str) -> u64 {
    let mut code = 0u64;
    let mut last = 0u8;
    let mut n = 0;
    for c in word.chars() {
        let k = char_class(c);
        if k != last {
            if n == 6 {
                code = code.wrapping_mul(131).wrapping_add(b'+' as u64);
                break;
            }
            code = code.wrapping_mul(131).wrapping_add(k as u64);
            last = k;
            n += 1;
        }
    }
    code
}

/// True if `c` is a punctuation or symbol character that the tokenizer
/// splits off as its own token.
pub(crate) fn is_split_punct(c: char) -> bool {
    if c.is_ascii_punctuation() {
        return true;
    }
    is_arabic_punct(c) || matches!(c, '«' | '»' | '“' | '”' | '‘' | '’' | '…' | '–' | '—' | '•' | '·' | '′' | '″' | '„')
}

/// Splits raw text into ANERcorp-like tokens: whitespace separated, with
/// punctuation as separate tokens (except decimal points and thousands
/// separators between digits). Calls `f` for every token.
pub(crate) fn tokenize<F: FnMut(&str)>(text: &str, mut f: F) {
    let bytes_len = text.len();
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                f(&text[s..i]);
            }
        } else if is_split_punct(c) {
            let next = iter.peek().map(|&(_, n)| n);
            let numeric_sep = (c == '.' || c == ',' || c == '\u{066B}' || c == '\u{066C}')
                && prev.is_some_and(|p| p.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&p))
                && next.is_some_and(|n| n.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&n))
                && start.is_some();
            if !numeric_sep {
                if let Some(s) = start.take() {
                    f(&text[s..i]);
                }
                f(&text[i..i + c.len_utf8()]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
        prev = Some(c);
    }
    if let Some(s) = start {
        f(&text[s..bytes_len]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("أَحْمَد"), "احمد");
        assert_eq!(fold("مصطفى"), "مصطفي");
        assert_eq!(fold("القاهرة"), "القاهره");
        assert_eq!(fold("إيـــران"), "ايران");
        assert_eq!(fold("٢٠١٨"), "2018");
    }

    #[test]
    fn clitics() {
        let w = "والولايات";
        let c = strip_clitics(w);
        assert_eq!(&w[c.base_start..], "الولايات");
        assert_eq!(&w[c.stem_start..], "ولايات");
        let w = "للرئيس";
        let c = strip_clitics(w);
        assert!(c.lil());
        assert_eq!(&w[c.stem_start..], "رئيس");
        let w = "بغداد";
        let c = strip_clitics(w);
        assert_eq!(&w[c.stem_start..], "غداد");
        let w = "في";
        let c = strip_clitics(w);
        assert_eq!(c.stem_start, 0);
    }

    #[test]
    fn tokenizer() {
        let mut v = Vec::new();
        tokenize("قال: إن 6.3 مليون، (نعم)", |t| v.push(t.to_string()));
        assert_eq!(v, ["قال", ":", "إن", "6.3", "مليون", "،", "(", "نعم", ")"]);
    }
}
