//! Word clusters learnt from unlabelled text.
//!
//! Method: every frequent (folded) word is described by its positional
//! context distribution (which clitic-stripped words occur at offsets -2, -1,
//! +1 and +2), weighted by positive pointwise mutual information with
//! smoothed context probabilities. A randomized truncated SVD reduces these
//! sparse vectors to dense embeddings, which are then split recursively in
//! two (principal-direction split refined by spherical 2-means). The path
//! from the root to a word's leaf is a bit string, used exactly like a Brown
//! cluster path: its prefixes give nested clusters of increasing granularity.
//!
//! Why this rather than Brown clustering: the cost is linear in the corpus
//! and the vocabulary (Brown's exact merge procedure is quadratic in the
//! number of active clusters per merge), every step is deterministic given
//! the seed, and spectral methods are known to do well on corpora as small as
//! the one available here (about a million tokens).

use rustc_hash::FxHashMap;

use crate::hash::SplitMix64;
use crate::text::{fold, strip_clitics};

/// Entry of the cluster table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ClusterEntry {
    /// Path bits, the first decision in the most significant used bit.
    pub path: u32,
    /// Number of valid bits in `path` (0..=MAX_DEPTH).
    pub depth: u8,
    /// Frequency bucket of the word in the unlabelled corpus (1 + log2 count).
    pub freq: u8,
    /// Binarised embedding: two bits per dimension (0 = near the middle,
    /// 1 = strongly positive, 2 = strongly negative), dimension `j` in bits
    /// `2j..2j+2`.
    pub code: u128,
}

/// Number of embedding dimensions kept in the binarised code.
pub(crate) const CODE_DIMS: usize = 48;

impl ClusterEntry {
    /// The first `k` bits of the path (or the whole path if shorter), tagged
    /// with the number of bits kept.
    #[inline]
    pub fn prefix(&self, k: u8) -> u64 {
        let d = self.depth.min(k);
        let bits = if d == 0 { 0 } else { (self.path >> (self.depth - d)) as u64 };
        (bits << 8) | d as u64
    }
}

/// Maximum depth of the cluster hierarchy.
pub(crate) const MAX_DEPTH: u8 = 16;

/// Entity lexicon learnt by tagging unlabelled text: for a word form
/// without conjunction and preposition, a compact summary of how the text
/// was tagged where the word occurred (see `train::lexicon_code`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lexicon {
    /// Words in table order.
    pub words: Vec<Box<str>>,
    /// Codes parallel to `words`.
    pub codes: Vec<u16>,
    index: FxHashMap<Box<str>, u32>,
}

impl Lexicon {
    /// Builds the lexicon from parallel lists.
    pub fn new(words: Vec<Box<str>>, codes: Vec<u16>) -> Self {
        let mut index = FxHashMap::default();
        index.reserve(words.len());
        for (i, w) in words.iter().enumerate() {
            index.insert(w.clone(), i as u32);
        }
        Lexicon { words, codes, index }
    }

    /// Looks up a word form.
    #[inline]
    pub fn get(&self, base: &str) -> Option<u16> {
        self.index.get(base).map(|&i| self.codes[i as usize])
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }
}

/// Folded word to cluster path table, plus the entity lexicon.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ClusterTable {
    /// Words in table order.
    pub words: Vec<Box<str>>,
    /// Entries parallel to `words`.
    pub entries: Vec<ClusterEntry>,
    index: FxHashMap<Box<str>, u32>,
    /// Entity lexicon (may be empty).
    pub lexicon: Lexicon,
    /// Real-valued embeddings, `emb_dim` per word in table order (empty
    /// when not kept).
    pub emb: Vec<f32>,
    /// Dimensions of each row of `emb`.
    pub emb_dim: usize,
}

impl ClusterTable {
    /// Builds the table from parallel word and entry lists.
    pub fn new(words: Vec<Box<str>>, entries: Vec<ClusterEntry>) -> Self {
        let mut index = FxHashMap::default();
        index.reserve(words.len());
        for (i, w) in words.iter().enumerate() {
            index.insert(w.clone(), i as u32);
        }
        ClusterTable {
            words,
            entries,
            index,
            lexicon: Lexicon::default(),
            emb: Vec::new(),
            emb_dim: 0,
        }
    }

