//! A small feed-forward token scorer, added to the perceptron's emission
//! scores with one weight, or whose out-of-fold outputs are perceptron
//! features (stacking).
//!
//! Every word of the ±2 window is a dense vector: its real-valued cluster
//! embedding (the SVD embedding before binarising), the mean of hashed
//! character n-gram embeddings of its stem (n = 2..4, with boundary marks,
//! plus the whole stem) and a few indicator bits (gazetteer, optionally the
//! learnt lexicon, clitics, shape). The hidden layer is
//! `tanh(b + sum_p W_p v(word_p))`, the output nine tag scores; training
//! minimises token cross-entropy with AdaGrad, deterministic from a seed.
//! Because the hidden layer is a sum over positions, `W_p v(word)` depends
//! on one word and one position only: a thread caches it per word.
//!
//! Off by default (`train::Hyper::net`): it did not gain on the dev split
//! with the shipped settings (README, "Entity tagger" accuracy).

use crate::clusters::ClusterTable;
use crate::hash::{hash_str, SplitMix64};
use crate::model::NT;
use crate::text::{base_form_into, fold_into, strip_clitics};

/// Dimensions of a character n-gram embedding.
pub(crate) const DC: usize = 32;
/// Buckets of the hashed character n-grams.
pub(crate) const BUCKETS: usize = 1 << 15;
/// Indicator bits of a word.
pub(crate) const NBITS: usize = 32;
/// Window positions: -2, -1, 0, +1, +2.
pub(crate) const WIN: usize = 5;

/// Training settings of the scorer.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NetParams {
    pub hidden: usize,
    pub epochs: usize,
    pub lr: f32,
    pub dropout: f32,
    /// Embedding dimensions used (the first ones of the table's).
    pub emb_dims: usize,
    /// Scale applied to the (row-normalised) embeddings.
    pub emb_scale: f32,
    /// Weight of the scorer's log-probabilities in the emission scores.
    pub weight: f32,
    /// Feed the scorer's output to the perceptron as features (trained on
    /// out-of-fold outputs) instead of adding it with `weight`.
    pub stack: bool,
    /// Give the scorer the learnt lexicon's bits (jackknifed in training
    /// like the perceptron's).
    pub lexicon: bool,
    /// Probability of hiding a token's stacked features in one perceptron
    /// pass.
    pub feature_dropout: f32,
}

impl Default for NetParams {
    fn default() -> Self {
        NetParams {
            hidden: 48,
            epochs: 6,
            lr: 0.05,
            dropout: 0.2,
            emb_dims: 96,
            emb_scale: 3.0,
            weight: 5.0,
            stack: false,
            lexicon: false,
            feature_dropout: 0.0,
        }
    }
}

/// The scorer's parameters.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Net {
    pub hidden: usize,
    /// Embedding dimensions read from the cluster table.
    pub de: usize,
    pub emb_scale: f32,
    /// `BUCKETS x DC` character n-gram embeddings.
    pub chars: Vec<f32>,
    /// `WIN x hidden x d` position matrices, `d = de + DC + NBITS`.
    pub w: Vec<f32>,
    pub b: Vec<f32>,
    /// `NT x hidden`.
    pub u: Vec<f32>,
    pub c: Vec<f32>,
    /// Weight of the log-probabilities in the emission scores.
    pub weight: f32,
    /// Whether the output is read as perceptron features ([`stack_keys`]).
    pub stack: bool,
    /// Whether the inputs read the learnt lexicon ([`word_input`]).
    pub lexicon: bool,
}

/// The input of one word, independent of the scorer's parameters.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordInput {
    /// Row of the word's embedding in the cluster table.
    emb: Option<u32>,
    grams: Vec<u32>,
    bits: u32,
}

const BIT_BOS: u32 = 0;
const BIT_EOS: u32 = 1;
const BIT_NO_EMB: u32 = 2;
const BIT_EMB_INDIRECT: u32 = 3;
const BIT_GAZ: u32 = 4; // 8 bits
const BIT_LEX_KIND: u32 = 12; // 4 bits
const BIT_LEX_CONF: u32 = 16; // 4 bits
const BIT_CLITIC: u32 = 20; // 7 bits
const BIT_LATIN: u32 = 27;
const BIT_DIGIT: u32 = 28;
const BIT_NO_LETTER: u32 = 29;
const BIT_LONG: u32 = 30;
const BIT_SHORT: u32 = 31;

