//! Document memory: how a word form was tagged elsewhere in the same
//! document.
//!
//! A name is often spelled out once with its context ("الرئيس الفنزويلي
//! هوغو تشافيز") and then repeated bare ("وقال تشافيز"), where a tagger that
//! sees one sentence at a time has little to go on. Documents are tagged in
//! two passes: the first without memory, the second with features saying
//! how each word form (folded, without conjunction and preposition: the key
//! of the entity lexicon) was tagged by the first pass in the sentences
//! around it. The window is a number of sentences on each side rather than
//! the whole document, because the training data has no document markers:
//! neighbouring sentences are the honest proxy.

use rustc_hash::FxHashMap;

use crate::hash::{feature_key, hash_str, mix2, mix3};
use crate::model::NT;
use crate::text::{base_form_into, fold_into, strip_clitics};

/// Sentences on each side of a sentence whose first-pass tags its memory
/// reads, chosen by cross-validation on the training data.
pub(crate) const WINDOWS: &[usize] = &[10];

/// Template numbers of the memory features (far from those of
/// `features.rs`, which are small integers and 1000, 1001).
const T_MEM: u64 = 2000;

/// The memory key of every token: the hash of its folded form without
/// conjunction and preposition, or 0 for a token that has no letter (digits,
/// punctuation), which has no memory.
pub(crate) fn memory_keys<T: AsRef<str>>(tokens: &[T], out: &mut Vec<u64>, folded: &mut String, base: &mut String) {
    out.clear();
    for t in tokens {
        let t = t.as_ref();
        if !t.chars().any(char::is_alphabetic) {
            out.push(0);
            continue;
        }
        folded.clear();
        fold_into(t, folded);
        let c = strip_clitics(folded);
        base.clear();
        base_form_into(folded, &c, base);
        out.push(memory_key_of(t, base));
    }
}

/// The memory key of `token` (see [`memory_keys`]) given its form without
/// conjunction and preposition, `base`: the form `base_form_into` makes of
/// its folded form, which `crate::features::token_atoms` computes too.
pub(crate) fn memory_key_of(token: &str, base: &str) -> u64 {
    if !token.chars().any(char::is_alphabetic) {
        return 0;
    }
    // never 0: 0 marks "no memory"
    hash_str(0x3E30, base) | 1
}

/// Tag counts of every memory key in a sliding window of sentences, by
/// the key's number in the document (see [`Windows`]).
#[derive(Default)]
pub(crate) struct Window {
    counts: Vec<[u16; NT]>,
}

/// The number of a token without a memory key.
const NO_KEY: u32 = u32::MAX;

impl Window {
    /// Adds (`sign` 1) or removes (-1) the tags of a sentence whose tokens'
    /// keys have the numbers `numbers`.
    fn add(&mut self, numbers: &[u32], tags: &[u8], sign: i32) {
        for (&k, &t) in numbers.iter().zip(tags) {
            // (a token without a key has no counts)
            if let Some(x) = self.counts.get_mut(k as usize).and_then(|c| c.get_mut(t as usize)) {
                *x = (*x as i32 + sign).clamp(0, u16::MAX as i32) as u16;
            }
        }
    }
}

/// A summary of how a form was tagged elsewhere: `None` when it does not
/// occur elsewhere in the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Recall {
    /// The entity kind it was most often tagged (1 PERS, 2 LOC, 3 ORG,
    /// 4 MISC), 0 when it was always O.
    kind: u64,
    /// Share of the occurrences tagged as an entity: 0 none, 1 under half,
    /// 2 half or more, 3 all.
    share: u64,
    /// Occurrences elsewhere: 1, 2, 3-4, 5 or more (as 0-3).
    count: u64,
    /// Whether that kind was more often the first word of its entity.
    begins: u64,
}

fn recall_of(c: &[u16; NT]) -> Option<Recall> {
    let n: u32 = c.iter().map(|&x| x as u32).sum();
    if n == 0 {
        return None;
    }
    let ent = n - c[0] as u32;
    let mut kind = 0usize;
    let mut best = 0u32;
    for k in 0..4 {
        let kc = c[1 + 2 * k] as u32 + c[2 + 2 * k] as u32;
        if kc > best {
            best = kc;
            kind = k + 1;
        }
    }
    let share = if ent == 0 {
        0
    } else if 2 * ent < n {
        1
    } else if ent < n {
        2
    } else {
        3
    };
    let count = match n {
        1 => 0,
        2 => 1,
        3..=4 => 2,
        _ => 3,
    };
    let begins = if kind == 0 { 0 } else { (c[2 * kind - 1] >= c[2 * kind]) as u64 };
    Some(Recall {
        kind: kind as u64,
        share,
        count,
        begins,
    })
}

