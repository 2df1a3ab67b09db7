//! Tokens: runs of letters and digits, and single punctuation marks, with
//! their byte and character offsets into the original text.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script), possibly with diacritics.
    Word,
    /// Digits, possibly with a decimal point or separators inside.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the original text.
    pub start: usize,
    pub end: usize,
    /// Character (Unicode scalar) offsets into the original text.
    pub char_start: usize,
    pub char_end: usize,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text`, the string it was made from.
    #[inline]
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}' | '\u{200D}')
}

/// Splits `text` into tokens. Whitespace separates tokens and is dropped;
/// every other non-word character is a token of its own. A number keeps an
/// inner `.`, `,` or `٫` between digits (`3.5`, `1,200`).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut chars = text.char_indices().enumerate().peekable();
    while let Some((ci, (bi, c))) = chars.next() {
        if c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}') {
            continue;
        }
        if is_word_char(c) {
            let mut end_b = bi + c.len_utf8();
            let mut end_c = ci + 1;
            let mut all_digits = c.is_numeric();
            while let Some(&(cj, (bj, d))) = chars.peek() {
                if is_word_char(d) {
                    all_digits &= d.is_numeric();
                    end_b = bj + d.len_utf8();
                    end_c = cj + 1;
                    chars.next();
                } else if all_digits && matches!(d, '.' | ',' | '٫' | '٬') && text[bj + d.len_utf8()..].chars().next().is_some_and(|n| n.is_numeric()) {
                    end_b = bj + d.len_utf8();
                    end_c = cj + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            let kind = if all_digits { TokenKind::Number } else { TokenKind::Word };
            tokens.push(Token {
                start: bi,
                end: end_b,
                char_start: ci,
                char_end: end_c,
                kind,
            });
        } else {
            tokens.push(Token {
                start: bi,
                end: bi + c.len_utf8(),
                char_start: ci,
                char_end: ci + 1,
                kind: TokenKind::Punct,
            });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.as_str(text)).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(words("وقال لافروف: «نعم»."), vec!["وقال", "لافروف", ":", "«", "نعم", "»", "."]);
    }

    #[test]
    fn keeps_diacritics_and_numbers_whole() {
        assert_eq!(
            words("أكّد القرار 2254، و3.5 مليار"),
            vec!["أكّد", "القرار", "2254", "،", "و3", ".", "5", "مليار"]
        );
        assert_eq!(words("بلغ 3.5 مليار"), vec!["بلغ", "3.5", "مليار"]);
    }

    #[test]
    fn char_offsets_count_scalars() {
        let text = "في موسكو";
        let t = tokenize(text);
        assert_eq!((t[1].char_start, t[1].char_end), (3, 8));
    }
}