impl WordInput {
    /// The padding before (`end == false`) or after the sentence.
    pub(crate) fn boundary(end: bool) -> WordInput {
        WordInput {
            emb: None,
            grams: Vec::new(),
            bits: 1 << if end { BIT_EOS } else { BIT_BOS },
        }
    }
}

/// Reusable strings for [`word_input`].
#[derive(Default)]
pub(crate) struct InputScratch {
    fold: String,
    base: String,
    marked: String,
}

/// The input of the token `tok`; with `lexicon`, it reads the learnt
/// lexicon's kind and share too (else only its gazetteer bits).
pub(crate) fn word_input(tok: &str, table: &ClusterTable, lexicon: bool, s: &mut InputScratch) -> WordInput {
    s.fold.clear();
    fold_into(tok, &mut s.fold);
    let f = s.fold.as_str();
    let cl = strip_clitics(f);
    let stem = &f[cl.stem_start..];
    s.base.clear();
    base_form_into(f, &cl, &mut s.base);
    let base = s.base.as_str();
    let mut bits = 0u32;
    let emb = match table.row(f) {
        Some(r) => Some(r),
        None => {
            let r = table.row(base).or_else(|| table.row(stem));
            if r.is_some() {
                bits |= 1 << BIT_EMB_INDIRECT;
            }
            r
        }
    };
    if emb.is_none() {
        bits |= 1 << BIT_NO_EMB;
    }
    let code = table.lexicon.get(base);
    let mut gaz = code.map_or(0, |c| c >> 8);
    if f != base {
        gaz |= table.lexicon.get(f).map_or(0, |c| c >> 8);
    }
    if stem != base && stem != f {
        gaz |= table.lexicon.get(stem).map_or(0, |c| c >> 8);
    }
    bits |= ((gaz & 0xFF) as u32) << BIT_GAZ;
    if let Some(code) = code.filter(|c| lexicon && c & 0xFF != 0) {
        let kind = (code & 7) as u32;
        if (1..=4).contains(&kind) {
            bits |= 1 << (BIT_LEX_KIND + kind - 1);
        }
        bits |= 1 << (BIT_LEX_CONF + ((code >> 3) & 3) as u32);
    }
    bits |= ((cl.code & 0x7F) as u32) << BIT_CLITIC;
    if tok.chars().any(|c| c.is_ascii_alphabetic()) {
        bits |= 1 << BIT_LATIN;
    }
    if tok.chars().any(|c| c.is_numeric()) {
        bits |= 1 << BIT_DIGIT;
    }
    if !tok.chars().any(|c| c.is_alphabetic()) {
        bits |= 1 << BIT_NO_LETTER;
    }
    let n = stem.chars().count();
    if n >= 7 {
        bits |= 1 << BIT_LONG;
    }
    if n <= 2 {
        bits |= 1 << BIT_SHORT;
    }
    // character n-grams of the stem with boundary marks, and the stem
    s.marked.clear();
    s.marked.push('<');
    s.marked.push_str(stem);
    s.marked.push('>');
    let m = s.marked.as_str();
    let bounds: Vec<usize> = m.char_indices().map(|(i, _)| i).chain(std::iter::once(m.len())).collect();
    let nc = bounds.len() - 1;
    let mut grams = Vec::with_capacity(3 * nc + 1);
    for k in 2..=4usize {
        for i in 0..nc.saturating_sub(k - 1) {
            grams.push((hash_str(200 + k as u64, &m[bounds[i]..bounds[i + k]]) % BUCKETS as u64) as u32);
        }
    }
    grams.push((hash_str(209, stem) % BUCKETS as u64) as u32);
    WordInput { emb, grams, bits }
}

impl Net {
    /// Width of a word's dense vector.
    pub(crate) fn d(&self) -> usize {
        self.de + DC + NBITS
    }

