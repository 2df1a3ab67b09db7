//! Entity-level evaluation computed the way the CoNLL `conlleval` script
//! does: a chunk counts as correct only when both its boundaries and its
//! type match exactly.

use std::fmt;

use crate::{EntityKind, Sentence, Tag, Tagger};

/// Counts and scores for one entity type (or for all types together).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Entities in the gold annotation.
    pub gold: usize,
    /// Entities predicted by the tagger.
    pub predicted: usize,
    /// Predicted entities whose span and type match a gold entity exactly.
    pub correct: usize,
}

impl Counts {
    /// Precision in `[0, 1]` (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }

    /// Recall in `[0, 1]` (0 when there is no gold entity).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }

    /// Harmonic mean of precision and recall, in `[0, 1]`.
    pub fn f1(&self) -> f64 {
        let p = self.precision();
        let r = self.recall();
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Result of [`evaluate`](crate::evaluate): token accuracy, per-type and
/// micro-averaged entity precision, recall and F1.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Number of tokens evaluated.
    pub tokens: usize,
    /// Tokens whose predicted tag equals the gold tag.
    pub correct_tags: usize,
    /// Micro-averaged counts over all entity types.
    pub overall: Counts,
    /// Counts per entity type, in the order PERS, LOC, ORG, MISC.
    pub per_kind: [(EntityKind, Counts); 4],
}

impl Default for Report {
    fn default() -> Self {
        Report {
            tokens: 0,
            correct_tags: 0,
            overall: Counts::default(),
            per_kind: [
                (EntityKind::Pers, Counts::default()),
                (EntityKind::Loc, Counts::default()),
                (EntityKind::Org, Counts::default()),
                (EntityKind::Misc, Counts::default()),
            ],
        }
    }
}

impl Report {
    /// Token-level accuracy in `[0, 1]`.
    pub fn accuracy(&self) -> f64 {
        if self.tokens == 0 {
            0.0
        } else {
            self.correct_tags as f64 / self.tokens as f64
        }
    }

    /// Counts for one entity type.
    pub fn kind(&self, kind: EntityKind) -> Counts {
        self.per_kind.iter().find(|(k, _)| *k == kind).map(|(_, c)| *c).unwrap_or_default()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "processed {} tokens with {} gold entities; found {} entities, {} correct; accuracy {:.2}%",
            self.tokens,
            self.overall.gold,
            self.overall.predicted,
            self.overall.correct,
            100.0 * self.accuracy()
        )?;
        writeln!(
            f,
            "{:<8} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7}",
            "type", "precision", "recall", "F1", "gold", "found", "correct"
        )?;
        let mut row = |name: &str, c: &Counts| {
            writeln!(
                f,
                "{:<8} {:>8.2}% {:>8.2}% {:>9.2} {:>7} {:>7} {:>7}",
                name,
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.gold,
                c.predicted,
                c.correct
            )
        };
        for (k, c) in &self.per_kind {
            row(k.label(), c)?;
        }
        row("micro", &self.overall)
    }
}

/// conlleval's (tag, type) split of a tag.
fn parts(t: Tag) -> (u8, Option<EntityKind>) {
    match t {
        Tag::O => (b'O', None),
        Tag::B(k) => (b'B', Some(k)),
        Tag::I(k) => (b'I', Some(k)),
    }
}

/// conlleval's `endOfChunk` for IOB tags: a chunk ends between `prev`
/// and `cur` when a B or I is followed by B or O, or when the type changes
/// after a non-O tag.
fn end_of_chunk(prev: (u8, Option<EntityKind>), cur: (u8, Option<EntityKind>)) -> bool {
    let (pt, pk) = prev;
    let (t, k) = cur;
    ((pt == b'B' || pt == b'I') && (t == b'B' || t == b'O')) || (pt != b'O' && pk != k)
}

/// conlleval's `startOfChunk` for IOB tags: a chunk starts at `cur` when
/// it is B, when an I follows an O, or when the type changes at a non-O tag.
fn start_of_chunk(prev: (u8, Option<EntityKind>), cur: (u8, Option<EntityKind>)) -> bool {
    let (pt, pk) = prev;
    let (t, k) = cur;
    t == b'B' || (pt == b'O' && t == b'I') || (t != b'O' && pk != k)
}

fn slot(k: EntityKind) -> usize {
    crate::model::kind_index(k)
}

