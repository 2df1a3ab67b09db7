//! The event coder: finds verb and event-noun triggers, their source and
//! target actors, and the quotes with their speakers, sentence by sentence.
//!
//! One pass over the sentences in order keeps two pieces of discourse state:
//! the *topic* (the last actor that was explicitly the subject of a verb) for
//! verbs whose subject is only in the verb's inflection ("وقال إنه ...",
//! "وأوضح أن ..."), and the *last speaker* for speech verbs that continue
//! ("وأضاف", "وتابع").

mod modality;
mod nouns;
mod phrases;
mod protest;
mod subject;
mod target;
mod triggers;
mod words;

use crate::analysis::Analysis;
use crate::document::{Event, Quote, Span};
use crate::lexicon::{Lexicon, Particle, TargetMarker};
use crate::mentions::{Actor, Mention};
use crate::time::DateExpr;
use chrono::NaiveDate;
use words::{
    acts_on_itself, code_sectors, intent_code, is_occasion_noun, is_opening_kana, is_relative, kana_agrees, pattern_verb, stands_alone, strip_conj,
    unarmed_body, unmarked_force,
};

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
    /// The article writes a final ى somewhere (so a final ي is meant).
    writes_maqsura: bool,
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
        let mut direct = find_direct_quotes(an);
        // (the name of an actor in quotation marks is no quote: "انتقدت
        // \"هيومن رايتس ووتش\" ترشح البحرين")
        direct.retain(|&(o, c)| !actor_at.get(o + 1).copied().flatten().is_some_and(|i| actors[i as usize].end == c));
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
            writes_maqsura: an.text.contains('ى'),
        }
    }

    /// Marks the names the tagger found that no actor covers, so their
    /// words are not read as verbs ("مستشفى ناصر", "حي زيد الموشكي"). Only
    /// a name of two words or more, one right after an actor, or a person
    /// (`true` in the third place) is trusted this far: a one-word place,
    /// organisation or other name alone may be the tagger's mistake on a
    /// verb ("سيلتزم"), while a one-word person is rarely one ("ضد حداد",
    /// "تسمية ناصر الملك": in the 2,700 news articles of 2018 every event
    /// whose verb the tagger took for a person was wrong).
    pub fn with_names(mut self, names: &[(usize, usize, bool)]) -> Self {
        self.names = names.iter().map(|&(a, b, _)| (a, b)).collect();
        for &(a, b, person) in names {
            if b > a + 1 || person || self.actor_ending(a).is_some() {
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

    /// Marks these token ranges as date phrases (on top of the resolved
    /// dates given to [`Coder::new`]): the spans of an undated article's
    /// dates, which resolve to no day but are stepped over all the same.
    pub fn with_date_spans(mut self, spans: &[(usize, usize)]) -> Self {
        for &(a, b) in spans {
            if let Some(slice) = self.date_tok.get_mut(a..b) {
                slice.fill(true);
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
            // the masdar a refusal takes as its object, right after it or its
            // genitive: "رفض أنقرة إطلاق سراح القس" releases no one
            let mut refused_at: Option<usize> = None;
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
                // "قال إنها تستهدف إعادة الحكومة الشرعية": a verb of aiming
                // with a masdar as its object aims at doing, it hits no one
                if !trig.noun && trig.end == trig.tok + 1 && self.aims_at_masdar(&trig, s_end) {
                    continue;
                }
                // "فرضت عقوبات على تركيا تستهدف وزيري العدل": a measure
                // aimed at someone is no attack
                if !trig.noun && trig.end == trig.tok + 1 && self.aimed_by_measure(&trig, s_start, s_end) {
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
                // (not another's act that is rejected, named by its doer in
                // the genitive, "رفضت اللجنة طلب محامية", or with ل, "رفضه
                // لعقوبات إدارة ترامب": that happened)
                let refused = trig.noun && refused_at.is_some_and(|r| trig.tok >= r && trig.tok <= r + 2 && (r..trig.tok).all(|k| an.is_word(k)));
                if refused
                    && !self.an.readings(trig.tok).iter().any(|r| r.prep.is_some())
                    && !self
                        .actor_starting(trig.end)
                        .is_some_and(|a| self.actors[a].prep.is_none() && !self.patient_genitive(&trig, a))
                {
                    continue;
                }
                if p.code.as_deref().is_some_and(|c| c.starts_with("12")) {
                    refused_at = Some(trig.end);
                }
                // (and what someone is accused of: "اتهم ... بشن هجوم", or
                // threatened with: "لوّح بشن عملية عسكرية"; also when the
                // threat itself is only recalled: "منذ توعد ترامب بشن ضربات")
                if matches!(p.code.as_deref().and_then(|c| c.get(..2)), Some("02" | "03" | "10" | "13"))
                    || p.code.as_deref().is_some_and(|c| c.starts_with("112"))
                {
                    // (past the commas of a list in quotation marks that
                    // opens it: "يتهم ... ضباطه بـ\"ضرب، واغتصاب، وتعذيب،
                    // وقتل\" مئات السجناء")
                    let mut from = trig.end;
                    content_until = loop {
                        let Some(k) = (from..s_end).find(|&k| an.is_comma(k) || self.opening_mark(k)) else {
                            break s_end;
                        };
                        match self.quote_of[k] {
                            Some(q) if k > 0 && an.is_word(k - 1) && an.folded(k - 1) == "ب" => from = self.direct[q as usize].1 + 1,
                            _ if an.is_comma(k) || an.is_punct(k, "«") => break k,
                            _ => from = k + 1,
                        }
                    };
                }
                if recalled || (trig.noun && self.charged_with(trig.tok, s_start)) {
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
                // "لائحة العقوبات", "قائمة الإرهاب": a list named by an act
                // is no act
                if trig.noun && trig.tok > s_start && matches!(strip_conj(self.an.folded(trig.tok - 1)), "لائحه" | "قائمه" | "لوائح" | "قوائم")
                {
                    continue;
                }
                // "المخاوف من اندلاع حرب جديدة", "لتجنب وقوع هجمات", "تخشى أن
                // يؤدي هجوم": what is feared or averted has not happened
                if self.hypothetical(trig.tok, s_start)
                    || self.may(&trig, s_start)
                    || self.standing_state(&trig, p, s_start)
                    || self.lifted(&trig, p, s_start)
                    || self.any_act(&trig, s_start)
                {
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
                    // (with no doer named, its genitive is still the one it
                    // was done to, never its doer: "تم استجواب رئيس الوزراء")
                    if let Some(code) = p.code.as_deref() {
                        if let Some(patient) = self
                            .actor_starting(trig.end)
                            .filter(|&a| self.actors[a].is_actor() && !self.after_preposition(&self.actors[a]))
                        {
                            events.extend(self.event(code, &p.rule, &trig, si, None, Some(patient), 0.4));
                            continue;
                        }
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
                    // (what one faces comes from an agent right after it, not
                    // from one named further on: "يواجه شريف الاعتقال عند
                    // وصوله إلى لاهور قادما من بريطانيا")
                    let agent = self
                        .agent(trig.end, s_end, own_min)
                        .filter(|&a| !passive_light.is_some_and(|k| self.facing_verb(k)) || self.agent_adjacent(trig.end, a));
                    if let (Some(agent), Some(code)) = (agent, p.code.as_deref()) {
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
                    self.nisba_agent(trig.tok)
                        .or_else(|| self.genitive_agent(&trig))
                        .or_else(|| self.definite_nisba_agent(&trig))
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
                    if self.reported_noun_subject(trig.tok, s_start) || self.amma_subject(&trig, s_start) == Some(None) {
                        return None;
                    }
                    if let Some(sp) = pronoun_speaker() {
                        return Some(sp);
                    }
                    // (what an earlier sentence was about is the subject of
                    // a sentence's first verb only: "واستولى المسلح على سيارة
                    // ... وفتح النار على الشرطة", "وقالت المحكمة حيث أوقف"
                    // have a subject of their own, named or not)
                    let own_verb_before = || (s_start..trig.tok).any(|k| self.free_verb(k));
                    // (nor of a verb of force spelt as its passive that
                    // counts its victims right after it: "إلى ذلك، قتل 64 من
                    // ميليشيات الحوثي" were killed)
                    if topic.is_some_and(|(_, ts)| ts < si) && unmarked_force(p) && self.count_at(trig.end) {
                        return denied_subject;
                    }
                    // (nor of a release whose literal noun follows at once,
                    // with its genitive: "وأطلق سراح أولمرت في تموز" was a
                    // passive, as the news tells a release)
                    if topic.is_some_and(|(_, ts)| ts < si)
                        && p.code.as_deref().is_some_and(|c| c.starts_with("084"))
                        && trig.end == trig.tok + 2
                        && self.construct_literal_before(&trig)
                    {
                        return denied_subject;
                    }
                    denied_subject.or_else(|| topic.filter(|&(_, ts)| si - ts <= TOPIC_REACH && (ts == si || !own_verb_before())).map(|x| x.0))
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
                // (victims and hostages suffer force and coercion; they do
                // not wield it, nor become the topic by it: "لإنقاذ الضحايا في
                // الاعتداء", "ضحايا الهجوم")
                let suffers = |a: usize| matches!(p.code.as_deref().and_then(|c| c.get(..2)), Some("17" | "18" | "19" | "20")) && self.victim_head(a);
                let subject = subject.filter(|&a| !suffers(a));
                let explicit = explicit.filter(|&a| !suffers(a));
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
                            // (and the comma that sets it off: "وأكد الرئيس
                            // الفرنسي، دعم بلاده للحكومة")
                            if end < s_end && (an.is_comma(end)) && end + 1 < s_end && an.is_word(end + 1) {
                                end += 1;
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
                        let target = self.find_target(p, trig.end, s_end, &[]).or_else(|| self.place_target(trig.end, s_end, true));
                        events.extend(self.event(&code, &p.rule, &trig, si, None, target, 0.4));
                    }
                    // "تظاهر الآلاف في بغداد ضد ...": a protest by a crowd named
                    // only by its size has no source, and still happened
                    let relative = trig.tok > s_start && self.an.is_word(trig.tok - 1) && is_relative(strip_conj(self.an.folded(trig.tok - 1)));
                    // ("واندلعت احتجاجات في طهران ضد الحكومة", "خرجت مظاهرة
                    // غاضبة": a protest noun reported by a verb of occurring;
                    // not clashes, which are as often between armed men,
                    // "اندلعت مواجهات بين المقاومة والانقلابيين")
                    // (or one that a word of opposition describes: "خلال
                    // تظاهرات رافضة لافتتاح السفارة")
                    let reported = trig.noun
                        && !code.starts_with("145")
                        && (self.occurring_before(trig.tok, s_start) || (trig.end < s_end && self.has(trig.end, Particle::Against)));
                    // (or a headline's verb spelt as its masdar, whose
                    // literal noun governs the place: "قطع طريق بيروت")
                    let headline = !trig.noun && explicit.is_none() && main_verb && trig.end == trig.tok + 2 && self.construct_literal_before(&trig);
                    if (!trig.noun && explicit.is_none() && !relative && self.crowd_after(trig.tok + 1, s_end) || reported || headline)
                        && code.starts_with("14")
                    {
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
                    // (a verb that cannot be read as a noun with its owner's
                    // pronoun has its object in the pronoun, whatever it refers
                    // to: "وقد اعتقلته السلطات وهو يحاول الفرار ... لتحقيقات
                    // الشرطة" did not arrest the police)
                    let object_taken = pronoun_object && referent.is_none() && self.trigger_reading(trig.tok, s_end, false).is_none();
                    referent
                        .or_else(|| self.resumed_target(&trig, s_start, s_end, &sources))
                        .or(patient)
                        .or(accusative)
                        .or_else(|| if object_taken { None } else { self.find_target(p, from, s_end, &sources) })
                        .or_else(|| {
                            if trig.end > from && !object_taken {
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
                // place stands for its country ("غارات على بلدات في ريف إدلب");
                // not between two named parties, who are each other's
                // ("اشتباكات بين القوات الحكومية وجيش الإسلام على أطراف دوما")
                let between_parties = p.flags.symmetric && sources.len() >= 2;
                let target = target.or_else(|| {
                    // (not when the object is a person the tagger found: "أطلقت
                    // السلطات سراح سامي العيدودي ... في تونس")
                    if matches!(&code[..2], "08" | "09" | "15" | "16" | "17" | "18" | "19" | "20")
                        && !pronoun_object
                        && !between_parties
                        && !(p.targets.contains(&TargetMarker::Object) && self.unknown_object(self.object_start(from.max(trig.end), s_end)))
                    {
                        self.place_target(trig.end, s_end, matches!(&code[..2], "18" | "19" | "20"))
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
                    if let Some(place) = self.place_target(trig.end, s_end, false) {
                        let tc = self.actors[place].target_code();
                        if sources.iter().all(|&s| acts_on_itself(self.actors[s].code.as_deref(), tc)) {
                            continue;
                        }
                    }
                }
                let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
                if self.actors[sj].both_sides {
                    // (the two parties its own sentence names before it, "تعيش
                    // العلاقات التركية الإيرانية انتعاشا بعد أن توصل الطرفان",
                    // else those of the latest event between two, else two
                    // named in the sentence before; never two from further back)
                    let prev_start = si.checked_sub(1).and_then(|p| an.sentences.get(p)).map_or(s_start, |p| p.tok_start);
                    if let Some((a, b)) = self
                        .both_sides_before(trig.tok, s_start)
                        .or(last_pair)
                        .or_else(|| self.both_sides_before(trig.tok, prev_start))
                    {
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

    /// Armed men as a body: a force, troops, fighters ("قوات أمريكية",
    /// "الجيش السوري", "مسلحون"), not one person of their ranks ("رئيس
    /// أركان الجيش").
    fn armed_body(&self, a: &Actor) -> bool {
        !a.is_person()
            && a.code.as_deref().is_some_and(|c| code_sectors(c).any(|x| matches!(x, "MIL" | "REB" | "UAF")))
            && (a.plural || {
                let w = strip_conj(self.an.folded(a.start));
                matches!(w.strip_prefix("ال").unwrap_or(w), "جيش" | "جيوش")
            })
    }

    /// Whether what the hosting verb `t` takes as its object is an
    /// occasion (`is_occasion_noun`: a tournament, games, a festival), not
    /// a visitor: the noun a relative pronoun right before the verb takes
    /// back ("بطولة كأس العالم 2018 التي تستضيفها روسيا"), or a noun among
    /// the four words after the verb ("تستضيف روسيا بطولة كأس العالم").
    fn hosts_an_occasion(&self, t: &Trigger) -> bool {
        let (s_start, s_end) = self.an.sentence_range(t.tok);
        let occasion = |k: usize| self.an.is_word(k) && self.an.readings(k).iter().any(|r| is_occasion_noun(r.key));
        let before = t.tok > s_start + 1 && is_relative(self.an.folded(t.tok - 1)) && {
            let head = t.tok - 1;
            (head.saturating_sub(5).max(s_start)..head)
                .rev()
                .take_while(|&k| !self.an.is_comma(k))
                .any(occasion)
        };
        before || (t.end..(t.end + 4).min(s_end)).take_while(|&k| self.an.is_word(k)).any(occasion)
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
        // "ووصلت قوات أمريكية إلى قاعدة عين الأسد": armed men who arrive
        // are deployed, they pay no visit (a commander or a chief of staff,
        // one person, does)
        if code == "042" && src.is_some_and(|a| self.armed_body(a)) {
            return None;
        }
        // "ارتفع عدد القتلى ليصل إلى 347 شخصا": a count reached is no one
        // visited
        if code == "042" && target.is_some_and(|i| self.actors[i].start > 0 && self.count_at(self.actors[i].start - 1)) {
            return None;
        }
        let tgt = target.map(|i| &self.actors[i]);
        // "ووصل أكثر من 1.6 مليون مهاجر إلى ألمانيا", "وتستضيف تركيا نحو
        // أربعة ملايين لاجئ سوري": refugees, migrants and displaced people
        // who arrive pay no visit, and sheltering them hosts none
        if (code == "042" && src.is_some_and(refugees)) || (code == "043" && tgt.is_some_and(refugees)) {
            return None;
        }
        // "بطولة كأس العالم التي تستضيفها روسيا": a tournament or a festival
        // hosted is no visit
        if code == "043" && !t.noun && self.hosts_an_occasion(t) {
            return None;
        }
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
            // forces and government act on each other ("IRQCVL" on "IRQGOV");
            // and a government changes its own officials: "قرر رئيس الوزراء
            // إقالة وزير الطاقة" is TUNGOV on TUNGOV (0831)
            let own_official = code == "0831"
                && tc.len() > 3
                && source.is_some()
                && source != target
                && tgt.is_some_and(|a| a.kind == crate::mentions::ROLE || a.kind == crate::mentions::PER);
            if acts_on_itself(source_code.as_deref(), Some(tc)) && !own_official {
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
            if pattern_verb(p) == Some("هاجم") {
                tgt.is_some_and(|a| self.unarmed_individual(a))
            } else {
                p.literals.iter().any(|l| l.starts_with("هجوم")) && tgt.is_some_and(|a| self.unarmed_individual(a) || unarmed_body(a))
            }
        };
        // "أدانت المحكمة المتهم بالتحريض": a court that condemns convicts
        let convicts = code == "111"
            && !t.noun
            && matches!(pattern_verb(&self.lex.patterns[t.pattern as usize]), Some("ادان" | "دان"))
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

/// Refugees, migrants or displaced people as a population, not one person
/// (a role noun whose code has the sector REF: not an agency for
/// refugees, "الأونروا").
fn refugees(a: &Actor) -> bool {
    a.kind == crate::mentions::ROLE && a.code.as_deref().is_some_and(|c| code_sectors(c).any(|x| x == "REF"))
}
