//! Protests: whom a protest is against, the act protested and the
//! policies protesters demand or reject.

use super::{Coder, TARGET_WINDOW};
use crate::document::Event;
use crate::lexicon::Particle;
use crate::mentions::is_preposition;

impl<'a, 'l> Coder<'a, 'l> {
    /// What a protest in this sentence is against, named after a word of
    /// opposition anywhere in it ("ضد", "معادية ل", "يسقط"): the first
    /// actor with a code at most two words after it, none of the sources'
    /// own side.
    pub(super) fn protested(&self, s_start: usize, s_end: usize, sources: &[usize]) -> Option<usize> {
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
    pub(super) fn protest_party(&self, a: usize, sources: &[usize]) -> bool {
        let actor = &self.actors[a];
        !sources.contains(&a) && actor.code.is_some() && !actor.vague && !actor.both_sides && !sources.iter().any(|&s| self.actors[s].code == actor.code)
    }

    /// Who did what a protest is against, when its purpose names an act:
    /// "للاحتجاج على ما وصفوه بانتهاكات الرئيس الباكستاني", "احتجاجا على
    /// مقتل مدنيين على يد قوات التحالف", or who is to do what it demands:
    /// "للمطالبة باستقالة الحكومة". The act's agent (after "على يد",
    /// "برصاص" ...) or a noun's genitive doer, with a code of a country
    /// other than the protesters'.
    pub(super) fn protested_act(&self, from: usize, s_end: usize, sources: &[usize]) -> Option<usize> {
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
    pub(super) fn policy_protests(&self, events: &mut [Event]) {
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
}
