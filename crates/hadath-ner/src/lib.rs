//! Statistical named-entity recognition for Arabic news.
//!
//! The tagger labels tokens with persons (`PERS`), locations (`LOC`),
//! organisations (`ORG`) and miscellaneous entities (`MISC`) in IOB2. A
//! trained model is embedded in the library, so no training is needed to use
//! it; [`train`] rebuilds it from ANERcorp and unlabelled news.
//!
//! # Model
//!
//! A first-order structured perceptron over the nine IOB2 tags, decoded with
//! Viterbi under IOB2 constraints (an `I-X` only after `B-X` or `I-X`), with
//! weight averaging, loss-augmented decoding (a margin that is larger on
//! entity tokens), random hiding of word-identity features and of single
//! feature occurrences during training, and per-feature weights shared by the
//! `B` and `I` tags of a kind. The weights are the average of three such
//! runs with different seeds (shuffling order and random hiding), which for a
//! linear model is the same as averaging the scores of three models, at the
//! cost of one. Weights are quantised to 8 bits and stored in
//! an open-addressing table keyed by 32-bit feature hashes.
//!
//! # Features
//!
//! For the token and its neighbours in a ±2 window: the word; its
//! Arabic-folded form (diacritics and tatweel removed, alef variants to alef,
//! alef maqsura to ya, ta marbuta to ha); the form without the conjunction
//! and preposition clitics (و ف ب ك ل, with لل restored to ال) and the stem
//! without the article; prefixes and suffixes of 1-4 characters (which also
//! capture nisba endings such as ي and يه); stem character trigrams; token
//! shape (Arabic, Latin, digits, punctuation), length and clitic pattern;
//! word bigrams around the token (which capture titles such as الرئيس or
//! وزير before a name); sentence position; the word's frequency class in
//! unlabelled news; its word-cluster path prefixes (2-16 bits) and a
//! binarised embedding; an entity lexicon learnt by self-training; and
//! gazetteer bits from the name lists of the project's lexicon (`lexicon/`
//! people, places, countries and their capitals, organisations, nisba
//! adjectives): per category, whether the word is a whole name or a word of
//! a longer one, for the token, its neighbours and adjacent pairs. The
//! lists are read when training and stored in the model; editing them has
//! no effect until the model is retrained.
//!
//! # Document memory
//!
//! [`Tagger::tag_document`] tags a document in two passes: each sentence
//! alone, then again with features saying how each word form (folded,
//! without conjunction and preposition) was tagged by the first pass in the
//! ten sentences on each side: the dominant kind, its share and the number of
//! occurrences, for the token and its neighbours. In training, the first-pass
//! tags of a sentence come from the auxiliary model of self-training (below)
//! that never saw its fold, so that the memory is as unreliable in training
//! as on new text. [`Tagger::tag`] tags one sentence in one pass.
//!
//! # Use of unlabelled news
//!
//! * **Word clusters.** Each frequent word is described by the clitic-stripped
//!   words seen at offsets −2, −1, +1, +2, weighted by positive pointwise
//!   mutual information; a randomized truncated SVD turns these vectors into
//!   96-dimensional embeddings, which are split recursively in two
//!   (principal direction, refined by spherical 2-means) into a 16-level
//!   binary hierarchy used like Brown-cluster paths. This was chosen over
//!   Brown clustering because it runs in seconds, is exactly reproducible
//!   from a seed, and spectral embeddings are strong on a corpus as small as
//!   the available one (about a million tokens).
//! * **Entity lexicon.** Auxiliary taggers tag the unlabelled news; for each
//!   word form a summary of how it was tagged (dominant kind, its share,
//!   B-or-I tendency, frequency) becomes a feature; the gold tags of the
//!   labelled sentences are counted with the automatic ones. It is
//!   jackknifed: the lexicon seen by a training sentence comes from an
//!   auxiliary model, and gold tags, that never saw that sentence's fold.
//!
//! # Neural scorer (off)
//!
//! The crate also holds a small feed-forward token scorer (real-valued
//! cluster embeddings, hashed character n-grams and gazetteer bits of the
//! ±2 window, one hidden layer summed over positions) that can be added to
//! the emission scores or stacked as perceptron features. It did not gain
//! on the dev split with the shipped settings (see the README), so the
//! shipped model has none; a model that has one stores it after the
//! weights, and older models read as before.
//!
//! Training is deterministic: the same data and seed give the same model
//! bytes.
//!
//! Tokens are expected as in ANERcorp: split at whitespace and punctuation,
//! with clitics still attached (`والولايات`).
//!
//! ```
//! use hadath_ner::{EntityKind, Tagger};
//!
//! let tagger = Tagger::embedded();
//! let tokens: Vec<&str> =
//!     "التقى الرئيس الروسي فلاديمير بوتين في موسكو".split(' ').collect();
//! let entities = tagger.entities(&tokens);
//! for e in &entities {
//!     println!("{:?}: {}", e.kind, tokens[e.start_token..e.end_token].join(" "));
//! }
//! assert!(entities
//!     .iter()
//!     .any(|e| e.kind == EntityKind::Pers && tokens[e.start_token..e.end_token].contains(&"بوتين")));
//! ```
//!
//! Training and evaluation:
//!
//! ```no_run
//! use std::path::Path;
//! use hadath_ner::{evaluate, read_conll, train, TrainOptions};
//!
//! let tagger = train(
//!     Path::new("anercorp/train.txt"),
//!     Some(Path::new("news.jsonl.gz")),
//!     &TrainOptions::default(),
//! )?;
//! let test = read_conll(Path::new("anercorp/test.txt"))?;
//! println!("{}", evaluate(&tagger, &test));
//! std::fs::write("ner.bin", tagger.to_bytes()).expect("write model");
//! # Ok::<(), hadath_ner::NerError>(())
//! ```

