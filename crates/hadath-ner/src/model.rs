//! Model representation: quantised feature weights in an open-addressing
//! table, BIO transition weights, constrained Viterbi decoding, and the
//! binary model format.

use std::io::{Read, Write};

use crate::clusters::{ClusterEntry, ClusterTable, Lexicon, CODE_DIMS, MAX_DEPTH};
use crate::features::{
    embedding_key, pair_features, part, position_key, role, skip_key, token_atoms, token_features, Atoms, JointAtoms, Scratch, EMBEDDING_DIMS,
};
use crate::hash::hash_bytes;
use crate::memory::MEMORY_IDS;
use crate::{EntityKind, NerError, Tag};
use std::sync::atomic::{AtomicU64, Ordering};

/// Number of tags: O, then B/I for PERS, LOC, ORG, MISC.
pub(crate) const NT: usize = 9;
/// Index of the virtual start state in the transition matrix.
pub(crate) const START: usize = NT;

/// Version of the feature templates; stored in the model so that a model
/// trained with different templates is rejected instead of misread.
pub(crate) const FEATURE_VERSION: u32 = 2;

const MAGIC: &[u8; 6] = b"HDNER\x01";
const CODE_BYTES: usize = CODE_DIMS * 2 / 8;
const MAX_PAYLOAD: usize = 64 << 20;
const CHECKSUM_SEED: u64 = 0x004D_4F44_454C;

pub(crate) fn kind_index(k: EntityKind) -> usize {
    match k {
        EntityKind::Pers => 0,
        EntityKind::Loc => 1,
        EntityKind::Org => 2,
        EntityKind::Misc => 3,
    }
}

pub(crate) fn kind_from_index(i: usize) -> EntityKind {
    match i {
        0 => EntityKind::Pers,
        1 => EntityKind::Loc,
        2 => EntityKind::Org,
        _ => EntityKind::Misc,
    }
}

/// Tag to state index.
pub(crate) fn tag_index(t: Tag) -> usize {
    match t {
        Tag::O => 0,
        Tag::B(k) => 1 + 2 * kind_index(k),
        Tag::I(k) => 2 + 2 * kind_index(k),
    }
}

/// State index to tag.
pub(crate) fn index_tag(i: usize) -> Tag {
    if i == 0 || i >= NT {
        Tag::O
    } else if i % 2 == 1 {
        Tag::B(kind_from_index((i - 1) / 2))
    } else {
        Tag::I(kind_from_index((i - 2) / 2))
    }
}

/// Whether state `cur` may follow state `prev` (`START` at the beginning)
/// in a valid IOB2 sequence.
#[inline]
pub(crate) fn allowed(prev: usize, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        true
    } else {
        prev == cur - 1 || prev == cur
    }
}

/// First-order Viterbi decoding over `n` positions with emission scores
/// `emit[i * NT + t]`, transition scores `trans[prev * NT + cur]`
/// (`prev == START` for the first position) and end scores. Forbidden
/// transitions are never taken, so the result is always valid IOB2.
pub(crate) fn viterbi(emit: &[f32], trans: &[f32], end: &[f32], delta: &mut Vec<f32>, out: &mut Vec<u8>) {
    viterbi_with(emit, &Transitions::new(trans), end, delta, out);
}

/// The transition scores of [`viterbi`] in the forms its passes read,
/// made once for many sentences.
pub(crate) struct Transitions {
    /// The scores these were made from, `trans[prev * NT + cur]`.
    from: Vec<f32>,
    /// `from[p * NT + t]` as `into[t][p]`.
    into: [[f32; NT]; NT],
    #[cfg(target_arch = "x86_64")]
    rows: sse::Rows,
}

impl Transitions {
    pub(crate) fn new(trans: &[f32]) -> Transitions {
        Transitions {
            from: trans.to_vec(),
            into: transitions_into(trans),
            #[cfg(target_arch = "x86_64")]
            rows: sse::Rows::new(trans),
        }
    }

    /// Those of the scores `trans`, kept in `slot`: made again only when
    /// `slot` holds none or those of other scores.
    pub(crate) fn cached<'a>(slot: &'a mut Option<Transitions>, trans: &[f32]) -> &'a Transitions {
        let same = slot
            .as_ref()
            .is_some_and(|t| t.from.len() == trans.len() && t.from.iter().zip(trans).all(|(a, b)| a.to_bits() == b.to_bits()));
        if !same {
            *slot = None;
        }
        slot.get_or_insert_with(|| Transitions::new(trans))
    }
}

/// [`viterbi`] with transitions made beforehand.
pub(crate) fn viterbi_with(emit: &[f32], tr: &Transitions, end: &[f32], delta: &mut Vec<f32>, out: &mut Vec<u8>) {
    let n = emit.len() / NT;
    out.clear();
    if n == 0 {
        return;
    }
    // (every score is written below before it is read: the buffer only
    // grows, and is not filled first)
    if delta.len() < n * NT {
        delta.resize(n * NT, f32::NEG_INFINITY);
    }
    let delta = &mut delta[..n * NT];
    for t in 0..NT {
        delta[t] = if allowed(START, t) {
            emit[t] + tr.from.get(START * NT + t).copied().unwrap_or(f32::NEG_INFINITY)
        } else {
            f32::NEG_INFINITY
        };
    }
    // The forward pass keeps only the best score of each state at each
    // position; the best predecessor is found again, from the scores of
    // the position before, only for the states of the path taken back
    // (one of nine), by the same sums compared in the same order.
    for i in 1..n {
        let (done, rest) = delta.split_at_mut(i * NT);
        let (Some(prev), Some(cur), Some(em)) = (
            done.get((i - 1) * NT..i * NT).and_then(|x| <&[f32; NT]>::try_from(x).ok()),
            rest.get_mut(..NT).and_then(|x| <&mut [f32; NT]>::try_from(x).ok()),
            emit.get(i * NT..(i + 1) * NT).and_then(|x| <&[f32; NT]>::try_from(x).ok()),
        ) else {
            break;
        };
        #[cfg(target_arch = "x86_64")]
        tr.rows.step(prev, em, cur);
        #[cfg(not(target_arch = "x86_64"))]
        step(&tr.into, prev, em, cur);
    }
    let mut arg = best_last(&delta[(n - 1) * NT..n * NT], end);
    out.resize(n, 0);
    out[n - 1] = arg as u8;
    for i in (1..n).rev() {
        let prev = delta.get((i - 1) * NT..i * NT).and_then(|x| <&[f32; NT]>::try_from(x).ok());
        arg = prev.map_or(0, |prev| best_predecessor(&tr.into, prev, arg));
        out[i - 1] = arg as u8;
    }
}

/// The best predecessor of state `t` given the scores `prev` of the
/// position before and the transitions `into[t][p]` from `p` to `t`: of
/// the states `allowed` lets it follow, tried in increasing order, the one
/// with the greatest score plus transition (the first on a tie: only a
/// greater score replaces the best), 0 if none is above minus infinity.
/// The sums are those the forward pass of [`viterbi`] maximised, so the
/// path is the one that gave the best score.
#[inline]
fn best_predecessor(into: &[[f32; NT]; NT], prev: &[f32; NT], t: usize) -> usize {
    let Some(row) = into.get(t) else { return 0 };
    let (mut best, mut arg) = (f32::NEG_INFINITY, 0);
    let mut try_one = |p: usize| {
        let s = prev[p] + row[p];
        if s > best {
            best = s;
            arg = p;
        }
    };
    if t == 0 || t % 2 == 1 {
        // an O or a B-X may follow any state
        (0..NT).for_each(&mut try_one);
    } else {
        // an I-X only the B-X and I-X of its kind (`t` is below NT, above 0)
        try_one(t - 1);
        try_one(t);
    }
    arg
}

/// `trans[p * NT + t]` as `into[t][p]`.
fn transitions_into(trans: &[f32]) -> [[f32; NT]; NT] {
    let mut into = [[0f32; NT]; NT];
    for (t, row) in into.iter_mut().enumerate() {
        for (p, x) in row.iter_mut().enumerate() {
            *x = trans.get(p * NT + t).copied().unwrap_or(f32::NEG_INFINITY);
        }
    }
    into
}

/// One position of the forward pass of [`viterbi`]: the best score of each
/// state `t` given the scores `prev` of the position before, with
/// transitions `into[t][p]` from `p` to `t`, plus its emission `em[t]`.
/// Predecessors are tried in increasing order and only a greater score
/// replaces the best (as [`best_predecessor`] tries them).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn step(into: &[[f32; NT]; NT], prev: &[f32; NT], em: &[f32; NT], cur: &mut [f32; NT]) {
    for t in FREE_STATES {
        let mut best = f32::NEG_INFINITY;
        for p in 0..NT {
            let s = prev[p] + into[t][p];
            best = if s > best { s } else { best };
        }
        cur[t] = best + em[t];
    }
    for t in INSIDE_STATES {
        let mut best = f32::NEG_INFINITY;
        for p in [t - 1, t] {
            let s = prev[p] + into[t][p];
            best = if s > best { s } else { best };
        }
        cur[t] = best + em[t];
    }
}

