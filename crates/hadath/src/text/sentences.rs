//! Sentence splitting over tokens.
//!
//! A sentence ends at `.`, `!`, `?`, `؟` (a run of them counts once, so the
//! headline "موسكو.. نقاش" splits after the dots) and at every line break.
//! Inside « », “ ” and "…" a full stop does not end the sentence, so a
//! quotation stays with the verb that introduces it. Numbers never split
//! (the tokenizer keeps `3.5` whole). `،` and `؛` are clause marks, not
//! sentence ends.

use super::tokens::{Token, TokenKind};

/// A sentence: a range of tokens and its offsets in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    /// Token range, end exclusive.
    pub tok_start: usize,
    pub tok_end: usize,
    /// Byte offsets.
    pub start: usize,
    pub end: usize,
    /// Character offsets.
    pub char_start: usize,
    pub char_end: usize,
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "؟" | "…")
}

/// Splits tokenized `text` into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<SentenceSpan> {
    let mut out = Vec::new();
    let mut begin = 0usize;
    let mut depth = 0i32; // « » and “ ”
    let mut in_ascii_quote = false;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let s = t.as_str(text);
        let mut cut_after = false;
        if t.kind == TokenKind::Punct {
            match s {
                "«" | "“" => depth += 1,
                "»" | "”" => depth = (depth - 1).max(0),
                "\"" => in_ascii_quote = !in_ascii_quote,
                _ => {}
            }
            if is_terminal(s) && depth == 0 && !in_ascii_quote {
                // swallow a run of terminals and closing quotes
                while i + 1 < tokens.len() && !newline_between(text, &tokens[i], &tokens[i + 1]) {
                    let n = tokens[i + 1].as_str(text);
                    if is_terminal(n) || matches!(n, "»" | "”" | ")") {
                        i += 1;
                    } else {
                        break;
                    }
                }
                cut_after = true;
            }
        }
        if !cut_after && i + 1 < tokens.len() && newline_between(text, &tokens[i], &tokens[i + 1]) {
            cut_after = true;
            depth = 0;
            in_ascii_quote = false;
        }
        if cut_after || i + 1 == tokens.len() {
            push(&mut out, tokens, begin, i + 1);
            begin = i + 1;
        }
        i += 1;
    }
    out
}

fn newline_between(text: &str, a: &Token, b: &Token) -> bool {
    text[a.end..b.start].contains('\n')
}

fn push(out: &mut Vec<SentenceSpan>, tokens: &[Token], a: usize, b: usize) {
    if a >= b {
        return;
    }
    out.push(SentenceSpan {
        tok_start: a,
        tok_end: b,
        start: tokens[a].start,
        end: tokens[b - 1].end,
        char_start: tokens[a].char_start,
        char_end: tokens[b - 1].char_end,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        split_sentences(text, &toks).iter().map(|s| text[s.start..s.end].to_string()).collect()
    }

    #[test]
    fn splits_at_arabic_and_latin_terminals() {
        assert_eq!(
            sentences("وصل الوزير إلى القاهرة. هل ينجح؟ نعم!"),
            vec!["وصل الوزير إلى القاهرة.", "هل ينجح؟", "نعم!"]
        );
    }

    #[test]
    fn headline_dots_and_line_breaks_end_sentences() {
        assert_eq!(
            sentences("مباحثات بومبيو في موسكو.. نقاش واسع\n\nوقال لافروف إن"),
            vec!["مباحثات بومبيو في موسكو..", "نقاش واسع", "وقال لافروف إن"]
        );
    }

    #[test]
    fn full_stop_inside_quotes_does_not_split() {
        assert_eq!(sentences("وقال «نحن مستعدون. وسنرد». ثم غادر."), vec!["وقال «نحن مستعدون. وسنرد».", "ثم غادر."]);
    }

    #[test]
    fn decimal_numbers_and_commas_do_not_split() {
        assert_eq!(sentences("بلغ النمو 3.5 في المئة، وفق البنك."), vec!["بلغ النمو 3.5 في المئة، وفق البنك."]);
    }
}
