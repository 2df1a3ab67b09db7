//! Quotes and their speakers: direct quotations found by their marks,
//! attached to the speech verb that introduces or follows them, reported
//! speech after a complementiser, and the mention each is attributed to.
//!
//! A child module of `events`: it reads the coder's token indexes.

use super::{is_opening_kana, is_relative, pattern_verb, strip_conj, Coder, Trigger, SUBJECT_WINDOW};
use crate::analysis::Analysis;
use crate::document::{Quote, Speaker};
use crate::lexicon::{Particle, TargetMarker};
use crate::mentions::{is_preposition, Actor, ROLE};
use crate::text::strip_article;

/// Who a quote is attributed to: an actor of the coder, or a mention that
/// no actor code covers ("مصدر أمني", a person the entity tagger found).
#[derive(Clone)]
pub(super) enum Who {
    Actor(usize),
    Named(Speaker),
}

/// Nouns of people and bodies that speak without being coded actors
/// (folded, without the article): "قال مصدر أمني", "أفاد شهود عيان",
/// "ذكرت صحيفة ...". Each opens a speaker's mention when it follows a speech
/// verb that has no actor as its subject.
const SOURCE_NOUNS: &[&str] = &[
    "مصدر",
    "مصادر",
    "مسؤول",
    "مسؤولون",
    "مسؤولين",
    "مسؤوله",
    "مسؤولو",
    "مسؤولي",
    "شاهد",
    "شهود",
    "ساكن",
    "سكان",
    "ناشط",
    "ناشطون",
    "ناشطين",
    "مراقب",
    "مراقبون",
    "محلل",
    "محللون",
    "خبير",
    "خبراء",
    "صحفي",
    "صحافي",
    "صحفيون",
    "مراسل",
    "مراسله",
    "متحدث",
    "متحدثه",
    "ناطق",
    "ناطقه",
    "محامي",
    "محامو",
    "محاميه",
    "طبيب",
    "اطباء",
    "مسعفون",
    "احد",
    "احدي",
    "بعض",
    "وكاله",
    "صحيفه",
    "موقع",
    "قناه",
    "شبكه",
    "منظمه",
    "منظمات",
    "مكتب",
    "مرصد",
    "تقرير",
    "تقارير",
    "دراسه",
    "استطلاع",
    "جمعيه",
    "هيئه",
    "لجنه",
    "رابطه",
    "نقابه",
    "مجموعه",
    "فريق",
    "باحث",
    "باحثه",
    "عضو",
    "اعضاء",
    "مدير",
    "مديره",
    "منظمو",
    "منظمي",
    "استطلاعات",
    // (bodies and institutions the lexicon does not name: "وقال المركز إنه",
    // "وقالت دار النشر", "وقالت محطة (WILX) التلفزيونية", "وقال عضوا
    // المجلس")
    "مركز",
    "دار",
    "محطه",
    "مؤسسه",
    "معهد",
    "شركه",
    "جامعه",
    "مستشفي",
    "بلديه",
    "اتحاد",
    "ائتلاف",
    "حمله",
    "عضوا",
    "عضوي",
    // (kin and neighbours of the people the news is about: "وقال
    // الأب", "وقالت ابنة عمها")
    "اب",
    "ام",
    "والد",
    "والده",
    "ابن",
    "ابنه",
    "شقيق",
    "شقيقه",
    "زوج",
    "زوجه",
    "اقارب",
    "صديق",
    "اصدقاء",
    "جار",
    "جيران",
    // (a title or rank before a name the lexicon lacks: "وقال السيد
    // فوغتس", "وأضاف العقيد المالكي")
    "سيد",
    "سيده",
    "دكتور",
    "دكتوره",
    "عقيد",
    "عميد",
    "لواء",
    "رائد",
];

/// "قوله" and its forms: "نقلت الوكالة عن الوزير قوله إن ...".
const QUOTING: &[&str] = &["قوله", "قولها", "قولهم", "قولهما"];

/// Nouns of a statement (keys, folded, no article): "البيان" speaks for
/// the one who issued it.
const STATEMENTS: &[&str] = &["بيان"];

/// Source nouns of media, which pass on what others said.
const MEDIA: &[&str] = &["وكاله", "صحيفه", "موقع", "قناه", "شبكه"];

/// Speech verbs read as "it is mentioned that": the article's own
/// background, attributed to nobody ("يذكر أن", "يشار إلى أن").
const IMPERSONAL_CUES: &[&str] = &["يذكر", "ويذكر", "يشار", "ويشار", "يجدر", "ويجدر"];

