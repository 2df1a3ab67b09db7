//! Phrase-level tests shared by the steps: numbers and counts, coordination,
//! construct state, relative clauses and the kinds of actor.

use super::words::{is_place_adverb, is_relative, is_topic_word, pattern_verb, resumes, strip_conj, strip_pronoun};
use super::{Coder, Trigger};
use crate::lexicon::{Particle, TargetMarker};
use crate::mentions::{is_preposition, Actor};

impl<'a, 'l> Coder<'a, 'l> {
    pub(super) fn after_preposition(&self, a: &Actor) -> bool {
        a.prep.is_some() || (a.start > 0 && is_preposition(self.an.folded(a.start - 1)) && !self.partitive(a.start - 1))
    }

    /// Whether an actor is the genitive of an adverb of place or a point
    /// of the compass right before it ("بجنوب غرب إيران أطلق مسلحون النار",
    /// "أمام السفارة"): it names where, never who.
    pub(super) fn after_place_adverb(&self, a: &Actor) -> bool {
        a.start > 0 && self.an.is_word(a.start - 1) && {
            let w = strip_conj(self.an.folded(a.start - 1));
            is_place_adverb(w) || w.strip_prefix('ب').is_some_and(is_place_adverb) || crate::setting::is_direction(w)
        }
    }

    /// Whether token `k` is a number, in figures or words, or a quantity
    /// word ([`Coder::quantity`]).
    pub(super) fn number_at(&self, k: usize) -> bool {
        self.quantity(k) || self.numeral_at(k)
    }

