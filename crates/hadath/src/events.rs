//! The event coder: finds verb and event-noun triggers, their source and
//! target actors, and the quotes with their speakers, sentence by sentence.
//!
//! One pass over the sentences in order keeps two pieces of discourse state:
//! the *topic* (the last actor that was explicitly the subject of a verb) for
//! verbs whose subject is only in the verb's inflection ("وقال إنه ...",
//! "وأوضح أن ..."), and the *last speaker* for speech verbs that continue
//! ("وأضاف", "وتابع").

use crate::analysis::Analysis;
use crate::document::{Event, Quote, Span};
use crate::lexicon::{Lexicon, Particle, Pattern, TargetMarker, Tense};
use crate::mentions::{is_preposition, Actor, Mention};
use crate::time::DateExpr;
use chrono::NaiveDate;

/// How far (in tokens) arguments are looked for around a trigger.
const SUBJECT_WINDOW: usize = 6;

#[path = "quotes.rs"]
mod quotes;
use quotes::find_direct_quotes;

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
    /// A verb whose suffix holds a third person plural or dual subject
    /// ("يهاجمون"): what follows it is its object, not its subject.
    plural: bool,
    noun: bool,
    /// The verb carries an object pronoun ("منحتهم", "استقبله").
    object_pronoun: bool,
    /// The verb is vocalised as a passive ("قُتل").
    passive: bool,
}

/// The latest carrier verb of a sentence ("قررت الحكومة ..."), whose object
/// event noun its subject does.
#[derive(Clone, Copy)]
struct Carrier {
    subject: usize,
    /// The token where its object starts.
    object_at: usize,
    /// The carrier is future or intended: so is its object.
    intended: bool,
    pattern: u32,
}

/// The words where a trigger's first literal may be ([`Coder::literal_window`]).
struct Window {
    toks: [usize; WINDOW],
    len: usize,
    /// All of them: not more than `WINDOW`.
    complete: bool,
    /// The first four bytes of their readings, one bit each ([`prefix_bit`]).
    prefixes: u128,
}

const WINDOW: usize = 24;

impl Window {
    /// Whether a word of the window may match the literal `lit`: every match
    /// ([`literal_matches`]) begins with `lit` less a final ه, so when that
    /// is four bytes or more, a word whose first four bytes are not its
    /// first four cannot match.
    #[inline]
    fn may_hold(&self, lit: &str) -> bool {
        let stem = lit.strip_suffix('ه').unwrap_or(lit);
        prefix_bit(stem).is_none_or(|b| self.prefixes & b != 0)
    }
}

/// One bit of 128 for the first four bytes of `s` (two Arabic letters), if
/// it has them.
#[inline]
fn prefix_bit(s: &str) -> Option<u128> {
    let b = s.as_bytes().get(..4)?;
    let x = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    Some(1u128 << (x.wrapping_mul(0x9E37_79B1) >> 25))
}

/// Everything the coder needs about the article, indexed by token.
pub struct Coder<'a, 'l> {
    an: &'a Analysis<'a>,
    lex: &'l Lexicon,
    actors: &'a [Actor],
    dates: &'a [DateExpr],
    published: Option<NaiveDate>,
    actor_at: Vec<Option<u32>>,
    actor_end: Vec<Option<u32>>,
    covering: Vec<Option<u32>>,
    /// Tokens inside a name that no actor covers (see [`Coder::with_names`]).
    in_name: Vec<bool>,
    /// The names themselves (token ranges), for speakers no actor covers.
    names: Vec<(usize, usize)>,
    particles: Vec<u32>,
    date_tok: Vec<bool>,
    quote_of: Vec<Option<u32>>,
    direct: Vec<(usize, usize)>,
}