/// [`step`] with the SSE2 instructions every x86-64 processor has: each
/// predecessor is tried against several states at once, in vectors of
/// four. The states are laid out so that no vector tries predecessors
/// none of its states may follow: `[O, B-PERS, B-LOC, B-ORG]` and
/// `[B-MISC, I-PERS, I-LOC, I-ORG]` against all nine, `[I-MISC]` against
/// B-MISC and I-MISC alone. A forbidden transition is NaN, and the greater
/// of a sum with NaN and the best so far is the best so far, so it is
/// never chosen, as if it were not tried; `_mm_max_ps(s, best)` is
/// `s > best ? s : best`, each sum being the same single addition: the
/// result is exactly that of [`step`] (a test compares them).
#[cfg(target_arch = "x86_64")]
mod sse {
    use super::{allowed, NT};
    use std::arch::x86_64::{__m128, _mm_add_ps, _mm_max_ps, _mm_set1_ps, _mm_setr_ps, _mm_storeu_ps};

    /// The states of each lane of the two vectors tried against every
    /// predecessor.
    const LANES: [[usize; 4]; 2] = [[0, 1, 3, 5], [7, 2, 4, 6]];
    /// The state of the third vector (its other lanes are unused), and the
    /// only states it may follow.
    const LAST: usize = 8;
    const LAST_AFTER: [usize; 2] = [7, 8];

    /// The transitions from each state into the states of [`LANES`], and
    /// from each of [`LAST_AFTER`] into [`LAST`]; NaN where [`allowed`]
    /// forbids one (and in the unused lanes).
    pub(super) struct Rows {
        all: [[__m128; 2]; NT],
        last: [__m128; 2],
    }

    impl Rows {
        pub(super) fn new(trans: &[f32]) -> Rows {
            let tr = |p: usize, t: usize| {
                if t < NT && allowed(p, t) {
                    trans.get(p * NT + t).copied().unwrap_or(f32::NAN)
                } else {
                    f32::NAN
                }
            };
            // SAFETY: SSE2 is part of every x86-64 processor (the intrinsics are `unsafe` only for the target feature).
            unsafe {
                Rows {
                    all: std::array::from_fn(|p| LANES.map(|[a, b, c, d]| _mm_setr_ps(tr(p, a), tr(p, b), tr(p, c), tr(p, d)))),
                    last: LAST_AFTER.map(|p| _mm_setr_ps(tr(p, LAST), f32::NAN, f32::NAN, f32::NAN)),
                }
            }
        }

        /// [`super::step`].
        #[inline]
        pub(super) fn step(&self, prev: &[f32; NT], em: &[f32; NT], cur: &mut [f32; NT]) {
            // SAFETY: SSE2 is part of every x86-64 processor (the intrinsics are `unsafe` for the target feature), and the
            // stores are in bounds (below).
            let scores = unsafe {
                let mut best = [_mm_set1_ps(f32::NEG_INFINITY); 3];
                for (&pv, row) in prev.iter().zip(&self.all) {
                    let pv = _mm_set1_ps(pv);
                    best[0] = _mm_max_ps(_mm_add_ps(pv, row[0]), best[0]);
                    best[1] = _mm_max_ps(_mm_add_ps(pv, row[1]), best[1]);
                }
                for (&p, &tr) in LAST_AFTER.iter().zip(&self.last) {
                    best[2] = _mm_max_ps(_mm_add_ps(_mm_set1_ps(prev[p]), tr), best[2]);
                }
                let mut scores = [0f32; 12];
                for (v, &b) in best.iter().enumerate() {
                    // each store writes four lanes within the array (`4 * v + 4 <= 12`), which needs no alignment
                    _mm_storeu_ps(scores.as_mut_ptr().add(4 * v), b);
                }
                scores
            };
            for (lane, &t) in LANES.iter().flatten().chain([&LAST]).enumerate() {
                cur[t] = scores[lane] + em[t];
            }
        }
    }
}

/// The states that may follow any state: O and the B-X.
const FREE_STATES: [usize; 5] = [0, 1, 3, 5, 7];
/// The I-X states, which may follow only the B-X and the I-X before them.
const INSIDE_STATES: [usize; 4] = [2, 4, 6, 8];

/// The best last state: the greatest score with the end transition (the
/// first on a tie).
fn best_last(last: &[f32], end: &[f32]) -> usize {
    let mut best = f32::NEG_INFINITY;
    let mut arg = 0usize;
    for (t, (&d, &e)) in last.iter().zip(end).enumerate() {
        if d + e > best {
            best = d + e;
            arg = t;
        }
    }
    arg
}

/// Entries in one bucket of the feature table.
const BUCKET: usize = 4;

/// One cache line of the feature table: up to [`BUCKET`] feature keys
/// (zero: free, and no entry follows it in the bucket) and their quantised
/// weights, side by side. A lookup costs one cache miss whether the model
/// has the key or not (most lookups of a sentence's features are of keys
/// it does not have, and keys are spread over the whole table, several
/// megabytes): keeping the weights beside the keys spares the second,
/// dependent miss that fetching them from another array would cost.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Bucket {
    keys: [u32; BUCKET],
    rows: [[i8; NT]; BUCKET],
}

const EMPTY_BUCKET: Bucket = Bucket {
    keys: [0; BUCKET],
    rows: [[0; NT]; BUCKET],
};

/// Quantised feature weights with a hash index for lookup.
#[derive(Clone, Debug)]
pub(crate) struct Weights {
    /// Feature keys, strictly increasing.
    pub keys: Vec<u32>,
    /// Quantised weights, `keys.len() * NT`, row-major.
    pub q: Vec<i8>,
    /// Weight = q * scale.
    pub scale: f32,
    /// Transition weights `(NT + 1) x NT` (last row: start).
    pub trans: Vec<f32>,
    /// End weights.
    pub end: Vec<f32>,
    buckets: Vec<Bucket>,
    mask: usize,
    /// One word of two bits set per key (see [`filter_bits`]): a key whose
    /// bits are not both set is not in the table. Small enough to stay in
    /// a core's own cache, so most lookups of keys the model lacks end
    /// there instead of waiting for the table.
    filter: Vec<u64>,
    filter_mask: usize,
}

/// The word of the filter `key` sets (masked by the caller) and the two
/// bits it sets in that word. A key is itself the top half of a hash
/// (`crate::hash::feature_key`), so its own bits serve: the word from the
/// upper twenty, the two bits from the lower twelve.
#[inline]
fn filter_bits(key: u32) -> (usize, u64) {
    ((key >> 12) as usize, 1u64 << (key & 63) | 1u64 << ((key >> 6) & 63))
}

impl std::fmt::Debug for Bucket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bucket").field("keys", &self.keys).finish_non_exhaustive()
    }
}

impl PartialEq for Weights {
    fn eq(&self, o: &Self) -> bool {
        self.keys == o.keys
            && self.q == o.q
            && self.scale.to_bits() == o.scale.to_bits()
            && self.trans.iter().map(|x| x.to_bits()).eq(o.trans.iter().map(|x| x.to_bits()))
            && self.end.iter().map(|x| x.to_bits()).eq(o.end.iter().map(|x| x.to_bits()))
    }
}

#[inline]
fn slot_of(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) as usize ^ (key as usize >> 15)) & mask
}

