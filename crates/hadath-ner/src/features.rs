//! Feature extraction: every token is first reduced to a handful of hashed
//! "atoms" (word, folded form, clitic-stripped forms, affixes, shape, cluster
//! path prefixes, ...); features are then template/atom combinations over a
//! window of two tokens on each side, hashed to non-zero 32-bit keys. No
//! allocation happens per token once the scratch buffers have grown.

use crate::clusters::{ClusterEntry, ClusterTable};
use crate::hash::{feature_key, hash_str, mix2, mix3};
use crate::text::{base_form_into, fold_into, shape_code, strip_clitics};

/// Cluster path prefix lengths used as features.
pub(crate) const CL_PREFIXES: [u8; 6] = [2, 4, 6, 8, 12, 16];
const NCL: usize = CL_PREFIXES.len();

/// Hashed atoms of one token.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Atoms {
    word: u64,
    fold: u64,
    base: u64,
    stem: u64,
    pre: [u64; 4],
    suf: [u64; 4],
    spre: [u64; 2],
    ssuf: [u64; 3],
    shape: u64,
    len: u64,
    clitic: u64,
    freq: u64,
    cl: [u64; NCL],
    code: u128,
    lex: [u64; 3],
    gaz: [u64; 5],
    bcl: [u64; 4],
    tri: [u64; 8],
    ntri: u8,
}

// Atom kinds (seeds).
const A_WORD: u64 = 1;
const A_FOLD: u64 = 2;
const A_BASE: u64 = 3;
const A_STEM: u64 = 4;
const A_PRE: u64 = 10;
const A_SUF: u64 = 20;
const A_SPRE: u64 = 30;
const A_SSUF: u64 = 40;
const A_SHAPE: u64 = 50;
const A_LEN: u64 = 51;
const A_CLITIC: u64 = 52;
const A_FREQ: u64 = 53;
const A_CL: u64 = 60;
const A_UNK: u64 = 0xDEAD;
const A_EMB: u64 = 70;
const A_LEX: u64 = 80;
const A_BCL: u64 = 90;
const A_TRI: u64 = 95;
const A_GAZ: u64 = 100;

impl Atoms {
    /// Atoms of the padding token before the sentence (`end == false`) or
    /// after it (`end == true`).
    pub(crate) fn boundary(end: bool) -> Atoms {
        let b = if end { 0xE05 } else { 0xB05 };
        let v = mix2(0xB0B0, b);
        Atoms {
            word: v,
            fold: v,
            base: v,
            stem: v,
            pre: [v; 4],
            suf: [v; 4],
            spre: [v; 2],
            ssuf: [v; 3],
            shape: v,
            len: v,
            clitic: v,
            freq: v,
            cl: [v; NCL],
            code: 0,
            lex: [v; 3],
            gaz: [v; 5],
            bcl: [v; 4],
            tri: [v; 8],
            ntri: 0,
        }
    }
}

impl Atoms {
    /// The token's binarised embedding code: dimension `j` has the value of
    /// bits `2j` and `2j + 1`, and each dimension whose value is not zero
    /// is a feature of the token alone ([`embedding_key`]).
    pub(crate) fn code(&self) -> u128 {
        self.code
    }

    /// The atoms without their embedding code: [`token_features`] gives
    /// them every feature it gives these atoms but those of the code.
    pub(crate) fn without_code(self) -> Atoms {
        Atoms { code: 0, ..self }
    }
}

/// The atoms of a token that the features of kind [`part::JOINT`] read:
/// what a cache of words needs to keep of each word (a small part of its
/// [`Atoms`]).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct JointAtoms {
    fold: u64,
    stem: u64,
    cl3: u64,
    cl4: u64,
    lex0: u64,
    gaz4: u64,
}

impl JointAtoms {
    pub(crate) fn of(a: &Atoms) -> JointAtoms {
        JointAtoms {
            fold: a.fold,
            stem: a.stem,
            cl3: a.cl[3],
            cl4: a.cl[4],
            lex0: a.lex[0],
            gaz4: a.gaz[4],
        }
    }

    /// Atoms that give the features of kind [`part::JOINT`] the same keys
    /// as the atoms these were taken from (the other atoms are zero).
    #[cfg(test)]
    pub(crate) fn expand(&self) -> Atoms {
        let mut a = Atoms {
            fold: self.fold,
            stem: self.stem,
            ..Atoms::default()
        };
        a.cl[3] = self.cl3;
        a.cl[4] = self.cl4;
        a.lex[0] = self.lex0;
        a.gaz[4] = self.gaz4;
        a
    }
}

