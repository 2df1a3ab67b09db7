//! Finding triggers: a verb or an event noun whose pattern matches at a
//! token, with the literal words it needs in a window after it.

use super::target::circumstance_word;
use super::words::{
    clitic_preposition_noun, fifth_form_with_object, final_ya, is_any_word, is_continuation_masdar, is_copula, is_genitive_adverb, is_place_adverb,
    is_topic_word, literal_matches, object_besides_pronoun, strip_conj, strip_pronoun, vocalised_passive, PRONOUN_SUFFIXES,
};
use super::{prefix_bit, Coder, Trigger, Window, SUBJECT_WINDOW, WINDOW};
use crate::lexicon::{Particle, Pattern, TargetMarker, Tense};
use crate::mentions::is_preposition;

/// The [`prefix_bit`]s of the readings of each word of a [`Window`].
type WordBits = [u128; WINDOW];

/// See [`Coder::ya_perfect`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YaPerfect {
    Passive,
    Noun,
}

impl<'a, 'l> Coder<'a, 'l> {
    /// "غارات إسرائيلية", "قصف روسي": an indefinite noun made an actor by
    /// its nisba; if it is an event noun, the nisba's country is its doer.
    pub(super) fn nisba_agent(&self, tok: usize) -> Option<usize> {
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
        let any = tok > 0 && self.an.is_word(tok - 1) && is_any_word(strip_conj(self.an.folded(tok - 1)));
        (adjective && !any && !self.an.readings(tok).iter().any(|r| r.article)).then_some(a)
    }

    /// "للعملية العسكرية التركية", "الغارات الجوية الروسية": a definite
    /// event noun whose own words end in a definite nisba has the nisba's
    /// country as its doer, like the indefinite ones of
    /// [`Coder::nisba_agent`].
    pub(super) fn definite_nisba_agent(&self, t: &Trigger) -> Option<usize> {
        let a = (t.tok + 1..=t.end).find_map(|j| self.actor_starting(j))?;
        let actor = &self.actors[a];
        let definite = |k: usize| self.an.readings(k).iter().any(|r| r.article);
        (actor.modifier && actor.start < t.end && actor.end >= t.end && definite(t.tok) && definite(actor.end - 1)).then_some(a)
    }

    /// The verb or noun trigger at `tok`, if any.
    pub(super) fn trigger_at(&self, tok: usize, s_end: usize) -> Option<Trigger> {
        self.trigger_reading(tok, s_end, true)
    }