impl Weights {
    /// Builds the lookup structures. `keys` must be non-zero and distinct.
    pub fn new(keys: Vec<u32>, q: Vec<i8>, scale: f32, trans: Vec<f32>, end: Vec<f32>) -> Weights {
        // At most two keys in three entries: few buckets overflow into the
        // next one, and a free entry always exists, so lookups terminate.
        let cap = (keys.len() * 3 / 2 + 1).next_power_of_two().max(16) / BUCKET;
        let mask = cap - 1;
        let mut buckets = vec![EMPTY_BUCKET; cap];
        // 8 to 16 bits a key: a few in a hundred absent keys pass the filter.
        let words = (keys.len() / 8 + 1).next_power_of_two().max(16);
        let filter_mask = words - 1;
        let mut filter = vec![0u64; words];
        // How many keys ahead of its insertion a bucket is prefetched: the
        // table is megabytes, and the writes would otherwise wait for each
        // cache miss in turn.
        const AHEAD: usize = 16;
        for (r, &k) in keys.iter().enumerate() {
            if let Some(&ahead) = keys.get(r + AHEAD) {
                prefetch_bucket(&buckets, slot_of(ahead, mask));
            }
            let (word, bits) = filter_bits(k);
            filter[word & filter_mask] |= bits;
            let row = q.get(r * NT..r * NT + NT).and_then(|w| <[i8; NT]>::try_from(w).ok()).unwrap_or([0; NT]);
            let mut b = slot_of(k, mask);
            'place: loop {
                let bucket = &mut buckets[b];
                for e in 0..BUCKET {
                    if bucket.keys[e] == 0 {
                        bucket.keys[e] = k;
                        bucket.rows[e] = row;
                        break 'place;
                    }
                }
                b = (b + 1) & mask;
            }
        }
        Weights {
            keys,
            q,
            scale,
            trans,
            end,
            buckets,
            mask,
            filter,
            filter_mask,
        }
    }

    /// Whether the table may hold `key`: false means it does not.
    #[inline]
    pub fn may_have(&self, key: u32) -> bool {
        let (word, bits) = filter_bits(key);
        self.filter.get(word & self.filter_mask).is_some_and(|&w| w & bits == bits)
    }

    /// Keeps, at the front of `items[..len]` and in order, those whose key
    /// the table may hold, and says how many. Without a branch: whether the
    /// filter lets a key through is unpredictable, and mispredicted branches
    /// would keep the filter's loads from overlapping. (In place: an item
    /// moves down, never up.)
    #[inline]
    pub fn keep_possible<T: Copy>(&self, items: &mut [T], len: usize, key: impl Fn(&T) -> u32) -> usize {
        let mut kept = 0;
        for i in 0..len {
            if let Some(&e) = items.get(i) {
                if let Some(slot) = items.get_mut(kept) {
                    *slot = e;
                }
                kept += self.may_have(key(&e)) as usize;
            }
        }
        kept
    }

    /// Asks the CPU to bring the word of the filter that `key` reads
    /// ([`Weights::may_have`]) into the cache (a hint: no effect on results).
    #[inline]
    pub fn prefetch_filter(&self, key: u32) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let (word, _) = filter_bits(key);
            if let Some(w) = self.filter.get(word & self.filter_mask) {
                // SAFETY: a prefetch never faults and has no effect on memory; the pointer is to a live word.
                unsafe { _mm_prefetch::<_MM_HINT_T0>((w as *const u64).cast::<i8>()) };
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = key;
    }

    /// Asks the CPU to bring the bucket where `key` starts its probe into
    /// the cache. The table is several megabytes, so nearly every lookup of
    /// a sentence's ~100 features a token misses the cache; prefetching a
    /// few features ahead overlaps those misses instead of waiting for each
    /// in turn. A hint only: no effect on results.
    #[inline]
    pub fn prefetch(&self, key: u32) {
        prefetch_bucket(&self.buckets, slot_of(key, self.mask));
    }

    /// Adds the quantised weights of feature `key` to `acc`.
    #[inline]
    pub fn add(&self, key: u32, acc: &mut [i32; NT]) {
        let mut b = slot_of(key, self.mask);
        loop {
            let bucket = &self.buckets[b];
            for (&k, row) in bucket.keys.iter().zip(&bucket.rows) {
                if k == key {
                    for (a, &w) in acc.iter_mut().zip(row) {
                        *a += w as i32;
                    }
                    return;
                }
                if k == 0 {
                    return;
                }
            }
            b = (b + 1) & self.mask;
        }
    }
}

/// Asks the CPU to bring the cached word `id` of `arena` into the cache (a
/// hint: no effect on results).
#[inline]
fn prefetch_word(arena: &[CachedWord], id: u32) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        if let Some(word) = arena.get(id as usize) {
            let p = (word as *const CachedWord).cast::<i8>();
            for off in (0..std::mem::size_of::<CachedWord>()).step_by(64) {
                // SAFETY: a prefetch never faults and has no effect on memory; the addresses are within a live entry.
                unsafe { _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(off)) };
            }
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (arena, id);
}

/// Asks the CPU to bring bucket `b` into the cache (a hint: no effect on
/// results).
#[inline]
fn prefetch_bucket(buckets: &[Bucket], b: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        if let Some(bucket) = buckets.get(b) {
            // SAFETY: a prefetch never faults and has no effect on memory; the pointer is to a live bucket.
            unsafe { _mm_prefetch::<_MM_HINT_T0>((bucket as *const Bucket).cast::<i8>()) };
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (buckets, b);
}

/// Most cached words a thread keeps: with about 240 bytes a word in the
/// arena and a table of 2^18 slots of 32 bytes, some 35 MB a thread. The
/// 2,700 ANT articles have about 67,000 distinct tokens, so a thread that
/// codes them all never has to forget a word (with half as many, a warm
/// pass over them took a fifth longer).
const CACHE_WORDS: usize = (1 << 17) / 8 * 7;

/// How many words a full cache keeps, the most used since it was last full:
/// news comes back to the same words, and emptying the cache would make a
/// thread that has seen more distinct words than it holds compute even the
/// commonest again and again.
const CACHE_KEEP: usize = CACHE_WORDS / 4 * 3;

/// The kinds of features whose weights a word sums up once, wherever it
/// occurs: as the token itself, then as the previous, next, second
/// previous and second next token of another.
const SUMMED: [u8; 5] = [part::LOCAL, part::PREV1, part::NEXT1, part::PREV2, part::NEXT2];

/// What a word contributes wherever it occurs: the atoms its features
/// joined with another token's read, for each kind of [`SUMMED`] the
/// summed weights of its features of that kind, and its key in the
/// document memory (`crate::memory::memory_keys`, a function of the word
/// alone).
#[derive(Clone, Copy)]
struct CachedWord {
    atoms: JointAtoms,
    sums: [[i32; NT]; 5],
    memory_key: u64,
}

impl CachedWord {
    /// `keys` is a buffer for the keys of the word's features (reused from
    /// one word to the next, so that nothing is cleared or allocated);
    /// `code_rows` the weights of the embedding code's features by
    /// dimension and value ([`code_rows`]).
    fn new(atoms: Atoms, weights: &Weights, memory_key: u64, keys: &mut Vec<(u32, u8)>, code_rows: &[CodeRow]) -> CachedWord {
        let mut sums = [[0i32; NT]; 5];
        // The features of the embedding code (of the word alone, one for
        // each dimension not zero) are summed from the rows of their
        // dimensions ([`code_rows`]) instead of being looked up one by one.
        let mut code = atoms.code();
        for rows in code_rows {
            if code == 0 {
                break;
            }
            add_into(&mut sums[0], &rows[(code & 3) as usize]);
            code >>= 2;
        }
        let atoms = atoms.without_code();
        let kinds = SUMMED.iter().fold(0, |a, &k| a | k);
        // The keys are gathered first, each one's word of the filter
        // prefetched, then those the filter lets through are kept and their
        // slots prefetched, so that the cache misses of the filter and of
        // the lookups overlap instead of following one another; sums of
        // integers do not depend on the order of addition.
        keys.clear();
        // a feature of one kind reads only the atoms that kind names, so the
        // word may stand in every place of the window at once
        token_features(0, 1, &atoms, &atoms, &atoms, &atoms, &atoms, kinds, &mut |k, _, kind| {
            weights.prefetch_filter(k);
            // SUMMED holds the kinds 1, 2, 4, 8, 16 in order
            keys.push((k, kind.trailing_zeros() as u8));
        });
        let len = keys.len();
        let kept = weights.keep_possible(keys, len, |e| e.0);
        keys.truncate(kept);
        for &(k, _) in keys.iter() {
            weights.prefetch(k);
        }
        for &(k, which) in keys.iter() {
            if let Some(sum) = sums.get_mut(which as usize) {
                weights.add(k, sum);
            }
        }
        CachedWord {
            atoms: JointAtoms::of(&atoms),
            sums,
            memory_key,
        }
    }
}

/// The summed weights of the feature that a dimension of the binarised
/// embedding code has each value (none for value 0, which is no feature).
type CodeRow = [[i32; NT]; 4];

/// The [`CodeRow`] of every dimension of the embedding code, in order.
fn code_rows(weights: &Weights) -> Vec<CodeRow> {
    (0..EMBEDDING_DIMS)
        .map(|j| {
            std::array::from_fn(|v| {
                let mut acc = [0i32; NT];
                if let Some(k) = embedding_key(j, v).filter(|_| v != 0) {
                    weights.add(k, &mut acc);
                }
                acc
            })
        })
        .collect()
}

/// Room reserved for the single-token features of a word, gathered before
/// their lookups (about 90 at most with the current templates, those of
/// the embedding code aside).
const MAX_SUMMED: usize = 256;

#[inline]
fn add_into(acc: &mut [i32; NT], x: &[i32; NT]) {
    for (a, b) in acc.iter_mut().zip(x) {
        *a += b;
    }
}

/// Bytes of a word kept in its slot of a [`WordTable`]; longer words are
/// kept apart, and their slot holds their index there.
const INLINE: usize = 16;

/// Marks a free slot of a [`WordTable`].
const FREE: u32 = u32::MAX;

/// One slot of a [`WordTable`]: the word's hash, its index in the arena of
/// cached words, its length and, when short, its bytes. Half a cache line,
/// so that finding a word (most are short) costs one cache miss, which can
/// be prefetched from the hash alone.
#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct WordSlot {
    hash: u64,
    id: u32,
    len: u32,
    text: [u8; INLINE],
}

const FREE_SLOT: WordSlot = WordSlot {
    hash: 0,
    id: FREE,
    len: 0,
    text: [0; INLINE],
};

/// The words of a thread's cache and their indices in its arena: open
/// addressing with linear probing, at most half full.
#[derive(Default)]
struct WordTable {
    slots: Vec<WordSlot>,
    /// Words longer than [`INLINE`] bytes.
    long: Vec<Box<str>>,
    len: usize,
}

/// The hash a [`WordTable`] files `word` under.
#[inline]
fn word_hash(word: &str) -> u64 {
    hash_bytes(0x574F_5244, word.as_bytes())
}

impl WordTable {
    fn len(&self) -> usize {
        self.len
    }

    fn clear(&mut self) {
        self.slots.clear();
        self.long.clear();
        self.len = 0;
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len().wrapping_sub(1)
    }