    /// The row of a folded word.
    #[inline]
    pub fn row(&self, folded: &str) -> Option<u32> {
        self.index.get(folded).copied()
    }

    /// The real-valued embedding of row `r`, if kept.
    #[inline]
    pub fn embedding(&self, r: usize) -> Option<&[f32]> {
        self.emb.get(r * self.emb_dim..(r + 1) * self.emb_dim).filter(|_| self.emb_dim > 0)
    }

    /// Dimensions of the kept embeddings (0: none).
    pub fn emb_dim(&self) -> usize {
        self.emb_dim
    }

    /// Looks up a folded word.
    #[inline]
    pub fn get(&self, folded: &str) -> Option<ClusterEntry> {
        self.index.get(folded).map(|&i| self.entries[i as usize])
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }
}

/// Parameters of cluster learning.
#[derive(Clone, Debug)]
pub(crate) struct ClusterParams {
    pub min_count: u32,
    pub max_vocab: usize,
    pub n_context: usize,
    pub dim: usize,
    pub power_iters: usize,
    pub seed: u64,
}

impl Default for ClusterParams {
    fn default() -> Self {
        ClusterParams {
            min_count: 5,
            max_vocab: 60_000,
            n_context: 6_000,
            dim: 96,
            power_iters: 3,
            seed: 0x5EED,
        }
    }
}