    /// The dense vector of a word.
    pub(crate) fn dense(&self, x: &WordInput, table: &ClusterTable, out: &mut [f32]) {
        out.iter_mut().for_each(|v| *v = 0.0);
        let de = self.de;
        if let Some(e) = x.emb.and_then(|r| table.embedding(r as usize)) {
            for (o, &v) in out[..de].iter_mut().zip(e) {
                *o = v * self.emb_scale;
            }
        }
        if !x.grams.is_empty() {
            let inv = 1.0 / x.grams.len() as f32;
            let o = &mut out[de..de + DC];
            for &g in &x.grams {
                let row = &self.chars[g as usize * DC..(g as usize + 1) * DC];
                for (a, &b) in o.iter_mut().zip(row) {
                    *a += b * inv;
                }
            }
        }
        for k in 0..NBITS {
            if x.bits >> k & 1 != 0 {
                out[de + DC + k] = 1.0;
            }
        }
    }

    /// Adds `W_p v` to `acc` (length `hidden`).
    pub(crate) fn project(&self, p: usize, v: &[f32], acc: &mut [f32]) {
        let d = self.d();
        let h = self.hidden;
        let w = &self.w[p * h * d..(p + 1) * h * d];
        for (j, a) in acc.iter_mut().enumerate() {
            let row = &w[j * d..(j + 1) * d];
            let mut s = 0f32;
            for (x, y) in row.iter().zip(v) {
                s += x * y;
            }
            *a += s;
        }
    }

    /// Log-probabilities of the nine tags given the hidden pre-activation.
    pub(crate) fn output(&self, z: &[f32], out: &mut [f32; NT]) {
        let h = self.hidden;
        let mut hid = [0f32; 256];
        for (o, (&x, &b)) in hid.iter_mut().zip(z.iter().zip(&self.b)) {
            *o = (x + b).tanh();
        }
        for (t, o) in out.iter_mut().enumerate() {
            let row = &self.u[t * h..(t + 1) * h];
            let mut s = self.c[t];
            for (x, y) in row.iter().zip(&hid[..h]) {
                s += x * y;
            }
            *o = s;
        }
        log_softmax(out);
    }

    /// Calls `f(i, log-probabilities)` for every token `i` of a sentence.
    pub(crate) fn log_probs(&self, inputs: &[WordInput], table: &ClusterTable, mut f: impl FnMut(usize, &[f32; NT])) {
        let n = inputs.len();
        let d = self.d();
        let h = self.hidden;
        let bos = WordInput::boundary(false);
        let eos = WordInput::boundary(true);
        let mut v = vec![0f32; (n + 4) * d];
        for j in 0..n + 4 {
            let x = if j < 2 {
                &bos
            } else if j >= n + 2 {
                &eos
            } else {
                &inputs[j - 2]
            };
            self.dense(x, table, &mut v[j * d..(j + 1) * d]);
        }
        let mut z = vec![0f32; h];
        let mut lp = [0f32; NT];
        for i in 0..n {
            z.iter_mut().for_each(|x| *x = 0.0);
            for p in 0..WIN {
                self.project(p, &v[(i + p) * d..(i + p + 1) * d], &mut z);
            }
            self.output(&z, &mut lp);
            f(i, &lp);
        }
    }
}

const T_STACK: u64 = 0x5174_0000;

fn prob_bin(p: f32) -> u64 {
    match p {
        p if p >= 0.97 => 4,
        p if p >= 0.85 => 3,
        p if p >= 0.6 => 2,
        p if p >= 0.3 => 1,
        _ => 0,
    }
}

/// The argmax tag and its probability bin of a token's log-probabilities.
fn best_of(lp: &[f32; NT]) -> (u64, u64) {
    let b = (0..NT).fold(0, |b, t| if lp[t] > lp[b] { t } else { b });
    (b as u64, prob_bin(lp[b].exp()))
}