    /// A hint that `hash` is about to be looked up.
    #[inline]
    fn prefetch(&self, hash: u64) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            if let Some(slot) = self.slots.get(hash as usize & self.mask()) {
                // SAFETY: a prefetch never faults and has no effect on memory; the pointer is to a live slot.
                unsafe { _mm_prefetch::<_MM_HINT_T0>((slot as *const WordSlot).cast::<i8>()) };
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = hash;
    }

    /// Whether `slot` holds `word` (whose hash it has).
    #[inline]
    fn holds(&self, slot: &WordSlot, word: &str) -> bool {
        let b = word.as_bytes();
        if slot.len as usize != b.len() {
            return false;
        }
        if b.len() <= INLINE {
            slot.text.get(..b.len()) == Some(b)
        } else {
            let at = u32::from_le_bytes([slot.text[0], slot.text[1], slot.text[2], slot.text[3]]) as usize;
            self.long.get(at).is_some_and(|l| l.as_bytes() == b)
        }
    }

    /// The arena index of `word`, whose hash is `hash`.
    #[inline]
    fn get(&self, word: &str, hash: u64) -> Option<u32> {
        let mask = self.mask();
        let mut i = hash as usize & mask;
        loop {
            let slot = self.slots.get(i)?;
            if slot.id == FREE {
                return None;
            }
            if slot.hash == hash && self.holds(slot, word) {
                return Some(slot.id);
            }
            i = (i + 1) & mask;
        }
    }

    /// Files `word` (hash `hash`, not in the table) under arena index `id`.
    fn insert(&mut self, word: &str, hash: u64, id: u32) {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let b = word.as_bytes();
        let mut slot = WordSlot {
            hash,
            id,
            len: b.len() as u32,
            text: [0; INLINE],
        };
        if let Some(t) = slot.text.get_mut(..b.len()) {
            t.copy_from_slice(b);
        } else {
            slot.text[..4].copy_from_slice(&(self.long.len() as u32).to_le_bytes());
            self.long.push(word.into());
        }
        self.place(slot);
        self.len += 1;
    }

    /// Puts `slot` in the first free slot of its probe sequence.
    fn place(&mut self, slot: WordSlot) {
        let mask = self.mask();
        let mut i = slot.hash as usize & mask;
        while self.slots[i].id != FREE {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
    }

    /// Doubles the slots (1,024 at first) and files the words again.
    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        self.slots = vec![FREE_SLOT; (old.len() * 2).max(1024)];
        for slot in old.into_iter().filter(|s| s.id != FREE) {
            self.place(slot);
        }
    }

    /// Gives every word the arena index `new_id[id]`, forgetting those whose
    /// new index is [`FREE`].
    fn renumber(&mut self, new_id: &[u32]) {
        let size = self.slots.len();
        let old = std::mem::replace(&mut self.slots, vec![FREE_SLOT; size]);
        let old_long = std::mem::take(&mut self.long);
        self.len = 0;
        for mut slot in old.into_iter().filter(|s| s.id != FREE) {
            let id = new_id.get(slot.id as usize).copied().unwrap_or(FREE);
            if id == FREE {
                continue;
            }
            slot.id = id;
            if slot.len as usize > INLINE {
                let at = u32::from_le_bytes([slot.text[0], slot.text[1], slot.text[2], slot.text[3]]) as usize;
                let Some(word) = old_long.get(at) else { continue };
                slot.text[..4].copy_from_slice(&(self.long.len() as u32).to_le_bytes());
                self.long.push(word.clone());
            }
            self.place(slot);
            self.len += 1;
        }
    }
}

/// Pairs of words a thread's [`PairCache`] has room for (a power of two):
/// 64 bytes each, 8 MB. The 2,700 ANT articles have about 400,000 distinct
/// pairs of adjacent tokens in 1.1 million; a table this size finds a pair
/// already there about half the time (2^18 slots: 56%, 2^19: 59%).
const PAIR_BITS: u32 = 17;

/// What the features that join two adjacent words give each token they
/// belong to ([`pair_features`]), by [`role`]: the summed weights of the
/// eight features of the pair's second word and of the seven of its first
/// (a few hundred at most: eight weights of at most 127), and the weights
/// of the one feature of the word after the pair and of the word before.
/// One cache line.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct PairEntry {
    /// [`pair_key`] of the pair, 0 in a free slot.
    key: u64,
    second: [i16; NT],
    first: [i16; NT],
    after: [i8; NT],
    before: [i8; NT],
}

const FREE_PAIR: PairEntry = PairEntry {
    key: 0,
    second: [0; NT],
    first: [0; NT],
    after: [0; NT],
    before: [0; NT],
};

/// The key of the pair of cached words `a` and `b` (never 0).
#[inline]
fn pair_key(a: u32, b: u32) -> u64 {
    (a as u64 + 1) << 32 | b as u64
}

/// A thread's cache of the weights that pairs of adjacent words give their
/// tokens ([`PairEntry`]), by the words' indices in the word cache:
/// direct-mapped, a new pair taking the place of the one it collides with.
/// A pair's features read the two words alone, and sums of integers do not
/// depend on the order of addition, so cached and fresh scores are the same.
/// The table grows with the word cache, 16 slots a cached word, up to
/// 2^[`PAIR_BITS`]: a thread that codes one article fills about a
/// megabyte, not 8 MB.
#[derive(Default)]
struct PairCache {
    slots: Vec<PairEntry>,
    /// log2 of the number of slots (none: 0).
    bits: u32,
}

impl PairCache {
    /// Forgets every pair (the word indices it is keyed by change).
    fn clear(&mut self) {
        self.slots.clear();
        self.bits = 0;
    }

    /// Makes room for the pairs of `words` cached words: a table at least
    /// 16 times as large (at most 2^[`PAIR_BITS`] slots), made again and empty
    /// when it grows.
    fn fit(&mut self, words: usize) {
        let bits = (16 * words).max(1 << 12).next_power_of_two().trailing_zeros().min(PAIR_BITS);
        if bits > self.bits {
            self.slots.clear();
            self.slots.resize(1 << bits, FREE_PAIR);
            self.bits = bits;
        }
    }

    /// The slot of `key` (0 in a table with no slot, where it is not).
    #[inline]
    fn slot(&self, key: u64) -> usize {
        key.wrapping_mul(0x9E37_79B9_7F4A_7C15).checked_shr(64 - self.bits).unwrap_or(0) as usize
    }

    /// A hint that slot `i` is about to be read.
    #[inline]
    fn prefetch(&self, i: usize) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            if let Some(e) = self.slots.get(i) {
                // SAFETY: a prefetch never faults and has no effect on memory; the pointer is to a live slot.
                unsafe { _mm_prefetch::<_MM_HINT_T0>((e as *const PairEntry).cast::<i8>()) };
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = i;
    }

    /// The rows of the pair `key` in slot `i`, by role, if it is there.
    #[inline]
    fn get(&self, key: u64, i: usize) -> Option<[[i32; NT]; 4]> {
        let e = self.slots.get(i).filter(|e| e.key == key)?;
        // (the roles are 0 to 3 in this order)
        Some([e.second.map(i32::from), e.first.map(i32::from), e.after.map(i32::from), e.before.map(i32::from)])
    }

    /// Files the rows of the pair `key`, by role, in slot `i`. Each fits its
    /// entry: a weight is one byte, a row of the roles `SECOND` and `FIRST`
    /// sums eight weights at most (at most 1,016 either way) and one of
    /// `AFTER` or `BEFORE` is the row of a single feature.
    fn put(&mut self, key: u64, i: usize, rows: &[[i32; NT]]) {
        let [second, first, after, before] = rows else { return };
        debug_assert!(second.iter().chain(first).all(|&x| i16::try_from(x).is_ok()));
        debug_assert!(after.iter().chain(before).all(|&x| i8::try_from(x).is_ok()));
        if let Some(e) = self.slots.get_mut(i) {
            e.key = key;
            e.second = second.map(|x| x as i16);
            e.first = first.map(|x| x as i16);
            e.after = after.map(|x| x as i8);
            e.before = before.map(|x| x as i8);
        }
    }
}

/// Reusable buffers for tagging, and a per-thread cache of words.
#[derive(Default)]
pub(crate) struct Work {
    scratch: Scratch,
    emit: Vec<f32>,
    delta: Vec<f32>,
    /// The model's transitions as [`viterbi_with`] reads them.
    transitions: Option<Transitions>,
    /// The decoded state sequence.
    pub path: Vec<u8>,
    /// The sentence's words, as indices into `arena`.
    ids: Vec<u32>,
    /// `ids` with the boundaries, two on each side.
    padded: Vec<u32>,
    /// The cached words: the sentence boundaries, before (as previous
    /// tokens) and after, then every word in `cache`.
    arena: Vec<CachedWord>,
    /// Words seen by this thread with the model `cache_model`, and where
    /// they are in `arena`. News repeats its words, and most of a token's
    /// features (all but those that join two tokens of the window or read
    /// the position) depend on one word alone; integer sums do not depend on
    /// the order of addition, so cached and fresh scores are the same.
    cache: WordTable,
    cache_model: u64,
    /// The hashes of the sentence's words in `cache`.
    hashes: Vec<u64>,
    /// How often each cached word was found in the cache since it was last
    /// full (halved then), by index in `arena`.
    hits: Vec<u32>,
    /// The atoms of the sentence's window (two boundaries on each side).
    window: Vec<JointAtoms>,
    /// The keys of features joining two tokens that the table may hold,
    /// and the rows of `accs` they add to.
    found: Vec<(u32, u32)>,
    /// The tokens' summed weights, then (while a sentence is scored) those
    /// of each pair of its window by role.
    accs: Vec<[i32; NT]>,
    /// The pairs of adjacent words with the cache `cache_model`.
    pairs: PairCache,
    /// The key and slot of each pair of the sentence's window in `pairs`,
    /// and whether it was found there.
    pair_slots: Vec<(u64, usize, bool)>,
    /// The keys of a new word's features, with their kinds
    /// (`CachedWord::new`).
    summed_keys: Vec<(u32, u8)>,
    /// The weights of the embedding code's features with the model
    /// `cache_model` ([`code_rows`]).
    code_rows: Vec<CodeRow>,
    /// The neural scorer's word cache and buffers.
    net_cache: crate::neural::NetCache,
    /// The summed weights of the position feature of a token inside its
    /// sentence (neither first nor last) with the model `cache_model`:
    /// most tokens have that one, looked up once per model.
    inside: [i32; NT],
}