/// Calls `f(s, w, recalls)` for every sentence `s` of a document whose
/// tokens have memory keys `keys[s]` and first-pass tags `tags[s]`, and
/// every window `w` of `windows`, with the recall of each token (its own
/// occurrence left out) over the sentences within `windows[w]` of `s`.
pub(crate) fn for_each_sentence(keys: &[Vec<u64>], tags: &[Vec<u8>], windows: &[usize], f: impl FnMut(usize, usize, &[Option<Recall>])) {
    for_each_sentence_with(&mut Windows::default(), keys, tags, windows, f);
}

/// The buffers of [`for_each_sentence_with`], kept from one document to
/// the next. Each distinct memory key of a document is given a number
/// once (the order of first occurrence), and the windows count tags in
/// arrays indexed by it: a token's key is hashed once a document instead
/// of at every entry into a window, every exit and every recall.
#[derive(Default)]
pub(crate) struct Windows {
    /// Each window and the sentences it holds, `[lo, hi)`.
    state: Vec<(Window, usize, usize)>,
    recalls: Vec<Option<Recall>>,
    /// The number of each memory key of the document.
    numbers: FxHashMap<u64, u32>,
    /// The number of every token's key ([`NO_KEY`] for none), sentence
    /// after sentence; sentence `s` is `numbered[starts[s]..starts[s + 1]]`.
    numbered: Vec<u32>,
    starts: Vec<usize>,
}

/// [`for_each_sentence`] with buffers that outlive the call.
pub(crate) fn for_each_sentence_with(
    buffers: &mut Windows,
    keys: &[Vec<u64>],
    tags: &[Vec<u8>],
    windows: &[usize],
    mut f: impl FnMut(usize, usize, &[Option<Recall>]),
) {
    let n = keys.len().min(tags.len());
    let Windows {
        state,
        recalls,
        numbers,
        numbered,
        starts,
    } = buffers;
    numbers.clear();
    numbered.clear();
    starts.clear();
    for sentence in &keys[..n] {
        starts.push(numbered.len());
        for &k in sentence {
            let next = numbers.len() as u32;
            numbered.push(if k == 0 { NO_KEY } else { *numbers.entry(k).or_insert(next) });
        }
    }
    starts.push(numbered.len());
    let sentence = |s: usize| numbered.get(starts[s]..starts[s + 1]).unwrap_or(&[]);
    state.resize_with(windows.len(), || (Window::default(), 0, 0));
    for (w, lo, hi) in state.iter_mut() {
        w.counts.clear();
        w.counts.resize(numbers.len(), [0; NT]);
        (*lo, *hi) = (0, 0);
    }
    for s in 0..n {
        for (wi, (&window, (w, lo, hi))) in windows.iter().zip(state.iter_mut()).enumerate() {
            let want_hi = (s + window + 1).min(n);
            while *hi < want_hi {
                w.add(sentence(*hi), &tags[*hi], 1);
                *hi += 1;
            }
            let want_lo = s.saturating_sub(window);
            while *lo < want_lo {
                w.add(sentence(*lo), &tags[*lo], -1);
                *lo += 1;
            }
            recalls.clear();
            for (&k, &t) in sentence(s).iter().zip(&tags[s]) {
                // a key not counted in the window, or counted only here, has no recall
                let r = w.counts.get(k as usize).and_then(|c| {
                    let mut c = *c;
                    if let Some(x) = c.get_mut(t as usize) {
                        *x = x.saturating_sub(1);
                    }
                    recall_of(&c)
                });
                recalls.push(r);
            }
            f(s, wi, recalls);
        }
    }
}

/// Calls `sink(i, key)` for every memory feature of token `i` of a sentence
/// whose tokens have recalls `r` over the window `wi` of the windows of
/// [`for_each_sentence`].
pub(crate) fn memory_features(wi: usize, r: &[Option<Recall>], mut sink: impl FnMut(usize, u32)) {
    memory_feature_ids(r, |i, id| sink(i, memory_feature_key(wi, id)));
}

/// Number of distinct memory features of a window: their ids, as
/// [`memory_feature_ids`] gives them, are below it.
pub(crate) const MEMORY_IDS: usize = ID_NEXT + 21;