/// The perceptron feature keys of the scorer's output for token `i`, given
/// the log-probabilities of every token of the sentence.
pub(crate) fn stack_keys(lps: &[[f32; NT]], i: usize, mut sink: impl FnMut(u32)) {
    let Some(lp) = lps.get(i) else { return };
    let (b, bin) = best_of(lp);
    sink(crate::hash::feature_key(T_STACK, crate::hash::mix2(b, bin)));
    sink(crate::hash::feature_key(T_STACK + 1, b));
    for (t, &l) in lp.iter().enumerate().skip(1) {
        let p = l.exp();
        if p >= 0.05 {
            sink(crate::hash::feature_key(T_STACK + 2, crate::hash::mix2(t as u64, prob_bin(p))));
        }
    }
    let prev = i.checked_sub(1).and_then(|j| lps.get(j)).map_or(99, |x| best_of(x).0);
    let next = lps.get(i + 1).map_or(99, |x| best_of(x).0);
    sink(crate::hash::feature_key(T_STACK + 3, crate::hash::mix3(prev, b, next)));
}

/// Every key [`stack_keys`] can give.
pub(crate) fn all_stack_keys() -> rustc_hash::FxHashSet<u32> {
    let mut out = rustc_hash::FxHashSet::default();
    let ids: Vec<u64> = (0..NT as u64).chain([99]).collect();
    for b in 0..NT as u64 {
        out.insert(crate::hash::feature_key(T_STACK + 1, b));
        for bin in 0..5 {
            out.insert(crate::hash::feature_key(T_STACK, crate::hash::mix2(b, bin)));
            out.insert(crate::hash::feature_key(T_STACK + 2, crate::hash::mix2(b, bin)));
        }
        for &p in &ids {
            for &n in &ids {
                out.insert(crate::hash::feature_key(T_STACK + 3, crate::hash::mix3(p, b, n)));
            }
        }
    }
    out
}

fn log_softmax(x: &mut [f32; NT]) {
    let m = x.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
    let s: f32 = x.iter().map(|&v| (v - m).exp()).sum();
    let l = m + s.ln();
    x.iter_mut().for_each(|v| *v -= l);
}

