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

/// The slow, general definition of a word character (any script).
#[inline]
fn is_word_char_slow(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}' | '\u{200D}')
}

/// Character classes of the Arabic block (U+0600..U+06FF), computed once
/// from the general definitions so that they cannot disagree: bit 0 a word
/// character, bit 1 numeric. Looking a letter up in Unicode's tables costs
/// more than everything else tokenizing does.
fn arabic_classes() -> &'static [u8; 256] {
    static TABLE: std::sync::OnceLock<[u8; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u8; 256];
        for (i, x) in t.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(0x600 + i as u32) {
                *x = u8::from(is_word_char_slow(c)) | (u8::from(c.is_numeric()) << 1);
            }
        }
        t
    })
}

/// Classes of `c` (bit 0 word character, bit 1 numeric), fast for ASCII
/// and Arabic.
#[inline]
fn classes(c: char, arabic: &[u8; 256]) -> u8 {
    if c.is_ascii() {
        u8::from(c.is_ascii_alphanumeric()) | (u8::from(c.is_ascii_digit()) << 1)
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        arabic[c as usize - 0x600]
    } else {
        u8::from(is_word_char_slow(c)) | (u8::from(c.is_numeric()) << 1)
    }
}

/// Whether `c` separates tokens and is dropped.
#[inline]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        // what `char::is_whitespace` accepts among ASCII
        matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r')
    } else {
        c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}')
    }
}

/// Splits `text` into tokens. Whitespace separates tokens and is dropped;
/// every other non-word character is a token of its own. A number keeps an
/// inner `.`, `,` or `٫` between digits (`3.5`, `1,200`).
pub fn tokenize(text: &str) -> Vec<Token> {
    let arabic = arabic_classes();
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 6);
    // byte and character offsets of the next character
    let (mut p, mut ci) = (0, 0);
    while let Some(c) = char_at(text, p) {
        let len = c.len_utf8();
        if is_space(c) {
            p += len;
            ci += 1;
            continue;
        }
        let cl = classes(c, arabic);
        if cl & 1 != 0 {
            let (start_b, start_c) = (p, ci);
            let mut all_digits = cl & 2 != 0;
            p += len;
            ci += 1;
            loop {
                // a word character of the Arabic block (two bytes) is
                // classed from its bytes; any other character is decoded
                if let (Some(&b0 @ 0xD8..=0xDB), Some(&b1)) = (bytes.get(p), bytes.get(p + 1)) {
                    let dl = arabic[(usize::from(b0 & 0x03) << 6) | usize::from(b1 & 0x3F)];
                    if dl & 1 != 0 {
                        all_digits &= dl & 2 != 0;
                        p += 2;
                        ci += 1;
                        continue;
                    }
                }
                let Some(d) = char_at(text, p) else { break };
                let dl = classes(d, arabic);
                if dl & 1 != 0 {
                    all_digits &= dl & 2 != 0;
                } else if !(all_digits && matches!(d, '.' | ',' | '٫' | '٬') && char_at(text, p + d.len_utf8()).is_some_and(|n| classes(n, arabic) & 2 != 0))
                {
                    break;
                }
                p += d.len_utf8();
                ci += 1;
            }
            let kind = if all_digits { TokenKind::Number } else { TokenKind::Word };
            tokens.push(Token {
                start: start_b,
                end: p,
                char_start: start_c,
                char_end: ci,
                kind,
            });
        } else {
            tokens.push(Token {
                start: p,
                end: p + len,
                char_start: ci,
                char_end: ci + 1,
                kind: TokenKind::Punct,
            });
            p += len;
            ci += 1;
        }
    }
    tokens
}

/// The character at byte `p` of `text`, if any.
#[inline]
fn char_at(text: &str, p: usize) -> Option<char> {
    text.get(p..).and_then(|r| r.chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-iterator tokenizer [`tokenize`] must agree with.
    fn tokenize_reference(text: &str) -> Vec<Token> {
        let arabic = arabic_classes();
        let mut tokens = Vec::with_capacity(text.len() / 6);
        let mut chars = text.char_indices().enumerate().peekable();
        while let Some((ci, (bi, c))) = chars.next() {
            if is_space(c) {
                continue;
            }
            let cl = classes(c, arabic);
            if cl & 1 != 0 {
                let mut end_b = bi + c.len_utf8();
                let mut end_c = ci + 1;
                let mut all_digits = cl & 2 != 0;
                while let Some(&(cj, (bj, d))) = chars.peek() {
                    let dl = classes(d, arabic);
                    if dl & 1 != 0 {
                        all_digits &= dl & 2 != 0;
                        end_b = bj + d.len_utf8();
                        end_c = cj + 1;
                        chars.next();
                    } else if all_digits
                        && matches!(d, '.' | ',' | '٫' | '٬')
                        && text[bj + d.len_utf8()..].chars().next().is_some_and(|n| classes(n, arabic) & 2 != 0)
                    {
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

    #[test]
    fn tokenize_agrees_with_the_reference() {
        let chars: String = (0..0x3000u32).chain(0xFE70..0xFF00).chain([0x1F600]).filter_map(char::from_u32).collect();
        let samples = [
            chars.as_str(),
            "وقال لافروف: «نعم». أكّد القرار 2254، و3.5 مليار ١٬٢٠٠ و٣٫٥ 1,200. 3.a ـــ\u{200C}كتب\u{200B}ا",
            "",
            " ",
            "3.",
            "١٫",
        ];
        for t in samples {
            assert_eq!(tokenize(t), tokenize_reference(t), "{t}");
        }
        for c in chars.chars() {
            for t in [format!("ب{c}ب"), format!("3{c}5"), format!("{c}"), format!("٣{c}٥")] {
                assert_eq!(tokenize(&t), tokenize_reference(&t), "{t:?}");
            }
        }
    }

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
    fn fast_classes_agree_with_unicode() {
        let arabic = arabic_classes();
        for c in (0..0x3000u32).chain(0xFE70..0xFF00).filter_map(char::from_u32) {
            let want = u8::from(is_word_char_slow(c)) | (u8::from(c.is_numeric()) << 1);
            assert_eq!(classes(c, arabic), want, "{c:?}");
            assert_eq!(
                is_space(c),
                c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}'),
                "{c:?}"
            );
        }
    }

    #[test]
    fn char_offsets_count_scalars() {
        let text = "في موسكو";
        let t = tokenize(text);
        assert_eq!((t[1].char_start, t[1].char_end), (3, 8));
    }
}
