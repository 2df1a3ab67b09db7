//! A trie over folded words: every name, role noun, particle and date word
//! of the lexicon, matched token by token in one pass over the text.

use super::NameRef;
use crate::text::{fold, strip_article};
use rustc_hash::FxHashMap;

/// Phrases of one or more words, each word stored folded and without the
/// article, so that `الولايات المتحدة` matches `للولايات المتحدة` once the
/// tokenizer's clitic analysis has removed `لل`.
#[derive(Debug, Default)]
pub struct PhraseIndex {
    words: FxHashMap<Box<str>, u32>,
    edges: FxHashMap<(u32, u32), u32>,
    payload: Vec<Vec<NameRef>>,
}

/// A match: token range and what the phrase stands for.
#[derive(Debug, Clone, Copy)]
pub struct PhraseMatch<'a> {
    pub start: usize,
    pub end: usize,
    pub refs: &'a [NameRef],
}

impl PhraseIndex {
    /// The key a word is stored under: folded, article stripped.
    pub fn key(word: &str) -> String {
        strip_article(&fold(word)).to_string()
    }

    /// Adds `phrase` (written as in the lexicon files) for `r`.
    pub fn insert(&mut self, phrase: &str, r: NameRef) {
        if self.payload.is_empty() {
            self.payload.push(Vec::new());
        }
        let mut node = 0u32;
        let mut any = false;
        for w in phrase.split_whitespace() {
            let key = Self::key(w);
            if key.is_empty() {
                continue;
            }
            any = true;
            let next_word = self.words.len() as u32;
            let wid = *self.words.entry(key.into_boxed_str()).or_insert(next_word);
            let next_node = self.payload.len() as u32;
            node = *self.edges.entry((node, wid)).or_insert(next_node);
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

    /// The id of a word key, if any phrase uses it.
    #[inline]
    pub fn word(&self, key: &str) -> Option<u32> {
        self.words.get(key).copied()
    }

    /// Follows the edge for word `w` from `node` (the root is 0).
    #[inline]
    pub fn step(&self, node: u32, w: u32) -> Option<u32> {
        self.edges.get(&(node, w)).copied()
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