/// The coder's output.
pub struct Coded {
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

// one bit per particle kind
const _: () = assert!(ALL_PARTICLES.len() <= 32);

fn bit(p: Particle) -> u32 {
    1 << (p as u32)
}

const ALL_PARTICLES: [Particle; 23] = [
    Particle::Hypothetical,
    Particle::Policy,
    Particle::Retaliation,
    Particle::Hearsay,
    Particle::Against,
    Particle::AccordingTo,
    Particle::Quantifier,
    Particle::Adverb,
    Particle::NegationNoun,
    Particle::NegationContext,
    Particle::AgentMarker,
    Particle::Interrogative,
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
    pub fn new(
        an: &'a Analysis<'a>,
        lex: &'l Lexicon,
        mentions: &[Mention<'_>],
        actors: &'a [Actor],
        dates: &'a [DateExpr],
        published: Option<NaiveDate>,
    ) -> Self {
        let n = an.tokens.len();
        // actors never overlap, so each token has at most one actor
        // starting, ending or covering it
        let mut actor_at = vec![None; n];
        let mut actor_end = vec![None; n + 1];
        let mut covering = vec![None; n];
        for (i, a) in actors.iter().enumerate() {
            actor_at[a.start] = Some(i as u32);
            actor_end[a.end] = Some(i as u32);
            for c in &mut covering[a.start..a.end] {
                *c = Some(i as u32);
            }
        }
        let mut particles = vec![0u32; n];
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
        Coder {
            an,
            lex,
            actors,
            dates,
            published,
            actor_at,
            actor_end,
            covering,
            particles,
            date_tok,
            quote_of,
            direct,
            in_name: vec![false; n],
            names: Vec::new(),
        }
    }

    /// Marks the names the tagger found that no actor covers, so their
    /// words are not read as verbs ("مستشفى ناصر", "حي زيد الموشكي"). Only
    /// a name of two words or more, or one right after an actor, is trusted
    /// this far: a one-word name alone may be the tagger's mistake on a verb.
    pub fn with_names(mut self, names: &[(usize, usize)]) -> Self {
        self.names = names.to_vec();
        for &(a, b) in names {
            if b > a + 1 || self.actor_ending(a).is_some() {
                // (a sentence's first word stays a possible verb: "وأضافت ...")
                let from = if a < self.an.tokens.len() && self.an.sentence_range(a).0 == a {
                    a + 1
                } else {
                    a
                };
                if let Some(slice) = self.in_name.get_mut(from..b) {
                    slice.fill(true);
                }
            }
        }
        self
    }

    /// "أن", "إن", "أنه", "إنها": a complementiser, after which a clause is
    /// reported (`report` and `pronoun_speaker` in `particles.tsv`).
    fn complementiser(&self, k: usize) -> bool {
        self.has(k, Particle::Report) || self.has(k, Particle::PronounSpeaker)
    }

    fn has(&self, tok: usize, p: Particle) -> bool {
        self.particles.get(tok).is_some_and(|b| b & bit(p) != 0)
    }

    /// Whether word `tok` is, with no article or preposition, a word of a
    /// looked-up kind (`Lexicon::word_kind`): "وهو" a copula, "ورد" (not
    /// "الرد") a verb of replying.
    fn word_is(&self, tok: usize, p: Particle) -> bool {
        self.an.is_word(tok)
            && self
                .an
                .readings(tok)
                .iter()
                .any(|r| !r.article && r.prep.is_none() && self.lex.word_kind(r.key) == Some(p))
    }

    fn actor_ending(&self, end: usize) -> Option<usize> {
        self.actor_end.get(end).copied().flatten().map(|i| i as usize)
    }

    fn covered_at(&self, tok: usize) -> bool {
        self.covering.get(tok).is_some_and(Option::is_some)
    }

    fn actor_starting(&self, tok: usize) -> Option<usize> {
        self.actor_at
            .get(tok)
            .copied()
            .flatten()
            .map(|i| i as usize)
            .filter(|&i| self.actors[i].is_actor())
    }

    /// "غارات إسرائيلية", "قصف روسي": an indefinite noun made an actor by
    /// its nisba; if it is an event noun, the nisba's country is its doer.
    fn nisba_agent(&self, tok: usize) -> Option<usize> {
        let a = self.covering.get(tok).copied().flatten()? as usize;
        let actor = &self.actors[a];
        // (an adjective, not people: "تهجير سوريين"; and asserted: "أي عدوان
        // إسرائيلي")
        if !(actor.modifier && actor.start == tok && actor.end == tok + 2) {
            return None;
        }
        let adjective = {
            let w = self.an.folded(tok + 1);
            w.ends_with('ي') || w.ends_with('ه')
        };
        let any = tok > 0 && self.an.is_word(tok - 1) && matches!(self.an.folded(tok - 1), "اي" | "لاي" | "باي");
        (adjective && !any && !self.an.readings(tok).iter().any(|r| r.article)).then_some(a)
    }

    /// The verb or noun trigger at `tok`, if any.
    fn trigger_at(&self, tok: usize, s_end: usize) -> Option<Trigger> {
        self.trigger_reading(tok, s_end, true)
    }

    /// [`Coder::trigger_at`], reading the word as a verb only when `verbs`.
    fn trigger_reading(&self, tok: usize, s_end: usize, verbs: bool) -> Option<Trigger> {
        if !self.an.is_word(tok) || (self.covered_at(tok) && self.nisba_agent(tok).is_none()) || self.in_name[tok] {
            return None;
        }
        let lex = self.lex;
        let mut best: Option<(Trigger, usize)> = None;
        // where a first literal may be: the same for every pattern, found once
        let window = std::cell::OnceCell::new();
        let dual = std::cell::OnceCell::new();
        let prep_word = is_preposition(strip_conj(self.an.folded(tok)));
        let consider = |best: &mut Option<(Trigger, usize)>, pattern: u32, future: bool, (first_plural, plural): (bool, bool), noun: bool| {
            // A pattern whose first literal the window rules out is ruled out
            // here, as `literals_end` would, from the lexicon's dense copy of
            // first literals: the pattern itself is not read (a verb has up
            // to 120 senses, each a few cache misses away).
            if let crate::lexicon::FirstLiteral::Word(lit) = lex.first_literal(pattern) {
                let w = window.get_or_init(|| self.literal_window(tok + 1, s_end));
                if w.complete && !w.may_hold(lit) {
                    return;
                }
            }
            let p = &lex.patterns[pattern as usize];
            // (a dual perfect right after a verb is that verb's object, an
            // accusative noun: "قدم عرضا", "أبدى رفضا"; decided once per word)
            if !noun && *dual.get_or_init(|| self.dual_after_verb(tok)) {
                return;
            }
            // (a `hamza` line only where the word is written as its verb:
            // "هنا" is "here", not "هنأ"; "بدأ" begins, "بدا" seems)
            if p.flags.hamza.is_some_and(|h| h != crate::lexicon::has_hamza(self.an.raw(tok))) {
                return;
            }
            let first = if p.literals.is_empty() {
                None
            } else {
                Some(window.get_or_init(|| self.literal_window(tok + 1, s_end)))
            };
            let Some((end, exact)) = self.literals_end(p, tok + 1, s_end, first) else {
                return;
            };
            // (a verb spelt as a preposition, and a `marked` line, is read
            // so only with its own preposition in the clause: "عبر عن", not
            // "عبر السنين"; "حقق في", not "حقق تقدما")
            if !noun && p.literals.is_empty() && (prep_word || p.flags.marked) && !self.marker_in_clause(p, end, s_end) {
                return;
            }
            // more literal words, then literals as written ("سفيرها" is the
            // line for "سفيرها", not for "السفير"), then a marker that is there
            let score = p.literals.len() * 4 + exact * 2 + usize::from(self.marker_follows(p, end, s_end));
            if best.as_ref().is_none_or(|(_, s)| score > *s) {
                *best = Some((
                    Trigger {
                        tok,
                        end,
                        pattern,
                        future,
                        first_plural,
                        plural,
                        noun,
                        object_pronoun: false,
                        passive: false,
                    },
                    score,
                ));
            }
        };
        // verbs: the folded word, without a conjunction, without the
        // purpose ل; never with the article (and "التقى" keeps its ال)
        // (also after an adverb that governs a genitive, which a verb never
        // follows without أن: "أثناء قتل خاشقجي", "عقب اغتيال")
        // (and after an event noun with a clitic preposition and no article,
        // which heads a construct: "بدعم فرض عقوبات", "لوقف قصف")
        let after_prep = tok > 0
            && self.an.is_word(tok - 1)
            && (is_preposition(self.an.folded(tok - 1))
                || is_genitive_adverb(strip_conj(self.an.folded(tok - 1)))
                || self.an.same_sentence(tok - 1, tok) && self.construct_head_with_preposition(tok - 1, tok));
        let w = if after_prep || !verbs || self.masdar_after_subject(tok) {
            ""
        } else {
            self.an.folded(tok)
        };
        let conj = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).filter(|r| r.chars().count() >= 2);
        let purpose = |x: &'a str| x.strip_prefix('ل').filter(|r| r.chars().count() >= 3);
        let forms = [Some(w), conj, purpose(w), conj.and_then(purpose)];
        // (the ل of purpose takes an imperfect: "لقتل" is "to the killing
        // of", no perfect verb)
        let tensed = |i: usize, vf: &crate::lexicon::VerbForm| i < 2 || vf.tense == Tense::Present;
        for (i, f) in forms.into_iter().enumerate().filter_map(|(i, f)| Some((i, f?))) {
            for vf in lex.verb_forms(f).iter().filter(|vf| tensed(i, vf)) {
                consider(&mut best, vf.pattern, false, (vf.first_plural, vf.plural), false);
            }
            if let Some(rest) = f.strip_prefix('س') {
                for vf in lex.verb_forms(rest).iter().filter(|vf| vf.tense == Tense::Present) {
                    consider(&mut best, vf.pattern, true, (vf.first_plural, vf.plural), false);
                }
            }
            if best.is_some() {
                break;
            }
        }
        let mut object_pronoun = false;
        // a final ة is a feminine noun, not a verb with the pronoun ه
        let ta_marbuta = self.an.raw(tok).chars().rev().find(|&c| crate::text::fold_char(c).is_some()) == Some('ة');
        if best.is_none() && !ta_marbuta {
            // a verb with an object pronoun: "منحتهم", "استقبله"
            // (a first person with a pronoun is read so only in a quote:
            // "دعوته" is "his call" in a report)
            // (and so is the second person: "الحكم" is no "ألحّكم", nor in
            // a quote a word with the article)
            let quoted = self.quote_of[tok].is_some();
            for (i, f) in forms.into_iter().enumerate().filter_map(|(i, f)| Some((i, f?))) {
                if f.ends_with("كم") && (!quoted || f.starts_with("ال")) {
                    continue;
                }
                if let Some(bare) = strip_pronoun(f) {
                    for vf in lex.verb_forms(bare).iter().filter(|vf| (quoted || !vf.first_plural) && tensed(i, vf)) {
                        consider(&mut best, vf.pattern, false, (vf.first_plural, vf.plural), false);
                    }
                    if best.is_none() {
                        if let Some(past) = final_ya(bare).filter(|_| i < 2) {
                            for vf in lex.verb_forms(&past).iter().filter(|vf| quoted || !vf.first_plural) {
                                consider(&mut best, vf.pattern, false, (vf.first_plural, vf.plural), false);
                            }
                        }
                    }
                    if let Some(rest) = bare.strip_prefix('س') {
                        for vf in lex.verb_forms(rest).iter().filter(|vf| vf.tense == Tense::Present) {
                            consider(&mut best, vf.pattern, true, (vf.first_plural, vf.plural), false);
                        }
                    }
                }
                if best.is_some() {
                    object_pronoun = true;
                    break;
                }
            }
        }
        if best.is_none() {
            for r in self.an.readings(tok).iter() {
                // (the indefinite accusative: "أعلنتا اتفاقا", "شنت هجوما")
                let accusative = r.key.strip_suffix('ا').filter(|k| k.chars().count() >= 3 && !r.article);
                for &p in lex
                    .noun_patterns(r.key)
                    .iter()
                    .chain(strip_pronoun(r.key).map_or(&[][..], |k| lex.noun_patterns(k)))
                    .chain(accusative.map_or(&[][..], |k| lex.noun_patterns(k)))
                {
                    consider(&mut best, p, false, (false, false), true);
                }
                if best.is_some() {
                    break;
                }
            }
        }
        // (a `marked` line takes no object pronoun: "الفوز الذي حققه")
        if object_pronoun && best.as_ref().is_some_and(|(t, _)| lex.patterns[t.pattern as usize].flags.marked) {
            return None;
        }
        if let Some((t, _)) = best.as_mut() {
            t.object_pronoun = object_pronoun;
            t.passive = !t.noun && vocalised_passive(self.an.raw(tok));
        }
        best.map(|(t, _)| t)
    }

    /// "أدانت المفوضية قتل الصحفية", "قررت الحكومة سحب": a word that is both
    /// a bare perfect verb and an event noun, right after the subject of the
    /// verb before it, is that verb's object, a masdar (a second verb there
    /// would need a conjunction).
    fn masdar_after_subject(&self, tok: usize) -> bool {
        let Some(a) = self.actor_ending(tok) else { return false };
        let start = self.actors[a].start;
        start > 0
            && self.an.same_sentence(start - 1, tok)
            && self.is_verb(start - 1)
            && self.an.is_word(tok)
            && self
                .an
                .readings(tok)
                .iter()
                .any(|r| !r.article && r.prep.is_none() && !self.lex.noun_patterns(r.key).is_empty())
    }

    /// Whether one of the pattern's prepositions follows in the clause,
    /// past a subject of a few words ("عبر وزير الخارجية الروسي عن").
    /// (The preposition may carry a pronoun: "حققت معه الشرطة".)
    fn marker_in_clause(&self, p: &Pattern, from: usize, s_end: usize) -> bool {
        let with_pronoun = |k: usize| {
            let w = strip_conj(self.an.folded(k));
            p.targets
                .iter()
                .any(|m| matches!(m, TargetMarker::Prep(prep) if w.strip_prefix(prep.as_str()).is_some_and(|rest| PRONOUN_SUFFIXES.contains(&rest))))
        };
        (from..(from + SUBJECT_WINDOW).min(s_end))
            .take_while(|&k| self.an.is_word(k))
            .any(|k| self.marker_follows(p, k, k + 1) || with_pronoun(k))
    }

    /// Whether one of the pattern's prepositions follows within two words.
    fn marker_follows(&self, p: &Pattern, from: usize, s_end: usize) -> bool {
        (from..(from + 2).min(s_end)).any(|k| {
            p.targets.iter().any(|m| match m {
                TargetMarker::Prep(w) if w.chars().count() == 1 => self.an.folded(k).starts_with(w.as_str()),
                TargetMarker::Prep(w) => strip_conj(self.an.folded(k)) == w.as_str(),
                TargetMarker::Object => false,
            })
        })
    }

    /// Whether token `tok` is a known verb form with an object pronoun
    /// ("شنتها", "عقدها", "نفذه").
    fn verb_with_object_pronoun(&self, tok: usize) -> bool {
        let w = self.an.folded(tok);
        let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
        strip_pronoun(w).is_some_and(|stem| !self.lex.verb_forms(stem).is_empty() || final_ya(stem).is_some_and(|past| !self.lex.verb_forms(&past).is_empty()))
    }

    /// Whether token `tok` is a known verb form (with its conjunction).
    fn is_verb(&self, tok: usize) -> bool {
        if !self.an.is_word(tok) {
            return false;
        }
        let w = self.an.folded(tok);
        let conj = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
        !self.lex.verb_forms(w).is_empty() || conj.is_some_and(|c| !self.lex.verb_forms(c).is_empty())
    }

    /// Whether token `k` is a verb form that no actor's name covers: a
    /// clause boundary for the arguments looked for around a trigger.
    fn free_verb(&self, k: usize) -> bool {
        self.is_verb(k) && !self.covered_at(k)
    }

    /// Where the pattern's literal words end, if they all follow in order.
    /// `first`, when given, is [`Coder::literal_window`] of `from`.
    fn literals_end(&self, p: &Pattern, from: usize, s_end: usize, first: Option<&Window>) -> Option<(usize, usize)> {
        let mut pos = from;
        let mut exact = 0;
        for (n, lit) in p.literals.iter().enumerate() {
            let matches = |k: usize| self.an.readings(k).iter().any(|r| literal_matches(r.key, lit));
            let k = match first {
                Some(w) if n == 0 && w.complete => {
                    if !w.may_hold(lit) {
                        return None;
                    }
                    w.toks[..w.len].iter().copied().find(|&k| matches(k))?
                }
                _ => self.literal_at(pos, s_end, matches)?,
            };
            exact += usize::from(self.an.readings(k).iter().any(|r| r.key == lit));
            pos = k + 1;
        }
        Some((pos, exact))
    }

    /// The first word from `from` on that `matches`, within five words, not
    /// counting the words of actors ("هدد زعيم جماعة أنصار الله عبد الملك
    /// الحوثي باستهداف ..."), within the clause.
    fn literal_at(&self, from: usize, s_end: usize, mut matches: impl FnMut(usize) -> bool) -> Option<usize> {
        let mut k = from;
        let mut budget = 5;
        loop {
            if k >= s_end || budget == 0 || self.an.is_punct(k, "«") || self.an.is_punct(k, ":") {
                return None;
            }
            if self.an.is_punct(k, "،") || self.an.is_punct(k, ",") {
                // a date set off by commas does not end the clause: "أعرب
                // الوزير، الثلاثاء، عن تفاؤله"
                if self.date_comma(k) {
                    k += 1;
                    continue;
                }
                // nor does a circumstance set off by commas: "جدد الملك، في
                // خطاب ألقاه بمناسبة ...، دعوته"
                if let Some(close) = self.parenthetical_end(k, s_end) {
                    k = close + 1;
                    continue;
                }
                return None;
            }
            if matches(k) {
                return Some(k);
            }
            // a complementiser that is not itself the literal ("وعد بأن")
            // opens another clause: "أعلنت الحكومة أن «حالة الطوارئ قد تشمل
            // ...»" declares no state of emergency
            if self.complementiser(k) && !self.an.raw(k).contains('آ') {
                return None;
            }
            // nor is it looked for past a masdar of ending: "أعلن إنهاء
            // حالة الطوارئ" declares no state of emergency
            if self.reversal(k) {
                return None;
            }
            // a quantity does not count: "حشدت روسيا أكثر من مئة ألف جندي"
            if !self.covered_at(k) && !self.quantity(k) {
                budget -= 1;
            }
            k += 1;
        }
    }

    /// The closing comma of a circumstance opened by the comma at `k`: a
    /// preposition of time, place or occasion, then at most 14 tokens
    /// without quotation marks or a colon up to the next comma.
    fn parenthetical_end(&self, k: usize, s_end: usize) -> Option<usize> {
        let first = k + 1;
        if first >= s_end || !self.an.is_word(first) {
            return None;
        }
        if !matches!(
            strip_conj(self.an.folded(first)),
            "في" | "خلال" | "علي" | "عقب" | "بعد" | "اثناء" | "لدي" | "وفق" | "حسب" | "بحسب"
        ) {
            return None;
        }
        for j in first + 1..(first + 15).min(s_end) {
            if self.an.is_punct(j, "،") || self.an.is_punct(j, ",") {
                return Some(j);
            }
            if !self.an.is_word(j) && self.an.tokens[j].kind != crate::text::TokenKind::Number {
                return None;
            }
        }
        None
    }

    /// Every word [`Coder::literal_at`] would try from `from`, in order: a
    /// trigger with many patterns looks for each one's first literal there.
    fn literal_window(&self, from: usize, s_end: usize) -> Window {
        let mut w = Window {
            toks: [0; WINDOW],
            len: 0,
            complete: true,
            prefixes: 0,
        };
        let _ = self.literal_at(from, s_end, |k| {
            match w.toks.get_mut(w.len) {
                Some(slot) => {
                    *slot = k;
                    w.len += 1;
                }
                None => w.complete = false,
            }
            for r in self.an.readings(k).iter() {
                if let Some(b) = prefix_bit(r.key) {
                    w.prefixes |= b;
                }
            }
            false
        });
        w
    }

    /// Negated: a negation particle just before the verb ("لم يلتق", "ألا
    /// تدعم"), or before the verb that governs a noun ("لا تسعى إلى حرب"),
    /// "ما" right before a perfect verb, or a denial verb earlier in the
    /// clause ("نفى أن يكون زار").
    fn negated(&self, t: usize, s_start: usize, noun: bool) -> bool {
        let reach = if noun { 4 } else { 2 };
        let mut k = t;
        while k > s_start && t - k < reach {
            k -= 1;
            if self.an.tokens[k].kind != crate::text::TokenKind::Word {
                break;
            }
            if self.has(k, Particle::Negation) || self.has(k, Particle::NegationNoun) || is_written_alla(self.an.raw(k)) {
                return true;
            }
        }
        // (the word itself, with at most و or ف: "كما أكدت", "بما", "لما",
        // "مما" are no negation)
        if !noun && t > s_start && self.has(t - 1, Particle::NegationContext) && matches!(strip_conj(self.an.folded(t - 1)), "ما" | "فما") {
            return true;
        }
        // "لم يعد التنظيم يسيطر على أي أراض": no longer (not "لا يزال", still);
        // the subject may stand between
        if !noun {
            let mut k = t;
            while k > s_start + 1 && t - k < 6 && (k == t || self.covered_at(k)) {
                k -= 1;
                if matches!(self.an.folded(k), "يعد" | "تعد") && self.an.is_word(k - 1) && self.has(k - 1, Particle::Negation) {
                    return true;
                }
            }
        }
        // a verb after أو shares the negation of the verb before it: "لم
        // يقتل أو يجرح أي جندي"
        if !noun && t > s_start + 1 && self.an.folded(t - 1) == "او" && self.is_verb(t - 2) && self.negated(t - 2, s_start, false) {
            return true;
        }
        // a noun is negated with the verb that governs it, the nearest verb
        // before it in the clause: "ولم تؤكد الشرطة البريطانية صحة البيان"
        if noun {
            let governing = (t.saturating_sub(8).max(s_start)..t)
                .rev()
                .take_while(|&k| self.an.is_word(k) || self.an.tokens[k].kind == crate::text::TokenKind::Number)
                .find(|&k| self.is_verb(k));
            if governing.is_some_and(|v| v > s_start && (self.has(v - 1, Particle::Negation) || is_written_alla(self.an.raw(v - 1)))) {
                return true;
            }
        }
        if (t.saturating_sub(8).max(s_start)..t).any(|k| self.has(k, Particle::NegationVerb)) || self.denied_hearsay(t, s_start) {
            return true;
        }
        // "نفى الرئيس الأمريكي، دونالد ترامب، أن يكون قد أمر أو فكر في
        // اغتيال ...": "أن يكون" (قد) right before the verb reaches back to a
        // denial verb anywhere before it in the sentence
        let kana = (t.saturating_sub(3).max(s_start + 1)..t)
            .find(|&k| matches!(self.an.folded(k), "يكون" | "تكون" | "يكونوا" | "يكونا" | "تكونا") && self.an.folded(k - 1) == "ان");
        kana.is_some_and(|k| (s_start..k).any(|j| self.has(j, Particle::NegationVerb)))
    }

    /// Denied through the news that carries it: "نفى الكرملين، الاثنين،
    /// تقارير أفادت بأن ترامب أجرى اتصالا"; "نفت الحكومة ما تداولته
    /// المواقع بشأن طرد السفير". The hearsay word lies before the event in
    /// the same clause (no comma, no other speech verb between them) and a
    /// denial verb lies at most twelve words before the hearsay word.
    fn denied_hearsay(&self, t: usize, s_start: usize) -> bool {
        let clause = |k: &usize| !(self.an.is_punct(*k, "،") || self.an.is_punct(*k, ",") || self.an.is_punct(*k, "؛"));
        let Some(h) = (s_start..t).rev().take_while(clause).find(|&k| self.has(k, Particle::Hearsay)) else {
            return false;
        };
        (h.saturating_sub(12).max(s_start)..h).any(|d| self.has(d, Particle::NegationVerb))
            && !(h + 1..t).any(|k| self.trigger_at(k, t).is_some_and(|x| self.lex.patterns[x.pattern as usize].flags.speech))
    }

    fn conditional(&self, t: usize, s_start: usize) -> bool {
        (s_start..t)
            .rev()
            .take_while(|&k| !self.an.is_punct(k, "،") && !self.an.is_punct(k, ","))
            .any(|k| self.has(k, Particle::Conditional))
    }

    /// A word of fear, risk or prevention at most five tokens before `t`,
    /// or a modal at most three ("يمكن أن تستهدف", "يجب أن تنسحب"), with no
    /// punctuation between.
    fn hypothetical(&self, t: usize, s_start: usize) -> bool {
        (t.saturating_sub(5).max(s_start)..t)
            .rev()
            .take_while(|&k| self.an.is_word(k))
            .any(|k| self.has(k, Particle::Hypothetical) || (t - k <= 3 && self.has(k, Particle::Modal)))
    }

    /// "قد تطرد لندن دبلوماسيين روسا": قد before an imperfect is "may" (before
    /// a perfect, "وقد أعلن", it is "has").
    fn may(&self, t: &Trigger, s_start: usize) -> bool {
        !t.noun
            && t.tok > s_start
            && strip_conj(self.an.folded(t.tok - 1)) == "قد"
            && self
                .lex
                .verb_forms(strip_conj(self.an.folded(t.tok)))
                .iter()
                .any(|f| f.pattern == t.pattern && f.tense == crate::lexicon::Tense::Present)
    }

    fn intent(&self, t: usize, s_start: usize) -> bool {
        (t.saturating_sub(3).max(s_start)..t).any(|k| self.has(k, Particle::Future) || self.has(k, Particle::Intent))
    }

    fn after_preposition(&self, a: &Actor) -> bool {
        a.prep.is_some() || (a.start > 0 && is_preposition(self.an.folded(a.start - 1)) && !self.partitive(a.start - 1))
    }

    /// Whether the word before the noun at `tok` (dates and adverbs
    /// skipped) is a verb of occurring that reports it: "خرجت", "اندلعت",
    /// "انطلقت", "تجددت", "عمت", "تواصلت".
    fn occurring_before(&self, tok: usize, s_start: usize) -> bool {
        let mut k = tok;
        while k > s_start && (self.date_tok[k - 1] || self.has(k - 1, Particle::Adverb)) {
            k -= 1;
        }
        k > s_start
            && self.an.is_word(k - 1)
            && matches!(
                strip_conj(self.an.folded(k - 1)),
                "خرجت"
                    | "اندلعت"
                    | "اندلع"
                    | "انطلقت"
                    | "انطلق"
                    | "تجددت"
                    | "تجدد"
                    | "عمت"
                    | "تواصلت"
                    | "تواصل"
                    | "استمرت"
                    | "استمر"
                    | "اجتاحت"
                    | "جرت"
            )
    }

    /// Whether token `k` is a number, in figures or words, or a quantity
    /// word ([`Coder::quantity`]).
    fn number_at(&self, k: usize) -> bool {
        self.quantity(k) || self.numeral_at(k)
    }

    /// Whether token `k` counts people an act of force falls on: a number
    /// ("ثلاثة قضاة") or a quantity ("عدد من", "بعض"), not a word that names
    /// a group that acts ("مجموعة مسلحة", "وفد").
    fn count_at(&self, k: usize) -> bool {
        self.numeral_at(k)
            || (self.an.is_word(k)
                && self.has(k, Particle::Quantifier)
                && !matches!(strip_conj(self.an.folded(k)), "مجموعه" | "مجموعات" | "وفد" | "وفدا" | "وفود"))
    }

    /// Whether token `k` is a number, in figures or words ("ثلاثة",
    /// "ألفي", "عشرات"), not a quantity word ("مجموعة", "بعض").
    fn numeral_at(&self, k: usize) -> bool {
        self.an.tokens.get(k).is_some_and(|t| t.kind == crate::text::TokenKind::Number)
            || (self.an.is_word(k)
                && (crate::mentions::is_number_word(self.an.folded(k))
                    || matches!(
                        strip_conj(self.an.folded(k)),
                        "الف"
                            | "الفا"
                            | "الفي"
                            | "الفين"
                            | "مئه"
                            | "مائه"
                            | "مئتي"
                            | "مائتي"
                            | "مئتين"
                            | "مائتين"
                            | "عشرين"
                            | "ثلاثين"
                            | "اربعين"
                            | "خمسين"
                    )))
    }

    /// The first token from `k` on that is no date and no adverb.
    fn past_dates_and_adverbs(&self, mut k: usize, s_end: usize) -> usize {
        while k < s_end && (self.date_tok[k] || self.has(k, Particle::Adverb)) {
            k += 1;
        }
        k
    }

    /// Whether a crowd named by its size alone follows `k` (dates and
    /// adverbs skipped): "الآلاف", "مئات", "عشرات الآلاف", "300".
    fn crowd_after(&self, k: usize, s_end: usize) -> bool {
        let mut k = self.past_dates_and_adverbs(k, s_end);
        let crowd = |k: usize| {
            self.an.tokens[k].kind == crate::text::TokenKind::Number
                || (self.an.is_word(k)
                    && matches!(
                        strip_conj(self.an.folded(k)),
                        "الاف" | "الالاف" | "الوف" | "الالوف" | "مئات" | "المئات" | "عشرات" | "العشرات" | "ملايين" | "الملايين"
                    ))
        };
        let start = k;
        while k < s_end && crowd(k) {
            k += 1;
        }
        // (not a crowd whose people are named: "عشرات الرياضيين الإيرانيين",
        // "الآلاف من المتظاهرين": the subject is found as such)
        let named = |k: usize| self.actor_starting(k).is_some_and(|a| self.actors[a].code.is_some());
        k > start && (k >= s_end || !(named(k) || (self.an.is_word(k) && self.an.folded(k) == "من" && named(k + 1))))
    }

    /// Whether token `k` is the "من" of a quantity ("الآلاف من المتظاهرين",
    /// "عدد من الشبان", "300 من العمال"): the noun after it is the head of
    /// the phrase, not a preposition's object.
    fn partitive(&self, k: usize) -> bool {
        k > 0
            && self.an.is_word(k)
            && self.an.folded(k) == "من"
            && (self.has(k - 1, Particle::Quantifier) || self.an.tokens[k - 1].kind == crate::text::TokenKind::Number)
    }

    /// Actors coordinated with `first` ("روسيا والولايات المتحدة").
    fn coordinated(&self, first: usize) -> Vec<usize> {
        let mut out = vec![first];
        let mut last = first;
        loop {
            let end = self.actors[last].end;
            let next = self
                .actor_starting(end)
                .or_else(|| if self.an.is_punct(end, "،") { self.actor_starting(end + 1) } else { None });
            match next {
                Some(n) if self.actors[n].conj && !out.contains(&n) => {
                    out.push(n);
                    last = n;
                }
                _ => return out,
            }
        }
    }

    /// Whether the verb group starting at `k` (the verb at `verb`, or a
    /// particle before it) carries the conjunction و: "واتهمت", "ولم يتهم",
    /// "وسيرد". A verb that is itself a word beginning with و ("وصل",
    /// "وافق") carries none. (Not ف, which also opens the answer to أما
    /// after its subject: "أما رئيس الوزراء فقال".)
    fn opens_with_conjunction(&self, k: usize, verb: usize) -> bool {
        let w = self.an.folded(k);
        let rest = strip_conj(w);
        if rest.len() == w.len() {
            return false;
        }
        if k < verb {
            return true;
        }
        let is_verb = |f: &str| !self.lex.verb_forms(f).is_empty() || f.strip_prefix('س').is_some_and(|r| !self.lex.verb_forms(r).is_empty());
        !is_verb(w) && is_verb(rest)
    }

    /// Whether actor `a` right after the verb of appeal `t`, which opens
    /// with و, is followed by what it is called to (إلى, على, بـ or لـ with
    /// a noun): "ودعا الحكومة العراقية إلى", "وحث دول الاتحاد على".
    fn addressee_after(&self, t: &Trigger, a: usize) -> bool {
        let p = &self.lex.patterns[t.pattern as usize];
        let actor = &self.actors[a];
        let e = actor.end;
        !t.noun
            && p.code.as_deref().is_some_and(|c| c.starts_with("02"))
            && self.opens_with_conjunction(t.tok, t.tok)
            && (actor.start == t.end || actor.start == t.tok + 1)
            && actor.prep.is_none()
            && e < self.an.tokens.len()
            && self.an.is_word(e)
            && (matches!(self.an.folded(e), "الي" | "علي") || self.an.readings(e).iter().any(|r| matches!(r.prep, Some('ب' | 'ل'))))
    }

    /// The explicit subject of the trigger: the actor right before it (SVO),
    /// else the first free actor after it (VSO).
    fn explicit_subject(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<usize> {
        // "غابرييل، الذي اتهم المملكة باحتجاز ...": the antecedent of the
        // relative pronoun before the verb, not the actor after it
        if !t.noun && t.tok > s_start && is_relative(self.an.folded(t.tok - 1)) && !self.verb_with_object_pronoun(t.tok) {
            if let Some(a) = self.relative_subject(t.tok, s_start) {
                return Some(a);
            }
            // (the antecedent is the subject even when it is no actor: what
            // follows the verb is its object, "الحملة التي تستهدف النظام
            // الإيراني"; unless a pronoun later in the clause takes the
            // antecedent back, and the subject follows the verb: "المنطقة
            // التي تسيطر عليها الفصائل", "التي سيطرت القوات التركية عليها",
            // "الذي يقول مسؤولون أتراك إنه قتل")
            // (past dates and names set off by commas or quotation marks:
            // "التي أعلن الرئيس الأمريكي، دونالد ترامب، الثلاثاء، عن تعيينها")
            // (a kin or a belonging joined by و to an actor takes that actor
            // back, not the antecedent: "الهجوم الذي استهدف العميل الروسي
            // وابنته")
            let resumed = (t.tok + 1..(t.end + 12).min(s_end))
                .any(|k| self.an.is_word(k) && self.pronoun_suffixed(k) && !(self.an.folded(k).starts_with('و') && self.actor_ending(k).is_some()));
            if !resumed {
                return None;
            }
        }
        // an event noun right before the verb is its subject: "تفجيرا
        // استهدف دبابة"
        if self.event_noun_subject_before(t) {
            return None;
        }
        // a participle of circumstance goes on from its clause's subject:
        // the actor right before it ends that clause ("اعتصم العمال أمام مبنى
        // البلدية مطالبين الوزير"), and what follows it is its object
        // ("..., مطالبين الرئيس بالعدول")
        if !t.noun && self.lex.patterns.get(t.pattern as usize).is_some_and(|p| p.flags.participle) {
            return None;
        }
        // SVO: an actor ending at the trigger (a negation or future particle,
        // a pronoun of emphasis, an adverb that is no date or the قد of a
        // past perfect may sit between: "الأكراد أنفسهم سيطلبون", "الحوثيين
        // أيضا أطلقوا", "وكانت الحكومة قد أعلنت")
        let mut k = t.tok;
        while k > s_start
            && (self.has(k - 1, Particle::Negation)
                || self.has(k - 1, Particle::Future)
                || self.word_is(k - 1, Particle::Emphasis)
                || (self.has(k - 1, Particle::Adverb) && !self.date_tok[k - 1])
                || (!t.noun && self.an.is_word(k - 1) && matches!(self.an.folded(k - 1), "قد" | "لقد"))
                // (and the mark that opens a direct quote the verb begins,
                // after an actor that opens its sentence or follows a
                // complementiser: "إن القوات الأمريكية \"قتلت عشرات
                // المسلحين\""; not the speaker, "وقال المدير \"استهدفت القوات")
                || (!t.noun && self.opens_quote_of(k - 1, t.tok) && self.clause_subject_ending(k - 1, s_start)))
        {
            k -= 1;
        }
        // (a verb group with a conjunction opens a clause of its own: the
        // actor before it ends the clause before, "وقتل ... 21 فلسطينيا
        // واتهمت إسرائيل المتظاهرين")
        if k > s_start && !(!t.noun && self.opens_with_conjunction(k, t.tok)) {
            if let Some(a) = self
                .actor_ending(k)
                .filter(|&i| self.actors[i].is_actor() && !self.actors[i].modifier)
                .or_else(|| if t.noun { None } else { self.apposition_before(k, s_start) })
            {
                let head = self.coordination_head(a);
                // (people counted before a verb of coercion or force are
                // mostly the subject of an unvocalised passive, its victims:
                // "لكن 14 شخصا قتلوا جراءه", "خمسة أشخاص اعتقلوا")
                // (only a verb whose passive is spelt as its active, and with
                // no object after it: "ثلاثة مسلحين هاجموا مركزا" did it)
                let start = self.actors[head].start;
                let counted = !t.noun
                    && start > 0
                    && self.count_at(start - 1)
                    && self
                        .lex
                        .patterns
                        .get(t.pattern as usize)
                        .is_some_and(|p| p.code.as_deref().and_then(|c| c.get(..2)).is_some_and(|r| ("17".."21").contains(&r)) && unmarked_passive(p))
                    && self.actor_starting(t.end).is_none();
                // (a verb whose object pronoun takes back the actor before it,
                // with its own subject after it: "ثلاثة أسرى بريطانيين
                // يحتجزهم هذا التحالف")
                let resumed = !t.noun
                    && self.verb_with_object_pronoun(t.tok)
                    && self.actor_starting(t.end).is_some_and(|b| {
                        let after = &self.actors[b];
                        after.is_actor() && !self.after_preposition(after) && self.an.readings(after.start).iter().all(|r| r.prep.is_none())
                    });
                // (an event noun after the subject of a verb of speech that
                // says what the noun is, "بأنه", is what that verb speaks of:
                // "ووصف مصدر في الخارجية الروسية الضربات الجوية بأنها عدوان";
                // not "أعلن ترامب انسحاب بلاده")
                let spoken_of = t.noun
                    && start > s_start
                    && !self.lex.patterns[t.pattern as usize].flags.speech
                    && self
                        .trigger_at(start - 1, s_end)
                        .is_some_and(|v| !v.noun && self.lex.patterns[v.pattern as usize].flags.speech)
                    && (t.end..(t.end + 4).min(s_end))
                        .take_while(|&j| self.an.is_word(j))
                        .any(|j| strip_conj(self.an.folded(j)).starts_with("بان"));
                // (an actor right after a verb whose object pronoun takes
                // back a noun before it is that verb's subject, in a clause
                // that describes the noun: the noun does the verb after it,
                // "فصائل تدعمها تركيا سيطرت على المدينة", also after a
                // relative pronoun; no actor when the noun is none)
                // (not a plural verb, which agrees with the actor and says
                // what it does, "اقتحمها متظاهرون يحتجون"; after a relative
                // pronoun only when the antecedent is an actor, "التحالف
                // الذي تقوده السعودية" otherwise stays Saudi Arabia's)
                // (a ة is no pronoun: "قوات تابعة للأمن ألقت القبض")
                if !t.noun
                    && !t.plural
                    && start > s_start + 1
                    && self.an.is_word(start - 1)
                    && !self.ends_in_ta_marbuta(start - 1)
                    && self.verb_with_object_pronoun(start - 1)
                {
                    let w = start - 1;
                    if w > s_start && is_relative(self.an.folded(w - 1)) {
                        if let Some(a) = self.relative_subject(w, s_start) {
                            return Some(a);
                        }
                    } else {
                        return self
                            .actor_ending(w)
                            .filter(|&i| self.actors[i].is_actor() && !self.actors[i].modifier)
                            .map(|i| self.coordination_head(i));
                    }
                }
                // (nor the one a passive spelt as its active was done to,
                // a share of a group: "مئات من المتشددين أجبروا على الفرار")
                let passive = !t.noun
                    && start > 1
                    && self.an.is_word(start - 1)
                    && strip_conj(self.an.folded(start - 1)) == "من"
                    && (self.count_at(start - 2) || self.partitive(start - 2) || self.number_at(start - 2) || self.has(start - 2, Particle::Quantifier))
                    && {
                        let j = self.past_dates_and_adverbs(t.end, s_end);
                        j < s_end && self.passive_before_preposition(t, j)
                    };
                if !counted
                    && !passive
                    && !resumed
                    && !spoken_of
                    && !self.after_preposition(&self.actors[head])
                    && !(t.noun && self.complement_of_verb_before(head, t.tok, s_end))
                {
                    return Some(head);
                }
            }
        }
        // a verb right after "أنها" has the pronoun as its subject, and what
        // follows is its object: "أفادت المنظمة أنها رحلت نحو 1500 مهاجر"
        // (not "أنه", which is as often the pronoun of the matter: "أعلن
        // أنه سيزور الرئيس دمشق")
        if !t.noun && t.tok > s_start && self.an.is_word(t.tok - 1) && matches!(strip_conj(self.an.folded(t.tok - 1)), "انها" | "بانها" | "لانها")
        {
            return None;
        }
        // "وكان السفير الروسي في لندن ألكسندر ياكوفنكو قد صرح": a subject
        // that ends before قد opens right after كان; none when that is no
        // actor ("وكانت أوساط مقربة من ماكرون قد قالت")
        if !t.noun && self.subject_before_qad(t.tok) {
            let qad = t.tok - 1;
            let kana = (qad.saturating_sub(12).max(s_start)..qad)
                .rev()
                .take_while(|&j| !self.is_verb(j) || is_kana(strip_conj(self.an.folded(j))))
                .find(|&j| self.an.is_word(j) && is_kana(strip_conj(self.an.folded(j))))?;
            return self
                .actor_starting(kana + 1)
                .filter(|&a| self.actors[a].is_actor() && !self.actors[a].modifier && self.actors[a].prep.is_none())
                .map(|a| self.coordination_head(a));
        }
        // a headline's subject with its name set off by commas: "وزير
        // الخارجية البريطاني، جيريمي هانت، يحث السعودية" (the sentence
        // opens with the actors and commas only)
        if !t.noun
            && t.tok > s_start + 1
            && (self.an.is_punct(t.tok - 1, "،") || self.an.is_punct(t.tok - 1, ","))
            && (s_start..t.tok).all(|j| self.covered_at(j) || self.an.is_punct(j, "،") || self.an.is_punct(j, ","))
            && !(self.an.is_word(s_start) && is_preposition(self.an.folded(s_start)))
        {
            if let Some(a) = self.actor_starting(s_start).filter(|&a| self.actors[a].is_actor() && !self.actors[a].modifier) {
                return Some(a);
            }
        }
        // VSO: the subject follows the verb, after at most dates, adverbs
        // and commas ("استقبل الرئيس ...", "أعلن، أمس، وزير ...")
        // (the pattern's literal words may come after the subject: "أدان
        // الوزير بشدة")
        if self.owned_noun(t) || self.noun_subject_before(t) {
            return None;
        }
        // (a verb in the first person has its subject in itself, the one
        // who speaks: what follows is its object, "ندعو إيران إلى وقف العنف")
        if !t.noun && t.first_plural {
            return None;
        }
        let mut k = t.tok + 1;
        let mut head_skipped = false;
        // a crowd without a country ("المتظاهرون", "آلاف الأشخاص") is the usual
        // subject of a protest, also before the pattern's literal words
        // ("تظاهر آلاف الأشخاص ... احتجاجا على")
        let code = self.lex.patterns.get(t.pattern as usize).and_then(|p| p.code.as_deref()).unwrap_or("");
        let protest = code.starts_with("14");
        // a word between a protest verb and its pattern's later literal
        // words that is none of them is the subject, even when it names no
        // actor: the actor after the literal words is their object ("تجمع
        // نحو أربعين شخصا أمام مقر رئيس الوزراء")
        let mut gap_noun = false;
        let mut counted = false;
        let mut numbered = false;
        if self.unnamed_subject_in_pattern(t) {
            return None;
        }
        while k < s_end && k < t.end + SUBJECT_WINDOW {
            // (what follows a verb whose suffix holds its subject is its
            // object: "وراحوا يهاجمون رئيس الوزراء"; a crowd among the
            // pattern's words is still the subject: "خرجوا متظاهرين")
            if k == t.end && (gap_noun || t.plural) {
                return None;
            }
            // (the one a report is attributed to is not its doer: "قتل
            // ثمانية مدنيين في الغارات السبت بحسب المرصد")
            if k >= t.end && self.has(k, Particle::AccordingTo) {
                return None;
            }
            // (an actor right after the pattern's last literal word, a noun
            // in the construct, is that noun's genitive: "وهدد باستهداف
            // المملكة العربية السعودية" threatens the kingdom)
            if k == t.end && !t.noun && self.construct_literal_before(t) {
                return None;
            }
            // (a role named without a country before a more specific actor,
            // both before the pattern's literal words, is not the subject:
            // "أمهل المجلس العسكري الحاكم في النيجر السفير")
            if k < t.end
                && !protest
                && self.actor_starting(k).is_some_and(|a| {
                    self.actors[a].vague
                        && !self.actors[a].both_sides
                        && (self.actors[a].end..t.end).any(|j| self.actor_starting(j).is_some_and(|b| !self.actors[b].vague && !self.holds_literal(t, b)))
                })
            {
                k += 1;
                continue;
            }
            if let Some(a) = self.actor_starting(k) {
                // an actor made of the pattern's own words is its object:
                // "إنها استدعت السفير الفرنسي" (pattern "استدعى السفير")
                if k < t.end && !protest && self.holds_literal(t, a) {
                    k = self.actors[a].end;
                    continue;
                }
                // a nisba noun may be the subject right after the verb ("قال
                // مسؤول أميركي") but nowhere else
                // (a verb spelt as a preposition does not govern the actor
                // after it: "وعبر لافروف عن قلقه", "بين الوزير أن")
                let governed = if !t.noun && self.actors[a].start == t.tok + 1 {
                    self.actors[a].prep.is_some()
                } else {
                    self.after_preposition(&self.actors[a])
                };
                if governed || (self.actors[a].modifier && k > t.end) {
                    return None;
                }
                // (a plural or dual in the oblique case right after a verb is
                // its object, not its subject, which would be "-ون" or "-ان":
                // "استهدفت صحفيين", "قتلت وستقتل الإرهابيين"; not after a
                // number or a construct head, whose noun is in the genitive,
                // nor after a verb spelt as its masdar)
                if !t.noun
                    && !numbered
                    && !head_skipped
                    && takes_direct_object(&self.lex.patterns[t.pattern as usize])
                    && self.actors[a].kind != crate::mentions::PER
                    && oblique_plural(self.an.folded(k))
                    && !self.bare_triliteral(t)
                {
                    return None;
                }
                // (a share of a group after a verb of coercion or force is
                // mostly the subject of an unvocalised passive, its victims:
                // "قتل عدد من المسلحين", "اعتقل العشرات من المحتجين")
                if self.actors[a].start > 0 && self.partitive(self.actors[a].start - 1) && matches!(code.get(..2), Some("17" | "18" | "19" | "20")) {
                    return None;
                }
                if t.noun {
                    // (an actor among the words of a noun that takes its
                    // target as its object is that target: "إحالة راهبين إلى
                    // المحاكمة")
                    if k > t.tok && k < t.end && self.lex.patterns[t.pattern as usize].targets.contains(&TargetMarker::Object) {
                        return None;
                    }
                    // (people counted after an act of coercion or force are
                    // its victims: "محاولة لقتل ثلاثة قضاة", "مقتل خمسة
                    // جنود", "اعتقال 21 فلسطينيا")
                    if counted && matches!(code.get(..2), Some("17" | "18" | "19" | "20")) {
                        return None;
                    }
                    return (k != t.end || !self.patient_genitive(t, a)).then_some(a);
                }
                // (a verb agrees in gender with a subject right after it: a
                // masculine verb does not take a feminine noun there, which
                // is its object, "مقابلة انتقد فيها السلطات", "اتهم الحكومة")
                if self.feminine_after(t, a) && self.masculine_verb(t) {
                    return None;
                }
                // (a building is where an act of force went, not who did
                // it: "اقتحم بعضهم مبنى البرلمان"; an embassy still speaks)
                if self.building(a) && matches!(code.get(..2), Some("17" | "18" | "19" | "20")) {
                    return None;
                }
                return Some(self.member_of(a));
            }
            // a share of those named before, with their pronoun, is the
            // subject: "واقتحم بعضهم مبنى البرلمان", "وقال أحدهم"
            if !t.noun && k == t.tok + 1 && self.an.is_word(k) && {
                let w = strip_conj(self.an.folded(k));
                ["بعض", "احد", "كل", "جميع", "معظم", "غالبيت", "اغلب"]
                    .iter()
                    .any(|q| w.strip_prefix(q).is_some_and(|r| matches!(r, "هم" | "هن" | "هما" | "ها")))
            } {
                return None;
            }
            if protest && k < t.end && !gap_noun && self.gap_noun(t, k) {
                gap_noun = true;
            }
            if k >= t.end && self.count_at(k) {
                counted = true;
            }
            if self.number_at(k) || self.has(k, Particle::Quantifier) {
                numbered = true;
            }
            if k < t.end
                || self.date_tok[k]
                || self.has(k, Particle::Adverb)
                // ("أكثر من 80 مدنيا")
                || (k > 0 && self.has(k - 1, Particle::Quantifier) && self.an.is_word(k) && self.an.folded(k) == "من")
                || self.an.is_punct(k, "،")
                || self.an.is_punct(k, ",")
                // (a hashtag's mark before the subject: "قررت #تركيا")
                || (self.an.is_punct(k, "#") && k + 1 < s_end && self.an.is_word(k + 1))
                // (numbers and quantities, "ألفي شخص", "عشرات"; and "نحو"
                // before a number is "about": "نحو ألف متظاهر")
                || self.number_at(k)
                || (self.an.is_word(k) && self.an.folded(k) == "نحو" && self.number_at(k + 1))
            {
                k += 1;
                continue;
            }
            // the head of a construct whose owner is an actor: "زعيم جماعة
            // أنصار الله", "كبير مفاوضي جماعة الحوثي" (the head has no
            // article and is not a preposition)
            let head = |j: usize| j < s_end && self.construct_head(j);
            let owned = |j: usize| self.actor_starting(j).is_some_and(|a| self.actors[a].prep.is_none());
            if !head_skipped && head(k) {
                // (not a place adverb: "انفجرت سيارة مفخخة قرب مبنى وزارة ...",
                // "زرع عبوات ناسفة وسط الحشود")
                let adverb = is_place_adverb(self.an.folded(k));
                if !adverb && owned(k + 1) {
                    head_skipped = true;
                    k += 1;
                    continue;
                }
                if !adverb && head(k + 1) && owned(k + 2) {
                    head_skipped = true;
                    k += 2;
                    continue;
                }
            }
            return None;
        }
        None
    }

    /// "وكان الرئيس التركي، رجب طيب أردوغان، قد تعهد": a name set off by
    /// commas after a title of the same actor, ending right before `k`; the
    /// name is the subject of the verb after it.
    fn apposition_before(&self, k: usize, s_start: usize) -> Option<usize> {
        let comma = |j: usize| self.an.is_punct(j, "،") || self.an.is_punct(j, ",");
        if k < s_start + 2 || !comma(k - 1) {
            return None;
        }
        let name = self.actor_ending(k - 1).filter(|&b| self.actors[b].is_actor() && !self.actors[b].modifier)?;
        let start = self.actors[name].start;
        if start < s_start + 2 {
            return None;
        }
        // (or the subject of a reported clause, set off from its verb by a
        // comma: "أعلن مسؤولون أن الولايات المتحدة، تدرس إرسال سفينة")
        if self.has(start - 1, Particle::Report) && !self.has(start - 1, Particle::PronounSpeaker) {
            return Some(name);
        }
        if !comma(start - 1) {
            return None;
        }
        let title = self
            .actor_ending(start - 1)
            .filter(|&a| self.actors[a].is_actor() && !self.actors[a].modifier)?;
        (self.actors[title].code.is_some() && self.actors[title].code == self.actors[name].code).then_some(name)
    }

    /// Where a verb's object starts: after dates, adverbs, the commas that
    /// set dates off, "عن" ("أعلن، الخميس، عن ...") and a place.
    fn object_start(&self, mut k: usize, s_end: usize) -> usize {
        let an = self.an;
        while k < s_end
            && (self.date_tok[k]
                || self.has(k, Particle::Adverb)
                || ((an.is_punct(k, "،") || an.is_punct(k, ",")) && self.date_comma(k))
                || (an.is_word(k) && an.folded(k) == "عن"))
        {
            k += 1;
        }
        // and who leads the subject: "أعلن التحالف بقيادة السعودية وقف ..."
        if k + 1 < s_end && an.is_word(k) && matches!(an.folded(k), "بقياده" | "برئاسه" | "بزعامه") {
            if let Some(a) = self.actor_starting(k + 1) {
                return self.object_start(self.actors[a].end, s_end);
            }
        }
        // and a place it is done from: "أعلن ترامب من العاصمة السعودية قراره ..."
        if k + 1 < s_end && an.is_word(k) && matches!(an.folded(k), "من" | "في") {
            let place = (k + 1..(k + 3).min(s_end))
                .take_while(|&j| self.an.is_word(j))
                .find_map(|j| self.actor_starting(j))
                .filter(|&a| self.actors[a].place_only || self.actors[a].kind == crate::mentions::GPE);
            if let Some(a) = place {
                return self.object_start(self.actors[a].end, s_end);
            }
        }
        k
    }

    /// Whether token `k` (a comma) sits next to a date.
    fn date_comma(&self, k: usize) -> bool {
        self.date_tok.get(k + 1).copied().unwrap_or(false) || (k > 0 && self.date_tok[k - 1])
    }

    /// Whether token `k`, inside the trigger's span, is a word of its own
    /// (a noun or a quantity standing for one, "العشرات"; not one of the
    /// pattern's literal words nor a date, adverb or preposition).
    fn gap_noun(&self, t: &Trigger, k: usize) -> bool {
        let Some(p) = self.lex.patterns.get(t.pattern as usize) else { return false };
        k > t.tok
            && self.an.is_word(k)
            && !self.date_tok[k]
            && !self.has(k, Particle::Adverb)
            && !is_preposition(self.an.folded(k))
            && !self.an.readings(k).iter().any(|r| p.literals.iter().any(|lit| literal_matches(r.key, lit)))
    }

    /// "وطالب المجلس إسرائيل بوقف الاستيطان": a definite noun right after
    /// the verb, before the pattern's later literal words, that names no
    /// actor is the verb's subject, and the actor after it its object.
    fn unnamed_subject_in_pattern(&self, t: &Trigger) -> bool {
        let k = t.tok + 1;
        !t.noun
            && k < t.end
            && !self.lex.patterns.get(t.pattern as usize).is_some_and(|p| p.code.as_deref().is_some_and(|c| c.starts_with("14")))
            && !self.covered_at(k)
            && self.particles.get(k).is_none_or(|&b| b == 0)
            && self.gap_noun(t, k)
            && self.an.readings(k).iter().any(|r| r.article && r.prep.is_none())
            && self.lex.word_kind(strip_conj(self.an.folded(k))).is_none()
            // (and the actor right after it can be no adjective nor name in
            // apposition of it: no article, no person, "الممثلة الإباحية
            // ستورمي دانيلز", "المهاجمون الإرهابيون")
            && k + 1 < t.end
            && self.actor_starting(k + 1).is_some_and(|a| self.actors[a].is_actor() && !self.actors[a].is_person())
            && !self.an.readings(k + 1).iter().any(|r| r.article)
    }

    /// Whether one of the trigger's literal words lies inside this actor.
    fn holds_literal(&self, t: &Trigger, a: usize) -> bool {
        let Some(p) = self.lex.patterns.get(t.pattern as usize) else { return false };
        let actor = &self.actors[a];
        (actor.start..actor.end.min(t.end)).any(|j| self.an.readings(j).iter().any(|r| p.literals.iter().any(|lit| literal_matches(r.key, lit))))
    }

    /// Whether a feminine verb follows right after an indefinite noun that
    /// names no actor, and so opens a clause that describes it, with that
    /// noun as its subject: "ألقى الجيش منشورات تحذر سكان غزة", "انفجرت
    /// سيارة استهدفت موكبا". (Feminine nouns and plurals of things end in
    /// ة or ات; the verb agrees with them.)
    fn noun_subject_before(&self, t: &Trigger) -> bool {
        if t.noun || t.tok == 0 {
            return false;
        }
        let k = t.tok - 1;
        if self.subject_before_qad(t.tok) {
            return true;
        }
        if !self.an.is_word(k)
            || self.covering[k].is_some()
            || self.particles.get(k).is_some_and(|&b| b != 0)
            || self.date_tok[k]
            || self.is_verb(k)
            || self.lex.word_kind(self.an.folded(k)).is_some()
        {
            return false;
        }
        // (as written: a final ة, not the pronoun ه of "قواته تحاصر")
        let w = strip_conj(self.an.folded(k));
        let raw = self.an.raw(k).trim_end_matches(|c: char| !c.is_alphabetic());
        let noun = w.chars().count() >= 4 && !w.starts_with("ال") && (raw.ends_with("ات") || raw.ends_with('ة')) && !is_preposition(w) && !is_relative(w);
        let verb = strip_conj(self.an.folded(t.tok));
        // (a pronoun that takes the noun back makes it the verb's object or
        // complement, and the subject follows: "أزمة تعتبرها الأمم المتحدة
        // الأسوأ", "مناطق تسيطر عليها القوات الحكومية")
        let resumed = self.verb_with_object_pronoun(t.tok)
            || (t.tok + 2 < self.an.tokens.len()
                && self.an.is_word(t.tok + 1)
                && matches!(
                    self.an.folded(t.tok + 1),
                    "عليها" | "فيها" | "لها" | "بها" | "منها" | "عليه" | "فيه" | "له" | "به" | "منه"
                )
                && self.actor_starting(t.tok + 2).is_some());
        noun && !resumed && (verb.starts_with('ت') || verb.ends_with('ت'))
    }

    /// Whether a verb trigger is written in the third person masculine
    /// singular: its line's perfect as written ("انتقد"), or an imperfect
    /// with ي ("يتهم"), after a conjunction.
    fn masculine_verb(&self, t: &Trigger) -> bool {
        if t.noun || t.plural || t.first_plural || t.passive {
            return false;
        }
        // (not a perfect that begins with ت, "توجه", spelt as the
        // feminine imperfect of another verb, nor one of three letters,
        // spelt as its masdar: "بعد قصف القوات الحكومية المعارضة")
        let w = strip_conj(self.an.folded(t.tok));
        w.starts_with('ي')
            || pattern_verb(&self.lex.patterns[t.pattern as usize]).is_some_and(|base| !base.starts_with('ت') && base.chars().count() > 3 && base == w)
    }

    /// Whether actor `a` starts right after the verb (or after فيه/فيها,
    /// which take back what the clause describes: "انتقد فيها السلطات") with a
    /// noun that is feminine as written, ة or ات, and names no person: the
    /// verb's object when the verb is masculine.
    fn feminine_after(&self, t: &Trigger, a: usize) -> bool {
        let actor = &self.actors[a];
        let right_after =
            actor.start == t.tok + 1 || (actor.start == t.tok + 2 && self.an.is_word(t.tok + 1) && matches!(self.an.folded(t.tok + 1), "فيها" | "فيه"));
        if !right_after || actor.kind == crate::mentions::PER || actor.prep.is_some() || self.number_at(actor.start) || self.count_at(actor.start) {
            return false;
        }
        // (a ة of five letters or more: four are as often the broken
        // plural of people, "القادة", "القضاة", with whom a verb agrees
        // either way)
        let raw = self.an.raw(actor.start).trim_end_matches(|c: char| !c.is_alphabetic());
        let bare = crate::text::strip_article(strip_conj(self.an.folded(actor.start)));
        // (nor the plural of people "فعالِلة": "القراصنة", "الأساتذة"; not
        // a participle, "المعارضة")
        let people = bare.chars().count() == 6 && bare.chars().nth(2) == Some('ا') && !bare.starts_with('م');
        // (nor a noun of a man in ة whose nisba is masculine: "الداعية
        // الكويتي", "العلامة السعودي")
        let next = actor.start + 1;
        if actor.kind == crate::mentions::ROLE && next < actor.end && self.an.is_word(next) && {
            let f = self.an.folded(next);
            f.starts_with("ال") && f.ends_with('ي') && f.chars().count() >= 5
        } {
            return false;
        }
        (raw.ends_with("ات") && bare.chars().count() >= 4) || (self.ends_in_ta_marbuta(actor.start) && bare.chars().count() >= 5 && !people)
    }

    /// "أصدر المجلس بيانا طالب فيه إسرائيل بوقف الاستيطان": a verb right
    /// after an indefinite noun, with فيه/فيها after it, opens a clause that
    /// describes the noun (a statement, a speech, a letter): its subject is
    /// the one who made the noun, and the actor after فيه its object.
    fn describes_noun_before(&self, t: &Trigger, s_start: usize) -> bool {
        if t.noun || t.tok <= s_start || t.tok + 1 >= self.an.tokens.len() || !self.an.is_word(t.tok + 1) {
            return false;
        }
        if !matches!(self.an.folded(t.tok + 1), "فيه" | "فيها" | "فيهما" | "فيهم") && !self.event_noun_subject_before(t) {
            return false;
        }
        let k = t.tok - 1;
        // (a noun of hearsay may be the statement: "تقريرا اتهمت فيه")
        self.an.is_word(k)
            && !self.covered_at(k)
            && !self.date_tok[k]
            && self.particles.get(k).is_none_or(|&b| b == 0 || self.has(k, Particle::Hearsay))
            && !self.is_verb(k)
            && !is_preposition(strip_conj(self.an.folded(k)))
            && !is_relative(self.an.folded(k))
            && !self.an.readings(k).iter().any(|r| r.article)
    }

    /// Whether a masculine verb follows right after an indefinite event or
    /// hearsay noun that names no actor, which is then its subject: "تفجيرا
    /// استهدف دبابة", "قرار يدعو الولايات المتحدة", "تقريرا اتهم الحكومة".
    /// (Its maker may do it through the noun: [`Coder::statement_maker`].)
    fn event_noun_subject_before(&self, t: &Trigger) -> bool {
        if t.noun || t.tok == 0 {
            return false;
        }
        let k = t.tok - 1;
        if !self.an.is_word(k) || self.covering[k].is_some() || self.date_tok[k] || self.ends_in_ta_marbuta(k) || self.pronoun_suffixed(k) {
            return false;
        }
        let w = strip_conj(self.an.folded(k));
        if self.an.readings(k).iter().any(|r| r.article) || w.ends_with("ات") || !self.masculine_verb(t) {
            return false;
        }
        let (_, s_end) = self.an.sentence_range(t.tok);
        self.has(k, Particle::Hearsay) || self.trigger_reading(k, s_end, false).is_some_and(|n| n.noun && n.end == t.tok)
    }

    /// The subject of a clause that describes a noun ([`Coder::describes_noun_before`]):
    /// the sentence's subject, or the actor after its opening verb, named
    /// before the noun, when the noun is that verb's object (no preposition
    /// governs it, no complementiser or other verb stands between): "نشر
    /// ترامب تغريدة قال فيها", not "جاءت في تعليق على تصريحات نفى فيها
    /// وزير الخارجية الإيراني" nor "تقرير تتهم فيه المنظمة".
    fn statement_maker(&self, t: &Trigger, s_start: usize, sentence_subject: Option<usize>) -> Option<usize> {
        if !self.describes_noun_before(t, s_start) {
            return None;
        }
        let noun = t.tok - 1;
        // (the noun, or the noun its adjective follows, governed by a
        // preposition or an adverb is no object: "بعد أسبوع دموي قتل فيه
        // الجيش")
        let governed = |k: usize| {
            self.an.is_word(k) && {
                let w = strip_conj(self.an.folded(k));
                is_preposition(w) || is_genitive_adverb(w) || self.has(k, Particle::Adverb)
            }
        };
        if (noun > s_start && governed(noun - 1)) || (noun > s_start + 1 && governed(noun - 2)) {
            return None;
        }
        let sj = sentence_subject.or_else(|| self.opening_subject(s_start, t.tok))?;
        // (a verb whose suffix holds a plural agrees with a plural: "قبلت
        // المحكمة دعوى أقامها سائقو تاكسي يطلبون فيها")
        if t.plural && !self.plural_actor(sj) {
            return None;
        }
        let end = self.actors[sj].end;
        (end <= noun
            && (end..noun)
                .all(|k| !self.complementiser(k) && !self.free_verb(k) && !((self.an.is_punct(k, "،") || self.an.is_punct(k, ",")) && !self.date_comma(k))))
        .then_some(sj)
    }

    /// "وكانت المفوضية السامية ... قد حثت إسرائيل": the قد of a verb ends its
    /// subject when a word that is no form of كان, no complementiser and no
    /// particle stands before it (dates and commas may sit between); what
    /// follows the verb is then its object. "وكانت قد حثت" and "وقد حثت"
    /// keep the subject after the verb.
    fn subject_before_qad(&self, verb: usize) -> bool {
        if verb < 2 || !self.an.is_word(verb - 1) || !matches!(self.an.folded(verb - 1), "قد" | "لقد") {
            return false;
        }
        let mut j = verb - 2;
        while j > 0 && (self.date_tok[j] || self.an.is_punct(j, "،") || self.an.is_punct(j, ",")) {
            j -= 1;
        }
        if !self.an.is_word(j) || self.date_tok[j] {
            return false;
        }
        let w = strip_conj(self.an.folded(j));
        w.chars().count() > 1
            && !is_kana(w)
            && !self.complementiser(j)
            && !is_relative(w)
            && !is_preposition(w)
            && self.particles.get(j).is_none_or(|&b| b == 0)
            && self.lex.word_kind(w).is_none()
            && !self.is_verb(j)
            && !self.pronoun_suffixed(j)
    }

    /// The subject is only in the verb's inflection when nothing that could
    /// be a subject follows it: a complementiser, a preposition, punctuation,
    /// an adverb or a date. "وأضاف المصدر أن" has a subject, just not an actor.
    fn subject_may_be_implicit(&self, t: &Trigger, s_end: usize) -> bool {
        if self.noun_subject_before(t) || self.unnamed_subject_in_pattern(t) || self.event_noun_subject_before(t) {
            return false;
        }
        // (a first person always is, in a quote: "ندعو إيران إلى وقف
        // العنف"; out of one, "ونصف مليون" is no verb)
        if !t.noun && t.first_plural {
            return self.quote_of[t.tok].is_some();
        }
        let mut k = t.tok + 1;
        // (and the rest of an object that holds the pattern's words: "استدعت السفير الفرنسي")
        let object_rest = |k: usize| self.covering[k].is_some_and(|a| self.actors[a as usize].start < t.end && self.holds_literal(t, a as usize));
        while k < s_end && (k < t.end || self.date_tok[k] || self.has(k, Particle::Adverb) || object_rest(k)) {
            k += 1;
        }
        if k >= s_end || !self.an.is_word(k) {
            return true;
        }
        if self.passive_before_preposition(t, k) {
            return false;
        }
        self.complementiser(k) || is_preposition(self.an.folded(k)) || self.actor_at[k].is_some()
    }

    /// Whether a verb of coercion or force whose passive is spelt as its
    /// active, with no object pronoun, has a preposition at `k` right after
    /// it (past dates and adverbs) and no object: it is the passive, whose
    /// subject is the one it was done to, "حين اعتقل في مطار الدار
    /// البيضاء", "أجبروا على الفرار". (Before its own preposition only a
    /// verb of the fourth form, which always takes an object: "اعتدى على",
    /// "ضغط على" take none, and "حرم من" may be either.)
    fn passive_before_preposition(&self, t: &Trigger, k: usize) -> bool {
        let p = &self.lex.patterns[t.pattern as usize];
        // (a pattern's literal words are its object: "ألقت القبض على",
        // "أطلقت القذائف على"; and a preposition that opens a date is no
        // argument: "أوقف في 23 تشرين الثاني عيتاني")
        if t.noun
            || !p.literals.is_empty()
            || !coercion_root(p)
            || self.verb_with_object_pronoun(t.tok)
            || !self.an.is_word(k)
            || self.date_tok.get(k + 1).copied().unwrap_or(false)
        {
            return false;
        }
        // (a word with the accusative's tanwin is the masdar: "أعلن حظراً على")
        if self.an.raw(t.tok).contains('\u{064B}') {
            return false;
        }
        let Some(verb) = pattern_verb(p) else { return false };
        let letters = verb.chars().count();
        let form_iv = letters == 4 && verb.starts_with('ا');
        if !(unmarked_passive(p) || form_iv) {
            return false;
        }
        // ("نحو" before a number is "about": "رحلت نحو 1500 مهاجر")
        let w = strip_conj(self.an.folded(k));
        if !is_preposition(w) || (w == "نحو" && self.number_at(k + 1)) {
            return false;
        }
        let own = p.targets.iter().any(|m| matches!(m, TargetMarker::Prep(x) if x == w));
        if own && !form_iv {
            return false;
        }
        // (and no object after the phrase of the preposition: "اعتقل في
        // الخليل خمسة فلسطينيين")
        let end = (k + 8).min(self.an.tokens.len());
        !(k + 1..end)
            .take_while(|&j| self.an.is_word(j) && !self.complementiser(j) && !self.is_verb(j))
            .any(|j| {
                self.actor_starting(j)
                    .is_some_and(|a| self.actors[a].prep.is_none() && !self.after_preposition(&self.actors[a]))
            })
    }

    /// Whether actor `a` names more than one: several coordinated, or a
    /// head word in a plural, sound ("المتظاهرون", "المسلحين", "القوات") or
    /// broken ("الأكراد", "الجنود", "القادة", "الأتراك"); never one person.
    fn plural_actor(&self, a: usize) -> bool {
        let actor = &self.actors[a];
        self.coordinated(a).len() >= 2
            || (!actor.is_person()
                && self
                    .an
                    .readings(actor.start)
                    .iter()
                    .any(|r| r.key.ends_with("ون") || r.key.ends_with("ين") || r.key.ends_with("ات") || self.lex.word_kind(r.key) == Some(Particle::Plural)))
    }

    /// The actor that replies in "ورد X قائلا" / "وعلق X، مضيفا": named right
    /// after a verb of replying (the `reply` particles) and ending right
    /// before the participle at `tok` (a comma may sit between).
    fn replier(&self, tok: usize, s_start: usize) -> Option<usize> {
        let mut end = tok;
        if end > s_start && (self.an.is_punct(end - 1, "،") || self.an.is_punct(end - 1, ",")) {
            end -= 1;
        }
        let a = self
            .actor_ending(end)
            .filter(|&a| self.actors[a].is_actor() && !self.actors[a].modifier && self.actors[a].prep.is_none())?;
        let start = self.actors[a].start;
        (start > s_start && self.word_is(start - 1, Particle::Reply)).then_some(a)
    }

    /// The actor right after a sentence's first word when that word may be
    /// a verb (no article, no function word, no preposition, no date) and
    /// the actor, no medium, ends before `before`: "وحسم وزير العدل السعودي
    /// ...".
    fn opening_subject(&self, s_start: usize, before: usize) -> Option<usize> {
        let first = s_start;
        let verb_like = self.an.is_word(first)
            && !self.an.readings(first).iter().any(|r| r.article || r.prep.is_some())
            && self.particles.get(first).is_none_or(|&b| b == 0)
            && self.lex.word_kind(strip_conj(self.an.folded(first))).is_none()
            && !self.date_tok[first]
            && !is_preposition(self.an.folded(first))
            && !is_place_adverb(strip_conj(self.an.folded(first)));
        let a = self.actor_starting(first + 1).filter(|_| verb_like)?;
        let actor = &self.actors[a];
        // (not a medium, which mostly passes on someone else's words:
        // "ونقلت وكالة الصحافة الفرنسية عن بوتن قوله ...، مضيفا")
        let medium = actor.code.as_deref().is_some_and(|c| c.ends_with("MED"));
        (actor.is_actor() && !actor.modifier && !actor.vague && !medium && actor.prep.is_none() && actor.end < before).then_some(a)
    }

    fn coordination_head(&self, mut a: usize) -> usize {
        while a > 0 && self.actors[a].conj && self.actors[a - 1].end + 1 >= self.actors[a].start && self.actors[a - 1].is_actor() {
            a -= 1;
        }
        a
    }

    fn find_target(&self, p: &Pattern, from: usize, s_end: usize, exclude: &[usize]) -> Option<usize> {
        let protest = p.code.as_deref().is_some_and(|c| c.starts_with("14"));
        for marker in &p.targets {
            // a preposition that names a verb's target reaches over a longer
            // object ("سيّر ... قافلة جديدة تضم 25 شاحنة محملة ... إلى ...");
            // a noun's arguments stay close to it
            let long = !p.is_noun && matches!(marker, TargetMarker::Prep(w) if w.chars().count() > 1);
            let reach = if long { 2 * TARGET_WINDOW } else { TARGET_WINDOW };
            let limit = (from + reach).min(s_end);
            for k in from..limit {
                // (nor the one the report is attributed to: "على ما أفاد مراسل
                // وكالة الصحافة الفرنسية")
                if self.an.is_punct(k, "«") || self.an.is_punct(k, ":") || self.has(k, Particle::AccordingTo) {
                    break;
                }
                // a noun's target is not in a clause that a complementiser
                // opens after it ("أكدوا قبل الاجتماع أن بلينكن لن يجري
                // محادثات مع الجانب الروسي")
                if p.is_noun && k > from && self.complementiser(k) {
                    break;
                }
                // a verb's target is not in the next verb's clause: "رحب
                // الوزير بالاتفاق ودعا الحكومة العراقية إلى تنفيذه"
                if !p.is_noun
                    && k > from
                    && self.an.is_word(k)
                    && self.opens_with_conjunction(k, k)
                    && self.trigger_reading(k, s_end, true).is_some_and(|t| !t.noun)
                {
                    break;
                }
                // (but not past the clause)
                if k >= from + TARGET_WINDOW && (self.an.is_punct(k, "،") || self.an.is_punct(k, ",")) && !self.date_comma(k) {
                    break;
                }
                // a place stands for its country as a target ("قصفت إدلب")
                let place = self
                    .actor_at
                    .get(k)
                    .copied()
                    .flatten()
                    .map(|i| i as usize)
                    .filter(|&i| self.actors[i].place_only && self.actors[i].country.is_some());
                let Some(a) = self.actor_starting(k).or(place) else { continue };
                if exclude.contains(&a) {
                    continue;
                }
                let actor = &self.actors[a];
                // an actor with the source's own code is never its target: its
                // side named again, or one of its own people ("توعد حزب الله
                // بالرد على اغتيال قائده فؤاد شكر"); a person of the same country
                // with another code may be ("اعتقلت السلطات التركية رئيس بلدية
                // إسطنبول أكرم إمام أوغلو")
                if exclude.iter().any(|&e| self.actors[e].code.is_some() && self.actors[e].code == actor.code) {
                    continue;
                }
                let hit = match marker {
                    // or the owner of the object: "دكت مقاتلات تركية مواقع لحزب العمال"
                    // (or the one addressed: "طالب ... في كلمة أمام مجلس الأمن")
                    TargetMarker::Object => {
                        !self.after_preposition(actor)
                            || (k > from && actor.prep.is_none() && strip_conj(self.an.folded(k - 1)) == "امام")
                            || (actor.prep == Some('ل')
                                && k > from
                                && self.an.is_word(k - 1)
                                && self.actor_at[k - 1].is_none()
                                && !is_preposition(self.an.folded(k - 1)))
                    }
                    TargetMarker::Prep(w) if w.chars().count() == 1 => {
                        let c = w.chars().next();
                        let governed = |j: usize| {
                            self.an.is_word(j)
                                && self.actor_at[j].is_none()
                                && self.an.readings(j).iter().any(|r| r.prep == c && !r.conj)
                                && self.an.folded(j).chars().next() == c
                        };
                        actor.prep == c
                            || (actor.prep.is_none() && (k.saturating_sub(2).max(from)..k).any(governed))
                            || (actor.prep.is_none() && self.relative_subject_of(k, from, governed))
                    }
                    TargetMarker::Prep(w) => {
                        let prev_is = |j: usize| j >= from.saturating_sub(1) && strip_conj(self.an.folded(j)) == w.as_str();
                        // (not another event coordinated with this one: "تضامن فرنسا
                        // مع المملكة واستعداد باريس")
                        // (nor, for a protest, where the thing opposed is: "هتافات
                        // ضد الحرب في العراق" is against the war, not Iraq)
                        let filler = |j: usize| {
                            self.actor_starting(j).is_none()
                                && self.an.tokens[j].kind != crate::text::TokenKind::Punct
                                && !(self.an.folded(j).starts_with('و') && self.trigger_at(j, s_end).is_some())
                                && !(protest && strip_conj(self.an.folded(j)) == "في")
                        };
                        (k >= 1 && prev_is(k - 1))
                            || (k >= 2 && prev_is(k - 2) && filler(k - 1))
                            || (k >= 3 && prev_is(k - 3) && filler(k - 2) && filler(k - 1))
                    }
                };
                // (where a march goes is no party to it unless an institution
                // is there: "توجهوا إلى ضريح مؤسس الجمهورية التركية", not
                // "توجهوا إلى السفارة الأمريكية")
                let destination = protest
                    && matches!(marker, TargetMarker::Prep(w) if matches!(w.as_str(), "الي" | "نحو" | "حتي"))
                    && (actor.place_only || actor.kind == crate::mentions::GPE || actor.code.as_deref() == actor.country_code());
                if hit && !destination {
                    return Some(a);
                }
            }
        }
        None
    }

    /// "أشاد ... بالدور الذي تضطلع به عمان", "ندد بالهجمات التي شنتها
    /// جماعة الحوثي": the actor at `k` is the subject of a relative clause on
    /// a noun that `governed` (the verb's one-letter preposition) marks, so
    /// the verb is about what that actor did.
    fn relative_subject_of(&self, k: usize, from: usize, governed: impl Fn(usize) -> bool) -> bool {
        let is_rel = |j: usize| self.an.is_word(j) && is_relative(self.an.folded(j));
        // the relative pronoun, then its verb (and a resumptive "به", "فيها"),
        // no actor between
        let Some(rel) = (k.saturating_sub(3).max(from)..k.saturating_sub(1)).rev().find(|&j| is_rel(j)) else {
            return false;
        };
        let verb_ok = (rel + 1..k).all(|j| self.an.is_word(j) && self.actor_at[j].is_none());
        // the governed noun and at most one adjective before the pronoun
        verb_ok && (rel.saturating_sub(2).max(from)..rel).any(|j| governed(j) && (j + 1..rel).all(|m| self.an.is_word(m) && self.actor_at[m].is_none()))
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
                if self.is_verb(s_start) && !self.covered_at(s_start) && actor.is_person() && !self.after_preposition(actor) {
                    topic = Some((a, si));
                }
            }
            let mut sentence_speaker: Option<usize> = None;
            let mut verb_seen = false;
            // the explicit subject of the sentence's first coded verb
            let mut sentence_subject: Option<usize> = None;
            // the subject of a denied act, which the sentence goes on from
            let mut denied_subject: Option<usize> = None;
            let mut conditional_force = false;
            let mut content_until = 0usize;
            let mut carrier: Option<Carrier> = None;
            // a question costs only its own clause, from the question word
            // on: "يقول الكرملين إن ... ولكن هل فقد الجواسيس كفاءتهم؟"
            let question_from = if an.is_punct(s_end - 1, "؟") || an.is_punct(s_end - 1, "?") {
                (s_start..s_end).find(|&k| self.has(k, Particle::Interrogative))
            } else {
                None
            };
            let mut t = s_start;
            // a trigger whose literal words lay apart, and the events before it
            let mut spread: Option<(usize, usize)> = None;
            while t < s_end {
                // "أعلن المجلس وقوفه إلى جانب ... وتأييده": a pattern whose
                // literal words reach over other words and made no event
                // leaves those words to be read again
                if let Some((tok, count)) = spread.take() {
                    if events.len() == count {
                        t = tok + 1;
                    }
                }
                let Some(mut trig) = self.trigger_at(t, s_end) else {
                    t += 1;
                    continue;
                };
                // "أعلن ترامب قراره رفع العقوبات": what a carrier takes as its
                // object is the masdar, not a verb of the same letters with no
                // subject of its own
                if let Some(c) = carrier.filter(|c| !trig.noun && self.carrier_object(c, t)) {
                    if let Some(n) = self.trigger_reading(t, s_end, false).filter(|n| self.carries(&c, n)) {
                        if self.explicit_subject(&trig, s_start, s_end).is_none() {
                            trig = n;
                        }
                    }
                }
                t = trig.end.max(t + 1);
                let p = &self.lex.patterns[trig.pattern as usize];
                // "تعرض الجيش لاعتداء": the passive light verb is no verb of its own
                if !trig.noun && trig.end == trig.tok + 1 && self.passive_light_ahead(trig.tok, s_end) {
                    continue;
                }
                // "خرج الآلاف إلى الشوارع رفضا لمشروع القانون": the masdar in
                // the accusative with ل says why, it is no verb of two doers
                if !trig.noun && trig.end == trig.tok + 1 && self.masdar_of_purpose(&trig) {
                    continue;
                }
                // (a quantity between is no word apart: "ورفعت أغلب العقوبات";
                // and a `none` line's words are no event: "تتمتع روسيا بحق النقض")
                let none = p.code.is_none() && !p.flags.speech && !p.flags.carrier;
                if !none && (trig.tok + 1..trig.end).filter(|&k| !self.quantity(k)).count() > p.literals.len() {
                    spread = Some((trig.tok, events.len()));
                }
                // "وقال حمدان في مؤتمر صحفي إن ...", "وتبنت الحركة الهجوم في
                // بيان": a statement noun after a preposition of means is the
                // medium of a verb before it, not a second statement; it only
                // hands a quote after it to the verb's speaker
                let medium = trig.noun && p.flags.speech && verb_seen && self.medium(trig.tok);
                if !trig.noun {
                    verb_seen = true;
                }
                let question = question_from.is_some_and(|q| trig.end > q);
                if self.negated(trig.tok, s_start, trig.noun) || question {
                    // the subject of a denied act is still what the sentence
                    // is about: "لم تهدد إيران بإغلاق باب المندب لكنها قالت
                    // إنها ستغلق مضيق هرمز" is Iran's saying
                    if !trig.noun && !question && self.quote_of[trig.tok].is_none() {
                        let sj = self.explicit_subject(&trig, s_start, s_end).filter(|&a| {
                            let x = &self.actors[a];
                            !x.both_sides && !x.vague && !x.modifier
                        });
                        if sj.is_some() && !(s_start..trig.tok).any(|k| self.complementiser(k)) {
                            denied_subject = denied_subject.or(sj);
                        }
                    }
                    continue;
                }
                // "منذ سيطرة الحركة على العاصمة": an event named as a point in
                // time is recalled, not reported
                let recalled = trig.noun && trig.tok > s_start && self.an.is_word(trig.tok - 1) && strip_conj(self.an.folded(trig.tok - 1)) == "منذ";
                // what is called for, demanded or promised is not (yet) done:
                // "دعا ... إلى وقف التصعيد", "ناشدت ... فتح معبر رفح"
                if trig.tok < content_until && !p.flags.speech {
                    continue;
                }
                // (and what someone is accused of: "اتهم ... بشن هجوم", or
                // threatened with: "لوّح بشن عملية عسكرية"; also when the
                // threat itself is only recalled: "منذ توعد ترامب بشن ضربات")
                if matches!(p.code.as_deref().and_then(|c| c.get(..2)), Some("02" | "03" | "10" | "13"))
                    || p.code.as_deref().is_some_and(|c| c.starts_with("112"))
                {
                    content_until = (trig.end..s_end)
                        .find(|&k| an.is_punct(k, "،") || an.is_punct(k, ",") || an.is_punct(k, "«"))
                        .unwrap_or(s_end);
                }
                if recalled {
                    continue;
                }
                // "تحت سيطرة الفصائل", "المناطق الخاضعة لسيطرة النظام", "مناطق
                // سيطرتها": a state of control is no taking of territory
                if trig.noun
                    && trig.tok > s_start
                    && p.code.as_deref().is_some_and(|c| c.starts_with("192"))
                    && matches!(
                        strip_conj(self.an.folded(trig.tok - 1)),
                        "تحت" | "الخاضعه" | "خاضعه" | "الخاضع" | "خاضع" | "الخاضعين" | "مناطق" | "المناطق" | "منطقه" | "المنطقه"
                    )
                {
                    continue;
                }
                // "المخاوف من اندلاع حرب جديدة", "لتجنب وقوع هجمات", "تخشى أن
                // يؤدي هجوم": what is feared or averted has not happened
                if self.hypothetical(trig.tok, s_start) || self.may(&trig, s_start) {
                    continue;
                }
                if self.conditional(trig.tok, s_start) {
                    if matches!(p.code.as_deref().and_then(|c| c.get(..2)), Some("15" | "17" | "18" | "19" | "20")) {
                        conditional_force = true;
                    }
                    continue;
                }
                let in_quote = self.quote_of[trig.tok].map(|q| q as usize);
                // "تم اعتقال الناشط من قبل قوات الأمن": an event noun after
                // "تم"/"يتم"/"جرى" is a passive whose doer "من قبل"/"على يد"
                // name and whose patient is its genitive or the target its
                // preposition marks ("تم إطلاق النار عليه من قبل مسلح" names
                // none); with no doer named it is read as any noun is
                if trig.noun && self.after_passive_auxiliary(trig.tok, s_start) {
                    if let (Some(code), Some(agent)) = (p.code.as_deref(), self.agent(trig.end, s_end, true)) {
                        let patient = self
                            .actor_starting(trig.end)
                            .filter(|&a| a != agent && !self.after_preposition(&self.actors[a]))
                            .or_else(|| self.find_target(p, trig.end, s_end, &[agent]));
                        for s in self.coordinated(agent) {
                            events.extend(self.make_event(code, &p.rule, &trig, si, s, patient, 0.6));
                        }
                        continue;
                    }
                }
                let passive_light = if trig.noun { self.passive_light_verb(&trig, s_start) } else { None };
                if p.flags.passive || trig.passive || passive_light.is_some() || self.victim_after(&trig, p, s_start, s_end) {
                    // "يتعرضون لهجوم من السعودية": the subject suffers, the agent acts
                    let at = passive_light.unwrap_or(trig.tok);
                    let lv = Trigger { tok: at, end: at + 1, ..trig };
                    let patient = self
                        .explicit_subject(&lv, s_start, s_end)
                        .filter(|&a| !trig.noun || self.actors[a].start < trig.tok)
                        .or_else(|| self.relative_antecedent(at, s_start));
                    // (a pattern whose own marker is من has there whom it is
                    // addressed to, not its agent: "طُلب من المنظمة أن تقدم")
                    let own_min = p.targets.iter().any(|m| matches!(m, TargetMarker::Prep(w) if w == "من"));
                    if let (Some(agent), Some(code)) = (self.agent(trig.end, s_end, own_min), p.code.as_deref()) {
                        for s in self.coordinated(agent) {
                            if let Some(e) = self.make_event(code, &p.rule, &trig, si, s, patient, 0.6) {
                                events.push(e);
                            }
                        }
                    } else if let (Some(code), Some(patient)) = (p.code.as_deref(), patient) {
                        // "اغتيل رئيس المكتب السياسي لحركة حماس": force, agent
                        // unnamed; "قتل 80 مدنيا في هجوم بغاز سام": the victims
                        // of an attack whose author is not named, coded as
                        // that attack
                        let force = matches!(code.get(..2), Some("18" | "19" | "20"));
                        let adjunct = if trig.noun || !force { None } else { self.force_adjunct(trig.end, s_end) };
                        if !trig.noun && self.relative_antecedent(at, s_start).is_none() {
                            if let Some((noun_code, rule)) = adjunct {
                                events.extend(self.event(&noun_code, &format!("{} + {}", p.rule, rule), &trig, si, None, Some(patient), 0.4));
                            } else if matches!(code.get(..2), Some("18" | "20")) {
                                events.extend(self.event(code, &p.rule, &trig, si, None, Some(patient), 0.4));
                            }
                        }
                    }
                    continue;
                }
                // "وقوف المجلس إلى جانب المملكة": an actor in the genitive
                // between the noun and the preposition of its literal words
                // is the noun's own subject
                let genitive_agent = if trig.noun {
                    self.nisba_agent(trig.tok).or_else(|| self.genitive_agent(&trig))
                } else {
                    None
                };
                let explicit = genitive_agent.or_else(|| self.explicit_subject(&trig, s_start, s_end));
                // "أصدر المجلس بيانا طالب فيه إسرائيل بوقف الاستيطان": the
                // clause that describes the statement goes on from the one
                // who made it, when the sentence names them before
                let explicit = if in_quote.is_none() {
                    self.statement_maker(&trig, s_start, sentence_subject).or(explicit)
                } else {
                    explicit
                };
                // "رحب الوزير بالاتفاق ودعا الحكومة العراقية إلى تنفيذه": a
                // verb of appeal joined by و goes on from the sentence's
                // subject, and the actor after it, followed by what it is
                // called to, is whom it calls on
                let explicit = match (explicit, sentence_subject) {
                    (Some(a), Some(sj)) if a != sj && in_quote.is_none() && self.addressee_after(&trig, a) => Some(sj),
                    (e, _) => e,
                };
                // "قررت الحكومة فرض عقوبات": the event noun is the carrier's object
                // (a masdar may head it: "أعلن ... فتح تحقيق")
                let carried = carrier.filter(|c| trig.noun && explicit.is_none() && self.carrier_object(c, trig.tok) && self.carries(c, &trig));
                // "خلال اتصال هاتفي أجراه مع نظيره": a noun taken up by a verb
                // with its pronoun and no subject of its own is the doing of
                // the one the sentence is about (rather than of an actor
                // before it that a preposition governs: "أشاد تبون بجنوب
                // أفريقيا خلال اتصال هاتفي أجراه مع")
                let resumed = || {
                    if self.resumed_by_verb(&trig, s_end) {
                        sentence_subject.filter(|&a| !self.actors[a].vague)
                    } else {
                        None
                    }
                };
                let intender = if trig.noun && explicit.is_none() && carried.is_none() {
                    self.intender(trig.tok, s_start, sentence_speaker)
                } else {
                    None
                };
                let noun_source = if trig.noun && explicit.is_none() {
                    carried
                        .map(|c| c.subject)
                        .or(intender)
                        .or_else(|| match self.noun_source(&trig, s_start, s_end) {
                            Some(a) if self.actors[a].start < trig.tok && self.actors[a].prep.is_some() => resumed().or(Some(a)),
                            None => resumed(),
                            found => found,
                        })
                } else {
                    None
                };
                // "قالت الوزارة إنها استدعت السفير", "أكدت الحكومة أنها رفضت
                // طلب واشنطن": the pronoun after the complementiser is the one
                // who speaks, whatever follows the verb
                let pronoun_speaker = || {
                    let before = (s_start..trig.tok)
                        .rev()
                        .find(|&k| self.an.is_word(k) && !self.has(k, Particle::Adverb) && !self.date_tok[k]);
                    sentence_speaker.filter(|_| before.is_some_and(|k| self.has(k, Particle::PronounSpeaker)))
                };
                let implicit = || -> Option<usize> {
                    if !self.subject_may_be_implicit(&trig, s_end) {
                        // (a verb of force spelt as its passive takes the
                        // speaker only with an object: "إنه قتل بداخلها" is
                        // "he was killed")
                        let object = !unmarked_force(p) || self.object_at(trig.end);
                        return if !trig.noun && !trig.first_plural && !p.flags.continues && object {
                            pronoun_speaker()
                        } else {
                            None
                        };
                    }
                    // a verb that opens a relative clause, with no pronoun taking
                    // the antecedent back, has the antecedent as its subject:
                    // "حماس، التي تسيطر على قطاع غزة"; none when that is no
                    // actor: "الحرائق التي اجتاحت منطقة القبائل"
                    if trig.tok > s_start && is_relative(self.an.folded(trig.tok - 1)) && !self.verb_with_object_pronoun(trig.tok) {
                        return self.relative_subject(trig.tok, s_start);
                    }
                    // (also over the auxiliary كان: "المتظاهرين الذين كانوا
                    // يرشقونهم بالحجارة", whose subject is the antecedent)
                    if trig.tok > s_start + 1 && self.an.is_word(trig.tok - 2) && kana_agrees(self.an.folded(trig.tok - 2), self.an.folded(trig.tok - 1)) {
                        return self.relative_subject(trig.tok - 1, s_start);
                    }
                    if trig.first_plural {
                        if let Some(q) = in_quote {
                            return quote_speaker[q];
                        }
                    }
                    if p.flags.continues {
                        // a participle ("..., قائلا إن") goes on from this
                        // sentence's subject; "وأضاف" from the last speaker;
                        // one that does more than speak ("مطالبا", "داعيا")
                        // only from a subject the sentence names
                        if p.flags.participle && !p.code.as_deref().is_some_and(|c| c.starts_with("01")) {
                            return sentence_subject;
                        }
                        // ("ورد نتنياهو قائلا", "وعلق الوزير، مضيفا": the one
                        // who replies speaks through the participle, though
                        // the verb of replying codes nothing)
                        if p.flags.participle && p.flags.speech {
                            if let Some(a) = self.replier(trig.tok, s_start) {
                                return Some(a);
                            }
                            // ("وحسم وزير العدل السعودي الجدل، مؤكدا": the
                            // subject of a verb that codes nothing speaks on)
                            if let Some(a) = sentence_subject.is_none().then(|| self.opening_subject(s_start, trig.tok)).flatten() {
                                return Some(a);
                            }
                        }
                        return sentence_subject.or(last_speaker).or(topic.map(|x| x.0));
                    }
                    // "قالت الحكومة إن الصحفي ... قتل في قرية": a reported
                    // clause that opens with a noun has it as its subject,
                    // though it is no actor
                    if self.reported_noun_subject(trig.tok, s_start) {
                        return None;
                    }
                    if let Some(sp) = pronoun_speaker() {
                        return Some(sp);
                    }
                    denied_subject.or_else(|| topic.filter(|&(_, ts)| si - ts <= TOPIC_REACH).map(|x| x.0))
                };
                // (a verb whose suffix holds a plural or dual subject goes on
                // from a plural or several: "المتظاهرون ... وطالبوا", not "قال
                // الوزير إن مسلحين هاجموا")
                let implicit = || implicit().filter(|&a| !trig.plural || self.plural_actor(a));
                // ("عقدت القمة بين بوتين وأردوغان": the verb's subject is the
                // event, its parties follow بين)
                let between = || {
                    if trig.noun || explicit.is_some() {
                        None
                    } else {
                        self.between_parties(&trig, s_end)
                    }
                };
                let subject = explicit.or(noun_source).or_else(between).or_else(|| if trig.noun { None } else { implicit() });
                let subject = subject.filter(|&a| !(trig.noun && self.actors[a].vague));
                if let Some(sj) = explicit {
                    if !self.actors[sj].both_sides && !self.actors[sj].vague && !self.actors[sj].modifier && in_quote.is_none() {
                        topic = Some((sj, si));
                    }
                    // (not a noun's genitive, "انتقاد إسرائيل", nor a subject in
                    // what is reported, "أن القوات استخدمت")
                    let reported = (s_start..trig.tok).any(|k| self.complementiser(k));
                    if sentence_subject.is_none() && genitive_agent.is_none() && !reported && !self.actors[sj].both_sides && in_quote.is_none() {
                        sentence_subject = Some(sj);
                    }
                }
                if p.flags.carrier {
                    carrier = subject.map(|sj| {
                        let after = if self.actors[sj].start > trig.tok {
                            // (and the name in apposition to it: "أعلن المدعي
                            // العام للمحكمة الجنائية الدولية كريم خان ...")
                            // (and the actors coordinated with it: "أعلنت السعودية
                            // وإيران، الجمعة، اتفاقا")
                            let mut end = self.coordinated(sj).iter().map(|&c| self.actors[c].end).max().unwrap_or(self.actors[sj].end);
                            while let Some(n) = self.actor_starting(end).filter(|&n| self.actors[n].is_person() && !self.actors[n].conj) {
                                end = self.actors[n].end;
                            }
                            end.max(trig.end)
                        } else {
                            trig.end
                        };
                        Carrier {
                            subject: sj,
                            object_at: self.object_start(after, s_end),
                            intended: trig.future || self.intent(trig.tok, s_start),
                            pattern: trig.pattern,
                        }
                    });
                }
                if medium {
                    let speaker = sentence_speaker.or(subject);
                    self.attach_quotes(&trig, speaker, s_end, &mut quotes, &mut quote_speaker, &mut quote_cue, true);
                    continue;
                }
                // a report's attribution is no statement of its own: "بحسب ما
                // أفاد مسؤولون", "على ما أعلنت الوزارة"
                if p.flags.speech && !trig.noun && (trig.tok.saturating_sub(2).max(s_start)..trig.tok).any(|k| self.has(k, Particle::AccordingTo)) {
                    continue;
                }
                // (nor the article's background: "يذكر أن", "ويشار إلى أن")
                if p.flags.speech && self.impersonal_cue(&trig) {
                    continue;
                }
                if p.flags.speech {
                    if let Some(sp) = subject {
                        if !self.actors[sp].both_sides {
                            last_speaker = Some(sp);
                            sentence_speaker = Some(sp);
                        }
                    }
                    self.attach_quotes(&trig, subject, s_end, &mut quotes, &mut quote_speaker, &mut quote_cue, false);
                }
                let Some(code) = p.code.as_deref() else { continue };
                let code = if trig.future || self.intent(trig.tok, s_start) || carried.is_some_and(|c| c.intended) {
                    intent_code(code)
                } else {
                    code.to_string()
                };
                let Some(sj) = subject else {
                    // "انفجرت سيارتان مفخختان قرب ...": force whose author is not named
                    // only as the sentence's main verb, never in a relative clause
                    // ("الهجوم الذي استهدف ...") that recalls an event coded elsewhere
                    let main_verb = (s_start..trig.tok).all(|k| !self.an.is_word(k) || self.date_tok[k] || self.has(k, Particle::Furniture));
                    if !trig.noun && explicit.is_none() && main_verb && matches!(code.get(..2), Some("18" | "20")) {
                        let target = self.find_target(p, trig.end, s_end, &[]).or_else(|| self.place_target(trig.end, s_end));
                        events.extend(self.event(&code, &p.rule, &trig, si, None, target, 0.4));
                    }
                    // "تظاهر الآلاف في بغداد ضد ...": a protest by a crowd named
                    // only by its size has no source, and still happened
                    let relative = trig.tok > s_start && self.an.is_word(trig.tok - 1) && is_relative(strip_conj(self.an.folded(trig.tok - 1)));
                    // ("واندلعت احتجاجات في طهران ضد الحكومة", "خرجت مظاهرة
                    // غاضبة": a protest noun reported by a verb of occurring;
                    // not clashes, which are as often between armed men,
                    // "اندلعت مواجهات بين المقاومة والانقلابيين")
                    let reported = trig.noun && !code.starts_with("145") && self.occurring_before(trig.tok, s_start);
                    if (!trig.noun && explicit.is_none() && !relative && self.crowd_after(trig.tok + 1, s_end) || reported) && code.starts_with("14") {
                        let target = self
                            .find_target(p, trig.end, s_end, &[])
                            .or_else(|| self.protested(s_start, s_end, &[]))
                            .or_else(|| self.protested_act(trig.tok + 1, s_end, &[]))
                            .or_else(|| {
                                if p.targets.is_empty() {
                                    self.default_object(&trig, trig.end, s_end, &[], &code)
                                } else {
                                    None
                                }
                            });
                        events.extend(self.event(&code, &p.rule, &trig, si, None, target, 0.4));
                    }
                    continue;
                };
                let sources: Vec<usize> = self.coordinated(sj);
                // the object may sit between the verb (or its subject) and the
                // pattern's literal words: "رفضت حماس المقترح الإسرائيلي لوقف
                // إطلاق النار", "احتجز ... ناقلة النفط البريطانية"
                // ("جدد الرئيس الإيراني مطالبة بلاده الولايات المتحدة": a noun's
                // genitive of the subject's own country is its owner, not
                // its object)
                let own_genitive = if trig.noun {
                    self.actor_starting(trig.end)
                        .filter(|&g| !sources.contains(&g) && self.actors[g].prep.is_none() && self.actors[g].country_code() == self.actors[sj].country_code())
                } else {
                    None
                };
                let from = if let Some(g) = own_genitive {
                    self.actors[g].end
                } else if genitive_agent.is_some() {
                    trig.end
                } else if explicit.is_some_and(|e| self.actors[e].start > trig.tok) {
                    sources.iter().map(|&i| self.actors[i].end).max().unwrap_or(trig.end)
                } else {
                    trig.tok + 1
                };
                // ("عقب استيلاء الجيش على السلطة واعتقال رئيس الوزراء": the
                // person a coercive noun governs is its target)
                let patient = if trig.noun {
                    self.actor_starting(trig.end)
                        .filter(|&a| !sources.contains(&a) && self.patient_genitive(&trig, a))
                } else {
                    None
                };
                // "واقتادها إلى ميناء بندر عباس": a verb whose object is a
                // pronoun has what the pronoun refers to as its target, not a
                // word after it
                let pronoun_object = trig.object_pronoun
                    && !trig.noun
                    && !p.flags.speech
                    && !code.starts_with("01")
                    && !p.targets.is_empty()
                    && p.targets.iter().all(|m| *m == TargetMarker::Object);
                // (or after the literal words, when they lie far: "جدد الملك،
                // في خطاب ...، دعوته القيادة الجزائرية")
                let target = if p.flags.passive {
                    None
                } else {
                    // (when the pronoun refers to no actor, the word may be a
                    // noun with its owner's pronoun: "كثفت القوات قصفها لمواقع
                    // المسلحين")
                    let referent = if pronoun_object { self.pronoun_antecedent(trig.tok, &sources) } else { None };
                    // (a masdar's genitive is its doer and the name right after
                    // that its object: "مطالبة بلاده الولايات المتحدة بتقديم
                    // ضمانات", "مطالبة الأكراد قوات النظام بالتدخل")
                    let accusative = if trig.noun && !p.flags.symmetric && !code.starts_with("01") {
                        own_genitive
                            .or(sources.iter().copied().find(|&a| self.actors[a].start == trig.end))
                            .filter(|&g| self.actors[g].prep.is_none() && !self.actors[g].vague)
                            .and_then(|g| {
                                // (not a name in apposition: "قتل الصحفي السعودي جمال خاشقجي")
                                self.actor_starting(self.actors[g].end)
                                    .filter(|&o| self.actors[o].country_code().is_none_or(|c| self.actors[g].country_code() != Some(c)))
                            })
                            .filter(|&o| {
                                let a = &self.actors[o];
                                !sources.contains(&o) && a.prep.is_none() && !a.conj && !a.modifier && !a.vague
                            })
                    } else {
                        None
                    };
                    referent
                        .or(patient)
                        .or(accusative)
                        .or_else(|| self.find_target(p, from, s_end, &sources))
                        .or_else(|| {
                            if trig.end > from {
                                self.find_target(p, trig.end, s_end, &sources)
                            } else {
                                None
                            }
                        })
                };
                let target = target.or_else(|| {
                    if p.targets.is_empty() && !p.flags.speech && !p.flags.passive && !p.flags.symmetric && !pronoun_object {
                        self.default_object(&trig, from, s_end, &sources, &code)
                    } else {
                        None
                    }
                });
                let target = target.or_else(|| {
                    // "واعتبرته نقطة تحول": what a statement is about is no target
                    if trig.object_pronoun && !p.flags.speech && !code.starts_with("01") {
                        self.pronoun_antecedent(trig.tok, &sources)
                    } else {
                        None
                    }
                });
                // force and protest happen somewhere: with no named target, the
                // place stands for its country ("غارات على بلدات في ريف إدلب")
                let target = target.or_else(|| {
                    if matches!(&code[..2], "08" | "09" | "15" | "16" | "17" | "18" | "19" | "20") && !pronoun_object {
                        self.place_target(trig.end, s_end)
                    } else {
                        None
                    }
                });
                // what a protest is against may be named further on: "وسار
                // المتظاهرون ... ورددوا هتافات معادية لإيران"
                let target = target.or_else(|| {
                    if code.starts_with("14") && !pronoun_object {
                        self.protested(s_start, s_end, &sources)
                            .or_else(|| self.protested_act(trig.tok + 1, s_end, &sources))
                    } else {
                        None
                    }
                });
                // (a protest is against someone, not against where it is: the
                // place names no target, "تظاهر آلاف الإيرانيين في طهران ضد
                // الغارات الإسرائيلية على غزة"; and a protest noun with a
                // country's own people in that country is mostly a name or a
                // figure of speech, "ثورة مصر", "مسيرة لبنان التنموية": it is
                // dropped, while a verb stands without a target, "تظاهر آلاف
                // الباكستانيين في كراتشي")
                // (a protest noun with one person in its genitive is that
                // person's path: "مسيرة مبابي", "مسيرة الرئيس السياسية")
                if trig.noun && code.starts_with("14") && self.actor_starting(trig.end).is_some_and(|a| self.actors[a].is_person()) {
                    continue;
                }
                if trig.noun && code.starts_with("14") && target.is_none() && !pronoun_object {
                    if let Some(place) = self.place_target(trig.end, s_end) {
                        let tc = self.actors[place].target_code();
                        if sources.iter().all(|&s| acts_on_itself(self.actors[s].code.as_deref(), tc)) {
                            continue;
                        }
                    }
                }
                let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
                if self.actors[sj].both_sides {
                    if let Some((a, b)) = last_pair.or_else(|| self.both_sides_before(trig.tok)) {
                        pairs.push((a, Some(b)));
                    }
                } else if target.is_some_and(|tg| sources.contains(&tg)) {
                    // (a target among the sources is a linking error: one
                    // actor doing it to itself is dropped; of a list of
                    // several, none is the others' target, "عقوبات تفرضها
                    // الولايات المتحدة والاتحاد الأوروبي")
                    if sources.len() > 1 && stands_alone(&code) {
                        pairs.extend(sources.iter().map(|&s| (s, None)));
                    }
                } else if let Some(tg) = target {
                    for &s in &sources {
                        for tt in self.coordinated(tg) {
                            pairs.push((s, Some(tt)));
                        }
                    }
                } else if p.flags.symmetric && sources.len() == 2 {
                    pairs.push((sources[0], Some(sources[1])));
                } else if p.flags.symmetric && sources.len() > 2 {
                    // (a few parties are each other's: "عقدت مصر والسودان
                    // وإثيوبيا محادثات"; a longer list has no pair to pick,
                    // "الدول المشاركة في المناورة الصين واليابان وكندا ...")
                    if sources.len() <= 4 {
                        for (i, &a) in sources.iter().enumerate() {
                            pairs.extend(sources[i + 1..].iter().map(|&b| (a, Some(b))));
                        }
                    } else if stands_alone(&code) {
                        pairs.extend(sources.iter().map(|&s| (s, None)));
                    }
                } else if p.targets.is_empty() || (!trig.noun && code.starts_with("13")) {
                    for &s in &sources {
                        match self.threat_addressee(&code, s, s_start, trig.tok).filter(|a| !sources.contains(a)) {
                            Some(a) => pairs.extend(self.coordinated(a).into_iter().map(|t| (s, Some(t)))),
                            None => pairs.push((s, None)),
                        }
                    }
                } else if (!p.flags.symmetric || intender.is_some()) && (stands_alone(&code) || self.court_sentence(&code, &sources)) {
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
                    let confidence = if explicit.is_some() {
                        0.8
                    } else if noun_source.is_some() {
                        0.6
                    } else {
                        0.5
                    };
                    let rule = match carried {
                        Some(c) => format!("{} + object of {}", p.rule, self.lex.patterns[c.pattern as usize].rule),
                        None => p.rule.clone(),
                    };
                    if let Some(e) = self.make_event(&code, &rule, &trig, si, s, tg, confidence) {
                        let dup = events
                            .iter()
                            .any(|x| x.sentence == e.sentence && x.code == e.code && x.source == e.source && x.target == e.target);
                        // "وأضاف ..." goes on with a statement already coded:
                        // the source's event in this or the sentence before
                        let continued = p.flags.continues
                            && e.target.is_none()
                            && code.starts_with("01")
                            && events
                                .iter()
                                .any(|x| x.source.is_some() && x.source == e.source && x.sentence + 1 >= e.sentence);
                        if !dup && !continued {
                            events.push(e);
                        }
                    }
                }
            }
            self.obligations(si, sentence_speaker, &quote_speaker, &mut events);
            // (or a response promised in the consequence: "إذا ارتكب العدو أي
            // حماقة فإننا سنرد بقوة")
            self.conditional_threat(si, conditional_force, sentence_speaker, &quote_speaker, &mut events);
            self.attributed_quotes(s_start, s_end, &mut quotes, &mut quote_cue);
            // quotes in this sentence that no speech verb claimed: a speech verb right after them
            for (qi, &(o, _)) in self.direct.iter().enumerate() {
                if an.sentence_of[o] as usize == si && quote_cue[qi].is_none() && quote_speaker[qi].is_none() {
                    quotes.push(self.quote_span(qi, None, None));
                    quote_cue[qi] = Some(usize::MAX);
                }
            }
        }
        protests_demanding(&mut events, self.lex);
        self.policy_protests(&mut events);
        claimed_attacks(&mut events);
        redundant_statements(&mut events);
        quotes.sort_by_key(|q| q.start);
        Coded { events, quotes }
    }

