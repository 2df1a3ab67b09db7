//! Training: unlabelled-text reading, cluster learning, the gazetteer from
//! the lexicon's name lists, the jackknifed self-training lexicon, and a
//! structured averaged perceptron with constrained Viterbi decoding.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::clusters::{self, ClusterParams, ClusterTable, Lexicon};
use crate::features::{sentence_features, Scratch};
use crate::hash::{hash_str, SplitMix64};
use crate::model::{tag_index, viterbi, Model, Weights, Work, NT, START};
use crate::text::{base_form_into, fold, fold_into, strip_clitics, tokenize};
use crate::{NerError, Sentence, TrainOptions};

/// Internal training hyper-parameters (not part of the public API).
#[derive(Clone, Debug)]
pub(crate) struct Hyper {
    pub clusters: ClusterParams,
    /// Probability of hiding a token's word-identity features in one
    /// training pass (word dropout).
    pub dropout: f64,
    /// Amount subtracted from the score of O at every token.
    pub o_penalty: f32,
    /// Probability of hiding any single feature occurrence in one pass.
    pub feat_dropout: f64,
    /// Loss-augmented decoding margin per wrong token (0: plain perceptron).
    pub margin: f32,
    /// Margin multiplier for tokens whose gold tag is not O.
    pub entity_cost: f32,
    /// Folds of the jackknifed self-training lexicon (0 or 1: none).
    pub self_train_folds: usize,
    /// Epochs of the auxiliary models of self-training.
    pub aux_epochs: usize,
    /// Add the name lists of the project's lexicon as gazetteer bits of
    /// the entity lexicon.
    pub gazetteer: bool,
    /// Weight of the gold tags of the training data in the self-training
    /// lexicon (0: the lexicon comes from tagged news alone). Jackknifed
    /// like the rest of the lexicon.
    pub gold_in_lexicon: u32,
    /// Sentences on each side whose first-pass tags the document memory
    /// reads (`None`: no memory features). The first-pass tags of a
    /// training sentence come from the auxiliary model of self-training that
    /// never saw its fold.
    pub memory_windows: Vec<usize>,
    /// Probability of hiding all the memory features of a sentence in one
    /// pass, so that the model also learns to tag without them (as in the
    /// first pass).
    pub mem_dropout: f64,
    /// Give the auxiliary models of self-training the gazetteer bits.
    pub aux_gazetteer: bool,
    /// Perceptron runs with different seeds whose averaged weights are
    /// averaged again into the final model (1: one run). The model keeps
    /// one weight table, so its speed does not change.
    pub seeds: usize,
    /// The neural scorer added to the emission scores (none: off).
    pub net: Option<crate::neural::NetParams>,
    /// Passive-aggressive step (PA-I) instead of the perceptron's step of
    /// one: each update is scaled by the margin violation of the
    /// loss-augmented prediction over the squared norm of the feature
    /// difference, capped at this value (0: plain perceptron steps).
    pub pa_cap: f32,
    /// Further margin multiplier for tokens whose gold tag is an
    /// organisation or a miscellaneous entity (1: as other entities).
    pub org_misc_cost: f32,
}

/// Width of a training weight row: tags plus shared kinds.
const RW: usize = NT + 5;

impl Default for Hyper {
    /// The settings of the shipped model, chosen by 5-fold cross-validation
    /// on the training data.
    fn default() -> Self {
        Hyper {
            clusters: ClusterParams::default(),
            dropout: 0.15,
            o_penalty: 20.0,
            feat_dropout: 0.25,
            margin: 20.0,
            entity_cost: 2.0,
            self_train_folds: 4,
            aux_epochs: 8,
            gazetteer: true,
            gold_in_lexicon: 1,
            memory_windows: crate::memory::WINDOWS.to_vec(),
            mem_dropout: 0.0,
            aux_gazetteer: false,
            seeds: 3,
            net: None,
            pa_cap: 0.0,
            org_misc_cost: 1.0,
        }
    }
}

#[derive(serde::Deserialize)]
struct NewsLine {
    #[serde(default)]
    text: String,
}

fn io_err(path: &Path, e: std::io::Error) -> NerError {
    NerError::Io {
        path: path.to_path_buf(),
        source: e,
    }
}

/// Reads unlabelled news (JSON Lines with a `text` field, gzip-compressed or
/// plain) into token sentences. Paragraphs repeated verbatim are kept once.
pub(crate) fn read_unlabelled(path: &Path) -> Result<Vec<Vec<String>>, NerError> {
    let mut f = std::fs::File::open(path).map_err(|e| io_err(path, e))?;
    let mut head = [0u8; 2];
    let n = f.read(&mut head).map_err(|e| io_err(path, e))?;
    let f = std::fs::File::open(path).map_err(|e| io_err(path, e))?;
    let reader: Box<dyn BufRead> = if n == 2 && head == [0x1F, 0x8B] {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(f)))
    } else {
        Box::new(BufReader::new(f))
    };
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| io_err(path, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: NewsLine = serde_json::from_str(&line).map_err(|e| NerError::Parse {
            path: path.to_path_buf(),
            line: i + 1,
            message: format!("invalid JSON: {e}"),
        })?;
        for para in doc.text.split('\n') {
            let para = para.trim();
            if para.is_empty() || !seen.insert(hash_str(7, para)) {
                continue;
            }
            let mut sent: Vec<String> = Vec::new();
            tokenize(para, |t| {
                sent.push(t.to_string());
                if matches!(t, "." | "!" | "?" | "\u{061F}") {
                    out.push(std::mem::take(&mut sent));
                }
            });
            if !sent.is_empty() {
                out.push(sent);
            }
        }
    }
    Ok(out)
}

/// Trains a model on labelled sentences, with clusters learnt from the
/// labelled tokens plus the unlabelled sentences.
pub(crate) fn train_model(train: &[Sentence], unlabelled: &[Vec<String>], opts: &TrainOptions, hyper: &Hyper) -> Result<Model, NerError> {
    if train.iter().all(|s| s.tokens.is_empty()) {
        return Err(NerError::EmptyTrainingData);
    }
    let log = |msg: &str| {
        if opts.verbose {
            eprintln!("[hadath-ner] {msg}");
        }
    };
    let t0 = std::time::Instant::now();
    // Clusters.
    let mut corpus: Vec<Vec<String>> = Vec::with_capacity(unlabelled.len() + train.len());
    corpus.extend(train.iter().map(|s| s.tokens.clone()));
    corpus.extend(unlabelled.iter().cloned());
    let mut cp = hyper.clusters.clone();
    cp.seed ^= opts.seed;
    let table = clusters::learn(&corpus, &cp);
    drop(corpus);
    log(&format!("clusters: {} words in {:.1}s", table.len(), t0.elapsed().as_secs_f64()));
    let mut model = train_pipeline(train, table, unlabelled, opts, hyper)?;
    match model.net.as_mut() {
        Some(net) => net.quantise(&mut model.clusters),
        None => {
            // only the scorer reads the real-valued embeddings
            model.clusters.emb = Vec::new();
            model.clusters.emb_dim = 0;
        }
    }
    Ok(model)
}

