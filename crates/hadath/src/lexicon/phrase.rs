//! A trie over folded words: every name, role noun, particle and date word
//! of the lexicon, matched token by token in one pass over the text.

use super::NameRef;
use crate::text::match_key;
use rustc_hash::FxHashMap;

/// Phrases of one or more words, each word stored folded and without the
/// article, so that `الولايات المتحدة` matches `للولايات المتحدة` once the
/// tokenizer's clitic analysis has removed `لل`.
#[derive(Debug, Default)]
pub struct PhraseIndex {
    words: FxHashMap<Box<str>, u32>,
    /// (node, word, word must carry the article) to node, the three packed
    /// in one integer ([`edge`]): one multiplication to hash, one comparison
    edges: FxHashMap<u64, u32>,
    payload: Vec<Vec<NameRef>>,
}

/// The key of an edge: the node, the word and whether it carries the
/// article, without loss while there are fewer than 2^31 nodes (a lexicon
/// has a few tens of thousands).
#[inline]
fn edge(node: u32, word: u32, article: bool) -> u64 {
    (u64::from(node) << 33) | (u64::from(word) << 1) | u64::from(article)
}

/// A match: token range and what the phrase stands for.
#[derive(Debug, Clone, Copy)]
pub struct PhraseMatch<'a> {
    pub start: usize,
    pub end: usize,
    pub refs: &'a [NameRef],
}

impl PhraseIndex {
    /// The key a word is stored under: folded, without the article when it
    /// is written with one (then the text must have it too: "الهند" is India,
    /// "هند" a given name).
    pub fn key(word: &str) -> (String, bool) {
        match_key(word)
    }

    /// Adds `phrase` (written as in the lexicon files) for `r`.
    pub fn insert(&mut self, phrase: &str, r: NameRef) {
        if self.payload.is_empty() {
            self.payload.push(Vec::new());
        }
        let mut node = 0u32;
        let mut any = false;
        for w in phrase.split_whitespace() {
            let (key, article) = Self::key(w);
            if key.is_empty() {
                continue;
            }
            any = true;
            let wid = match self.words.get(key.as_str()) {
                Some(&w) => w,
                None => {
                    let w = self.words.len() as u32;
                    self.words.insert(key.into_boxed_str(), w);
                    w
                }
            };
            let next_node = self.payload.len() as u32;
            node = *self.edges.entry(edge(node, wid, article)).or_insert(next_node);
            if node == next_node {
                self.payload.push(Vec::new());
            }
        }
        if any {
            let p = &mut self.payload[node as usize];
            if !p.contains(&r) {
                p.push(r);
            }
        }
    }

    /// What `phrase` (written as in the lexicon files) stands for, if it
    /// is an entry: the same article on every word, nothing more or less.
    pub fn exact(&self, phrase: &str) -> &[NameRef] {
        let mut node = 0u32;
        for w in phrase.split_whitespace() {
            let (key, article) = Self::key(w);
            if key.is_empty() {
                continue;
            }
            let Some(wid) = self.word(&key) else { return &[] };
            match self.edges.get(&edge(node, wid, article)) {
                Some(&n) => node = n,
                None => return &[],
            }
        }
        if node == 0 {
            return &[];
        }
        self.refs(node)
    }

    /// The id of a word key, if any phrase uses it.
    #[inline]
    pub fn word(&self, key: &str) -> Option<u32> {
        self.words.get(key).copied()
    }

    /// Follows the edges for word `w` from `node` (the root is 0): the one
    /// for entries written with the article (only when the text word has
    /// it), then the one for entries written without.
    #[inline]
    pub fn step(&self, node: u32, w: u32, article: bool) -> [Option<u32>; 2] {
        let with = if article { self.edges.get(&edge(node, w, true)).copied() } else { None };
        [with, self.edges.get(&edge(node, w, false)).copied()]
    }

    /// What the phrase ending at `node` stands for (empty for inner nodes).
    #[inline]
    pub fn refs(&self, node: u32) -> &[NameRef] {
        self.payload.get(node as usize).map_or(&[], |v| v.as_slice())
    }

    /// Number of distinct words.
    pub fn vocabulary(&self) -> usize {
        self.words.len()
    }
}
