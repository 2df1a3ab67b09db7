//! Per-article analysis shared by the stages: tokens, their folded forms,
//! clitic readings and sentences.

use crate::text::{fold_char, fold_into, has_article, split_sentences, tokenize, SentenceSpan, Token, TokenKind};

/// One reading of a token: the word left after removing leading clitics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading<'a> {
    /// Folded, article stripped.
    pub key: &'a str,
    /// A conjunction و or ف was removed.
    pub conj: bool,
    /// A preposition ب ك ل was removed.
    pub prep: Option<char>,
    /// The article ال was removed.
    pub article: bool,
}

/// Up to eight readings of a token under construction (the reference
/// [`pack_readings`] is tested against).
#[cfg(test)]
#[derive(Debug, Clone, Copy)]
struct ReadingBuf<'a> {
    items: [Reading<'a>; 8],
    len: u8,
}

#[cfg(test)]
const NO_READING: Reading<'static> = Reading {
    key: "",
    conj: false,
    prep: None,
    article: false,
};

#[cfg(test)]
impl<'a> ReadingBuf<'a> {
    fn new() -> ReadingBuf<'a> {
        ReadingBuf {
            items: [NO_READING; 8],
            len: 0,
        }
    }

    fn push(&mut self, r: Reading<'a>) {
        let n = self.len as usize;
        if n < self.items.len() && !self.items[..n].iter().any(|x| x.article == r.article && x.key == r.key) {
            self.items[n] = r;
            self.len += 1;
        }
    }

    /// Pushes the word `w` (folded, clitics removed), and without its article
    /// when the written form, `skip` letters into `raw`, has one.
    fn push_word(&mut self, w: &'a str, raw: &str, skip: usize, conj: bool, prep: Option<char>) {
        if w.starts_with("ال") && has_article(skip_letters(raw, skip)) {
            if let Some(rest) = w.strip_prefix("ال").filter(|r| long_enough(r)) {
                self.push(Reading {
                    key: rest,
                    conj,
                    prep,
                    article: true,
                });
            }
        }
        self.push(Reading {
            key: w,
            conj,
            prep,
            article: false,
        });
    }

    fn as_slice(&self) -> &[Reading<'a>] {
        &self.items[..self.len as usize]
    }
}

/// The readings of a token (at most eight), computed once per article.
#[derive(Debug, Clone, Copy)]
pub struct Readings<'a> {
    word: &'a str,
    items: &'a [PackedReading],
}

impl<'a> Readings<'a> {
    /// Iterates the readings, the whole word first.
    pub fn iter(&self) -> impl Iterator<Item = Reading<'a>> + 'a {
        let word = self.word;
        self.items.iter().map(move |p| p.unpack(word))
    }
}

/// A reading stored without its key's address: the key is the token's
/// folded form after `skip` bytes (clitics are only ever removed from the
/// front).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PackedReading {
    skip: u8,
    conj: bool,
    prep: u8,
    article: bool,
}

const PREPS: [char; 3] = ['ب', 'ك', 'ل'];

impl PackedReading {
    #[inline]
    fn unpack<'a>(self, w: &'a str) -> Reading<'a> {
        Reading {
            key: w.get(self.skip as usize..).unwrap_or(""),
            conj: self.conj,
            prep: if self.prep == 0 { None } else { PREPS.get(self.prep as usize - 1).copied() },
            article: self.article,
        }
    }
}

/// Appends the readings of the folded word `w`, written `raw`, to `out`,
/// packed: what [`Analysis::compute_readings`] finds, in its order,
/// without building [`Reading`]s first.
fn pack_readings(w: &str, raw: &str, out: &mut Vec<PackedReading>) {
    let mut p = Packer {
        out,
        start: 0,
        word_len: w.len(),
    };
    p.start = p.out.len();
    p.push_word(w, raw, 0, false, 0);
    let mut rests: [(Option<&str>, bool); 2] = [(Some(w), false), (None, true)];
    if let Some(r) = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
        if long_enough(r) {
            p.push_word(r, raw, 1, true, 0);
            rests[1] = (Some(r), true);
        }
    }
    for (rest, conj) in rests {
        let Some(rest) = rest else { continue };
        let skip = usize::from(conj);
        if let Some(r) = rest.strip_prefix("لل") {
            if long_enough(r) {
                // (ل is the third of `PREPS`, packed as 3)
                p.push(r, conj, 3, true);
            }
        }
        for (k, c) in PREPS.iter().enumerate() {
            if let Some(r) = rest.strip_prefix(*c) {
                if long_enough(r) {
                    p.push_word(r, raw, skip + 1, conj, k as u8 + 1);
                }
            }
        }
    }
}

