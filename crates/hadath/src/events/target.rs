//! The target of a trigger: the object after it, its carriers, the victims
//! of force and the places attacked.

use super::words::{
    active_perfect, clitic_b_noun, force_root, fourth_form, is_direction, is_measure_noun, is_one_of, is_place_adverb, is_relative, pattern_verb, strip_conj,
    takes_direct_object, unmarked_passive,
};
use super::{Carrier, Coder, Trigger, SUBJECT_WINDOW, TARGET_WINDOW};
use crate::lexicon::{Particle, Pattern, TargetMarker};
use crate::mentions::is_preposition;

impl<'a, 'l> Coder<'a, 'l> {
    /// Whether token `k` opens the charge of an accusation: a noun with
    /// بـ attached that no actor covers ("بدعم", "بالتورط"), not an
    /// adverb ("بشدة") nor the "باسم" of a spokesman.
    pub(super) fn charge_at(&self, k: usize, s_end: usize) -> bool {
        if !self.an.is_word(k) || self.covered_at(k) || self.has(k, Particle::Adverb) || self.complementiser(k) {
            return false;
        }
        let w = strip_conj(self.an.folded(k));
        let Some(noun) = w.strip_prefix('ب').filter(|_| clitic_b_noun(w)) else {
            return false;
        };
        if matches!(w, "باسم" | "بشكل" | "بصوره" | "بشده" | "بوضوح" | "بصراحه") {
            return false;
        }
        // (a masdar: definite, of a derived form, "عدم" or an event noun;
        // not a word that merely begins with ب, "بارز", "بوغدير")
        noun.starts_with("ال")
            || (noun.chars().count() >= 4 && (noun.starts_with('ت') || noun.starts_with('ا')))
            || noun == "عدم"
            || self.trigger_at(k, s_end).is_some()
    }