/// Scores predicted tag sequences against gold ones, sentence by sentence,
/// with conlleval's chunk logic (a sentence boundary ends every chunk).
pub(crate) fn score<'a, I>(pairs: I) -> Report
where
    I: IntoIterator<Item = (&'a [Tag], Vec<Tag>)>,
{
    let mut r = Report::default();
    let o = (b'O', None);
    let mut in_correct = false;
    let mut last_c = o;
    let mut last_g = o;
    let mut step = |c: (u8, Option<EntityKind>),
                    g: (u8, Option<EntityKind>),
                    counted: bool,
                    r: &mut Report,
                    last_c: &mut (u8, Option<EntityKind>),
                    last_g: &mut (u8, Option<EntityKind>)| {
        if in_correct {
            let ec = end_of_chunk(*last_c, c);
            let eg = end_of_chunk(*last_g, g);
            if ec && eg && last_g.1 == last_c.1 {
                in_correct = false;
                r.overall.correct += 1;
                if let Some(k) = last_c.1 {
                    r.per_kind[slot(k)].1.correct += 1;
                }
            } else if ec != eg || g.1 != c.1 {
                in_correct = false;
            }
        }
        let sc = start_of_chunk(*last_c, c);
        let sg = start_of_chunk(*last_g, g);
        if sc && sg && g.1 == c.1 {
            in_correct = true;
        }
        if sc {
            r.overall.gold += 1;
            if let Some(k) = c.1 {
                r.per_kind[slot(k)].1.gold += 1;
            }
        }
        if sg {
            r.overall.predicted += 1;
            if let Some(k) = g.1 {
                r.per_kind[slot(k)].1.predicted += 1;
            }
        }
        if counted {
            if c == g {
                r.correct_tags += 1;
            }
            r.tokens += 1;
        }
        *last_c = c;
        *last_g = g;
    };
    for (gold, pred) in pairs {
        for (i, &gt) in gold.iter().enumerate() {
            let pt = pred.get(i).copied().unwrap_or(Tag::O);
            step(parts(gt), parts(pt), true, &mut r, &mut last_c, &mut last_g);
        }
        // Sentence boundary: conlleval treats it as an O/O line.
        step(o, o, false, &mut r, &mut last_c, &mut last_g);
    }
    if in_correct {
        r.overall.correct += 1;
        if let Some(k) = last_c.1 {
            r.per_kind[slot(k)].1.correct += 1;
        }
    }
    r
}

/// Tags the sentences, in order, as one document and scores the result;
/// see [`crate::evaluate`].
pub(crate) fn evaluate(tagger: &Tagger, sentences: &[Sentence]) -> Report {
    let tokens: Vec<&[String]> = sentences.iter().map(|s| s.tokens.as_slice()).collect();
    let tags = tagger.tag_document(&tokens);
    score(sentences.iter().zip(tags).map(|(s, t)| (s.tags.as_slice(), t)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn exact_spans_only() {
        let gold = vec![Tag::B(Pers), Tag::I(Pers), Tag::O, Tag::B(Loc)];
        let pred = vec![Tag::B(Pers), Tag::O, Tag::O, Tag::B(Loc)];
        let r = score([(gold.as_slice(), pred)]);
        assert_eq!(r.overall.gold, 2);
        assert_eq!(r.overall.predicted, 2);
        assert_eq!(r.overall.correct, 1);
        assert_eq!(r.kind(Loc).correct, 1);
        assert_eq!(r.kind(Pers).correct, 0);
        assert_eq!(r.tokens, 4);
        assert_eq!(r.correct_tags, 3);
    }

    #[test]
    fn i_after_o_starts_a_chunk() {
        let gold = vec![Tag::O, Tag::I(Org), Tag::I(Org)];
        let pred = vec![Tag::O, Tag::B(Org), Tag::I(Org)];
        let r = score([(gold.as_slice(), pred)]);
        assert_eq!(r.overall.correct, 1);
        assert!((r.overall.f1() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn type_mismatch_is_wrong() {
        let gold = vec![Tag::B(Org), Tag::I(Org)];
        let pred = vec![Tag::B(Loc), Tag::I(Loc)];
        let r = score([(gold.as_slice(), pred)]);
        assert_eq!(r.overall.correct, 0);
        assert_eq!(r.overall.predicted, 1);
    }
}