/// The packed readings of one word under construction: `out[start..]`.
struct Packer<'v> {
    out: &'v mut Vec<PackedReading>,
    start: usize,
    word_len: usize,
}

impl Packer<'_> {
    /// Adds the reading whose key is `key`, a suffix of the word, unless
    /// there are eight already or the same key with the same article.
    #[inline]
    fn push(&mut self, key: &str, conj: bool, prep: u8, article: bool) {
        // keys are suffixes of one word: equal keys are equal lengths
        let skip = (self.word_len - key.len()) as u8;
        let items = self.out.get(self.start..).unwrap_or(&[]);
        if items.len() < 8 && !items.iter().any(|x| x.article == article && x.skip == skip) {
            self.out.push(PackedReading { skip, conj, prep, article });
        }
    }

    /// As [`ReadingBuf::push_word`].
    #[inline]
    fn push_word(&mut self, w: &str, raw: &str, skip: usize, conj: bool, prep: u8) {
        if w.starts_with("ال") && has_article(skip_letters(raw, skip)) {
            if let Some(rest) = w.strip_prefix("ال").filter(|r| long_enough(r)) {
                self.push(rest, conj, prep, true);
            }
        }
        self.push(w, conj, prep, false);
    }
}

/// `raw` after its first `n` letters (diacritics do not count).
fn skip_letters(raw: &str, n: usize) -> &str {
    let mut seen = 0;
    for (i, c) in raw.char_indices() {
        if seen == n {
            return &raw[i..];
        }
        if fold_char(c).is_some() {
            seen += 1;
        }
    }
    ""
}

fn long_enough(s: &str) -> bool {
    s.chars().nth(1).is_some()
}

/// The article's text, tokens, folded forms and sentences.
pub struct Analysis<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    folded: String,
    fold_ranges: Vec<(u32, u32)>,
    pub sentences: Vec<SentenceSpan>,
    /// Sentence index of every token.
    pub sentence_of: Vec<u32>,
    /// The readings of every token, computed once: token `i` has
    /// `packed[reading_ranges[i]..reading_ranges[i + 1]]`.
    packed: Vec<PackedReading>,
    reading_ranges: Vec<u32>,
}

impl<'t> Analysis<'t> {
    /// Tokenizes, folds and splits `text`.
    pub fn new(text: &'t str) -> Analysis<'t> {
        let tokens = tokenize(text);
        let mut folded = String::with_capacity(text.len());
        let mut fold_ranges = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let a = folded.len() as u32;
            fold_into(t.as_str(text), &mut folded);
            fold_ranges.push((a, folded.len() as u32));
        }
        let sentences = split_sentences(text, &tokens);
        let mut sentence_of = vec![0u32; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            for x in &mut sentence_of[s.tok_start..s.tok_end] {
                *x = si as u32;
            }
        }
        let mut an = Analysis {
            text,
            tokens,
            folded,
            fold_ranges,
            sentences,
            sentence_of,
            packed: Vec::new(),
            reading_ranges: Vec::new(),
        };
        let mut packed = Vec::with_capacity(an.tokens.len() * 2);
        let mut ranges = Vec::with_capacity(an.tokens.len() + 1);
        ranges.push(0);
        for i in 0..an.tokens.len() {
            pack_readings(an.folded(i), an.raw(i), &mut packed);
            ranges.push(packed.len() as u32);
        }
        an.packed = packed;
        an.reading_ranges = ranges;
        an
    }

