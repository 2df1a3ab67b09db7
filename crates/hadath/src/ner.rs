//! The statistical entity tagger in the pipeline: names the lexicon lacks.
//!
//! The tagger (crate `hadath-ner`) runs over each sentence's tokens. A
//! person it finds right after a title that names a country ("وزير الخارجية
//! المصري" + an unknown name) becomes that actor, with the title's code;
//! other names it finds that no lexicon entry covers are reported as
//! entities without an actor code.

use crate::analysis::Analysis;
use crate::mentions::{Actor, PER, ROLE};
use hadath_ner::{EntityKind, EntitySpan, Tagger};

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

/// Tags every sentence; extends role actors with the names that follow them,
/// makes a name followed by its role in apposition that actor, and returns
/// the other names that no actor covers.
pub fn tag(an: &Analysis<'_>, actors: &mut Vec<Actor>) -> Vec<Unknown> {
    let tagger = Tagger::embedded();
    let mut covered = vec![false; an.tokens.len()];
    for a in actors.iter() {
        for c in &mut covered[a.start..a.end] {
            *c = true;
        }
    }
    let mut out = Vec::new();
    let mut appositions: Vec<Actor> = Vec::new();
    // the article is tagged as one document: a name is also judged by how it is tagged in the sentences around it
    let words: Vec<Vec<&str>> = an.sentences.iter().map(|s| (s.tok_start..s.tok_end).map(|i| an.raw(i)).collect()).collect();
    let tags = tagger.tag_document(&words);
    for (s, tags) in an.sentences.iter().zip(&tags) {
        for e in EntitySpan::from_tags(tags) {
            let (start, end) = (s.tok_start + e.start_token, s.tok_start + e.end_token);
            // a given name and a nisba that the tagger reads as one person
            // is a family name, not a noun of that country: "منذر المصري",
            // "محمد العراقي" (the country's "ناقلة النفط البريطانية" starts
            // with no person's name)
            if e.kind == EntityKind::Pers {
                if let Some(i) = actors.iter().position(|a| family_nisba(an, a, start, end)) {
                    // (only the removed actor's own words are free again)
                    let removed = actors.remove(i);
                    for c in &mut covered[removed.start..removed.end] {
                        *c = false;
                    }
                }
            }
            // a title the lexicon knows, then a name it does not
            // (actors never overlap: a name partly known to the lexicon stays as the lexicon has it)
            if (start..end).any(|t| covered[t]) {
                continue;
            }
            // a head noun and the name it introduces in quotes: "منظمة
            // «أنقذوا الأطفال»" is one name; if the lexicon knows the quoted
            // name, the head noun is part of it
            let mut end = end;
            if e.kind == EntityKind::Org {
                if let Some(close) = quoted_name_after(an, end, s.tok_end) {
                    if covered[end + 1] {
                        continue;
                    }
                    end = close + 1;
                }
            }
            if e.kind == EntityKind::Pers && name_after_title(actors, start, end) {
                continue;
            }
            if e.kind == EntityKind::Pers {
                if let Some(a) = name_before_role(an, actors, start, end) {
                    appositions.push(a);
                    continue;
                }
            }
            out.push(Unknown {
                start,
                end,
                kind: kind_name(e.kind),
            });
        }
    }
    if !appositions.is_empty() {
        actors.extend(appositions);
        actors.sort_by_key(|a| a.start);
    }
    out
}

/// Whether actor `a` is a noun made an actor by the nisba after it (see
/// `mentions`), both words inside the tagger's person `start..end`, the noun
/// without the article nor a preposition (a given name).
fn family_nisba(an: &Analysis<'_>, a: &Actor, start: usize, end: usize) -> bool {
    a.modifier
        && a.start == start
        && a.end == start + 2
        && a.end <= end
        && a.prep.is_none()
        && !a.conj
        && an.readings(start).iter().all(|r| !r.article && r.prep.is_none())
}

/// The closing mark of a short name in quotes or parentheses that opens at
/// `at` (at most six words, within the sentence).
fn quoted_name_after(an: &Analysis<'_>, at: usize, s_end: usize) -> Option<usize> {
    const CLOSE: [&str; 4] = ["»", "\"", "”", ")"];
    if at + 2 >= s_end || !["«", "\"", "“", "("].iter().any(|q| an.is_punct(at, q)) {
        return None;
    }
    (at + 2..(at + 8).min(s_end))
        .take_while(|&k| an.is_word(k) || CLOSE.iter().any(|q| an.is_punct(k, q)))
        .find(|&k| CLOSE.iter().any(|q| an.is_punct(k, q)))
}

/// "قالت مايا كوسيجانسيك، المتحدثة باسم الاتحاد الأوروبي": a name the
/// lexicon does not know, then a comma and a role that names its country or
/// organisation, is a person with that role's code.
fn name_before_role(an: &Analysis<'_>, actors: &[Actor], start: usize, end: usize) -> Option<Actor> {
    if !(an.is_comma(end)) {
        return None;
    }
    // the role as one actor ("، وزير الخارجية الروسي"), or a title the
    // lexicon does not hold and whom it speaks for ("، المتحدثة باسم الاتحاد
    // الأوروبي", "، السفير في الأمم المتحدة")
    let organisation_at = |k: usize| {
        actors
            .iter()
            .find(|a| a.start == k)
            .filter(|a| !a.place_only && a.kind != PER && a.kind != ROLE)
    };
    let role = match actors.iter().find(|a| a.start == end + 1) {
        Some(a) if a.kind == ROLE && !a.vague => a,
        // a title without a country, then whom it speaks for
        Some(a) if a.kind == ROLE => {
            organisation_at(a.end).or_else(|| organisation_at(a.end + 1).filter(|_| an.is_word(a.end) && matches!(an.folded(a.end), "باسم" | "في" | "لدي")))?
        }
        // a title merged with its organisation ("المتحدثة باسم الاتحاد الأوروبي")
        Some(a) if a.kind != PER && !a.place_only && a.name_start > a.start => a,
        Some(_) => return None,
        None => {
            let title = end + 1;
            let linked = an.is_word(title)
                && an.readings(title).iter().any(|r| r.article)
                && an.is_word(title + 1)
                && matches!(an.folded(title + 1), "باسم" | "في" | "لدي");
            organisation_at(title + 2).filter(|_| linked)?
        }
    };
    if role.vague || role.both_sides || role.modifier || role.code.is_none() {
        return None;
    }
    let mut person = role.clone();
    person.start = start;
    person.end = end;
    person.name_start = start;
    person.name_end = end;
    person.kind = PER;
    person.conj = false;
    person.prep = None;
    Some(person)
}

/// Extends the title actor ending at `start` ("وزير الخارجية المصري") over
/// the name `start..end`; false when no such title precedes the name.
fn name_after_title(actors: &mut [Actor], start: usize, end: usize) -> bool {
    // (not a title in the plural: "السلطات المغربية" + a name is two parties)
    match actors.iter_mut().find(|a| a.kind == ROLE && !a.vague && !a.plural && a.end == start) {
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