/// Trains the tagger given the cluster table: the self-training lexicon
/// (if enabled) and then the final perceptron.
pub(crate) fn train_pipeline(
    train: &[Sentence],
    table: ClusterTable,
    unlabelled: &[Vec<String>],
    opts: &TrainOptions,
    hyper: &Hyper,
) -> Result<Model, NerError> {
    let log = |msg: &str| {
        if opts.verbose {
            eprintln!("[hadath-ner] {msg}");
        }
    };
    let t0 = std::time::Instant::now();
    let gaz = if hyper.gazetteer { gazetteer() } else { FxHashMap::default() };
    if hyper.self_train_folds < 2 || unlabelled.is_empty() {
        let mut table = table;
        table.lexicon = with_gazetteer(&table.lexicon, &gaz);
        let m = train_with_table(train, table, &[], &[], opts, hyper)?;
        return Ok(with_net(m, train, &[], opts, hyper));
    }
    // Self-training lexicon, jackknifed: the lexicon seen by the training
    // sentences of fold k comes from a model that never saw fold k, so that
    // its reliability on training data matches its reliability on new text.
    let k = hyper.self_train_folds;
    let aux = TrainOptions {
        epochs: hyper.aux_epochs,
        seed: opts.seed,
        verbose: false,
    };
    let n = train.len();
    let aux_table = if hyper.aux_gazetteer {
        let mut t = table.clone();
        t.lexicon = with_gazetteer(&table.lexicon, &gaz);
        t
    } else {
        table.clone()
    };
    let mut fold_tables = Vec::with_capacity(k);
    // First-pass tags of every training sentence, for the memory features.
    let mut first_pass: Vec<Vec<u8>> = Vec::with_capacity(n);
    for f in 0..k {
        let (a, b) = (n * f / k, n * (f + 1) / k);
        let part: Vec<Sentence> = train[..a].iter().chain(&train[b..]).cloned().collect();
        let m = train_with_table(&part, aux_table.clone(), &[], &[], &aux, hyper)?;
        if !hyper.memory_windows.is_empty() {
            let mut work = Work::default();
            for s in &train[a..b] {
                m.decode(&s.tokens, &mut work);
                first_pass.push(work.path.clone());
            }
        }
        let mut t = table.clone();
        t.lexicon = with_gazetteer(&build_lexicon(&m, unlabelled, &part, hyper.gold_in_lexicon), &gaz);
        log(&format!(
            "lexicon for fold {}: {} words, {:.1}s",
            f + 1,
            t.lexicon.len(),
            t0.elapsed().as_secs_f64()
        ));
        fold_tables.push(t);
    }
    let m = train_with_table(train, aux_table, &[], &[], &aux, hyper)?;
    let mut table = table;
    table.lexicon = with_gazetteer(&build_lexicon(&m, unlabelled, train, hyper.gold_in_lexicon), &gaz);
    log(&format!("lexicon: {} words, {:.1}s", table.lexicon.len(), t0.elapsed().as_secs_f64()));
    let mut memory = if hyper.memory_windows.is_empty() {
        Vec::new()
    } else {
        memory_features(train, &first_pass, &hyper.memory_windows)
    };
    if let Some(p) = hyper.net.as_ref().filter(|p| p.stack && table.emb_dim() > 0) {
        // Stacking: the scorer's outputs become perceptron features; those
        // of a training sentence come from a scorer that never saw its fold.
        let (inputs, gold) = net_data(train, &table, &fold_tables, p.lexicon);
        let nlog = |msg: &str| log(msg);
        memory.resize(n, Vec::new());
        for f in 0..k {
            let (a, b) = (n * f / k, n * (f + 1) / k);
            let (pi, pg): (Vec<_>, Vec<_>) = inputs[..a]
                .iter()
                .chain(&inputs[b..])
                .cloned()
                .zip(gold[..a].iter().chain(&gold[b..]).cloned())
                .unzip();
            let net = crate::neural::train_net(&pi, &pg, &table, p, crate::hash::mix2(opts.seed, f as u64), &nlog);
            for s in a..b {
                let mut lps = Vec::with_capacity(inputs[s].len());
                net.log_probs(&inputs[s], &table, |_, lp| lps.push(*lp));
                for i in 0..lps.len() {
                    crate::neural::stack_keys(&lps, i, |key| memory[s].push((i as u32, key)));
                }
                memory[s].sort_by_key(|x| x.0);
            }
            log(&format!("scorer for fold {}: {:.1}s", f + 1, t0.elapsed().as_secs_f64()));
        }
        let net = crate::neural::train_net(&inputs, &gold, &table, p, opts.seed, &nlog);
        let mut m = train_with_table(train, table, &fold_tables, &memory, opts, hyper)?;
        m.net = Some(net);
        return Ok(m);
    }
    let m = train_with_table(train, table, &fold_tables, &memory, opts, hyper)?;
    Ok(with_net(m, train, &fold_tables, opts, hyper))
}

/// The scorer's inputs and gold tags of the training sentences. Sentence
/// `i` reads the lexicon of `fold_tables[fold_of(i)]` when there are fold
/// tables, as the perceptron's features do.
fn net_data(train: &[Sentence], table: &ClusterTable, fold_tables: &[ClusterTable], lexicon: bool) -> (Vec<Vec<crate::neural::WordInput>>, Vec<Vec<u8>>) {
    let mut scratch = crate::neural::InputScratch::default();
    let (n, k) = (train.len(), fold_tables.len());
    let inputs = train
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let table = if k == 0 { table } else { &fold_tables[fold_of(i, n, k)] };
            s.tokens.iter().map(|t| crate::neural::word_input(t, table, lexicon, &mut scratch)).collect()
        })
        .collect();
    let gold = train.iter().map(|s| s.tags.iter().map(|&t| tag_index(t) as u8).collect()).collect();
    (inputs, gold)
}

/// The fold (of `k` contiguous folds over `n` sentences) of sentence `i`.
fn fold_of(i: usize, n: usize, k: usize) -> usize {
    let mut f = (i * k) / n.max(1);
    while f + 1 < k && n * (f + 1) / k <= i {
        f += 1;
    }
    while f > 0 && n * f / k > i {
        f -= 1;
    }
    f
}

