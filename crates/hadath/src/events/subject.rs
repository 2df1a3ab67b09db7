//! The source of a verb: its explicit subject, and whether the subject may
//! instead be left to the verb's inflection (the topic or the speaker).

use super::target::circumstance_word;
use super::words::{
    accusative_singular, clitic_preposition_noun, coercion_root, fourth_form, intransitive_with_noun, is_copula, is_endangered_head, is_genitive_adverb,
    is_kana, is_manner_masdar, is_norm_head, is_opening_kana, is_place_adverb, is_property_head, is_relative, is_weapon, is_weapon_adjective, judges_others,
    kana_agrees, literal_matches, oblique_plural, opens_clause, pattern_verb, resumes, strip_conj, strip_pronoun, takes_direct_object, unmarked_passive,
};
use super::{Coder, Trigger, SUBJECT_WINDOW};
use crate::lexicon::{Particle, TargetMarker};
use crate::mentions::is_preposition;

impl<'a, 'l> Coder<'a, 'l> {
    /// The explicit subject of the trigger: the actor right before it (SVO),
    /// else the first free actor after it (VSO).
    pub(super) fn explicit_subject(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<usize> {
        // a verb in the first person in a quote has its subject in itself,
        // the one who speaks, also after an actor that ends the verb before
        // it: "نحب تركيا وندعمها" (we support her)
        if !t.noun && t.first_plural && self.quote_of[t.tok].is_some() {
            return None;
        }
        // "أما وزير الثقافة، مات هانكوت، فقال": the topic that أما sets
        // out is the subject of the verb its ف resumes
        if let Some(subject) = self.amma_subject(t, s_start) {
            return subject;
        }
        // "غابرييل، الذي اتهم المملكة باحتجاز ...": the antecedent of the
        // relative pronoun before the verb, not the actor after it
        // (also over the auxiliary كان: "بين واشنطن التي كانت تطالب بإطلاق
        // سراحه وأنقرة")
        let relative_at = if t.tok > s_start && is_relative(self.an.folded(t.tok - 1)) {
            Some(t.tok)
        } else if t.tok > s_start + 1 && self.an.is_word(t.tok - 2) && kana_agrees(self.an.folded(t.tok - 2), self.an.folded(t.tok - 1)) {
            Some(t.tok - 1)
        } else {
            None
        };
        if let Some(rel) = relative_at.filter(|_| !t.noun && !self.verb_with_object_pronoun(t.tok)) {
            // (a preposition right after the verb that takes the antecedent
            // back, with an actor after it: that actor is the subject, "الحكومة
            // التي ضغطت عليها واشنطن", "الدول التي فرضت عليها واشنطن عقوبات")
            let relative = self.an.folded(rel - 1);
            // (or a people in the nominative plural the lexicon does not
            // name: "مقديشو التي سيطر عليها الإسلاميون")
            let resumed_at_once = self.resumptive_preposition(rel - 1, t.tok + 1, s_end).is_some()
                && (self
                    .actor_starting(t.tok + 2)
                    .is_some_and(|a| self.actors[a].is_actor() && self.actors[a].prep.is_none())
                    || (t.tok + 2 < s_end
                        && self.an.is_word(t.tok + 2)
                        && self.an.readings(t.tok + 2).iter().any(|r| r.article && r.prep.is_none())
                        && self.an.folded(t.tok + 2).ends_with("ون")
                        && self.an.folded(t.tok + 2).chars().count() >= 6));
            if let Some(a) = self.relative_subject(rel, s_start).filter(|_| !resumed_at_once) {
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
            // (a pronoun that does not agree with the relative is no
            // resumptive: "دول الاتحاد التي ترفض قبول مهاجرين ممن يحق لهم")
            let resumed = (t.tok + 1..(t.end + 12).min(s_end)).any(|k| {
                self.an.is_word(k)
                    && self.pronoun_suffixed(k)
                    && resumes(relative, self.an.folded(k))
                    && !(self.an.folded(k).starts_with('و') && self.actor_ending(k).is_some())
            });
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
                // (and, before a masdar, the comma that sets off the subject
                // of the verb before it: "وأكد الرئيس الفرنسي، دعم بلاده")
                || (t.noun && k == t.tok && self.subject_comma(k - 1, s_start))
                // (and a verb of being whose predicate the verb is: "القوات
                // أصبحت تحاصر المدينة")
                || (!t.noun && k == t.tok && self.copula_before_verb(k - 1))
                // (and the mark that opens a direct quote the verb begins,
                // after an actor that opens its sentence or follows a
                // complementiser: "إن القوات الأمريكية \"قتلت عشرات
                // المسلحين\""; not the speaker, "وقال المدير \"استهدفت القوات")
                || (!t.noun && self.opens_quote_of(k - 1, t.tok) && self.clause_subject_ending(k - 1, s_start))
                // (and the comma after the subject of a sentence that opens
                // with كان: "وكان الأمين العام للأمم المتحدة أنطونيو
                // غوتيريس، حذر")
                || (!t.noun && k == t.tok && self.an.is_comma(k - 1) && self.kana_subject_ending(k - 1, s_start))
                // (and the mark that closes a name in quotation marks that
                // opens its clause: "\"العربي الجديد\" ترى", "لكن مجموعة
                // \"الخوذ البيضاء\" قالت")
                || (!t.noun && k == t.tok && self.closing_mark(k - 1) && self.quoted_subject_ending(k - 1, s_start)))
        {
            k -= 1;
        }
        // (a verb group with a conjunction opens a clause of its own: the
        // actor before it ends the clause before, "وقتل ... 21 فلسطينيا
        // واتهمت إسرائيل المتظاهرين")
        // (unless the verb carries its object in a pronoun and the actor
        // before it is the subject of the verb before that, which both
        // share: "بل حمل عليهما الرئيس الأميركي جورج بوش واتهمهما")
        let shared_subject = || {
            !t.noun
                && self.verb_with_object_pronoun(t.tok)
                && self.actor_ending(k).is_some_and(|i| {
                    let start = self.actors[self.coordination_head(i)].start;
                    start > s_start
                        && (self.free_verb(start - 1)
                            || (start > s_start + 1
                                && self.an.is_word(start - 1)
                                && crate::mentions::is_preposition_with_pronoun(self.an.folded(start - 1))
                                && self.free_verb(start - 2)))
                })
        };
        if k > s_start && (!(!t.noun && self.opens_with_conjunction(k, t.tok)) || shared_subject()) {
            if let Some(a) = self
                .actor_ending(k)
                .filter(|&i| self.actors[i].is_actor() && !self.actors[i].modifier && !self.dateline_credit(i))
                .or_else(|| if t.noun { None } else { self.apposition_before(k, s_start) })
                .or_else(|| {
                    if t.noun || k != t.tok {
                        None
                    } else {
                        self.construct_subject_ending(k, s_start)
                    }
                })
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
                // (also past the head of a construct whose genitive is the
                // actor: "12 من مراقبي الأمم المتحدة قتلوا")
                let min = if start > 2 && self.construct_head(start - 1) && !self.construct_head(start - 2) {
                    start - 2
                } else {
                    start - 1
                };
                let passive = !t.noun
                    && min > 0
                    && self.an.is_word(min)
                    && strip_conj(self.an.folded(min)) == "من"
                    && (self.count_at(min - 1) || self.partitive(min - 1) || self.number_at(min - 1) || self.has(min - 1, Particle::Quantifier))
                    && {
                        let mut j = self.past_dates_and_adverbs(t.end, s_end);
                        // (past a second verb joined to it, "قتلوا أو أصيبوا")
                        if j + 1 < s_end && self.an.is_word(j) && self.an.folded(j) == "او" && self.an.is_word(j + 1) {
                            j += 2;
                        } else if j < s_end && self.an.folded(j).starts_with('و') && self.is_verb(j) {
                            j += 1;
                        }
                        // (or before a word of time or cause: "قتلوا منذ بدء
                        // الهجوم", "اعتقلوا خلال المظاهرة")
                        j < s_end
                            && (self.passive_before_preposition(t, j)
                                || (self.an.is_word(j)
                                    && (circumstance_word(strip_conj(self.an.folded(j))) || strip_conj(self.an.folded(j)) == "منذ")
                                    && self.spelt_as_passive(t)))
                    };
                // (nor the owner of a place or a belonging before a verb of
                // force: "باب منزل سكريبال استهدف", "مواقع الحوثيين قصفت"
                // were struck)
                let struck_owner = !t.noun
                    && start > s_start
                    && self.an.is_word(start - 1)
                    && is_property_head(self.an.folded(start - 1))
                    && self
                        .lex
                        .patterns
                        .get(t.pattern as usize)
                        .is_some_and(|p| matches!(p.code.as_deref().and_then(|c| c.get(..2)), Some("17" | "18" | "19" | "20")));
                if !counted
                    && !passive
                    && !struck_owner
                    && !resumed
                    && !spoken_of
                    && !self.after_preposition(&self.actors[head])
                    && !self.after_place_adverb(&self.actors[head])
                    // (nor one an agent marker governs, the means of the
                    // clause before: "وعقب رد إسرائيل بنيران الدبابات أطلقت
                    // عشرات الصواريخ"; an indefinite one is described by the
                    // verb, "بواسطة طائرات من دون طيار استهدفت معسكرات")
                    && !(start > s_start && self.has(start - 1, Particle::AgentMarker) && !self.without_article(head))
                    && !(t.noun && self.complement_of_verb_before(head, t.tok, s_end))
                    && !self.answers_force(t, start, s_start)
                {
                    // (an actor inside a relative clause that no comma
                    // closes is that clause's: the verb after it is the main
                    // clause's, whose subject is the antecedent, "حزب العمال
                    // الذي تصنفه أنقرة منظمة إرهابية أعلن هدنة")
                    if !t.noun {
                        if let Some(antecedent) = self.antecedent_of_open_relative(t, start, s_start) {
                            return Some(antecedent);
                        }
                    }
                    return Some(head);
                }
            }
        }
        // a verb right after "أنها" has the pronoun as its subject, and what
        // follows is its object: "أفادت المنظمة أنها رحلت نحو 1500 مهاجر";
        // so does a masculine verb after "أنه", "قال ترامب إنه سيستقبل ثلاثة
        // أمريكيين" (the pronoun of the matter, "أعلن أنه سيزور الرئيس
        // دمشق", is far rarer in news: about 30 of 36 such events in the
        // 2,700 articles had the object as subject)
        if !t.noun
            && t.tok > s_start
            && self.an.is_word(t.tok - 1)
            && (matches!(strip_conj(self.an.folded(t.tok - 1)), "انها" | "بانها" | "لانها")
                || (matches!(strip_conj(self.an.folded(t.tok - 1)), "انه" | "بانه" | "لانه") && self.masculine_verb(t)))
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
            && (self.an.is_comma(t.tok - 1))
            && (s_start..t.tok).all(|j| self.covered_at(j) || self.an.is_comma(j))
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
        // (a verb right after a verb of being that follows a comma has its
        // subject before the comma, not after itself: "قوات الجيش مسنودة
        // بقوات التحالف، أصبحت تحاصر مليشيات الحوثي"; elsewhere the
        // subject may follow, "بينما كانت تحتجزهم الجماعة المتطرفة")
        if !t.noun && t.tok > s_start + 1 && self.copula_before_verb(t.tok - 1) && (self.an.is_comma(t.tok - 2)) {
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
            // ثمانية مدنيين في الغارات السبت بحسب المرصد"; nor, after a
            // noun, what a word of opposition names, "تظاهرات رافضة لافتتاح
            // السفارة الأميركية", or what follows a word of time or cause,
            // another event's phrase: "لاستخدام حق النقض أثناء تصويت مجلس
            // الأمن")
            if k >= t.end && (self.has(k, Particle::AccordingTo) || (t.noun && self.ends_noun_phrase(k))) {
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
                // (a subject after its verb does not open with و: that actor,
                // right after the pattern's words, a comma or another actor,
                // is joined to something before it, "أزمة بين واشنطن التي
                // تطالب بإطلاق سراحه وأنقرة"; after a noun of its own it
                // may be the rest of the subject, "عبرت جماعات وفصائل مسلحة")
                if !t.noun && k >= t.end && self.actors[a].conj && (k == t.end || self.an.is_comma(k - 1) || self.actor_ending(k).is_some()) {
                    return None;
                }
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
                // (so is a role noun with the indefinite accusative's alif,
                // which a subject never carries: "استهدف جاسوسا مزدوجا
                // سابقا", "ذبحا جنديا"; not a dual in the construct, whose
                // genitive has the article: "واتهم وزيرا الدفاع والخارجية")
                if !t.noun
                    && !(self.an.is_word(k + 1) && self.an.folded(k + 1).starts_with("ال"))
                    && !numbered
                    && !head_skipped
                    && takes_direct_object(&self.lex.patterns[t.pattern as usize])
                    && self.actors[a].kind == crate::mentions::ROLE
                    && accusative_singular(self.an.folded(k))
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
                    return (!self.genitive_at(t, k) || !self.patient_genitive(t, a)).then_some(a);
                }
                // (a verb agrees in gender with a subject right after it: a
                // masculine verb does not take a feminine noun there, which
                // is its object, "مقابلة انتقد فيها السلطات", "اتهم الحكومة")
                if self.feminine_after(t, a) && self.masculine_verb(t) {
                    return None;
                }
                // (a counterpart named with another's pronoun is the object
                // of a verb that takes one: "وصل الوزير إلى القاهرة، والتقى
                // نظيره المصري"; the one whose counterpart he is does the
                // act. He speaks for himself: "وقال نظيرها الفرنسي")
                if self.own_counterpart(self.actors[a].start) && self.lex.patterns[t.pattern as usize].targets.contains(&TargetMarker::Object) {
                    return None;
                }
                // (nor is the one actor after a verb of cooperation joined
                // to the clause before it: "زار الوزير القاهرة، والتقى الرئيس
                // المصري"; that clause's subject goes on)
                if self.coordinated_object(t, a, s_start, s_end, code) {
                    return None;
                }
                // (a building is where an act of force went, not who did
                // it: "اقتحم بعضهم مبنى البرلمان"; an embassy still speaks)
                if self.building(a) && matches!(code.get(..2), Some("17" | "18" | "19" | "20")) {
                    return None;
                }
                // (nor is a country or a city right after a verb of visiting
                // the visitor, but where it goes: "حيث سيزور فرنسا
                // وإيطاليا"; a visitor is named as a person, an office or a
                // delegation)
                if code.starts_with("042") && !head_skipped && takes_direct_object(&self.lex.patterns[t.pattern as usize]) && {
                    let x = &self.actors[a];
                    x.place_only || x.kind == crate::mentions::GPE || x.code.as_deref() == x.country_code()
                } {
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
                || self.an.is_comma(k)
                // (a hashtag's mark before the subject: "قررت #تركيا")
                || (self.an.is_punct(k, "#") && k + 1 < s_end && self.an.is_word(k + 1))
                // (numbers and quantities, "ألفي شخص", "عشرات"; and "نحو"
                // before a number is "about": "نحو ألف متظاهر")
                || self.number_at(k)
                || (self.an.is_word(k) && self.an.folded(k) == "نحو" && self.number_at(k + 1))
                // (the mark that sets off a name as a whole: "كما انتقدت
                // \"هيومن رايتس ووتش\" ترشح البحرين")
                || (k >= t.end && self.opening_mark(k) && self.quoted_actor(k + 1).is_some())
            {
                k += 1;
                continue;
            }
            // the head of a construct whose owner is an actor: "زعيم جماعة
            // أنصار الله", "كبير مفاوضي جماعة الحوثي" (the head has no
            // article and is not a preposition)
            let head = |j: usize| j < s_end && self.construct_head(j);
            let owned = |j: usize| self.actor_starting(j).is_some_and(|a| self.actors[a].prep.is_none());
            // (not, after an event noun, a word with its clitic preposition
            // heading a second construct: "التحقيق بقضية اختفاء الصحفي" is no
            // journalist's investigation)
            let prepositional = t.noun && self.an.readings(k).iter().any(|r| r.prep.is_some());
            if !head_skipped && head(k) {
                // (not a place adverb: "انفجرت سيارة مفخخة قرب مبنى وزارة ...",
                // "زرع عبوات ناسفة وسط الحشود")
                let adverb = is_place_adverb(self.an.folded(k));
                // (nor, after an act of force, a place or a belonging: "استهدفت
                // تجمعات الحوثيين" struck the Houthis)
                // (nor, after a threat or an act of force, what is put at
                // risk: "وتهدد حياة المدنيين" threatens the civilians)
                // (the subject of a passive suffers it: "تعرضت مواقع الجيش
                // لهجوم" struck the army)
                let passive = t.passive || self.lex.patterns[t.pattern as usize].flags.passive || self.passive_light_ahead(t.tok, s_end);
                let struck = |j: usize| {
                    !passive
                        && ((matches!(code.get(..2), Some("17" | "18" | "19" | "20")) && is_property_head(self.an.folded(j)))
                            || (code.starts_with("128") && is_norm_head(self.an.folded(j)))
                            || (matches!(code.get(..2), Some("13" | "17" | "18" | "19" | "20")) && is_endangered_head(self.an.folded(j))))
                };
                if struck(k) {
                    return None;
                }
                // (nor, after a verb of words or attitude, an act the
                // lexicon knows, whose owner did that act and not the verb:
                // "وهي تعارض مطالب واشنطن", "واتهمتها بدعم جماعات متطرفة";
                // an act of force may be done by another act, "قتلت غارات
                // التحالف عشرين مدنيا", and a statement or a meeting speaks,
                // "وأضاف بيان الحزب", "ودعت قمة الاتحاد")
                // (a verb of speech keeps its reading: the head may name a
                // person, "وقالت مساعدة مندوب هولندا", "وتقول تهاني عباس")
                if !t.noun
                    && !matches!(code.get(..2), Some("17" | "18" | "19" | "20"))
                    && !self.lex.patterns[t.pattern as usize].flags.speech
                    && self.trigger_reading(k, s_end, false).is_some_and(|v| {
                        let p = &self.lex.patterns[v.pattern as usize];
                        v.noun && !p.flags.speech && !matches!(p.code.as_deref().and_then(|c| c.get(..2)), Some("01" | "04"))
                    })
                {
                    return None;
                }
                if !adverb && owned(k + 1) {
                    // (a preposition with the pronoun that takes back what
                    // the clause is about heads nothing: "بيانا قال فيه
                    // الرئيس", and the case of the actor after it still
                    // tells an object, "منشورات تحذر فيها الفلسطينيين")
                    head_skipped = !crate::mentions::is_preposition_with_pronoun(strip_conj(self.an.folded(k)));
                    k += 1;
                    continue;
                }
                // (also a name set off by quotation marks after the noun
                // that says what it is: "واتهمت حركة \"حماس\" إسرائيل",
                // "وأدانت منظمة «هيومن رايتس ووتش» اعتقال")
                if !adverb && k + 1 < s_end && self.opening_mark(k + 1) && owned(k + 2) {
                    head_skipped = true;
                    k += 2;
                    continue;
                }
                // (a demonstrative heads no construct: "وتعهد ببقاء تلك
                // القوات" has no subject after it)
                if !adverb && !prepositional && head(k + 1) && !crate::mentions::is_demonstrative(self.an.folded(k + 1)) && owned(k + 2) {
                    // (a place or belonging there is what was struck, and the
                    // word before it the subject: "استهدفت غارتان مكتب رئاسة
                    // الجمهورية")
                    if struck(k + 1) {
                        return None;
                    }
                    head_skipped = true;
                    k += 2;
                    continue;
                }
            }
            return None;
        }
        None
    }

    /// Whether an indefinite, masculine singular event noun ends two to four
    /// words before the verb at `t`, with only words that are no verb, no
    /// actor and no complementiser between: the verb then describes the act
    /// ("هجوم مفترض بالغاز السام استهدف مدينة دوما"), and the act is its
    /// subject.
    fn described_act_before(&self, t: &Trigger) -> bool {
        if t.noun || self.lex.patterns[t.pattern as usize].flags.speech || !self.masculine_verb(t) {
            return false;
        }
        let (s_start, s_end) = self.an.sentence_range(t.tok);
        let free = |j: usize| self.an.is_word(j) && self.covering[j].is_none() && !self.is_verb(j) && !self.complementiser(j) && !self.date_tok[j];
        // (between, only adjectives with the article and phrases with a
        // preposition, besides one bare adjective right after the noun: a
        // bare word further on may open a clause, "حالة استياء عندما شارك")
        let mut bare_between: Vec<usize> = Vec::new();
        let mut j = t.tok;
        while j > s_start && t.tok - j < 4 {
            j -= 1;
            if !free(j) {
                return false;
            }
            let bare = !self.an.readings(j).iter().any(|r| r.article || r.prep.is_some());
            if j + 1 < t.tok
                && bare
                && bare_between.iter().all(|&b| b == j + 1)
                && !self.ends_in_ta_marbuta(j)
                && !self.an.folded(j).ends_with("ات")
                && self.trigger_reading(j, s_end, false).is_some_and(|n| n.noun && n.end <= t.tok)
            {
                return true;
            }
            if bare {
                // (a word that opens a clause is no adjective: "حالة استياء
                // عندما شارك")
                let w = strip_conj(self.an.folded(j));
                if self.particles.get(j).is_some_and(|&b| b != 0) || opens_clause(w) {
                    return false;
                }
                bare_between.push(j);
            }
        }
        false
    }

    /// The antecedent of a relative clause that opens before `start` (the
    /// relative pronoun right after an actor, at least one word before
    /// `start`) and that neither a comma, a complementiser nor a
    /// conjunction that opens a clause closes on the way; none when the
    /// verb at `t` takes the antecedent back with its pronoun, and so still
    /// belongs to the relative clause ("الدبلوماسيين الذين قررت بريطانيا
    /// طردهم").
    fn antecedent_of_open_relative(&self, t: &Trigger, start: usize, s_start: usize) -> Option<usize> {
        let mut j = start;
        while j > s_start + 1 && start - j < SUBJECT_WINDOW + 6 {
            j -= 1;
            if !self.an.is_word(j) || self.complementiser(j) {
                return None;
            }
            let w = self.an.folded(j);
            if crate::mentions::is_clause_conjunction(w) || opens_clause(strip_conj(w)) {
                return None;
            }
            if is_relative(strip_conj(w)) {
                if j + 1 >= start || w.starts_with('و') || (self.pronoun_suffixed(t.tok) && resumes(w, self.an.folded(t.tok))) {
                    return None;
                }
                return self
                    .actor_ending(j)
                    .filter(|&a| self.actors[a].is_actor() && !self.actors[a].modifier)
                    .map(|a| self.coordination_head(a));
            }
        }
        None
    }

    /// "إن مقاتلات التحالف نفذت غارات": a role noun in the construct state
    /// (one word, no article), whose genitive is a definite noun the lexicon
    /// does not know, ending right before verb `k`; the role is the verb's
    /// subject, as it is when the genitive is an actor.
    fn construct_subject_ending(&self, k: usize, s_start: usize) -> Option<usize> {
        let g = k.checked_sub(1).filter(|&g| g > s_start && self.an.is_word(g))?;
        let readings = self.an.readings(g);
        let genitive = readings.iter().any(|r| r.article)
            && readings.iter().all(|r| r.prep.is_none() && !r.conj)
            && !self.covered_at(g)
            && !self.date_tok[g]
            && !self.is_verb(g);
        if !genitive {
            return None;
        }
        let a = self.actor_ending(g)?;
        let role = &self.actors[a];
        let head = role.start;
        (role.is_actor()
            && !role.modifier
            && role.kind == crate::mentions::ROLE
            && role.end == head + 1
            && role.prep.is_none()
            && self.an.readings(head).iter().all(|r| !r.article))
        .then_some(a)
    }

    /// "وكان الرئيس التركي، رجب طيب أردوغان، قد تعهد": a name set off by
    /// commas after a title of the same actor, ending right before `k`; the
    /// name is the subject of the verb after it.
    fn apposition_before(&self, k: usize, s_start: usize) -> Option<usize> {
        let comma = |j: usize| self.an.is_comma(j);
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
        let mut verb = strip_conj(self.an.folded(t.tok));
        // (a pronoun that takes the noun back makes it the verb's object or
        // complement, and the subject follows: "أزمة تعتبرها الأمم المتحدة
        // الأسوأ", "مناطق تسيطر عليها القوات الحكومية"; a masculine one
        // cannot, and the noun is the subject: "غارة جوية استهدفته")
        let mut object_pronoun = self.verb_with_object_pronoun(t.tok);
        if object_pronoun && !verb.ends_with("ها") && !verb.ends_with("هن") {
            if let Some(stem) = verb.strip_suffix("هم").or_else(|| verb.strip_suffix('ه')) {
                verb = stem;
                object_pronoun = false;
            }
        }
        let resumed = object_pronoun
            || (t.tok + 2 < self.an.tokens.len()
                && self.an.is_word(t.tok + 1)
                && matches!(
                    self.an.folded(t.tok + 1),
                    "عليها" | "فيها" | "لها" | "بها" | "منها" | "عليه" | "فيه" | "له" | "به" | "منه"
                )
                && self.actor_starting(t.tok + 2).is_some());
        noun && !resumed && (verb.starts_with('ت') || verb.ends_with('ت'))
    }

    /// The subject set out by "أما" for a verb with ف later in its clause
    /// ("أما الرئيس الإيراني حسن روحاني فأكد", "وأما الأمم المتحدة، فدعت"):
    /// `Some(Some(actor))`, or `Some(None)` when the topic is a noun phrase
    /// that names no actor ("أما أستاذ العلوم السياسية ... فرأى": no one the
    /// sentence named before speaks). `None` when the verb is not so
    /// resumed, or when أما sets out a circumstance ("أما في بوركينا فاسو،
    /// فرأى الخبراء", "أما داخليا فيقول"), after which the verb's subject
    /// is found as usual.
    pub(super) fn amma_subject(&self, t: &Trigger, s_start: usize) -> Option<Option<usize>> {
        if t.noun || !self.an.raw(t.tok).starts_with('ف') {
            return None;
        }
        let amma = (s_start..t.tok)
            .rev()
            .find(|&k| self.an.is_word(k) && matches!(self.an.folded(k), "اما" | "واما"))?;
        let first = amma + 1;
        // (one clause: no verb between)
        if first >= t.tok || !self.an.is_word(first) || (first..t.tok).any(|k| self.free_verb(k)) {
            return None;
        }
        if is_preposition(self.an.folded(first))
            || self.an.readings(first).iter().any(|r| r.prep.is_some())
            || self.has(first, Particle::Adverb)
            || self.date_tok[first]
        {
            return None;
        }
        match self.actor_starting(first) {
            Some(a) if self.actors[a].is_actor() => Some(Some(self.coordination_head(a))),
            Some(_) => Some(None),
            None => self.an.readings(first).iter().any(|r| r.article).then_some(None).or_else(|| {
                // (an indefinite first word is a circumstance, "أما داخليا",
                // unless it heads a construct: "أما مجموعة أتلانتيا")
                (!self.an.folded(first).ends_with('ا')).then_some(None)
            }),
        }
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
        // (the future's س may come first, "سيستقبل", unless the verb itself
        // begins with it: "سيطرت")
        // (with its object pronoun taken off: "قصف استهدفها")
        let w = strip_conj(self.an.folded(t.tok));
        let w = if t.object_pronoun && !self.ends_in_ta_marbuta(t.tok) {
            strip_pronoun(w).unwrap_or(w)
        } else {
            w
        };
        let base = pattern_verb(&self.lex.patterns[t.pattern as usize]);
        w.starts_with('ي')
            || (w.starts_with("سي") && base.is_some_and(|b| !b.starts_with('س')))
            || base.is_some_and(|base| !base.starts_with('ت') && base.chars().count() > 3 && base == w)
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
        // (a weapon with the adjective that says what it is, or set off by
        // quotation marks: "عبوة ناسفة استهدفت الدبابة", "\"عبوة ناسفة\"
        // استهدفت"; not of a verb of speech)
        if self.weapon_ending_at(t.tok) && !self.lex.patterns[t.pattern as usize].flags.speech {
            return true;
        }
        // (or an indefinite one a few words before, with only its
        // adjectives and a phrase with ب between, the verb describing it:
        // "هجوم مفترض بالغاز السام استهدف مدينة دوما")
        if self.described_act_before(t) {
            return true;
        }
        let k = t.tok - 1;
        if !self.an.is_word(k) || self.covering[k].is_some() || self.date_tok[k] || self.ends_in_ta_marbuta(k) || self.pronoun_suffixed(k) {
            return false;
        }
        let w = strip_conj(self.an.folded(k));
        if self.an.readings(k).iter().any(|r| r.article) {
            return false;
        }
        // (so is a weapon: "اعترضت صاروخا استهدف الرياض", "قذائف سقطت";
        // not of a verb of speech, "صواريخ يقول الجيش إن ...")
        if is_weapon(w) && !self.lex.patterns[t.pattern as usize].flags.speech {
            return true;
        }
        if w.ends_with("ات") || !self.masculine_verb(t) {
            return false;
        }
        let (_, s_end) = self.an.sentence_range(t.tok);
        // (or a noun of two words whose reading starts a word earlier:
        // "هجوم إرهابي استهدف"; never one of another sentence)
        let noun_ending_here = |j: usize| self.an.same_sentence(j, t.tok) && self.trigger_reading(j, s_end, false).is_some_and(|n| n.noun && n.end == t.tok);
        self.has(k, Particle::Hearsay) || noun_ending_here(k) || (k > 0 && self.an.is_word(k - 1) && self.covering[k - 1].is_none() && noun_ending_here(k - 1))
    }

    /// Whether the word at `k` is a verb of being in the perfect
    /// (`is_copula`) that an imperfect after it is the predicate of
    /// ("أصبحت تحاصر", "كانت تطالب"): not "كأن" (as if), nor the imperfect
    /// "يكون" of "قد يكون قتل", "أن يكون", whose verb is only possible.
    fn copula_before_verb(&self, k: usize) -> bool {
        self.an.is_word(k) && {
            let w = strip_conj(self.an.folded(k));
            (is_copula(w) && !matches!(w, "يكون" | "تكون") && !self.an.raw(k).contains('أ'))
                || matches!(w, "اصبح" | "اصبحت" | "اضحي" | "اضحت" | "امسي" | "امست")
        }
    }

    /// Whether a weapon, with its adjective (`is_weapon_adjective`) or
    /// set off by a closing quotation mark, ends right before `end`: "عبوة
    /// ناسفة", "\"سيارة مفخخة\"".
    fn weapon_ending_at(&self, end: usize) -> bool {
        let mut k = end;
        let step = |k: usize| (k > 0 && self.an.same_sentence(k - 1, end)).then(|| k - 1);
        let Some(mut j) = step(k) else { return false };
        if self.closing_mark(j) || self.an.is_punct(j, "'") {
            let Some(i) = step(j) else { return false };
            j = i;
        }
        k = j;
        if !self.an.is_word(k) || self.covering[k].is_some() {
            return false;
        }
        let w = self.an.folded(k);
        if is_weapon_adjective(w) {
            let Some(i) = step(k) else { return false };
            let noun = strip_conj(self.an.folded(i));
            return self.an.is_word(i) && self.covering[i].is_none() && (is_weapon(noun) || matches!(noun, "سياره" | "سيارات" | "شاحنه" | "دراجه"));
        }
        // (a weapon alone only when it is set off: bare, the noun before
        // the verb is read by the caller)
        j != end - 1 && is_weapon(strip_conj(w))
    }

    /// The subject of a clause that describes a noun ([`Coder::describes_noun_before`]):
    /// the sentence's subject, or the actor after its opening verb, named
    /// before the noun, when the noun is that verb's object (no preposition
    /// governs it, no complementiser or other verb stands between): "نشر
    /// ترامب تغريدة قال فيها", not "جاءت في تعليق على تصريحات نفى فيها
    /// وزير الخارجية الإيراني" nor "تقرير تتهم فيه المنظمة".
    pub(super) fn statement_maker(&self, t: &Trigger, s_start: usize, sentence_subject: Option<usize>) -> Option<usize> {
        if !self.describes_noun_before(t, s_start) {
            return None;
        }
        let noun = t.tok - 1;
        // (a weapon does what the verb says itself: "اعترضت الدفاعات صاروخا
        // استهدف الرياض")
        if is_weapon(strip_conj(self.an.folded(noun))) {
            return None;
        }
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
        (end <= noun && (end..noun).all(|k| !self.complementiser(k) && !self.free_verb(k) && !((self.an.is_comma(k)) && !self.date_comma(k)))).then_some(sj)
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
        while j > 0 && (self.date_tok[j] || self.an.is_comma(j)) {
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
    pub(super) fn subject_may_be_implicit(&self, t: &Trigger, s_end: usize) -> bool {
        if self.noun_subject_before(t)
            || self.unnamed_subject_in_pattern(t)
            || self.event_noun_subject_before(t)
            || (!t.noun && self.lex.patterns.get(t.pattern as usize).is_some_and(intransitive_with_noun))
        {
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
        // (a preposition that opens a date is no argument: "أوقف في 23
        // تشرين الثاني عيتاني"; see `spelt_as_passive` for the verb)
        if !self.an.is_word(k) || self.date_tok.get(k + 1).copied().unwrap_or(false) || !self.spelt_as_passive(t) {
            return false;
        }
        let form_iv = fourth_form(p);
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

    /// Whether the verb at `t` may be a passive spelt as its active: a verb
    /// of coercion or force of the first, fourth or eighth form ("قتل",
    /// "أصاب", "اعتقل"), with no literal words (they are its object: "ألقت
    /// القبض على"), no object pronoun and not the masdar with the
    /// accusative's tanwin ("أعلن حظراً على").
    fn spelt_as_passive(&self, t: &Trigger) -> bool {
        let p = &self.lex.patterns[t.pattern as usize];
        if t.noun || !p.literals.is_empty() || !coercion_root(p) || self.verb_with_object_pronoun(t.tok) || self.an.raw(t.tok).contains('\u{064B}') {
            return false;
        }
        unmarked_passive(p) || fourth_form(p)
    }

    /// The actor that replies in "ورد X قائلا" / "وعلق X، مضيفا": named right
    /// after a verb of replying (the `reply` particles) and ending right
    /// before the participle at `tok` (a comma may sit between).
    pub(super) fn replier(&self, tok: usize, s_start: usize) -> Option<usize> {
        let mut end = tok;
        if end > s_start && (self.an.is_comma(end - 1)) {
            end -= 1;
        }
        let a = self
            .actor_ending(end)
            .filter(|&a| self.actors[a].is_actor() && !self.actors[a].modifier && self.actors[a].prep.is_none())?;
        let start = self.actors[a].start;
        (start > s_start && self.word_is(start - 1, Particle::Reply)).then_some(a)
    }

    /// Whether the token at `k` is a comma that only sets off the subject
    /// of the verb before it: "أعلنت وزارة الخارجية السعودية، رفضها".
    pub(super) fn subject_comma(&self, k: usize, s_start: usize) -> bool {
        (self.an.is_comma(k))
            && self.actor_ending(k).is_some_and(|a| {
                let start = self.actors[a].start;
                start > s_start && self.actors[a].prep.is_none() && self.free_verb(start - 1)
            })
    }

    /// The actor right after a sentence's first word when that word may be
    /// a verb (no article, no function word, no preposition, no date) and
    /// the actor, no medium, ends before `before`: "وحسم وزير العدل السعودي
    /// ...".
    pub(super) fn opening_subject(&self, s_start: usize, before: usize) -> Option<usize> {
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

    /// Whether an actor ends right before `k` that follows the كان opening
    /// its sentence: "وكان الرئيس الأمريكي دونالد ترامب، توعد".
    fn kana_subject_ending(&self, k: usize, s_start: usize) -> bool {
        self.an.is_word(s_start)
            && is_opening_kana(self.an.folded(s_start))
            && self.actor_ending(k).is_some_and(|a| {
                let x = &self.actors[self.coordination_head(a)];
                // (or a name in apposition to the role that opens it:
                // "الأمين العام للأمم المتحدة أنطونيو غوتيريس")
                let first = self.actor_ending(x.start).map_or(x, |b| &self.actors[b]);
                first.start == s_start + 1 && x.is_actor() && !x.modifier && x.prep.is_none()
            })
    }

    /// Whether an actor in quotation marks ends right before `k` that opens
    /// its clause: at the sentence's start, after the noun that says what it
    /// is ("منظمة \"أنقذوا الأطفال\""), or after كان or لكن.
    fn quoted_subject_ending(&self, k: usize, s_start: usize) -> bool {
        let Some(a) = self.actor_ending(k).filter(|&a| self.quoted_actor(self.actors[a].start) == Some(a)) else {
            return false;
        };
        let mark = self.actors[a].start - 1;
        let opener = |j: usize| self.an.is_word(j) && (is_opening_kana(self.an.folded(j)) || matches!(self.an.folded(j), "لكن" | "ولكن" | "بينما" | "فيما"));
        let clause_start = |j: usize| j == s_start || (j == s_start + 1 && opener(s_start));
        mark >= s_start && (clause_start(mark) || (mark > s_start && self.an.is_word(mark - 1) && clause_start(mark - 1)))
    }

    /// Whether the token at `k` is a quotation mark that may open a name
    /// or a quote ("\"", "«", "“").
    pub(super) fn opening_mark(&self, k: usize) -> bool {
        ["\"", "«", "“"].iter().any(|q| self.an.is_punct(k, q))
    }

    /// The actor that starts at `k` and fills the quotation marks around
    /// it: "\"هيومن رايتس ووتش\"", "«حزب الله»".
    pub(super) fn quoted_actor(&self, k: usize) -> Option<usize> {
        self.actor_starting(k).filter(|&a| {
            let x = &self.actors[a];
            x.prep.is_none() && k > 0 && self.opening_mark(k - 1) && x.end < self.an.tokens.len() && self.closing_mark(x.end)
        })
    }

    /// Whether the token at `k` is a quotation mark that may close one
    /// ("\"", "»", "”").
    pub(super) fn closing_mark(&self, k: usize) -> bool {
        ["\"", "»", "”"].iter().any(|q| self.an.is_punct(k, q))
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

    /// "الرباط - رويترز": news media right after a place and a dash credit
    /// the dispatch of a dateline; they are not the subject of the verb after
    /// them ("الرباط - رويترز اعلنت الحكومة المغربية").
    fn dateline_credit(&self, a: usize) -> bool {
        let x = &self.actors[a];
        // (after a word: a dash that opens a line is a list's, "ـ التلفزيون رفض")
        x.start > 1
            && matches!(self.an.raw(x.start - 1), "-" | "–" | "—" | "ـ")
            && self.an.is_word(x.start - 2)
            && self.an.same_sentence(x.start - 2, x.start)
            && x.code.as_deref().is_some_and(|c| c.ends_with("MED"))
    }

    /// "زار وزير الخارجية الروسي القاهرة، والتقى الرئيس المصري": a verb of
    /// cooperation or consultation (roots 01 to 08) that takes an object and
    /// opens with و after a comma and a clause of its sentence whose verb
    /// has a named subject goes on with that subject, and actor `a` right
    /// after it, with no noun after it in its clause, is its object. (Two
    /// actors after it are its subject and object: "واستقبل الرئيس المصري
    /// الوزير".)
    fn coordinated_object(&self, t: &Trigger, a: usize, s_start: usize, s_end: usize, code: &str) -> bool {
        let p = &self.lex.patterns[t.pattern as usize];
        if t.noun
            || t.plural
            || t.object_pronoun
            || self.verb_with_object_pronoun(t.tok)
            || t.end != t.tok + 1
            || !p.targets.contains(&TargetMarker::Object)
            || !matches!(code.get(..2), Some("01" | "02" | "03" | "04" | "05" | "06" | "07" | "08"))
            || !self.an.readings(t.tok).iter().any(|r| r.conj)
            // (after a comma: a masdar joined to one before it is no verb,
            // "بتهمة التحريض على العنف ودعم منظمة إرهابية")
            || t.tok <= s_start + 1
            || !self.an.is_comma(t.tok - 1)
        {
            return false;
        }
        let x = &self.actors[a];
        if x.prep.is_some() || !x.is_actor() || !(t.end..x.start).all(|k| self.date_tok[k] || self.has(k, Particle::Adverb)) {
            return false;
        }
        // the clause before: a verb, with no complementiser or clause
        // opener between it and this verb, and a named actor before this
        // verb not after a preposition
        let earlier_verb = (s_start..t.tok).rev().find(|&k| self.free_verb(k));
        let Some(v) = earlier_verb else {
            return false;
        };
        // (a complementiser, a relative or a word that opens a clause of
        // its own between: "فيما وعدت السلطات")
        let opener = |k: usize| {
            self.an.is_word(k) && {
                let w = self.an.folded(k);
                is_relative(w) || opens_clause(strip_conj(w)) || matches!(w, "لكن" | "ولكن")
            }
        };
        if (v + 1..t.tok).any(|k| self.complementiser(k) || opener(k)) {
            return false;
        }
        let named = self
            .actors
            .iter()
            .any(|b| b.start >= s_start && b.end <= t.tok && b.prep.is_none() && b.is_actor() && !b.modifier);
        // the object is named (not an indefinite noun), and no noun
        // follows it in the clause: past it only the clause's end, a
        // preposition, a date or an adverb ("ووصفت الصحافة النرويجية معرضه",
        // "وناشدت الشرطة الناس" have their subject after the verb); a comma
        // with an actor after it sets off the subject's name or the object,
        // "ووصف رئيس الوزراء، كبير القضاة"
        // (a dual or plural in the nominative is the subject: "والتقى
        // الرجلان في سنغافورة")
        let nominative = x.kind == crate::mentions::ROLE && {
            let w = self.an.folded(x.start);
            w.chars().count() > 4 && (w.ends_with("ان") || w.ends_with("ون"))
        };
        let definite = !nominative && (x.kind != crate::mentions::ROLE || self.an.readings(x.start).iter().any(|r| r.article));
        let next = x.end;
        let open_after = next >= s_end
            || self.date_tok[next]
            || self.has(next, Particle::Adverb)
            || (self.an.is_word(next) && is_preposition(strip_conj(self.an.folded(next))))
            || (!self.an.is_word(next) && (!self.an.is_comma(next) || self.actor_starting(next + 1).is_none()));
        named && definite && open_after
    }

    /// "نظيره", "نظيرتها", "نظراؤهم": a word for a counterpart that
    /// carries the pronoun of the one it is a counterpart of.
    fn own_counterpart(&self, k: usize) -> bool {
        self.has(k, Particle::Counterpart) && !matches!(strip_conj(self.an.folded(k)), "نظير" | "نظراء")
    }

    /// Whether the last of the pattern's literal words at `t` is a noun in
    /// the construct: after the verb, with neither the article nor a
    /// pronoun, and no accusative in ا ("باستهداف", "بقصف", "باستقالة";
    /// not the adverbs "بشدة", "رسميا").
    pub(super) fn construct_literal_before(&self, t: &Trigger) -> bool {
        if t.end <= t.tok + 1 || !self.an.is_word(t.end - 1) {
            return false;
        }
        let w = self.an.folded(t.end - 1);
        if let Some(rest) = clitic_preposition_noun(w) {
            return !rest.ends_with('ا') && (!is_manner_masdar(rest) || !self.ends_in_ta_marbuta(t.end - 1)) && !self.pronoun_suffixed(t.end - 1);
        }
        // (also a bare noun right after the verb, past adverbs only:
        // "رفضت عرض المحاكم" refuses the courts' offer, "أطلقت أمس سراح
        // المعتقلين" frees them; the subject may come between the verb and
        // such a noun, "رفضت الحكومة عرض المحاكم", but not after it)
        (t.tok + 1..t.end - 1).all(|k| self.has(k, Particle::Adverb) || self.date_tok[k])
            && !self.an.readings(t.end - 1).iter().any(|r| r.article || r.prep.is_some())
            && w.chars().count() >= 3
            && !w.ends_with('ا')
            && !is_preposition(w)
            && !self.pronoun_suffixed(t.end - 1)
            && self.particles.get(t.end - 1).is_none_or(|&b| b == 0)
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

    /// "خلال قمع الجيش الإسرائيلي مسيرة العودة", "اقتحام الشرطة اجتماعا
    /// للمعارضة": the noun right after actor `a`, who is the doer of an act
    /// of force named right before it, is that act's object, not `a`'s.
    pub(super) fn object_of_force_after(&self, a: usize, noun: usize, s_end: usize) -> bool {
        let head = self.coordination_head(a);
        let start = self.actors[head].start;
        self.actors[a].end == noun
            && start > 0
            && self
                .trigger_at(start - 1, s_end)
                .is_some_and(|v| v.end == start && coercion_root(&self.lex.patterns[v.pattern as usize]))
    }
}
