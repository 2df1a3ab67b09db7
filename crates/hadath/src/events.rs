//! The event coder: finds verb and event-noun triggers, their source and
//! target actors, and the quotes with their speakers, sentence by sentence.
//!
//! One pass over the sentences in order keeps two pieces of discourse state:
//! the *topic* (the last actor that was explicitly the subject of a verb) for
//! verbs whose subject is only in the verb's inflection ("وقال إنه ...",
//! "وأوضح أن ..."), and the *last speaker* for speech verbs that continue
//! ("وأضاف", "وتابع").

use crate::analysis::Analysis;
use crate::document::{Event, Location, Quote, Span, Speaker};
use crate::lexicon::{Lexicon, Particle, Pattern, TargetMarker, Tense};
use crate::mentions::{is_preposition, Actor, Mention};
use crate::time::DateExpr;
use chrono::NaiveDate;

/// How far (in tokens) arguments are looked for around a trigger.
const SUBJECT_WINDOW: usize = 6;
const TARGET_WINDOW: usize = 12;
/// How many sentences back an implicit subject may refer.
const TOPIC_REACH: usize = 3;

/// A trigger found in the text: a verb or an event noun with its pattern.
#[derive(Debug, Clone, Copy)]
struct Trigger {
    tok: usize,
    /// Last token of the trigger and its literals, exclusive.
    end: usize,
    pattern: u32,
    future: bool,
    first_plural: bool,
    noun: bool,
}

/// Everything the coder needs about the article, indexed by token.
pub struct Coder<'a, 'l> {
    an: &'a Analysis<'a>,
    lex: &'l Lexicon,
    actors: &'a [Actor],
    dates: &'a [DateExpr],
    published: Option<NaiveDate>,
    actor_at: Vec<Option<u32>>,
    covered: Vec<bool>,
    particles: Vec<u16>,
    date_tok: Vec<bool>,
    quote_of: Vec<Option<u32>>,
    direct: Vec<(usize, usize)>,
}

/// The coder's output.
pub struct Coded {
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

fn bit(p: Particle) -> u16 {
    1 << (p as u16)
}

const ALL_PARTICLES: [Particle; 11] = [
    Particle::Negation,
    Particle::NegationVerb,
    Particle::Conditional,
    Particle::Future,
    Particle::Intent,
    Particle::Modal,
    Particle::Report,
    Particle::Furniture,
    Particle::PronounSpeaker,
    Particle::BothSides,
    Particle::Counterpart,
];

impl<'a, 'l> Coder<'a, 'l> {
    /// Prepares the token indexes.
    pub fn new(an: &'a Analysis<'a>, lex: &'l Lexicon, mentions: &[Mention<'_>], actors: &'a [Actor], dates: &'a [DateExpr], published: Option<NaiveDate>) -> Self {
        let n = an.tokens.len();
        let mut actor_at = vec![None; n];
        let mut covered = vec![false; n];
        for (i, a) in actors.iter().enumerate() {
            actor_at[a.start] = Some(i as u32);
            for c in &mut covered[a.start..a.end] {
                *c = true;
            }
        }
        let mut particles = vec![0u16; n];
        for m in mentions {
            for p in ALL_PARTICLES {
                if m.particle(p) {
                    particles[m.start] |= bit(p);
                }
            }
        }
        let mut date_tok = vec![false; n];
        for d in dates {
            for x in &mut date_tok[d.start..d.end] {
                *x = true;
            }
        }
        let direct = find_direct_quotes(an);
        let mut quote_of = vec![None; n];
        for (qi, &(o, c)) in direct.iter().enumerate() {
            for x in &mut quote_of[o..=c] {
                *x = Some(qi as u32);
            }
        }
        Coder { an, lex, actors, dates, published, actor_at, covered, particles, date_tok, quote_of, direct }
    }

    fn has(&self, tok: usize, p: Particle) -> bool {
        self.particles.get(tok).is_some_and(|b| b & bit(p) != 0)
    }

    fn actor_starting(&self, tok: usize) -> Option<usize> {
        self.actor_at.get(tok).copied().flatten().map(|i| i as usize).filter(|&i| self.actors[i].is_actor())
    }