#![warn(missing_docs)]

mod clusters;
mod eval;
mod features;
mod hash;
mod memory;
mod model;
mod neural;
mod text;
mod train;

use std::cell::RefCell;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::OnceLock;

pub use eval::{Counts, Report};

use model::{index_tag, DocWork, Model, Work, NT};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A line of an input file is malformed.
    #[error("{path}:{line}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A tag string is not `O`, `B-TYPE` or `I-TYPE` with a known type.
    #[error("unknown tag {0:?}")]
    UnknownTag(String),
    /// Model bytes are not a valid model.
    #[error("invalid model: {0}")]
    Model(String),
    /// The training file holds no token.
    #[error("the training data is empty")]
    EmptyTrainingData,
}

/// Entity type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// Person (`PERS`).
    Pers,
    /// Location (`LOC`).
    Loc,
    /// Organisation (`ORG`).
    Org,
    /// Miscellaneous (`MISC`).
    Misc,
}

impl EntityKind {
    /// The ANERcorp label: `PERS`, `LOC`, `ORG` or `MISC`.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Pers => "PERS",
            EntityKind::Loc => "LOC",
            EntityKind::Org => "ORG",
            EntityKind::Misc => "MISC",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for EntityKind {
    type Err = NerError;

    /// Parses `PERS` (or `PER`), `LOC`, `ORG`, `MISC`, case-insensitively.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_uppercase().as_str() {
            "PERS" | "PER" => Ok(EntityKind::Pers),
            "LOC" => Ok(EntityKind::Loc),
            "ORG" => Ok(EntityKind::Org),
            "MISC" => Ok(EntityKind::Misc),
            _ => Err(NerError::UnknownTag(s.to_string())),
        }
    }
}

/// IOB2 tag of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Outside any entity.
    O,
    /// First token of an entity.
    B(EntityKind),
    /// Continuation of an entity.
    I(EntityKind),
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(k) => write!(f, "B-{k}"),
            Tag::I(k) => write!(f, "I-{k}"),
        }
    }
}

impl FromStr for Tag {
    type Err = NerError;

    /// Parses `O`, `B-TYPE` or `I-TYPE`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "O" {
            return Ok(Tag::O);
        }
        let unknown = || NerError::UnknownTag(s.to_string());
        let (prefix, kind) = s.split_once('-').ok_or_else(unknown)?;
        let kind: EntityKind = kind.parse().map_err(|_| unknown())?;
        match prefix {
            "B" => Ok(Tag::B(kind)),
            "I" => Ok(Tag::I(kind)),
            _ => Err(unknown()),
        }
    }
}