/// Learns the cluster table from sentences of raw tokens.
pub(crate) fn learn(sentences: &[Vec<String>], p: &ClusterParams) -> ClusterTable {
    // 1. Vocabulary of folded words with counts.
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut counts: Vec<u64> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut corpus: Vec<u32> = Vec::new(); // u32::MAX separates sentences
    for s in sentences {
        for t in s {
            let f = fold(t);
            let id = match ids.get(&f) {
                Some(&id) => id,
                None => {
                    let id = names.len() as u32;
                    ids.insert(f.clone(), id);
                    names.push(f);
                    counts.push(0);
                    id
                }
            };
            counts[id as usize] += 1;
            corpus.push(id);
        }
        corpus.push(u32::MAX);
    }
    if names.is_empty() {
        return ClusterTable::default();
    }
    // Frequency rank (ties broken by the word itself for determinism).
    let mut order: Vec<u32> = (0..names.len() as u32).collect();
    order.sort_by(|&a, &b| {
        counts[b as usize]
            .cmp(&counts[a as usize])
            .then_with(|| names[a as usize].cmp(&names[b as usize]))
    });
    // Target vocabulary.
    let mut target_of = vec![u32::MAX; names.len()];
    let mut targets: Vec<u32> = Vec::new();
    for &w in &order {
        if counts[w as usize] < p.min_count as u64 || targets.len() >= p.max_vocab {
            break;
        }
        target_of[w as usize] = targets.len() as u32;
        targets.push(w);
    }
    // Context vocabulary: clitic-stripped stems ranked by frequency.
    let mut stem_ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut stem_counts: Vec<u64> = Vec::new();
    let mut stem_names: Vec<&str> = Vec::new();
    let mut stem_of = vec![0u32; names.len()];
    for (w, name) in names.iter().enumerate() {
        let c = strip_clitics(name);
        let stem = &name[c.stem_start..];
        let id = *stem_ids.entry(stem).or_insert_with(|| {
            stem_names.push(stem);
            stem_counts.push(0);
            (stem_names.len() - 1) as u32
        });
        stem_counts[id as usize] += counts[w];
        stem_of[w] = id;
    }
    let mut sorder: Vec<u32> = (0..stem_names.len() as u32).collect();
    sorder.sort_by(|&a, &b| {
        stem_counts[b as usize]
            .cmp(&stem_counts[a as usize])
            .then_with(|| stem_names[a as usize].cmp(stem_names[b as usize]))
    });
    let n_ctx = p.n_context.min(sorder.len()) + 1; // +1: sentence boundary
    let mut ctx_rank = vec![u32::MAX; stem_names.len()];
    for (r, &s) in sorder.iter().take(n_ctx - 1).enumerate() {
        ctx_rank[s as usize] = r as u32;
    }
    let boundary = (n_ctx - 1) as u32;
    let ctx_of_word = |w: u32| -> u32 {
        if w == u32::MAX {
            boundary
        } else {
            ctx_rank[stem_of[w as usize] as usize]
        }
    };

    // 2. Co-occurrence counts.
    let offsets: [isize; 4] = [-2, -1, 1, 2];
    let n_cols = n_ctx * offsets.len();
    let mut cooc: FxHashMap<u64, f64> = FxHashMap::default();
    let mut pos = 0usize;
    while pos < corpus.len() {
        // sentence [pos, end)
        let mut end = pos;
        while end < corpus.len() && corpus[end] != u32::MAX {
            end += 1;
        }
        for i in pos..end {
            let t = target_of[corpus[i] as usize];
            if t == u32::MAX {
                continue;
            }
            for (b, &o) in offsets.iter().enumerate() {
                let j = i as isize + o;
                let c = if j < pos as isize || j >= end as isize {
                    // Only the nearest boundary is a context.
                    if (o == -2 && i == pos) || (o == 2 && i + 1 == end) {
                        continue;
                    }
                    boundary
                } else {
                    ctx_of_word(corpus[j as usize])
                };
                if c == u32::MAX {
                    continue;
                }
                let col = (b * n_ctx) as u64 + c as u64;
                *cooc.entry(((t as u64) << 32) | col).or_insert(0.0) += 1.0;
            }
        }
        pos = end + 1;
    }
    let n_rows = targets.len();
    // CSR sorted by (row, col) for determinism.
    let mut cells: Vec<(u64, f64)> = cooc.into_iter().collect();
    cells.sort_unstable_by_key(|c| c.0);
    let mut row_sum = vec![0f64; n_rows];
    let mut col_sum = vec![0f64; n_cols];
    let mut total = 0f64;
    for &(k, v) in &cells {
        row_sum[(k >> 32) as usize] += v;
        col_sum[(k & 0xFFFF_FFFF) as usize] += v;
        total += v;
    }
    let alpha = 0.75;
    let col_pow: Vec<f64> = col_sum.iter().map(|&c| c.powf(alpha)).collect();
    let col_pow_sum: f64 = col_pow.iter().sum();
    let mut row_ptr = vec![0usize; n_rows + 1];
    let mut col_idx: Vec<u32> = Vec::with_capacity(cells.len());
    let mut vals: Vec<f64> = Vec::with_capacity(cells.len());
    for &(k, v) in &cells {
        let r = (k >> 32) as usize;
        let c = (k & 0xFFFF_FFFF) as usize;
        let pmi = ((v / total) / ((row_sum[r] / total) * (col_pow[c] / col_pow_sum))).ln();
        if pmi > 0.0 {
            col_idx.push(c as u32);
            vals.push(pmi);
            row_ptr[r + 1] += 1;
        }
    }
    for r in 0..n_rows {
        row_ptr[r + 1] += row_ptr[r];
    }
    let a = Csr {
        rows: n_rows,
        cols: n_cols,
        row_ptr,
        col_idx,
        vals,
    };

    // 3. Randomized SVD -> embeddings.
    let emb = embed(&a, p.dim, p.power_iters, p.seed);

    // 4. Divisive clustering -> paths.
    let paths = divisive_paths(&emb, p.dim, MAX_DEPTH);

    let codes = binarise(&emb, p.dim, CODE_DIMS.min(p.dim));
    let mut words = Vec::with_capacity(n_rows);
    let mut entries = Vec::with_capacity(n_rows);
    for (t, &w) in targets.iter().enumerate() {
        let c = counts[w as usize];
        let freq = (64 - c.leading_zeros()).min(255) as u8;
        words.push(names[w as usize].clone().into_boxed_str());
        entries.push(ClusterEntry {
            path: paths[t].0,
            depth: paths[t].1,
            freq,
            code: codes[t],
        });
    }
    let mut table = ClusterTable::new(words, entries);
    table.emb = emb.iter().map(|&x| x as f32).collect();
    table.emb_dim = p.dim;
    table
}