    /// Whether token `k` counts people an act of force falls on: a number
    /// ("ثلاثة قضاة") or a quantity ("عدد من", "بعض"), not a word that names
    /// a group that acts ("مجموعة مسلحة", "وفد").
    pub(super) fn count_at(&self, k: usize) -> bool {
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
    pub(super) fn past_dates_and_adverbs(&self, k: usize, s_end: usize) -> usize {
        self.past_dates(k, s_end, false)
    }

    /// Whether a crowd named by its size alone follows `k` (dates and
    /// adverbs skipped): "الآلاف", "مئات", "عشرات الآلاف", "300".
    pub(super) fn crowd_after(&self, k: usize, s_end: usize) -> bool {
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
    pub(super) fn partitive(&self, k: usize) -> bool {
        k > 0
            && self.an.is_word(k)
            && self.an.folded(k) == "من"
            && (self.has(k - 1, Particle::Quantifier) || self.an.tokens[k - 1].kind == crate::text::TokenKind::Number)
    }

    /// Actors coordinated with `first` ("روسيا والولايات المتحدة").
    pub(super) fn coordinated(&self, first: usize) -> Vec<usize> {
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
    /// "وسيرد", "واتهمها". A verb that is itself a word beginning with و
    /// ("وصل", "وافق", "وصلها") carries none. (Not ف, which also opens the answer to أما
    /// after its subject: "أما رئيس الوزراء فقال".)
    pub(super) fn opens_with_conjunction(&self, k: usize, verb: usize) -> bool {
        let w = self.an.folded(k);
        let rest = strip_conj(w);
        if rest.len() == w.len() {
            return false;
        }
        if k < verb {
            return true;
        }
        let is_verb = |f: &str| !self.lex.verb_forms(f).is_empty() || f.strip_prefix('س').is_some_and(|r| !self.lex.verb_forms(r).is_empty());
        // (also with an object pronoun: "واتهمها", not "وصلها"; a final ة is
        // no pronoun, "وإقالة")
        let noun_ending = self.ends_in_ta_marbuta(k);
        let is_verb_with_pronoun = |f: &str| is_verb(f) || (!noun_ending && strip_pronoun(f).is_some_and(is_verb));
        !is_verb_with_pronoun(w) && is_verb_with_pronoun(rest)
    }

    /// Whether actor `a` right after the verb of appeal `t`, which opens
    /// with و, is followed by what it is called to (إلى, على, بـ or لـ with
    /// a noun): "ودعا الحكومة العراقية إلى", "وحث دول الاتحاد على".
    pub(super) fn addressee_after(&self, t: &Trigger, a: usize) -> bool {
        let p = &self.lex.patterns[t.pattern as usize];
        let actor = &self.actors[a];
        // (past an adjective joined to it by و: "وحضت السلطات المحلية
        // والاتحادية على إجراء تحقيق")
        let joined_adjective = |k: usize| {
            self.an.is_word(k) && self.actor_at[k].is_none() && {
                let w = self.an.folded(k);
                w.starts_with("وال") && (w.ends_with("يه") || w.ends_with('ي'))
            }
        };
        let mut e = actor.end;
        while e < self.an.tokens.len() && e < actor.end + 2 && joined_adjective(e) {
            e += 1;
        }
        !t.noun
            && p.code.as_deref().is_some_and(|c| c.starts_with("02"))
            && self.opens_with_conjunction(t.tok, t.tok)
            && (actor.start == t.end || actor.start == t.tok + 1)
            && actor.prep.is_none()
            && e < self.an.tokens.len()
            && self.an.is_word(e)
            && (matches!(self.an.folded(e), "الي" | "علي") || self.an.readings(e).iter().any(|r| matches!(r.prep, Some('ب' | 'ل'))))
    }

    /// Whether actor `a` names more than one: several coordinated, or a
    /// head word in a plural, sound ("المتظاهرون", "المسلحين", "القوات") or
    /// broken ("الأكراد", "الجنود", "القادة", "الأتراك"); never one person.
    pub(super) fn plural_actor(&self, a: usize) -> bool {
        let actor = &self.actors[a];
        self.coordinated(a).len() >= 2
            || (!actor.is_person()
                && self
                    .an
                    .readings(actor.start)
                    .iter()
                    .any(|r| r.key.ends_with("ون") || r.key.ends_with("ين") || r.key.ends_with("ات") || self.lex.word_kind(r.key) == Some(Particle::Plural)))
    }

    pub(super) fn coordination_head(&self, mut a: usize) -> usize {
        while a > 0 && self.actors[a].conj && self.actors[a - 1].end + 1 >= self.actors[a].start && self.actors[a - 1].is_actor() {
            a -= 1;
        }
        a
    }

    /// "القيادي في حركة حماس", "الضابط في شرطة كوالالمبور": a role with no
    /// country of its own, followed by في and a named body, acts for that body.
    pub(super) fn member_of(&self, a: usize) -> usize {
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

    /// People named by a nisba used as a noun in the accusative or oblique
    /// case ("فلسطينيا", "فلسطينيين"): an object, never a subject.
    pub(super) fn oblique_people(&self, a: usize) -> bool {
        let actor = &self.actors[a];
        actor.kind == crate::mentions::MISC && actor.end > actor.start && {
            let last = self.an.folded(actor.end - 1);
            last.ends_with("يا") || last.ends_with("يين")
        }
    }

    /// Whether actor `a` is named by a building of its body: "السفارة
    /// الأسترالية", "مقر الحكومة", "مبنى البرلمان", or a house of worship,
    /// "الكنيسة". A building does nothing.
    pub(super) fn building(&self, a: usize) -> bool {
        matches!(
            crate::text::strip_article(strip_conj(self.an.folded(self.actors[a].start))),
            "سفاره"
                | "سفارات"
                | "قنصليه"
                | "قنصليات"
                | "مقر"
                | "مقرات"
                | "مبني"
                | "مباني"
                | "سجن"
                | "سجون"
                | "كنيسه"
                | "كنائس"
                | "مسجد"
                | "مساجد"
                | "معبد"
                | "كنيس"
                | "مدرسه"
                | "مدارس"
                | "مستشفي"
                | "مستشفيات"
        )
    }

    /// Whether actor `a` is of a sector that arrests, fights or judges
    /// (GOV, COP, MIL, JUD, SPY).
    pub(super) fn enforcer(&self, a: usize) -> bool {
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

    /// What an object pronoun on a verb refers to: the nearest actor named
    /// before the verb, in this sentence or the one before, that is not
    /// the subject's side.
    pub(super) fn pronoun_antecedent(&self, tok: usize, subjects: &[usize]) -> Option<usize> {
        let si = self.an.sentence_of[tok] as usize;
        let from = self.an.sentences[si.saturating_sub(1)].tok_start;
        let sides: Vec<Option<&str>> = subjects.iter().map(|&s| self.actors[s].country_code()).collect();
        // (a state named by its name is feminine, but for a few:
        // `masculine_state` in particles.tsv)
        let feminine_state = |a: &Actor| {
            a.kind == crate::mentions::GPE
                && a.code.as_deref().is_some_and(|c| c.len() == 3)
                && !self
                    .an
                    .readings(a.name_start)
                    .iter()
                    .any(|r| self.lex.word_kind(r.key) == Some(Particle::MasculineState))
        };
        // right after a relative pronoun the pronoun takes back the relative's
        // head: "غولن المقيم في الولايات المتحدة، الذي تتهمه أنقرة" accuses
        // Gülen, not the country named last
        if tok > from && self.an.is_word(tok - 1) && is_relative(self.an.folded(tok - 1)) {
            let mut end = tok - 1;
            if end > from && (self.an.is_comma(end - 1)) {
                end -= 1;
            }
            // (nor a state named by its name after the masculine الذي, which
            // takes back the man named before it: "غولن، المقيم في الولايات
            // المتحدة، والذي تتهمه أنقرة", whose description the commas set
            // off)
            let masculine_relative = strip_conj(self.an.folded(tok - 1)) == "الذي";
            // (of the subject's country, when not the subject itself: "غولن
            // الذي تتهمه تركيا")
            let fits = |i: &usize| {
                let a = &self.actors[*i];
                a.is_actor() && !a.vague && !a.both_sides && a.code.is_some() && !subjects.iter().any(|&s| self.actors[s].code == a.code)
            };
            let head = self.actor_ending(end).filter(fits);
            if let Some(h) = head.filter(|&h| masculine_relative && feminine_state(&self.actors[h])) {
                let start = self.actors[h].start;
                return (start.saturating_sub(4).max(from)..start)
                    .rev()
                    .find(|&k| self.an.is_comma(k))
                    .and_then(|k| self.actor_ending(k))
                    .filter(fits);
            }
            if head.is_some() {
                return head;
            }
            // (a head that is a definite noun and no actor or name at all is
            // what the pronoun takes back: "الاستقرار الذي يدعمه التحالف"
            // supports no one named before, "المناطق التي تحاصرها القوات")
            // (not the last word of a name: after an actor, "قوات سوريا
            // الديموقراطية، التي تدعمها", or after a word without the
            // article, "عهد التميمي، التي سجنتها")
            let definite = |k: usize| {
                let w = self.an.folded(k);
                w.starts_with("ال") || (w.starts_with("وال") && w.chars().count() > 4)
            };
            let head_word = end > from && self.an.is_word(end - 1) && self.covering[end - 1].is_none() && definite(end - 1);
            let name_part = end > from + 1
                && self.an.is_word(end - 2)
                && (self.covering[end - 2].is_some() || !(definite(end - 2) || is_preposition(self.an.folded(end - 2))));
            if head_word && !name_part && !self.names.iter().any(|&(a, b)| a < end && end <= b) {
                return None;
            }
        }
        // (a masculine pronoun does not take back a state named by its name,
        // which is feminine but for a few: "وتتهمه تركيا" after "الولايات
        // المتحدة ... غولن" accuses Gülen)
        let masculine = {
            let w = strip_conj(self.an.folded(tok));
            w.ends_with('ه') && !self.ends_in_ta_marbuta(tok)
        };
        (0..self.actors.len()).rev().find(|&i| {
            let a = &self.actors[i];
            a.end <= tok
                && a.start >= from
                && a.is_actor()
                && !a.vague
                && !a.both_sides
                && !sides.contains(&a.country_code())
                && !(masculine && feminine_state(a))
        })
    }

    /// Whether the trigger is the bare perfect of a verb of three letters
    /// ("قتل", "قصف", "سجن"), spelt as its masdar, whose genitive is in
    /// the oblique case whether it does or suffers the act ("قنص المتمردين
    /// لهم", "وسجن الصحفيين").
    pub(super) fn bare_triliteral(&self, t: &Trigger) -> bool {
        self.triliteral_verb(t).is_some_and(|verb| strip_conj(self.an.folded(t.tok)) == verb)
    }

    /// The verb of the trigger's pattern when it has three letters, the
    /// verbs whose masdar is spelt as their perfect ("قتل", "رفض").
    pub(super) fn triliteral_verb(&self, t: &Trigger) -> Option<&str> {
        pattern_verb(&self.lex.patterns[t.pattern as usize]).filter(|verb| verb.chars().count() == 3)
    }

    /// Whether no word of actor `a` carries the article ("جندي أمريكي",
    /// not "الجندي الأمريكي"), up to a preposition inside the name, whose
    /// noun does not make the head definite ("ضابط في الشرطة العراقية").
    pub(super) fn without_article(&self, a: usize) -> bool {
        (self.actors[a].start..self.actors[a].end)
            .take_while(|&j| !(j > self.actors[a].start && self.an.is_word(j) && is_preposition(self.an.folded(j))))
            .all(|j| !self.an.readings(j).iter().any(|r| r.article))
    }

    /// Whether the word at `k` ends in ة as written (folding spells it ه,
    /// like the pronoun).
    pub(super) fn ends_in_ta_marbuta(&self, k: usize) -> bool {
        self.an.raw(k).trim_end_matches(|c: char| crate::text::fold_char(c).is_none()).ends_with('ة')
    }

    /// Whether the word at `k` carries a pronoun of the third person
    /// ("عليها", "بإغلاقه", "مساحتها", "أحياءها", "بلاده", "إنه"), which in
    /// a relative clause takes the antecedent back. (A ة is no pronoun,
    /// though folding spells it ه.)
    pub(super) fn pronoun_suffixed(&self, k: usize) -> bool {
        if self.ends_in_ta_marbuta(k) {
            return false;
        }
        let w = strip_conj(self.an.folded(k));
        ["هما", "هم", "هن", "ها", "ه"]
            .iter()
            .any(|p| w.strip_suffix(p).is_some_and(|stem| stem.chars().count() >= 1))
            && !matches!(w, "تجاه" | "اتجاه" | "وجه" | "الله" | "شبه" | "انتباه" | "اشتباه" | "رفاه" | "مياه" | "جبهه")
    }

    /// A bare noun that may head a construct whose genitive follows it
    /// ("زعيم جماعة", "فساد صندوق"): a word that is no actor, preposition,
    /// definite noun, verb, complementiser, adverb or date.
    pub(super) fn construct_head(&self, j: usize) -> bool {
        self.an.is_word(j)
            && self.actor_at[j].is_none()
            && !is_preposition(self.an.folded(j))
            && !is_topic_word(strip_conj(self.an.folded(j)))
            && !self.an.readings(j).iter().any(|r| r.article)
            && !self.is_verb(j)
            && !self.has(j, Particle::Report)
            && !self.has(j, Particle::PronounSpeaker)
            && !self.has(j, Particle::Adverb)
            && !self.date_tok[j]
            // (nor a verb that acts on what its pronoun takes back: "مظاهرة
            // قمعتها قوات الأمن"; looked up last)
            && !self.acting_on_its_object(j)
    }

    /// The subject of a verb that opens a relative clause with no pronoun
    /// taking the antecedent back: the antecedent ("زيغمار غابرييل، الذي اتهم
    /// المملكة"), unless it is an actor after a preposition or in the
    /// genitive of a noun, which may not be what the clause is about ("زيارة
    /// ماكرون إلى الهند والتي تختتم", "مزاعم فساد صندوق التنمية التي تشير").
    pub(super) fn relative_subject(&self, tok: usize, s_start: usize) -> Option<usize> {
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

    /// Whether an actor is named by a noun of victims ("الضحايا", "رهائن",
    /// "القتلى"), who suffer an act of force and never do it.
    pub(super) fn victim_head(&self, a: usize) -> bool {
        self.an
            .readings(self.actors[a].start)
            .iter()
            .any(|r| matches!(r.key, "ضحايا" | "ضحيه" | "رهائن" | "رهاين" | "رهينه" | "قتلي" | "جرحي" | "مصابين" | "مصابون"))
    }

    /// "الحكومة التي ضغطت عليها واشنطن": a verb right after a relative
    /// pronoun with, right after it, its own target preposition carrying a
    /// pronoun that takes the antecedent back has the antecedent as its
    /// target (an actor named after the preposition is then the subject).
    pub(super) fn resumed_target(&self, t: &Trigger, s_start: usize, s_end: usize, sources: &[usize]) -> Option<usize> {
        if t.noun || t.tok <= s_start || !is_relative(self.an.folded(t.tok - 1)) {
            return None;
        }
        let prep = self.resumptive_preposition(t.tok - 1, t.tok + 1, s_end)?;
        let p = self.lex.patterns.get(t.pattern as usize)?;
        if !p.targets.iter().any(|m| matches!(m, TargetMarker::Prep(x) if x == prep)) {
            return None;
        }
        self.relative_antecedent(t.tok, s_start).filter(|a| !sources.contains(a))
    }

    /// The preposition (folded, as a target marker is) of the word at `j`
    /// when it is a preposition carrying a pronoun that agrees with the
    /// relative pronoun at `rel`, and so takes its antecedent back
    /// ("التي ضغطت عليها").
    pub(super) fn resumptive_preposition(&self, rel: usize, j: usize, s_end: usize) -> Option<&str> {
        if j >= s_end || !self.an.is_word(j) || !resumes(self.an.folded(rel), self.an.folded(j)) {
            return None;
        }
        crate::mentions::preposition_of_pronoun(strip_conj(self.an.folded(j)))
    }

    /// The antecedent of a relative pronoun right before `tok`: "المتمردين
    /// الحوثيين في اليمن الذين ..." is the rebels, not Yemen.
    pub(super) fn relative_antecedent(&self, tok: usize, s_start: usize) -> Option<usize> {
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
}