    /// [`Coder::trigger_at`], reading the word as a verb only when `verbs`.
    pub(super) fn trigger_reading(&self, tok: usize, s_end: usize, verbs: bool) -> Option<Trigger> {
        if !self.an.is_word(tok) || (self.covered_at(tok) && self.nisba_agent(tok).is_none()) || self.in_name[tok] {
            return None;
        }
        let lex = self.lex;
        let mut best: Option<(Trigger, usize)> = None;
        // where a first literal may be: the same for every pattern, found once
        let window = std::cell::OnceCell::new();
        let dual = std::cell::OnceCell::new();
        // (whether the word is being read as a verb with an object pronoun)
        let pronoun_reading = std::cell::Cell::new(false);
        let consider = |best: &mut Option<(Trigger, usize)>, pattern: u32, future: bool, (first_plural, plural): (bool, bool), noun: bool| {
            // A pattern whose first literal the window rules out is ruled out
            // here, as `literals_end` would, from the lexicon's dense copy of
            // first literals: the pattern itself is not read (a verb has up
            // to 120 senses, each a few cache misses away).
            if let crate::lexicon::FirstLiteral::Word(lit) = lex.first_literal(pattern) {
                let (w, _) = window.get_or_init(|| self.literal_window(tok + 1, s_end));
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
            // (nor, after its subject, an actor before those words: "إسرائيل
            // تحمل حماس مسؤولية" is the imperfect of حمّل)
            if !noun && fifth_form_with_object(p) && tok > 0 && self.an.same_sentence(tok - 1, tok) && self.actor_ending(tok).is_some() {
                let literal = (tok + 1..end)
                    .find(|&j| self.an.readings(j).iter().any(|r| literal_matches(r.key, &p.literals[0])))
                    .unwrap_or(end);
                if (tok + 1..literal).any(|j| self.actor_starting(j).is_some()) {
                    return;
                }
            }
            // (a verb whose object pronoun is its object takes no noun
            // besides as a literal word, unless with a clitic preposition:
            // "مشروع قرار قدمته بريطانيا ... الأسلحة" gives no arms, while
            // "فجرها بقنبلة" bombs)
            if pronoun_reading.get() && object_besides_pronoun(p) {
                let bare_object = (tok + 1..end).find_map(|j| {
                    let mut matching = self.an.readings(j).iter().filter(|r| literal_matches(r.key, &p.literals[0])).peekable();
                    matching.peek().is_some().then(|| matching.any(|r| r.prep.is_none()))
                });
                if bare_object != Some(false) {
                    return;
                }
            }
            // (a verb spelt as a preposition, and a `marked` line, is read
            // so only with its own preposition in the clause: "عبر عن", not
            // "عبر السنين"; "حقق في", not "حقق تقدما"; a `marked` noun
            // likewise: "اتفاقهما على استئناف العلاقات" is an agreement
            // reached, "الاتفاق النووي" one in force)
            let marked = if noun {
                p.flags.marked
            } else {
                p.literals.is_empty() && (p.flags.marked || is_preposition(strip_conj(self.an.folded(tok))))
            };
            if marked && !self.marker_in_clause(p, end, s_end) {
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
        // follows without أن: "أثناء قتل خاشقجي", "عقب اغتيال", "تحت ضغط")
        // (and after a masdar of going on, which always heads a construct:
        // "استمرار حبس القس", "مواصلة قصف")
        // (and after an event noun with a clitic preposition and no article,
        // which heads a construct: "بدعم فرض عقوبات", "لوقف قصف")
        // (what rules a verb out here is read from the context, asked only
        // once a form of the word is a verb: most words are none)
        let after_prep = || {
            tok > 0
                && self.an.is_word(tok - 1)
                && (is_preposition(self.an.folded(tok - 1))
                    || is_genitive_adverb(strip_conj(self.an.folded(tok - 1)))
                    || is_place_adverb(self.an.folded(tok - 1))
                    || is_continuation_masdar(strip_conj(self.an.folded(tok - 1)))
                    // ("من أجل عقد قمة", "لأجل": for the sake of)
                    || (self.an.folded(tok - 1) == "اجل" && tok > 1 && self.an.is_word(tok - 2) && strip_conj(self.an.folded(tok - 2)) == "من")
                    || strip_conj(self.an.folded(tok - 1)) == "لاجل"
                    || self.an.same_sentence(tok - 1, tok) && self.construct_head_with_preposition(tok - 1, tok))
        };
        let no_verb = std::cell::OnceCell::new();
        let verb_forms = |f: &str| -> &[crate::lexicon::VerbForm] {
            match lex.verb_forms(f) {
                [] => &[],
                _ if *no_verb.get_or_init(|| !verbs || after_prep() || self.masdar_after_subject(tok)) => &[],
                forms => forms,
            }
        };
        let w = self.an.folded(tok);
        let conj = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).filter(|r| r.chars().count() >= 2);
        let purpose = |x: &'a str| x.strip_prefix('ل').filter(|r| r.chars().count() >= 3);
        let forms = [Some(w), conj, purpose(w), conj.and_then(purpose)];
        // (the ل of purpose takes an imperfect: "لقتل" is "to the killing
        // of", no perfect verb)
        let tensed = |i: usize, vf: &crate::lexicon::VerbForm| i < 2 || vf.tense == Tense::Present;
        for (i, f) in forms.into_iter().enumerate().filter_map(|(i, f)| Some((i, f?))) {
            for vf in verb_forms(f).iter().filter(|vf| tensed(i, vf)) {
                consider(&mut best, vf.pattern, false, (vf.first_plural, vf.plural), false);
            }
            if let Some(rest) = f.strip_prefix('س') {
                for vf in verb_forms(rest).iter().filter(|vf| vf.tense == Tense::Present) {
                    consider(&mut best, vf.pattern, true, (vf.first_plural, vf.plural), false);
                }
            }
            if best.is_some() {
                break;
            }
        }
        let mut object_pronoun = false;
        // a final ة is a feminine noun, not a verb with the pronoun ه
        // (read only once a form without a pronoun is a verb)
        let ta_marbuta = std::cell::OnceCell::new();
        let ends_in_ta_marbuta = || self.ends_in_ta_marbuta(tok);
        let pronoun_forms = |f: &str| -> &[crate::lexicon::VerbForm] {
            match verb_forms(f) {
                [] => &[],
                _ if *ta_marbuta.get_or_init(ends_in_ta_marbuta) => &[],
                forms => forms,
            }
        };
        if best.is_none() {
            // a verb with an object pronoun: "منحتهم", "استقبله"
            // (a first person with a pronoun is read so only in a quote:
            // "دعوته" is "his call" in a report)
            // (and so is the second person: "الحكم" is no "ألحّكم", nor in
            // a quote a word with the article)
            let quoted = self.quote_of[tok].is_some();
            pronoun_reading.set(true);
            for (i, f) in forms.into_iter().enumerate().filter_map(|(i, f)| Some((i, f?))) {
                if f.ends_with("كم") && (!quoted || f.starts_with("ال")) {
                    continue;
                }
                if let Some(bare) = strip_pronoun(f) {
                    // (a line whose literal noun is the verb's object is
                    // left out in `consider`, `object_besides_pronoun`: so
                    // "تحمله أنقرة مسؤولية" is حمّل, holding him responsible,
                    // not the fifth form تحمّل)
                    for vf in pronoun_forms(bare).iter().filter(|vf| (quoted || !vf.first_plural) && tensed(i, vf)) {
                        consider(&mut best, vf.pattern, false, (vf.first_plural, vf.plural), false);
                    }
                    if best.is_none() && i < 2 {
                        if let Some(past) = final_ya(bare) {
                            for vf in pronoun_forms(&past).iter().filter(|vf| quoted || !vf.first_plural) {
                                consider(&mut best, vf.pattern, false, (vf.first_plural, vf.plural), false);
                            }
                        }
                    }
                    if let Some(rest) = bare.strip_prefix('س') {
                        for vf in pronoun_forms(rest).iter().filter(|vf| vf.tense == Tense::Present) {
                            consider(&mut best, vf.pattern, true, (vf.first_plural, vf.plural), false);
                        }
                    }
                }
                if best.is_some() {
                    object_pronoun = true;
                    break;
                }
            }
            pronoun_reading.set(false);
        }
        if best.is_none() {
            for r in self.an.readings(tok).iter() {
                // (the indefinite accusative: "أعلنتا اتفاقا", "شنت هجوما")
                let accusative = r.key.strip_suffix('ا').filter(|k| k.chars().count() >= 3 && !r.article);
                for &p in lex
                    .noun_patterns(r.key)
                    .iter()
                    // (nor is a final ة a noun's pronoun ه: "وعدة دول" is
                    // several states, not "his promise")
                    .chain(
                        strip_pronoun(r.key)
                            .filter(|_| !*ta_marbuta.get_or_init(ends_in_ta_marbuta))
                            .map_or(&[][..], |k| lex.noun_patterns(k)),
                    )
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
        let ya = match best.as_ref() {
            Some((t, _)) if !t.noun && !object_pronoun => self.ya_perfect(tok, &lex.patterns[t.pattern as usize]),
            _ => None,
        };
        if ya == Some(YaPerfect::Noun) {
            return None;
        }
        if let Some((t, _)) = best.as_mut() {
            t.object_pronoun = object_pronoun;
            t.passive = !t.noun && (vocalised_passive(self.an.raw(tok)) || ya == Some(YaPerfect::Passive));
        }
        best.map(|(t, _)| t)
    }

    /// How the perfect of a verb ending in ى ("ألقى", "رأى") reads when it
    /// is written with a final ي in an article that writes ى elsewhere
    /// (one that writes every final ى as ي tells nothing): as its passive,
    /// "وألقي القبض على" (أُلقِي), "أردي قتيلا"; or, for a verb of three
    /// letters, as a noun, "رأي" (opinion), "نفي" (denial), and so for one
    /// of the form تفعّل, whose masdar it is: "لجنة تقصّي الحقائق".
    fn ya_perfect(&self, tok: usize, p: &Pattern) -> Option<YaPerfect> {
        if !self.writes_maqsura {
            return None;
        }
        let raw = self.an.raw(tok);
        let raw = raw.strip_prefix('و').or_else(|| raw.strip_prefix('ف')).unwrap_or(raw);
        let lemma = p.rule.split_whitespace().nth(1)?;
        let letters = |w: &str| w.chars().filter_map(crate::text::fold_char).collect::<Vec<char>>();
        let (r, l) = (letters(raw), letters(lemma));
        if !(raw.trim_end_matches(|c: char| crate::text::fold_char(c).is_none()).ends_with('ي') && lemma.ends_with('ى') && r == l) {
            return None;
        }
        match (l.len(), l.first()) {
            (3, _) | (4, Some('ت')) => Some(YaPerfect::Noun),
            // (of the form أفعل only, and not in a quote, where "ألقي" may
            // be "I throw"; "ألتقي", "أستدعي" are that first person, the
            // passive of their forms being rare)
            (4, Some('ا')) if self.quote_of[tok].is_none() => Some(YaPerfect::Passive),
            _ => None,
        }
    }

    /// "أدانت المفوضية قتل الصحفية", "قررت الحكومة سحب": a word that is both
    /// a bare perfect verb and an event noun, right after the subject of the
    /// verb before it, is that verb's object, a masdar (a second verb there
    /// would need a conjunction).
    /// (Also past the comma that sets the subject off: "وأكد الرئيس
    /// الفرنسي، دعم بلاده".)
    fn masdar_after_subject(&self, tok: usize) -> bool {
        let comma = tok > 0 && (self.an.is_comma(tok - 1));
        let Some(a) = self.actor_ending(if comma { tok - 1 } else { tok }) else {
            return false;
        };
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
    pub(super) fn verb_with_object_pronoun(&self, tok: usize) -> bool {
        let w = self.an.folded(tok);
        let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
        strip_pronoun(w).is_some_and(|stem| !self.lex.verb_forms(stem).is_empty() || final_ya(stem).is_some_and(|past| !self.lex.verb_forms(&past).is_empty()))
    }

    /// Whether token `tok`, a verb with an object pronoun, is on its bare
    /// reading an act of disapproval, rejection, threat or coercion (roots
    /// 11 to 17) and carries no event: "مظاهرة قمعتها الشرطة", "هجمات
    /// أدانتها الأمم المتحدة" (its subject acts against what the pronoun
    /// takes back, it does not do it; unlike "غارات شنتها طائرات التحالف",
    /// "الاقتراح الذي تعرضه روسيا").
    pub(super) fn acting_on_its_object(&self, tok: usize) -> bool {
        if self.ends_in_ta_marbuta(tok) {
            return false;
        }
        let w = self.an.folded(tok);
        let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
        let Some(stem) = strip_pronoun(w) else { return false };
        let forms = self.lex.verb_forms(stem);
        let bare = || {
            forms
                .iter()
                .map(|f| &self.lex.patterns[f.pattern as usize])
                .filter(|p| p.literals.is_empty() && !p.is_noun)
        };
        let against = |p: &Pattern| p.code.as_deref().and_then(|c| c.get(..2)).is_some_and(|r| ("11".."18").contains(&r));
        bare().any(|p| against(p) && !p.flags.speech) && !bare().any(|p| p.flags.carrier)
    }

    /// Whether word `k`, after an event noun, ends the noun's phrase for the
    /// search of its doer: a word of opposition, after which is what is
    /// opposed ("تظاهرات رافضة لافتتاح السفارة الأميركية"), or a word of time
    /// or cause, which opens another event's phrase ("أثناء تصويت مجلس
    /// الأمن").
    pub(super) fn ends_noun_phrase(&self, k: usize) -> bool {
        self.has(k, Particle::Against) || circumstance_word(strip_conj(self.an.folded(k))) || is_topic_word(strip_conj(self.an.folded(k)))
    }

    /// Whether token `tok` is a known verb form (with its conjunction).
    pub(super) fn is_verb(&self, tok: usize) -> bool {
        if !self.an.is_word(tok) {
            return false;
        }
        let w = self.an.folded(tok);
        !self.lex.verb_forms_after_waw(w).1.is_empty() || w.strip_prefix('ف').is_some_and(|c| !self.lex.verb_forms(c).is_empty())
    }

    /// Whether token `k` is a verb form that no actor's name covers: a
    /// clause boundary for the arguments looked for around a trigger.
    pub(super) fn free_verb(&self, k: usize) -> bool {
        self.is_verb(k) && !self.covered_at(k)
    }

    /// Where the pattern's literal words end, if they all follow in order.
    /// `first`, when given, is [`Coder::literal_window`] of `from`.
    fn literals_end(&self, p: &Pattern, from: usize, s_end: usize, first: Option<&(Window, WordBits)>) -> Option<(usize, usize)> {
        let mut pos = from;
        let mut exact = 0;
        let mut first_at = None;
        for (n, lit) in p.literals.iter().enumerate() {
            // (never a word of a person's name: "خطة عمل أطلقها غسان سلامة"
            // holds no "سلام")
            // (nor a later word of an actor named between the trigger and
            // its first literal: "نشر عبر الصفحة الرسمية للمتحدث باسم
            // القوات" deploys no forces; literals may make an actor of their
            // own, "إرسال حاملة الطائرات")
            let matches = |k: usize| {
                !self.in_person_name(k)
                    && !self.inside_actor_between(k, from, first_at.unwrap_or(k))
                    && self.an.readings(k).iter().any(|r| literal_matches(r.key, lit))
            };
            let k = match first {
                Some((w, bits)) if n == 0 && w.complete => {
                    if !w.may_hold(lit) {
                        return None;
                    }
                    // (only the words with the literal's first four bytes
                    // among their readings' may match it, as in `may_hold`)
                    let bit = prefix_bit(lit.strip_suffix('ه').unwrap_or(lit));
                    w.toks[..w.len]
                        .iter()
                        .zip(bits)
                        .filter(|&(_, &b)| bit.is_none_or(|bit| b & bit != 0))
                        .map(|(&k, _)| k)
                        .find(|&k| matches(k))?
                }
                _ => self.literal_at(pos, s_end, matches)?,
            };
            exact += usize::from(self.an.readings(k).iter().any(|r| r.key == lit));
            first_at.get_or_insert(k);
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
            if self.an.is_comma(k) {
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
                // nor one that sets a verb's subject off from the rest of
                // its clause: "أعلنت وزارة الخارجية السعودية، رفضها" (not a
                // noun's genitive, "مؤتمر لندن،", nor before a verb joined
                // by و, "وافقت عليها الحكومة، ومنعت")
                let next_clause = k + 1 < s_end && self.an.folded(k + 1).starts_with('و') && self.is_verb(k + 1);
                if k > from && from > 0 && !next_clause && self.subject_comma(k, from - 1) && self.actor_ending(k).is_some_and(|a| self.actors[a].start == from)
                {
                    k += 1;
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
            // a quantity does not count: "حشدت روسيا أكثر من مئة ألف جندي";
            // nor a date: "خرج مساء أول من أمس مئات من المتظاهرين"
            if !self.covered_at(k) && !self.quantity(k) && !self.date_tok[k] {
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
            if self.an.is_comma(j) {
                return Some(j);
            }
            if !self.an.is_word(j) && self.an.tokens[j].kind != crate::text::TokenKind::Number {
                return None;
            }
        }
        None
    }

    /// Whether token `k` is a later word of an actor that starts at `from`
    /// or after it, and before `before`.
    fn inside_actor_between(&self, k: usize, from: usize, before: usize) -> bool {
        self.covering
            .get(k)
            .copied()
            .flatten()
            .and_then(|a| self.actors.get(a as usize))
            .is_some_and(|a| a.start >= from && a.start < k && a.start < before)
            // (a pronoun of emphasis is the trigger's: "فجر انتحاري نفسه")
            && !self.word_is(k, Particle::Emphasis)
    }

    /// Whether token `k` is a word of the name part of a person actor.
    fn in_person_name(&self, k: usize) -> bool {
        self.covering
            .get(k)
            .copied()
            .flatten()
            .and_then(|a| self.actors.get(a as usize))
            .is_some_and(|a| a.kind == crate::mentions::PER && (a.name_start..a.name_end).contains(&k))
    }

    /// Every word [`Coder::literal_at`] would try from `from`, in order: a
    /// trigger with many patterns looks for each one's first literal there;
    /// with the [`prefix_bit`]s of each word's readings.
    fn literal_window(&self, from: usize, s_end: usize) -> (Window, WordBits) {
        let mut w = Window {
            toks: [0; WINDOW],
            len: 0,
            complete: true,
            prefixes: 0,
        };
        let mut bits = [0u128; WINDOW];
        let _ = self.literal_at(from, s_end, |k| {
            let mut b = 0;
            for r in self.an.readings(k).iter() {
                if let Some(x) = prefix_bit(r.key) {
                    b |= x;
                }
            }
            match (w.toks.get_mut(w.len), bits.get_mut(w.len)) {
                (Some(slot), Some(bit_slot)) => {
                    *slot = k;
                    *bit_slot = b;
                    w.len += 1;
                }
                _ => w.complete = false,
            }
            w.prefixes |= b;
            false
        });
        (w, bits)
    }

    /// Whether token `k` (a comma) sits next to a date.
    pub(super) fn date_comma(&self, k: usize) -> bool {
        self.date_tok.get(k + 1).copied().unwrap_or(false) || (k > 0 && self.date_tok[k - 1])
    }

    /// Whether token `k` is a masdar of ending or lifting ("إنهاء", "رفع").
    pub(super) fn reversal(&self, k: usize) -> bool {
        self.an.readings(k).iter().any(|r| self.lex.word_kind(r.key) == Some(Particle::Reversal))
    }

    /// Whether token `k` is a number or a quantifier ("أكثر من", "نحو").
    pub(super) fn quantity(&self, k: usize) -> bool {
        self.has(k, Particle::Quantifier) || self.an.tokens[k].kind == crate::text::TokenKind::Number
    }

    /// Whether the word at `tok` ends as a dual perfect does (a perfect
    /// and ا, not the plural وا) and follows a verb in its sentence: "وقدم نتانياهو عرضا"
    /// is an offer made, not two who offered.
    fn dual_after_verb(&self, tok: usize) -> bool {
        if self.predicate_adjective(tok) {
            return true;
        }
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

    /// Whether the word at `tok`, spelt as a dual perfect and with no
    /// conjunction, is an accusative adjective: the predicate of a verb of
    /// being right before it ("ظل حذرا", "بات حذراً"), or the adjective of
    /// an indefinite accusative event noun ("رحب بها ترحيبا حذرا").
    fn predicate_adjective(&self, tok: usize) -> bool {
        let w = self.an.folded(tok);
        if tok == 0 || !self.an.is_word(tok - 1) || !self.an.same_sentence(tok - 1, tok) {
            return false;
        }
        let Some(stem) = w.strip_suffix('ا').filter(|s| !s.ends_with('و')) else {
            return false;
        };
        if self.lex.verb_forms(stem).is_empty() {
            return false;
        }
        let prev = self.an.folded(tok - 1);
        if is_copula(prev) {
            return true;
        }
        // (a noun with tanwin, no article and no preposition, that the
        // lexicon knows as an event noun without its ا)
        !self.covered_at(tok - 1)
            && prev.chars().count() >= 4
            && prev.strip_suffix('ا').is_some_and(|n| !self.lex.noun_patterns(n).is_empty())
            && self.an.readings(tok - 1).iter().all(|r| !r.article && r.prep.is_none())
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
}