/// Trains the scorer on sentences of word inputs with gold tag indices.
pub(crate) fn train_net(inputs: &[Vec<WordInput>], gold: &[Vec<u8>], table: &ClusterTable, p: &NetParams, seed: u64, log: &dyn Fn(&str)) -> Net {
    let mut rng = SplitMix64::new(seed ^ 0x4E45_5552);
    let de = p.emb_dims.min(table.emb_dim());
    let h = p.hidden.clamp(1, 256);
    let d = de + DC + NBITS;
    let mut uni = |a: f32| (rng.symmetric() as f32) * a;
    let aw = (6.0 / (WIN * d + h) as f32).sqrt();
    let au = (6.0 / (h + NT) as f32).sqrt();
    let mut net = Net {
        hidden: h,
        de,
        emb_scale: p.emb_scale,
        chars: (0..BUCKETS * DC).map(|_| uni(0.1)).collect(),
        w: (0..WIN * h * d).map(|_| uni(aw)).collect(),
        b: vec![0.0; h],
        u: (0..NT * h).map(|_| uni(au)).collect(),
        c: vec![0.0; NT],
        weight: p.weight,
        stack: p.stack,
        lexicon: p.lexicon,
    };
    // AdaGrad accumulators
    let mut gchars = vec![1e-6f32; BUCKETS * DC];
    let mut gw = vec![1e-6f32; net.w.len()];
    let mut gb = vec![1e-6f32; h];
    let mut gu = vec![1e-6f32; net.u.len()];
    let mut gc = vec![1e-6f32; NT];
    let bos = WordInput::boundary(false);
    let eos = WordInput::boundary(true);
    let mut order: Vec<usize> = (0..inputs.len()).collect();
    let (mut v, mut dv) = (Vec::new(), Vec::new());
    let mut dw = vec![0f32; net.w.len()];
    let mut du = vec![0f32; net.u.len()];
    let mut db = vec![0f32; h];
    let mut dcb;
    let mut z = vec![0f32; h];
    let mut hid = vec![0f32; h];
    let mut dz = vec![0f32; h];
    let mut dh = vec![0f32; h];
    let keep = 1.0 - p.dropout.clamp(0.0, 0.9);
    let lr = p.lr;
    for epoch in 0..p.epochs {
        for i in (1..order.len()).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        let (mut loss, mut tokens, mut right) = (0f64, 0usize, 0usize);
        for &si in &order {
            let xs = &inputs[si];
            let n = xs.len();
            if n == 0 {
                continue;
            }
            let at = |j: usize| -> &WordInput {
                if j < 2 {
                    &bos
                } else if j >= n + 2 {
                    &eos
                } else {
                    &xs[j - 2]
                }
            };
            v.clear();
            v.resize((n + 4) * d, 0.0);
            for j in 0..n + 4 {
                net.dense(at(j), table, &mut v[j * d..(j + 1) * d]);
            }
            dv.clear();
            dv.resize((n + 4) * DC, 0.0);
            dw.iter_mut().for_each(|x| *x = 0.0);
            du.iter_mut().for_each(|x| *x = 0.0);
            db.iter_mut().for_each(|x| *x = 0.0);
            dcb = [0f32; NT];
            for i in 0..n {
                z.iter_mut().for_each(|x| *x = 0.0);
                for p in 0..WIN {
                    net.project(p, &v[(i + p) * d..(i + p + 1) * d], &mut z);
                }
                for k in 0..h {
                    let a = (z[k] + net.b[k]).tanh();
                    let drop = ((rng.next_u64() >> 40) as f32 / (1u64 << 24) as f32) >= keep;
                    hid[k] = if drop { 0.0 } else { a / keep };
                    // derivative through dropout and tanh
                    dz[k] = if drop { 0.0 } else { (1.0 - a * a) / keep };
                }
                let mut o = [0f32; NT];
                for (t, ot) in o.iter_mut().enumerate() {
                    let row = &net.u[t * h..(t + 1) * h];
                    *ot = net.c[t] + row.iter().zip(&hid).map(|(x, y)| x * y).sum::<f32>();
                }
                log_softmax(&mut o);
                let g = gold[si][i] as usize;
                loss -= o[g] as f64;
                tokens += 1;
                let best = (0..NT).fold(0, |b, t| if o[t] > o[b] { t } else { b });
                right += (best == g) as usize;
                // d loss / d logits
                let mut go = [0f32; NT];
                for t in 0..NT {
                    go[t] = o[t].exp() - (t == g) as u8 as f32;
                }
                dh.iter_mut().for_each(|x| *x = 0.0);
                for t in 0..NT {
                    dcb[t] += go[t];
                    let row = &net.u[t * h..(t + 1) * h];
                    let drow = &mut du[t * h..(t + 1) * h];
                    for k in 0..h {
                        drow[k] += go[t] * hid[k];
                        dh[k] += go[t] * row[k];
                    }
                }
                for k in 0..h {
                    dz[k] *= dh[k];
                    db[k] += dz[k];
                }
                for p in 0..WIN {
                    let vp = &v[(i + p) * d..(i + p + 1) * d];
                    let dvp = &mut dv[(i + p) * DC..(i + p + 1) * DC];
                    let base = p * h * d;
                    for k in 0..h {
                        let gk = dz[k];
                        if gk == 0.0 {
                            continue;
                        }
                        let drow = &mut dw[base + k * d..base + (k + 1) * d];
                        for (a, &x) in drow.iter_mut().zip(vp) {
                            *a += gk * x;
                        }
                        let wrow = &net.w[base + k * d + de..base + k * d + de + DC];
                        for (a, &x) in dvp.iter_mut().zip(wrow) {
                            *a += gk * x;
                        }
                    }
                }
            }
            // AdaGrad updates
            let upd = |w: &mut [f32], g2: &mut [f32], g: &[f32]| {
                for ((w, a), &g) in w.iter_mut().zip(g2.iter_mut()).zip(g) {
                    if g != 0.0 {
                        *a += g * g;
                        *w -= lr * g / a.sqrt();
                    }
                }
            };
            upd(&mut net.w, &mut gw, &dw);
            upd(&mut net.u, &mut gu, &du);
            upd(&mut net.b, &mut gb, &db);
            upd(&mut net.c, &mut gc, &dcb);
            for j in 0..n + 4 {
                let x = at(j);
                if x.grams.is_empty() {
                    continue;
                }
                let inv = 1.0 / x.grams.len() as f32;
                let g: Vec<f32> = dv[j * DC..(j + 1) * DC].iter().map(|&x| x * inv).collect();
                for &gi in &x.grams {
                    let r = gi as usize * DC..(gi as usize + 1) * DC;
                    upd(&mut net.chars[r.clone()], &mut gchars[r], &g);
                }
            }
        }
        log(&format!(
            "net epoch {}: loss {:.4}, token accuracy {:.2}%",
            epoch + 1,
            loss / tokens.max(1) as f64,
            100.0 * right as f64 / tokens.max(1) as f64
        ));
    }
    net
}