    /// "يجب على إيران ...", "مادورو الذي يتوجب عليه التنحي": an obligation
    /// voiced by a speaker is a demand (CAMEO 10) from the speaker on the one
    /// obliged.
    fn obligations(&self, si: usize, sentence_speaker: Option<usize>, quote_speaker: &[Option<usize>], events: &mut Vec<Event>) {
        let an = self.an;
        let s = &an.sentences[si];
        for m in s.tok_start..s.tok_end {
            if !self.has(m, Particle::Modal) || self.negated(m, s.tok_start, false) || self.conditional(m, s.tok_start) {
                continue;
            }
            let speaker = match self.quote_of[m] {
                Some(q) => quote_speaker[q as usize],
                None => sentence_speaker,
            };
            let Some(speaker) = speaker else { continue };
            let Some(next) = (m + 1 < s.tok_end).then(|| strip_conj(an.folded(m + 1))) else {
                continue;
            };
            let target = match next {
                "علي" => self.actor_starting(m + 2),
                "عليه" | "عليها" | "عليهم" | "عليهما" => {
                    let rel = m >= 1 && matches!(an.folded(m - 1), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين");
                    if rel {
                        self.actor_ending(m - 1).filter(|&i| self.actors[i].is_actor())
                    } else {
                        None
                    }
                }
                _ => None,
            };
            let Some(target) = target else { continue };
            let trig = Trigger {
                tok: m,
                end: m + 1,
                pattern: u32::MAX,
                future: false,
                first_plural: false,
                plural: false,
                noun: false,
                object_pronoun: false,
                passive: false,
            };
            if let Some(e) = self.make_event(OBLIGATION_CODE, OBLIGATION_RULE, &trig, si, speaker, Some(target), 0.5) {
                if !events
                    .iter()
                    .any(|x| x.sentence == e.sentence && x.code == e.code && x.source == e.source && x.target == e.target)
                {
                    events.push(e);
                }
            }
        }
    }

    /// Whether an event noun carries its owner's pronoun ("رفضها",
    /// "تهديداته"): its doer is the pronoun's, never a genitive after it.
    fn owned_noun(&self, t: &Trigger) -> bool {
        t.noun
            && self
                .an
                .readings(t.tok)
                .iter()
                .any(|r| self.lex.noun_patterns(r.key).is_empty() && strip_pronoun(r.key).is_some_and(|k| !self.lex.noun_patterns(k).is_empty()))
    }

    /// Whether the verb at `tok` is in a clause reported by a bare "أن"/"إن"
    /// whose first word is a noun that names no actor: the clause's subject
    /// ("إن الصحفي خوسيه قتل في قرية"), so the verb has no implicit one.
    /// (Not "إنه"/"أنها", whose pronoun may be the speaker, nor a clause
    /// opening with a preposition, a particle, a verb or a role noun with its
    /// owner's pronoun: "إن قواته تحاصر عفرين" are the speaker's.)
    fn reported_noun_subject(&self, tok: usize, s_start: usize) -> bool {
        let Some(c) = (s_start..tok).rev().find(|&k| self.complementiser(k)) else {
            return false;
        };
        let first = c + 1;
        first < tok
            && self.has(c, Particle::Report)
            && !self.has(c, Particle::PronounSpeaker)
            && self.an.is_word(first)
            && self.actor_at[first].is_none()
            && self.particles.get(first).is_none_or(|&b| b == 0)
            && !self.date_tok[first]
            && !self.is_verb(first)
            && !is_preposition(self.an.folded(first))
            && (first..tok).all(|k| !self.is_verb(k) || self.covered_at(k))
            && !self.an.readings(first).iter().any(|r| r.prep.is_some())
            && !self.owned_role(self.an.raw(first))
    }

    /// A role noun as written with its owner's pronoun and no article:
    /// "قواته", "حكومتها", "جماعته" (not "زوجها", "جارتها": no role).
    fn owned_role(&self, raw: &str) -> bool {
        let letters: String = raw.chars().filter(|&c| crate::text::fold_char(c).is_some()).collect();
        let bare = letters.strip_prefix('و').unwrap_or(&letters);
        if bare.starts_with("ال") {
            return false;
        }
        let Some(stem) = PRONOUN_SUFFIXES.iter().find_map(|s| bare.strip_suffix(s)).filter(|r| r.chars().count() >= 3) else {
            return false;
        };
        // (a feminine noun's ة is written ت before the pronoun)
        let feminine = stem.strip_suffix('ت').map(|r| format!("{r}ة"));
        [Some(stem.to_string()), feminine].into_iter().flatten().any(|w| {
            self.lex
                .phrases
                .exact(&w)
                .iter()
                .any(|r| matches!(r, crate::lexicon::NameRef::Role(_) | crate::lexicon::NameRef::Org(_)))
        })
    }

    /// Whether the word at `k` is a verb of speech, or of reproach, refusal
    /// or praise, whose object is someone else's act.
    fn judged_by_verb_at(&self, k: usize, s_end: usize) -> bool {
        self.trigger_at(k, s_end).is_some_and(|v| {
            let vp = &self.lex.patterns[v.pattern as usize];
            vp.flags.speech || judges_others(vp)
        })
    }

    /// Whether a speech verb ("قال", "أفاد") is read at `k`.
    fn speech_verb_at(&self, k: usize, s_end: usize) -> bool {
        self.trigger_at(k, s_end).is_some_and(|v| self.lex.patterns[v.pattern as usize].flags.speech)
    }

    /// "اشتباكات عنيفة بالأسلحة الرشاشة بين قوات حركة طالبان وحرس الحدود",
    /// "عقدت القمة بين ...": the first of the two parties after بين of a
    /// symmetric event (the second is coordinated with it).
    fn between_parties(&self, t: &Trigger, s_end: usize) -> Option<usize> {
        if !self.lex.patterns[t.pattern as usize].flags.symmetric {
            return None;
        }
        let between = (t.end..(t.end + TARGET_WINDOW).min(s_end))
            .take_while(|&k| self.an.is_word(k))
            .find(|&k| strip_conj(self.an.folded(k)) == "بين");
        between.and_then(|k| self.actor_starting(k + 1)).filter(|&a| self.coordinated(a).len() >= 2)
    }

    /// Source of an event noun: the actor named after it ("زيارة أردوغان"),
    /// the agent after من ("لهجوم من السعودية"), the subject of a light verb
    /// in a relative clause ("المحادثات التي عقدها لافروف"), or else the
    /// nearest actor before it in the clause.
    fn noun_source(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<usize> {
        if let Some(a) = self.between_parties(t, s_end) {
            return Some(a);
        }
        let owned = self.owned_noun(t);
        // a coercive act with its owner's pronoun is done to the owner
        // ("اعتقال برانسون ثم احتجازه", "خلال استجوابه"): its doer is named
        // after an agent marker or not at all, never the actor before it,
        // who is mostly the one the pronoun takes back
        // (or before it: "في محاولة من قبل القوات التركية لاقتحامها")
        // (unless its object follows with ل: "احتلالها للقدس" is hers)
        if owned && self.coercive(t) && !self.lam_object_at(t.end) {
            return self.agent(t.end, s_end, true).or_else(|| self.agent_before(t.tok, s_start));
        }
        let limit = (t.end + SUBJECT_WINDOW).min(s_end);
        let governed = t.tok > s_start && self.an.is_word(t.tok - 1) && is_preposition(strip_conj(self.an.folded(t.tok - 1)));
        let force = force_root(&self.lex.patterns[t.pattern as usize]);
        let mut k = t.end;
        while k < limit {
            // (an actor after a verb is that verb's: "هدنة توسطت فيها قطر";
            // unless the verb takes the noun back as its object: "غارات
            // شنتها طائرات التحالف", "المحادثات التي عقدها لافروف")
            if self.an.is_punct(k, "«") || self.an.is_punct(k, "\"") || (self.free_verb(k) && !self.verb_with_object_pronoun(k)) {
                break;
            }
            // (a copula pronoun after a noun that a preposition governs ends
            // the subject that holds the noun, and its predicate is no part
            // of the noun's phrase: "الهدف من المظاهرة هو الالتماس من رئيس
            // الوزراء"; the predicate of the noun itself may name its doer:
            // "اتهامات الجمعة هي الأولى من مولر")
            if governed && self.word_is(k, Particle::Copula) {
                break;
            }
            if let Some(a) = self.actor_starting(k).filter(|&a| !self.actors[a].modifier && !self.oblique_people(a)) {
                if k == t.end && self.patient_genitive(t, a) {
                    break;
                }
                // (people counted after an act of force are its victims:
                // "اغتيال ثلاثة قضاة")
                if force && (t.end..k).any(|j| self.count_at(j)) {
                    break;
                }
                let prev = if k > 0 { strip_conj(self.an.folded(k - 1)) } else { "" };
                // "بغارة جوية لمقاتلات التحالف": the armed owner of an attack
                // in the genitive with ل is its doer
                let owner = k == t.end
                    && self.actors[a].prep == Some('ل')
                    && !self.actors[a].code.as_deref().is_some_and(|c| c.ends_with("CVL"))
                    && self.lex.patterns[t.pattern as usize]
                        .code
                        .as_deref()
                        .and_then(|c| c.get(..2))
                        .is_some_and(|r| ("18".."21").contains(&r));
                // ("أعلنت السعودية طلبها من السفير الكندي": a noun with its
                // owner's pronoun has its doer already; من X is addressed,
                // and a genitive after it belongs to its object: "رفضها
                // لمبادرة باريس")
                if owned {
                    break;
                }
                if prev == "من" || owner || !self.after_preposition(&self.actors[a]) {
                    return Some(a);
                }
                break;
            }
            if !self.an.is_word(k) {
                break;
            }
            // (past an attribution, the one who reports the event, not its
            // doer: "قتل ثمانية مدنيين في الغارات بحسب المرصد")
            if self.has(k, Particle::AccordingTo) {
                break;
            }
            // (past a word of direction, what an act of force is aimed at:
            // "قذائف من قطاع غزة باتجاه إسرائيل")
            if force && is_direction(self.an.folded(k)) {
                break;
            }
            // (past the preposition that marks the target, the target: "بعد
            // الهجوم على منشآت أرامكو")
            let pattern = &self.lex.patterns[t.pattern as usize];
            // (and past a noun with بـ, whose genitive is the object of a
            // demand or protest, "التظاهرات المطالبة برحيل الرئيس"; not of
            // force, where بـ gives the means: "هجوم بطائرات التحالف")
            if !force && clitic_b_noun(self.an.folded(k)) {
                break;
            }
            // (and past a preposition other than من and بين, whose noun is no
            // part of the event noun's phrase, "أدت الاحتجاجات إلى استقالة
            // الحكومة", "تزامن الهجوم مع اجتماع الأمم المتحدة"; but "مقابلة
            // مع" names who speaks; and past a complementiser after a
            // statement noun, what follows being what is stated: "وأضاف
            // البيان أن تنظيم القاعدة ...")
            let w = strip_conj(self.an.folded(k));
            let speech = pattern.flags.speech;
            if (!matches!(w, "من" | "بين") && !(speech && w == "مع") && is_preposition(w)) || (speech && self.complementiser(k)) {
                break;
            }
            // (but "بناء على طلب من الولايات المتحدة": after من, the doer)
            if pattern
                .targets
                .iter()
                .any(|m| matches!(m, TargetMarker::Prep(w) if w.chars().count() > 1 && w != "من" && w.as_str() == strip_conj(self.an.folded(k))))
            {
                break;
            }
            k += 1;
        }
        // nearest actor before, in the same clause
        let mut k = t.tok;
        while k > s_start && t.tok - k < 5 {
            k -= 1;
            if self.an.is_punct(k, "،") || self.an.is_punct(k, "«") || self.an.is_punct(k, ":") {
                break;
            }
            // (nor across a complementiser: "أعلنت اللجنة أن الانفجار ...",
            // nor a preposition of topic: "اتصالات بدول بينها بريطانيا بشأن
            // المبادرة", "قلق الوزير حول الهجوم")
            if self.is_verb(k) || self.complementiser(k) || matches!(strip_conj(self.an.folded(k)), "بشان" | "حول" | "ازاء" | "تجاه" | "بخصوص")
            {
                break;
            }
            if let Some(a) = self.covering[k]
                .map(|i| i as usize)
                .filter(|&i| self.actors[i].is_actor() && !self.actors[i].both_sides && !self.actors[i].modifier && !self.oblique_people(i))
            {
                let head = self.coordination_head(a);
                let hs = self.actors[head].start;
                // (nor one after an agent marker, the agent of what comes
                // before: "قتلوا برصاص الجيش الإسرائيلي خلال مسيرة العودة")
                if hs > 0 && (is_preposition(self.an.folded(hs - 1)) || self.has(hs - 1, Particle::AgentMarker)) {
                    return None;
                }
                // (nor the doer of an act of force whose object the noun is:
                // "خلال قمع الجيش الإسرائيلي مسيرة العودة", "اقتحام الشرطة
                // اجتماعا للمعارضة")
                if hs > s_start && self.object_of_force_after(a, t.tok, s_end) {
                    return None;
                }
                // (nor people counted before a preposition that governs a
                // noun of force: they are its victims, "إصابة 4 جنود إسرائيليين
                // في انفجار", "مقتل 30 شخصا في هجوم"; not "استمر آلاف المتظاهرين
                // في مسيراتهم")
                if force && !owned && hs > s_start && self.count_at(hs - 1) && t.tok > s_start && is_preposition(strip_conj(self.an.folded(t.tok - 1))) {
                    return None;
                }
                // (nor one named without the article right after a bare verb
                // of force, the victim of its unvocalised passive: "وقتل جندي
                // أمريكي في انفجار عبوة ناسفة")
                if force
                    && !owned
                    && hs > s_start
                    && self.without_article(head)
                    && self
                        .trigger_at(hs - 1, s_end)
                        .is_some_and(|v| !v.noun && v.end == hs && self.bare_triliteral(&v) && force_root(&self.lex.patterns[v.pattern as usize]))
                {
                    return None;
                }
                // the subject of a statement verb right before it: the noun
                // is what is spoken of ("ووصف الزياني الهجوم بأنه ...")
                // (a statement noun is the speaker's own: "وقال نصر الله في كلمة")
                // (and so is the act that a verb of reproach, refusal or praise
                // takes: "ونددت الحركة بالاعتقال", "ورحبت مصر باتفاقهما")
                let spoken_of = !self.lex.patterns[t.pattern as usize].flags.speech;

                // (a noun with its owner's pronoun is the owner's: "ينتقدون
                // ترامب بسبب دفاعه عن موسكو")
                if spoken_of && !owned && hs > s_start && self.judged_by_verb_at(hs - 1, s_end) {
                    return None;
                }
                // (nor, for a noun in a direct quote, the one who speaks it
                // or is spoken to, named before the quote: "وقال المدير
                // \"بعد الغارات الغربية، استهدف ...\"", "وقال الوزير لبي بي سي
                // \"الخوف من الحرب موجود\""; the subject of the clause the
                // quote ends is its doer: "إن عباس سيجري \"سلسلة لقاءات")
                // (and not a noun with its owner's pronoun: "وأكد النواب
                // \"التزامهم بالحلول السلمية\"")
                let outside_quote = !owned && self.quote_of[t.tok].is_some() && self.quote_of[hs] != self.quote_of[t.tok];
                if outside_quote
                    && (self.actors[head].prep.is_some()
                        || (s_start..hs)
                            .rev()
                            .take_while(|&j| !self.complementiser(j))
                            .any(|j| self.speech_verb_at(j, s_end)))
                {
                    return None;
                }
                return Some(head);
            }
        }
        None
    }

    /// "طالبان تريد إقامة علاقات", "أنها تسعى لإقامة علاقات": the one who
    /// wants or plans the event noun at `tok`, named right before the word
    /// of intent, or the speaker its pronoun takes back.
    fn intender(&self, tok: usize, s_start: usize, speaker: Option<usize>) -> Option<usize> {
        let want = tok.checked_sub(1).filter(|&k| k > s_start && self.has(k, Particle::Intent))?;
        if let Some(a) = self
            .actor_ending(want)
            .filter(|&a| self.actors[a].is_actor() && !self.actors[a].modifier && !self.after_preposition(&self.actors[a]))
        {
            return Some(self.coordination_head(a));
        }
        if self.has(want - 1, Particle::PronounSpeaker) {
            return speaker;
        }
        None
    }

    /// Whether `tok` is where the carrier's object is, or right after a word
    /// that is no actor there ("أعلن قراره رفع العقوبات").
    fn carrier_object(&self, c: &Carrier, tok: usize) -> bool {
        let at = c.object_at;
        tok == at || tok == at + 1 && self.an.is_word(at) && self.actor_at[at].is_none() && !self.reversal(at)
    }

    /// Whether token `k` is a masdar of ending or lifting ("إنهاء", "رفع").
    fn reversal(&self, k: usize) -> bool {
        self.an.readings(k).iter().any(|r| self.lex.word_kind(r.key) == Some(Particle::Reversal))
    }

    /// Whether the carrier's subject does the event noun `t`: what is
    /// announced short of force ("أعلن الجيش مقتل ..." says nothing of who
    /// killed), what is decided, carried out or gone on with, all of it.
    fn carries(&self, c: &Carrier, t: &Trigger) -> bool {
        let announced = self.lex.patterns[c.pattern as usize].flags.speech;
        let last_root = if announced { "18" } else { "21" };
        self.lex.patterns[t.pattern as usize]
            .code
            .as_deref()
            .and_then(|c| c.get(..2))
            .is_some_and(|r| ("04"..last_root).contains(&r))
    }

    /// "القيادي في حركة حماس", "الضابط في شرطة كوالالمبور": a role with no
    /// country of its own, followed by في and a named body, acts for that body.
    fn member_of(&self, a: usize) -> usize {
        let actor = &self.actors[a];
        let end = actor.end;
        if !actor.vague || actor.kind != crate::mentions::ROLE || end + 1 >= self.an.tokens.len() || !self.an.is_word(end) || self.an.folded(end) != "في" {
            return a;
        }
        self.actor_starting(end + 1)
            .filter(|&b| {
                let body = &self.actors[b];
                // (a body, not a country or its capital: "تظاهر الطلاب في
                // مصر" are students in Egypt, not Egypt)
                body.is_actor() && !body.vague && !body.place_only && body.prep.is_none() && !body.conj && body.kind != crate::mentions::GPE
            })
            .unwrap_or(a)
    }

    /// Whether token `k` is a number or a quantifier ("أكثر من", "نحو").
    fn quantity(&self, k: usize) -> bool {
        self.has(k, Particle::Quantifier) || self.an.tokens[k].kind == crate::text::TokenKind::Number
    }

    /// Whether token `k` may carry the preposition ب as a clitic ("ببيان",
    /// "بغارة").
    fn clitic_bi(&self, k: usize) -> bool {
        self.an.readings(k).iter().any(|r| r.prep == Some('ب') && r.key.chars().count() >= 3)
    }

    /// Whether the noun at `tok` follows a preposition of means ("في
    /// بيان", "عبر تغريدة", "خلال مؤتمر", "ببيان"). ("وفق بيان للجيش" names
    /// a source of its own, and stays a statement.)
    fn medium(&self, tok: usize) -> bool {
        self.clitic_bi(tok) || (tok > 0 && self.an.is_word(tok - 1) && matches!(strip_conj(self.an.folded(tok - 1)), "في" | "عبر" | "خلال"))
    }

    /// "قتل 80 مدنيا في هجوم", "اعتقل 12 شخصا": a verb of force or coercion
    /// whose subject would be civilians named after it is an unvocalised
    /// passive (قُتل، اعتُقل); civilians neither arrest nor wage war, and the
    /// accusative ("مدنيا", "شخصا") is an object. Protesters may assault
    /// (18), so that root keeps its active reading unless an agent marker
    /// follows ("على يد", "برصاص").
    fn victim_after(&self, t: &Trigger, p: &Pattern, s_start: usize, s_end: usize) -> bool {
        if t.noun || !matches!(p.code.as_deref().and_then(|c| c.get(..2)), Some("17" | "18" | "19" | "20")) {
            return false;
        }
        // "قتل على يد مسلحين": an agent marker with an actor after it makes
        // the verb passive ("برصاص حي" is only the means)
        let marker = (t.end.saturating_sub(1)..(t.end + SUBJECT_WINDOW).min(s_end))
            .take_while(|&k| self.an.is_word(k) || self.an.tokens[k].kind == crate::text::TokenKind::Number)
            .any(|k| {
                self.has(k, Particle::AgentMarker)
                    && (k + 1..(k + 4).min(s_end))
                        .find_map(|j| self.actor_starting(j))
                        .is_some_and(|a| !self.after_preposition(&self.actors[a]))
            });
        if marker {
            return true;
        }
        if p.code.as_deref().is_some_and(|c| c.starts_with("18")) {
            return false;
        }
        let Some(a) = self.explicit_subject(t, s_start, s_end) else { return false };
        let actor = &self.actors[a];
        // "أن خاشقجي قتل داخل القنصلية", "إن الناشط اعتقل في منزله": a
        // person or a civilian before a bare verb whose passive is spelt as
        // its active, with no object after it (only a preposition, a place
        // adverb or the clause's end), is who suffers it
        if actor.end <= t.tok {
            let bare = !t.object_pronoun && p.literals.is_empty() && takes_direct_object(p) && unmarked_passive(p);
            let k = self.past_dates_and_adverbs(t.end, s_end);
            return bare && !(k < s_end && self.object_at(k)) && (actor.is_person() || (actor.kind == crate::mentions::ROLE && !self.enforcer(a)));
        }
        // ("قتل 25 فلسطينيا", "قتل ثلاثة فلسطينيين": people named by a nisba
        // in the accusative or oblique case are no verb's subject)
        if self.oblique_people(a) {
            return true;
        }
        if actor.kind != crate::mentions::ROLE {
            return false;
        }
        if actor.code.as_deref().is_some_and(|c| c.ends_with("CVL")) {
            return true;
        }
        // "قتل جنديان في غارة", "قتل ثلاثة جنود بقصف": a bare transitive
        // verb whose would-be subject is counted people (a number before
        // it, or a dual) followed by no object, only a preposition or the
        // sentence's end. (A body such as "الشرطة" acts: "قتلت الشرطة في
        // ولاية كاليفورنيا الممثلة ...")
        let bare_transitive =
            !t.object_pronoun && p.literals.is_empty() && p.targets.first().is_some_and(|m| matches!(m, crate::lexicon::TargetMarker::Object));
        // (or one person named by an indefinite role after a verb of force
        // spelt as its three letters, whose active would need an object: "وقتل جندي
        // أمريكي في انفجار عبوة ناسفة"; not a body, "قوات")
        let indefinite = self.without_article(a) && !self.an.folded(actor.start).ends_with("ات") && self.bare_triliteral(t) && force_root(p);
        let counted = (t.end..actor.start).any(|k| self.quantity(k) || crate::mentions::is_number_word(self.an.folded(k)))
            || strip_conj(self.an.folded(actor.start)).ends_with("ان")
            || indefinite;
        let k = actor.end;
        let no_object = k >= s_end
            || self.an.is_punct(k, ".")
            || matches!(strip_conj(self.an.folded(k)), "في" | "خلال" | "اثر" | "جراء" | "اثناء" | "بعد" | "قرب")
            || (self.clitic_bi(k) && self.actor_at[k].is_none());
        bare_transitive && counted && no_object
    }

    /// The code and rule of the attack named after a verb of killing or
    /// wounding ("في هجوم بغاز سام", "جراء قصف", "بغارة"), when nobody is
    /// named as its author: the gravest of the force nouns there.
    fn force_adjunct(&self, from: usize, s_end: usize) -> Option<(String, String)> {
        let end = (from + 10).min(s_end);
        let start = (from..end).find(|&k| {
            self.an.is_word(k) && (matches!(strip_conj(self.an.folded(k)), "في" | "جراء" | "اثر" | "خلال") || self.clitic_bi(k)) && self.actor_at[k].is_none()
        })?;
        let mut best: Option<(String, String)> = None;
        for j in start..(start + 4).min(end) {
            if !self.an.is_word(j) || self.an.is_punct(j, "،") {
                break;
            }
            let Some(t) = self.trigger_at(j, s_end).filter(|t| t.noun) else { continue };
            let p = &self.lex.patterns[t.pattern as usize];
            let Some(code) = p.code.as_deref().filter(|c| matches!(c.get(..2), Some("18" | "19" | "20"))) else {
                continue;
            };
            // (an attack with its author named is coded from the noun itself)
            if self.nisba_agent(j).is_some() || self.actor_starting(t.end).is_some_and(|a| self.actors[a].prep == Some('ل')) {
                return None;
            }
            if best.as_ref().is_none_or(|(c, _)| code.get(..2) > c.get(..2)) {
                best = Some((code.to_string(), p.rule.clone()));
            }
        }
        best
    }

    /// Whether the event noun is taken up right after it by a verb with an
    /// object pronoun whose own subject is not named ("اتصال هاتفي أجراه
    /// مع نظيره"): a relative clause about the noun.
    fn resumed_by_verb(&self, t: &Trigger, s_end: usize) -> bool {
        let k = t.end;
        // (a verb with a conjunction opens a clause of its own: "ونددت الحركة
        // بالاعتقال ووصفته بأنه ...")
        if k + 1 >= s_end || !self.an.is_word(k) || !self.verb_with_object_pronoun(k) || self.covered_at(k) || self.an.folded(k).starts_with(['و', 'ف']) {
            return false;
        }
        // (its own subject may be a word the lexicon does not know: "غارات
        // نفذتها ثلاث دول غربية"; so the verb must be followed, past dates
        // and adverbs, by a preposition or the end of the clause)
        let mut next = k + 1;
        while next < s_end && (self.date_tok[next] || self.has(next, Particle::Adverb) || self.an.is_punct(next, "،") || self.an.is_punct(next, ",")) {
            next += 1;
        }
        next >= s_end || !self.an.is_word(next) || is_preposition(self.an.folded(next))
    }

    /// People named by a nisba used as a noun in the accusative or oblique
    /// case ("فلسطينيا", "فلسطينيين"): an object, never a subject.
    fn oblique_people(&self, a: usize) -> bool {
        let actor = &self.actors[a];
        actor.kind == crate::mentions::MISC && actor.end > actor.start && {
            let last = self.an.folded(actor.end - 1);
            last.ends_with("يا") || last.ends_with("يين")
        }
    }

    /// An actor right after an event noun that its literal words go on
    /// after with a preposition ("وقوف المجلس إلى جانب", "تضامن الحكومة مع"):
    /// the genitive of a noun whose object needs a preposition is its doer.
    /// "اعتقال رئيس الوزراء عبد الله حمدوك", "اغتيال القيادي": a person in
    /// the genitive of a coercive or violent act (roots 16 to 20) that takes
    /// a direct object (or one with ل when none follows) is who suffers it,
    /// not who does it. (A body or a state there is the doer: "قصف إسرائيل
    /// لغزة", "اعتقال السلطات".)
    fn patient_genitive(&self, t: &Trigger, a: usize) -> bool {
        let p = &self.lex.patterns[t.pattern as usize];
        let actor = &self.actors[a];
        let root = p.code.as_deref().and_then(|c| c.get(..2));
        // (a role too when the act is one of roots 17 to 20, unless it is
        // one that enforces: "اعتقال قيادي في تنظيم داعش", "قتل المدنيين",
        // not "احتجاز السلطات الأمنية")
        let enforcer = self.enforcer(a);
        // (an enforcer named without the article and not as a body, "ضابط
        // مخابرات", "عملاء استخبارات روس", is a person who suffers the act;
        // "قوات خاصة", "سلطات براغ" do it)
        let indefinite = self.without_article(a) && !self.an.folded(actor.start).ends_with("ات");
        let role = actor.kind == crate::mentions::ROLE && coercion_root(p) && (!enforcer || indefinite);
        // (a noun made an actor by its nisba is in the genitive, and suffers
        // the act, when the act's noun is in the construct, without the
        // article, and the noun has it ("قتل الصحفي السعودي", "اعتقال المعارض
        // الروسي") or neither has it and the noun is no adjective in -ي
        // ("بقتل خادمة فلبينية", "باختطاف طائرة مصرية"); an adjective agrees
        // with the act's noun: "القمع الدموي المصري", "هجمات إلكترونية روسية")
        let nisba_patient = actor.modifier && coercion_root(p) && {
            let head_definite = self.an.readings(t.end - 1).iter().any(|r| r.article);
            let definite = self.an.readings(actor.start).iter().any(|r| r.article);
            let w = strip_conj(self.an.folded(actor.start));
            !head_definite && (definite || !(w.ends_with('ي') || w.ends_with("يه")))
        };
        // (an object after the genitive with ل makes the genitive the doer:
        // "اعتقال قوات كردية للجهادي", "اقتحامات المستوطنين لباحات المسجد",
        // "توقيف السلطات له"; not a purpose, "اعتقال خاشقجي لاستجوابه",
        // "للتحقيق معه")
        // (an embassy, a consulate or a headquarters in the genitive of an
        // act of force is where it struck: "تفجير السفارة الأسترالية")
        let building = coercion_root(p) && self.building(a);
        // (a building, also when the act takes its object with a
        // preposition: a building does nothing)
        (building || (actor.is_person() || role || nisba_patient) && takes_direct_object(p) && root.is_some_and(|r| ("16".."21").contains(&r)))
            && !self.lam_object_at(actor.end)
            && actor.prep.is_none()
    }

    /// A sentence or conviction (116) by courts, recorded though the
    /// convicts are named by no actor ("قضت المحكمة بالسجن على سبعة
    /// متهمين"); not by anyone else, who is mostly the one sentenced in an
    /// unvocalised passive ("حكم عليه بالسجن").
    fn court_sentence(&self, code: &str, sources: &[usize]) -> bool {
        code.starts_with("116") && sources.iter().all(|&s| self.actors[s].code.as_deref().is_some_and(|c| c.ends_with("JUD")))
    }

    /// Whether the token at `k` is the mark that opens the direct quote
    /// `tok` is in.
    fn opens_quote_of(&self, k: usize, tok: usize) -> bool {
        !self.an.is_word(k) && self.quote_of[tok].is_some_and(|q| self.quote_of[k] == Some(q) && (k == 0 || self.quote_of[k - 1] != Some(q)))
    }

    /// Whether an actor ends right before `k` that opens its sentence or
    /// follows a complementiser (with the actors joined to it by و).
    fn clause_subject_ending(&self, k: usize, s_start: usize) -> bool {
        self.actor_ending(k).is_some_and(|a| {
            let start = self.actors[self.coordination_head(a)].start;
            start == s_start || (start > s_start && self.complementiser(start - 1))
        })
    }

    /// Whether the last of the pattern's literal words at `t` is a noun in
    /// the construct: after the verb, with neither the article nor a
    /// pronoun, and no accusative in ا ("باستهداف", "بقصف"; not "بشدة"
    /// adverbs, "رسميا").
    fn construct_literal_before(&self, t: &Trigger) -> bool {
        if t.end <= t.tok + 1 || !self.an.is_word(t.end - 1) {
            return false;
        }
        clitic_preposition_noun(self.an.folded(t.end - 1))
            .is_some_and(|rest| !rest.ends_with('ا') && !self.ends_in_ta_marbuta(t.end - 1) && !self.pronoun_suffixed(t.end - 1))
    }

    /// Whether the word at `tok` ends as a dual perfect does (a perfect
    /// and ا, not the plural وا) and follows a verb in its sentence: "وقدم نتانياهو عرضا"
    /// is an offer made, not two who offered.
    fn dual_after_verb(&self, tok: usize) -> bool {
        let w = strip_conj(self.an.folded(tok));
        // (the word without its ا a perfect too: not "دعا", "بدا"; and no
        // tanwin written, a noun that the verb's line codes as it is:
        // "أعلن حظراً على")
        !self.an.raw(tok).contains('\u{064B}')
            && w.strip_suffix('ا')
                .is_some_and(|stem| !stem.ends_with('و') && !self.lex.verb_forms(stem).is_empty())
            && tok > 0
            && self.an.same_sentence(tok - 1, tok)
            && {
                // (or the verb's subject between them: "وقدم نتانياهو عرضا")
                let before = self.actor_ending(tok).map_or(tok - 1, |a| self.actors[a].start.saturating_sub(1));
                self.an.same_sentence(before, tok) && self.is_verb(before)
            }
    }

    /// Whether the word at `k` is an event noun written with a clitic
    /// preposition (ب or ل, after an optional و) and neither the article nor
    /// a pronoun, so that it heads a construct and the word after it is its
    /// genitive, never a verb: "بدعم فرض عقوبات", "بتهمة قتل".
    fn construct_head_with_preposition(&self, k: usize, next: usize) -> bool {
        // (a singular feminine noun in the construct without the preposition
        // too, right after a preposition, an adverb or a verb, where it can be
        // no adjective: "تقف وراء محاولة قتل الجاسوس", "في جريمة قتل"; not
        // "مجموعة مسلحة شنت", nor before فيه/فيها, "بلدة قتل فيها")
        let bare = strip_conj(self.an.folded(k));
        let governed = k > 0 && self.an.same_sentence(k - 1, k) && self.an.is_word(k - 1) && {
            let prev = strip_conj(self.an.folded(k - 1));
            is_preposition(prev) || is_genitive_adverb(prev) || self.is_verb(k - 1)
        };
        if governed
            && bare.chars().count() >= 4
            && !bare.starts_with("ال")
            && self.ends_in_ta_marbuta(k)
            && self.an.folded(next).chars().count() == 3
            && !(next + 1 < self.an.tokens.len() && self.an.is_word(next + 1) && matches!(self.an.folded(next + 1), "فيه" | "فيها"))
        {
            return true;
        }
        let Some(rest) = clitic_preposition_noun(self.an.folded(k)) else {
            return false;
        };
        // (also any singular feminine noun before a word of three letters,
        // a perfect spelt as its masdar: "بتهمة قتل", "بمحاولة اغتيال")
        // (four letters and more after the preposition: "لحظة", "بيئة" are
        // words of their own)
        if rest.chars().count() >= 4 && self.ends_in_ta_marbuta(k) && self.an.folded(next).chars().count() == 3 {
            return true;
        }
        // (a noun of its own, not the first word of a longer one, "لقوات
        // تدعمها"; nor a plural, which an adjectival clause may follow
        // without a relative: "بتصريحات وصفتها بأنها")
        !rest.ends_with("ات") && self.lex.noun_patterns(rest).iter().any(|&p| self.lex.patterns[p as usize].literals.is_empty())
    }

    /// Whether the event noun `t` is an act of coercion or force that takes
    /// a direct object (roots 17 to 20): "اعتقال", "احتجاز", "اغتيال".
    fn coercive(&self, t: &Trigger) -> bool {
        let p = &self.lex.patterns[t.pattern as usize];
        coercion_root(p) && takes_direct_object(p)
    }

    /// Whether what starts at `k` may be a verb's direct object: an actor, a
    /// number, or a word that is no preposition, place adverb or word with
    /// a preposition attached ("رجلين", not "في", "داخل", "بداخلها").
    fn object_at(&self, k: usize) -> bool {
        self.actor_starting(k).is_some()
            || self.number_at(k)
            || (self.an.is_word(k) && {
                let w = strip_conj(self.an.folded(k));
                !is_preposition(w) && !is_place_adverb(w) && self.an.readings(k).iter().all(|r| r.prep.is_none())
            })
    }

    /// "رفضا لـ", "دعما لـ": a three-letter verb whose masdar is spelt as
    /// it, with the accusative ا and a noun with ل after it.
    /// (Not the object of a verb right before it, or of one before its
    /// subject: "فرضت السلطات حظرا للتجول", "قدم طلبا"; nor "شكرا لـ",
    /// which thanks.)
    fn masdar_of_purpose(&self, t: &Trigger) -> bool {
        let next = t.tok + 1;
        let object = || {
            t.tok > 0
                && (self.is_verb(t.tok - 1)
                    || self
                        .actor_ending(t.tok)
                        .is_some_and(|a| self.actors[a].start > 0 && self.is_verb(self.actors[a].start - 1)))
        };
        self.triliteral_verb(t)
            .is_some_and(|verb| verb != "شكر" && strip_conj(self.an.folded(t.tok)).strip_suffix('ا') == Some(verb.as_str()))
            && !object()
            && next < self.an.tokens.len()
            && self.an.is_word(next)
            && self.an.raw(next).starts_with('ل')
            && self.an.readings(next).iter().any(|r| r.prep == Some('ل'))
            // (not a word that begins with ل and names an event: "رفضا لقاء")
            && (self.an.raw(next).starts_with("لل") || self.an.raw(next).starts_with("لـ") || self.trigger_at(next, self.an.sentence_range(next).1).is_none())
    }

    /// Whether actor `a` is named by a building of its body: "السفارة
    /// الأسترالية", "مقر الحكومة", "مبنى البرلمان". A building does nothing.
    fn building(&self, a: usize) -> bool {
        matches!(
            crate::text::strip_article(strip_conj(self.an.folded(self.actors[a].start))),
            "سفاره" | "سفارات" | "قنصليه" | "قنصليات" | "مقر" | "مقرات" | "مبني" | "مباني" | "سجن" | "سجون"
        )
    }

    /// A named person or a role (not a state, nor a place) of a sector of
    /// public life and of none that bears arms: "أردوغان", "الرئيس التركي",
    /// "الحكومة", "وسائل الإعلام"; not "مسلحون", "الجيش", "إسرائيل", nor
    /// people of no office ("الرجل", "محتجين"), who are attacked with fists.
    fn unarmed_individual(&self, a: &Actor) -> bool {
        (a.is_person() || a.kind == crate::mentions::ROLE)
            && a.code.as_deref().is_some_and(|c| {
                !code_sectors(c).any(|x| matches!(x, "MIL" | "REB" | "UAF" | "CRM" | "SPY" | "COP" | "INS" | "CVL" | "REF"))
                    && code_sectors(c).any(|x| matches!(x, "GOV" | "LEG" | "JUD" | "MED" | "PTY" | "OPP" | "ELI" | "HRI" | "REL" | "IGO" | "NGO"))
            })
    }

    /// Whether actor `a` is of a sector that arrests, fights or judges
    /// (GOV, COP, MIL, JUD, SPY).
    fn enforcer(&self, a: usize) -> bool {
        let actor = &self.actors[a];
        let sector = actor.code.as_deref().map(|c| {
            if actor.country.is_some() {
                c.get(3..6).unwrap_or("")
            } else {
                c.get(..3).unwrap_or(c)
            }
        });
        matches!(sector, Some("GOV" | "COP" | "MIL" | "JUD" | "SPY"))
    }

    /// Whether the word at `e` is the object of a masdar marked with ل (a
    /// name, a number or a pronoun after it, "لـ6 أتراك", "له", "لباحات
    /// المسجد"), not a purpose ("لاستجوابه", "للتحقيق").
    fn lam_object_at(&self, e: usize) -> bool {
        self.an.is_word(e) && {
            let w = self.an.folded(e);
            self.an.raw(e).starts_with("لـ")
                || w.strip_prefix('ل').is_some_and(|r| PRONOUN_SUFFIXES.contains(&r))
                || (strip_pronoun(w).is_none()
                    && self.an.readings(e).iter().any(|r| r.prep == Some('ل'))
                    && self.trigger_at(e, self.an.sentence_range(e).1).is_none())
        }
    }

    fn genitive_agent(&self, t: &Trigger) -> Option<usize> {
        let a = self.actor_starting(t.tok + 1).filter(|&a| !self.patient_genitive(t, a))?;
        let actor = &self.actors[a];
        let end = actor.end;
        let prep_follows = end + 1 < t.end && matches!(self.an.folded(end), "الي" | "مع" | "ضد" | "علي");
        (actor.is_actor() && actor.prep.is_none() && !actor.conj && !actor.both_sides && prep_follows).then_some(a)
    }

    /// What an object pronoun on a verb refers to: the nearest actor named
    /// before the verb, in this sentence or the one before, that is not
    /// the subject's side.
    fn pronoun_antecedent(&self, tok: usize, subjects: &[usize]) -> Option<usize> {
        let si = self.an.sentence_of[tok] as usize;
        let from = self.an.sentences[si.saturating_sub(1)].tok_start;
        let sides: Vec<Option<&str>> = subjects.iter().map(|&s| self.actors[s].country_code()).collect();
        (0..self.actors.len()).rev().find(|&i| {
            let a = &self.actors[i];
            a.end <= tok && a.start >= from && a.is_actor() && !a.vague && !a.both_sides && !sides.contains(&a.country_code())
        })
    }

    /// The first place or country named after `from` in the clause.
    fn place_target(&self, from: usize, s_end: usize) -> Option<usize> {
        let window = || (from..s_end.min(from + TARGET_WINDOW)).take_while(|&k| !self.an.is_punct(k, "«"));
        // what is fired towards ("باتجاه إسرائيل", "نحو المستوطنات") is
        // the target, whatever is named before it
        let towards = window().find_map(|k| {
            // ("نحو" before a number is "about": "نحو مليوني فلسطيني")
            (self.an.is_word(k) && is_direction(self.an.folded(k)) && !self.number_at(k + 1) && !self.count_at(k + 1))
                .then(|| {
                    let a = self.actor_at.get(k + 1).copied().flatten()? as usize;
                    let actor = &self.actors[a];
                    let named = actor.place_only && actor.country.is_some() || actor.kind == crate::mentions::GPE || actor.country_code().is_some();
                    (actor.start == k + 1 && named && !actor.vague).then_some(a)
                })
                .flatten()
        });
        towards.or_else(|| {
            window().find_map(|k| {
                let a = self.actor_at[k]? as usize;
                let actor = &self.actors[a];
                (actor.start == k && (actor.place_only && actor.country.is_some() || actor.kind == crate::mentions::GPE)).then_some(a)
            })
        })
    }

    /// The target of a pattern that names no target marker: an actor inside
    /// the matched words, between the verb (or its subject) and the
    /// pattern's literal words, is the verb's object ("طالب الاتحاد
    /// الأوروبي السلطات الروسية بالإفراج", "رفضت حماس المقترح الإسرائيلي
    /// لوقف إطلاق النار"); for stances, appeals, demands, rejections and
    /// threats, the first actor or country-place in the rest of the clause
    /// is what the stance is about ("أعرب عن قلقه إزاء ... في الخرطوم",
    /// "أبدى استعداده للقاء نظيره الروسي"). The source's own country is
    /// never its target this way.
    fn default_object(&self, t: &Trigger, from: usize, s_end: usize, sources: &[usize], code: &str) -> Option<usize> {
        let own: Vec<Option<&str>> = sources.iter().map(|&s| self.actors[s].country_code()).collect();
        let usable = |a: usize| {
            let actor = &self.actors[a];
            !sources.contains(&a) && actor.code.is_some() && !actor.vague && !actor.both_sides && !own.contains(&actor.country_code())
        };
        let inside = (from..t.end).find_map(|k| self.actor_starting(k).filter(|&a| usable(a)));
        if inside.is_some() {
            return inside;
        }
        if !matches!(code.get(..2), Some("01" | "02" | "03" | "10" | "11" | "12" | "13" | "14")) {
            return None;
        }
        let an = self.an;
        // (where a protest is, is none of its parties: "نزل المتظاهرون إلى
        // الشوارع في عدة مدن باكستانية")
        let protest = code.starts_with("14");
        (t.end..s_end.min(t.end + TARGET_WINDOW))
            .take_while(|&k| {
                !(an.is_punct(k, "«")
                    || an.is_punct(k, ":")
                    || an.is_punct(k, "،")
                    || an.is_punct(k, ",")
                    || an.is_punct(k, "\"")
                    || self.has(k, Particle::AccordingTo)
                    || (an.is_word(k) && strip_conj(an.folded(k)) == "لكن"))
            })
            .find_map(|k| {
                let a = self.actor_at[k]? as usize;
                let actor = &self.actors[a];
                // (a country or its land after في, or where a march goes,
                // after إلى or نحو, the pattern's own or not ("خرجوا إلى
                // شوارع العاصمة عمان"); not an institution there: "رفضا لاعتقاله
                // في السجون الإسرائيلية", "توجهوا إلى السفارة الأمريكية"; and
                // the rest of a list of places: "في كل من الهند وباكستان")
                let capital_word = |j: usize| an.is_word(j) && matches!(strip_conj(an.folded(j)), "العاصمه" | "عاصمه");
                let place_at = |a: usize| {
                    let actor = &self.actors[a];
                    let k = actor.start;
                    let gpe = actor.kind == crate::mentions::GPE || actor.code.as_deref() == actor.country_code();
                    actor.place_only
                        || (gpe
                            && (k.saturating_sub(3).max(t.tok + 1)..k)
                                .any(|j| an.is_word(j) && matches!(strip_conj(an.folded(j)), "في" | "الي" | "نحو")))
                        // (a capital named as such is the city: "طريقا يربط
                        // العاصمة كابل بباكستان"; and so is one after a word of
                        // place, "بوسط العاصمة التايلاندية")
                        || (gpe
                            && k > t.tok + 1
                            && (capital_word(k - 1)
                                || (an.is_word(k - 1) && is_place_adverb(an.folded(k - 1).strip_prefix('ب').unwrap_or(an.folded(k - 1))))))
                        || (gpe && capital_word(k))
                };
                let place = place_at(a) || (actor.conj && place_at(self.coordination_head(a)));
                // (and a protest may be against a person of its own country:
                // "يتظاهرون للمطالبة باستقالة نتانياهو")
                let usable = |a: usize| usable(a) || (protest && self.actors[a].is_person() && self.protest_party(a, sources));
                // (what a protest is against is not what بـ joins to the
                // clause: "طريقا يربط كابل بباكستان", "مطالبين بالاستقلال")
                let joined = protest && actor.prep == Some('ب');
                (actor.start == k && (actor.code.is_some() || actor.place_only && actor.country.is_some()) && usable(a) && !(protest && place) && !joined)
                    .then_some(a)
            })
    }

    /// What a protest in this sentence is against, named after a word of
    /// opposition anywhere in it ("ضد", "معادية ل", "يسقط"): the first
    /// actor with a code at most two words after it, none of the sources'
    /// own side.
    fn protested(&self, s_start: usize, s_end: usize, sources: &[usize]) -> Option<usize> {
        // (a slogan's quotation marks may stand between: "ضد «الناتو»")
        let quote = |j: usize| self.an.is_punct(j, "«") || self.an.is_punct(j, "»") || self.an.is_punct(j, "\"");
        (s_start..s_end).filter(|&k| self.has(k, Particle::Against)).find_map(|k| {
            // (not past a preposition of place: "احتجاجات ضد زيارته في المدن
            // الألمانية")
            (k + 1..(k + 4).min(s_end))
                .take_while(|&j| quote(j) || (self.an.is_word(j) && !is_preposition(self.an.folded(j))))
                .find_map(|j| self.actor_starting(j))
                .filter(|&a| !self.actors[a].place_only && self.protest_party(a, sources))
        })
    }

    /// Whether actor `a` may be what the protest of `sources` is against:
    /// named with a code, no vague role, and not one of the protesters'
    /// own code.
    fn protest_party(&self, a: usize, sources: &[usize]) -> bool {
        let actor = &self.actors[a];
        !sources.contains(&a) && actor.code.is_some() && !actor.vague && !actor.both_sides && !sources.iter().any(|&s| self.actors[s].code == actor.code)
    }

    /// Who did what a protest is against, when its purpose names an act:
    /// "للاحتجاج على ما وصفوه بانتهاكات الرئيس الباكستاني", "احتجاجا على
    /// مقتل مدنيين على يد قوات التحالف", or who is to do what it demands:
    /// "للمطالبة باستقالة الحكومة". The act's agent (after "على يد",
    /// "برصاص" ...) or a noun's genitive doer, with a code of a country
    /// other than the protesters'.
    fn protested_act(&self, from: usize, s_end: usize, sources: &[usize]) -> Option<usize> {
        let p = (from..(from + 2 * TARGET_WINDOW).min(s_end)).find(|&k| self.purpose_word(k))?;
        let act = (p + 1..(p + 6).min(s_end)).find_map(|k| self.trigger_at(k, s_end))?;
        let pattern = self.lex.patterns.get(act.pattern as usize)?;
        let doer = self.agent(act.end, s_end, false).or_else(|| {
            if act.noun {
                self.actor_starting(act.end)
                    .filter(|&a| !self.patient_genitive(&act, a) && self.actors[a].prep.is_none())
            } else {
                None
            }
        })?;
        let actor = &self.actors[doer];
        let own = sources
            .iter()
            .any(|&s| self.actors[s].country_code().is_some() && self.actors[s].country_code() == actor.country_code());
        (pattern.code.is_some() && actor.country_code().is_some() && !actor.vague && !actor.place_only && !own).then_some(doer)
    }

    /// Whether word `k` names what a protest is for: against ("احتجاجا على",
    /// "تنديدا ب", "رفضا ل") or demanding ("للمطالبة ب", "تطالب ب": the one
    /// who is to do what is demanded, "هتافات تطالب بـ«استقالة ثاباتيرو»").
    fn purpose_word(&self, k: usize) -> bool {
        self.an.is_word(k)
            && self.an.readings(k).iter().any(|r| {
                matches!(
                    r.key,
                    "احتجاج"
                        | "احتجاجا"
                        | "تنديد"
                        | "تنديدا"
                        | "رفض"
                        | "رفضا"
                        | "مطالبة"
                        | "مطالبين"
                        | "مطالبا"
                        | "مطالبون"
                        | "يطالب"
                        | "يطالبون"
                        | "تطالب"
                        | "طالب"
                        | "طالبوا"
                        | "طالبت"
                )
            })
    }

    /// "خرج آلاف الشبان الكينيين ... رفضا لمشروع قانون المالية": a protest
    /// with no target whose purpose is a measure of government (a `policy`
    /// word of particles.tsv right after the purpose word) is against the
    /// government of the protesters' country, when they have one and the
    /// measure names no one else (a named doer is found before, by
    /// `protested_act` or the target markers).
    fn policy_protests(&self, events: &mut [Event]) {
        for e in events.iter_mut().filter(|e| e.root == "14" && e.target.is_none()) {
            let Some(cc) = e.source.as_deref().and_then(|c| c.get(..3)).filter(|c| self.lex.country(c).is_some()) else {
                continue;
            };
            let s = &self.an.sentences[e.sentence];
            let policy = (s.tok_start..s.tok_end)
                .filter(|&k| self.purpose_word(k))
                .find_map(|k| (k + 1..(k + 3).min(s.tok_end)).find(|&j| self.has(j, Particle::Policy)));
            if let Some(j) = policy {
                e.target = Some(format!("{cc}GOV"));
                e.target_text = Some(self.an.raw(j).to_string());
                e.rule.push_str(" + a measure of government protested (particles.tsv policy)");
            }
        }
    }

    /// The passive light verb before an event noun ("يتعرضون لهجوم").
    fn passive_light_verb(&self, t: &Trigger, s_start: usize) -> Option<usize> {
        let light = |k: usize| {
            let w = strip_conj(self.an.folded(k));
            PASSIVE_LIGHT.iter().any(|stem| w.contains(stem))
        };
        if let Some(k) = (t.tok.saturating_sub(2).max(s_start)..t.tok).find(|&k| light(k)) {
            return Some(k);
        }
        // (or further, over its subject, when the noun has its ل: "تعرض
        // المرشح للرئاسة في البرازيل، جاير بولسونارو لعملية طعن")
        if !self.an.readings(t.tok).iter().any(|r| r.prep == Some('ل')) {
            return None;
        }
        (t.tok.saturating_sub(12).max(s_start)..t.tok.saturating_sub(2))
            .rev()
            .take_while(|&k| !self.complementiser(k) && (!self.free_verb(k) || light(k)))
            .find(|&k| self.an.is_word(k) && light(k))
            .filter(|&k| self.actor_starting(k + 1).is_some())
    }

    /// Whether the word before `tok` is an auxiliary of the passive of an
    /// event noun: "تم", "يتم", "سيتم", "جرى", "يجري" ("تم اعتقال").
    fn after_passive_auxiliary(&self, tok: usize, s_start: usize) -> bool {
        tok > s_start && self.an.is_word(tok - 1) && matches!(strip_conj(self.an.folded(tok - 1)), "تم" | "يتم" | "سيتم" | "ستتم" | "جري" | "يجري" | "سيجري")
    }

    /// Whether `tok` is a passive light verb ("تعرض", "يتعرضون") with a
    /// word after ل within the next few words ("لاعتداء", "لهجوم").
    fn passive_light_ahead(&self, tok: usize, s_end: usize) -> bool {
        let w = strip_conj(self.an.folded(tok));
        PASSIVE_LIGHT.iter().any(|stem| w.contains(stem))
            && (tok + 1..(tok + 6).min(s_end))
                .take_while(|&k| self.an.is_word(k))
                .any(|k| self.an.readings(k).iter().any(|r| r.prep == Some('ل')))
    }

    /// The agent of a passive: "من X", "على يد X", "من قبل X" after the trigger
    /// (not a bare "من X" when `own_min`: the pattern's own preposition).
    fn agent(&self, from: usize, s_end: usize, own_min: bool) -> Option<usize> {
        let limit = (from + SUBJECT_WINDOW).min(s_end);
        // (the marker may close the pattern's own words: "قتل برصاص الشرطة")
        let from = if from > 0 && self.has(from - 1, Particle::AgentMarker) {
            from - 1
        } else {
            from
        };
        for k in from..limit {
            if self.an.is_punct(k, "،") || self.an.is_punct(k, "«") {
                return None;
            }
            // (not a building: "أفرج عنه من سجن بريطاني" is where from)
            if !own_min && strip_conj(self.an.folded(k)) == "من" {
                if let Some(a) = self.actor_starting(k + 1).filter(|&a| !self.building(a)) {
                    return Some(a);
                }
            }
            if self.has(k, Particle::AgentMarker) {
                // (not a place after في: "برصاص حي في بغداد")
                if let Some(a) = (k + 1..(k + 4).min(s_end))
                    .find_map(|j| self.actor_starting(j))
                    .filter(|&a| !self.after_preposition(&self.actors[a]))
                {
                    return Some(a);
                }
            }
        }
        None
    }

    /// The actor after an agent marker a few words before `tok`, in the same
    /// clause: "محاولة من قبل القوات التركية لاقتحامها".
    fn agent_before(&self, tok: usize, s_start: usize) -> Option<usize> {
        let mut k = tok;
        while k > s_start && tok - k < SUBJECT_WINDOW + 4 {
            k -= 1;
            if self.an.is_punct(k, "،") || self.an.is_punct(k, "«") {
                return None;
            }
            if self.has(k, Particle::AgentMarker) {
                return self.actor_starting(k + 1).filter(|&a| self.actors[a].end <= tok);
            }
        }
        None
    }

    /// "أشاد الرئيس تبون بالدعوى ...": a noun whose preposition is the one a
    /// verb right before the actor `a` takes is that verb's complement, and
    /// the verb's subject is not the noun's doer ("قام الجيش بقصف ..." is:
    /// "قام" takes no target).
    fn complement_of_verb_before(&self, a: usize, noun: usize, s_end: usize) -> bool {
        if self.object_of_force_after(a, noun, s_end) {
            return true;
        }
        let start = self.actors[a].start;
        let Some(prep) = self.an.readings(noun).iter().find_map(|r| r.prep) else {
            // without a preposition: the object of a verb of reproach,
            // refusal or praise ("أدان الوزير الهجوم"), or what is described
            // ("ووصف الزياني الهجوم بأنه ...")
            let described = noun + 1 < s_end && self.has(noun + 1, Particle::PronounSpeaker) && self.an.folded(noun + 1).starts_with('ب');
            return start > 0
                && self
                    .trigger_at(start - 1, s_end)
                    .is_some_and(|v| !v.noun && v.end == start && (described || judges_others(&self.lex.patterns[v.pattern as usize])));
        };
        start > 0
            && self.trigger_at(start - 1, s_end).is_some_and(|v| {
                let p = &self.lex.patterns[v.pattern as usize];
                !v.noun
                    && v.end == start
                    && p.code.is_some()
                    && p.targets
                        .iter()
                        .any(|m| matches!(m, TargetMarker::Prep(w) if w.chars().eq(std::iter::once(prep))))
            })
    }

    /// Whether the trigger is the bare perfect of a verb of three letters
    /// ("قتل", "قصف", "سجن"), spelt as its masdar, whose genitive is in
    /// the oblique case whether it does or suffers the act ("قنص المتمردين
    /// لهم", "وسجن الصحفيين").
    fn bare_triliteral(&self, t: &Trigger) -> bool {
        self.triliteral_verb(t).is_some_and(|verb| strip_conj(self.an.folded(t.tok)) == verb)
    }

    /// The verb of the trigger's pattern when it has three letters, the
    /// verbs whose masdar is spelt as their perfect ("قتل", "رفض").
    fn triliteral_verb(&self, t: &Trigger) -> Option<String> {
        pattern_verb(&self.lex.patterns[t.pattern as usize]).filter(|verb| verb.chars().count() == 3)
    }

    /// Whether no word of actor `a` carries the article ("جندي أمريكي",
    /// not "الجندي الأمريكي").
    fn without_article(&self, a: usize) -> bool {
        (self.actors[a].start..self.actors[a].end).all(|j| !self.an.readings(j).iter().any(|r| r.article))
    }

    /// Whether the word at `k` ends in ة as written (folding spells it ه,
    /// like the pronoun).
    fn ends_in_ta_marbuta(&self, k: usize) -> bool {
        self.an.raw(k).trim_end_matches(|c: char| crate::text::fold_char(c).is_none()).ends_with('ة')
    }

    /// Whether the word at `k` carries a pronoun of the third person
    /// ("عليها", "بإغلاقه", "مساحتها", "أحياءها", "بلاده", "إنه"), which in
    /// a relative clause takes the antecedent back. (A ة is no pronoun,
    /// though folding spells it ه.)
    fn pronoun_suffixed(&self, k: usize) -> bool {
        if self.ends_in_ta_marbuta(k) {
            return false;
        }
        let w = strip_conj(self.an.folded(k));
        ["هما", "هم", "هن", "ها", "ه"]
            .iter()
            .any(|p| w.strip_suffix(p).is_some_and(|stem| stem.chars().count() >= 1))
            && !matches!(w, "تجاه" | "اتجاه" | "وجه" | "الله" | "شبه" | "انتباه" | "اشتباه" | "رفاه" | "مياه" | "جبهه")
    }

    /// "خلال قمع الجيش الإسرائيلي مسيرة العودة", "اقتحام الشرطة اجتماعا
    /// للمعارضة": the noun right after actor `a`, who is the doer of an act
    /// of force named right before it, is that act's object, not `a`'s.
    fn object_of_force_after(&self, a: usize, noun: usize, s_end: usize) -> bool {
        let head = self.coordination_head(a);
        let start = self.actors[head].start;
        self.actors[a].end == noun
            && start > 0
            && self
                .trigger_at(start - 1, s_end)
                .is_some_and(|v| v.end == start && coercion_root(&self.lex.patterns[v.pattern as usize]))
    }

    /// A bare noun that may head a construct whose genitive follows it
    /// ("زعيم جماعة", "فساد صندوق"): a word that is no actor, preposition,
    /// definite noun, verb, complementiser, adverb or date.
    fn construct_head(&self, j: usize) -> bool {
        self.an.is_word(j)
            && self.actor_at[j].is_none()
            && !is_preposition(self.an.folded(j))
            && !self.an.readings(j).iter().any(|r| r.article)
            && !self.is_verb(j)
            && !self.has(j, Particle::Report)
            && !self.has(j, Particle::PronounSpeaker)
            && !self.has(j, Particle::Adverb)
            && !self.date_tok[j]
    }

    /// The subject of a verb that opens a relative clause with no pronoun
    /// taking the antecedent back: the antecedent ("زيغمار غابرييل، الذي اتهم
    /// المملكة"), unless it is an actor after a preposition or in the
    /// genitive of a noun, which may not be what the clause is about ("زيارة
    /// ماكرون إلى الهند والتي تختتم", "مزاعم فساد صندوق التنمية التي تشير").
    fn relative_subject(&self, tok: usize, s_start: usize) -> Option<usize> {
        // (a masculine pronoun does not go back to a feminine head: "تصريحات
        // وزير الخارجية الألماني، الذي اتهم")
        let masculine = matches!(strip_conj(self.an.folded(tok - 1)), "الذي" | "الذين" | "اللذين" | "اللذان");
        self.relative_antecedent(tok, s_start).filter(|&a| {
            let actor = &self.actors[a];
            let before = actor.start.checked_sub(1).filter(|&b| b >= s_start);
            let feminine = |b: usize| {
                let raw = self.an.raw(b);
                raw.ends_with('ة') || raw.ends_with("ات")
            };
            !self.after_preposition(actor) && actor.prep.is_none() && !before.is_some_and(|b| !(masculine && feminine(b)) && self.construct_head(b))
        })
    }

    /// The antecedent of a relative pronoun right before `tok`: "المتمردين
    /// الحوثيين في اليمن الذين ..." is the rebels, not Yemen.
    fn relative_antecedent(&self, tok: usize, s_start: usize) -> Option<usize> {
        if tok == 0 || tok <= s_start || !is_relative(self.an.folded(tok - 1)) {
            return None;
        }
        let rel = tok - 1;
        // (a comma may set the clause off: "ماكرون، الذي وصل إلى كيبيك")
        let a = self
            .actor_ending(rel)
            .or_else(|| {
                if rel > s_start && self.an.is_punct(rel - 1, "،") {
                    self.actor_ending(rel - 1)
                } else {
                    None
                }
            })
            .filter(|&i| self.actors[i].is_actor())?;
        if self.after_preposition(&self.actors[a]) {
            let p = self.actors[a].start - usize::from(self.actors[a].prep.is_none());
            if let Some(b) = self.actor_ending(p).filter(|&i| self.actors[i].is_actor()) {
                return Some(b);
            }
        }
        Some(a)
    }

    /// "إذا تعرضت مصالحنا لهجوم، فإننا سنرد": an attack in the condition (or
    /// a response promised in the consequence: "إذا ارتكب العدو أي حماقة
    /// فإننا سنرد بقوة") and a future act in the consequence, voiced by a
    /// speaker, is a threat.
    fn conditional_threat(&self, si: usize, force: bool, sentence_speaker: Option<usize>, quote_speaker: &[Option<usize>], events: &mut Vec<Event>) {
        let an = self.an;
        let s = &an.sentences[si];
        let Some(cond) = (s.tok_start..s.tok_end).find(|&k| self.has(k, Particle::Conditional)) else {
            return;
        };
        // the consequence opens with ف: "فإننا", "فسوف", "فسنرد"
        let opens = |k: usize| {
            an.is_word(k) && {
                let w = an.folded(k);
                w.strip_prefix('ف')
                    .is_some_and(|r| r.starts_with("ان") || r.starts_with("سوف") || is_future_form(r))
            }
        };
        let Some(apodosis) = (cond + 2..s.tok_end).find(|&k| opens(k)) else { return };
        let consequence = apodosis..s.tok_end.min(apodosis + 4);
        // (a condition on force, or a response promised in the consequence)
        if !force && !consequence.clone().any(|k| self.has(k, Particle::Retaliation)) {
            return;
        }
        let future = consequence
            .clone()
            .find(|&k| self.has(k, Particle::Future) || self.has(k, Particle::Retaliation) || is_future_form(an.folded(k)) && !self.covered_at(k));
        let Some(fut) = future else { return };
        let speaker = match self.quote_of[fut] {
            Some(q) => quote_speaker[q as usize],
            None => sentence_speaker,
        };
        let Some(speaker) = speaker else { return };
        let target = self.threat_addressee(CONDITIONAL_THREAT_CODE, speaker, s.tok_start, cond);
        let trig = Trigger {
            tok: fut,
            end: fut + 1,
            pattern: u32::MAX,
            future: true,
            first_plural: false,
            plural: false,
            noun: false,
            object_pronoun: false,
            passive: false,
        };
        if let Some(e) = self.make_event(CONDITIONAL_THREAT_CODE, CONDITIONAL_THREAT_RULE, &trig, si, speaker, target, 0.5) {
            events.push(e);
        }
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
        let other = |k: usize| {
            self.actor_starting(k).filter(|&a| {
                let c = self.actors[a].code.as_deref().map(|c| c.chars().take(3).collect::<String>());
                c.is_some() && c != src && !self.actors[a].vague
            })
        };
        let s_end = self.an.sentence_range(tok).1;
        (s_start..tok).rev().find_map(other).or_else(|| (tok + 1..s_end).find_map(other))
    }

    #[allow(clippy::too_many_arguments)]
    fn make_event(&self, code: &str, rule: &str, t: &Trigger, si: usize, source: usize, target: Option<usize>, confidence: f64) -> Option<Event> {
        let src = &self.actors[source];
        // a statement by "an official" with no country says nothing to code
        if src.vague && code.starts_with("01") {
            return None;
        }
        self.event(code, rule, t, si, Some(source), target, confidence)
    }

    /// An event whose source may be unknown ("انفجرت سيارة مفخخة", "اغتيل
    /// ... في ضربة"): only force has no named actor and still happened.
    #[allow(clippy::too_many_arguments)]
    fn event(&self, code: &str, rule: &str, t: &Trigger, si: usize, source: Option<usize>, target: Option<usize>, confidence: f64) -> Option<Event> {
        let an = self.an;
        let src = source.map(|i| &self.actors[i]);
        let source_code = match src {
            Some(a) => Some(a.code.clone()?),
            None => None,
        };
        if source_code.is_none() && target.is_none() && !matches!(code.get(..2), Some("14" | "18" | "19" | "20")) {
            return None;
        }
        let tgt = target.map(|i| &self.actors[i]);
        let mut target_code = tgt.and_then(|a| a.target_code().map(str::to_string));
        let mut tgt = tgt;
        // words about one's own country ("أعرب الملك عن تضامن الأردن") have no
        // other party: the statement stands without a target, the rest is dropped
        if code.get(..2).is_some_and(|r| ("01".."14").contains(&r)) {
            if let (Some(tc), Some(sc)) = (&target_code, &source_code) {
                if tc.len() == 3 && sc.get(..3) == Some(tc.as_str()) {
                    if !stands_alone(code) {
                        return None;
                    }
                    target_code = None;
                    tgt = None;
                }
            }
        }
        if let Some(tc) = &target_code {
            // a country acting on itself is a linking error, but its people,
            // forces and government act on each other ("IRQCVL" on "IRQGOV")
            if acts_on_itself(source_code.as_deref(), Some(tc)) {
                return None;
            }
        }
        // "هاجم أردوغان نتنياهو واصفا إياه": a person or an unarmed body
        // that attacks a person or an unarmed body attacks with words; so
        // does one that "launches an attack" on a court, a newspaper, a
        // party or an international body ("شن بولتون هجوما على المحكمة
        // الجنائية الدولية"), never on a state or armed men
        let verbal = code == "190" && !t.noun && src.is_some_and(|a| self.unarmed_individual(a)) && {
            let p = &self.lex.patterns[t.pattern as usize];
            if pattern_verb(p).as_deref() == Some("هاجم") {
                tgt.is_some_and(|a| self.unarmed_individual(a))
            } else {
                p.literals.iter().any(|l| l.starts_with("هجوم")) && tgt.is_some_and(|a| self.unarmed_individual(a) || unarmed_body(a))
            }
        };
        // "أدانت المحكمة المتهم بالتحريض": a court that condemns convicts
        let convicts = code == "111"
            && !t.noun
            && matches!(pattern_verb(&self.lex.patterns[t.pattern as usize]).as_deref(), Some("ادان" | "دان"))
            && src.and_then(|a| a.code.as_deref()).is_some_and(|c| code_sectors(c).take(2).any(|x| x == "JUD"));
        let (code, rule) = if verbal {
            ("111", format!("{rule} + a verbal attack: by a person on unarmed persons or bodies"))
        } else if convicts {
            ("116", format!("{rule} + a court that condemns convicts"))
        } else {
            (code, rule.to_string())
        };
        // (whom it convicts is a person; what follows the charge's بـ is no
        // one convicted: "أدانت المحكمة طاطور بدعم حركة الجهاد")
        let (tgt, target_code) = if convicts && !tgt.is_some_and(|a| a.is_person()) {
            (None, None)
        } else {
            (tgt, target_code)
        };
        let entry = self.lex.cameo(code)?;
        let root = code.get(..2).unwrap_or(code).to_string();
        let text_of = |a: &Actor| an.text[an.tokens[a.start].start..an.tokens[a.end - 1].end].to_string();
        let st = crate::setting::Trigger::new(t.tok, t.end, t.future, t.noun);
        let date = crate::setting::event_date(an, self.actors, self.dates, self.published, si, st).map(|d| d.to_string());
        let location = crate::setting::event_location(an, self.actors, self.dates, si, st, code, source, target);
        Some(Event {
            source: source_code,
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
            source_text: src.map(text_of),
            target_text: tgt.map(text_of),
            confidence,
            rule,
            code_name: entry.name.clone(),
        })
    }
}

/// "تجمع المتظاهرون أمام مبنى المجلس المحلي، مطالبين رئيس الوزراء العراقي
/// بفتح تحقيق": a protest with no target, or only a sector of no country
/// ("GOV"), is against the one its protesters appeal to, demand of,
/// criticise or reject in the same sentence (the target of their event of
/// root 02, 10, 11 or 12).
fn protests_demanding(events: &mut [Event], lex: &Lexicon) {
    let bare = |t: Option<&str>| t.is_none_or(|t| t.len() == 3 && lex.country(t).is_none());
    for i in 0..events.len() {
        let e = &events[i];
        if e.root != "14" || e.source.is_none() || !bare(e.target.as_deref()) {
            continue;
        }
        let demand = events.iter().find(|d| {
            matches!(d.root.as_str(), "02" | "10" | "11" | "12")
                && d.sentence == e.sentence
                && d.source == e.source
                && d.source_text == e.source_text
                && !bare(d.target.as_deref())
        });
        if let Some(d) = demand {
            let (target, target_text, rule) = (d.target.clone(), d.target_text.clone(), format!(" + target of its protesters' {}", d.code));
            let e = &mut events[i];
            e.target = target;
            e.target_text = target_text;
            e.rule.push_str(&rule);
        }
    }
}

/// CAMEO code of claiming responsibility.
const CLAIM_CODE: &str = "015";

/// "انفجرت سيارتان مفخختان ... وتبنت حركة الشباب الهجوم": an attack whose
/// author was not named takes the group that claims it, within three sentences
/// after it.
fn claimed_attacks(events: &mut [Event]) {
    let claims: Vec<(usize, Option<String>, Option<String>)> = events
        .iter()
        .filter(|e| e.code == CLAIM_CODE && e.source.is_some())
        .map(|e| (e.sentence, e.source.clone(), e.source_text.clone()))
        .collect();
    for (si, source, source_text) in claims {
        for e in events.iter_mut().filter(|e| e.source.is_none() && e.sentence <= si && si - e.sentence <= 3) {
            e.source = source.clone();
            e.source_text = source_text.clone();
            e.rule.push_str(" + claim of responsibility (015)");
        }
    }
}

/// CAMEO code of a plain statement: "Make statement, not specified below".
const STATEMENT_CODE: &str = "010";

/// A statement with no target ("قال", "أكد") is dropped when its source
/// did something else in the same sentence: the verb of saying only frames
/// the event reported there ("أعلنت الوزارة أنها استدعت السفير"). A plain
/// statement (010) is also dropped after an event of the same source in the
/// sentence before: "طالب عباس بحماية دولية. وقال عباس: ..." goes on with
/// the demand (its quote keeps its speaker).
fn redundant_statements(events: &mut Vec<Event>) {
    let bare = |e: &Event| e.root == "01" && e.target.is_none();
    let keep: Vec<bool> = events
        .iter()
        .map(|e| {
            !bare(e)
                || !events.iter().any(|o| {
                    !bare(o)
                        && o.source.is_some()
                        && o.source == e.source
                        && (o.sentence == e.sentence || (e.code == STATEMENT_CODE && o.sentence + 1 == e.sentence))
                })
        })
        .collect();
    let mut keep = keep.into_iter();
    events.retain(|_| keep.next().unwrap_or(true));
}

/// CAMEO code of an obligation put on someone: "Demand, not specified below".
const OBLIGATION_CODE: &str = "100";
const OBLIGATION_RULE: &str = "obligation: modal (particles.tsv) + على/عليه";

/// CAMEO code of a conditional threat: "Threaten, not specified below".
const CONDITIONAL_THREAT_CODE: &str = "130";
const CONDITIONAL_THREAT_RULE: &str = "conditional threat: إذا/لو + attack or a response promised, ف + future";

/// A future verb form: the prefix س on an imperfect (سنرد، ستقوم، سيعلن).
fn is_future_form(w: &str) -> bool {
    let w = strip_conj(w);
    let mut c = w.chars();
    c.next() == Some('س') && matches!(c.next(), Some('ي' | 'ت' | 'ن' | 'ا')) && w.chars().count() >= 4
}

/// "ألا" written with hamza above is أن + لا, a negation ("نأمل ألا تدعم");
/// written إلا it is "except". Folding merges them, so the written form decides.
/// (Read without copying the word: it is asked of most words before a trigger.)
fn is_written_alla(raw: &str) -> bool {
    let mut letters = raw.chars().filter(|&c| crate::text::fold_char(c).is_some()).peekable();
    // a conjunction or a preposition before it ("وألا", "بألا")
    if matches!(letters.peek(), Some('و' | 'ف' | 'ب')) {
        letters.next();
    }
    letters.eq("ألا".chars())
}

/// Stems of the passive light verbs: "تعرض لـ" (to be subjected to).
const PASSIVE_LIGHT: &[&str] = &["تعرض"];

/// Whether a text word (a reading's key) is the pattern's literal word, up to
/// the inflections a literal written in the singular takes: dual and plural
/// endings (اتفاقية / اتفاقيتين / اتفاقيات) and a pronoun suffix (قلقه).
fn literal_matches(key: &str, lit: &str) -> bool {
    let stem = lit.strip_suffix('ه').map(|s| (s, true)).unwrap_or((lit, false));
    // every way of matching below begins with the stem: most words are
    // ruled out by their first letters
    if !key.starts_with(stem.0) {
        return false;
    }
    if key == lit || strip_pronoun(key) == Some(lit) {
        return true;
    }
    let Some(rest) = key.strip_prefix(stem.0) else { return false };
    let endings: &[&str] = if stem.1 {
        &["تين", "تان", "تا", "تي", "ات", "ته", "تها", "تهم"]
    } else {
        &["ين", "ان", "ا", "ات", "ون"]
    };
    endings.contains(&rest)
}

/// A perfect verb vocalised as a passive: a damma on its first letter
/// ("قُتل", "اعتُقل" has it on the second after the prefix; both count).
fn vocalised_passive(raw: &str) -> bool {
    let w = raw.strip_prefix('و').or_else(|| raw.strip_prefix('ف')).unwrap_or(raw);
    let mut letters = 0;
    for c in w.chars() {
        if c == '\u{064F}' {
            return letters <= 3;
        }
        if crate::text::fold_char(c).is_some() {
            letters += 1;
            if letters > 3 {
                return false;
            }
        }
    }
    false
}

/// A country acting on itself, which is a linking error (its people,
/// forces and government act on each other: "IRQCVL" on "IRQGOV").
fn acts_on_itself(source: Option<&str>, target: Option<&str>) -> bool {
    source.zip(target).is_some_and(|(s, t)| s == t)
}

/// The 3ms perfect of a verb ending in ى whose stem, before an object
/// pronoun, ends in ا: "أجراه" -> "اجري", "استدعاها" -> "استدعي".
fn final_ya(stem: &str) -> Option<String> {
    stem.strip_suffix('ا').map(|base| format!("{base}ي"))
}

/// Whether a verb pattern's passive is spelt as its active when
/// unvocalised: a verb of three letters ("قتل" / "قُتل") or of the form
/// افتعل ("اعتقل" / "اعتُقل"); not "هاجم" / "هوجم" nor "أصاب" / "أصيب".
/// (The verb is read from the pattern's rule, "verbs.tsv:LINE verb ...",
/// which the lexicon writes so.)
fn unmarked_passive(p: &Pattern) -> bool {
    let Some(verb) = pattern_verb(p) else { return false };
    let letters: Vec<char> = verb.chars().collect();
    letters.len() == 3 || (letters.len() == 5 && letters[0] == 'ا' && matches!(letters[2], 'ت' | 'ط' | 'د'))
}

/// The word after the clitic preposition ب or ل of `w` (folded, after an
/// optional و), when three letters or more remain and they do not begin
/// with ل (the article after ل, "للحكومة"): "بدعم" gives "دعم".
fn clitic_preposition_noun(w: &str) -> Option<&str> {
    let w = strip_conj(w);
    w.strip_prefix('ب')
        .or_else(|| w.strip_prefix('ل'))
        .filter(|rest| rest.chars().count() >= 3 && !rest.starts_with('ل'))
}

/// A noun with the preposition بـ attached ("برحيل", "بالإفراج"), not one
/// of the words that merely begin with its letter ("بين", "بعد") nor a
/// compound preposition ("بسبب", "بشأن").
fn clitic_b_noun(w: &str) -> bool {
    let w = strip_conj(w);
    w.chars().count() >= 4
        && w.starts_with('ب')
        && !matches!(
            w,
            "بسبب"
                | "بشان"
                | "بحسب"
                | "بفعل"
                | "بدون"
                | "بعض"
                | "بعدما"
                | "بينما"
                | "بينهم"
                | "بينها"
                | "بيان"
                | "بيانا"
                | "بلاده"
                | "بلادها"
                | "بلدان"
        )
}

/// Attached pronouns of a noun, verb or preposition, longest first.
const PRONOUN_SUFFIXES: [&str; 6] = ["هما", "هم", "ها", "ه", "نا", "كم"];

/// The word without a possessive or object pronoun suffix, if it has one.
fn strip_pronoun(w: &str) -> Option<&str> {
    PRONOUN_SUFFIXES.iter().find_map(|s| w.strip_suffix(s)).filter(|r| r.chars().count() >= 3)
}

/// Whether `p` is an act of coercion or force (CAMEO roots 17 to 20).
/// Whether `p` is an act of force (roots 18 to 20: assault, fight, mass
/// violence).
fn force_root(p: &Pattern) -> bool {
    p.code.as_deref().and_then(|c| c.get(..2)).is_some_and(|r| ("18".."21").contains(&r))
}

fn coercion_root(p: &Pattern) -> bool {
    p.code.as_deref().and_then(|c| c.get(..2)).is_some_and(|r| ("17".."21").contains(&r))
}

/// Whether `p` is a verb of coercion or force whose passive is spelt as its
/// active ("قتل" / "قُتل").
fn unmarked_force(p: &Pattern) -> bool {
    coercion_root(p) && unmarked_passive(p)
}

/// Whether the event noun of `p` takes its object directly, or with the ل
/// that marks a masdar's object ("قتل", "اغتيال", "احتجاز"): not one whose
/// object follows another preposition ("هجوم على").
fn takes_direct_object(p: &Pattern) -> bool {
    p.targets.is_empty()
        || p.targets
            .iter()
            .any(|m| matches!(m, TargetMarker::Object) || matches!(m, TargetMarker::Prep(w) if w == "ل"))
}

/// Verbs of reproach (11), refusal (12) and praise (051): the act they
/// take is someone else's ("ندد بالاعتقال", "رحب بالاتفاق").
fn judges_others(p: &Pattern) -> bool {
    p.code
        .as_deref()
        .is_some_and(|c| c.starts_with("11") || c.starts_with("12") || c.starts_with("051"))
}

/// Whether `kana` is a form of the auxiliary كان that agrees with the
/// relative pronoun `rel` before it ("الذين كانوا", "التي كانت"), so that
/// the clause's subject is the antecedent ("الأشخاص الذين كانت تحتجزهم" has
/// another subject).
fn kana_agrees(rel: &str, kana: &str) -> bool {
    let forms: &[&str] = match strip_conj(rel) {
        "الذي" => &["كان", "يكون"],
        "التي" => &["كانت", "تكون"],
        "الذين" => &["كانوا", "يكونون"],
        "اللذين" | "اللذان" => &["كانا", "يكونان"],
        "اللتين" | "اللتان" => &["كانتا", "تكونان"],
        _ => return false,
    };
    forms.contains(&kana)
}

/// An organisation of public life that bears no arms, named as such: a
/// court, a medium, a party, a parliament, an international or
/// non-governmental body ("المحكمة الجنائية الدولية", "الصحافة
/// الأمريكية"); never a state alone or a force.
fn unarmed_body(a: &Actor) -> bool {
    a.kind != crate::mentions::PER
        && a.code.as_deref().is_some_and(|c| {
            c.len() > 3
                && !code_sectors(c).any(|x| matches!(x, "MIL" | "REB" | "UAF" | "CRM" | "SPY" | "COP" | "INS" | "SEP"))
                && code_sectors(c).any(|x| matches!(x, "JUD" | "MED" | "PTY" | "LEG" | "IGO" | "NGO" | "HRI" | "EDU"))
        })
}

/// The three-letter parts of a CAMEO actor code, at most three: "IRQGOV"
/// is IRQ and GOV.
fn code_sectors(c: &str) -> impl Iterator<Item = &str> {
    [c.get(..3), c.get(3..6), c.get(6..9)].into_iter().flatten()
}

/// An adverb of time or cause that governs a genitive noun ("أثناء",
/// "خلال", "بعد", "منذ" ...): the word after it is a noun.
fn is_genitive_adverb(w: &str) -> bool {
    matches!(
        w,
        "اثناء" | "خلال" | "عقب" | "اثر" | "جراء" | "قبيل" | "ابان" | "منذ" | "بعد" | "قبل" | "عند" | "فور" | "بعيد"
    )
}

/// A word of direction after which an act of force names what it is aimed
/// at: "أطلقت قذائف باتجاه إسرائيل".
fn is_direction(w: &str) -> bool {
    matches!(strip_conj(w), "باتجاه" | "اتجاه" | "نحو" | "صوب")
}

/// A form of كان (was), the conjunction stripped: "وكانت قد حثت".
fn is_kana(w: &str) -> bool {
    matches!(
        w,
        "كان"
            | "كانت"
            | "كانوا"
            | "كانا"
            | "كانتا"
            | "كن"
            | "كنت"
            | "كنا"
            | "يكون"
            | "تكون"
            | "يكونون"
            | "سيكون"
            | "ستكون"
            | "فكان"
            | "فكانت"
    )
}

/// A relative pronoun, with or without the conjunction.
fn is_relative(w: &str) -> bool {
    matches!(strip_conj(w), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللذان" | "اللتان")
}

/// Adverbs of place that head a construct ("قرب مبنى الوزارة", "وسط
/// الحشود"), with or without the conjunction.
fn is_place_adverb(w: &str) -> bool {
    let adverb = |w: &str| {
        matches!(
            w,
            "قرب"
                | "امام"
                | "خلف"
                | "داخل"
                | "خارج"
                | "عند"
                | "نحو"
                | "حول"
                | "تحت"
                | "فوق"
                | "وسط"
                | "قباله"
                | "جنوب"
                | "شمال"
                | "شرق"
                | "غرب"
                | "بالقرب"
        )
    };
    adverb(w) || adverb(strip_conj(w))
}

/// The verb of a verb line, folded: the first word after the line number
/// of its rule (`verbs.tsv:2525 قتل` gives "قتل").
fn pattern_verb(p: &Pattern) -> Option<String> {
    p.rule.split(' ').nth(1).map(crate::text::fold)
}

/// Whether a word is a sound masculine plural or a nisba dual in the oblique
/// case ("صحفيين", "المسلحين", "والحوثيين"): a word in -يين, or a
/// participle (م...ين) of five letters or more. Singulars in -ين ("أمين",
/// "البحرين", "بوتين") are neither.
fn oblique_plural(w: &str) -> bool {
    let w = crate::text::strip_article(strip_conj(w));
    let w = w.strip_prefix("لل").unwrap_or(w);
    w.ends_with("يين") || (w.starts_with('م') && w.ends_with("ين") && w.chars().count() >= 5)
}

fn strip_conj(w: &str) -> &str {
    w.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(w)
}

/// Whether an event of this code is recorded without a target when none is
/// named: statements, appeals, intents and rejections voice the source's own
/// stance, and protest and force happen whoever they hit; praising, meeting,
/// giving, demanding or accusing are done to someone, and without that
/// someone the event is too uncertain to keep.
fn stands_alone(code: &str) -> bool {
    matches!(code.get(..2), Some("01" | "02" | "03" | "09" | "12")) || code >= "14"
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

#[cfg(test)]
mod tests {
    use super::is_written_alla;

    /// The reading of "ألا" it replaced, which copied the word's letters.
    fn by_copy(raw: &str) -> bool {
        let letters: String = raw.chars().filter(|&c| crate::text::fold_char(c).is_some()).collect();
        let w = letters
            .strip_prefix('و')
            .or_else(|| letters.strip_prefix('ف'))
            .or_else(|| letters.strip_prefix('ب'))
            .unwrap_or(&letters);
        w == "ألا"
    }

    #[test]
    fn alla_is_read_as_written() {
        let yes = ["ألا", "وألا", "فألا", "بألا", "ألّا", "أَلَّا", "وَأَلّا"];
        let no = ["إلا", "الا", "وإلا", "كألا", "ووألا", "ألان", "أل", "لا", "", "ألاّن", "تدعم"];
        for w in yes {
            assert!(is_written_alla(w), "{w}");
        }
        for w in no {
            assert!(!is_written_alla(w), "{w}");
        }
        for w in yes.iter().chain(&no) {
            assert_eq!(is_written_alla(w), by_copy(w), "{w}");
        }
    }
}