    /// The verb or noun trigger at `tok`, if any.
    fn trigger_at(&self, tok: usize, s_end: usize) -> Option<Trigger> {
        if !self.an.is_word(tok) || self.covered[tok] {
            return None;
        }
        let lex = self.lex;
        let mut best: Option<(Trigger, usize)> = None;
        let consider = |best: &mut Option<(Trigger, usize)>, pattern: u32, future: bool, first_plural: bool, noun: bool| {
            let p = &lex.patterns[pattern as usize];
            let Some(end) = self.literals_end(p, tok + 1, s_end) else { return };
            let score = p.literals.len();
            if best.as_ref().is_none_or(|(_, s)| score > *s) {
                *best = Some((Trigger { tok, end, pattern, future, first_plural, noun }, score));
            }
        };
        for r in self.an.readings(tok).iter() {
            if r.prep.is_some() && r.prep != Some('ل') {
                continue;
            }
            if !r.article {
                for f in lex.verb_forms(r.key) {
                    consider(&mut best, f.pattern, false, f.first_plural, false);
                }
                if let Some(rest) = r.key.strip_prefix('س') {
                    for f in lex.verb_forms(rest).iter().filter(|f| f.tense == Tense::Present) {
                        consider(&mut best, f.pattern, true, f.first_plural, false);
                    }
                }
            }
            if best.is_none() {
                for &p in lex.noun_patterns(r.key) {
                    consider(&mut best, p, false, false, true);
                }
            }
            if best.is_some() {
                break;
            }
        }
        best.map(|(t, _)| t)
    }

    /// Where the pattern's literal words end, if they all follow in order.
    fn literals_end(&self, p: &Pattern, from: usize, s_end: usize) -> Option<usize> {
        let mut pos = from;
        for lit in &p.literals {
            let limit = (pos + 4).min(s_end);
            let found = (pos..limit).find(|&k| self.an.readings(k).iter().any(|r| r.key == lit))?;
            pos = found + 1;
        }
        Some(pos)
    }

    fn negated(&self, t: usize, s_start: usize) -> bool {
        let near = (t.saturating_sub(2).max(s_start)..t).any(|k| self.has(k, Particle::Negation));
        let denied = (t.saturating_sub(8).max(s_start)..t).any(|k| self.has(k, Particle::NegationVerb));
        near || denied
    }

    fn conditional(&self, t: usize, s_start: usize) -> bool {
        (s_start..t).rev().take_while(|&k| !self.an.is_punct(k, "،") && !self.an.is_punct(k, ",")).any(|k| self.has(k, Particle::Conditional))
    }

    fn intent(&self, t: usize, s_start: usize) -> bool {
        (t.saturating_sub(3).max(s_start)..t).any(|k| self.has(k, Particle::Future) || self.has(k, Particle::Intent))
    }

    fn after_preposition(&self, a: &Actor) -> bool {
        a.prep.is_some() || (a.start > 0 && is_preposition(self.an.folded(a.start - 1)))
    }

    /// Actors coordinated with `first` ("روسيا والولايات المتحدة").
    fn coordinated(&self, first: usize) -> Vec<usize> {
        let mut out = vec![first];
        let mut last = first;
        loop {
            let end = self.actors[last].end;
            let next = self.actor_starting(end).or_else(|| if self.an.is_punct(end, "،") { self.actor_starting(end + 1) } else { None });
            match next {
                Some(n) if self.actors[n].conj && !out.contains(&n) => {
                    out.push(n);
                    last = n;
                }
                _ => return out,
            }
        }
    }

