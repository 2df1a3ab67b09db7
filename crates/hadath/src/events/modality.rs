//! Modality of a trigger (negated, denied, conditional, hypothetical,
//! possible, intended) and the events coded from a modal frame alone:
//! obligations and conditional threats.

use super::words::{is_ability_verb, is_any_word, is_charge_word, is_copula, is_relative, is_written_alla, pattern_verb, strip_conj};
use super::{Coder, Trigger};
use crate::document::Event;
use crate::lexicon::{Particle, Pattern};

impl<'a, 'l> Coder<'a, 'l> {
    /// Whether the event noun at `t` is what someone is charged with or
    /// accused of, right after a word of charge ("بتهمة التحريض", "المتهم
    /// بتمويل حملته", "تهم بالقتل"), also past the accused ("متهما إسرائيل
    /// بقصف المنطقة"): alleged, not reported as done.
    pub(super) fn charged_with(&self, t: usize, s_start: usize) -> bool {
        let charge = |k: usize| k >= s_start && self.an.is_word(k) && is_charge_word(self.an.folded(k));
        if t > s_start && charge(t - 1) {
            return true;
        }
        self.actor_ending(t)
            .is_some_and(|a| self.actors[a].start > s_start && charge(self.actors[a].start - 1))
    }

    /// Negated: a negation particle just before the verb ("لم يلتق", "ألا
    /// تدعم"), or before the verb that governs a noun ("لا تسعى إلى حرب"),
    /// "ما" right before a perfect verb, or a denial verb earlier in the
    /// clause ("نفى أن يكون زار").
    pub(super) fn negated(&self, t: usize, s_start: usize, noun: bool) -> bool {
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
        // "ولا نستطيع أن نحرم أي شخص من أملاكه", "لن تستطيع أن تهاجم": a
        // verb after أن and a negated verb of ability or will is negated
        // ("لا بد أن", must, is no such verb)
        if !noun
            && t >= s_start + 3
            && self.an.folded(t - 1) == "ان"
            && self.an.is_word(t - 2)
            && is_ability_verb(strip_conj(self.an.folded(t - 2)))
            && self.has(t - 3, Particle::Negation)
        {
            return true;
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
        let clause = |k: &usize| !(self.an.is_comma(*k) || self.an.is_punct(*k, "؛"));
        let Some(h) = (s_start..t).rev().take_while(clause).find(|&k| self.has(k, Particle::Hearsay)) else {
            return false;
        };
        (h.saturating_sub(12).max(s_start)..h).any(|d| self.has(d, Particle::NegationVerb))
            && !(h + 1..t).any(|k| self.trigger_at(k, t).is_some_and(|x| self.lex.patterns[x.pattern as usize].flags.speech))
    }

    pub(super) fn conditional(&self, t: usize, s_start: usize) -> bool {
        (s_start..t)
            .rev()
            .take_while(|&k| !self.an.is_comma(k))
            .any(|k| self.has(k, Particle::Conditional))
    }

    /// A word of fear, risk or prevention at most five tokens before `t`,
    /// or a modal at most three ("يمكن أن تستهدف", "يجب أن تنسحب"), or
    /// seven when أن comes right before `t`, past the one obliged ("يجب على
    /// الحكومة الأمريكية أن تفرج", "لا ينبغي لمجلس الأمن الدولي أن يدين"),
    /// with no punctuation between.
    pub(super) fn hypothetical(&self, t: usize, s_start: usize) -> bool {
        let after_an = t > s_start && self.an.is_word(t - 1) && self.an.folded(t - 1) == "ان";
        (t.saturating_sub(if after_an { 7 } else { 5 }).max(s_start)..t)
            .rev()
            .take_while(|&k| self.an.is_word(k))
            .any(|k| (t - k <= 5 && self.has(k, Particle::Hypothetical)) || ((t - k <= 3 || after_an) && self.has(k, Particle::Modal)))
    }

    /// "رفض أي تدخل", "لم يسجل أي هجوم", "استبعد أي إعلان لوقف إطلاق
    /// النار": an event noun after "أي" (any), or governed by a noun after
    /// it, names no act that took place.
    pub(super) fn any_act(&self, t: &Trigger, s_start: usize) -> bool {
        let any = |k: usize| self.an.is_word(k) && is_any_word(strip_conj(self.an.folded(k)));
        if t.tok <= s_start {
            return false;
        }
        let k = t.tok - 1;
        // (a word right after "أي" is a noun even where it is spelt as a
        // verb: "وأي تنازل يقدمه أولمرت")
        if !t.noun {
            return any(k);
        }
        any(k) || (k > s_start && any(k - 1) && self.an.is_word(k) && !self.is_verb(k) && !crate::mentions::is_preposition(strip_conj(self.an.folded(k))))
    }

    /// "قد تطرد لندن دبلوماسيين روسا": قد before an imperfect is "may" (before
    /// a perfect, "وقد أعلن", it is "has").
    pub(super) fn may(&self, t: &Trigger, s_start: usize) -> bool {
        !t.noun && t.tok > s_start && strip_conj(self.an.folded(t.tok - 1)) == "قد" && self.imperfect(t)
    }

    /// Whether the verb of trigger `t` is written as its pattern's imperfect.
    fn imperfect(&self, t: &Trigger) -> bool {
        self.lex
            .verb_forms(strip_conj(self.an.folded(t.tok)))
            .iter()
            .any(|f| f.pattern == t.pattern && f.tense == crate::lexicon::Tense::Present)
    }

    /// "المناطق التي تسيطر عليها المعارضة", "قرى تحاصرها القوات": a verb of
    /// siege or occupation (191, 192) in the imperfect, in a clause that
    /// describes a place (after a relative pronoun, or taking it back with
    /// a pronoun), tells who holds it, a standing state, not an act. (A
    /// headline's imperfect in a main clause is an act: "الجيش يسيطر على
    /// المدينة".)
    pub(super) fn standing_state(&self, t: &Trigger, p: &Pattern, s_start: usize) -> bool {
        if t.noun || !p.code.as_deref().is_some_and(|c| c.starts_with("191") || c.starts_with("192")) {
            return false;
        }
        let relative = t.tok > s_start && is_relative(self.an.folded(t.tok - 1));
        let resumed = t.object_pronoun
            || (t.tok + 1 < self.an.tokens.len() && self.an.is_word(t.tok + 1) && matches!(self.an.folded(t.tok + 1), "عليها" | "عليه" | "عليهم" | "عليهما"));
        (relative || resumed) && self.imperfect(t)
    }

    /// "رفعت مصر حظر التجول", "ألغت الحكومة القيود": a noun of coercion
    /// or force (roots 16 to 20) that is the object of a verb of lifting,
    /// ending or easing, its subject between, is what ends, not what is
    /// imposed. (The lifting itself is coded by the verb's own lines,
    /// "رفع الحظر عن".)
    pub(super) fn lifted(&self, t: &Trigger, p: &Pattern, s_start: usize) -> bool {
        if !t.noun || !p.code.as_deref().is_some_and(|c| ("16".."21").contains(&c.get(..2).unwrap_or(""))) {
            return false;
        }
        let mut k = t.tok;
        // (the verb's subject, dates and adverbs may stand between)
        while k > s_start && (self.covered_at(k - 1) || self.date_tok[k - 1] || self.has(k - 1, Particle::Adverb)) {
            k -= 1;
        }
        k > s_start
            && k + 4 > t.tok
            && self.an.is_word(k - 1)
            && self.lex.verb_forms(strip_conj(self.an.folded(k - 1))).iter().any(|f| {
                self.lex.patterns.get(f.pattern as usize).and_then(pattern_verb).is_some_and(|v| match v {
                    // (but "رفع الرسوم" raises tariffs)
                    "رفع" => !["رسوم", "تعريف", "ضريب"].iter().any(|w| self.an.folded(t.tok).contains(w)),
                    "الغي" | "الغى" | "خفف" | "انهي" | "انهى" | "اوقف" | "علق" | "فك" => true,
                    _ => false,
                })
            })
    }

    pub(super) fn intent(&self, t: usize, s_start: usize) -> bool {
        (t.saturating_sub(3).max(s_start)..t).any(|k| self.has(k, Particle::Future) || self.has(k, Particle::Intent))
    }

    /// Whether the word before the noun at `tok` (dates and adverbs
    /// skipped) is a verb of occurring that reports it: "خرجت", "اندلعت",
    /// "انطلقت", "تجددت", "عمت", "تواصلت".
    pub(super) fn occurring_before(&self, tok: usize, s_start: usize) -> bool {
        let mut k = tok;
        while k > s_start && (self.date_tok[k - 1] || self.has(k - 1, Particle::Adverb)) {
            k -= 1;
        }
        // (or after a place that witnessed it: "وشهدت مدينة البصرة أمس
        // مظاهرات", "تشهد عدة مدن احتجاجات")
        if (k.saturating_sub(6).max(s_start)..k)
            .rev()
            .take_while(|&j| self.an.is_word(j))
            .any(|j| self.witness_verb(j))
        {
            return true;
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

    /// Whether word `k` is a verb of a place witnessing what happens in it
    /// ("شهدت", "تشهد"): its subject is where, not who.
    pub(super) fn witness_verb(&self, k: usize) -> bool {
        self.an.is_word(k) && matches!(strip_conj(self.an.folded(k)), "شهد" | "شهدت" | "تشهد" | "يشهد")
    }

    /// "يجب على إيران ...", "مادورو الذي يتوجب عليه التنحي": an obligation
    /// voiced by a speaker is a demand (CAMEO 10) from the speaker on the one
    /// obliged.
    pub(super) fn obligations(&self, si: usize, sentence_speaker: Option<usize>, quote_speaker: &[Option<usize>], events: &mut Vec<Event>) {
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

    /// "طالبان تريد إقامة علاقات", "أنها تسعى لإقامة علاقات": the one who
    /// wants or plans the event noun at `tok`, named right before the word
    /// of intent, or the speaker its pronoun takes back.
    pub(super) fn intender(&self, tok: usize, s_start: usize, speaker: Option<usize>) -> Option<usize> {
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

    /// "إذا تعرضت مصالحنا لهجوم، فإننا سنرد": an attack in the condition (or
    /// a response promised in the consequence: "إذا ارتكب العدو أي حماقة
    /// فإننا سنرد بقوة") and a future act in the consequence, voiced by a
    /// speaker, is a threat.
    pub(super) fn conditional_threat(&self, si: usize, force: bool, sentence_speaker: Option<usize>, quote_speaker: &[Option<usize>], events: &mut Vec<Event>) {
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
        // (a verb of being promises nothing: "فإن ذلك سيكون انتهاكا واضحا"
        // judges what the condition would be)
        let promise = |k: usize| {
            is_future_form(an.folded(k))
                && !self.covered_at(k)
                && !strip_conj(an.folded(k))
                    .strip_prefix('س')
                    .is_some_and(|v| is_copula(v) || matches!(v, "يصبح" | "تصبح"))
        };
        let future = consequence
            .clone()
            .find(|&k| self.has(k, Particle::Future) || self.has(k, Particle::Retaliation) || promise(k));
        let Some(fut) = future else { return };
        let speaker = match self.quote_of[fut] {
            Some(q) => quote_speaker[q as usize],
            None => sentence_speaker,
        };
        let Some(speaker) = speaker else { return };
        // (addressed to whom the condition names, "إذا استمرت الحكومة
        // البريطانية باتخاذ إجراءات معادية لروسيا، فسنرد", or else to the
        // other party named in the sentence)
        let target = self
            .other_party(speaker, cond + 1..apodosis)
            .or_else(|| self.threat_addressee(CONDITIONAL_THREAT_CODE, speaker, s.tok_start, cond));
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

    /// The two most recent distinct parties named before `tok` and from
    /// token `from` on.
    pub(super) fn both_sides_before(&self, tok: usize, from: usize) -> Option<(usize, usize)> {
        let mut first: Option<usize> = None;
        for (i, a) in self.actors.iter().enumerate().rev() {
            if a.start < from {
                break;
            }
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
    pub(super) fn threat_addressee(&self, code: &str, source: usize, s_start: usize, tok: usize) -> Option<usize> {
        if !code.starts_with("13") {
            return None;
        }
        let s_end = self.an.sentence_range(tok).1;
        self.other_party(source, (s_start..tok).rev())
            .or_else(|| self.other_party(source, tok + 1..s_end))
    }

    /// The first actor starting at a token of `toks` whose country (or
    /// organisation) is not `source`'s.
    fn other_party(&self, source: usize, mut toks: impl Iterator<Item = usize>) -> Option<usize> {
        let src = self.actors[source].code.as_deref().map(|c| c.chars().take(3).collect::<String>());
        toks.find_map(|k| {
            self.actor_starting(k).filter(|&a| {
                let c = self.actors[a].code.as_deref().map(|c| c.chars().take(3).collect::<String>());
                c.is_some() && c != src && !self.actors[a].vague
            })
        })
    }
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