/// Reusable buffers for feature extraction.
#[derive(Default)]
pub(crate) struct Scratch {
    fold: String,
    base: String,
    atoms: Vec<Atoms>,
}

impl Scratch {
    /// The form without conjunction and preposition of the token
    /// [`token_atoms`] was last asked for (folded, then `base_form_into`).
    pub(crate) fn base(&self) -> &str {
        &self.base
    }
}

/// First `k` characters of `s` (or all of it).
fn prefix_chars(s: &str, k: usize) -> &str {
    match s.char_indices().nth(k) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Last `k` characters of `s` (or all of it).
fn suffix_chars(s: &str, k: usize) -> &str {
    if k == 0 {
        return &s[s.len()..];
    }
    match s.char_indices().rev().nth(k - 1) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

fn len_bucket(n: usize) -> u64 {
    match n {
        0..=7 => n as u64,
        8..=9 => 8,
        10..=13 => 9,
        _ => 10,
    }
}

pub(crate) fn token_atoms(tok: &str, clusters: &ClusterTable, s: &mut Scratch) -> Atoms {
    s.fold.clear();
    fold_into(tok, &mut s.fold);
    let f = s.fold.as_str();
    let cl = strip_clitics(f);
    let stem = &f[cl.stem_start..];
    s.base.clear();
    base_form_into(f, &cl, &mut s.base);
    let base = s.base.as_str();
    let mut a = Atoms {
        word: hash_str(A_WORD, tok),
        fold: hash_str(A_FOLD, f),
        base: hash_str(A_BASE, base),
        stem: hash_str(A_STEM, stem),
        shape: mix2(A_SHAPE, shape_code(tok)),
        clitic: mix2(A_CLITIC, cl.code as u64),
        ..Atoms::default()
    };
    let nchars = f.chars().count();
    a.len = mix2(A_LEN, len_bucket(nchars));
    for k in 0..4 {
        a.pre[k] = hash_str(A_PRE + k as u64, prefix_chars(f, k + 1));
        a.suf[k] = hash_str(A_SUF + k as u64, suffix_chars(f, k + 1));
    }
    for k in 0..2 {
        a.spre[k] = hash_str(A_SPRE + k as u64, prefix_chars(stem, k + 1));
    }
    for k in 0..3 {
        a.ssuf[k] = hash_str(A_SSUF + k as u64, suffix_chars(stem, k + 1));
    }
    // Cluster: the folded word, else the form without conjunction and
    // preposition, else the bare stem.
    // (each table is looked up once: `base` and `stem` serve two features)
    let by_base = clusters.get(base);
    let by_stem = if by_base.is_none() { clusters.get(stem) } else { None };
    let (entry, direct): (Option<ClusterEntry>, u64) = match clusters.get(f) {
        Some(e) => (Some(e), 0),
        None => match by_base {
            Some(e) => (Some(e), 1),
            None => (by_stem, 2),
        },
    };
    // The entity lexicon: bits 0-7 summarise the self-training tags of the
    // form without conjunction and preposition (0: none), bits 8-15 are
    // gazetteer bits, looked up for the folded word, that form and the stem.
    let code = clusters.lexicon.get(base);
    let mut gaz = code.map_or(0, |c| c >> 8);
    if f != base {
        gaz |= clusters.lexicon.get(f).map_or(0, |c| c >> 8);
    }
    if stem != base && stem != f {
        gaz |= clusters.lexicon.get(stem).map_or(0, |c| c >> 8);
    }
    for k in 0..4 {
        a.gaz[k] = mix3(A_GAZ, k as u64, ((gaz >> (2 * k)) & 3) as u64);
    }
    a.gaz[4] = mix2(A_GAZ + 4, gaz as u64);
    match code.filter(|c| c & 0xFF != 0) {
        Some(code) => {
            let kind = (code & 7) as u64;
            a.lex = [
                mix3(A_LEX, kind, ((code >> 3) & 3) as u64),
                mix3(A_LEX + 1, kind, ((code >> 5) & 1) as u64),
                mix3(A_LEX + 2, kind, ((code >> 6) & 3) as u64),
            ];
        }
        None => {
            a.lex = [mix2(A_LEX, A_UNK), mix2(A_LEX + 1, A_UNK), mix2(A_LEX + 2, A_UNK)];
        }
    }
    let be = by_base.or(by_stem);
    for (k, p) in [4u8, 8, 12, 16].into_iter().enumerate() {
        a.bcl[k] = match be {
            Some(e) => mix2(A_BCL + k as u64, e.prefix(p)),
            None => mix2(A_BCL + k as u64, A_UNK),
        };
    }
    // Character trigrams of the stem (at most the first eight).
    let mut bounds = [0usize; 11];
    let mut nb = 0;
    for (i, _) in stem.char_indices().take(11) {
        bounds[nb] = i;
        nb += 1;
    }
    if nb < 11 {
        bounds[nb] = stem.len();
        nb += 1;
    }
    let mut nt = 0;
    while nt + 3 < nb && nt < 8 {
        a.tri[nt] = hash_str(A_TRI, &stem[bounds[nt]..bounds[nt + 3]]);
        nt += 1;
    }
    a.ntri = nt as u8;
    match entry {
        Some(e) => {
            for (k, &p) in CL_PREFIXES.iter().enumerate() {
                a.cl[k] = mix2(A_CL + k as u64, e.prefix(p));
            }
            a.freq = mix3(A_FREQ, direct, if direct == 0 { e.freq as u64 } else { 0 });
            a.code = e.code;
        }
        None => {
            for k in 0..NCL {
                a.cl[k] = mix2(A_CL + k as u64, A_UNK);
            }
            a.freq = mix2(A_FREQ, A_UNK);
        }
    }
    a
}

/// Key of the bias feature, which fires at every token.
pub(crate) fn bias_key() -> u32 {
    feature_key(1, BIAS_ATOM)
}

const BIAS_ATOM: u64 = 0x5EED;
/// Template of the character trigram features.
const T_TRIGRAM: u64 = 1000;
/// Template of the binarised embedding features.
const T_EMBEDDING: u64 = 1001;

/// Kinds of features, by the tokens they read, as bits: a set of kinds
/// says which features to compute.
pub(crate) mod part {
    /// The token alone (the same wherever the word occurs).
    pub const LOCAL: u8 = 1;
    /// The previous token alone.
    pub const PREV1: u8 = 2;
    /// The next token alone.
    pub const NEXT1: u8 = 4;
    /// The token two before alone.
    pub const PREV2: u8 = 8;
    /// The token two after alone.
    pub const NEXT2: u8 = 16;
    /// Two tokens of the window together, or the position.
    pub const JOINT: u8 = 32;
    /// Every feature.
    pub const ALL: u8 = 63;
}

/// Computes the features of token `i` of `n`, with atoms `c` and neighbours
/// `p2 p1 _ n1 n2`, and calls `sink(key, is_lexical, kind)` for each feature
/// whose kind is in `part` (a set of [`part`] bits), always in the same
/// order. Template numbers do not depend on `part`, so a feature has the
/// same key whichever part it is computed in; a feature of one kind reads
/// only the atoms that kind names (and those of kind [`part::JOINT`] only
/// the atoms kept in [`JointAtoms`]).
#[allow(clippy::too_many_arguments)]
#[inline]
pub(crate) fn token_features(i: usize, n: usize, c: &Atoms, p1: &Atoms, p2: &Atoms, n1: &Atoms, n2: &Atoms, part: u8, sink: &mut impl FnMut(u32, bool, u8)) {
    let mut t: u64 = 0;
    // `lexical` marks features that identify the current word itself;
    // training may hide them at random so that the other features learn
    // to handle unseen words.
    // Features of fixed templates are numbered in the order they are
    // pushed; the variable-length groups (trigrams, embedding codes)
    // use one explicit template each, so numbering never depends on
    // the token.
    // A feature of a kind not in `part` is numbered but not computed.
    macro_rules! push {
        ($atom:expr, $is_lex:expr, $kind:expr) => {{
            t += 1;
            let kind: u8 = $kind;
            if part & kind != 0 {
                sink(feature_key(t, $atom), $is_lex, kind);
            }
        }};
    }
    use part::{JOINT, LOCAL, NEXT1, NEXT2, PREV1, PREV2};
    // Current token.
    push!(BIAS_ATOM, false, LOCAL); // bias (must stay the first feature)
    push!(c.word, true, LOCAL);
    push!(c.fold, true, LOCAL);
    push!(c.base, true, LOCAL);
    push!(c.stem, true, LOCAL);
    for k in 0..4 {
        push!(c.pre[k], k >= 2, LOCAL);
        push!(c.suf[k], k >= 2, LOCAL);
    }
    for k in 0..2 {
        push!(c.spre[k], false, LOCAL);
    }
    for k in 0..3 {
        push!(c.ssuf[k], false, LOCAL);
    }
    push!(c.shape, false, LOCAL);
    push!(c.len, false, LOCAL);
    push!(c.clitic, false, LOCAL);
    push!(c.freq, false, LOCAL);
    for k in 0..NCL {
        push!(c.cl[k], false, LOCAL);
    }
    push!(mix2(c.clitic, c.ssuf[1]), false, LOCAL);
    push!(mix2(c.shape, c.len), false, LOCAL);
    // Previous and next tokens.
    for (nb, kind) in [(p1, PREV1), (n1, NEXT1)] {
        push!(nb.fold, false, kind);
        push!(nb.stem, false, kind);
        push!(nb.suf[1], false, kind);
        push!(nb.ssuf[0], false, kind);
        push!(nb.shape, false, kind);
        push!(nb.clitic, false, kind);
        push!(nb.freq, false, kind);
        push!(nb.cl[1], false, kind);
        push!(nb.cl[3], false, kind);
        push!(nb.cl[4], false, kind);
        push!(nb.cl[5], false, kind);
    }
    for (nb, kind) in [(p2, PREV2), (n2, NEXT2)] {
        push!(nb.fold, false, kind);
        push!(nb.stem, false, kind);
        push!(nb.cl[2], false, kind);
        push!(nb.cl[5], false, kind);
    }
    // Conjunctions.
    // (`joint_features` numbers the features of kind JOINT by these constants)
    debug_assert_eq!(t + 1, T_CONJ);
    push!(mix2(p1.fold, c.fold), true, JOINT);
    push!(mix2(c.fold, n1.fold), true, JOINT);
    push!(mix2(p1.stem, c.stem), true, JOINT);
    push!(mix2(c.stem, n1.stem), true, JOINT);
    push!(mix2(p1.fold, n1.fold), false, JOINT);
    push!(mix2(p2.fold, p1.fold), false, JOINT);
    push!(mix2(n1.fold, n2.fold), false, JOINT);
    push!(mix2(p1.cl[3], c.cl[3]), false, JOINT);
    push!(mix2(c.cl[3], n1.cl[3]), false, JOINT);
    push!(mix2(p1.fold, c.cl[4]), false, JOINT);
    push!(mix2(c.cl[4], n1.fold), false, JOINT);
    // Entity lexicon.
    push!(c.lex[0], false, LOCAL);
    push!(c.lex[1], false, LOCAL);
    push!(c.lex[2], false, LOCAL);
    push!(p1.lex[0], false, PREV1);
    push!(n1.lex[0], false, NEXT1);
    debug_assert_eq!(t + 1, T_LEX_PAIR);
    push!(mix2(p1.lex[0], c.lex[0]), false, JOINT);
    push!(mix2(c.lex[0], n1.lex[0]), false, JOINT);
    // Position.
    debug_assert_eq!(t + 1, T_POSITION);
    push!(position_atom(i == 0, i + 1 == n), false, JOINT);
    // Cluster paths of the form without conjunction and preposition.
    for k in 0..4 {
        push!(c.bcl[k], false, LOCAL);
    }
    push!(p1.bcl[2], false, PREV1);
    push!(n1.bcl[2], false, NEXT1);
    // Entity lexicon of the wider window, and next to the neighbours.
    push!(p2.lex[0], false, PREV2);
    push!(n2.lex[0], false, NEXT2);
    debug_assert_eq!(t + 1, T_FOLD_LEX);
    push!(mix2(p1.fold, c.lex[0]), false, JOINT);
    push!(mix2(c.lex[0], n1.fold), false, JOINT);
    // Gazetteer bits of the token and its neighbours.
    for k in 0..5 {
        push!(c.gaz[k], false, LOCAL);
    }
    push!(p1.gaz[4], false, PREV1);
    push!(n1.gaz[4], false, NEXT1);
    debug_assert_eq!(t + 1, T_GAZ_PAIR);
    push!(mix2(p1.gaz[4], c.gaz[4]), false, JOINT);
    push!(mix2(c.gaz[4], n1.gaz[4]), false, JOINT);
    push!(mix2(p1.fold, c.gaz[4]), false, JOINT);
    // The variable-length groups, all of the token alone, have explicit
    // templates: nothing after them is numbered, so they may be skipped.
    if part & LOCAL == 0 {
        return;
    }
    // Character trigrams of the stem (a bag: one template for all).
    for k in 0..c.ntri as usize {
        sink(feature_key(T_TRIGRAM, c.tri[k]), false, LOCAL);
    }
    // Binarised embedding dimensions (only the non-zero ones).
    let mut code = c.code;
    let mut j = 0;
    while code != 0 {
        let v = (code & 3) as usize;
        if v != 0 {
            sink(EMBEDDING_KEYS[j][v], false, LOCAL);
        }
        code >>= 2;
        j += 1;
    }
}

/// The key of the feature that dimension `j` of the binarised embedding
/// has value `v`, for every dimension a code has room for (two bits each):
/// computed when compiling, as three hashes a dimension were a good part of
/// the features of a word seen for the first time.
static EMBEDDING_KEYS: [[u32; 4]; EMBEDDING_DIMS] = {
    let mut keys = [[0; 4]; EMBEDDING_DIMS];
    let mut j = 0;
    while j < EMBEDDING_DIMS {
        let mut v = 0;
        while v < 4 {
            keys[j][v] = feature_key(T_EMBEDDING, mix3(A_EMB, j as u64, v as u64));
            v += 1;
        }
        j += 1;
    }
    keys
};

/// Dimensions of the binarised embedding code that have feature keys: as
/// many as a code has room for.
pub(crate) const EMBEDDING_DIMS: usize = 64;

/// The key of the feature that dimension `j` of the binarised embedding
/// code has value `v` (1 to 3; a dimension of value 0 is no feature), as
/// [`token_features`] gives it.
pub(crate) fn embedding_key(j: usize, v: usize) -> Option<u32> {
    EMBEDDING_KEYS.get(j)?.get(v).copied()
}

/// Templates of the features of kind [`part::JOINT`], as [`token_features`]
/// numbers them: the eleven conjunctions, the two lexicon pairs, the
/// position, the two of a neighbour's folded form with the lexicon, the
/// two gazetteer pairs and the previous folded form with the gazetteer.
const T_CONJ: u64 = 61;
const T_LEX_PAIR: u64 = 77;
const T_POSITION: u64 = 79;
const T_FOLD_LEX: u64 = 88;
const T_GAZ_PAIR: u64 = 97;

/// How many features of kind [`part::JOINT`] a token has besides its
/// position: those [`joint_features`] gives.
#[cfg(test)]
pub(crate) const WINDOW_FEATURES: usize = 18;

/// The atom of the position feature of a token: whether it is the first of
/// its sentence, and whether the last.
#[inline]
fn position_atom(first: bool, last: bool) -> u64 {
    mix2(first as u64, last as u64)
}

/// The key of the position feature of a token (of kind [`part::JOINT`],
/// though it reads no atom): whether it is the first of its sentence, and
/// whether the last. Every token inside a sentence has the same.
#[inline]
pub(crate) fn position_key(first: bool, last: bool) -> u32 {
    feature_key(T_POSITION, position_atom(first, last))
}

/// The hashes of two adjacent tokens' atoms that the features of kind
/// [`part::JOINT`] join: each pair of a sentence is read at up to four
/// positions (as previous and current token, current and next, ...).
#[derive(Clone, Copy)]
struct Pair {
    fold: u64,
    stem: u64,
    cl3: u64,
    lex0: u64,
    gaz4: u64,
}

impl Pair {
    #[inline]
    fn of(a: &JointAtoms, b: &JointAtoms) -> Pair {
        Pair {
            fold: mix2(a.fold, b.fold),
            stem: mix2(a.stem, b.stem),
            cl3: mix2(a.cl3, b.cl3),
            lex0: mix2(a.lex0, b.lex0),
            gaz4: mix2(a.gaz4, b.gaz4),
        }
    }
}

/// The features of kind [`part::JOINT`] of every token of a sentence at
/// once, but for the position ([`position_key`]): `window` holds the atoms
/// of its tokens with two boundary tokens on each side
/// ([`Atoms::boundary`]), and `sink(i, keys)` is called for every token
/// `i` in order with the keys [`token_features`] gives it for
/// `part::JOINT`, in its order, the position left out. The hashes of each
/// adjacent pair of tokens are computed once, not at every position that
/// reads them.
#[cfg(test)]
pub(crate) fn joint_features(window: &[JointAtoms], mut sink: impl FnMut(usize, &[u32; WINDOW_FEATURES])) {
    if window.len() < 5 {
        return;
    }
    // the pairs of window tokens i and i+1, i+1 and i+2, i+2 and i+3, i+3
    // and i+4: for token i (window token i+2), the previous two tokens, the
    // previous and the token, the token and the next, the next two
    let mut q0 = Pair::of(&window[0], &window[1]);
    let mut q1 = Pair::of(&window[1], &window[2]);
    let mut q2 = Pair::of(&window[2], &window[3]);
    for (i, win) in window.windows(5).enumerate() {
        let [_, p1, c, n1, n2] = win else { break };
        let q3 = Pair::of(n1, n2);
        let keys = [
            feature_key(T_CONJ, q1.fold),
            feature_key(T_CONJ + 1, q2.fold),
            feature_key(T_CONJ + 2, q1.stem),
            feature_key(T_CONJ + 3, q2.stem),
            feature_key(T_CONJ + 4, mix2(p1.fold, n1.fold)),
            feature_key(T_CONJ + 5, q0.fold),
            feature_key(T_CONJ + 6, q3.fold),
            feature_key(T_CONJ + 7, q1.cl3),
            feature_key(T_CONJ + 8, q2.cl3),
            feature_key(T_CONJ + 9, mix2(p1.fold, c.cl4)),
            feature_key(T_CONJ + 10, mix2(c.cl4, n1.fold)),
            feature_key(T_LEX_PAIR, q1.lex0),
            feature_key(T_LEX_PAIR + 1, q2.lex0),
            feature_key(T_FOLD_LEX, mix2(p1.fold, c.lex0)),
            feature_key(T_FOLD_LEX + 1, mix2(c.lex0, n1.fold)),
            feature_key(T_GAZ_PAIR, q1.gaz4),
            feature_key(T_GAZ_PAIR + 1, q2.gaz4),
            feature_key(T_GAZ_PAIR + 2, mix2(p1.fold, c.gaz4)),
        ];
        sink(i, &keys);
        (q0, q1, q2) = (q1, q2, q3);
    }
}

/// What the features of kind [`part::JOINT`] that read one adjacent pair of
/// tokens give, by the token they belong to: the roles of [`pair_features`].
pub(crate) mod role {
    /// The pair's second token (the pair is its previous token and itself).
    pub const SECOND: u8 = 0;
    /// The pair's first token (the pair is itself and its next token).
    pub const FIRST: u8 = 1;
    /// The token after the pair (the pair is its two previous tokens).
    pub const AFTER: u8 = 2;
    /// The token before the pair (the pair is its two next tokens).
    pub const BEFORE: u8 = 3;
}

/// The features of kind [`part::JOINT`] that read the adjacent tokens `a`
/// and `b` and no other: `sink(key, role)` for each, the [`role`] saying
/// whose feature it is. But for [`skip_key`] and [`position_key`], every
/// feature of kind [`part::JOINT`] of a token ([`token_features`]) is the
/// feature of one pair of its window in the role of the token, and a
/// function of that pair alone (which a cache of pairs of words may keep).
#[inline]
pub(crate) fn pair_features(a: &JointAtoms, b: &JointAtoms, mut sink: impl FnMut(u32, u8)) {
    let q = Pair::of(a, b);
    // (a, b) as the previous token and the token: b's
    sink(feature_key(T_CONJ, q.fold), role::SECOND);
    sink(feature_key(T_CONJ + 2, q.stem), role::SECOND);
    sink(feature_key(T_CONJ + 7, q.cl3), role::SECOND);
    sink(feature_key(T_CONJ + 9, mix2(a.fold, b.cl4)), role::SECOND);
    sink(feature_key(T_LEX_PAIR, q.lex0), role::SECOND);
    sink(feature_key(T_FOLD_LEX, mix2(a.fold, b.lex0)), role::SECOND);
    sink(feature_key(T_GAZ_PAIR, q.gaz4), role::SECOND);
    sink(feature_key(T_GAZ_PAIR + 2, mix2(a.fold, b.gaz4)), role::SECOND);
    // (a, b) as the token and the next: a's
    sink(feature_key(T_CONJ + 1, q.fold), role::FIRST);
    sink(feature_key(T_CONJ + 3, q.stem), role::FIRST);
    sink(feature_key(T_CONJ + 8, q.cl3), role::FIRST);
    sink(feature_key(T_CONJ + 10, mix2(a.cl4, b.fold)), role::FIRST);
    sink(feature_key(T_LEX_PAIR + 1, q.lex0), role::FIRST);
    sink(feature_key(T_FOLD_LEX + 1, mix2(a.lex0, b.fold)), role::FIRST);
    sink(feature_key(T_GAZ_PAIR + 1, q.gaz4), role::FIRST);
    // the two previous tokens, and the two next
    sink(feature_key(T_CONJ + 5, q.fold), role::AFTER);
    sink(feature_key(T_CONJ + 6, q.fold), role::BEFORE);
}

/// The key of the feature of kind [`part::JOINT`] that joins the previous
/// token `p1` and the next `n1` of a token (not adjacent, so no pair's).
#[inline]
pub(crate) fn skip_key(p1: &JointAtoms, n1: &JointAtoms) -> u32 {
    feature_key(T_CONJ + 4, mix2(p1.fold, n1.fold))
}

/// The atoms of every token of a sentence into `atoms`.
pub(crate) fn sentence_atoms<T: AsRef<str>>(tokens: &[T], clusters: &ClusterTable, scratch: &mut Scratch, atoms: &mut Vec<Atoms>) {
    atoms.clear();
    for t in tokens {
        atoms.push(token_atoms(t.as_ref(), clusters, scratch));
    }
}

/// Calls `f(i, c, p1, p2, n1, n2)` for every token of `atoms`, the
/// neighbours beyond the sentence being its boundary atoms.
#[inline]
pub(crate) fn for_each_window(atoms: &[Atoms], mut f: impl FnMut(usize, &Atoms, &Atoms, &Atoms, &Atoms, &Atoms)) {
    let n = atoms.len();
    let bos = Atoms::boundary(false);
    let eos = Atoms::boundary(true);
    let at = |j: isize| -> &Atoms {
        if j < 0 {
            &bos
        } else if j as usize >= n {
            &eos
        } else {
            &atoms[j as usize]
        }
    };
    for i in 0..n {
        let ii = i as isize;
        f(i, at(ii), at(ii - 1), at(ii - 2), at(ii + 1), at(ii + 2));
    }
}

/// Extracts the features of every token of a sentence. Token `i` gets the
/// keys `out[offsets[i]..offsets[i + 1]]`.
pub(crate) fn sentence_features<T: AsRef<str>>(
    tokens: &[T],
    clusters: &ClusterTable,
    scratch: &mut Scratch,
    out: &mut Vec<u32>,
    offsets: &mut Vec<usize>,
    mut lexical: Option<&mut Vec<bool>>,
) {
    out.clear();
    offsets.clear();
    if let Some(l) = lexical.as_deref_mut() {
        l.clear();
    }
    let mut atoms = std::mem::take(&mut scratch.atoms);
    sentence_atoms(tokens, clusters, scratch, &mut atoms);
    let n = atoms.len();
    for_each_window(&atoms, |i, c, p1, p2, n1, n2| {
        offsets.push(out.len());
        let mut sink = |key: u32, is_lex: bool, _kind: u8| {
            out.push(key);
            if let Some(l) = lexical.as_deref_mut() {
                l.push(is_lex);
            }
        };
        token_features(i, n, c, p1, p2, n1, n2, part::ALL, &mut sink);
    });
    offsets.push(out.len());
    scratch.atoms = atoms;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes() {
        assert_eq!(prefix_chars("عربي", 2), "عر");
        assert_eq!(suffix_chars("عربي", 2), "بي");
        assert_eq!(suffix_chars("ab", 5), "ab");
        assert_eq!(prefix_chars("", 3), "");
        assert_eq!(suffix_chars("", 3), "");
    }

    #[test]
    fn joint_atoms_keep_what_joint_features_read() {
        let table = ClusterTable::default();
        let mut s = Scratch::default();
        let words = ["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "2018", "."];
        let full: Vec<Atoms> = words.iter().map(|w| token_atoms(w, &table, &mut s)).collect();
        let kept: Vec<Atoms> = full.iter().map(|a| JointAtoms::of(a).expand()).collect();
        let keys = |atoms: &[Atoms]| {
            let mut out = Vec::new();
            for_each_window(atoms, |i, c, p1, p2, n1, n2| {
                token_features(i, atoms.len(), c, p1, p2, n1, n2, part::JOINT, &mut |k, _, _| out.push(k))
            });
            out
        };
        let expected = keys(&full);
        assert!(!expected.is_empty());
        assert_eq!(keys(&kept), expected);
    }

    #[test]
    fn sentence_joint_features_are_the_per_token_ones() {
        // the shipped model's clusters and lexicon, so that the cluster,
        // lexicon and gazetteer atoms are those of real words
        let table = &crate::Tagger::embedded().model.clusters;
        let mut s = Scratch::default();
        let text = "القاهرة - أعرب وزير الخارجية المصري سامح شكري، الثلاثاء، عن تفاؤله بقرب \
                    التوصل إلى تسوية سياسية شاملة للأزمة الليبية. وقال المتحدث باسم الرئاسة \
                    الروسية دميتري بيسكوف للصحافيين في موسكو إن الكرملين لن يعلق على ما \
                    تداولته وسائل إعلام بريطانية، وأشار إلى أن روسيا مستعدة للتعاون مع لندن \
                    والولايات المتحدة والأمم المتحدة في 2018.";
        let mut words = Vec::new();
        crate::text::tokenize(text, |t| words.push(t.to_string()));
        assert_eq!(words.len(), 58);
        let full: Vec<Atoms> = words.iter().map(|w| token_atoms(w, table, &mut s)).collect();
        assert!(full.iter().filter(|a| a.code != 0).count() > 30, "the embedded model's clusters");
        // every length from one token up, and the whole text as one sentence
        let mut checked = 0;
        for len in (1..=8).chain([words.len()]) {
            for start in (0..=words.len() - len).step_by(len.max(3)) {
                let atoms = &full[start..start + len];
                let mut expected = Vec::new();
                for_each_window(atoms, |i, c, p1, p2, n1, n2| {
                    token_features(i, len, c, p1, p2, n1, n2, part::JOINT, &mut |k, _, kind| {
                        assert_eq!(kind, part::JOINT);
                        expected.push((i, k));
                    })
                });
                assert_eq!(expected.len(), len * (WINDOW_FEATURES + 1));
                let mut window = vec![JointAtoms::of(&Atoms::boundary(false)); 2];
                window.extend(atoms.iter().map(JointAtoms::of));
                window.extend([JointAtoms::of(&Atoms::boundary(true)); 2]);
                let mut got = Vec::new();
                joint_features(&window, |i, keys| {
                    // the position comes after the two lexicon pairs
                    let (before, after) = keys.split_at(13);
                    got.extend(before.iter().map(|&k| (i, k)));
                    got.push((i, position_key(i == 0, i + 1 == len)));
                    got.extend(after.iter().map(|&k| (i, k)));
                });
                assert_eq!(got, expected, "tokens {start}..{}", start + len);
                checked += 1;
            }
        }
        assert!(checked > 50);
        joint_features(&[JointAtoms::default(); 4], |_, _| panic!("no token"));
    }

    #[test]
    fn pair_features_are_the_joint_features_of_each_token() {
        let table = &crate::Tagger::embedded().model.clusters;
        let mut s = Scratch::default();
        let mut words = Vec::new();
        let text = "وقال المتحدث باسم الرئاسة الروسية دميتري بيسكوف للصحافيين في موسكو إن الكرملين لن يعلق .";
        crate::text::tokenize(text, |t| words.push(t.to_string()));
        for len in 1..=words.len() {
            let atoms = &words[..len];
            let mut window = vec![JointAtoms::of(&Atoms::boundary(false)); 2];
            window.extend(atoms.iter().map(|w| JointAtoms::of(&token_atoms(w, table, &mut s))));
            window.extend([JointAtoms::of(&Atoms::boundary(true)); 2]);
            let mut expected = vec![Vec::new(); len];
            joint_features(&window, |i, keys| expected[i].extend_from_slice(keys));
            let mut got = vec![Vec::new(); len];
            for j in 0..window.len() - 1 {
                pair_features(&window[j], &window[j + 1], |k, r| {
                    // window token j is token j - 2
                    let at = match r {
                        role::SECOND => j + 1,
                        role::FIRST => j,
                        role::AFTER => j + 2,
                        _ => j.wrapping_sub(1),
                    };
                    if let Some(g) = at.checked_sub(2).and_then(|t| got.get_mut(t)) {
                        g.push(k);
                    }
                });
            }
            for (i, g) in got.iter_mut().enumerate() {
                g.push(skip_key(&window[i + 1], &window[i + 3]));
                g.sort_unstable();
                expected[i].sort_unstable();
            }
            assert_eq!(got, expected, "{len} tokens");
        }
    }

    #[test]
    fn embedding_keys_are_those_of_their_dimension_and_value() {
        for (j, keys) in EMBEDDING_KEYS.iter().enumerate() {
            for (v, &key) in keys.iter().enumerate().skip(1) {
                assert_eq!(key, feature_key(T_EMBEDDING, mix3(A_EMB, j as u64, v as u64)));
            }
        }
        // every dimension of a full code, in order
        let mut a = Atoms::boundary(false);
        a.code = u128::MAX / 3 * 2; // value 2 in every dimension
        let mut keys = Vec::new();
        token_features(0, 1, &a, &a, &a, &a, &a, part::LOCAL, &mut |k, _, _| keys.push(k));
        let tail: Vec<u32> = (0..64).map(|j| feature_key(T_EMBEDDING, mix3(A_EMB, j, 2))).collect();
        assert!(keys.ends_with(&tail));
    }

    #[test]
    fn features_are_deterministic() {
        let table = ClusterTable::default();
        let mut s = Scratch::default();
        let (mut a, mut oa) = (Vec::new(), Vec::new());
        let (mut b, mut ob) = (Vec::new(), Vec::new());
        sentence_features(&["في", "موسكو"], &table, &mut s, &mut a, &mut oa, None);
        sentence_features(&["في", "موسكو"], &table, &mut s, &mut b, &mut ob, None);
        assert_eq!(a, b);
        assert_eq!(oa, ob);
        assert_eq!(oa.len(), 3);
    }
}