    /// The explicit subject of the trigger: the actor right before it (SVO),
    /// else the first free actor after it (VSO).
    fn explicit_subject(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<usize> {
        // SVO: an actor ending at the trigger (a negation or future particle may sit between)
        let mut k = t.tok;
        while k > s_start && (self.has(k - 1, Particle::Negation) || self.has(k - 1, Particle::Future)) {
            k -= 1;
        }
        if k > s_start {
            if let Some(a) = (0..self.actors.len()).rev().find(|&i| self.actors[i].end == k && self.actors[i].is_actor()) {
                let head = self.coordination_head(a);
                if !self.after_preposition(&self.actors[head]) {
                    return Some(head);
                }
            }
        }
        // VSO
        let mut skipped = 0;
        let mut k = t.end;
        while k < s_end && k < t.end + SUBJECT_WINDOW {
            if let Some(a) = self.actor_starting(k) {
                if self.after_preposition(&self.actors[a]) {
                    return None;
                }
                return Some(a);
            }
            if self.date_tok[k] {
                k += 1;
                continue;
            }
            if !self.an.is_word(k) || self.has(k, Particle::Report) || is_preposition(self.an.folded(k)) || skipped >= 2 {
                return None;
            }
            skipped += 1;
            k += 1;
        }
        None
    }

    fn coordination_head(&self, mut a: usize) -> usize {
        while a > 0 && self.actors[a].conj && self.actors[a - 1].end + 1 >= self.actors[a].start && self.actors[a - 1].is_actor() {
            a -= 1;
        }
        a
    }

    fn find_target(&self, p: &Pattern, from: usize, s_end: usize, exclude: &[usize]) -> Option<usize> {
        let limit = (from + TARGET_WINDOW).min(s_end);
        for marker in &p.targets {
            for k in from..limit {
                if self.an.is_punct(k, "«") || self.an.is_punct(k, ":") {
                    break;
                }
                let Some(a) = self.actor_starting(k) else { continue };
                if exclude.contains(&a) {
                    continue;
                }
                let actor = &self.actors[a];
                let hit = match marker {
                    TargetMarker::Object => !self.after_preposition(actor) && k < from + 5,
                    TargetMarker::Prep(w) if w.chars().count() == 1 => actor.prep.map(|c| c.to_string()).as_deref() == Some(w.as_str()),
                    TargetMarker::Prep(w) => {
                        let prev_is = |j: usize| j >= from.saturating_sub(1) && strip_conj(self.an.folded(j)) == w.as_str();
                        (k >= 1 && prev_is(k - 1)) || (k >= 2 && prev_is(k - 2) && self.an.is_word(k - 1) && self.actor_starting(k - 1).is_none())
                    }
                };
                if hit {
                    return Some(a);
                }
            }
        }
        None
    }

    /// Codes the whole article.
    pub fn run(&self) -> Coded {
        let an = self.an;
        let mut events: Vec<Event> = Vec::new();
        let mut quotes: Vec<Quote> = Vec::new();
        let mut quote_speaker: Vec<Option<usize>> = vec![None; self.direct.len()];
        let mut quote_cue: Vec<Option<usize>> = vec![None; self.direct.len()];
        let mut topic: Option<(usize, usize)> = None; // (actor, sentence)
        let mut last_speaker: Option<usize> = None;
        // the parties of the latest event between two of them: "الجانبان"
        let mut last_pair: Option<(usize, usize)> = None;
        for (si, s) in an.sentences.iter().enumerate() {
            let (s_start, s_end) = (s.tok_start, s.tok_end);
            if (s_start..s_end).any(|k| self.has(k, Particle::Furniture)) && s_end - s_start <= 4 {
                continue;
            }
            // "وأعرب لافروف عن ...": a sentence opening with a verb and a named
            // person makes that person the topic, whether or not the verb codes.
            if let Some(a) = self.actor_starting(s_start + 1) {
                let actor = &self.actors[a];
                if an.is_word(s_start) && !self.covered[s_start] && actor.is_person() && !self.after_preposition(actor) {
                    topic = Some((a, si));
                }
            }
            let mut t = s_start;
            while t < s_end {
                let Some(trig) = self.trigger_at(t, s_end) else {
                    t += 1;
                    continue;
                };
                t = trig.end.max(t + 1);
                let p = &self.lex.patterns[trig.pattern as usize];
                if self.negated(trig.tok, s_start) || self.conditional(trig.tok, s_start) {
                    continue;
                }
                let in_quote = self.quote_of[trig.tok].map(|q| q as usize);
                let explicit = self.explicit_subject(&trig, s_start, s_end);
                let noun_source = if trig.noun && explicit.is_none() { self.noun_source(&trig, s_start, s_end) } else { None };
                let implicit = || -> Option<usize> {
                    if trig.first_plural {
                        if let Some(q) = in_quote {
                            return quote_speaker[q];
                        }
                    }
                    if p.flags.continues {
                        return last_speaker.or(topic.map(|x| x.0));
                    }
                    topic.filter(|&(_, ts)| si - ts <= TOPIC_REACH).map(|x| x.0)
                };
                let subject = explicit.or(noun_source).or_else(|| if trig.noun { None } else { implicit() });
                if let Some(sj) = explicit {
                    if !self.actors[sj].both_sides && !self.actors[sj].vague {
                        topic = Some((sj, si));
                    }
                }
                if p.flags.speech {
                    if let Some(sp) = subject {
                        if !self.actors[sp].both_sides {
                            last_speaker = Some(sp);
                        }
                    }
                    self.attach_quotes(&trig, subject, s_end, &mut quotes, &mut quote_speaker, &mut quote_cue);
                }
                let Some(code) = p.code.as_deref() else { continue };
                let code = if trig.future || self.intent(trig.tok, s_start) { intent_code(code) } else { code.to_string() };
                let Some(sj) = subject else { continue };
                let sources: Vec<usize> = self.coordinated(sj);
                let from = if explicit.is_some_and(|e| self.actors[e].start >= trig.end) {
                    sources.iter().map(|&i| self.actors[i].end).max().unwrap_or(trig.end)
                } else {
                    trig.end
                };
                let target = if p.flags.passive { None } else { self.find_target(p, from, s_end, &sources) };
                let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
                let passive_target = if trig.noun { self.passive_target(&trig, s_start) } else { None };
                if self.actors[sj].both_sides {
                    if let Some((a, b)) = last_pair.or_else(|| self.both_sides_before(trig.tok)) {
                        pairs.push((a, Some(b)));
                    }
                } else if let Some(pt) = passive_target {
                    for &s in &sources {
                        pairs.push((s, Some(pt)));
                    }
                } else if let Some(tg) = target {
                    for &s in &sources {
                        for tt in self.coordinated(tg) {
                            pairs.push((s, Some(tt)));
                        }
                    }
                } else if p.flags.symmetric && sources.len() >= 2 {
                    pairs.push((sources[0], Some(sources[1])));
                } else if p.targets.is_empty() || (!trig.noun && code.starts_with("13")) {
                    for &s in &sources {
                        pairs.push((s, self.threat_addressee(&code, s, s_start, trig.tok)));
                    }
                } else if !p.flags.symmetric {
                    for &s in &sources {
                        pairs.push((s, None));
                    }
                }
                for (s, tg) in pairs {
                    if let Some(tg) = tg {
                        if !self.actors[s].both_sides && !self.actors[tg].both_sides && self.actors[s].country_code() != self.actors[tg].country_code() {
                            last_pair = Some((s, tg));
                        }
                    }
                    let confidence = if explicit.is_some() { 0.8 } else if noun_source.is_some() { 0.6 } else { 0.5 };
                    if let Some(e) = self.make_event(&code, p, &trig, si, s, tg, confidence) {
                        let dup = events.iter().any(|x| x.sentence == e.sentence && x.code == e.code && x.source == e.source && x.target == e.target);
                        if !dup {
                            events.push(e);
                        }
                    }
                }
            }
            // quotes in this sentence that no speech verb claimed: a speech verb right after them
            for (qi, &(o, _)) in self.direct.iter().enumerate() {
                if an.sentence_of[o] as usize == si && quote_cue[qi].is_none() && quote_speaker[qi].is_none() {
                    quotes.push(self.quote_span(qi, None, None));
                    quote_cue[qi] = Some(usize::MAX);
                }
            }
        }
        quotes.sort_by_key(|q| q.start);
        Coded { events, quotes }
    }

    /// Source of an event noun: the actor named after it ("زيارة أردوغان"),
    /// the agent after من ("لهجوم من السعودية"), the subject of a light verb
    /// in a relative clause ("المحادثات التي عقدها لافروف"), or else the
    /// nearest actor before it in the clause.
    fn noun_source(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<usize> {
        let limit = (t.end + SUBJECT_WINDOW).min(s_end);
        let mut k = t.end;
        while k < limit {
            if self.an.is_punct(k, "«") || self.an.is_punct(k, "\"") {
                break;
            }
            if let Some(a) = self.actor_starting(k) {
                let prev = if k > 0 { strip_conj(self.an.folded(k - 1)) } else { "" };
                if prev == "من" || !self.after_preposition(&self.actors[a]) {
                    return Some(a);
                }
                break;
            }
            if !self.an.is_word(k) {
                break;
            }
            k += 1;
        }
        // nearest actor before, in the same clause
        let mut k = t.tok;
        while k > s_start {
            k -= 1;
            if self.an.is_punct(k, "،") || self.an.is_punct(k, "«") || self.an.is_punct(k, ":") {
                break;
            }
            if let Some(a) = (0..self.actors.len()).find(|&i| self.actors[i].start == k && self.actors[i].is_actor() && !self.actors[i].both_sides) {
                return Some(a);
            }
        }
        None
    }

    /// For "يتعرضون لهجوم من X": the one who suffers it, named before the
    /// passive light verb (through a relative pronoun: "الحوثيين ... الذين").
    fn passive_target(&self, t: &Trigger, s_start: usize) -> Option<usize> {
        let lv = (t.tok.saturating_sub(2).max(s_start)..t.tok).find(|&k| {
            let w = strip_conj(self.an.folded(k));
            self.lex.verb_forms(w).is_empty() && PASSIVE_LIGHT.iter().any(|stem| w.contains(stem))
        })?;
        (s_start..lv).rev().find_map(|k| self.actor_starting(k).filter(|&a| !self.actors[a].both_sides))
    }

    /// The two most recent distinct parties named before `tok`.
    fn both_sides_before(&self, tok: usize) -> Option<(usize, usize)> {
        let mut first: Option<usize> = None;
        for (i, a) in self.actors.iter().enumerate().rev() {
            if a.start >= tok || !a.is_actor() || a.both_sides || a.vague {
                continue;
            }
            let Some(code) = a.code.as_deref() else { continue };
            match first {
                None => first = Some(i),
                Some(f) if self.actors[f].code.as_deref().map(|c| &c[..3.min(c.len())]) != Some(&code[..3.min(code.len())]) => return Some((i, f)),
                _ => {}
            }
        }
        None
    }

    /// A threat without a marked target is addressed to the other party
    /// named in the same sentence ("أوضحنا للإيرانيين أنه ... سنرد").
    fn threat_addressee(&self, code: &str, source: usize, s_start: usize, tok: usize) -> Option<usize> {
        if !code.starts_with("13") {
            return None;
        }
        let src = self.actors[source].code.as_deref().map(|c| c.chars().take(3).collect::<String>());
        (s_start..tok).rev().find_map(|k| {
            self.actor_starting(k).filter(|&a| {
                let c = self.actors[a].code.as_deref().map(|c| c.chars().take(3).collect::<String>());
                c.is_some() && c != src && !self.actors[a].vague
            })
        })
    }

    fn attach_quotes(&self, t: &Trigger, speaker: Option<usize>, s_end: usize, quotes: &mut Vec<Quote>, quote_speaker: &mut [Option<usize>], quote_cue: &mut [Option<usize>]) {
        let an = self.an;
        // a direct quote opening after the verb in this sentence, before another speech verb
        let mut attached = false;
        for (qi, &(o, _)) in self.direct.iter().enumerate() {
            if o >= t.end && o < s_end && quote_cue[qi].is_none() && self.quote_of[t.tok].is_none() {
                let between_speech = (t.end..o).any(|k| self.trigger_at(k, s_end).is_some_and(|x| self.lex.patterns[x.pattern as usize].flags.speech));
                if between_speech {
                    break;
                }
                quote_speaker[qi] = speaker;
                quote_cue[qi] = Some(t.tok);
                quotes.push(self.quote_span(qi, speaker, Some(t.tok)));
                attached = true;
                break;
            }
        }
        // a direct quote closing right before the verb ("...»، قال الوزير")
        if !attached {
            for (qi, &(_, c)) in self.direct.iter().enumerate() {
                if c + 1 <= t.tok && t.tok <= c + 3 && quote_cue[qi].is_none() {
                    quote_speaker[qi] = speaker;
                    quote_cue[qi] = Some(t.tok);
                    quotes.push(self.quote_span(qi, speaker, Some(t.tok)));
                    attached = true;
                }
            }
        }
        if attached {
            return;
        }
        // reported speech: the verb, its subject, a complementiser, then the content
        let mut k = t.end;
        let limit = (t.end + SUBJECT_WINDOW + 4).min(s_end);
        while k < limit && !self.has(k, Particle::Report) {
            k += 1;
        }
        if k >= limit || !self.has(k, Particle::Report) {
            return;
        }
        let start = k + 1;
        let mut end = s_end;
        while end > start && !an.is_word(end - 1) && self.an.tokens[end - 1].kind != crate::text::TokenKind::Number {
            end -= 1;
        }
        if end <= start || self.quote_of[start].is_some() {
            return;
        }
        quotes.push(Quote {
            start: an.tokens[start].char_start,
            end: an.tokens[end - 1].char_end,
            text: an.text[an.tokens[start].start..an.tokens[end - 1].end].to_string(),
            direct: false,
            cue: Some(an.raw(t.tok).to_string()),
            speaker: speaker.map(|s| self.speaker_span(s, an.tokens[start].start)),
        });
    }

    fn quote_span(&self, qi: usize, speaker: Option<usize>, cue: Option<usize>) -> Quote {
        let an = self.an;
        let (o, c) = self.direct[qi];
        let (a, b) = (an.tokens[o].end, an.tokens[c].start);
        let text = &an.text[a..b];
        let lead = text.len() - text.trim_start().len();
        let trail = text.len() - text.trim_end().len();
        let (a, b) = (a + lead, b - trail);
        let char_start = an.tokens[o].char_end + an.text[an.tokens[o].end..a].chars().count();
        Quote {
            start: char_start,
            end: char_start + an.text[a..b].chars().count(),
            text: an.text[a..b].to_string(),
            direct: true,
            cue: cue.map(|t| an.raw(t).to_string()),
            speaker: speaker.map(|s| self.speaker_span(s, an.tokens[o].start)),
        }
    }

    /// The speaker as named closest before byte offset `before`: the latest
    /// mention of the same person (or the same actor code).
    fn speaker_span(&self, actor: usize, before: usize) -> Speaker {
        let a = &self.actors[actor];
        let same = |b: &Actor| match (&a.canonical, &b.canonical) {
            (Some(x), Some(y)) => x == y,
            _ => a.code.is_some() && a.code == b.code,
        };
        let named = self.actors.iter().filter(|b| same(b) && self.an.tokens[b.name_start].start < before).last().unwrap_or(a);
        let an = self.an;
        Speaker {
            start: an.tokens[named.name_start].char_start,
            end: an.tokens[named.name_end - 1].char_end,
            text: an.text[an.tokens[named.name_start].start..an.tokens[named.name_end - 1].end].to_string(),
            actor: a.code.clone(),
            canonical: a.canonical.clone(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn make_event(&self, code: &str, p: &Pattern, t: &Trigger, si: usize, source: usize, target: Option<usize>, confidence: f64) -> Option<Event> {
        let an = self.an;
        let src = &self.actors[source];
        let source_code = src.code.clone()?;
        let tgt = target.map(|i| &self.actors[i]);
        let target_code = tgt.and_then(|a| a.code.clone());
        if let Some(tc) = &target_code {
            if tc.get(..3) == source_code.get(..3) && !source_code.starts_with("IGO") {
                return None;
            }
        }
        let entry = self.lex.cameo(code)?;
        let root = code.get(..2).unwrap_or(code).to_string();
        let text_of = |a: &Actor| an.text[an.tokens[a.start].start..an.tokens[a.end - 1].end].to_string();
        let s = &an.sentences[si];
        let date = self
            .dates
            .iter()
            .filter(|d| d.start >= s.tok_start && d.end <= s.tok_end)
            .min_by_key(|d| (!d.exact, d.start.abs_diff(t.tok)))
            .map(|d| d.date)
            .or(self.published)
            .map(|d| d.to_string());
        let location = self.location(si, source, target);
        Some(Event {
            source: Some(source_code),
            target: target_code,
            code: code.to_string(),
            root,
            quad_class: entry.quad_class,
            goldstein: entry.goldstein,
            plover: entry.plover.clone(),
            date,
            location,
            sentence: si,
            trigger: Span {
                start: an.tokens[t.tok].char_start,
                end: an.tokens[t.end - 1].char_end,
                text: an.text[an.tokens[t.tok].start..an.tokens[t.end - 1].end].to_string(),
            },
            source_text: Some(text_of(src)),
            target_text: tgt.map(text_of),
            confidence,
            rule: p.rule.clone(),
            code_name: entry.name.clone(),
        })
    }

    /// The first place named after في in the sentence that is not an argument.
    fn location(&self, si: usize, source: usize, target: Option<usize>) -> Option<Location> {
        let an = self.an;
        let s = &an.sentences[si];
        let (src_c, tgt_c) = (self.actors[source].code.clone(), target.and_then(|t| self.actors[t].code.clone()));
        for (i, a) in self.actors.iter().enumerate() {
            if a.start < s.tok_start || a.start >= s.tok_end || i == source || Some(i) == target || a.kind == crate::mentions::PER || a.both_sides {
                continue;
            }
            if !(a.place_only || matches!(a.kind, crate::mentions::GPE)) || (a.code.is_some() && (a.code == src_c || a.code == tgt_c)) {
                continue;
            }
            let prev = |k: usize| k > 0 && strip_conj(an.folded(k - 1)) == "في";
            if prev(a.start) || (a.start >= 2 && prev(a.start - 1) && self.actor_starting(a.start - 1).is_none() && an.is_word(a.start - 1)) {
                return Some(Location {
                    start: an.tokens[a.start].char_start,
                    end: an.tokens[a.end - 1].char_end,
                    text: an.text[an.tokens[a.start].start..an.tokens[a.end - 1].end].to_string(),
                    canonical: a.canonical.clone(),
                    country: a.country.clone().or_else(|| a.code.as_ref().map(|c| c.chars().take(3).collect())),
                });
            }
        }
        None
    }
}

/// Stems of the passive light verbs: "تعرض لـ" (to be subjected to).
const PASSIVE_LIGHT: &[&str] = &["تعرض"];

fn strip_conj(w: &str) -> &str {
    w.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(w)
}

/// A future or intended action becomes an intent: cooperation (04-08) an
/// expressed intent (03x), force (15-20) a threat (13x).
pub fn intent_code(code: &str) -> String {
    match code.get(..2).unwrap_or("") {
        "04" => "036",
        "05" => "030",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        "16" | "17" => "130",
        "15" | "18" | "19" | "20" => "138",
        _ => code,
    }
    .to_string()
}

/// Direct quotations: « », “ ” and pairs of " on one line; token indexes of
/// the opening and closing marks.
fn find_direct_quotes(an: &Analysis<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = an.tokens.len();
    let mut i = 0;
    while i < n {
        let close = match an.raw(i) {
            "«" => Some("»"),
            "“" => Some("”"),
            "\"" => Some("\""),
            _ => None,
        };
        if let Some(close) = close {
            let line_end = an.text[an.tokens[i].end..].find('\n').map_or(an.text.len(), |x| an.tokens[i].end + x);
            if let Some(j) = (i + 1..n).take_while(|&j| an.tokens[j].start < line_end).find(|&j| an.raw(j) == close) {
                if j > i + 1 {
                    out.push((i, j));
                }
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}