    /// The original text of token `i`.
    #[inline]
    pub fn raw(&self, i: usize) -> &'t str {
        self.tokens[i].as_str(self.text)
    }

    /// The folded form of token `i` (clitics still attached).
    #[inline]
    pub fn folded(&self, i: usize) -> &str {
        let (a, b) = self.fold_ranges[i];
        &self.folded[a as usize..b as usize]
    }

    /// Whether token `i` is a word.
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Whether token `i` is the punctuation mark `p`.
    #[inline]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.raw(i) == p
    }

    /// Whether token `i` is a comma, Arabic ("،") or Latin (",").
    pub fn is_comma(&self, i: usize) -> bool {
        self.is_punct(i, "،") || self.is_punct(i, ",")
    }

    /// Readings of token `i`: the whole word, then with و/ف, ب/ك/ل and لل
    /// removed, as far as at least two letters remain; each also without the
    /// article when it is written with one (a plain alef, not "ألمانيا").
    #[inline]
    pub fn readings(&self, i: usize) -> Readings<'_> {
        match (self.reading_ranges.get(i), self.reading_ranges.get(i + 1)) {
            (Some(&a), Some(&b)) => Readings {
                word: self.folded(i),
                items: self.packed.get(a as usize..b as usize).unwrap_or(&[]),
            },
            _ => Readings { word: "", items: &[] },
        }
    }

    /// The number of token `i`'s first reading among all the readings of
    /// the article, numbered token by token in the order of
    /// [`Analysis::readings`] (a stage can keep something per reading).
    #[inline]
    pub(crate) fn first_reading(&self, i: usize) -> usize {
        self.reading_ranges.get(i).map_or(0, |&a| a as usize)
    }

    /// How many readings the article's tokens have in all.
    #[inline]
    pub(crate) fn reading_count(&self) -> usize {
        self.packed.len()
    }

    /// The readings of token `i`, from its text.
    #[cfg(test)]
    fn compute_readings(&self, i: usize) -> ReadingBuf<'_> {
        let w = self.folded(i);
        let raw = self.raw(i);
        let mut out = ReadingBuf::new();
        out.push_word(w, raw, 0, false, None);
        let mut rests: [(Option<&str>, bool); 2] = [(Some(w), false), (None, true)];
        if let Some(r) = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
            if long_enough(r) {
                out.push_word(r, raw, 1, true, None);
                rests[1] = (Some(r), true);
            }
        }
        for (rest, conj) in rests {
            let Some(rest) = rest else { continue };
            let skip = usize::from(conj);
            if let Some(r) = rest.strip_prefix("لل") {
                if long_enough(r) {
                    out.push(Reading {
                        key: r,
                        conj,
                        prep: Some('ل'),
                        article: true,
                    });
                }
            }
            for p in ['ب', 'ك', 'ل'] {
                if let Some(r) = rest.strip_prefix(p) {
                    if long_enough(r) {
                        out.push_word(r, raw, skip + 1, conj, Some(p));
                    }
                }
            }
        }
        out
    }

    /// The sentence token range containing token `i`.
    pub fn sentence_range(&self, i: usize) -> (usize, usize) {
        let s = &self.sentences[self.sentence_of[i] as usize];
        (s.tok_start, s.tok_end)
    }

    /// Whether tokens `a` and `b` are in the same sentence (`b` may be one
    /// past the last token).
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.sentence_of.get(a), self.sentence_of.get(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(word: &str) -> Vec<String> {
        let a = Analysis::new(word);
        a.readings(0).iter().map(|r| r.key.to_string()).collect()
    }

    #[test]
    fn clitics_are_peeled_in_order() {
        assert!(keys("وبالولايات").contains(&"ولايات".to_string()));
        assert!(keys("للإيرانيين").contains(&"ايرانيين".to_string()));
        assert!(keys("ولافروف").contains(&"لافروف".to_string()));
        assert_eq!(keys("وزير")[0], "وزير");
    }

    #[test]
    fn stored_readings_are_the_computed_ones() {
        let text = "وبالولايات المتحدة، قال وزير الخارجية للإيرانيين: «ألمانيا والهند» فالتقى بالرئيس 2019 كالعادة ولل و ل ال...";
        let a = Analysis::new(text);
        for i in 0..a.tokens.len() {
            let stored: Vec<Reading<'_>> = a.readings(i).iter().collect();
            assert_eq!(stored, a.compute_readings(i).as_slice(), "token {i}: {}", a.raw(i));
        }
        assert_eq!(a.readings(a.tokens.len()).iter().count(), 0);
    }
}
