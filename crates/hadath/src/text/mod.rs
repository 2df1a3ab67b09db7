//! The text layer: folding for matching, tokens with clitic analysis, and
//! sentences. Everything here keeps offsets into the original text.

mod fold;
mod sentences;
mod tokens;

pub use fold::{fold, fold_char, fold_into, has_article, match_key, strip_article};
pub use sentences::{split_sentences, SentenceSpan};
pub use tokens::{tokenize, Token, TokenKind};