/// Where the boundaries are in [`Work::arena`].
const BOS: usize = 0;
const EOS: usize = 1;

impl Work {
    /// Keeps the `keep` cached words found most often (the earliest cached
    /// first among equals) and the boundaries, in their order, and forgets
    /// the others. Cached or not, a word scores the same: only the time
    /// taken depends on what is kept.
    fn keep_most_used(&mut self, keep: usize) {
        let words = self.hits.get(EOS + 1..).unwrap_or(&[]);
        if words.len() <= keep {
            return;
        }
        // the `keep`-th largest count: words above it are kept, and as many
        // at it as there is room left for
        let mut counts = words.to_vec();
        let (_, &mut at, _) = counts.select_nth_unstable_by(keep, |a, b| b.cmp(a));
        let mut room = keep - words.iter().filter(|&&h| h > at).count();
        // the kept words move down in place (no second arena at any time)
        let mut new_id = vec![FREE; self.arena.len()];
        let mut next = 0;
        for (id, new) in new_id.iter_mut().enumerate().take(self.arena.len().min(self.hits.len())) {
            let h = self.hits[id];
            let kept = id <= EOS
                || h > at
                || (h == at && room > 0 && {
                    room -= 1;
                    true
                });
            if kept {
                *new = next as u32;
                self.arena[next] = self.arena[id];
                self.hits[next] = h / 2;
                next += 1;
            }
        }
        self.arena.truncate(next);
        self.hits.truncate(next);
        self.cache.renumber(&new_id);
        // (pairs are keyed by the old indices)
        self.pairs.clear();
    }
}

/// Identifies a model for the per-thread word caches. Not part of the
/// model's value: every model compares equal here, and a clone gets an id
/// of its own.
#[derive(Debug)]
pub(crate) struct CacheId(u64);