/// An entity as a token range: `tokens[start_token..end_token]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntitySpan {
    /// Index of the first token.
    pub start_token: usize,
    /// Index one past the last token (exclusive).
    pub end_token: usize,
    /// Entity type.
    pub kind: EntityKind,
}

impl EntitySpan {
    /// Converts a tag sequence into entity spans. Any sequence is accepted:
    /// an `I-X` that does not continue an entity of type `X` starts a new
    /// one, so every span satisfies `start_token < end_token <= tags.len()`.
    pub fn from_tags(tags: &[Tag]) -> Vec<EntitySpan> {
        let mut out: Vec<EntitySpan> = Vec::new();
        let mut open: Option<EntitySpan> = None;
        for (i, &t) in tags.iter().enumerate() {
            match t {
                Tag::O => {
                    out.extend(open.take());
                }
                Tag::B(k) => {
                    out.extend(open.take());
                    open = Some(EntitySpan {
                        start_token: i,
                        end_token: i + 1,
                        kind: k,
                    });
                }
                Tag::I(k) => match open.as_mut() {
                    Some(e) if e.kind == k => e.end_token = i + 1,
                    _ => {
                        out.extend(open.take());
                        open = Some(EntitySpan {
                            start_token: i,
                            end_token: i + 1,
                            kind: k,
                        });
                    }
                },
            }
        }
        out.extend(open);
        out
    }
}

/// A labelled sentence, as read by [`read_conll`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Tokens.
    pub tokens: Vec<String>,
    /// Gold tags, one per token.
    pub tags: Vec<Tag>,
}

/// Training options. The defaults are those of the shipped model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrainOptions {
    /// Passes of the perceptron over the training data (default 24).
    pub epochs: usize,
    /// Seed of every random choice (data order, cluster projections); the
    /// same seed and data give the same model bytes.
    pub seed: u64,
    /// Print progress to standard error.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 24,
            seed: 2018,
            verbose: false,
        }
    }
}

thread_local! {
    static WORK: RefCell<Work> = RefCell::new(Work::default());
    static DOC_WORK: RefCell<DocWork> = RefCell::new(DocWork::default());
}

/// A trained named-entity tagger.
#[derive(Clone, Debug, PartialEq)]
pub struct Tagger {
    model: Model,
}

/// `models/ner.bin`, inflated by the build script (empty if it could not be).
static EMBEDDED_MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ner.inflated"));