/// One scale for 8-bit values: the largest magnitude maps to 127.
fn q_scale(x: &[f32]) -> f32 {
    let m = x.iter().fold(0f32, |a, &b| a.max(b.abs()));
    if m > 0.0 {
        m / 127.0
    } else {
        1.0
    }
}

fn q8(x: f32, scale: f32) -> i8 {
    (x / scale).round().clamp(-127.0, 127.0) as i8
}

impl Net {
    /// Rounds the character embeddings, and the table's embeddings (cut to
    /// the dimensions the scorer reads), to the 8-bit values the model file
    /// stores, so that a trained model and the same model read back from
    /// its bytes score alike.
    pub(crate) fn quantise(&mut self, table: &mut ClusterTable) {
        let s = q_scale(&self.chars);
        self.chars.iter_mut().for_each(|x| *x = q8(*x, s) as f32 * s);
        let (dim, de) = (table.emb_dim, self.de);
        let mut emb: Vec<f32> = table.emb.chunks_exact(dim.max(1)).flat_map(|r| r[..de.min(r.len())].iter().copied()).collect();
        let s = q_scale(&emb);
        emb.iter_mut().for_each(|x| *x = q8(*x, s) as f32 * s);
        table.emb = emb;
        table.emb_dim = de;
    }

    /// Appends the scorer and the table's embeddings to `out`.
    pub(crate) fn write(&self, table: &ClusterTable, out: &mut Vec<u8>) {
        let put_f32 = |out: &mut Vec<u8>, x: f32| out.extend_from_slice(&x.to_bits().to_le_bytes());
        out.extend_from_slice(&(self.hidden as u32).to_le_bytes());
        out.extend_from_slice(&(self.de as u32).to_le_bytes());
        out.push(self.stack as u8 | (self.lexicon as u8) << 1);
        put_f32(out, self.weight);
        put_f32(out, self.emb_scale);
        // 8-bit columns: embeddings (rows of the table), then n-grams
        for (x, rows, dim) in [(&table.emb, table.len(), self.de), (&self.chars, BUCKETS, DC)] {
            let s = q_scale(x);
            put_f32(out, s);
            for j in 0..dim {
                for r in 0..rows {
                    out.push(x.get(r * dim + j).map_or(0, |&v| q8(v, s)) as u8);
                }
            }
        }
        for x in self.w.iter().chain(&self.b).chain(&self.u).chain(&self.c) {
            put_f32(out, *x);
        }
    }