impl Default for CacheId {
    fn default() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        CacheId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl Clone for CacheId {
    fn clone(&self) -> Self {
        CacheId::default()
    }
}

impl PartialEq for CacheId {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Model {
    /// Decodes a sentence; the state indices are left in `w.path`.
    pub fn decode<T: AsRef<str>>(&self, tokens: &[T], w: &mut Work) {
        if w.cache_model != self.cache_id.0 || w.arena.len() < 2 || w.hits.len() != w.arena.len() {
            w.cache.clear();
            w.arena.clear();
            w.hits.clear();
            w.pairs.clear();
            // Room for a full cache at once: the arena then never moves.
            // Growing it by doubling copied megabytes of cached words into
            // fresh pages each time; reserved pages cost nothing until a
            // word is written there.
            w.arena.reserve(CACHE_WORDS + 2);
            w.hits.reserve(CACHE_WORDS + 2);
            w.cache_model = self.cache_id.0;
            // (the boundaries are never a sentence's word: no memory key)
            w.summed_keys.reserve(MAX_SUMMED);
            w.code_rows = code_rows(&self.weights);
            w.arena
                .push(CachedWord::new(Atoms::boundary(false), &self.weights, 0, &mut w.summed_keys, &w.code_rows));
            w.arena
                .push(CachedWord::new(Atoms::boundary(true), &self.weights, 0, &mut w.summed_keys, &w.code_rows));
            w.hits.extend([0, 0]);
            w.inside = [0; NT];
            self.weights.add(position_key(false, false), &mut w.inside);
        } else if w.cache.len() >= CACHE_WORDS {
            w.keep_most_used(CACHE_KEEP);
        }
        let n = tokens.len();
        w.ids.clear();
        // the words' slots are fetched all at once, then looked up
        w.hashes.clear();
        for t in tokens {
            let h = word_hash(t.as_ref());
            w.cache.prefetch(h);
            w.hashes.push(h);
        }
        for (t, &h) in tokens.iter().zip(&w.hashes) {
            let t = t.as_ref();
            let id = match w.cache.get(t, h) {
                Some(id) => {
                    // its atoms and sums are read below
                    prefetch_word(&w.arena, id);
                    if let Some(h) = w.hits.get_mut(id as usize) {
                        *h = h.saturating_add(1);
                    }
                    id
                }
                None => {
                    let id = w.arena.len() as u32;
                    let atoms = token_atoms(t, &self.clusters, &mut w.scratch);
                    // the atoms' base form is the memory's: not computed twice
                    let memory_key = crate::memory::memory_key_of(t, w.scratch.base());
                    w.arena
                        .push(CachedWord::new(atoms, &self.weights, memory_key, &mut w.summed_keys, &w.code_rows));
                    w.hits.push(0);
                    w.cache.insert(t, h, id);
                    id
                }
            };
            w.ids.push(id);
        }
        // the sentence's words with two boundaries on each side
        let padded = &mut w.padded;
        padded.clear();
        padded.extend([BOS as u32; 2]);
        padded.extend_from_slice(&w.ids);
        padded.extend([EOS as u32; 2]);
        let (arena, ids, padded) = (&w.arena, &w.ids, &w.padded[..]);
        let word = |id: u32| &arena[id as usize];
        // the atoms of the window
        let window = &mut w.window;
        window.clear();
        window.extend(padded.iter().map(|&id| word(id).atoms));
        // How many tokens ahead a word's cache entry is prefetched: rare
        // words are far apart in the arena, and their sums would otherwise
        // be waited for below.
        const WORDS_AHEAD: usize = 4;
        for &id in ids.iter().take(WORDS_AHEAD) {
            prefetch_word(arena, id);
        }
        // The pairs of adjacent words of the window: their slots in the
        // cache of pairs are fetched all at once, then read.
        w.pairs.fit(w.arena.len());
        let pairs = &w.pairs;
        let pair_slots = &mut w.pair_slots;
        pair_slots.clear();
        for ab in padded.windows(2) {
            let key = pair_key(ab[0], ab[1]);
            let slot = pairs.slot(key);
            pairs.prefetch(slot);
            pair_slots.push((key, slot, false));
        }
        // The tokens' sums of the features of one word ...
        let accs = &mut w.accs;
        let inside = &w.inside;
        accs.clear();
        accs.extend(padded.windows(5).enumerate().map(|(i, around)| {
            let mut acc = [0; NT];
            if let [p2, p1, c, n1, n2] = *around {
                acc = word(c).sums[0];
                add_into(&mut acc, &word(p1).sums[1]);
                add_into(&mut acc, &word(n1).sums[2]);
                add_into(&mut acc, &word(p2).sums[3]);
                add_into(&mut acc, &word(n2).sums[4]);
            }
            if i > 0 && i + 1 < n {
                add_into(&mut acc, inside);
            }
            acc
        }));
        // ... then four rows for each pair of the window (`n + 4 * j +
        // role` for pair `j`, window tokens `j` and `j + 1`): its cached
        // rows, else zeros and the keys of its features.
        // The keys of the features, with the rows they add to, are
        // gathered (each one's word of the filter prefetched as it is
        // made), then those the filter lets through are kept, then looked
        // up, each bucket prefetched a few keys ahead. The filter is half a
        // megabyte: reading a key's word at once, when the key is made,
        // waited for the cache about as long as the lookups themselves.
        let weights = &self.weights;
        let found = &mut w.found;
        // (the buffer only grows: emptying it would have it filled with
        // zeros again at every sentence; `made` and `kept` say how much is
        // this one's)
        let most = pair_slots.len() * 17 + 2 * n + 2;
        if found.len() < most {
            found.resize(most, (0, 0));
        }
        let mut made = 0;
        let mut keep = |k: u32, row: usize| {
            if let Some(slot) = found.get_mut(made) {
                *slot = (k, row as u32);
                weights.prefetch_filter(k);
                made += 1;
            }
        };
        for (j, (key, slot, hit)) in pair_slots.iter_mut().enumerate() {
            match pairs.get(*key, *slot) {
                Some(rows) => {
                    accs.extend(rows);
                    *hit = true;
                }
                None => {
                    accs.extend([[0; NT]; 4]);
                    if let (Some(a), Some(b)) = (window.get(j), window.get(j + 1)) {
                        pair_features(a, b, |k, r| keep(k, n + 4 * j + r as usize));
                    }
                }
            }
        }
        // the features of a token's previous and next words, and the
        // position of the first and last token (that of a token inside the
        // sentence is in the sums above)
        for (i, around) in window.windows(5).enumerate() {
            if let [_, p1, _, n1, _] = around {
                keep(skip_key(p1, n1), i);
            }
            if i == 0 || i + 1 == n {
                keep(position_key(i == 0, i + 1 == n), i);
            }
        }
        let kept = weights.keep_possible(found, made, |e| e.0);
        let found = found.get(..kept).unwrap_or(&[]);
        // How many features ahead of the lookup their buckets are prefetched:
        // the table is several megabytes, a lookup a trip to memory, and one
        // iteration of the loop below a few instructions (8 ahead left the
        // loop waiting; 16 and 32 ran alike, 5% less time in all).
        const AHEAD: usize = 16;
        for &(k, _) in found.iter().take(AHEAD) {
            weights.prefetch(k);
        }
        for j in 0..found.len() {
            if let Some(&(ahead, _)) = found.get(j + AHEAD) {
                weights.prefetch(ahead);
            }
            let (k, row) = found[j];
            if let Some(acc) = accs.get_mut(row as usize) {
                weights.add(k, acc);
            }
        }
        // the new pairs into the cache, and every pair's rows to its tokens
        for (j, &(key, slot, hit)) in pair_slots.iter().enumerate() {
            if !hit {
                if let Some(rows) = accs.get(n + 4 * j..n + 4 * j + 4) {
                    w.pairs.put(key, slot, rows);
                }
            }
        }
        let (tokens_acc, pair_rows) = accs.split_at_mut(n);
        let row = |j: usize, r: u8| pair_rows.get(4 * j + r as usize);
        for (i, acc) in tokens_acc.iter_mut().enumerate() {
            // token i is window token i + 2
            for x in [row(i + 1, role::SECOND), row(i + 2, role::FIRST), row(i, role::AFTER), row(i + 3, role::BEFORE)]
                .into_iter()
                .flatten()
            {
                add_into(acc, x);
            }
        }
        accs.truncate(n);
        if let Some(net) = &self.net {
            net.sentence_log_probs(tokens, &self.clusters, &mut w.net_cache, self.cache_id.0);
        }
        if self.net.as_ref().is_some_and(|n| n.stack) {
            for (i, acc) in accs.iter_mut().enumerate() {
                crate::neural::stack_keys(&w.net_cache.lps, i, |k| weights.add(k, acc));
            }
        }
        let scale = weights.scale;
        w.emit.clear();
        w.emit.resize(accs.len() * NT, 0.0);
        for (e, acc) in w.emit.chunks_exact_mut(NT).zip(accs.iter()) {
            for (e, &a) in e.iter_mut().zip(acc) {
                *e = a as f32 * scale;
            }
        }
        if let Some(net) = self.net.as_ref().filter(|n| !n.stack) {
            for (e, lp) in w.emit.chunks_exact_mut(NT).zip(&w.net_cache.lps) {
                for (e, &l) in e.iter_mut().zip(lp) {
                    *e += net.weight * l;
                }
            }
        }
        let tr = Transitions::cached(&mut w.transitions, &self.weights.trans);
        viterbi_with(&w.emit, tr, &self.weights.end, &mut w.delta, &mut w.path);
    }
}

/// Buffers of [`Model::decode_document`].
#[derive(Default)]
pub(crate) struct DocWork {
    keys: Vec<Vec<u64>>,
    emits: Vec<Vec<f32>>,
    emit: Vec<f32>,
    /// Further passes, each with the memory of the one before (0: two
    /// passes in all).
    pub extra_passes: usize,
    /// The weights of every memory feature looked up so far with the
    /// model `memory_model`, by window and id
    /// (`crate::memory::memory_feature_ids`): there are a few thousand
    /// features in all, and the same few come back at every token. Each
    /// is kept as what it adds to the emission scores, every weight times
    /// the model's scale (the same products the sum would compute), or
    /// `Some(None)` when all its weights are zero (it changes nothing).
    memory_rows: Vec<Option<Option<[f32; NT]>>>,
    memory_model: u64,
    /// The memory's windows, kept between documents.
    windows: crate::memory::Windows,
}

impl Model {
    /// Decodes the sentences of a document in two passes: each sentence
    /// alone, then again with the memory features of `crate::memory`
    /// computed from the first pass over each of `windows` (a number of
    /// sentences on each side; none: one pass). Returns the state sequence of every sentence.
    pub fn decode_document<S: AsRef<[T]>, T: AsRef<str>>(&self, sentences: &[S], windows: &[usize], w: &mut Work, d: &mut DocWork) -> Vec<Vec<u8>> {
        let mut paths: Vec<Vec<u8>> = Vec::with_capacity(sentences.len());
        d.emits.resize_with(sentences.len(), Vec::new);
        d.keys.resize_with(sentences.len(), Vec::new);
        for ((s, e), k) in sentences.iter().zip(d.emits.iter_mut()).zip(d.keys.iter_mut()) {
            let s = s.as_ref();
            e.clear();
            k.clear();
            if s.is_empty() {
                paths.push(Vec::new());
                continue;
            }
            self.decode(s, w);
            paths.push(w.path.clone());
            e.extend_from_slice(&w.emit);
            // the memory keys of the sentence's words, kept with them in
            // the word cache: `memory_keys` of the sentence
            k.extend(w.ids.iter().map(|&id| w.arena.get(id as usize).map_or(0, |c| c.memory_key)));
        }
        if windows.is_empty() {
            return paths;
        }
        let keys = &d.keys[..sentences.len()];
        let scale = self.weights.scale;
        if d.memory_model != self.cache_id.0 {
            d.memory_rows.clear();
            d.memory_model = self.cache_id.0;
        }
        if d.memory_rows.len() < windows.len() * MEMORY_IDS {
            d.memory_rows.resize(windows.len() * MEMORY_IDS, None);
        }
        let rows = &mut d.memory_rows;
        for _ in 0..=d.extra_passes {
            let mut out = paths.clone();
            let (emits, emit) = (&d.emits, &mut d.emit);
            let tr = Transitions::cached(&mut w.transitions, &self.weights.trans);
            let delta = &mut w.delta;
            let mut changed = false;
            let last = windows.len() - 1;
            crate::memory::for_each_sentence_with(&mut d.windows, keys, &paths, windows, |s, wi, recalls| {
                if wi == 0 {
                    emit.clear();
                    emit.extend_from_slice(&emits[s]);
                    changed = false;
                }
                crate::memory::memory_feature_ids(recalls, |i, id| {
                    let look_up = || {
                        let mut acc = [0i32; NT];
                        self.weights.add(crate::memory::memory_feature_key(wi, id), &mut acc);
                        acc.iter().any(|&a| a != 0).then(|| acc.map(|a| a as f32 * scale))
                    };
                    let add = match rows.get_mut(wi * MEMORY_IDS + id) {
                        Some(Some(add)) => *add,
                        Some(row) => *row.insert(look_up()),
                        None => look_up(),
                    };
                    if let (Some(add), Some(e)) = (add, emit.get_mut(i * NT..(i + 1) * NT)) {
                        changed = true;
                        for (e, &x) in e.iter_mut().zip(&add) {
                            *e += x;
                        }
                    }
                });
                if wi == last && changed {
                    viterbi_with(emit, tr, &self.weights.end, delta, &mut out[s]);
                }
            });
            paths = out;
        }
        paths
    }
}

/// The complete model: cluster table plus weights.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Model {
    pub clusters: ClusterTable,
    pub weights: Weights,
    pub cache_id: CacheId,
    /// The neural scorer, whose log-probabilities are added to the
    /// emission scores or read as features (`Net::stack`); none: the
    /// perceptron alone, as in the shipped model.
    pub net: Option<crate::neural::Net>,
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Cursor<'a> {
    b: &'a [u8],
    pos: usize,
}

fn bad(msg: &str) -> NerError {
    NerError::Model(msg.to_string())
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        if n > self.b.len() - self.pos {
            return Err(bad("unexpected end of model data"));
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, NerError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self) -> Result<f32, NerError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn varint(&mut self) -> Result<u64, NerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7F) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(bad("varint too long"))
    }
    /// A count that must not exceed what the remaining bytes can hold.
    fn count(&mut self, min_bytes_each: usize) -> Result<usize, NerError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_bytes_each) > self.b.len() - self.pos {
            return Err(bad("count exceeds model size"));
        }
        Ok(n)
    }
}

