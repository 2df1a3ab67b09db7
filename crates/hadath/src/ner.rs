//! The statistical entity tagger in the pipeline: names the lexicon lacks.
//!
//! The tagger (crate `hadath-ner`) runs over each sentence's tokens. A
//! person it finds right after a title that names a country ("وزير الخارجية
//! المصري" + an unknown name) becomes that actor, with the title's code;
//! other names it finds that no lexicon entry covers are reported as
//! entities without an actor code.

use crate::analysis::Analysis;
use crate::mentions::{Actor, PER, ROLE};
use hadath_ner::{EntityKind, Tagger};

/// An entity found by the tagger alone: token range and output type.
pub struct Unknown {
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
}

fn kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Pers => "PER",
        EntityKind::Loc => "LOC",
        EntityKind::Org => "ORG",
        EntityKind::Misc => "MISC",
    }
}

/// Tags every sentence; extends role actors with the names that follow them
/// and returns the other names that no actor covers.
pub fn tag(an: &Analysis<'_>, actors: &mut [Actor]) -> Vec<Unknown> {
    let tagger = Tagger::embedded();
    let mut covered = vec![false; an.tokens.len()];
    for a in actors.iter() {
        for c in &mut covered[a.start..a.end] {
            *c = true;
        }
    }
    let mut out = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for s in &an.sentences {
        words.clear();
        words.extend((s.tok_start..s.tok_end).map(|i| an.raw(i)));
        for e in tagger.entities(&words) {
            let (start, end) = (s.tok_start + e.start_token, s.tok_start + e.end_token);
            // a title the lexicon knows, then a name it does not
            // (actors never overlap: a name partly known to the lexicon stays as the lexicon has it)
            if (start..end).any(|t| covered[t]) {
                continue;
            }
            if e.kind == EntityKind::Pers && name_after_title(actors, start, end) {
                continue;
            }
            out.push(Unknown {
                start,
                end,
                kind: kind_name(e.kind),
            });
        }
    }
    out
}

/// Extends the title actor ending at `start` ("وزير الخارجية المصري") over
/// the name `start..end`; false when no such title precedes the name.
fn name_after_title(actors: &mut [Actor], start: usize, end: usize) -> bool {
    match actors.iter_mut().find(|a| a.kind == ROLE && !a.vague && a.end == start) {
        Some(a) => {
            a.end = end;
            a.name_start = start;
            a.name_end = end;
            a.kind = PER;
            true
        }
        None => false,
    }
}