    /// Reads what [`Net::write`] wrote for a table of `rows` words; returns
    /// the scorer, the embeddings and their dimensions, and the bytes read.
    pub(crate) fn read(p: &[u8], rows: usize) -> Result<(Net, Vec<f32>, usize), crate::NerError> {
        let bad = |m: &str| crate::NerError::Model(m.to_string());
        let mut pos = 0usize;
        let mut take = |n: usize| -> Result<&[u8], crate::NerError> {
            let s = p.get(pos..pos + n).ok_or_else(|| bad("unexpected end of the scorer's data"))?;
            pos += n;
            Ok(s)
        };
        let u32_of = |s: &[u8]| u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
        let hidden = u32_of(take(4)?) as usize;
        let de = u32_of(take(4)?) as usize;
        if !(1..=256).contains(&hidden) || de > 1024 {
            return Err(bad("scorer has unexpected sizes"));
        }
        let flags = take(1)?[0];
        let (stack, lexicon) = (flags & 1 != 0, flags & 2 != 0);
        let weight = f32::from_bits(u32_of(take(4)?));
        let emb_scale = f32::from_bits(u32_of(take(4)?));
        let mut cols = |n: usize, dim: usize| -> Result<Vec<f32>, crate::NerError> {
            let s = f32::from_bits(u32_of(take(4)?));
            let bytes = take(n * dim)?;
            let mut x = vec![0f32; n * dim];
            for j in 0..dim {
                for r in 0..n {
                    x[r * dim + j] = bytes[j * n + r] as i8 as f32 * s;
                }
            }
            Ok(x)
        };
        let emb = cols(rows, de)?;
        let chars = cols(BUCKETS, DC)?;
        let d = de + DC + NBITS;
        let mut floats = |n: usize| -> Result<Vec<f32>, crate::NerError> {
            let b = take(4 * n)?;
            Ok(b.chunks_exact(4).map(|s| f32::from_bits(u32_of(s))).collect())
        };
        let w = floats(WIN * hidden * d)?;
        let b = floats(hidden)?;
        let u = floats(NT * hidden)?;
        let c = floats(NT)?;
        if [weight, emb_scale].iter().chain(&w).chain(&b).chain(&u).chain(&c).any(|x| !x.is_finite()) {
            return Err(bad("non-finite scorer weight"));
        }
        let net = Net {
            hidden,
            de,
            emb_scale,
            chars,
            w,
            b,
            u,
            c,
            weight,
            stack,
            lexicon,
        };
        Ok((net, emb, pos))
    }
}

/// Most words whose projections a thread keeps (`WIN x hidden` floats a
/// word); a full cache is emptied.
const CACHE_WORDS: usize = 1 << 14;

/// A thread's cache of the words' projections `W_p v(word)` for one
/// scorer, and buffers for tagging.
#[derive(Default)]
pub(crate) struct NetCache {
    model: u64,
    index: rustc_hash::FxHashMap<Box<str>, u32>,
    /// `WIN x hidden` floats per cached word; the boundaries first.
    proj: Vec<f32>,
    scratch: InputScratch,
    v: Vec<f32>,
    ids: Vec<u32>,
    /// The log-probabilities of the last sentence's tokens.
    pub lps: Vec<[f32; NT]>,
}

impl Net {
    fn push_projections(&self, x: &WordInput, table: &ClusterTable, c: &mut NetCache) {
        let (d, h) = (self.d(), self.hidden);
        c.v.resize(d, 0.0);
        self.dense(x, table, &mut c.v);
        let at = c.proj.len();
        c.proj.resize(at + WIN * h, 0.0);
        for p in 0..WIN {
            self.project(p, &c.v, &mut c.proj[at + p * h..at + (p + 1) * h]);
        }
    }