// Where the ids of each template start: (kind, share); (kind, share,
// count); (kind, share, begins); (the token's kind and share as one
// number, the neighbours' as the previous and next); the previous; the
// next. A kind and share as one number (`1 + kind * 4 + share`, 0 for no
// recall) is at most 20.
const ID_COUNT: usize = 20;
const ID_BEGINS: usize = ID_COUNT + 80;
const ID_AROUND: usize = ID_BEGINS + 40;
const ID_PREV: usize = ID_AROUND + 20 * 21 * 21;
const ID_NEXT: usize = ID_PREV + 21;

/// Calls `sink(i, id)` for every memory feature of token `i` of a sentence
/// whose tokens have recalls `r`, the same features in the same order as
/// [`memory_features`], each by a small number below [`MEMORY_IDS`] that
/// stands for its template and values; [`memory_feature_key`] gives its
/// key in a window. (The fields of a [`Recall`] are small: a kind at most
/// 4, a share and a count at most 3, `begins` 0 or 1.)
pub(crate) fn memory_feature_ids(r: &[Option<Recall>], mut sink: impl FnMut(usize, usize)) {
    let kind_of = |j: Option<usize>| -> u64 {
        match j.and_then(|j| r.get(j)).copied().flatten() {
            Some(x) => 1 + x.kind * 4 + x.share,
            None => 0,
        }
    };
    for (i, x) in r.iter().enumerate() {
        let prev = kind_of(i.checked_sub(1));
        let next = kind_of(Some(i + 1));
        if let Some(x) = x {
            let ks = (x.kind * 4 + x.share) as usize;
            sink(i, ks);
            sink(i, ID_COUNT + ks * 4 + x.count as usize);
            sink(i, ID_BEGINS + ks * 2 + x.begins as usize);
            sink(i, ID_AROUND + (ks * 21 + prev as usize) * 21 + next as usize);
        }
        if prev != 0 {
            sink(i, ID_PREV + prev as usize);
        }
        if next != 0 {
            sink(i, ID_NEXT + next as usize);
        }
    }
}

