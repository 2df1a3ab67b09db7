//! The source of an event noun (its owner, its genitive agent, the parties
//! it is between), the patient in its genitive, and the agents of passives.

use super::words::{
    clitic_b_noun, coercion_root, force_root, is_cause_word, is_direction, is_genitive_adverb, is_norm_head, is_one_of, is_property_head, is_report_noun,
    is_response_word, is_topic_word, judges_others, strip_conj, strip_pronoun, takes_direct_object, PRONOUN_SUFFIXES,
};
use super::{Coder, Trigger, SUBJECT_WINDOW, TARGET_WINDOW};
use crate::lexicon::{Particle, TargetMarker};
use crate::mentions::is_preposition;

impl<'a, 'l> Coder<'a, 'l> {
    /// Whether an event noun carries its owner's pronoun ("رفضها",
    /// "تهديداته"): its doer is the pronoun's, never a genitive after it.
    pub(super) fn owned_noun(&self, t: &Trigger) -> bool {
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
    pub(super) fn reported_noun_subject(&self, tok: usize, s_start: usize) -> bool {
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
            // (a name the tagger found is no preposition's object, though
            // it opens with a letter of one: "إن كامبل أصرت")
            && (self.names.iter().any(|&(a, _)| a == first) || !self.an.readings(first).iter().any(|r| r.prep.is_some()))
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

    /// Whether the word before `tok` is a preposition governed by an event
    /// noun of investigating or judging right before it (not of speaking:
    /// "الإعلان عن هدنة" declares it).
    fn judged_by_noun_before(&self, tok: usize, s_end: usize) -> bool {
        let (prep, noun) = (tok - 1, tok - 2);
        self.an.is_word(prep)
            && is_preposition(strip_conj(self.an.folded(prep)))
            && self.an.is_word(noun)
            && self.trigger_at(noun, s_end).is_some_and(|n| {
                let np = &self.lex.patterns[n.pattern as usize];
                n.noun && n.end == prep && (judges_others(np) || np.code.as_deref().is_some_and(|c| c.starts_with("09")))
            })
    }

    /// Whether a speech verb ("قال", "أفاد") is read at `k`.
    fn speech_verb_at(&self, k: usize, s_end: usize) -> bool {
        self.trigger_at(k, s_end).is_some_and(|v| self.lex.patterns[v.pattern as usize].flags.speech)
    }

    /// "اشتباكات عنيفة بالأسلحة الرشاشة بين قوات حركة طالبان وحرس الحدود",
    /// "عقدت القمة بين ...": the first of the two parties after بين of a
    /// symmetric event (the second is coordinated with it).
    pub(super) fn between_parties(&self, t: &Trigger, s_end: usize) -> Option<usize> {
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
    pub(super) fn noun_source(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<usize> {
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
        let violation = self.lex.patterns[t.pattern as usize].code.as_deref().is_some_and(|c| c.starts_with("128"));
        let mut k = t.end;
        while k < limit {
            // (an actor after a verb is that verb's: "هدنة توسطت فيها قطر";
            // unless the verb takes the noun back as its object: "غارات
            // شنتها طائرات التحالف", "المحادثات التي عقدها لافروف")
            // (but not a verb that codes its own act on the noun: "مظاهرة
            // قمعتها قوات الأمن")
            // (nor past لم or لن, which always open a verb's clause, one the
            // lexicon may not know: "وتسبب القصف باندلاع حرائق لم يتمكن
            // الدفاع المدني من إخمادها")
            if self.an.is_punct(k, "«")
                || self.an.is_punct(k, "\"")
                || (self.an.is_word(k) && matches!(self.an.folded(k), "لم" | "لن" | "ولم" | "ولن" | "فلم" | "فلن"))
                || (self.free_verb(k) && !self.verb_with_object_pronoun(k))
                || (!self.covered_at(k) && self.acting_on_its_object(k))
            {
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
                if self.genitive_at(t, k) && self.patient_genitive(t, a) {
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
            // doer: "قتل ثمانية مدنيين في الغارات بحسب المرصد"; nor past a
            // word of opposition, what is opposed: "تظاهرات رافضة لافتتاح
            // السفارة الأميركية")
            // (nor past a word of time or cause, which opens another event's
            // phrase: "وجاء الهجوم الأخير أثناء تشييع القيادي ... للحوثيين")
            if self.has(k, Particle::AccordingTo) || self.ends_noun_phrase(k) {
                break;
            }
            // (past a word of direction, what an act of force is aimed at:
            // "قذائف من قطاع غزة باتجاه إسرائيل")
            if force && is_direction(self.an.folded(k)) {
                break;
            }
            // (past a place or belonging, what was struck, whose owner
            // suffered: "استهدفت غارتان مكتب رئاسة الجمهورية")
            if force && is_property_head(self.an.folded(k)) {
                break;
            }
            // (past a norm after a violation, what was violated, whose
            // owner is no violator: "خرق لقانون الأمم المتحدة")
            if violation && is_norm_head(self.an.folded(k)) {
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
            // (nor past a preposition of topic: "تحقيق داخلي بشأن خاشقجي")
            if (!matches!(w, "من" | "بين") && !(speech && w == "مع") && is_preposition(w)) || (speech && self.complementiser(k)) || is_topic_word(w) {
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
        // (a noun after a word of sequence or circumstance is what came
        // before the clause, and the actor before it is mostly who suffered
        // or answered it: "قتل عميد ... بعد مواجهات", "غضب يجتاح الهند إثر
        // اغتصاب", "يلتقي ... في هلسنكي في ظل عقوبات"; its owner's pronoun
        // still names its doer, "أقيل بعد إعلانه")
        if !owned && t.tok > s_start && self.an.is_word(t.tok - 1) && is_cause_word(strip_conj(self.an.folded(t.tok - 1))) {
            return None;
        }
        // (nor a noun that a report is about: "تحقق السلطات البريطانية في
        // تقارير عن اعتقال أستاذ", the authorities arrested no one)
        if !owned
            && t.tok > s_start + 1
            && strip_conj(self.an.folded(t.tok - 1)) == "عن"
            && self.an.is_word(t.tok - 2)
            && is_report_noun(strip_conj(self.an.folded(t.tok - 2)))
        {
            return None;
        }
        // (nor a noun that an investigation, a judgement or a statement
        // named right before it is about: "فتحت الشرطة تحقيقا في
        // الانفجار", "اتهامات بالتجسس", "إدانة للهجوم"; whoever
        // investigates, accuses or condemns did not do it)
        if !owned && t.tok >= s_start + 2 && self.judged_by_noun_before(t.tok, s_end) {
            return None;
        }
        // (nor a noun whose doer is named by the word right before it, a
        // word for the one who carried it out: "قبل أن تقتل قوات الأمن منفذ
        // الاعتداء", the attacker's attack)
        if !owned && t.tok > s_start && self.an.readings(t.tok - 1).iter().any(|r| is_perpetrator_noun(r.key)) {
            return None;
        }
        // nearest actor before, in the same clause
        let mut k = t.tok;
        while k > s_start && t.tok - k < 5 {
            k -= 1;
            // (a comma right before the noun that only sets off the subject
            // of the verb before it is no boundary: "وأكد الرئيس الفرنسي،
            // دعم بلاده للحكومة اللبنانية")
            if k + 1 == t.tok && self.subject_comma(k, s_start) {
                continue;
            }
            if self.an.is_punct(k, "،") || self.an.is_punct(k, "«") || self.an.is_punct(k, ":") {
                break;
            }
            // (nor across a complementiser: "أعلنت اللجنة أن الانفجار ...",
            // nor a preposition of topic: "اتصالات بدول بينها بريطانيا بشأن
            // المبادرة", "قلق الوزير حول الهجوم")
            if self.is_verb(k) || self.complementiser(k) || is_topic_word(strip_conj(self.an.folded(k))) {
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
                // (nor a place's name in apposition to a noun that a
                // preposition governs: "في العاصمة العراقية بغداد في هجمات")
                let place = self.actors[a].place_only || self.actors[a].kind == crate::mentions::GPE;
                let mut j = if place { hs } else { s_start };
                while j > s_start + 1 && hs - j < 3 && self.an.is_word(j - 1) && self.an.readings(j - 1).iter().any(|r| r.article) {
                    j -= 1;
                }
                if j < hs && j > s_start && is_preposition(strip_conj(self.an.folded(j - 1))) {
                    return None;
                }
                // (nor the one a report is attributed to, who tells of it:
                // "بحسب قيادة الناتو - بعنف الهجمات"; unless the noun is the
                // telling, "وفق تعبير بوتين في تصريح")
                if !self.lex.patterns[t.pattern as usize].flags.speech && (hs.saturating_sub(2).max(s_start)..hs).any(|j| self.has(j, Particle::AccordingTo)) {
                    return None;
                }
                // (nor a place that witnessed it: "وشهدت بغداد أمس مظاهرة")
                if hs > s_start && self.witness_verb(hs - 1) {
                    return None;
                }
                // (nor the doer of an act of force whose object the noun is:
                // "خلال قمع الجيش الإسرائيلي مسيرة العودة", "اقتحام الشرطة
                // اجتماعا للمعارضة")
                if hs > s_start && self.object_of_force_after(a, t.tok, s_end) {
                    return None;
                }
                // (nor one who answers or resists it)
                if self.answers_force(t, hs, s_start) {
                    return None;
                }
                // (nor people counted before a preposition that governs a
                // noun of force: they are its victims, "إصابة 4 جنود إسرائيليين
                // في انفجار", "مقتل 30 شخصا في هجوم"; not "استمر آلاف المتظاهرين
                // في مسيراتهم")
                let counted = hs > s_start && (self.count_at(hs - 1) || is_one_of(strip_conj(self.an.folded(hs - 1))));
                if force && !owned && counted && t.tok > s_start && is_preposition(strip_conj(self.an.folded(t.tok - 1))) {
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

                // (the verb before the subject is read past the noun that
                // says what a quoted name is: "وأدانت منظمة \"هيومن رايتس
                // ووتش\" اعتقال")
                let before = if hs > s_start + 2 && self.opening_mark(hs - 1) && self.an.is_word(hs - 2) {
                    hs - 3
                } else {
                    hs.saturating_sub(1)
                };
                // (a noun with its owner's pronoun is the owner's: "ينتقدون
                // ترامب بسبب دفاعه عن موسكو")
                // (or right before the mark: "انتقدت \"منظمة العفو الدولية\"
                // اعتقال الصحفيين")
                let judged = self.judged_by_verb_at(before, s_end) || (hs > s_start + 1 && self.opening_mark(hs - 1) && self.judged_by_verb_at(hs - 2, s_end));
                if spoken_of && !owned && hs > s_start && judged {
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

    /// Whether the actor starting at `start` answers or resists the act of
    /// force named by the noun `t` after ل or على, and so did not do it:
    /// "تصدي الدفاعات الجوية للعدوان", "ورد الجيش على الهجوم".
    pub(super) fn answers_force(&self, t: &Trigger, start: usize, s_start: usize) -> bool {
        let answered = t.noun
            && force_root(&self.lex.patterns[t.pattern as usize])
            && t.tok > 0
            && (self.an.readings(t.tok).iter().any(|r| r.prep == Some('ل'))
                || (self.an.is_word(t.tok - 1) && matches!(strip_conj(self.an.folded(t.tok - 1)), "علي" | "ل")));
        answered && start > s_start && self.an.is_word(start - 1) && {
            let w = strip_conj(self.an.folded(start - 1));
            is_response_word(w) || w.strip_prefix('ل').or_else(|| w.strip_prefix('ب')).is_some_and(is_response_word)
        }
    }

    /// Whether an actor starting at `k` is in the genitive of the event
    /// noun `t`: right after it, or past a demonstrative ("احتجاز هذا القس
    /// الأمريكي").
    pub(super) fn genitive_at(&self, t: &Trigger, k: usize) -> bool {
        k == t.end || (k == t.end + 1 && self.an.is_word(t.end) && crate::mentions::is_demonstrative(self.an.folded(t.end)))
    }

    /// An actor right after an event noun that its literal words go on
    /// after with a preposition ("وقوف المجلس إلى جانب", "تضامن الحكومة مع"):
    /// the genitive of a noun whose object needs a preposition is its doer.
    /// "اعتقال رئيس الوزراء عبد الله حمدوك", "اغتيال القيادي": a person in
    /// the genitive of a coercive or violent act (roots 16 to 20) that takes
    /// a direct object (or one with ل when none follows) is who suffers it,
    /// not who does it. (A body or a state there is the doer: "قصف إسرائيل
    /// لغزة", "اعتقال السلطات".)
    pub(super) fn patient_genitive(&self, t: &Trigger, a: usize) -> bool {
        let p = &self.lex.patterns[t.pattern as usize];
        let actor = &self.actors[a];
        // (a noun flagged `patient` says so itself: "إقالة وزير الكهرباء")
        if p.flags.patient {
            return actor.prep.is_none() && !self.lam_object_at(actor.end);
        }
        let root = p.code.as_deref().and_then(|c| c.get(..2));
        // (a role too when the act is one of roots 17 to 20, unless it is
        // one that enforces: "اعتقال قيادي في تنظيم داعش", "قتل المدنيين",
        // not "احتجاز السلطات الأمنية")
        let enforcer = self.enforcer(a);
        // (an enforcer named without the article and not as a body, "ضابط
        // مخابرات", "عملاء استخبارات روس", is a person who suffers the act;
        // "قوات خاصة", "سلطات براغ" do it)
        let indefinite = self.without_article(a) && !self.an.folded(actor.start).ends_with("ات");
        // (only a person is assassinated, and an assassin is not named in
        // the genitive: "محاولة اغتيال العميل الروسي السابق"; nor is an
        // abductor, "عملية خطف الجنديين الإسرائيليين", whose act takes its
        // object with ل when the genitive does it: "اختطاف الميليشيا لسفينة")
        let assassination = matches!(p.code.as_deref(), Some("181" | "185" | "186"));
        let role = actor.kind == crate::mentions::ROLE && coercion_root(p) && (!enforcer || indefinite || assassination);
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

    /// Whether the event noun `t` is an act of coercion or force that takes
    /// a direct object (roots 17 to 20): "اعتقال", "احتجاز", "اغتيال".
    fn coercive(&self, t: &Trigger) -> bool {
        let p = &self.lex.patterns[t.pattern as usize];
        coercion_root(p) && takes_direct_object(p)
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

    /// The doer of an event noun named in its genitive: an actor between
    /// the noun and the preposition of its literal words ("وقوف المجلس إلى
    /// جانب المملكة"), or one right after a noun that takes its object
    /// directly or with ل, followed by that object with ل ("إقالة ترامب
    /// لوزير خارجيته", "قصف إسرائيل لغزة"; and the actor before the noun,
    /// the subject of a verb that judges or reports it, is not its doer:
    /// "اعتبرت إيران إقالة ترامب لوزير خارجيته").
    pub(super) fn genitive_agent(&self, t: &Trigger) -> Option<usize> {
        let doer = |a: &crate::mentions::Actor| a.is_actor() && a.prep.is_none() && !a.conj && !a.both_sides;
        let before_literal = self.actor_starting(t.tok + 1).filter(|&a| {
            let actor = &self.actors[a];
            let end = actor.end;
            !self.patient_genitive(t, a) && doer(actor) && end + 1 < t.end && matches!(self.an.folded(end), "الي" | "مع" | "ضد" | "علي")
        });
        before_literal.or_else(|| {
            let a = self.actor_starting(t.end)?;
            let actor = &self.actors[a];
            (takes_direct_object(&self.lex.patterns[t.pattern as usize]) && doer(actor) && !actor.vague && self.lam_object_at(actor.end)).then_some(a)
        })
    }

    /// The passive light verb before an event noun ("يتعرضون لهجوم").
    pub(super) fn passive_light_verb(&self, t: &Trigger, s_start: usize) -> Option<usize> {
        // (and a participle of exposure before a noun with its ل: "قد تكون
        // معرضة بشدة لهجمات إرهابية" suffers them)
        let lam = self.an.readings(t.tok).iter().any(|r| r.prep == Some('ل'));
        let light = |k: usize| {
            let w = strip_conj(self.an.folded(k));
            PASSIVE_LIGHT.iter().any(|stem| w.contains(stem)) || (lam && matches!(w, "معرض" | "معرضه" | "معرضون" | "معرضين" | "معرضان" | "معرضتان"))
        };
        let facing = |k: usize| is_facing_verb(strip_conj(self.an.folded(k)));
        if let Some(k) = (t.tok.saturating_sub(2).max(s_start)..t.tok).find(|&k| light(k) || facing(k)) {
            return Some(k);
        }
        // (or further, over its subject, when the noun has its ل: "تعرض
        // المرشح للرئاسة في البرازيل، جاير بولسونارو لعملية طعن"; or, after
        // a verb of facing, when it is the bare object: "يواجه رئيس الوزراء
        // السابق وابنته الاعتقال")
        let object: &dyn Fn(usize) -> bool = if self.an.readings(t.tok).iter().any(|r| r.prep == Some('ل')) {
            &light
        } else if self.an.readings(t.tok).iter().all(|r| r.prep.is_none()) {
            &facing
        } else {
            return None;
        };
        (t.tok.saturating_sub(12).max(s_start)..t.tok.saturating_sub(2))
            .rev()
            .take_while(|&k| !self.complementiser(k) && (!self.free_verb(k) || object(k)))
            .find(|&k| self.an.is_word(k) && object(k))
            .filter(|&k| self.actor_starting(k + 1).is_some())
    }

    /// Whether `tok` is a form of the verb of facing ("يواجه", "تواجه").
    pub(super) fn facing_verb(&self, tok: usize) -> bool {
        is_facing_verb(strip_conj(self.an.folded(tok)))
    }

    /// Whether agent `a` follows `from` with only a few words between that
    /// open no other phrase (adjectives, quotation marks, the marker
    /// itself: "هجمات شرسة من قبل"), not a preposition or an adverb of time
    /// ("عند وصوله ... من").
    pub(super) fn agent_adjacent(&self, from: usize, a: usize) -> bool {
        let start = self.actors[a].start;
        start <= from + 5
            && (from..start).all(|k| {
                let w = strip_conj(self.an.folded(k));
                !self.an.is_word(k)
                    || self.has(k, Particle::AgentMarker)
                    || matches!(w, "من" | "قبل" | "يد" | "ايدي")
                    || !(is_preposition(w) || is_genitive_adverb(w) || self.is_verb(k))
            })
            && (from..start).all(|k| self.an.is_word(k) || !self.an.is_punct(k, "،"))
    }

    /// Whether the word before `tok` is an auxiliary of the passive of an
    /// event noun: "تم", "يتم", "سيتم", "جرى", "يجري" ("تم اعتقال").
    pub(super) fn after_passive_auxiliary(&self, tok: usize, s_start: usize) -> bool {
        tok > s_start && self.an.is_word(tok - 1) && matches!(strip_conj(self.an.folded(tok - 1)), "تم" | "يتم" | "سيتم" | "ستتم" | "جري" | "يجري" | "سيجري")
    }

    /// Whether `tok` is a passive light verb ("تعرض", "يتعرضون") with a
    /// word after ل within the next few words ("لاعتداء", "لهجوم").
    pub(super) fn passive_light_ahead(&self, tok: usize, s_end: usize) -> bool {
        let w = strip_conj(self.an.folded(tok));
        PASSIVE_LIGHT.iter().any(|stem| w.contains(stem))
            && (tok + 1..(tok + 6).min(s_end))
                .take_while(|&k| self.an.is_word(k))
                .any(|k| self.an.readings(k).iter().any(|r| r.prep == Some('ل')))
    }

    /// The agent of a passive: "من X", "على يد X", "من قبل X" after the trigger
    /// (not a bare "من X" when `own_min`: the pattern's own preposition).
    pub(super) fn agent(&self, from: usize, s_end: usize, own_min: bool) -> Option<usize> {
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
            // (nor the من of a quantity: "ألقي القبض على العديد من
            // السياسيين" names whom, not by whom; but "بمساندة كل من قطر
            // وتركيا" lists the agents, and "من قبل عدد من الإرهابيين"
            // has its marker before the quantity)
            let quantity = self.partitive(k)
                && strip_conj(self.an.folded(k - 1)) != "كل"
                && !(k.saturating_sub(3).max(from)..k).any(|j| self.has(j, Particle::AgentMarker));
            if !own_min && strip_conj(self.an.folded(k)) == "من" && !quantity {
                if let Some(a) = self.actor_starting(k + 1).filter(|&a| !self.building(a)) {
                    return Some(a);
                }
            }
            if self.has(k, Particle::AgentMarker) {
                if let Some(a) = self.marked_agent(k, s_end) {
                    return Some(a);
                }
            }
        }
        None
    }

    /// The agent an agent marker at `k` names: the actor a few words after
    /// it ("على يد مسلحين", "برصاص الجيش"; not a place after في, "برصاص حي
    /// في بغداد"), or the marker with its nisba ("بالرصاص الإسرائيلي").
    pub(super) fn marked_agent(&self, k: usize, s_end: usize) -> Option<usize> {
        let nisba_after = k + 1 < s_end && self.an.is_word(k + 1) && self.an.folded(k + 1).starts_with("ال");
        if let Some(a) = self
            .actor_starting(k)
            .filter(|&a| nisba_after && self.actors[a].end > k + 1 && self.actors[a].is_actor())
        {
            return Some(a);
        }
        // (a marker with the article heads no genitive, only its adjective:
        // "قتلت بالرصاص فلسطينيين" names the victims after it)
        if self.an.readings(k).iter().any(|r| r.article) {
            return self.actor_starting(k + 1).filter(|_| nisba_after);
        }
        (k + 1..(k + 4).min(s_end))
            .find_map(|j| self.actor_starting(j))
            .filter(|&a| !self.after_preposition(&self.actors[a]))
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
}

/// Stems of the passive light verbs: "تعرض لـ" (to be subjected to), "خضع
/// لـ" (to undergo: "قد يخضع وزير الخارجية السابق للتحقيق").
const PASSIVE_LIGHT: &[&str] = &["تعرض", "خضع"];

/// A noun for who carried out an act, which heads the act's noun
/// (folded, article stripped): "منفذ الهجوم", "مرتكبي المجزرة", "مدبري
/// الانقلاب".
fn is_perpetrator_noun(key: &str) -> bool {
    matches!(
        key,
        "منفذ" | "منفذي" | "منفذو" | "منفذا" | "مرتكب" | "مرتكبي" | "مرتكبو" | "مدبر" | "مدبري" | "مدبرو"
    )
}

/// Whether `w` (folded, without its conjunction) is a form of the verb of
/// facing, whose object befalls its subject as "تعرض لـ" does ("تواجه
/// تركيا هجمات من المسلحين", "يواجه الوزير الاعتقال"): exact forms, since
/// the stem is also in "مواجهة" (confrontation) and "المواجهات" (clashes).
fn is_facing_verb(w: &str) -> bool {
    matches!(
        w,
        "واجه"
            | "واجهت"
            | "واجها"
            | "واجهتا"
            | "واجهوا"
            | "يواجه"
            | "تواجه"
            | "يواجهان"
            | "تواجهان"
            | "يواجهون"
            | "سيواجه"
            | "ستواجه"
            | "سيواجهون"
    )
}