impl Model {
    /// Serialises the model (deterministic bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut p = Vec::new();
        p.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        p.extend_from_slice(&(NT as u32).to_le_bytes());
        let w = &self.weights;
        for x in w.trans.iter().chain(w.end.iter()) {
            p.extend_from_slice(&x.to_bits().to_le_bytes());
        }
        // Clusters, column-wise for compressibility.
        let c = &self.clusters;
        p.extend_from_slice(&(c.len() as u32).to_le_bytes());
        for word in &c.words {
            put_varint(&mut p, word.len() as u64);
            p.extend_from_slice(word.as_bytes());
        }
        for e in &c.entries {
            p.push(e.depth);
        }
        for e in &c.entries {
            p.extend_from_slice(&(e.path as u16).to_le_bytes());
        }
        for e in &c.entries {
            p.push(e.freq);
        }
        p.push(CODE_DIMS as u8);
        for b in 0..CODE_BYTES {
            for e in &c.entries {
                p.push((e.code >> (8 * b)) as u8);
            }
        }
        // Entity lexicon.
        let lx = &c.lexicon;
        p.extend_from_slice(&(lx.len() as u32).to_le_bytes());
        for word in &lx.words {
            put_varint(&mut p, word.len() as u64);
            p.extend_from_slice(word.as_bytes());
        }
        for code in &lx.codes {
            p.extend_from_slice(&code.to_le_bytes());
        }
        // Weights.
        p.extend_from_slice(&(w.keys.len() as u32).to_le_bytes());
        p.extend_from_slice(&w.scale.to_bits().to_le_bytes());
        let mut prev = 0u32;
        for &k in &w.keys {
            put_varint(&mut p, (k - prev) as u64);
            prev = k;
        }
        for t in 0..NT {
            for r in 0..w.keys.len() {
                p.push(w.q[r * NT + t] as u8);
            }
        }
        // The neural scorer, when there is one (older models end here).
        if let Some(net) = &self.net {
            p.push(1);
            net.write(c, &mut p);
        }
        let mut out = Vec::with_capacity(p.len() / 2 + 32);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(p.len() as u32).to_le_bytes());
        out.extend_from_slice(&hash_bytes(CHECKSUM_SEED, &p).to_le_bytes());
        let mut enc = flate2::write::DeflateEncoder::new(&mut out, flate2::Compression::best());
        // Writing into a Vec cannot fail.
        let _ = enc.write_all(&p);
        let _ = enc.finish();
        out
    }

    /// Parses a model produced by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, NerError> {
        if bytes.len() < MAGIC.len() + 12 || &bytes[..MAGIC.len()] != MAGIC {
            return Err(bad("not a hadath-ner model (bad magic)"));
        }
        let h = &bytes[MAGIC.len()..MAGIC.len() + 12];
        let len = u32::from_le_bytes([h[0], h[1], h[2], h[3]]) as usize;
        let mut sum = [0u8; 8];
        sum.copy_from_slice(&h[4..12]);
        let sum = u64::from_le_bytes(sum);
        if len > MAX_PAYLOAD {
            return Err(bad("model payload too large"));
        }
        let mut p = Vec::with_capacity(len);
        flate2::read::DeflateDecoder::new(&bytes[MAGIC.len() + 12..])
            .take(len as u64 + 1)
            .read_to_end(&mut p)
            .map_err(|e| NerError::Model(format!("corrupt model data: {e}")))?;
        if p.len() != len || hash_bytes(CHECKSUM_SEED, &p) != sum {
            return Err(bad("corrupt model data (checksum mismatch)"));
        }
        Model::from_payload(&p)
    }

    /// Parses a model whose payload is already inflated: the header of
    /// [`Model::to_bytes`] followed by the payload as it was before
    /// compression (what the build script makes of the embedded model).
    pub fn from_inflated(bytes: &[u8]) -> Result<Model, NerError> {
        let head = MAGIC.len() + 12;
        if bytes.len() < head || &bytes[..MAGIC.len()] != MAGIC {
            return Err(bad("not a hadath-ner model (bad magic)"));
        }
        let h = &bytes[MAGIC.len()..head];
        let len = u32::from_le_bytes([h[0], h[1], h[2], h[3]]) as usize;
        let mut sum = [0u8; 8];
        sum.copy_from_slice(&h[4..12]);
        let p = &bytes[head..];
        if p.len() != len || hash_bytes(CHECKSUM_SEED, p) != u64::from_le_bytes(sum) {
            return Err(bad("corrupt model data (checksum mismatch)"));
        }
        Model::from_payload(p)
    }

    /// Parses the uncompressed payload of a model.
    fn from_payload(p: &[u8]) -> Result<Model, NerError> {
        let mut c = Cursor { b: p, pos: 0 };
        if c.u32()? != FEATURE_VERSION {
            return Err(bad("model uses an unsupported feature version"));
        }
        if c.u32()? as usize != NT {
            return Err(bad("model has an unexpected tag set"));
        }
        let mut trans = Vec::with_capacity((NT + 1) * NT);
        for _ in 0..(NT + 1) * NT {
            trans.push(c.f32()?);
        }
        let mut end = Vec::with_capacity(NT);
        for _ in 0..NT {
            end.push(c.f32()?);
        }
        if trans.iter().chain(end.iter()).any(|x| !x.is_finite()) {
            return Err(bad("non-finite transition weight"));
        }
        let n = c.count(5)?;
        let mut words = Vec::with_capacity(n);
        for _ in 0..n {
            let l = c.varint()?;
            if l > 1 << 20 {
                return Err(bad("cluster word too long"));
            }
            let s = c.take(l as usize)?;
            let w = std::str::from_utf8(s).map_err(|_| bad("cluster word is not UTF-8"))?;
            words.push(Box::<str>::from(w));
        }
        let depths = c.take(n)?.to_vec();
        let paths = c.take(2 * n)?;
        let freqs = c.take(n)?;
        if c.u8()? as usize != CODE_DIMS {
            return Err(bad("unexpected embedding code size"));
        }
        let mut codes = vec![0u128; n];
        for b in 0..CODE_BYTES {
            let s = c.take(n)?;
            for (code, &byte) in codes.iter_mut().zip(s) {
                *code |= (byte as u128) << (8 * b);
            }
        }
        let mut entries = Vec::with_capacity(n);
        for i in 0..n {
            let depth = depths[i];
            if depth > MAX_DEPTH {
                return Err(bad("cluster path too deep"));
            }
            entries.push(ClusterEntry {
                path: u16::from_le_bytes([paths[2 * i], paths[2 * i + 1]]) as u32,
                depth,
                freq: freqs[i],
                code: codes[i],
            });
        }
        let nl = c.count(3)?;
        let mut lwords = Vec::with_capacity(nl);
        for _ in 0..nl {
            let l = c.varint()?;
            if l > 1 << 20 {
                return Err(bad("lexicon word too long"));
            }
            let s = c.take(l as usize)?;
            let w = std::str::from_utf8(s).map_err(|_| bad("lexicon word is not UTF-8"))?;
            lwords.push(Box::<str>::from(w));
        }
        let lc = c.take(2 * nl)?;
        let lcodes: Vec<u16> = lc.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect();
        let nf = c.count(1)?;
        let scale = c.f32()?;
        if !scale.is_finite() || scale < 0.0 {
            return Err(bad("non-finite weight scale"));
        }
        let mut keys = Vec::with_capacity(nf);
        let mut prev = 0u64;
        for i in 0..nf {
            let d = c.varint()?;
            let k = prev + d;
            if k > u32::MAX as u64 || k == 0 || (i > 0 && d == 0) {
                return Err(bad("feature keys out of order"));
            }
            keys.push(k as u32);
            prev = k;
        }
        // stored tag by tag; written row by row (one pass, in order)
        let mut cols: [&[u8]; NT] = [&[]; NT];
        for col in &mut cols {
            *col = c.take(nf)?;
        }
        let mut q = vec![0i8; nf * NT];
        for (r, row) in q.chunks_exact_mut(NT).enumerate() {
            for (x, col) in row.iter_mut().zip(&cols) {
                *x = col[r] as i8;
            }
        }
        let mut clusters = ClusterTable::new(words, entries);
        let net = if c.pos < p.len() && c.u8()? == 1 {
            let (net, emb, used) = crate::neural::Net::read(&p[c.pos..], clusters.len())?;
            c.pos += used;
            clusters.emb = emb;
            clusters.emb_dim = net.de;
            Some(net)
        } else {
            None
        };
        if c.pos != p.len() {
            return Err(bad("trailing bytes in model data"));
        }
        clusters.lexicon = Lexicon::new(lwords, lcodes);
        Ok(Model {
            clusters,
            weights: Weights::new(keys, q, scale, trans, end),
            cache_id: CacheId::default(),
            net,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_words_stay_small() {
        // the figure the comment of CACHE_WORDS gives
        assert!(std::mem::size_of::<CachedWord>() <= 240);
    }

    #[test]
    fn decoded_scores_are_those_of_every_feature_of_each_token() {
        // the word cache, the features of a sentence at once and the row of
        // the position inside a sentence give the scores the features of
        // `sentence_features`, each looked up, give
        let model = &crate::Tagger::embedded().model;
        let mut w = Work::default();
        let mut scratch = Scratch::default();
        let (mut feats, mut offsets) = (Vec::new(), Vec::new());
        let text = "القاهرة - أعرب وزير الخارجية المصري سامح شكري، الثلاثاء، عن تفاؤله بقرب التوصل إلى تسوية \
                    سياسية شاملة للأزمة الليبية. وقال المتحدث باسم الرئاسة الروسية دميتري بيسكوف في موسكو";
        let mut words = Vec::new();
        crate::text::tokenize(text, |t| words.push(t.to_string()));
        let mut sentences: Vec<&[String]> = (1..=4).map(|len| &words[..len]).collect();
        sentences.extend([&words[..], &words[3..9], &words[..]]);
        for tokens in sentences {
            model.decode(tokens, &mut w);
            crate::features::sentence_features(tokens, &model.clusters, &mut scratch, &mut feats, &mut offsets, None);
            let mut expected = Vec::new();
            for i in 0..tokens.len() {
                let mut acc = [0i32; NT];
                for &k in &feats[offsets[i]..offsets[i + 1]] {
                    model.weights.add(k, &mut acc);
                }
                expected.extend(acc.map(|a| (a as f32 * model.weights.scale).to_bits()));
            }
            let got: Vec<u32> = w.emit.iter().map(|e| e.to_bits()).collect();
            assert_eq!(got, expected, "{} tokens", tokens.len());
        }
    }

    #[test]
    fn cached_memory_keys_are_those_of_the_sentence() {
        let model = &crate::Tagger::embedded().model;
        let mut w = Work::default();
        let (mut keys, mut folded, mut base) = (Vec::new(), String::new(), String::new());
        for s in [
            "وقال تشافيز إن 3 ، والاستراتيجيات Reuters",
            "تشافيز وتشافيز لتشافيز 2018 . Reuters بالمسؤوليات",
            "وقال تشافيز",
        ] {
            let tokens: Vec<&str> = s.split(' ').collect();
            model.decode(&tokens, &mut w);
            crate::memory::memory_keys(&tokens, &mut keys, &mut folded, &mut base);
            let cached: Vec<u64> = w.ids.iter().map(|&id| w.arena[id as usize].memory_key).collect();
            assert_eq!(cached, keys, "{s}");
        }
    }

    #[test]
    fn the_state_lists_are_those_allowed() {
        for t in 0..NT {
            let after: Vec<usize> = (0..NT).filter(|&p| allowed(p, t)).collect();
            if FREE_STATES.contains(&t) {
                assert_eq!(after, (0..NT).collect::<Vec<_>>());
            } else {
                assert!(INSIDE_STATES.contains(&t));
                assert_eq!(after, [t - 1, t]);
            }
        }
    }

    #[test]
    fn tag_index_roundtrip() {
        for i in 0..NT {
            assert_eq!(tag_index(index_tag(i)), i);
        }
    }

    #[test]
    fn inflated_models_are_checked() {
        let bytes = crate::Tagger::embedded().model.to_bytes();
        let head = MAGIC.len() + 12;
        let mut inflated = bytes[..head].to_vec();
        flate2::read::DeflateDecoder::new(&bytes[head..]).read_to_end(&mut inflated).expect("inflate");
        let model = Model::from_inflated(&inflated).expect("an inflated model loads");
        assert!(model == crate::Tagger::embedded().model);
        assert!(Model::from_inflated(&inflated[..inflated.len() - 1]).is_err());
        assert!(Model::from_inflated(&[]).is_err());
        let mid = inflated.len() / 2;
        inflated[mid] ^= 0x55;
        assert!(Model::from_inflated(&inflated).is_err());
    }

    #[test]
    fn a_cache_cut_down_to_its_most_used_words_scores_the_same() {
        let model = &crate::Tagger::embedded().model;
        let sentences: Vec<Vec<&str>> = [
            "التقى الرئيس الروسي فلاديمير بوتين في موسكو نظيره التركي",
            "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة",
            "وصل الرئيس التركي إلى موسكو أمس",
            // words too long to be kept in their slots of the table
            "والاستراتيجيات الروسية بالمسؤوليات والاستراتيجيات",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let paths = |w: &mut Work| -> Vec<Vec<u8>> {
            sentences
                .iter()
                .map(|s| {
                    model.decode(s, w);
                    w.path.clone()
                })
                .collect()
        };
        let mut w = Work::default();
        let fresh = paths(&mut w);
        for keep in [7, 5, 1, 0] {
            w.keep_most_used(keep);
            assert_eq!(w.cache.len(), keep);
            assert_eq!(w.arena.len(), keep + 2);
            assert_eq!(paths(&mut w), fresh);
        }
    }

    #[test]
    fn the_table_finds_every_key_and_no_other() {
        // enough keys for buckets to overflow into their neighbours
        let mut rng = crate::hash::SplitMix64::new(7);
        let mut keys: Vec<u32> = (0..5000).map(|_| (rng.next_u64() as u32) | 1).collect();
        keys.sort_unstable();
        keys.dedup();
        let q: Vec<i8> = (0..keys.len() * NT).map(|_| rng.next_u64() as i8).collect();
        let w = Weights::new(keys.clone(), q.clone(), 1.0, vec![0.0; (NT + 1) * NT], vec![0.0; NT]);
        for (r, &k) in keys.iter().enumerate() {
            assert!(w.may_have(k));
            let mut acc = [0i32; NT];
            w.add(k, &mut acc);
            let want: Vec<i32> = q[r * NT..r * NT + NT].iter().map(|&x| x as i32).collect();
            assert_eq!(acc.to_vec(), want);
        }
        for k in (0..20_000u32).map(|i| i * 2) {
            if keys.binary_search(&k).is_err() {
                let mut acc = [0i32; NT];
                w.add(k, &mut acc);
                assert_eq!(acc, [0; NT]);
            }
        }
    }

    /// The decoding [`viterbi`] computes, one predecessor at a time.
    fn viterbi_by_loops(emit: &[f32], trans: &[f32], end: &[f32]) -> Vec<u8> {
        let n = emit.len() / NT;
        if n == 0 {
            return Vec::new();
        }
        let mut delta = vec![f32::NEG_INFINITY; n * NT];
        let mut back = vec![0u8; n * NT];
        for t in 0..NT {
            if allowed(START, t) {
                delta[t] = emit[t] + trans[START * NT + t];
            }
        }
        for i in 1..n {
            for t in 0..NT {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u8;
                for p in (0..NT).filter(|&p| allowed(p, t)) {
                    let s = delta[(i - 1) * NT + p] + trans[p * NT + t];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                delta[i * NT + t] = best + emit[i * NT + t];
                back[i * NT + t] = arg;
            }
        }
        let mut arg = best_last(&delta[(n - 1) * NT..n * NT], end);
        let mut out = vec![0u8; n];
        out[n - 1] = arg as u8;
        for i in (1..n).rev() {
            arg = back[i * NT + arg] as usize;
            out[i - 1] = arg as u8;
        }
        out
    }

    /// Scores from a seeded generator: one in sixteen is -inf (ties, and
    /// states no path reaches); `coarse` draws from `levels` whole values
    /// (many ties), else from a fine spread over [-50, 50).
    fn random_scores(seed: u64, levels: f32) -> impl FnMut(bool) -> f32 {
        let mut rng = crate::hash::SplitMix64::new(seed);
        move |coarse: bool| {
            let r = rng.next_u64();
            match r % 16 {
                0 => f32::NEG_INFINITY,
                _ if coarse => (r >> 8) as f32 % levels - 2.0,
                _ => ((r >> 8) % 100_000) as f32 / 1000.0 - 50.0,
            }
        }
    }

    #[test]
    fn viterbi_decodes_as_the_loops_over_allowed_predecessors() {
        let mut value = random_scores(11, 5.0);
        let (mut d, mut out) = (Vec::new(), Vec::new());
        for case in 0..2000 {
            let coarse = case % 2 == 0;
            let n = case % 13;
            let emit: Vec<f32> = (0..n * NT).map(|_| value(coarse)).collect();
            let trans: Vec<f32> = (0..(NT + 1) * NT).map(|_| value(coarse).max(-3.0)).collect();
            let end: Vec<f32> = (0..NT).map(|_| value(coarse).max(-3.0)).collect();
            viterbi(&emit, &trans, &end, &mut d, &mut out);
            assert_eq!(out, viterbi_by_loops(&emit, &trans, &end), "case {case}");
        }
        // the shipped model's transitions on the scores of real sentences
        let model = &crate::Tagger::embedded().model;
        let mut w = Work::default();
        for s in [
            "التقى الرئيس الروسي فلاديمير بوتين في موسكو نظيره التركي",
            "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة",
        ] {
            let tokens: Vec<&str> = s.split(' ').collect();
            model.decode(&tokens, &mut w);
            assert_eq!(w.path, viterbi_by_loops(&w.emit, &model.weights.trans, &model.weights.end));
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn the_vector_step_is_the_scalar_step() {
        let mut value = random_scores(5, 4.0);
        for case in 0..5000 {
            let coarse = case % 2 == 0;
            let trans: Vec<f32> = (0..(NT + 1) * NT).map(|_| value(coarse).max(-3.0)).collect();
            let prev: [f32; NT] = std::array::from_fn(|_| value(coarse));
            let em: [f32; NT] = std::array::from_fn(|_| value(coarse).max(-3.0));
            let (mut c1, mut c2) = ([0f32; NT], [0f32; NT]);
            step(&transitions_into(&trans), &prev, &em, &mut c1);
            sse::Rows::new(&trans).step(&prev, &em, &mut c2);
            assert_eq!(c1.map(f32::to_bits), c2.map(f32::to_bits), "case {case}");
        }
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions strongly prefer I-PERS everywhere.
        let mut emit = vec![0f32; 3 * NT];
        for i in 0..3 {
            emit[i * NT + 2] = 10.0;
        }
        let trans = vec![0f32; (NT + 1) * NT];
        let end = vec![0f32; NT];
        let (mut d, mut out) = (Vec::new(), Vec::new());
        viterbi(&emit, &trans, &end, &mut d, &mut out);
        assert_eq!(out[0], 1); // B-PERS first
        assert_eq!(&out[1..], &[2, 2]);
    }
}