/// Trains the neural scorer, if `hyper` asks for one, and attaches it to
/// the model. Training sentence `i` reads its lexicon bits from
/// `fold_tables[fold_of(i)]` when there are fold tables, as the
/// perceptron's features do.
fn with_net(mut model: Model, train: &[Sentence], fold_tables: &[ClusterTable], opts: &TrainOptions, hyper: &Hyper) -> Model {
    let Some(p) = hyper.net.as_ref().filter(|p| !p.stack) else { return model };
    if model.clusters.emb_dim() == 0 {
        return model;
    }
    let t0 = std::time::Instant::now();
    let (inputs, gold) = net_data(train, &model.clusters, fold_tables, p.lexicon);
    let log = |msg: &str| {
        if opts.verbose {
            eprintln!("[hadath-ner] {msg} ({:.1}s)", t0.elapsed().as_secs_f64());
        }
    };
    model.net = Some(crate::neural::train_net(&inputs, &gold, &model.clusters, p, opts.seed, &log));
    model
}

/// The memory features of every token of the training sentences, as
/// `(token, key)` pairs in token order, given their first-pass tags.
fn memory_features(train: &[Sentence], first_pass: &[Vec<u8>], windows: &[usize]) -> Vec<Vec<(u32, u32)>> {
    let (mut folded, mut base) = (String::new(), String::new());
    let keys: Vec<Vec<u64>> = train
        .iter()
        .map(|s| {
            let mut k = Vec::new();
            crate::memory::memory_keys(&s.tokens, &mut k, &mut folded, &mut base);
            k
        })
        .collect();
    let mut out = vec![Vec::new(); train.len()];
    crate::memory::for_each_sentence(&keys, first_pass, windows, |s, wi, recalls| {
        crate::memory::memory_features(wi, recalls, |i, key| out[s].push((i as u32, key)));
    });
    // in token order (a stable sort: the order within a token is kept)
    for m in &mut out {
        m.sort_by_key(|x| x.0);
    }
    out
}

/// The name lists of the project's lexicon, with the column holding names
/// and the gazetteer category (0 person, 1 place, 2 organisation, 3 nisba
/// adjective) of each.
const GAZETTEER_LISTS: [(&str, &str, u16); 6] = [
    (include_str!("../../../lexicon/people.tsv"), "names", 0),
    (include_str!("../../../lexicon/places.tsv"), "names", 1),
    (include_str!("../../../lexicon/countries.tsv"), "names", 1),
    (include_str!("../../../lexicon/countries.tsv"), "metonyms", 1),
    (include_str!("../../../lexicon/organizations.tsv"), "names", 2),
    (include_str!("../../../lexicon/countries.tsv"), "adjectives", 3),
];

/// Gazetteer bits of folded words from the name lists of the lexicon
/// (see [`GAZETTEER_LISTS`]): for category `c`, bit `2c` marks a word that
/// is a whole name by itself, bit `2c + 1` a word of a longer name. The
/// lists are tab-separated with `#` comments and a header line; names in a
/// column are separated by `|`.
pub(crate) fn gazetteer() -> FxHashMap<String, u16> {
    let mut out: FxHashMap<String, u16> = FxHashMap::default();
    for (text, column, cat) in GAZETTEER_LISTS {
        let mut col = None;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let Some(c) = col else {
                col = Some(fields.iter().position(|&f| f == column));
                continue;
            };
            let Some(value) = c.and_then(|c| fields.get(c)) else { continue };
            for name in value.split('|').filter(|n| !n.is_empty() && *n != "-") {
                let words: Vec<String> = name.split_whitespace().map(fold).collect();
                let bit = if words.len() == 1 { 1u16 } else { 2 };
                for w in words {
                    *out.entry(w).or_insert(0) |= bit << (2 * cat);
                }
            }
        }
    }
    out
}

/// The entity lexicon with the gazetteer bits in bits 8-15 of the codes;
/// words only in the gazetteer get codes with bits 0-7 zero.
fn with_gazetteer(lex: &Lexicon, gaz: &FxHashMap<String, u16>) -> Lexicon {
    if gaz.is_empty() {
        return lex.clone();
    }
    let mut all: FxHashMap<&str, u16> = lex.words.iter().zip(&lex.codes).map(|(w, &c)| (&**w, c & 0xFF)).collect();
    for (w, &g) in gaz {
        *all.entry(w.as_str()).or_insert(0) |= g << 8;
    }
    let mut entries: Vec<(&str, u16)> = all.into_iter().collect();
    entries.sort_unstable();
    let (words, codes) = entries.into_iter().map(|(w, c)| (Box::<str>::from(w), c)).unzip();
    Lexicon::new(words, codes)
}

/// Tags unlabelled sentences and summarises, for every word form (without
/// conjunction and preposition) that was tagged as part of an entity often
/// enough, how it was tagged.
/// With `gold_weight > 0`, the gold tags of the labelled sentences `gold`
/// count too, each `gold_weight` times.
fn build_lexicon(model: &Model, sentences: &[Vec<String>], gold: &[Sentence], gold_weight: u32) -> Lexicon {
    let mut counts: FxHashMap<String, [u32; NT]> = FxHashMap::default();
    let mut work = Work::default();
    let mut folded = String::new();
    let mut base = String::new();
    let gold_paths = gold
        .iter()
        .filter(|_| gold_weight > 0)
        .map(|s| (&s.tokens, s.tags.iter().map(|&t| tag_index(t) as u8).collect::<Vec<u8>>(), gold_weight));
    let auto_paths = sentences.iter().map(|s| {
        model.decode(s, &mut work);
        (s, work.path.clone(), 1u32)
    });
    for (s, path, weight) in auto_paths.chain(gold_paths) {
        for (tok, &t) in s.iter().zip(&path) {
            folded.clear();
            fold_into(tok, &mut folded);
            let c = strip_clitics(&folded);
            base.clear();
            base_form_into(&folded, &c, &mut base);
            match counts.get_mut(base.as_str()) {
                Some(v) => v[t as usize] += weight,
                None => {
                    let mut v = [0u32; NT];
                    v[t as usize] = weight;
                    counts.insert(base.clone(), v);
                }
            }
        }
    }
    let mut entries: Vec<(String, u16)> = counts.into_iter().filter_map(|(w, c)| lexicon_code(&c).map(|code| (w, code))).collect();
    entries.sort_unstable();
    let (words, codes) = entries.into_iter().map(|(w, c)| (w.into_boxed_str(), c)).unzip();
    Lexicon::new(words, codes)
}