    /// Where a verb's object starts: after dates, adverbs, the commas that
    /// set dates off, "عن" ("أعلن، الخميس، عن ...") and a place.
    pub(super) fn object_start(&self, mut k: usize, s_end: usize) -> usize {
        let an = self.an;
        while k < s_end
            && (self.date_tok[k] || self.has(k, Particle::Adverb) || ((an.is_comma(k)) && self.date_comma(k)) || (an.is_word(k) && an.folded(k) == "عن"))
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

    /// Where the words after subject `sj` go on, when a description of it
    /// stands after it between two commas: "وحذر زيد بن رعد الحسين، المفوض
    /// السامي للأمم المتحدة لحقوق الإنسان، من كارثة" (the United Nations
    /// is no one warned), "رفض وزير الدفاع الأمريكي، جيمس ماتيس، طلبا". The
    /// description is either the name of a subject named by its office, and
    /// the comma right after the name, or an office (a noun with the article
    /// that no actor begins) that names the subject's own state or
    /// organisation and ends a few words after it; it holds no verb, event
    /// word, date or reported clause. Not an object set off by commas: "يؤيد
    /// الحزب، الحركة النسوية، ..." (no state of its own named), "أبلغ
    /// الرئيس التركي، نظيره الروسي فلاديمير بوتن، ..." (the office first).
    pub(super) fn apposition_end(&self, sj: usize, s_end: usize) -> Option<usize> {
        let an = self.an;
        let subject = &self.actors[sj];
        let end = subject.end;
        let first = end + 1;
        // (or the members of a subject of many, "وانتقدت الحكومات الغربية، من
        // بينها الولايات المتحدة وكندا، الحكم": none of them is criticised;
        // an adjective no actor takes in may stand before the comma)
        if !subject.is_person() {
            let adjective = an.is_word(end) && an.folded(end).starts_with("ال") && self.actor_at[end].is_none();
            let comma = if adjective { end + 1 } else { end };
            if comma + 1 < s_end && an.is_comma(comma) && self.inclusion_at(comma + 1) {
                let close = (comma + 2..(comma + 14).min(s_end)).find(|&k| an.is_comma(k))?;
                let clean = (comma + 1..close).all(|k| !an.is_punct(k, "«") && !self.complementiser(k) && !(an.is_word(k) && self.free_verb(k)));
                return (clean && close + 1 < s_end && an.is_word(close + 1)).then_some(close + 1);
            }
        }
        if first >= s_end || !(an.is_comma(end)) || !an.is_word(first) || self.date_tok[first] {
            return None;
        }
        let close = (first + 1..(first + 12).min(s_end)).find(|&k| an.is_comma(k))?;
        let own = |a: &crate::mentions::Actor| a.country_code().is_some() && a.country_code() == subject.country_code();
        let fits = match self.actor_starting(first) {
            Some(a) => {
                let a = &self.actors[a];
                !subject.is_person() && a.is_person() && a.name_start == a.start && a.prep.is_none() && !a.conj && a.end == close && own(a)
            }
            None => {
                an.folded(first).starts_with("ال")
                    && self.actor_at[first].is_none()
                    && self.actors.iter().any(|a| a.start > first && a.end <= close && a.end + 3 >= close && own(a))
            }
        };
        let clean = (first..close).all(|k| {
            !an.is_punct(k, "«")
                && !self.date_tok[k]
                && !self.complementiser(k)
                && !(an.is_word(k) && (self.free_verb(k) || (!self.in_name[k] && self.trigger_at(k, s_end).is_some())))
        });
        (fits && clean && close + 1 < s_end && an.is_word(close + 1)).then_some(close + 1)
    }

    /// Whether the words at `k` say that what follows is among what was
    /// named before: "من بينها", "من بينهم", "بينهم", "ومنها", "بما فيها".
    fn inclusion_at(&self, k: usize) -> bool {
        let an = self.an;
        let word = |j: usize| (j < an.tokens.len() && an.is_word(j)).then(|| strip_conj(an.folded(j)));
        match word(k) {
            Some("من") => matches!(word(k + 1), Some("بينها" | "بينهم" | "بينهما")),
            Some("بينها" | "بينهم" | "منها" | "منهم") => true,
            Some("بما") => matches!(word(k + 1), Some("فيها" | "فيهم" | "فيه")),
            _ => false,
        }
    }

    /// Whether a name of two words or more that the tagger found and no
    /// actor covers starts at `k`, where a verb's object is looked for: it
    /// is the object, and an actor further on is someone else ("أطلقت
    /// السلطات سراح سامي العيدودي، المرحل من ألمانيا"), unless that actor is
    /// the name's own title right after it or after a comma ("اعتقلت
    /// السلطات سعيد مرتضوي المدعي العام السابق", "سراح أنجم تشودري، الواعظ
    /// المتشدد"). Not a name set off by a comma before it, which may be the
    /// subject's own in apposition, nor a one-word name, too often the
    /// tagger's mistake.
    pub(super) fn unknown_object(&self, k: usize) -> bool {
        if k == 0 || k >= self.actor_at.len() || self.an.is_comma(k - 1) || self.actor_at[k].is_some() {
            return false;
        }
        let Some(&(_, e)) = self.names.iter().find(|&&(a, e)| a == k && e > k + 1) else {
            return false;
        };
        let title = |j: usize| self.actor_starting(j).is_some_and(|b| !self.after_preposition(&self.actors[b]));
        !(title(e) || (self.an.is_comma(e) && title(e + 1)))
    }

    pub(super) fn find_target(&self, p: &Pattern, from: usize, s_end: usize, exclude: &[usize]) -> Option<usize> {
        let protest = p.code.as_deref().is_some_and(|c| c.starts_with("14"));
        let accusation = p.code.as_deref().is_some_and(|c| c.starts_with("112"));
        // (past the description of a subject that ends where the search
        // starts, the reach still counted from the subject)
        let skip = exclude
            .iter()
            .find(|&&e| self.actors[e].end == from)
            .and_then(|&e| self.apposition_end(e, s_end))
            .unwrap_or(from);
        let object_at = self.object_start(skip, s_end);
        let mut nearest: Option<(usize, usize)> = None;
        let mut located = None;
        for marker in &p.targets {
            // an accusation whose charge follows its subject at once has no
            // object, and who is named in the charge is no target: "واتهم
            // الصحافيون خصوصا بالتعاون مع حزب العمال الكردستاني" (they were
            // accused)
            if accusation && matches!(marker, TargetMarker::Object) && self.charge_at(self.past_dates_and_adverbs(from, s_end), s_end) {
                continue;
            }
            // a preposition that names a verb's target reaches over a longer
            // object ("سيّر ... قافلة جديدة تضم 25 شاحنة محملة ... إلى ...");
            // a noun's arguments stay close to it
            let long = !p.is_noun && matches!(marker, TargetMarker::Prep(w) if w.chars().count() > 1);
            let reach = if long { 2 * TARGET_WINDOW } else { TARGET_WINDOW };
            let limit = (from + reach).min(s_end);
            let mut seen_actor = false;
            for k in skip..limit {
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
                // الوزير بالاتفاق ودعا الحكومة العراقية إلى تنفيذه", also
                // when that verb codes nothing, "أعلن الحاكم حالة الطوارئ،
                // وأغلقت المدارس في فيلادلفيا"
                if !p.is_noun && k > from && self.an.is_word(k) && self.opens_with_conjunction(k, k) && !self.covered_at(k) {
                    break;
                }
                // (nor past a comma and the verb or participle of
                // circumstance after it, whose object is its own: "رفض ...
                // تأكيد الضربات، ردا على سؤال لفرانس برس"; not the participle
                // of a protest, whose demand names whom it is against)
                if !p.is_noun && !protest && k > from + 1 && (self.an.is_comma(k - 1)) && self.free_verb(k) && !self.in_name[k] {
                    break;
                }
                // nor in the clause that an adverb of circumstance opens after
                // it: "والتقى لودريان بالرئيس السيسي، حيث تناولت المحادثات
                // القضيتين الفلسطينية والسورية" (what the talks covered is no
                // party to the meeting)
                // (not "من حيث المبدأ", in principle)
                if k > from && self.an.is_word(k) && is_clause_adverb(strip_conj(self.an.folded(k))) && self.an.folded(k - 1) != "من" {
                    break;
                }
                // (but not past the clause)
                if k >= from + TARGET_WINDOW && (self.an.is_comma(k)) && !self.date_comma(k) {
                    break;
                }
                // a name the tagger found where the object starts, or before
                // any actor after it, is the object (see [`Self::unknown_object`])
                if matches!(marker, TargetMarker::Object) && !seen_actor && k >= object_at && self.unknown_object(k) {
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
                seen_actor |= k >= object_at;
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
                    // (a verb's markers are tried in the order of its line;
                    // a noun's arguments stay close to it, so the nearest
                    // marked one wins: "زيارة ولي العهد السعودي لإسبانيا،
                    // ... جولة قادته إلى مصر" is a visit to Spain)
                    // (but where it happened, في, only when no other marker
                    // names a party: "العملية العسكرية التركية ... في شمال
                    // سوريا، ضد وحدات حماية الشعب")
                    if !p.is_noun {
                        return Some(a);
                    }
                    if matches!(marker, TargetMarker::Prep(w) if w == "في") {
                        located.get_or_insert(a);
                    } else if nearest.is_none_or(|(n, _)| k < n) {
                        nearest = Some((k, a));
                    }
                    break;
                }
            }
        }
        nearest.map(|(_, a)| a).or(located)
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

    /// Whether `tok` is where the carrier's object is, or right after a word
    /// that is no actor there ("أعلن قراره رفع العقوبات").
    pub(super) fn carrier_object(&self, c: &Carrier, tok: usize) -> bool {
        let at = c.object_at;
        tok == at || tok == at + 1 && self.an.is_word(at) && self.actor_at[at].is_none() && !self.reversal(at)
    }

    /// Whether the carrier's subject does the event noun `t`: what is
    /// announced short of force ("أعلن الجيش مقتل ..." says nothing of who
    /// killed), what is decided, carried out or gone on with, all of it.
    pub(super) fn carries(&self, c: &Carrier, t: &Trigger) -> bool {
        let announced = self.lex.patterns[c.pattern as usize].flags.speech;
        let last_root = if announced { "18" } else { "21" };
        self.lex.patterns[t.pattern as usize]
            .code
            .as_deref()
            .and_then(|c| c.get(..2))
            .is_some_and(|r| ("04"..last_root).contains(&r))
    }

    /// Whether token `k` may carry the preposition ب as a clitic ("ببيان",
    /// "بغارة").
    fn clitic_bi(&self, k: usize) -> bool {
        self.an.readings(k).iter().any(|r| r.prep == Some('ب') && r.key.chars().count() >= 3)
    }

    /// Whether the noun at `tok` follows a preposition of means ("في
    /// بيان", "عبر تغريدة", "خلال مؤتمر", "ببيان"). ("وفق بيان للجيش" names
    /// a source of its own, and stays a statement.)
    pub(super) fn medium(&self, tok: usize) -> bool {
        self.clitic_bi(tok) || (tok > 0 && self.an.is_word(tok - 1) && matches!(strip_conj(self.an.folded(tok - 1)), "في" | "عبر" | "خلال"))
    }

    /// "قتل 80 مدنيا في هجوم", "اعتقل 12 شخصا": a verb of force or coercion
    /// whose subject would be civilians named after it is an unvocalised
    /// passive (قُتل، اعتُقل); civilians neither arrest nor wage war, and the
    /// accusative ("مدنيا", "شخصا") is an object. Protesters may assault
    /// (18), so that root keeps its active reading unless an agent marker
    /// follows ("على يد", "برصاص").
    pub(super) fn victim_after(&self, t: &Trigger, p: &Pattern, s_start: usize, s_end: usize) -> bool {
        if t.noun || !matches!(p.code.as_deref().and_then(|c| c.get(..2)), Some("17" | "18" | "19" | "20")) {
            return false;
        }
        // (the perfect of a verb of the third form spells its passive
        // otherwise, "هوجم", "حوصر", and so does a hollow verb's, "اغتيل":
        // "هاجم ثلاثة مسلحين مسجدا" is an attack by them, "إسرائيل اغتالت
        // ثلاثة شبان بنيران القناصة" names the means after its object; the
        // imperfect does not, "تحاكم مئات النساء" are tried)
        if active_perfect(p, strip_conj(self.an.folded(t.tok))) {
            return false;
        }
        // "قتل على يد مسلحين": an agent marker with an actor after it makes
        // the verb passive ("برصاص حي" is only the means)
        let marker = (t.end.saturating_sub(1)..(t.end + SUBJECT_WINDOW).min(s_end))
            .take_while(|&k| self.an.is_word(k) || self.an.tokens[k].kind == crate::text::TokenKind::Number)
            .any(|k| self.has(k, Particle::AgentMarker) && self.marked_agent(k, s_end).is_some());
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
            // (a verb of the fourth form spells its passive perfect as its
            // active too: "إن الناشطات أجبرن على ركوب سيارة")
            let bare = !t.object_pronoun && p.literals.is_empty() && takes_direct_object(p) && (unmarked_passive(p) || fourth_form(p));
            // (a word of time or cause after it is no object either: "أن
            // مسلحي الميليشيات قتلوا خلال مواجهات")
            let k = self.past_dates_and_adverbs(t.end, s_end);
            let object = k < s_end && self.object_at(k) && !circumstance_word(strip_conj(self.an.folded(k)));
            // (an armed body too before a plural verb, whose suffix agrees
            // with people rather than a body: "إن الجنود قتلوا في عمليات
            // قنص")
            return bare && !object && (actor.is_person() || (actor.kind == crate::mentions::ROLE && (!self.enforcer(a) || t.plural)));
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
        // (or people who bear no arms, after such a verb: "متى قتل العمال في
        // العراق"; "قتلت الشرطة في ولاية كاليفورنيا الممثلة" acts)
        let unarmed = !self.enforcer(a) && self.bare_triliteral(t) && force_root(p);
        // ("قتل أحد عناصر حماس": one of them)
        let counted = (t.end..actor.start)
            .any(|k| self.quantity(k) || crate::mentions::is_number_word(self.an.folded(k)) || is_one_of(strip_conj(self.an.folded(k))))
            || strip_conj(self.an.folded(actor.start)).ends_with("ان")
            || indefinite
            || unarmed;
        // (past the people joined to it: "وقتل عشرات المقاتلين والمستشارين
        // الروس في سوريا")
        let k = self
            .coordinated(a)
            .iter()
            .map(|&c| self.actors[c].end)
            .max()
            .unwrap_or(actor.end)
            .max(actor.end);
        // (past an adjective with its ل and a date: "وقتل عشرة مقاتلين موالين
        // لدمشق الأربعاء جراء غارات تركية")
        let k = match self.actor_starting(k + 1) {
            Some(b) if k < s_end && self.construct_head(k) && self.actors[b].prep == Some('ل') => self.past_dates_and_adverbs(self.actors[b].end, s_end),
            _ => k,
        };
        let no_object_at = |k: usize| {
            k >= s_end
                || self.an.is_punct(k, ".")
                || self.an.is_comma(k)
                || matches!(strip_conj(self.an.folded(k)), "في" | "قرب")
                || circumstance_word(strip_conj(self.an.folded(k)))
                || (self.clitic_bi(k) && self.actor_at[k].is_none())
                // (another verb joined by و opens a clause of its own: "قتل
                // مسعف وأصيب ثلاثة آخرون جراء استهداف ...")
                || (self.an.is_word(k) && self.an.folded(k).starts_with('و') && self.is_verb(k))
        };
        // (past a clause that describes one person named without the
        // article, whose verb is in the imperfect: "وقتل ضابط عراقي يعمل
        // بمديرية الجرائم الكبرى بانفجار عبوة ناسفة")
        let described = indefinite && k < s_end && self.an.is_word(k) && self.actor_at[k].is_none() && !self.date_tok[k] && {
            let w = self.an.folded(k);
            (w.starts_with('ي') || w.starts_with('ت')) && w.chars().count() >= 4 && self.particles.get(k).is_none_or(|&b| b == 0)
        };
        let no_object = no_object_at(k)
            || (described
                && (k + 1..(k + 5).min(s_end))
                    .take_while(|&j| self.an.is_word(j))
                    .any(|j| self.clitic_bi(j) && self.actor_at[j].is_none() && self.trigger_at(j, s_end).is_some_and(|v| v.noun)));
        bare_transitive && counted && no_object
    }

    /// The code and rule of the attack named after a verb of killing or
    /// wounding ("في هجوم بغاز سام", "جراء قصف", "بغارة"), when nobody is
    /// named as its author: the gravest of the force nouns there.
    pub(super) fn force_adjunct(&self, from: usize, s_end: usize) -> Option<(String, String)> {
        let end = (from + 10).min(s_end);
        // (not a preposition inside the victim's name: "ضابط في الشرطة")
        let start = (from..end).find(|&k| {
            self.an.is_word(k) && (matches!(strip_conj(self.an.folded(k)), "في" | "جراء" | "اثر" | "خلال") || self.clitic_bi(k)) && !self.covered_at(k)
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
    pub(super) fn resumed_by_verb(&self, t: &Trigger, s_end: usize) -> bool {
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
        while next < s_end && (self.date_tok[next] || self.has(next, Particle::Adverb) || self.an.is_comma(next)) {
            next += 1;
        }
        next >= s_end || !self.an.is_word(next) || is_preposition(self.an.folded(next))
    }

    /// A sentence or conviction (116) by courts, recorded though the
    /// convicts are named by no actor ("قضت المحكمة بالسجن على سبعة
    /// متهمين"); not by anyone else, who is mostly the one sentenced in an
    /// unvocalised passive ("حكم عليه بالسجن").
    pub(super) fn court_sentence(&self, code: &str, sources: &[usize]) -> bool {
        code.starts_with("116") && sources.iter().all(|&s| self.actors[s].code.as_deref().is_some_and(|c| c.ends_with("JUD")))
    }

    /// Whether what starts at `k` may be a verb's direct object: an actor, a
    /// number, or a word that is no preposition, place adverb or word with
    /// a preposition attached ("رجلين", not "في", "داخل", "بداخلها").
    pub(super) fn object_at(&self, k: usize) -> bool {
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
    pub(super) fn masdar_of_purpose(&self, t: &Trigger) -> bool {
        let next = t.tok + 1;
        let object = || {
            t.tok > 0
                && (self.is_verb(t.tok - 1)
                    || self
                        .actor_ending(t.tok)
                        .is_some_and(|a| self.actors[a].start > 0 && self.is_verb(self.actors[a].start - 1)))
        };
        self.triliteral_verb(t)
            .is_some_and(|verb| verb != "شكر" && strip_conj(self.an.folded(t.tok)).strip_suffix('ا') == Some(verb))
            && !object()
            && next < self.an.tokens.len()
            && self.an.is_word(next)
            && self.an.raw(next).starts_with('ل')
            && self.an.readings(next).iter().any(|r| r.prep == Some('ل'))
            // (not a word that begins with ل and names an event: "رفضا لقاء")
            && (self.an.raw(next).starts_with("لل") || self.an.raw(next).starts_with("لـ") || self.trigger_at(next, self.an.sentence_range(next).1).is_none())
    }

    /// "تستهدف إعادة الحكومة", "يستهدف تحسين الأوضاع": "استهدف" with a
    /// masdar of a derived verb right after it, one that names no actor and
    /// no event of its own (not "استهدف تفجير انتحاري مسجدا", whose masdar
    /// is the subject), is "aim to".
    pub(super) fn aims_at_masdar(&self, t: &Trigger, s_end: usize) -> bool {
        let next = t.end;
        pattern_verb(&self.lex.patterns[t.pattern as usize]) == Some("استهدف")
            && next < s_end
            && self.an.is_word(next)
            && self.actor_starting(next).is_none()
            && derived_masdar(strip_conj(self.an.folded(next)))
            && self.trigger_at(next, s_end).is_none()
    }

    /// "فرضت عقوبات على تركيا تستهدف وزيري العدل والداخلية", "ويستهدف
    /// القرار الأميركي وزير العدل": "استهدف" whose subject is a measure
    /// (sanctions, tariffs, a law, a decision: `is_measure_noun`) says whom
    /// the measure is aimed at; it is no attack (the measure is coded where
    /// it is imposed). The measure is the noun right after the verb, or one
    /// before it in its clause, past an adjective, a prepositional phrase or
    /// a relative pronoun and no verb.
    pub(super) fn aimed_by_measure(&self, t: &Trigger, s_start: usize, s_end: usize) -> bool {
        if pattern_verb(&self.lex.patterns[t.pattern as usize]) != Some("استهدف") {
            return false;
        }
        let measure = |k: usize| self.an.is_word(k) && self.an.readings(k).iter().any(|r| r.prep.is_none() && is_measure_noun(r.key));
        if t.end < s_end && measure(t.end) {
            return true;
        }
        (s_start..t.tok)
            .rev()
            .take(6)
            .take_while(|&k| (self.an.is_word(k) && !self.is_verb(k) && !self.complementiser(k)) || self.closing_mark(k))
            .any(measure)
    }

    /// The first place or country named after `from` in the clause (`force`:
    /// after an act of force, see below).
    pub(super) fn place_target(&self, from: usize, s_end: usize, force: bool) -> Option<usize> {
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
        // (after an act of force, nor a state named after مع, joined with
        // someone, which is never where force falls: "الحوثيون المتحالفون مع
        // إيران", "قرب الحدود مع الأردن")
        let origin = |k: usize| force && k > 0 && self.an.is_word(k - 1) && strip_conj(self.an.folded(k - 1)) == "مع";
        towards.or_else(|| {
            window().find_map(|k| {
                let a = self.actor_at[k]? as usize;
                let actor = &self.actors[a];
                (actor.start == k && !origin(k) && (actor.place_only && actor.country.is_some() || actor.kind == crate::mentions::GPE)).then_some(a)
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
    pub(super) fn default_object(&self, t: &Trigger, from: usize, s_end: usize, sources: &[usize], code: &str) -> Option<usize> {
        let own: Vec<Option<&str>> = sources.iter().map(|&s| self.actors[s].country_code()).collect();
        let usable = |a: usize| {
            let actor = &self.actors[a];
            !sources.contains(&a) && actor.code.is_some() && !actor.vague && !actor.both_sides && !own.contains(&actor.country_code())
        };
        // (not the one the report is attributed to: "رفضت المحكمة، حسب
        // وكالة الأنباء الفرنسية، طلب الإفراج")
        let attributed = |a: usize| (self.actors[a].start.saturating_sub(2).max(from)..self.actors[a].start).any(|k| self.has(k, Particle::AccordingTo));
        let inside = (from..t.end).find_map(|k| self.actor_starting(k).filter(|&a| usable(a) && !attributed(a)));
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
                    || an.is_comma(k)
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
}

/// An adverb that opens a clause of circumstance, place or time after the
/// main one ("حيث", "بحيث", "إذ", "بينما"): folded.
fn is_clause_adverb(w: &str) -> bool {
    matches!(w, "حيث" | "بحيث" | "اذ" | "بينما")
}

/// A singular masdar of a derived verb, folded: تفعيل ("تحسين", "تحويل",
/// "تعزيز") or the إفالة of a hollow verb ("اعاده", "اقامه"). (Not إفعال,
/// spelt as the broken plural أفعال once folded: "اطفال".)
fn derived_masdar(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    c.len() == 5 && ((c[0] == 'ت' && c[3] == 'ي') || (c[0] == 'ا' && c[2] == 'ا' && c[4] == 'ه'))
}

/// A word of time or cause that opens an adjunct after a verb, never its
/// object: "قتل جنديان خلال مواجهات", "جراء القصف".
pub(super) fn circumstance_word(w: &str) -> bool {
    matches!(w, "خلال" | "اثر" | "جراء" | "اثناء" | "بعد")
}