impl Tagger {
    /// The model shipped with the library, loaded once on first use.
    ///
    /// Should the embedded bytes ever fail to load (they are checked by the
    /// crate's tests), the returned tagger has no feature weights and tags
    /// every token `O`, rather than panicking.
    pub fn embedded() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            Model::from_inflated(EMBEDDED_MODEL)
                .map(|model| Tagger { model })
                .unwrap_or_else(|_| Tagger::empty())
        })
    }

    fn empty() -> Tagger {
        Tagger {
            model: Model {
                clusters: clusters::ClusterTable::default(),
                weights: model::Weights::new(Vec::new(), Vec::new(), 1.0, vec![0.0; (NT + 1) * NT], vec![0.0; NT]),
                cache_id: model::CacheId::default(),
                net: None,
            },
        }
    }

    /// Loads a model from bytes produced by [`Tagger::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, NerError> {
        Ok(Tagger {
            model: Model::from_bytes(bytes)?,
        })
    }

    /// Serialises the model (weights and cluster table). The bytes are a
    /// deterministic function of the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.model.to_bytes()
    }

    /// Tags a tokenized sentence; returns one tag per token, always a valid
    /// IOB2 sequence (an `I-X` only follows `B-X` or `I-X`).
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        if tokens.is_empty() {
            return Vec::new();
        }
        WORK.with(|w| match w.try_borrow_mut() {
            Ok(mut w) => self.tag_with(tokens, &mut w),
            Err(_) => self.tag_with(tokens, &mut Work::default()),
        })
    }

    fn tag_with(&self, tokens: &[&str], w: &mut Work) -> Vec<Tag> {
        self.model.decode(tokens, w);
        w.path.iter().map(|&t| index_tag(t as usize)).collect()
    }

    /// Tags the sentences of a document, in order; returns one tag sequence
    /// per sentence, each a valid IOB2 sequence.
    ///
    /// Unlike [`Tagger::tag`] on each sentence, a word form is also judged
    /// by how it was tagged in the sentences around it (ten on each side): the
    /// document is tagged once sentence by sentence, then again with that
    /// memory, so that a name recognised where its context is clear is
    /// recognised where it is repeated bare.
    pub fn tag_document<S: AsRef<[T]>, T: AsRef<str>>(&self, sentences: &[S]) -> Vec<Vec<Tag>> {
        let run = |w: &mut Work, d: &mut DocWork| {
            self.model
                .decode_document(sentences, memory::WINDOWS, w, d)
                .into_iter()
                .map(|p| p.into_iter().map(|t| index_tag(t as usize)).collect())
                .collect()
        };
        // the word cache of `tag` serves here too
        WORK.with(|w| {
            DOC_WORK.with(|d| match (w.try_borrow_mut(), d.try_borrow_mut()) {
                (Ok(mut w), Ok(mut d)) => run(&mut w, &mut d),
                _ => run(&mut Work::default(), &mut DocWork::default()),
            })
        })
    }

    /// Tags a sentence and returns its entities as token ranges.
    pub fn entities(&self, tokens: &[&str]) -> Vec<EntitySpan> {
        EntitySpan::from_tags(&self.tag(tokens))
    }
}

/// Reads a CoNLL-style file: one `token TAG` per line (the token first, the
/// tag last, separated by whitespace), a blank line between sentences.
pub fn read_conll(path: &Path) -> Result<Vec<Sentence>, NerError> {
    let bytes = std::fs::read(path).map_err(|e| NerError::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|e| NerError::Parse {
        path: path.to_path_buf(),
        line: bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1,
        message: "not valid UTF-8".to_string(),
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (i, line) in text.lines().enumerate() {
        let mut fields = line.split_whitespace();
        let Some(word) = fields.next() else {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        };
        let Some(tag) = fields.last() else {
            return Err(NerError::Parse {
                path: path.to_path_buf(),
                line: i + 1,
                message: "expected a token and a tag".to_string(),
            });
        };
        let tag: Tag = tag.parse().map_err(|e: NerError| NerError::Parse {
            path: path.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        cur.tokens.push(word.to_string());
        cur.tags.push(tag);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Trains a tagger on a CoNLL file (see [`read_conll`]).
///
/// `unlabelled_path`, if given, is unlabelled news in JSON Lines with a
/// `text` field (gzip-compressed or plain); it is used to learn word clusters
/// (together with the training tokens) and the self-training entity lexicon.
/// Without it, clusters come from the training tokens alone and there is no
/// lexicon. With the shipped data (ANERcorp train, 2,700 news articles) and
/// the default options, training takes about 90 s on one core and
/// reproduces `models/ner.bin` byte for byte.
pub fn train(train_path: &Path, unlabelled_path: Option<&Path>, opts: &TrainOptions) -> Result<Tagger, NerError> {
    let sentences = read_conll(train_path)?;
    let unlabelled = match unlabelled_path {
        Some(p) => train::read_unlabelled(p)?,
        None => Vec::new(),
    };
    let model = train::train_model(&sentences, &unlabelled, opts, &train::Hyper::default())?;
    Ok(Tagger { model })
}

/// Tags the sentences with `tagger`, in order, as one document (see
/// [`Tagger::tag_document`]: the memory of a sentence reads the sentences
/// around it) and scores the result against the gold tags: exact span and
/// type matches, per type and micro-averaged, computed as the CoNLL
/// `conlleval` script does.
pub fn evaluate(tagger: &Tagger, sentences: &[Sentence]) -> Report {
    eval::evaluate(tagger, sentences)
}