    /// Fills `c.lps` with the log-probabilities of the tags of every token
    /// of a sentence; `model` identifies the scorer for the cache. The
    /// same values as [`Net::log_probs`] on the tokens' inputs.
    pub(crate) fn sentence_log_probs<T: AsRef<str>>(&self, tokens: &[T], table: &ClusterTable, c: &mut NetCache, model: u64) {
        let h = self.hidden;
        if c.model != model || c.proj.is_empty() || c.index.len() >= CACHE_WORDS {
            c.model = model;
            c.index.clear();
            c.proj.clear();
            self.push_projections(&WordInput::boundary(false), table, c);
            self.push_projections(&WordInput::boundary(true), table, c);
        }
        c.ids.clear();
        c.ids.extend([0, 0]);
        for t in tokens {
            let t = t.as_ref();
            let id = match c.index.get(t) {
                Some(&id) => id,
                None => {
                    let id = (c.proj.len() / (WIN * h)) as u32;
                    let x = word_input(t, table, self.lexicon, &mut c.scratch);
                    self.push_projections(&x, table, c);
                    c.index.insert(t.into(), id);
                    id
                }
            };
            c.ids.push(id);
        }
        c.ids.extend([1, 1]);
        c.lps.clear();
        let mut z = [0f32; 256];
        let mut lp = [0f32; NT];
        for i in 0..tokens.len() {
            let z = &mut z[..h];
            z.iter_mut().for_each(|x| *x = 0.0);
            for p in 0..WIN {
                let id = c.ids[i + p] as usize;
                let row = &c.proj[id * WIN * h + p * h..id * WIN * h + (p + 1) * h];
                for (a, &b) in z.iter_mut().zip(row) {
                    *a += b;
                }
            }
            self.output(z, &mut lp);
            c.lps.push(lp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clusters::ClusterEntry;

    /// A table of a few words with made-up embeddings, and training
    /// sentences "وصل السيد <name> إلى <place> أمس ." with their tags.
    fn toy() -> (ClusterTable, Vec<Vec<WordInput>>, Vec<Vec<u8>>) {
        let words = ["وصل", "السيد", "الي", "امس", "."];
        let entry = ClusterEntry {
            path: 0,
            depth: 0,
            freq: 1,
            code: 0,
        };
        let mut table = ClusterTable::new(words.iter().map(|w| Box::<str>::from(*w)).collect(), vec![entry; words.len()]);
        table.emb_dim = 4;
        table.emb = (0..words.len() * 4).map(|i| ((i * 7 % 5) as f32 - 2.0) / 4.0).collect();
        let names = ["محمد", "أحمد", "سمير", "ليلى", "كريم"];
        let places = ["بغداد", "دمشق", "تونس", "الرباط", "عمان"];
        let mut s = InputScratch::default();
        let (mut inputs, mut gold) = (Vec::new(), Vec::new());
        for i in 0..40 {
            let sent = ["وصل", "السيد", names[i % 5], "إلى", places[(i * 3) % 5], "أمس", "."];
            inputs.push(sent.iter().map(|t| word_input(t, &table, false, &mut s)).collect());
            gold.push(vec![0, 0, 1, 0, 3, 0, 0]);
        }
        (table, inputs, gold)
    }

    fn params() -> NetParams {
        NetParams {
            hidden: 8,
            epochs: 3,
            ..NetParams::default()
        }
    }

    #[test]
    fn the_scorer_learns_names_and_places_from_their_context() {
        let (table, inputs, gold) = toy();
        let net = train_net(&inputs, &gold, &table, &params(), 1, &|_| {});
        let mut c = NetCache::default();
        // a name and a place it never saw, in the same context
        net.sentence_log_probs(&["وصل", "السيد", "زياد", "إلى", "حلب", "أمس", "."], &table, &mut c, 1);
        let best: Vec<u64> = c.lps.iter().map(|lp| best_of(lp).0).collect();
        assert_eq!(best, vec![0, 0, 1, 0, 3, 0, 0]);
    }

    #[test]
    fn cached_projections_score_as_fresh_ones() {
        let (table, inputs, gold) = toy();
        let net = train_net(&inputs, &gold, &table, &params(), 2, &|_| {});
        let tokens = ["قال", "السيد", "كريم", "في", "دمشق", "و", "قال", "كريم"];
        let mut s = InputScratch::default();
        let xs: Vec<WordInput> = tokens.iter().map(|t| word_input(t, &table, false, &mut s)).collect();
        let mut fresh = Vec::new();
        net.log_probs(&xs, &table, |_, lp| fresh.push(*lp));
        let mut c = NetCache::default();
        for _ in 0..2 {
            // the second time every word comes from the cache
            net.sentence_log_probs(&tokens, &table, &mut c, 9);
            assert_eq!(c.lps, fresh);
        }
    }

    #[test]
    fn a_quantised_scorer_reads_back_unchanged() {
        let (mut table, inputs, gold) = toy();
        let mut net = train_net(&inputs, &gold, &table, &params(), 3, &|_| {});
        net.quantise(&mut table);
        let mut bytes = Vec::new();
        net.write(&table, &mut bytes);
        let (back, emb, used) = Net::read(&bytes, table.len()).expect("reads back");
        assert_eq!(used, bytes.len());
        assert_eq!(back, net);
        assert_eq!(emb, table.emb);
        assert!(Net::read(&bytes[..bytes.len() - 1], table.len()).is_err());
    }
}