impl Coder<'_, '_> {
    pub(super) fn attach_quotes(
        &self,
        t: &Trigger,
        speaker: Option<usize>,
        s_end: usize,
        quotes: &mut Vec<Quote>,
        quote_speaker: &mut [Option<usize>],
        quote_cue: &mut [Option<usize>],
        direct_only: bool,
    ) {
        let an = self.an;
        if self.naming_passive(t) && !self.names_speaker(t, s_end) {
            return;
        }
        let who = self.who_speaks(t, speaker, quotes);
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
                quotes.push(self.quote_span(qi, who.clone(), Some(t.tok)));
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
                    quotes.push(self.quote_span(qi, who.clone(), Some(t.tok)));
                    attached = true;
                }
            }
        }
        if attached || direct_only {
            return;
        }
        // reported speech: the verb, its subject, a complementiser, then the content
        let mut k = t.end;
        let limit = (t.end + SUBJECT_WINDOW + 4).min(s_end);
        while k < limit && !self.complementiser(k) {
            k += 1;
        }
        if k >= limit || !self.complementiser(k) {
            // (past a circumstance set off by commas: "وقال الباحث جون
            // ميلر، من معهد الدراسات في لندن، إن ...")
            let comma = |j: usize| an.is_comma(j);
            let open = (t.end..limit).find(|&j| comma(j));
            let close = open.and_then(|o| (o + 1..(o + 16).min(s_end)).find(|&j| comma(j)));
            match close {
                Some(c) if c + 1 < s_end && self.complementiser(c + 1) => k = c + 1,
                _ => return,
            }
        }
        let start = k + 1;
        if start < s_end && self.quote_of[start].is_some() {
            return;
        }
        if let Some(q) = self.reported_quote(start, s_end, t.tok, who) {
            // (words reported once, cued twice: "أصدرت الوزارة بيانا أكدت
            // فيه أن ...", "تصريحات الوزير التي قال فيها إن ...": one quote,
            // the first cue's, or the second's where only it has a speaker)
            match quotes.iter_mut().find(|x| !x.direct && x.start == q.start && x.end == q.end) {
                Some(x) if x.speaker.is_none() && q.speaker.is_some() => *x = q,
                Some(_) => {}
                None => quotes.push(q),
            }
        }
    }

    /// "رجل يدعى زياد", "سلاح يُدعى «آفانغارد»": the passive of دعا (is
    /// called), spelt with ى, which folds to the speech verb "يدعي" (claims);
    /// it cues no quote.
    fn naming_passive(&self, t: &Trigger) -> bool {
        let raw: String = self
            .an
            .raw(t.tok)
            .chars()
            .filter(|&c| !('\u{064B}'..='\u{0652}').contains(&c) && c != '\u{0640}')
            .collect();
        // (written with its final alif maqsura, which folding spells ي)
        let w = raw.strip_prefix('و').unwrap_or(&raw);
        !t.noun && w.ends_with('\u{0649}') && matches!(crate::text::fold(w).as_str(), "يدعي" | "تدعي")
    }

    /// Whether the naming passive of trigger `t` names the subject of a
    /// speech verb before it in its clause ("وقال شاهد يدعى سامر إن ...",
    /// "وأكد الشاب، ويدعى كريم، أنه ..."): it then cues that verb's quote
    /// with the name as its speaker; not after a complementiser ("قالت
    /// الشرطة إن المشتبه به يدعى ...").
    fn names_speaker(&self, t: &Trigger, s_end: usize) -> bool {
        let an = self.an;
        let s_start = an.sentence_range(t.tok).0;
        (s_start..t.tok)
            .rev()
            .take_while(|&k| !self.complementiser(k) && self.quote_of[k].is_none())
            .any(|k| self.speech_verb_reading(k, s_end).is_some_and(|x| x.end <= t.tok))
    }

    /// The reported speech from token `start` to the sentence's end (less
    /// its closing punctuation), cued by the word at `cue`; none when no
    /// word is left.
    fn reported_quote(&self, start: usize, s_end: usize, cue: usize, who: Option<Who>) -> Option<Quote> {
        let an = self.an;
        // (what is reported ends at a comma before a speech participle,
        // which opens the next thing said: "إن الوضع صعب، مشيرة إلى أن")
        let mut end = (start + 1..s_end)
            .find(|&k| {
                (an.is_comma(k))
                    && k + 1 < s_end
                    && self
                        .speech_verb_reading(k + 1, s_end)
                        .is_some_and(|t| t.tok == k + 1 && self.lex.patterns[t.pattern as usize].flags.participle)
            })
            .unwrap_or(s_end);
        while end > start && !an.is_word(end - 1) && an.tokens[end - 1].kind != crate::text::TokenKind::Number {
            end -= 1;
        }
        (end > start).then(|| Quote {
            start: an.tokens[start].char_start,
            end: an.tokens[end - 1].char_end,
            text: an.text[an.tokens[start].start..an.tokens[end - 1].end].to_string(),
            direct: false,
            cue: Some(an.raw(cue).to_string()),
            speaker: who.map(|w| self.speaker_of(w, an.tokens[start].start)),
        })
    }

    /// Speakers a sentence names without a speech verb of theirs: "نقلت
    /// وكالة ... عن X قوله إن ..." (X said it, the agency passes it on), and
    /// "بحسب X", "وفقا لـX", "حسبما قال X" before or after a quote that has
    /// no speaker. Run once a sentence's speech verbs have attached theirs.
    pub(super) fn attributed_quotes(&self, s_start: usize, s_end: usize, quotes: &mut Vec<Quote>, quote_cue: &mut [Option<usize>]) {
        let an = self.an;
        // "عن X قوله": the quote that follows is X's
        for k in s_start + 2..s_end {
            if !an.is_word(k) || !QUOTING.contains(&an.folded(k)) {
                continue;
            }
            let Some(from) = (k.saturating_sub(12).max(s_start)..k - 1)
                .rev()
                .find(|&j| an.is_word(j) && an.folded(j) == "عن")
            else {
                continue;
            };
            let Some(who) = self.attributed_to(from + 1, k).map(|w| Who::Named(self.said_by(w))) else {
                continue;
            };
            let mut next = k + 1;
            while next < s_end && (an.is_punct(next, ":") || an.is_comma(next)) {
                next += 1;
            }
            if next >= s_end {
                continue;
            }
            if let Some(qi) = self.direct.iter().position(|&(o, _)| o == next) {
                if quote_cue[qi].is_none() {
                    quote_cue[qi] = Some(k);
                    quotes.push(self.quote_span(qi, Some(who), Some(k)));
                }
            } else if self.complementiser(next) && next + 1 < s_end && self.quote_of[next + 1].is_none() {
                if let Some(r) = self.reported_quote(next + 1, s_end, k, Some(who)) {
                    if !quotes.iter().any(|q| q.start < r.end && r.start < q.end) {
                        quotes.push(r);
                    }
                }
            }
        }
        // "وأضاف البيان أن", "وجاء في البيان": the statement named before
        // speaks for whoever issued it, the speaker of the latest quote
        // whose sentence names a statement
        let statement_at = |k: usize| an.is_word(k) && an.readings(k).iter().any(|r| STATEMENTS.contains(&r.key));
        let tok_of = |c: usize| an.tokens.partition_point(|t| t.char_end <= c).min(an.tokens.len() - 1);
        let issuer = (s_start..s_end)
            .find(|&k| statement_at(k) && an.readings(k).iter().any(|r| r.article) && self.quote_of[k].is_none())
            .and_then(|k| {
                let (c0, ck) = (an.tokens[s_start].char_start, an.tokens[k].char_start);
                let mut earlier = quotes.iter().rev().filter(|q| q.end <= c0 && q.speaker.is_some());
                let found = earlier
                    .find(|q| {
                        let (a, b) = an.sentence_range(tok_of(q.start));
                        (a..b).any(statement_at)
                    })
                    .and_then(|q| q.speaker.clone());
                found.map(|sp| (ck, sp))
            });
        if let Some((ck, sp)) = issuer {
            let c1 = an.tokens[s_end - 1].char_end;
            for q in quotes.iter_mut().filter(|q| q.speaker.is_none() && q.start > ck && q.end <= c1) {
                q.speaker = Some(sp.clone());
            }
        }
        // "«...»، بحسب X": a quote of this sentence with no speaker (none
        // claimed, or one whose speech verb has no subject), the attribution
        // nearest it outside it
        let mut said: Vec<(usize, usize, Speaker)> = Vec::new();
        for p in s_start..s_end {
            if !self.has(p, Particle::AccordingTo) || self.quote_of[p].is_some() || (p > s_start && self.has(p - 1, Particle::AccordingTo)) {
                continue;
            }
            // (past "ما", "لما" and the verb of "حسبما قال", "وفقا لما ذكرته")
            let skip = |j: usize| {
                let w = an.folded(j);
                matches!(w, "ما" | "لما" | "بما" | "عن") || self.has(j, Particle::AccordingTo) || self.is_verb(j)
            };
            let mut j = p + 1;
            while j < s_end.min(p + 4) && an.is_word(j) && self.attributed_to(j, s_end).is_none() && skip(j) {
                j += 1;
            }
            let Some(who) = (j < s_end).then(|| self.attributed_to(j, s_end)).flatten() else {
                continue;
            };
            said.push((p, j, self.said_by(who)));
        }
        if said.is_empty() {
            return;
        }
        // the attribution nearest the quote's tokens `a..=b`, outside them
        let nearest = |a: usize, b: usize| {
            said.iter()
                .filter(|&&(p, _, _)| p > b || p < a)
                .min_by_key(|&&(p, _, _)| if p > b { p - b } else { a - p })
                .map(|(_, _, sp)| sp.clone())
        };
        let tok_at = |c: usize| (s_start..s_end).find(|&k| an.tokens[k].char_end > c).unwrap_or(s_end - 1);
        for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
            let (a, b) = (tok_at(q.start), tok_at(q.end.saturating_sub(1)));
            if an.tokens[s_start].char_start > q.start || q.end > an.tokens[s_end - 1].char_end {
                continue;
            }
            // (a speech verb with a subject of its own after it is that
            // subject's: "وحسب الوكالة، يقول ممثلو ادعاء إن")
            if let Some(cue) = q.cue.as_deref() {
                let Some(t) = (s_start..s_end).find(|&k| an.raw(k) == cue) else { continue };
                let next = self.skip_dates(t + 1, s_end);
                let pro_drop = next >= s_end || !an.is_word(next) || self.complementiser(next) || is_preposition(an.folded(next));
                if !pro_drop {
                    continue;
                }
            }
            q.speaker = nearest(a, b);
        }
        for (qi, &(o, c)) in self.direct.iter().enumerate() {
            if quote_cue[qi].is_none() && (s_start..s_end).contains(&o) {
                if let Some(sp) = nearest(o, c) {
                    quote_cue[qi] = Some(usize::MAX);
                    let mut q = self.quote_span(qi, None, None);
                    q.speaker = Some(sp);
                    quotes.push(q);
                }
            }
        }
    }

    /// The speaker as named where the attribution names it.
    fn said_by(&self, who: Who) -> Speaker {
        match who {
            Who::Actor(a) => self.speaker_span(a, self.an.tokens[self.actors[a].end - 1].end),
            Who::Named(m) => m,
        }
    }

    /// The speaker named at token `k` (before `limit`) after "عن" or
    /// "بحسب": a coded actor, a name or a source noun; not a medium, which
    /// passes on what others said ("بحسب وكالة الأنباء الفرنسية").
    fn attributed_to(&self, k: usize, limit: usize) -> Option<Who> {
        if let Some(a) = self.actor_starting(k) {
            let x = &self.actors[a];
            let medium = x.code.as_deref().is_some_and(|c| c.ends_with("MED"));
            return (!medium && x.end <= limit).then_some(Who::Actor(a));
        }
        if self.covered_at(k) || !self.an.is_word(k) {
            return None;
        }
        // (the preposition of "وفقا لـ" may be a clitic on the noun)
        let w = strip_article(self.an.folded(k).strip_prefix('ل').filter(|r| r.starts_with("ال")).unwrap_or(self.an.folded(k)));
        let named = self.names.iter().any(|&(a, _)| a == k);
        if !named && (!SOURCE_NOUNS.contains(&w) || MEDIA.contains(&w)) {
            return None;
        }
        let m = self.uncoded_subject(k, limit.min(self.an.sentence_range(k).1))?;
        (m.end <= self.an.tokens[limit - 1].char_end).then_some(Who::Named(m))
    }

    pub(super) fn quote_span(&self, qi: usize, speaker: Option<Who>, cue: Option<usize>) -> Quote {
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
            speaker: speaker.map(|w| self.speaker_of(w, an.tokens[o].start)),
        }
    }

    /// "يذكر أن ...", "ويشار إلى أن ...": the article's own background, said
    /// by nobody: no quote and no statement.
    pub(super) fn impersonal_cue(&self, t: &Trigger) -> bool {
        // (with no subject: "يذكر التقرير أن" is the report's)
        let next = t.end < self.an.tokens.len() && (self.complementiser(t.end) || (self.an.is_word(t.end) && self.an.folded(t.end) == "الي"));
        !t.noun && next && IMPERSONAL_CUES.contains(&self.an.folded(t.tok))
    }

    fn speaker_of(&self, who: Who, before: usize) -> Speaker {
        match who {
            Who::Actor(a) => self.speaker_span(a, before),
            Who::Named(s) => s,
        }
    }

    /// Whom the quotes of speech trigger `t` are attributed to, given the
    /// actor the coder took as its subject (`speaker`) and the quotes
    /// attributed so far.
    fn who_speaks(&self, t: &Trigger, speaker: Option<usize>, quotes: &[Quote]) -> Option<Who> {
        let an = self.an;
        let (s_start, s_end) = an.sentence_range(t.tok);
        if let Some(w) = self.kana_subject(t, s_start) {
            return match (w, speaker) {
                // (the coder's actor where it is that subject, with its span)
                (Who::Actor(k), Some(a)) if self.actors[a].start >= self.actors[k].start && self.actors[a].end <= t.tok => Some(Who::Actor(a)),
                (w, _) => Some(w),
            };
        }
        // "وقال آدم بارون من المجلس الأوروبي", "وقالت مصادر سياسية إن": a
        // subject after the verb that no actor code covers (a verb that
        // takes an object may have it there: "ووصف فيشر بأنه")
        let takes_object = self.lex.patterns[t.pattern as usize].targets.iter().any(|m| matches!(m, TargetMarker::Object));
        let named = if t.noun || takes_object { None } else { self.uncoded_subject(t.end, s_end) };
        match (speaker, named) {
            // (an actor the verb goes on from, named in an earlier
            // sentence, gives way to the subject this sentence names)
            (Some(a), Some(m)) if self.actors[a].end <= s_start => Some(Who::Named(m)),
            // (and so does an actor further on, after a name: "وقال هيو
            // لوفيت الباحث في المجلس الأوروبي"; not after a source noun,
            // whose genitive it may be: "أحد سكان الغوطة الشرقية")
            (Some(a), Some(m))
                if an.tokens[self.actors[a].start].char_start >= m.end && self.names.iter().any(|&(n, _)| an.tokens[n].char_start == m.start) =>
            {
                // (the name and its role in apposition right after it are one
                // mention, with the role's code: "بكر بوزداج المتحدث باسم
                // الحكومة التركية")
                let x = &self.actors[a];
                if an.tokens[x.start].char_start <= m.end + 1 {
                    let first = self
                        .names
                        .iter()
                        .find(|&&(n, _)| an.tokens[n].char_start == m.start)
                        .map_or(x.start, |&(n, _)| n);
                    Some(Who::Named(self.joined_mention(m.start, first, a)))
                } else {
                    Some(Who::Named(m))
                }
            }
            // (a source noun with the actor as its genitive is one mention
            // with the actor's code: "أحد السكان", "مدير المرصد")
            (Some(a), Some(m))
                if an.tokens[self.actors[a].start].char_start == m.end + 1
                    && self.actors[a].start > 0
                    && an.is_word(self.actors[a].start - 1)
                    && self.actors[a].prep.is_none()
                    && !self.actors[a].conj =>
            {
                let x = &self.actors[a];
                let first = (s_start..x.start).find(|&j| an.tokens[j].char_start == m.start).unwrap_or(x.start);
                Some(Who::Named(self.joined_mention(m.start, first, a)))
            }
            // (a verb with "فيه" goes on from whoever issued the statement
            // named before it in this sentence, not from an earlier topic)
            (Some(a), _) if self.actors[a].end <= s_start => self
                .issuer_before(t, s_start, s_end)
                .or_else(|| self.fresher_speaker(t, a, s_start, s_end, quotes))
                .or(Some(Who::Actor(a))),
            (Some(a), _) => Some(Who::Actor(a)),
            (None, Some(m)) => Some(Who::Named(m)),
            (None, None) => self
                .statement_cued(t, s_end)
                .or_else(|| self.medium_speaker(t, s_start, s_end, quotes))
                .or_else(|| self.issuer_before(t, s_start, s_end))
                .or_else(|| self.relative_speaker(t, s_start, s_end))
                .or_else(|| if t.noun { None } else { self.subject_before(t.tok, s_start, false) })
                .or_else(|| self.continued_speaker(t, s_start, s_end, quotes).map(Who::Named))
                .or_else(|| self.clause_subject(t, s_start, s_end))
                .or_else(|| self.previous_subject(t, s_start, s_end)),
        }
    }

    /// "وقالت جمعية ... في بيان «...». وأضافت «...»": a speech verb with no
    /// subject, whose actor the coder carried from an earlier sentence
    /// (actor `a`), goes on instead from a speaker named after that actor:
    /// the speaker of the quote right before it, or the subject of the
    /// sentence before ([`Coder::continued_speaker`],
    /// [`Coder::previous_subject`]), when that one has no actor code the
    /// coder could have carried.
    fn fresher_speaker(&self, t: &Trigger, a: usize, s_start: usize, s_end: usize, quotes: &[Quote]) -> Option<Who> {
        let an = self.an;
        let x = &self.actors[a];
        let after = an.tokens[x.end - 1].char_end;
        // (not the actor's own name again, "شي" after "الرئيس الصيني شي
        // جينبينغ", which keeps its code)
        let named = &an.text[an.tokens[x.start].start..an.tokens[x.end - 1].end];
        let fresher = |m: &Speaker| m.start >= after && m.actor.is_none() && !named.contains(m.text.as_str());
        if let Some(sp) = self.continued_speaker(t, s_start, s_end, quotes) {
            return fresher(&sp).then_some(Who::Named(sp));
        }
        match self.previous_subject(t, s_start, s_end)? {
            Who::Named(m) if fresher(&m) => Some(Who::Named(m)),
            _ => None,
        }
    }

    /// "وكان المرصد السوري قد قال إن ...", "وكان الوزير، جون سميث، قال
    /// للصحفيين": a speech verb in a sentence that opens with كان and its
    /// subject (the verb's past perfect) speaks for that subject when it
    /// ends right before the verb or its "قد", or before an apposition set
    /// off by commas that does: a coded actor, a name the tagger found, or
    /// a source noun.
    fn kana_subject(&self, t: &Trigger, s_start: usize) -> Option<Who> {
        let an = self.an;
        if t.noun || t.tok < s_start + 2 || !an.is_word(s_start) || !is_opening_kana(an.folded(s_start)) {
            return None;
        }
        let from = s_start + 1;
        let end = self.before_perfect_particle(t.tok, from);
        if end <= from {
            return None;
        }
        // (the subject ends at `e`: right before the verb, or before "، ...،")
        let reaches = |e: usize| {
            e == end
                || ((an.is_comma(e))
                    && (an.is_comma(end - 1))
                    && e + 1 < end - 1
                    && (e + 1..end - 1).all(|k| !self.is_verb(k) && !self.complementiser(k) && self.quote_of[k].is_none()))
        };
        if let Some(a) = self.actor_starting(from) {
            let x = &self.actors[a];
            // (or its adjectives run on past it, definite words that are no
            // verb: "وكانت وكالة الأنباء الوطنية قالت")
            let adjectives = |e: usize| {
                e < end
                    && end - e <= 2
                    && (e..end).all(|k| an.is_word(k) && !self.is_verb(k) && !self.covered_at(k) && an.readings(k).iter().any(|r| r.article))
            };
            if x.is_actor() && self.usable_subject(a) && (reaches(x.end) || adjectives(x.end)) {
                return Some(Who::Actor(a));
            }
            // (a role of no country whose adjectives name which one: the
            // words themselves, uncoded)
            return (x.vague && !x.modifier && !self.after_preposition(x) && adjectives(x.end)).then(|| Who::Named(self.mention(x.start, end)));
        }
        if self.covered_at(from) {
            return None;
        }
        if let Some(&(a, b)) = self.names.iter().find(|&&(a, _)| a == from) {
            return reaches(b).then(|| Who::Named(self.mention(a, b)));
        }
        let m = self.uncoded_subject(from, end)?;
        let e = (from..end).find(|&k| an.tokens[k].char_end == m.end)? + 1;
        // (a source noun and the actor in its genitive, with the actor's
        // code: "وكانت رابطة مزارعي الكروم قد قالت")
        if let Some(a) = self
            .actor_starting(e)
            .filter(|&a| self.actors[a].prep.is_none() && !self.actors[a].conj && reaches(self.actors[a].end))
        {
            return Some(Who::Named(self.joined_mention(m.start, from, a)));
        }
        reaches(e).then_some(Who::Named(m))
    }

    /// "أشار بيان صادر عن الاتحاد الأوروبي إلى أن ...", "وجاء في بيان
    /// للخارجية: «...»", "وأضاف بيان النيابة أن ...": a statement noun that
    /// is itself the cue, or the subject of the speech verb (past "في" of
    /// "جاء في"), speaks for whoever issued it when its own words name them
    /// ([`Coder::statement_issuer`]).
    fn statement_cued(&self, t: &Trigger, s_end: usize) -> Option<Who> {
        let an = self.an;
        if t.noun {
            return self.statement_issuer(t.tok, s_end);
        }
        let mut k = self.skip_dates(t.end, s_end);
        if k < s_end && an.is_word(k) && an.folded(k) == "في" {
            k += 1;
        }
        (k < s_end && self.statement_at(k)).then(|| self.statement_issuer(k, s_end)).flatten()
    }

    /// The verb of speech read at token `k` ("قال", "قائلا"), not a noun.
    fn speech_verb_reading(&self, k: usize, s_end: usize) -> Option<Trigger> {
        self.trigger_at(k, s_end)
            .filter(|x| !x.noun && self.lex.patterns[x.pattern as usize].flags.speech)
    }

    /// Whether token `k` is a statement noun ("بيان", "البيان").
    fn statement_at(&self, k: usize) -> bool {
        self.an.is_word(k) && self.an.readings(k).iter().any(|r| STATEMENTS.contains(&r.key))
    }

    /// The issuer a statement noun at token `k` names (past its adjectives
    /// and dates): after "صادر عن"/"الصادر عن"/"صدر عن" or "أصدره"
    /// ("بيان صادر عن الرئاسة"), an actor after ل ("بيان للحكومة
    /// الإسرائيلية"), or the genitive of the noun without the article ("بيان
    /// الخارجية"): a coded actor, a name the tagger found or a source noun.
    fn statement_issuer(&self, k: usize, s_end: usize) -> Option<Who> {
        let an = self.an;
        if !self.statement_at(k) {
            return None;
        }
        let definite = an.readings(k).iter().any(|r| r.article && STATEMENTS.contains(&r.key));
        let mut j = self.skip_dates(k + 1, s_end);
        // (the statement's adjectives: "بيان مشترك", "بيان مقتضب صادر عن")
        let mut adjectives = 0;
        while j < s_end
            && adjectives < 2
            && an.is_word(j)
            && !self.covered_at(j)
            && !self.names.iter().any(|&(a, _)| a == j)
            && !is_preposition(an.folded(j))
            && !self.complementiser(j)
            && !matches!(an.folded(j), "صادر" | "الصادر" | "صدر" | "اصدره" | "اصدرته" | "اصدرها")
            && !an.folded(j).starts_with('ل')
            && !self.is_verb(j)
        {
            j = self.skip_dates(j + 1, s_end);
            adjectives += 1;
        }
        if j >= s_end || !an.is_word(j) {
            return None;
        }
        let w = an.folded(j);
        let who_at = |x: usize| -> Option<Who> {
            if x >= s_end {
                return None;
            }
            if let Some(a) = self.actor_starting(x) {
                let y = &self.actors[a];
                return (y.is_actor() && !y.modifier && !y.both_sides).then_some(Who::Actor(a));
            }
            self.uncoded_subject(x, s_end).map(Who::Named)
        };
        match w {
            "صادر" | "الصادر" | "صدر" => {
                let from = j + 1;
                (from < s_end && an.is_word(from) && an.folded(from) == "عن")
                    .then(|| who_at(from + 1))
                    .flatten()
            }
            "اصدره" | "اصدرته" | "اصدرها" => who_at(self.skip_dates(j + 1, s_end)),
            _ => {
                if let Some(a) = self.actor_starting(j) {
                    let y = &self.actors[a];
                    let owner = y.prep == Some('ل') || (!definite && adjectives == 0 && y.prep.is_none());
                    return (owner && y.is_actor() && !y.modifier && !y.both_sides).then_some(Who::Actor(a));
                }
                if definite || adjectives > 0 {
                    return None;
                }
                // (the genitive: a name the tagger found, "بيان عثمان")
                self.names.iter().find(|&&(a, _)| a == j).map(|&(a, b)| Who::Named(self.mention(a, b)))
            }
        }
    }

    /// "وقال نادي الصحافة في بيان «...»": a statement noun that is the
    /// medium of the speech verb before it (after في، عبر، خلال) hands its
    /// quote to that verb's speaker; when the coder has no actor for it, the
    /// verb's subject no actor code covers.
    fn medium_speaker(&self, t: &Trigger, s_start: usize, s_end: usize, quotes: &[Quote]) -> Option<Who> {
        if !t.noun || !self.medium(t.tok) {
            return None;
        }
        let v = (s_start..t.tok)
            .rev()
            .take(12)
            .filter(|&k| self.quote_of[k].is_none())
            .find_map(|k| self.speech_verb_reading(k, s_end).filter(|x| x.end <= t.tok))?;
        // (whom that verb's quotes go to: its subject no actor covers, or
        // one it goes on from, "وأكدت الشبكة الخبر، وقالت في بيان")
        match self.who_speaks(&v, None, quotes)? {
            Who::Named(m) if m.end > self.an.tokens[t.tok].char_start => None,
            w => Some(w),
        }
    }

    /// "نشر الوزير تغريدة قال فيها إن ...", "أصدرت الوزارة بيانا، أكدت فيه
    /// أن ...": a speech verb followed by "فيه"/"فيها" (in it) and no
    /// subject of its own speaks for whoever issued the statement before it,
    /// the nearest actor or name before the verb in its sentence that is no
    /// preposition's object nor a noun's genitive ("بيانا بشأن تصريحات
    /// جنينة، قالت فيه"), outside quotation marks and not inside another's
    /// reported speech.
    fn issuer_before(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<Who> {
        let an = self.an;
        let at = self.skip_dates(t.end, s_end);
        if t.noun || at >= s_end || !an.is_word(at) || !matches!(an.folded(at), "فيه" | "فيها" | "فيهما") {
            return None;
        }
        // (not "في وقت قال فيه العلماء ...": a subject after it)
        let next = self.skip_dates(at + 1, s_end);
        if self.mention_starts(next, s_end) {
            return None;
        }
        let mut k = t.tok;
        while k > s_start {
            k -= 1;
            if self.complementiser(k) {
                return None;
            }
            if self.quote_of[k].is_some() {
                continue;
            }
            if let Some(a) = self.covering[k].map(|a| a as usize) {
                let x = &self.actors[a];
                if x.is_actor()
                    && !x.modifier
                    && !x.both_sides
                    && !self.after_preposition(x)
                    && (!self.genitive(x.start, s_start) || self.owns_statement(x.end, t.tok))
                {
                    return Some(Who::Actor(a));
                }
                k = x.start;
                continue;
            }
            if let Some(&(a, b)) = self.names.iter().find(|&&(_, b)| b == k + 1) {
                let governed = a > s_start && an.is_word(a - 1) && is_preposition(an.folded(a - 1));
                if !governed && (!self.genitive(a, s_start) || self.owns_statement(b, t.tok)) {
                    return Some(Who::Named(self.mention(a, b)));
                }
                k = a;
            }
        }
        None
    }

    /// Whether an actor or a name the lexicon lacks is at token `k`, before
    /// `s_end`: a verb's own subject after it.
    fn mention_starts(&self, k: usize, s_end: usize) -> bool {
        k < s_end && (self.covered_at(k) || self.names.iter().any(|&(a, _)| a == k))
    }

    /// Whether the mention from token `start` is the genitive of the noun
    /// right before it ("تصريحات جنينة", "محامي أسرة عنان").
    fn genitive(&self, start: usize, s_start: usize) -> bool {
        start > s_start && self.construct_head(start - 1) && !self.verb_with_object_pronoun(start - 1)
    }

    /// Whether a genitive ending at token `end` is the owner of the
    /// statement that the verb at `cue` goes into, right before it past a
    /// comma or a relative pronoun ("تعليقات ترامب التي قال فيها").
    fn owns_statement(&self, end: usize, cue: usize) -> bool {
        let an = self.an;
        (end..cue).all(|k| an.is_comma(k) || (an.is_word(k) && is_relative(an.folded(k))))
    }

    /// "ردا على أردوغان الذي قال إن ...": a speech verb right after a
    /// relative pronoun, with no object pronoun and no subject of its own
    /// after it, speaks for the actor or name the pronoun follows (past a
    /// comma), one the pronoun agrees with ("دمشق، التي اعتبر أنها" is
    /// not Damascus's) and no place named after في.
    fn relative_speaker(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<Who> {
        let an = self.an;
        if t.noun || t.object_pronoun || t.tok < s_start + 2 || !an.is_word(t.tok - 1) || !is_relative(an.folded(t.tok - 1)) {
            return None;
        }
        let next = self.skip_dates(t.end, s_end);
        let own_subject = self.mention_starts(next, s_end);
        if own_subject {
            return None;
        }
        let feminine = self.verb_gender(t) == Some(Gender::Feminine);
        let agrees = match strip_conj(an.folded(t.tok - 1)) {
            "الذي" => !feminine && !t.plural,
            "التي" => feminine && !t.plural,
            _ => t.plural,
        };
        if !agrees {
            return None;
        }
        if let Some(a) = self.relative_antecedent(t.tok, s_start) {
            // (not a place after في: "أسقف في الولايات المتحدة، الذي")
            let x = &self.actors[a];
            let place = x.start > s_start && an.is_word(x.start - 1) && strip_conj(an.folded(x.start - 1)) == "في";
            return (!x.modifier && !x.both_sides && !place).then_some(Who::Actor(a));
        }
        let mut end = t.tok - 1;
        if an.is_comma(end - 1) {
            end -= 1;
        }
        self.names.iter().find(|&&(_, b)| b == end).map(|&(a, b)| Who::Named(self.mention(a, b)))
    }

    /// The first token at or after `k` in the sentence that is no date,
    /// adverb ("أيضا", "مجددا") or comma.
    pub(super) fn skip_dates(&self, k: usize, s_end: usize) -> usize {
        self.past_dates(k, s_end, true)
    }

    /// The first token at or after `k` (before `s_end`) that is no date
    /// word, no adverb ("أيضا", "مجددا") and, where `commas`, no comma:
    /// what quotes skip before a speaker and the coder before a subject.
    pub(crate) fn past_dates(&self, mut k: usize, s_end: usize, commas: bool) -> usize {
        while k < s_end && (self.date_tok[k] || self.has(k, Particle::Adverb) || (commas && (self.an.is_comma(k)))) {
            k += 1;
        }
        k
    }

    /// The gender of the third person singular subject that the verb of
    /// trigger `t` agrees with, read from its letters against the verb's
    /// perfect: "قالت", "تقول" feminine; "قال", "يقول" masculine. None for
    /// a noun, a plural or first person form, or a form the letters leave
    /// open.
    pub(super) fn verb_gender(&self, t: &Trigger) -> Option<Gender> {
        if t.noun || t.plural || t.first_plural {
            return None;
        }
        let base = pattern_verb(&self.lex.patterns[t.pattern as usize])?;
        verb_gender_of(strip_conj(self.an.folded(t.tok)), base)
    }

    /// Whether the verb at token `k` is a form with a plural or dual subject
    /// in its suffix ("قالوا", "يقولون").
    fn plural_form_at(&self, k: usize) -> bool {
        self.lex.verb_forms_after_waw(self.an.folded(k)).1.iter().any(|f| f.plural)
    }

    /// The gender of the verb at token `k` ([`Coder::verb_gender`]), for a
    /// word the lexicon knows as a third person singular verb form.
    fn verb_gender_at(&self, k: usize) -> Option<Gender> {
        let (w, forms) = self.lex.verb_forms_after_waw(self.an.folded(k));
        let f = forms.first()?;
        if forms.iter().any(|f| f.plural || f.first_plural) {
            return None;
        }
        verb_gender_of(w, pattern_verb(&self.lex.patterns[f.pattern as usize])?)
    }

    /// Whether no subject is named right after speech trigger `t` (past
    /// dates, adverbs and commas): the sentence or the clause ends, or a
    /// complementiser, a quotation mark, a preposition or the one spoken to
    /// ("وقالت لوكالة", "وقال للصحفيين") comes first.
    fn subject_dropped(&self, t: &Trigger, s_end: usize) -> bool {
        let an = self.an;
        let next = self.skip_dates(t.end, s_end);
        if next >= s_end || !an.is_word(next) || self.complementiser(next) {
            return true;
        }
        // (a speech participle right after it: "وتابعت قائلة:", "وأضاف مشيرا إلى")
        if !t.noun && self.speech_verb_reading(next, s_end).is_some() {
            return true;
        }
        let w = an.folded(next);
        // (the one spoken to: "للصحفيين", "لـ«رويترز»", "لوكالة", "لأنصاره";
        // not a noun spelt with ل, "وتشير لقطات")
        let spoken_to = w.starts_with("لل")
            || an.raw(next).starts_with("لـ")
            || self.actor_starting(next).is_some_and(|a| self.actors[a].prep.is_some())
            || w.strip_prefix('ل').is_some_and(|r| {
                SOURCE_NOUNS.contains(&r) || NAME_HEADS.contains(&r) || (r.chars().count() >= 4 && ["ه", "ها", "هم"].iter().any(|p| an.raw(next).ends_with(p)))
            });
        (!t.noun && (is_preposition(w) || spoken_to)) || matches!(w, "بقوله" | "بقولها" | "بالقول")
    }

    /// "لكن دارين أصرت على أن ... . وقالت لوكالة رويترز: «...»": a speech
    /// verb that opens its sentence with no subject named (and none found
    /// by the coder) goes on from the subject of the sentence before, when
    /// that sentence's first verb agrees with it in gender and has its
    /// subject right after it ("وعبر مدير المركز أحمد جمعة عن قلقه") or
    /// opening the sentence before it ("لكن دارين أصرت"): a coded actor, a
    /// name the tagger found, or a source noun.
    fn previous_subject(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<Who> {
        let an = self.an;
        if !self.subject_dropped(t, s_end) || (s_start..t.tok).any(|k| an.is_word(k) && !self.date_tok[k]) {
            return None;
        }
        let agree = self.agreement(t)?;
        let si = an.sentence_of[s_start] as usize;
        let prev = an.sentences.get(si.checked_sub(1)?)?;
        self.first_verb_subject(prev.tok_start, prev.tok_end, agree)
    }

    /// What the subject of the verb of trigger `t` agrees with: its gender
    /// in the singular, or a plural.
    fn agreement(&self, t: &Trigger) -> Option<Agreement> {
        if t.plural && !t.noun && !t.first_plural {
            return Some(Agreement::Plural);
        }
        self.verb_gender(t).map(Agreement::Singular)
    }

    /// "ونفت الحكومة التركية الاتهامات، وقالت إن ...": a speech verb joined
    /// by و to the clause before it in its sentence, with no subject named
    /// after it, goes on from the subject of the sentence's first verb when
    /// they agree, and nothing before it is reported speech.
    fn clause_subject(&self, t: &Trigger, s_start: usize, s_end: usize) -> Option<Who> {
        let an = self.an;
        // (the conjunction, not a verb's own و: "ووصفت", not "وصفت")
        let w = an.folded(t.tok);
        let base = pattern_verb(&self.lex.patterns[t.pattern as usize]).unwrap_or_default();
        let joined = w.starts_with("وو") || (w.starts_with('و') && !base.starts_with('و'));
        if t.noun || !joined || t.tok <= s_start + 1 || !self.subject_dropped(t, s_end) {
            return None;
        }
        if (s_start..t.tok).any(|k| self.complementiser(k) || self.quote_of[k].is_some() || self.has(k, Particle::AccordingTo)) {
            return None;
        }
        self.first_verb_subject(s_start, t.tok, self.agreement(t)?)
    }

    /// The subject of the first verb from token `p0` (before `p1`, and
    /// before any reported speech), when that verb agrees with `agree`:
    /// before it, opening the sentence (SVO), or right after it (VSO).
    fn first_verb_subject(&self, p0: usize, p1: usize, agree: Agreement) -> Option<Who> {
        let an = self.an;
        let mut v = p0;
        while v < p1 && !(self.quote_of[v].is_none() && self.free_verb(v)) {
            if self.complementiser(v) || self.quote_of[v].is_some() {
                return None;
            }
            v += 1;
        }
        if v >= p1 {
            return None;
        }
        let agrees = match agree {
            Agreement::Singular(g) => self.verb_gender_at(v) == Some(g),
            Agreement::Plural => self.plural_form_at(v),
        };
        if !agrees {
            return None;
        }
        // (a plural verb's subject is a plural actor)
        let fits = |w: Who| match (agree, &w) {
            (Agreement::Plural, Who::Actor(a)) => self.plural_actor(*a).then_some(w),
            (Agreement::Plural, Who::Named(_)) => None,
            _ => Some(w),
        };
        // (SVO: the subject opens the sentence)
        let end = self.before_perfect_particle(v, p0);
        if end > p0 {
            if self.covering[end - 1].is_some() || self.names.iter().any(|&(_, b)| b == end) {
                return self.subject_before(v, p0, true).and_then(fits);
            }
            // (a verb after other words than a subject, a fronted adverbial
            // set off by a comma aside: no subject before it)
            let k = end - 1;
            if !self.opens_sentence(v, p0) && !self.date_tok[k] && !an.is_comma(k) && !self.has(k, Particle::Adverb) {
                return None;
            }
        }
        // (VSO: the subject right after the verb)
        let j = self.skip_dates(v + 1, p1);
        if let Some(a) = self.actor_starting(j) {
            return if self.usable_subject(a) { fits(Who::Actor(a)) } else { None };
        }
        self.uncoded_subject(v + 1, p1).map(Who::Named).and_then(fits)
    }

    /// Whether actor `a` may be a verb's subject: no modifier, no
    /// preposition's object, neither "both sides" nor a vague role.
    fn usable_subject(&self, a: usize) -> bool {
        let x = &self.actors[a];
        !x.modifier && !x.both_sides && !x.vague && !self.after_preposition(x)
    }

    /// The token where the words before the verb at `v` end, past its
    /// "قد" ("فقد أبلغ").
    fn before_perfect_particle(&self, v: usize, s_start: usize) -> usize {
        let an = self.an;
        let mut end = v;
        while end > s_start && an.is_word(end - 1) && matches!(an.folded(end - 1), "قد" | "فقد" | "لقد") {
            end -= 1;
        }
        end
    }

    /// Whether token `k` opens its sentence (from `s_start`), past a
    /// conjunction ("لكن", "أما", "ثم").
    fn opens_sentence(&self, k: usize, s_start: usize) -> bool {
        let an = self.an;
        k == s_start || (k == s_start + 1 && an.is_word(s_start) && matches!(an.folded(s_start), "لكن" | "ولكن" | "اما" | "واما" | "ثم"))
    }

    /// "لكن ماريا لوبيز أكدت أن ...": the subject before the verb at `v`
    /// that opens its sentence (from `s_start`) and ends right before the
    /// verb or its "قد": a name the tagger found, or also a coded actor
    /// where `coded`.
    fn subject_before(&self, v: usize, s_start: usize, coded: bool) -> Option<Who> {
        let end = self.before_perfect_particle(v, s_start);
        if end <= s_start {
            return None;
        }
        if let Some(a) = self.covering[end - 1].map(|a| a as usize) {
            let x = &self.actors[a];
            let subject = coded && x.end == end && self.opens_sentence(x.start, s_start) && x.is_actor() && self.usable_subject(a);
            return subject.then_some(Who::Actor(a));
        }
        let &(a, b) = self.names.iter().find(|&&(_, b)| b == end)?;
        self.opens_sentence(a, s_start).then(|| Who::Named(self.mention(a, b)))
    }

    /// A mention right after a speech verb (past dates and commas) that no
    /// actor covers: a name the entity tagger found, a name in quotation
    /// marks before a complementiser ("وقالت «هيومن رايتس ووتش» إنها"), or
    /// a source noun with the words that describe it ("مصدر عسكري مسؤول",
    /// "المتحدث باسم ...", "أحد أصدقائه").
    fn uncoded_subject(&self, from: usize, s_end: usize) -> Option<Speaker> {
        let an = self.an;
        let k = self.skip_dates(from, s_end);
        if k >= s_end || self.covered_at(k) {
            return None;
        }
        if let Some(close) = closing_mark(an.raw(k)) {
            let c = (k + 1..(k + 7).min(s_end)).find(|&j| an.raw(j) == close)?;
            let named = c > k + 2 && (k + 1..c).all(|j| an.is_word(j)) && c + 1 < s_end && self.complementiser(c + 1);
            return named.then(|| self.mention(k + 1, c));
        }
        if !an.is_word(k) {
            return None;
        }
        if let Some(&(a, b)) = self.names.iter().find(|&&(a, _)| a == k) {
            return Some(self.mention(a, b));
        }
        if !SOURCE_NOUNS.contains(&strip_article(an.folded(k))) {
            return None;
        }
        let mut end = k + 1;
        loop {
            // (a name in quotation marks: "موقع «سكاي نيوز»"; a noun made an
            // actor only by its nisba: "وكالة الأنباء الفرنسية")
            if end < s_end && matches!(an.raw(end), "«" | "“" | "\"") {
                if let Some(c) = (end + 1..(end + 7).min(s_end)).find(|&j| matches!(an.raw(j), "»" | "”" | "\"")) {
                    end = c + 1;
                }
                break;
            }
            if let Some(a) = self.covering[end.min(s_end - 1)]
                .map(|a| a as usize)
                .filter(|&a| end < s_end && self.actors[a].modifier)
            {
                end = self.actors[a].end;
                continue;
            }
            // (a hashtag: "باسم #نقابة_الموظفين")
            if end + 1 < s_end
                && (end < k + 5 || an.is_punct(end, "_"))
                && (an.is_punct(end, "#") || an.is_punct(end, "_"))
                && an.is_word(end + 1)
                && !self.covered_at(end + 1)
            {
                end += 2;
                continue;
            }
            if end >= s_end || end >= k + 5 || !an.is_word(end) || self.covered_at(end) || self.date_tok[end] || self.complementiser(end) {
                break;
            }
            let w = an.folded(end);
            if let Some(&(_, b)) = self.names.iter().find(|&&(a, _)| a == end) {
                end = b;
                break;
            }
            // (what follows ل is whom it is said to: "لوكالة", "لـ«سكاي نيوز»", "للصحفيين")
            let to = w.starts_with("لل")
                || an.raw(end).starts_with("لـ")
                || w.strip_prefix('ل').is_some_and(|r| SOURCE_NOUNS.contains(&r) || NAME_HEADS.contains(&r));
            if w != "باسم" && (is_preposition(w) || is_relative(w) || to || self.is_verb(end)) {
                break;
            }
            end += 1;
        }
        Some(self.mention(k, end))
    }

    /// "وأضاف أن ...", "وتابع: ...": a speech verb with no subject named, for
    /// which the coder found no actor either, goes on from the speaker of the
    /// quote right before it, named in this sentence or the one before.
    fn continued_speaker(&self, t: &Trigger, s_start: usize, s_end: usize, quotes: &[Quote]) -> Option<Speaker> {
        let an = self.an;
        if !self.subject_dropped(t, s_end) {
            return None;
        }
        let last = quotes.last()?;
        // (only a cue that opens its sentence, "وأضاف", "وأضاف البيان", or
        // follows that quote, "«...»، مضيفا"; not one after a relative
        // pronoun or a subject the coder does not know)
        // (also a speech participle after a verb of speaking that opens
        // the sentence: "وتابعت قائلة:")
        let speech_verb = |k: usize| self.speech_verb_reading(k, s_end).is_some();
        let opening = (s_start..t.tok).all(|k| !an.is_word(k) || self.date_tok[k])
            || (t.noun && t.tok == s_start + 1)
            || (!t.noun
                && (s_start..t.tok)
                    .filter(|&k| an.is_word(k) && !self.date_tok[k])
                    .all(|k| k + 1 == t.tok && speech_verb(k)));
        let after_quote = (s_start..t.tok).filter(|&k| an.tokens[k].char_start >= last.end).all(|k| !an.is_word(k));
        if !opening && !after_quote {
            return None;
        }
        let sp = last.speaker.as_ref()?;
        let si = an.sentence_of[s_start] as usize;
        let from = an.tokens[an.sentences[si.saturating_sub(1)].tok_start].char_start;
        (sp.start >= from && last.end <= an.tokens[t.tok].char_start).then(|| sp.clone())
    }

    /// A speaker's mention over tokens `a..b`, with no actor.
    fn mention(&self, a: usize, b: usize) -> Speaker {
        let an = self.an;
        Speaker {
            start: an.tokens[a].char_start,
            end: an.tokens[b - 1].char_end,
            text: an.text[an.tokens[a].start..an.tokens[b - 1].end].to_string(),
            actor: None,
            canonical: None,
        }
    }

    /// A mention that joins words before actor `a` (from token `first`,
    /// its span from character `start`) to the actor, with the actor's code:
    /// a name and its role in apposition, a source noun and its genitive.
    fn joined_mention(&self, start: usize, first: usize, a: usize) -> Speaker {
        let x = &self.actors[a];
        Speaker {
            start,
            actor: x.code.clone(),
            canonical: x.canonical.clone(),
            ..self.mention(first, x.end)
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
        let an = self.an;
        // (not another mention with its code in what the actor reports:
        // "وقال الجيش الإسرائيلي في بيان إن المقاتلات بدأت «...»"; nor a
        // mention inside a quotation: "عندما كنت رئيسا للوكالة")
        let reported = |b: &Actor| a.end <= b.start && an.same_sentence(a.start, b.start) && (a.end..b.start).any(|k| self.complementiser(k));
        let named = self
            .actors
            .iter()
            .rev()
            .find(|b| same(b) && an.tokens[b.name_start].start < before && self.quote_of[b.name_start].is_none() && !reported(b))
            .unwrap_or(a);
        // (a role and the name after it that the lexicon lacks: "الطبيبة ليلى
        // حداد", "الناشطة مريم العلي", also past the role's adjectives:
        // "المحلل السياسي كريم بن عمر")
        let name_end = if named.kind == ROLE && named.name_start == named.start && named.name_end == named.end {
            let s_end = an.sentence_range(named.start).1;
            let mut from = named.end;
            while from < s_end.min(named.end + 2) && self.role_adjective(from) {
                from += 1;
            }
            self.names
                .iter()
                .find(|&&(s, e)| (named.end..=from).contains(&s) && e <= s + 3)
                .map_or(named.name_end, |&(_, e)| e)
        } else {
            named.name_end
        };
        Speaker {
            start: an.tokens[named.name_start].char_start,
            end: an.tokens[name_end - 1].char_end,
            text: an.text[an.tokens[named.name_start].start..an.tokens[name_end - 1].end].to_string(),
            actor: a.code.clone(),
            canonical: a.canonical.clone(),
        }
    }
}

impl Coder<'_, '_> {
    /// Whether token `k` may be an adjective of the role before it: a word
    /// with the article that no actor, name, date or function word holds
    /// ("السياسي", "البارز").
    fn role_adjective(&self, k: usize) -> bool {
        let an = self.an;
        let w = an.folded(k);
        an.is_word(k)
            && crate::text::has_article(an.raw(k))
            && !self.covered_at(k)
            && !self.date_tok[k]
            && !self.names.iter().any(|&(s, _)| s == k)
            && !is_preposition(w)
            && !is_relative(w)
            && !self.complementiser(k)
    }
}

/// What a verb's subject agrees with.
#[derive(Clone, Copy)]
enum Agreement {
    Singular(Gender),
    Plural,
}

/// The gender of a verb's third person singular subject.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Gender {
    Masculine,
    Feminine,
}

/// The gender a verb form `w` (folded, no conjunction) shows against its
/// perfect `base`: a feminine ت prefix (imperfect) or suffix (perfect) the
/// base lacks, or a masculine ي prefix; the base itself is masculine.
fn verb_gender_of(w: &str, base: &str) -> Option<Gender> {
    if (w.starts_with('ت') && !base.starts_with('ت')) || (w.ends_with('ت') && (!base.ends_with('ت') || w.ends_with("تت"))) {
        Some(Gender::Feminine)
    } else if w == base || (w.starts_with('ي') && !base.starts_with('ي')) {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// Direct quotations: « », “ ” and pairs of " on one line; token indexes of
/// the opening and closing marks.
pub(super) fn find_direct_quotes(an: &Analysis<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = an.tokens.len();
    let mut i = 0;
    while i < n {
        if let Some(close) = closing_mark(an.raw(i)) {
            let line_end = an.text[an.tokens[i].end..].find('\n').map_or(an.text.len(), |x| an.tokens[i].end + x);
            if let Some(j) = (i + 1..n).take_while(|&j| an.tokens[j].start < line_end).find(|&j| an.raw(j) == close) {
                // a name or title in quotation marks is not a quote
                if (i + 1..j).filter(|&k| an.is_word(k)).count() >= 3 && !quoted_name(an, i, j) {
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

/// The mark that closes a quotation opened by `open`, if `open` opens one.
fn closing_mark(open: &str) -> Option<&'static str> {
    match open {
        "«" => Some("»"),
        "“" => Some("”"),
        "\"" => Some("\""),
        _ => None,
    }
}

/// Nouns that introduce a name or title in quotation marks (folded, without
/// the article): "منظمة «أنقذوا الأطفال»", "قصيدة بعنوان «...»", "تحت
/// مسمى «كتلة إنقاذ الوطن»".
const NAME_HEADS: &[&str] = &[
    "منظمه",
    "منظمات",
    "جمعيه",
    "حركه",
    "حزب",
    "جماعه",
    "تنظيم",
    "تحالف",
    "ائتلاف",
    "كتله",
    "تيار",
    "فصيل",
    "مجموعه",
    "شبكه",
    "قناه",
    "صحيفه",
    "مجله",
    "موقع",
    "وكاله",
    "شركه",
    "معهد",
    "مركز",
    "مؤسسه",
    "جامعه",
    "منتدي",
    "مبادره",
    "حمله",
    "عمليه",
    "برنامج",
    "كتاب",
    "فيلم",
    "قصيده",
    "اغنيه",
    "مسلسل",
    "اسم",
    "باسم",
    "عنوان",
    "بعنوان",
    "مسمي",
    "شعار",
    "وسم",
    "هاشتاغ",
];

/// Whether the quotation marks at tokens `open` and `close` hold a name
/// rather than words said: a short span with no sentence punctuation, after
/// a noun that introduces names ("منظمة «هيومن رايتس ووتش»"), or right
/// before a complementiser, where it is the subject of the speech verb
/// ("وقالت «هيومن رايتس ووتش» إنها").
fn quoted_name(an: &Analysis<'_>, open: usize, close: usize) -> bool {
    let words = (open + 1..close).filter(|&k| an.is_word(k)).count();
    let plain = (open + 1..close).all(|k| an.is_word(k) || an.tokens[k].kind == crate::text::TokenKind::Number || an.is_punct(k, "-"));
    if words > 5 || !plain {
        return false;
    }
    let head = open > 0 && an.is_word(open - 1) && {
        let w = an.folded(open - 1);
        let w = w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w);
        let w = w.strip_prefix('ب').or_else(|| w.strip_prefix('ل')).filter(|r| r.starts_with("ال")).unwrap_or(w);
        NAME_HEADS.contains(&strip_article(w))
    };
    // (a quote after a complementiser is said: "قالت إن «من المحتمل جدا» أن")
    let after_report = open > 0 && an.is_word(open - 1) && matches!(an.folded(open - 1), "ان" | "انه" | "انها" | "بان" | "وان");
    let subject = !after_report
        && close + 1 < an.tokens.len()
        && an.is_word(close + 1)
        && matches!(an.folded(close + 1), "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه" | "بانها");
    head || subject
}

#[cfg(test)]
mod tests {
    use crate::text::fold;

    /// The Arabic string literals in the code of a source file (comments
    /// and its tests left out), with their line numbers. A literal compared
    /// with a raw token (`raw(...)`, as "لـ") is written as in the text and
    /// is skipped.
    fn arabic_literals(src: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        for (n, line) in src.lines().enumerate().take_while(|(_, l)| !l.starts_with("#[cfg(test)]")) {
            let code = line.trim_start();
            if code.starts_with("//") || line.contains("raw(") {
                continue;
            }
            // (the literals are the odd pieces between double quotes)
            for (i, piece) in line.split('"').enumerate() {
                if i % 2 == 1 && piece.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
                    out.push((n + 1, piece));
                }
            }
        }
        out
    }

    /// The word lists of quotes.rs and mentions.rs are matched against
    /// folded tokens: a word spelt otherwise than folding spells it (ة for
    /// ه, أ for ا, ى for ي) never matches. Folding keeps ؤ and ئ, so
    /// "مسؤول" is listed with its hamza.
    #[test]
    fn every_listed_word_is_folded() {
        for (file, src) in [("quotes.rs", include_str!("quotes.rs")), ("mentions.rs", include_str!("mentions.rs"))] {
            let words = arabic_literals(src);
            assert!(words.len() > 50, "{file}: only {} Arabic literals found", words.len());
            for (line, w) in words {
                assert_eq!(fold(w), w, "{file}:{line}: {w:?} is not folded");
            }
        }
    }

    #[test]
    fn a_word_spelt_unfolded_is_caught() {
        let src = "const X: &[&str] = &[\"مسؤولة\", \"مسؤوله\"];\n// \"ة\" in a comment\n#[cfg(test)]\nconst Y: &str = \"ة\";\n";
        let bad: Vec<_> = arabic_literals(src).into_iter().filter(|(_, w)| fold(w) != *w).collect();
        assert_eq!(bad, vec![(1, "مسؤولة")]);
    }
}