/// Summary code of the tag counts of one word, or `None` when the word was
/// seen fewer than twice or rarely inside an entity. Bits 0-2: most frequent
/// entity kind (1 PERS, 2 LOC, 3 ORG, 4 MISC); bits 3-4: its share of all
/// occurrences (>= 0.9, >= 0.7, >= 0.4, less); bit 5: more often B than I;
/// bits 6-7: number of occurrences (>= 20, >= 8, >= 4, less).
pub(crate) fn lexicon_code(c: &[u32; NT]) -> Option<u16> {
    let n: u32 = c.iter().sum();
    let ent = n - c[0];
    if n < 2 || (ent as f64) < 0.1 * n as f64 {
        return None;
    }
    let mut best = 0usize;
    let mut best_count = 0u32;
    for k in 0..4 {
        let kc = c[1 + 2 * k] + c[2 + 2 * k];
        if kc > best_count {
            best = k;
            best_count = kc;
        }
    }
    let share = best_count as f64 / n as f64;
    let conf: u16 = if share >= 0.9 {
        3
    } else if share >= 0.7 {
        2
    } else if share >= 0.4 {
        1
    } else {
        0
    };
    let mostly_b = (c[1 + 2 * best] >= c[2 + 2 * best]) as u16;
    let nb: u16 = if n >= 20 {
        3
    } else if n >= 8 {
        2
    } else if n >= 4 {
        1
    } else {
        0
    };
    Some((best as u16 + 1) | conf << 3 | mostly_b << 5 | nb << 6)
}

/// Trains the perceptron given a cluster table. When `fold_tables` is not
/// empty, training sentence `i` of fold `f` (contiguous folds) is featurized
/// with `fold_tables[f]` instead of `table`.
pub(crate) fn train_with_table(
    train: &[Sentence],
    table: ClusterTable,
    fold_tables: &[ClusterTable],
    memory: &[Vec<(u32, u32)>],
    opts: &TrainOptions,
    hyper: &Hyper,
) -> Result<Model, NerError> {
    let log = |msg: &str| {
        if opts.verbose {
            eprintln!("[hadath-ner] {msg}");
        }
    };
    let t0 = std::time::Instant::now();

    // Features of the training data, mapped to dense ids.
    let k = fold_tables.len();
    let n = train.len();
    let (data, keys) = featurize(train, memory, |i| {
        if k == 0 {
            &table
        } else {
            // Fold f covers [n f / k, n (f + 1) / k).
            &fold_tables[fold_of(i, n, k)]
        }
    });
    log(&format!("features: {} distinct in {:.1}s", keys.len(), t0.elapsed().as_secs_f64()));

    let nf = keys.len();
    let (mut aw, trans, end) = averaged_over_seeds(&data, nf, opts, hyper, &log, t0);
    // Shift the always-on bias feature away from O by `o_penalty`, which
    // trades precision for recall uniformly.
    let bias_key = crate::features::bias_key();
    if let Some(r) = keys.iter().position(|&k| k == bias_key) {
        aw[r * NT] -= hyper.o_penalty;
    }
    let weights = quantise(&keys, &aw, trans, end);
    log(&format!(
        "model: {} of {} feature rows kept, {:.1}s",
        weights.keys.len(),
        nf,
        t0.elapsed().as_secs_f64()
    ));
    Ok(Model {
        clusters: table,
        weights,
        cache_id: crate::model::CacheId::default(),
        net: None,
    })
}

/// The weights of `hyper.seeds` perceptron runs (seeds derived from
/// `opts.seed`, the first being `opts.seed` itself), averaged.
fn averaged_over_seeds(
    data: &[Instance],
    nf: usize,
    opts: &TrainOptions,
    hyper: &Hyper,
    log: &dyn Fn(&str),
    t0: std::time::Instant,
) -> (Vec<f32>, Vec<f32>, Vec<f32>) {
    let runs = hyper.seeds.max(1);
    let mut sum = perceptron(data, nf, opts, hyper, log, t0);
    for r in 1..runs {
        let o = TrainOptions {
            seed: crate::hash::mix2(opts.seed, r as u64),
            ..opts.clone()
        };
        let (aw, trans, end) = perceptron(data, nf, &o, hyper, log, t0);
        for (d, s) in [(&mut sum.0, aw), (&mut sum.1, trans), (&mut sum.2, end)] {
            for (x, y) in d.iter_mut().zip(s) {
                *x += y;
            }
        }
    }
    if runs > 1 {
        let k = runs as f32;
        for v in [&mut sum.0, &mut sum.1, &mut sum.2] {
            v.iter_mut().for_each(|x| *x /= k);
        }
    }
    sum
}