struct Csr {
    rows: usize,
    cols: usize,
    row_ptr: Vec<usize>,
    col_idx: Vec<u32>,
    vals: Vec<f64>,
}

impl Csr {
    /// Y (rows x l) = A X, X is (cols x l), all row-major.
    fn mul(&self, x: &[f64], l: usize) -> Vec<f64> {
        let mut y = vec![0f64; self.rows * l];
        for r in 0..self.rows {
            let yr = &mut y[r * l..(r + 1) * l];
            for k in self.row_ptr[r]..self.row_ptr[r + 1] {
                let c = self.col_idx[k] as usize;
                let v = self.vals[k];
                let xc = &x[c * l..(c + 1) * l];
                for j in 0..l {
                    yr[j] += v * xc[j];
                }
            }
        }
        y
    }

    /// Z (cols x l) = A^T Y, Y is (rows x l), all row-major.
    fn mul_t(&self, y: &[f64], l: usize) -> Vec<f64> {
        let mut z = vec![0f64; self.cols * l];
        for r in 0..self.rows {
            let yr = &y[r * l..(r + 1) * l];
            for k in self.row_ptr[r]..self.row_ptr[r + 1] {
                let c = self.col_idx[k] as usize;
                let v = self.vals[k];
                let zc = &mut z[c * l..(c + 1) * l];
                for j in 0..l {
                    zc[j] += v * yr[j];
                }
            }
        }
        z
    }
}

/// Gram matrix G = Y^T Y (l x l) of a row-major (n x l) matrix.
fn gram(y: &[f64], l: usize) -> Vec<f64> {
    let mut g = vec![0f64; l * l];
    for row in y.chunks_exact(l) {
        for i in 0..l {
            let a = row[i];
            if a == 0.0 {
                continue;
            }
            let gi = &mut g[i * l..(i + 1) * l];
            for j in i..l {
                gi[j] += a * row[j];
            }
        }
    }
    for i in 0..l {
        for j in 0..i {
            g[i * l + j] = g[j * l + i];
        }
    }
    g
}

/// Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.
/// Returns (eigenvalues, eigenvectors as columns of a row-major matrix),
/// sorted by decreasing eigenvalue.
fn jacobi_eigen(mut a: Vec<f64>, n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0f64; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    for _sweep in 0..60 {
        let mut off = 0.0;
        for i in 0..n {
            for j in (i + 1)..n {
                off += a[i * n + j] * a[i * n + j];
            }
        }
        if off < 1e-22 {
            break;
        }
        for p in 0..n {
            for q in (p + 1)..n {
                let apq = a[p * n + q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                let app = a[p * n + p];
                let aqq = a[q * n + q];
                let theta = (aqq - app) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..n {
                    let akp = a[k * n + p];
                    let akq = a[k * n + q];
                    a[k * n + p] = c * akp - s * akq;
                    a[k * n + q] = s * akp + c * akq;
                }
                for k in 0..n {
                    let apk = a[p * n + k];
                    let aqk = a[q * n + k];
                    a[p * n + k] = c * apk - s * aqk;
                    a[q * n + k] = s * apk + c * aqk;
                }
                for k in 0..n {
                    let vkp = v[k * n + p];
                    let vkq = v[k * n + q];
                    v[k * n + p] = c * vkp - s * vkq;
                    v[k * n + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&x, &y| a[y * n + y].partial_cmp(&a[x * n + x]).unwrap_or(std::cmp::Ordering::Equal).then(x.cmp(&y)));
    let vals: Vec<f64> = idx.iter().map(|&i| a[i * n + i]).collect();
    let mut vecs = vec![0f64; n * n];
    for (new, &old) in idx.iter().enumerate() {
        for k in 0..n {
            vecs[k * n + new] = v[k * n + old];
        }
    }
    (vals, vecs)
}

/// Orthonormalises the columns of a row-major (n x l) matrix through the
/// eigen-decomposition of its Gram matrix (applied twice for accuracy).
fn orthonormalize(y: &mut [f64], l: usize) {
    for _ in 0..2 {
        let g = gram(y, l);
        let (vals, vecs) = jacobi_eigen(g, l);
        let maxv = vals.first().copied().unwrap_or(0.0).max(1e-300);
        // T = V diag(1/sqrt(lambda))
        let mut t = vec![0f64; l * l];
        for i in 0..l {
            for j in 0..l {
                let lam = vals[j];
                let s = if lam > maxv * 1e-12 { 1.0 / lam.sqrt() } else { 0.0 };
                t[i * l + j] = vecs[i * l + j] * s;
            }
        }
        let mut tmp = vec![0f64; l];
        for row in y.chunks_exact_mut(l) {
            tmp.iter_mut().for_each(|x| *x = 0.0);
            for i in 0..l {
                let a = row[i];
                if a == 0.0 {
                    continue;
                }
                let ti = &t[i * l..(i + 1) * l];
                for j in 0..l {
                    tmp[j] += a * ti[j];
                }
            }
            row.copy_from_slice(&tmp);
        }
    }
}

/// Randomized truncated SVD; returns row-normalised embeddings U S^(1/2)
/// (rows x dim, row-major).
fn embed(a: &Csr, dim: usize, power_iters: usize, seed: u64) -> Vec<f64> {
    let l = dim + 16;
    let mut rng = SplitMix64::new(seed);
    let omega: Vec<f64> = (0..a.cols * l).map(|_| rng.symmetric()).collect();
    let mut q = a.mul(&omega, l);
    orthonormalize(&mut q, l);
    for _ in 0..power_iters {
        let mut z = a.mul_t(&q, l);
        orthonormalize(&mut z, l);
        q = a.mul(&z, l);
        orthonormalize(&mut q, l);
    }
    // B = Q^T A; B B^T = Z^T Z with Z = A^T Q.
    let z = a.mul_t(&q, l);
    let g = gram(&z, l);
    let (vals, vecs) = jacobi_eigen(g, l);
    // U = Q Vb, scaled by sigma^(1/2) = lambda^(1/4).
    let mut out = vec![0f64; a.rows * dim];
    for r in 0..a.rows {
        let qr = &q[r * l..(r + 1) * l];
        let o = &mut out[r * dim..(r + 1) * dim];
        for j in 0..dim {
            let mut s = 0.0;
            for i in 0..l {
                s += qr[i] * vecs[i * l + j];
            }
            o[j] = s * vals[j].max(0.0).powf(0.25);
        }
        let norm = o.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm > 0.0 {
            o.iter_mut().for_each(|x| *x /= norm);
        }
    }
    out
}

/// Binarises the first `k` embedding dimensions: a value above the mean of
/// the positive values of its dimension gives code 1, one below the mean of
/// the negative values gives code 2, anything else 0.
fn binarise(emb: &[f64], dim: usize, k: usize) -> Vec<u128> {
    let n = emb.len() / dim.max(1);
    let mut hi = vec![0f64; k];
    let mut lo = vec![0f64; k];
    for j in 0..k {
        let (mut sp, mut np, mut sn, mut nn) = (0.0, 0usize, 0.0, 0usize);
        for r in 0..n {
            let x = emb[r * dim + j];
            if x > 0.0 {
                sp += x;
                np += 1;
            } else if x < 0.0 {
                sn += x;
                nn += 1;
            }
        }
        hi[j] = if np > 0 { sp / np as f64 } else { f64::INFINITY };
        lo[j] = if nn > 0 { sn / nn as f64 } else { f64::NEG_INFINITY };
    }
    (0..n)
        .map(|r| {
            let mut code = 0u128;
            for j in 0..k {
                let x = emb[r * dim + j];
                let c: u128 = if x > hi[j] {
                    1
                } else if x < lo[j] {
                    2
                } else {
                    0
                };
                code |= c << (2 * j);
            }
            code
        })
        .collect()
}

/// Recursive two-way splits of the embedding rows; returns (path, depth).
fn divisive_paths(emb: &[f64], dim: usize, max_depth: u8) -> Vec<(u32, u8)> {
    let n = emb.len() / dim.max(1);
    let mut out = vec![(0u32, 0u8); n];
    let mut stack: Vec<(Vec<u32>, u32, u8)> = vec![((0..n as u32).collect(), 0, 0)];
    while let Some((members, path, depth)) = stack.pop() {
        if depth >= max_depth || members.len() < 2 {
            for &m in &members {
                out[m as usize] = (path, depth);
            }
            continue;
        }
        let (left, right) = split_two(emb, dim, &members);
        if left.is_empty() || right.is_empty() {
            for &m in &members {
                out[m as usize] = (path, depth);
            }
            continue;
        }
        stack.push((right, (path << 1) | 1, depth + 1));
        stack.push((left, path << 1, depth + 1));
    }
    out
}

fn split_two(emb: &[f64], dim: usize, members: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let row = |m: u32| &emb[m as usize * dim..(m as usize + 1) * dim];
    // Mean.
    let mut mean = vec![0f64; dim];
    for &m in members {
        for (a, b) in mean.iter_mut().zip(row(m)) {
            *a += b;
        }
    }
    let inv = 1.0 / members.len() as f64;
    mean.iter_mut().for_each(|x| *x *= inv);
    // Principal direction by power iteration from a deterministic start.
    let mut dir: Vec<f64> = (0..dim).map(|i| 1.0 / (1.0 + i as f64)).collect();
    let mut proj = vec![0f64; members.len()];
    for _ in 0..12 {
        for (k, &m) in members.iter().enumerate() {
            proj[k] = row(m).iter().zip(&mean).zip(&dir).map(|((x, mu), d)| (x - mu) * d).sum();
        }
        let mut nd = vec![0f64; dim];
        for (k, &m) in members.iter().enumerate() {
            let p = proj[k];
            for ((a, x), mu) in nd.iter_mut().zip(row(m)).zip(&mean) {
                *a += p * (x - mu);
            }
        }
        let norm = nd.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm <= 1e-300 {
            break;
        }
        nd.iter_mut().for_each(|x| *x /= norm);
        dir = nd;
    }
    let mut assign: Vec<bool> = members
        .iter()
        .map(|&m| row(m).iter().zip(&mean).zip(&dir).map(|((x, mu), d)| (x - mu) * d).sum::<f64>() > 0.0)
        .collect();
    // Spherical 2-means refinement.
    for _ in 0..10 {
        let mut c = [vec![0f64; dim], vec![0f64; dim]];
        let mut cnt = [0usize; 2];
        for (k, &m) in members.iter().enumerate() {
            let side = assign[k] as usize;
            cnt[side] += 1;
            for (a, b) in c[side].iter_mut().zip(row(m)) {
                *a += b;
            }
        }
        if cnt[0] == 0 || cnt[1] == 0 {
            break;
        }
        let n0 = c[0].iter().map(|x| x * x).sum::<f64>().sqrt().max(1e-300);
        let n1 = c[1].iter().map(|x| x * x).sum::<f64>().sqrt().max(1e-300);
        let mut changed = false;
        for (k, &m) in members.iter().enumerate() {
            let r = row(m);
            let s0: f64 = r.iter().zip(&c[0]).map(|(a, b)| a * b).sum::<f64>() / n0;
            let s1: f64 = r.iter().zip(&c[1]).map(|(a, b)| a * b).sum::<f64>() / n1;
            let side = s1 > s0;
            if side != assign[k] {
                assign[k] = side;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut left = Vec::new();
    let mut right = Vec::new();
    for (k, &m) in members.iter().enumerate() {
        if assign[k] {
            right.push(m);
        } else {
            left.push(m);
        }
    }
    (left, right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eigen_of_diagonalisable_matrix() {
        let a = vec![2.0, 1.0, 1.0, 2.0];
        let (vals, _) = jacobi_eigen(a, 2);
        assert!((vals[0] - 3.0).abs() < 1e-9);
        assert!((vals[1] - 1.0).abs() < 1e-9);
    }

    #[test]
    fn prefixes() {
        let e = ClusterEntry {
            path: 0b1011,
            depth: 4,
            freq: 1,
            code: 0,
        };
        assert_eq!(e.prefix(2), (0b10 << 8) | 2);
        assert_eq!(e.prefix(8), (0b1011 << 8) | 4);
    }
}
