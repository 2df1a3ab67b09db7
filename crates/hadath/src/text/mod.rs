//! The text layer: folding for matching, tokens with clitic analysis, and
//! sentences, and a light stemmer. Everything here keeps offsets into the original text.

mod fold;
mod sentences;
mod stem;
mod tokens;

pub use fold::{fold, fold_char, fold_into, has_article, match_key, strip_article};
pub use sentences::{split_sentences, SentenceSpan};
pub use stem::light_stem;
pub use tokens::{tokenize, Token, TokenKind};