/// The key of the memory feature `id` ([`memory_feature_ids`]) in the
/// window `wi` of the windows of [`for_each_sentence`].
pub(crate) fn memory_feature_key(wi: usize, id: usize) -> u32 {
    let t = T_MEM + 10 * wi as u64;
    // a kind and share as one number without the 1 added, as a kind and a share
    let split = |ks: usize| ((ks / 4) as u64, (ks % 4) as u64);
    if id < ID_COUNT {
        let (kind, share) = split(id);
        feature_key(t, mix2(kind, share))
    } else if id < ID_BEGINS {
        let (kind, share) = split((id - ID_COUNT) / 4);
        feature_key(t + 1, mix3(kind, share, ((id - ID_COUNT) % 4) as u64))
    } else if id < ID_AROUND {
        let (kind, share) = split((id - ID_BEGINS) / 2);
        feature_key(t + 2, mix3(kind, share, ((id - ID_BEGINS) % 2) as u64))
    } else if id < ID_PREV {
        let v = id - ID_AROUND;
        let (ks, prev, next) = (v / (21 * 21), (v / 21) % 21, v % 21);
        feature_key(t + 3, mix3(1 + ks as u64, prev as u64, next as u64))
    } else if id < ID_NEXT {
        feature_key(t + 4, (id - ID_PREV) as u64)
    } else {
        feature_key(t + 5, (id - ID_NEXT) as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of the memory features as they were first defined.
    fn keys_by_formula(wi: usize, r: &[Option<Recall>]) -> Vec<(usize, u32)> {
        let t = T_MEM + 10 * wi as u64;
        let kind_of = |j: Option<usize>| -> u64 {
            match j.and_then(|j| r.get(j)).copied().flatten() {
                Some(x) => 1 + x.kind * 4 + x.share,
                None => 0,
            }
        };
        let mut out = Vec::new();
        for (i, x) in r.iter().enumerate() {
            let prev = kind_of(i.checked_sub(1));
            let next = kind_of(Some(i + 1));
            if let Some(x) = x {
                out.push((i, feature_key(t, mix2(x.kind, x.share))));
                out.push((i, feature_key(t + 1, mix3(x.kind, x.share, x.count))));
                out.push((i, feature_key(t + 2, mix3(x.kind, x.share, x.begins))));
                out.push((i, feature_key(t + 3, mix3(1 + x.kind * 4 + x.share, prev, next))));
            }
            if prev != 0 {
                out.push((i, feature_key(t + 4, prev)));
            }
            if next != 0 {
                out.push((i, feature_key(t + 5, next)));
            }
        }
        out
    }

    #[test]
    fn feature_ids_give_the_keys_of_every_recall() {
        let mut all = vec![None];
        for kind in 0..5 {
            for share in 0..4 {
                for count in 0..4 {
                    for begins in 0..2 {
                        all.push(Some(Recall { kind, share, count, begins }));
                    }
                }
            }
        }
        // every recall between every pair of neighbours (a few at a time)
        for wi in 0..2 {
            for (k, &x) in all.iter().enumerate() {
                let r = [all[k % all.len()], x, all[(k * 7 + 3) % all.len()], all[(k * 13 + 5) % all.len()]];
                let mut got = Vec::new();
                memory_feature_ids(&r, |i, id| {
                    assert!(id < MEMORY_IDS);
                    got.push((i, memory_feature_key(wi, id)));
                });
                assert_eq!(got, keys_by_formula(wi, &r));
            }
            for p in &all {
                for n in &all {
                    let r = [*p, all[17], *n];
                    let mut got = Vec::new();
                    memory_features(wi, &r, |i, k| got.push((i, k)));
                    assert_eq!(got, keys_by_formula(wi, &r));
                }
            }
        }
    }

    /// The memory keys of each sentence of a document.
    fn sentence_keys(toks: &[Vec<&str>], f: &mut String, b: &mut String) -> Vec<Vec<u64>> {
        toks.iter()
            .map(|s| {
                let mut k = Vec::new();
                memory_keys(s, &mut k, f, b);
                k
            })
            .collect()
    }

    #[test]
    fn own_occurrence_is_left_out() {
        let toks = [vec!["قال", "تشافيز"], vec!["وتشافيز", "."]];
        let (mut f, mut b) = (String::new(), String::new());
        let keys = sentence_keys(&toks, &mut f, &mut b);
        assert_eq!(keys[0][1], keys[1][0]);
        assert_eq!(keys[1][1], 0);
        // first pass: B-PERS in the first sentence, O in the second
        let tags = vec![vec![0u8, 1], vec![0u8, 0]];
        let mut seen = Vec::new();
        for_each_sentence(&keys, &tags, &[1], |s, _, r| seen.push((s, r.to_vec())));
        assert_eq!(seen[0].1[1].map(|x| (x.kind, x.share)), Some((0, 0)));
        assert_eq!(seen[1].1[0].map(|x| (x.kind, x.share, x.begins)), Some((1, 3, 1)));
        assert_eq!(seen[0].1[0], None);
        // out of the window: no memory
        let mut none = Vec::new();
        for_each_sentence(&keys, &tags, &[0], |_, _, r| none.extend(r.iter().copied()));
        assert!(none.iter().all(Option::is_none));
    }

    #[test]
    fn windows_kept_between_documents_recall_only_their_own() {
        let docs = [
            vec![vec!["قال", "تشافيز"], vec!["وتشافيز", "."], vec!["زار", "كاراكاس"]],
            vec![vec!["وصل", "تشافيز"], vec!["إلى", "كاراكاس"]],
        ];
        let (mut f, mut b) = (String::new(), String::new());
        let mut kept = Windows::default();
        for (d, toks) in docs.iter().enumerate() {
            let keys = sentence_keys(toks, &mut f, &mut b);
            // the first document tags تشافيز and كاراكاس as names, the second not
            let tags: Vec<Vec<u8>> = toks
                .iter()
                .map(|s| s.iter().enumerate().map(|(i, _)| u8::from(d == 0 && i == 1)).collect())
                .collect();
            let (mut fresh, mut again) = (Vec::new(), Vec::new());
            for_each_sentence(&keys, &tags, &[1, 10], |s, wi, r| fresh.push((s, wi, r.to_vec())));
            for_each_sentence_with(&mut kept, &keys, &tags, &[1, 10], |s, wi, r| again.push((s, wi, r.to_vec())));
            assert_eq!(fresh, again, "document {d}");
            if d == 1 {
                // "تشافيز" of the second document recalls only its own O
                let recalls: Vec<_> = again.iter().filter(|(s, _, _)| *s == 0).map(|(_, _, r)| r[1]).collect();
                assert!(recalls.iter().all(Option::is_none), "{recalls:?}");
            }
        }
    }
}