/// One structured averaged perceptron run; returns the averaged emission
/// weights (`nf x NT`), transition and end weights.
fn perceptron(data: &[Instance], nf: usize, opts: &TrainOptions, hyper: &Hyper, log: &dyn Fn(&str), t0: std::time::Instant) -> (Vec<f32>, Vec<f32>, Vec<f32>) {
    // Each feature row holds one weight per tag plus one per entity kind
    // (O, PERS, LOC, ORG, MISC) shared by the B and I tags of that kind, so
    // that evidence for "this word is a person" transfers between B-PERS
    // and I-PERS. The shared part is folded into the tag weights on export.
    let rw = RW;
    let kind_of = |t: usize| NT + t.div_ceil(2);
    let mut w = vec![0f32; nf * rw];
    let mut u = vec![0f64; nf * rw];
    let mut tw = vec![0f32; (NT + 1) * NT];
    let mut tu = vec![0f64; (NT + 1) * NT];
    let mut ew = vec![0f32; NT];
    let mut eu = vec![0f64; NT];
    let mut c: f64 = 1.0;
    let mut rng = SplitMix64::new(opts.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let (mut emit, mut delta, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    let mut drop_tok: Vec<bool> = Vec::new();
    let drop_threshold = (hyper.dropout.clamp(0.0, 1.0) * (1u64 << 53) as f64) as u64;
    let feat_threshold = (hyper.feat_dropout.clamp(0.0, 1.0) * (1u64 << 53) as f64) as u64;
    let mem_threshold = (hyper.mem_dropout.clamp(0.0, 1.0) * (1u64 << 53) as f64) as u64;
    let net_drop = hyper.net.as_ref().map_or(0.0, |p| p.feature_dropout as f64);
    let net_threshold = (net_drop.clamp(0.0, 1.0) * (1u64 << 53) as f64) as u64;
    for epoch in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        let mut errors = 0usize;
        let mut tokens = 0usize;
        for &si in &order {
            let s = &data[si];
            let n = s.gold.len();
            if n == 0 {
                continue;
            }
            drop_tok.clear();
            drop_tok.extend((0..n).map(|_| (rng.next_u64() >> 11) < drop_threshold));
            let salt = crate::hash::mix3(opts.seed, epoch as u64, si as u64);
            let drop_mem = mem_threshold > 0 && (crate::hash::mix2(salt, u64::MAX) >> 11) < mem_threshold;
            let active = |i: usize, j: usize| {
                !((drop_tok[i] && s.lex[j]) || (drop_mem && s.mem[j]))
                    && (feat_threshold == 0 || (crate::hash::mix2(salt, j as u64) >> 11) >= feat_threshold)
                    && !(net_threshold > 0 && s.stacked[j] && (crate::hash::mix3(salt, 0x57AC, i as u64) >> 11) < net_threshold)
            };
            emit.clear();
            emit.resize(n * NT, 0f32);
            for i in 0..n {
                let e = &mut emit[i * NT..(i + 1) * NT];
                for j in s.offsets[i]..s.offsets[i + 1] {
                    if !active(i, j) {
                        continue;
                    }
                    let f = s.feats[j] as usize;
                    let r = &w[f * rw..(f + 1) * rw];
                    for t in 0..NT {
                        e[t] += r[t] + r[kind_of(t)];
                    }
                }
            }
            if hyper.margin > 0.0 {
                // Loss-augmented decoding: every wrong tag gets a bonus, so
                // that updates also happen when the gold sequence wins by
                // less than the margin.
                for i in 0..n {
                    let g = s.gold[i] as usize;
                    let m = match g {
                        0 => hyper.margin,
                        // B-ORG, I-ORG, B-MISC, I-MISC
                        5..=8 => hyper.margin * hyper.entity_cost * hyper.org_misc_cost,
                        _ => hyper.margin * hyper.entity_cost,
                    };
                    for t in 0..NT {
                        if t != g {
                            emit[i * NT + t] += m;
                        }
                    }
                }
            }
            viterbi(&emit, &tw, &ew, &mut delta, &mut pred);
            tokens += n;
            // The step: one, or the passive-aggressive step.
            let step = if hyper.pa_cap > 0.0 && pred != s.gold {
                pa_step(s, &emit, &tw, &ew, &pred, &active, hyper.pa_cap)
            } else {
                1.0
            };
            if pred != s.gold {
                for i in 0..n {
                    let g = s.gold[i] as usize;
                    let p = pred[i] as usize;
                    if g != p {
                        errors += 1;
                        for j in s.offsets[i]..s.offsets[i + 1] {
                            if !active(i, j) {
                                continue;
                            }
                            let b = s.feats[j] as usize * rw;
                            w[b + g] += step;
                            u[b + g] += c * step as f64;
                            w[b + p] -= step;
                            u[b + p] -= c * step as f64;
                            w[b + kind_of(g)] += step;
                            u[b + kind_of(g)] += c * step as f64;
                            w[b + kind_of(p)] -= step;
                            u[b + kind_of(p)] -= c * step as f64;
                        }
                    }
                    let pg = if i == 0 { START } else { s.gold[i - 1] as usize };
                    let pp = if i == 0 { START } else { pred[i - 1] as usize };
                    if pg != pp || g != p {
                        tw[pg * NT + g] += step;
                        tu[pg * NT + g] += c * step as f64;
                        tw[pp * NT + p] -= step;
                        tu[pp * NT + p] -= c * step as f64;
                    }
                }
                let g = s.gold[n - 1] as usize;
                let p = pred[n - 1] as usize;
                if g != p {
                    ew[g] += step;
                    eu[g] += c * step as f64;
                    ew[p] -= step;
                    eu[p] -= c * step as f64;
                }
            }
            c += 1.0;
        }
        log(&format!(
            "epoch {}: {} token errors / {} ({:.2}%), {:.1}s",
            epoch + 1,
            errors,
            tokens,
            100.0 * errors as f64 / tokens.max(1) as f64,
            t0.elapsed().as_secs_f64()
        ));
    }
    // Averaging.
    let avg = |w: &[f32], u: &[f64]| -> Vec<f32> { w.iter().zip(u).map(|(&w, &u)| (w as f64 - u / c) as f32).collect() };
    let aw_ext = avg(&w, &u);
    let mut aw = vec![0f32; nf * NT];
    for r in 0..nf {
        for t in 0..NT {
            aw[r * NT + t] = aw_ext[r * rw + t] + aw_ext[r * rw + kind_of(t)];
        }
    }
    drop(aw_ext);
    let trans = avg(&tw, &tu);
    let end = avg(&ew, &eu);
    drop(w);
    drop(u);
    (aw, trans, end)
}

/// The passive-aggressive (PA-I) step of one update: the loss-augmented
/// score of the prediction minus the score of the gold path (the margin
/// violation; `emit` holds the augmented emission scores, in which the gold
/// tags have no bonus), over the squared norm of the difference of their
/// feature vectors (each feature counts on its tag and on its kind's shared
/// weight, once per occurrence), capped at `cap`.
fn pa_step(s: &Instance, emit: &[f32], tw: &[f32], ew: &[f32], pred: &[u8], active: &dyn Fn(usize, usize) -> bool, cap: f32) -> f32 {
    let n = s.gold.len();
    let kind = |t: usize| t.div_ceil(2);
    let (mut gain, mut norm) = (0f64, 0f64);
    for i in 0..n {
        let (g, p) = (s.gold[i] as usize, pred[i] as usize);
        let pg = if i == 0 { START } else { s.gold[i - 1] as usize };
        let pp = if i == 0 { START } else { pred[i - 1] as usize };
        gain += (emit[i * NT + p] + tw[pp * NT + p]) as f64 - (emit[i * NT + g] + tw[pg * NT + g]) as f64;
        if g != p {
            let per = if kind(g) == kind(p) { 2.0 } else { 4.0 };
            let m = (s.offsets[i]..s.offsets[i + 1]).filter(|&j| active(i, j)).count();
            norm += per * m as f64;
        }
        if pg != pp || g != p {
            norm += 2.0;
        }
    }
    let (g, p) = (s.gold[n - 1] as usize, pred[n - 1] as usize);
    gain += (ew[p] - ew[g]) as f64;
    if g != p {
        norm += 2.0;
    }
    if norm <= 0.0 || gain <= 0.0 {
        return 0.0;
    }
    ((gain / norm) as f32).min(cap)
}

/// Quantises the weights to 8 bits with one global scale, drops the rows
/// that become all zero, and sorts by key.
fn quantise(keys: &[u32], aw: &[f32], trans: Vec<f32>, end: Vec<f32>) -> Weights {
    let mut rows: Vec<(u32, usize)> = Vec::new();
    let mut maxabs = 0f32;
    for (r, &k) in keys.iter().enumerate() {
        let row = &aw[r * NT..(r + 1) * NT];
        let m = row.iter().fold(0f32, |a, &b| a.max(b.abs()));
        if m > 0.0 {
            rows.push((k, r));
            maxabs = maxabs.max(m);
        }
    }
    rows.sort_unstable_by_key(|x| x.0);
    let qmax = 127.0f32;
    let scale = if maxabs > 0.0 { maxabs / qmax } else { 1.0 };
    let mut out_keys = Vec::with_capacity(rows.len());
    let mut q = Vec::with_capacity(rows.len() * NT);
    for &(k, r) in &rows {
        let row = &aw[r * NT..(r + 1) * NT];
        let mut qr = [0i8; NT];
        for (d, &x) in qr.iter_mut().zip(row) {
            *d = (x / scale).round().clamp(-qmax, qmax) as i8;
        }
        if qr.iter().all(|&v| v == 0) {
            continue;
        }
        out_keys.push(k);
        q.extend_from_slice(&qr);
    }
    Weights::new(out_keys, q, scale, trans, end)
}

/// One featurized training sentence.
struct Instance {
    feats: Vec<u32>,
    offsets: Vec<usize>,
    lex: Vec<bool>,
    /// Whether each feature is a memory feature.
    mem: Vec<bool>,
    /// Whether each feature reads the neural scorer's output.
    stacked: Vec<bool>,
    gold: Vec<u8>,
}

/// Extracts features for every sentence and maps keys to dense ids in
/// first-seen order. Gold tags are repaired to valid IOB2.
fn featurize<'t, F: Fn(usize) -> &'t ClusterTable>(train: &[Sentence], memory: &[Vec<(u32, u32)>], table_of: F) -> (Vec<Instance>, Vec<u32>) {
    let mut ids: FxHashMap<u32, u32> = FxHashMap::default();
    let mut keys: Vec<u32> = Vec::new();
    let mut scratch = Scratch::default();
    let mut buf = Vec::new();
    let mut offs = Vec::new();
    let mut lex = Vec::new();
    let mut data = Vec::with_capacity(train.len());
    let stack_keys = crate::neural::all_stack_keys();
    for (si, s) in train.iter().enumerate() {
        sentence_features(&s.tokens, table_of(si), &mut scratch, &mut buf, &mut offs, Some(&mut lex));
        let mut is_mem = vec![false; buf.len()];
        if let Some(mem) = memory.get(si).filter(|m| !m.is_empty()) {
            // each token's memory features after its other features
            let (old, old_offs, old_lex) = (std::mem::take(&mut buf), std::mem::take(&mut offs), std::mem::take(&mut lex));
            is_mem.clear();
            let mut m = mem.iter().peekable();
            for i in 0..old_offs.len().saturating_sub(1) {
                offs.push(buf.len());
                buf.extend_from_slice(&old[old_offs[i]..old_offs[i + 1]]);
                lex.extend_from_slice(&old_lex[old_offs[i]..old_offs[i + 1]]);
                is_mem.resize(buf.len(), false);
                while let Some(&&(t, key)) = m.peek() {
                    if t as usize != i {
                        break;
                    }
                    buf.push(key);
                    lex.push(false);
                    is_mem.push(true);
                    m.next();
                }
            }
            offs.push(buf.len());
        }
        let feats: Vec<u32> = buf
            .iter()
            .map(|&k| {
                *ids.entry(k).or_insert_with(|| {
                    keys.push(k);
                    (keys.len() - 1) as u32
                })
            })
            .collect();
        let mut gold: Vec<u8> = s.tags.iter().map(|&t| tag_index(t) as u8).collect();
        // Repair I-X not preceded by B-X/I-X into B-X.
        for i in 0..gold.len() {
            let g = gold[i] as usize;
            if g != 0 && g & 1 == 0 {
                let prev = if i == 0 { START } else { gold[i - 1] as usize };
                if prev != g && prev != g - 1 {
                    gold[i] = (g - 1) as u8;
                }
            }
        }
        data.push(Instance {
            feats,
            offsets: offs.clone(),
            lex: lex.clone(),
            stacked: buf.iter().map(|k| stack_keys.contains(k)).collect(),
            mem: is_mem,
            gold,
        });
    }
    (data, keys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EntityKind, Tag};

    /// Sentences "وصل السيد <name> إلى <place> أمس ." with their tags, and
    /// the same as unlabelled text.
    fn small_corpus() -> (Vec<Sentence>, Vec<Vec<String>>) {
        let names = ["محمد", "أحمد", "سمير", "ليلى", "كريم"];
        let places = ["بغداد", "دمشق", "تونس", "الرباط", "عمان"];
        let mut train = Vec::new();
        for i in 0..60 {
            let tokens: Vec<String> = ["وصل", "السيد", names[i % 5], "إلى", places[(i * 3) % 5], "أمس", "."]
                .map(String::from)
                .to_vec();
            let mut tags = vec![Tag::O; 7];
            tags[2] = Tag::B(EntityKind::Pers);
            tags[4] = Tag::B(EntityKind::Loc);
            train.push(Sentence { tokens, tags });
        }
        let unl = train.iter().map(|s| s.tokens.clone()).collect();
        (train, unl)
    }

    /// Three passes with a fixed seed, for the small corpus.
    fn small_opts() -> TrainOptions {
        TrainOptions {
            epochs: 3,
            seed: 7,
            verbose: false,
        }
    }

    #[test]
    fn a_model_with_the_neural_scorer_reads_back_unchanged() {
        let (train, unl) = small_corpus();
        let opts = small_opts();
        for stack in [false, true] {
            let hyper = Hyper {
                seeds: 1,
                net: Some(crate::neural::NetParams {
                    hidden: 8,
                    epochs: 2,
                    stack,
                    ..Default::default()
                }),
                ..Hyper::default()
            };
            let m = train_model(&train, &unl, &opts, &hyper).expect("training");
            assert!(m.net.as_ref().is_some_and(|n| n.stack == stack));
            let back = Model::from_bytes(&m.to_bytes()).expect("reads back");
            assert_eq!(back, m);
            let tokens = ["وصل", "السيد", "زياد", "إلى", "حلب", "أمس", "."];
            let (mut w1, mut w2) = (Work::default(), Work::default());
            m.decode(&tokens, &mut w1);
            back.decode(&tokens, &mut w2);
            assert_eq!(w1.path, w2.path);
            // an unseen name and place in the learnt context
            assert_eq!(w1.path, vec![0, 0, 1, 0, 3, 0, 0]);
        }
        // without the scorer, the model keeps no real-valued embeddings
        let m = train_model(&train, &unl, &opts, &Hyper { seeds: 1, ..Hyper::default() }).expect("training");
        assert!(m.net.is_none() && m.clusters.emb.is_empty());
    }

    #[test]
    fn passive_aggressive_steps_learn_the_small_corpus() {
        let (train, unl) = small_corpus();
        let opts = small_opts();
        let hyper = Hyper {
            seeds: 1,
            pa_cap: 1.0,
            ..Hyper::default()
        };
        let m = train_model(&train, &unl, &opts, &hyper).expect("training");
        let mut w = Work::default();
        m.decode(&["وصل", "السيد", "زياد", "إلى", "حلب", "أمس", "."], &mut w);
        assert_eq!(w.path, vec![0, 0, 1, 0, 3, 0, 0]);
    }

    #[test]
    fn gazetteer_marks_whole_names_and_name_parts() {
        let gaz = gazetteer();
        // بوتين is a name alone and part of longer ones (person: bits 0, 1)
        assert_eq!(gaz.get(&fold("بوتين")).map(|g| g & 3), Some(3));
        // فلاديمير only inside longer names
        assert_eq!(gaz.get(&fold("فلاديمير")).map(|g| g & 3), Some(2));
        // موسكو: a place (a country's metonym)
        assert_eq!(gaz.get(&fold("موسكو")).map(|g| (g >> 2) & 3), Some(1));
        // روسي: a nisba adjective
        assert_eq!(gaz.get(&fold("روسي")).map(|g| (g >> 6) & 1), Some(1));
        // header lines and comments are not names
        assert!(!gaz.contains_key("names") && !gaz.contains_key("#"));
    }

    #[test]
    fn gazetteer_bits_sit_above_the_self_training_code() {
        let lex = Lexicon::new(vec!["بغداد".into()], vec![0b0101_1010]);
        let mut gaz = FxHashMap::default();
        gaz.insert("بغداد".to_string(), 0b0100u16);
        gaz.insert("موسكو".to_string(), 0b0100u16);
        let merged = with_gazetteer(&lex, &gaz);
        assert_eq!(merged.get("بغداد"), Some(0b0100 << 8 | 0b0101_1010));
        assert_eq!(merged.get("موسكو"), Some(0b0100 << 8));
        assert_eq!(merged.len(), 2);
    }
}

/// Cross-validation on the training data, for choosing settings without
/// looking at the test set. Run with
/// `HADATH_NER_CV="folds=5,use=0-4,threads=2,epochs=12,dropout=0.15" cargo test --release -p hadath-ner --lib cross_validate -- --ignored --nocapture`
/// (every key is optional; keys other than `folds`, `use`, `threads`,
/// `epochs` and `seed` set fields of [`Hyper`]). `sweep=0+10` scores each
/// fold's model again with 0 and 10 subtracted from the O score of every
/// token, and `pers`, `loc`, `org`, `misc` (`org=0+10+20`) likewise add to
/// the score of one kind; every combination is scored. A held-out dev split
/// is `folds=7,use=6` (the last seventh of the sentences).
#[cfg(test)]
mod cv {
    use super::*;
    use crate::eval::score;
    use crate::model::index_tag;
    use crate::Tag;

    fn parse_range(s: &str, k: usize) -> Vec<usize> {
        match s.split_once('-') {
            Some((a, b)) => (a.parse().unwrap_or(0)..=b.parse().unwrap_or(k - 1)).filter(|&f| f < k).collect(),
            None => s.split('+').filter_map(|x| x.parse().ok()).filter(|&f| f < k).collect(),
        }
    }

    fn set_hyper(h: &mut Hyper, key: &str, v: &str) -> bool {
        let f = || v.parse::<f64>().unwrap_or_else(|_| panic!("bad value {v} for {key}"));
        match key {
            "dropout" => h.dropout = f(),
            "o_penalty" => h.o_penalty = f() as f32,
            "feat_dropout" => h.feat_dropout = f(),
            "margin" => h.margin = f() as f32,
            "entity_cost" => h.entity_cost = f() as f32,
            "self_train_folds" => h.self_train_folds = f() as usize,
            "aux_epochs" => h.aux_epochs = f() as usize,
            "gazetteer" => h.gazetteer = f() != 0.0,
            "gold_in_lexicon" => h.gold_in_lexicon = f() as u32,
            "memory" => h.memory_windows = v.split('+').filter_map(|x| x.parse::<usize>().ok()).collect(),
            "mem_dropout" => h.mem_dropout = f(),
            "aux_gazetteer" => h.aux_gazetteer = f() != 0.0,
            "seeds" => h.seeds = f() as usize,
            "net" => h.net = (f() != 0.0).then(crate::neural::NetParams::default),
            "net_hidden" => h.net.get_or_insert_with(Default::default).hidden = f() as usize,
            "net_epochs" => h.net.get_or_insert_with(Default::default).epochs = f() as usize,
            "net_lr" => h.net.get_or_insert_with(Default::default).lr = f() as f32,
            "net_dropout" => h.net.get_or_insert_with(Default::default).dropout = f() as f32,
            "net_emb_dims" => h.net.get_or_insert_with(Default::default).emb_dims = f() as usize,
            "net_lexicon" => h.net.get_or_insert_with(Default::default).lexicon = f() != 0.0,
            "net_feature_dropout" => h.net.get_or_insert_with(Default::default).feature_dropout = f() as f32,
            "net_stack" => h.net.get_or_insert_with(Default::default).stack = f() != 0.0,
            "net_emb_scale" => h.net.get_or_insert_with(Default::default).emb_scale = f() as f32,
            "pa" => h.pa_cap = f() as f32,
            "org_misc_cost" => h.org_misc_cost = f() as f32,
            "cl_min_count" => h.clusters.min_count = f() as u32,
            "cl_context" => h.clusters.n_context = f() as usize,
            "cl_dim" => h.clusters.dim = f() as usize,
            _ => return false,
        }
        true
    }

    #[test]
    #[ignore]
    fn cross_validate() {
        let spec = std::env::var("HADATH_NER_CV").unwrap_or_default();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
        let train = crate::read_conll(&root.join("anercorp/train.txt")).expect("train.txt");
        let unl = read_unlabelled(&root.join("ant-news-2018/ant-politics-2700.jsonl.gz")).expect("news");
        let mut hyper = Hyper::default();
        let mut opts = TrainOptions::default();
        let (mut k, mut threads, mut use_spec) = (5usize, 2usize, String::from("0-4"));
        let mut offsets = vec![0f32];
        // added to the score of every tag of a kind (PERS, LOC, ORG, MISC)
        let mut kind_offsets: [Vec<f32>; 4] = [vec![0.0], vec![0.0], vec![0.0], vec![0.0]];
        let mut dump = false;
        // weights of the neural scorer (NaN: the trained default)
        let mut net_weights = vec![f32::NAN];
        let (mut extra_passes, mut pass1, mut third) = (0usize, false, false);
        for kv in spec.split(',').filter(|s| !s.is_empty()) {
            let (key, v) = kv.split_once('=').expect("key=value");
            match key {
                "folds" => k = v.parse().expect("folds"),
                "use" => use_spec = v.to_string(),
                "threads" => threads = v.parse().expect("threads"),
                "epochs" => opts.epochs = v.parse().expect("epochs"),
                "seed" => opts.seed = v.parse().expect("seed"),
                "verbose" => opts.verbose = v == "1",
                "dump" => dump = v == "1",
                "extra_passes" => extra_passes = v.parse().expect("extra_passes"),
                "pass1" => pass1 = v == "1",
                "third" => third = v == "1",
                "netw" => net_weights = v.split('+').map(|x| x.parse().expect("net weight")).collect(),
                "sweep" => offsets = v.split('+').map(|x| x.parse().expect("offset")).collect(),
                "pers" | "loc" | "org" | "misc" => {
                    let i = ["pers", "loc", "org", "misc"].iter().position(|&x| x == key).expect("kind");
                    kind_offsets[i] = v.split('+').map(|x| x.parse().expect("offset")).collect();
                }
                _ => assert!(set_hyper(&mut hyper, key, v), "unknown key {key}"),
            }
        }
        let folds = parse_range(&use_spec, k);
        // every combination of the O offset and the kinds' offsets:
        // [O, PERS, LOC, ORG, MISC]
        let mut grid: Vec<[f32; 6]> = Vec::new();
        for &o in &offsets {
            for &a in &kind_offsets[0] {
                for &b in &kind_offsets[1] {
                    for &c in &kind_offsets[2] {
                        for &d in &kind_offsets[3] {
                            for &nw in &net_weights {
                                grid.push([o, a, b, c, d, nw]);
                            }
                        }
                    }
                }
            }
        }
        let offsets = grid;
        let n = train.len();
        let next = std::sync::atomic::AtomicUsize::new(0);
        let results = std::sync::Mutex::new(Vec::new());
        std::thread::scope(|s| {
            for _ in 0..threads.max(1) {
                s.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some(&f) = folds.get(i) else { break };
                    let (a, b) = (n * f / k, n * (f + 1) / k);
                    let part: Vec<Sentence> = train[..a].iter().chain(&train[b..]).cloned().collect();
                    let model = train_model(&part, &unl, &opts, &hyper).expect("training");
                    let dev = &train[a..b];
                    // Subtracting x from every transition into O (from the
                    // start too) is the same as subtracting x from the O
                    // score of every token: one model serves every offset
                    // (and likewise adding y to the transitions into B-X and
                    // I-X adds y to the score of kind X at every token).
                    for (oi, &off) in offsets.iter().enumerate() {
                        let mut m = model.clone();
                        if let Some(net) = m.net.as_mut().filter(|_| !off[5].is_nan()) {
                            net.weight = off[5];
                        }
                        for p in 0..=NT {
                            m.weights.trans[p * NT] -= off[0];
                            for t in 1..NT {
                                m.weights.trans[p * NT + t] += off[1 + (t - 1) / 2];
                            }
                        }
                        let mut work = Work::default();
                        let toks: Vec<&[String]> = dev.iter().map(|s| s.tokens.as_slice()).collect();
                        let mut dw = crate::model::DocWork::default();
                        dw.extra_passes = extra_passes;
                        let decode = |window: &[usize], work: &mut Work, dw: &mut crate::model::DocWork| -> Vec<Vec<Tag>> {
                            m.decode_document(&toks, window, work, dw)
                                .into_iter()
                                .map(|p| p.into_iter().map(|t| index_tag(t as usize)).collect())
                                .collect()
                        };
                        if pass1 && oi == 0 && !hyper.memory_windows.is_empty() {
                            let p1 = decode(&[], &mut work, &mut dw);
                            let r = score(dev.iter().zip(p1).map(|(s, p)| (s.tags.as_slice(), p)));
                            eprintln!("fold {f} offsets {off:?}: first pass F1 {:.2}", 100.0 * r.overall.f1());
                            results.lock().expect("lock").push((usize::MAX, f, r));
                        }
                        if third && oi == 0 && !hyper.memory_windows.is_empty() {
                            dw.extra_passes += 1;
                            let p3 = decode(&hyper.memory_windows, &mut work, &mut dw);
                            dw.extra_passes -= 1;
                            let r = score(dev.iter().zip(p3).map(|(s, p)| (s.tags.as_slice(), p)));
                            eprintln!("fold {f} offsets {off:?}: one more pass F1 {:.2}", 100.0 * r.overall.f1());
                            results.lock().expect("lock").push((usize::MAX - 1, f, r));
                        }
                        let preds = decode(&hyper.memory_windows, &mut work, &mut dw);
                        if dump && oi == 0 {
                            let mut out = String::new();
                            for (s, p) in dev.iter().zip(&preds) {
                                for ((tok, g), p) in s.tokens.iter().zip(&s.tags).zip(p) {
                                    out.push_str(&format!("{tok} {g} {p}\n"));
                                }
                                out.push('\n');
                            }
                            std::fs::write(format!("/tmp/hadath-ner-cv-fold{f}.txt"), out).expect("dump");
                        }
                        let r = score(dev.iter().zip(preds).map(|(s, p)| (s.tags.as_slice(), p)));
                        eprintln!("fold {f} offsets {off:?}: F1 {:.2}", 100.0 * r.overall.f1());
                        results.lock().expect("lock").push((oi, f, r));
                    }
                });
            }
        });
        let results = results.into_inner().expect("lock");
        let labels = offsets
            .iter()
            .enumerate()
            .map(|(oi, off)| (oi, format!("offsets [O PERS LOC ORG MISC net] {off:?}")));
        let more = [
            (pass1, usize::MAX, "first pass, O offset 0"),
            (third, usize::MAX - 1, "one more pass, O offset 0"),
        ];
        let more = more.into_iter().filter(|x| x.0).map(|(_, oi, label)| (oi, label.to_string()));
        for (oi, label) in labels.chain(more) {
            let mut rs: Vec<&(usize, usize, crate::Report)> = results.iter().filter(|x| x.0 == oi).collect();
            rs.sort_by_key(|x| x.1);
            // Pool the counts of all folds (micro F1 over the folds' union).
            let mut pooled = crate::Report::default();
            for (_, _, r) in &rs {
                pooled.overall.gold += r.overall.gold;
                pooled.overall.predicted += r.overall.predicted;
                pooled.overall.correct += r.overall.correct;
                for (d, s) in pooled.per_kind.iter_mut().zip(&r.per_kind) {
                    d.1.gold += s.1.gold;
                    d.1.predicted += s.1.predicted;
                    d.1.correct += s.1.correct;
                }
                pooled.tokens += r.tokens;
                pooled.correct_tags += r.correct_tags;
            }
            let per: Vec<String> = rs.iter().map(|(_, f, r)| format!("{f}:{:.2}", 100.0 * r.overall.f1())).collect();
            println!("CV [{spec}] {label}: folds {} pooled F1 {:.2}", per.join(" "), 100.0 * pooled.overall.f1());
            println!("{pooled}");
        }
    }
}
