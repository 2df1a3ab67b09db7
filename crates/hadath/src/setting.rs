//! When and where an event happened: the date and the place an event takes
//! from its sentence.
//!
//! Both are read from the clause of the event's trigger. A date or a place
//! beyond a clause boundary (a complementiser, a relative pronoun, a
//! subordinating conjunction, a quotation mark, a colon) belongs to another
//! event: "قال الثلاثاء إن الهجوم الذي وقع في 5 مارس" dates the statement
//! Tuesday, not 5 March. A date after منذ ("since") or حتى ("until") is a
//! bound, not the time of the event. When nothing in the clause says when,
//! the event takes the publication date; when nothing says where, it has no
//! location (or the dateline's, for an actor of the dateline's country in the
//! article's first sentences).

use crate::analysis::Analysis;
use crate::document::Location;
use crate::mentions::{Actor, GPE, PER};
use crate::time::DateExpr;
use chrono::{Duration, NaiveDate};

/// The trigger of an event as the setting sees it.
#[derive(Debug, Clone, Copy)]
pub struct Trigger {
    /// Token range of the trigger, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Future tense or intent: the event has not happened yet.
    pub future: bool,
    /// An event noun ("الهجوم"), not a verb.
    pub noun: bool,
}

impl Trigger {
    /// The trigger at tokens `start..end`.
    pub fn new(start: usize, end: usize, future: bool, noun: bool) -> Self {
        Trigger { start, end, future, noun }
    }
}

/// The relative pronoun of an event noun's own relative clause ("الهجوم
/// الذي وقع في كابول الاثنين", at most one adjective between) opens no
/// other clause: what it says is when and where that event happened.
fn own_relative(an: &Analysis<'_>, t: Trigger, k: usize) -> bool {
    let relative = |k: usize| an.is_word(k) && matches!(an.folded(k), "الذي" | "التي");
    // an adjective agrees with the noun in definiteness; an indefinite
    // noun's relative clause has no pronoun, so a definite word after an
    // indefinite trigger is another noun ("تأييدهما للضربات التي")
    let adjective = |k: usize| an.is_word(k) && definite(an.folded(k)) && t.end > 0 && definite(an.folded(t.end - 1));
    t.noun && ((k == t.end && relative(k)) || (k == t.end + 1 && adjective(t.end) && relative(k)))
}

/// Whether a folded word carries the article, after a clitic or not.
fn definite(w: &str) -> bool {
    ["ال", "وال", "بال", "فال", "كال", "لل", "وبال", "ولل", "فبال"].iter().any(|p| w.starts_with(p))
}

/// Whether tokens `lo..hi`, between the trigger and what is after or before
/// it, hold no clause boundary but the trigger's own relative pronoun.
fn no_boundary(an: &Analysis<'_>, t: Trigger, lo: usize, hi: usize) -> bool {
    (lo..hi).all(|k| boundary(an, k).is_none() || own_relative(an, t, k))
}

/// Whether `w` (folded) is a word `f` accepts, alone or after a
/// conjunction و or ف ("وفي", "فيما" is itself a word).
fn word_is(w: &str, f: impl Fn(&str) -> bool) -> bool {
    f(w) || ['و', 'ف'].iter().any(|&c| w.strip_prefix(c).is_some_and(|r| r.chars().count() >= 2 && f(r)))
}

/// Complementisers (folded): what follows is the content of a saying,
/// thinking or reporting verb.
fn is_complementiser(w: &str) -> bool {
    matches!(
        w,
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "انهما"
            | "انهن"
            | "انني"
            | "اننا"
            | "بان"
            | "بانه"
            | "بانها"
            | "بانهم"
            | "بانهما"
            | "لان"
            | "لانه"
            | "لانها"
    )
}

/// Relative pronouns and subordinating conjunctions (folded): what follows
/// is another clause, with its own time and place.
fn is_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللذان"
            | "اللتين"
            | "اللتان"
            | "اللواتي"
            | "اللاتي"
            | "منذ"
            | "عندما"
            | "حينما"
            | "بعدما"
            | "قبلما"
            | "بينما"
            | "فيما"
            | "حيث"
            | "اذ"
            | "كما"
            | "حسبما"
            | "مثلما"
            | "لكن"
            | "لكنه"
            | "لكنها"
            | "الا"
            | "اذا"
            | "لو"
            | "كي"
            | "لكي"
    )
}

/// Punctuation that opens or closes quoted or announced speech.
fn is_quote_mark(p: &str) -> bool {
    matches!(p, "\"" | "«" | "»" | "“" | "”" | "„" | ":" | "؛" | ";")
}

/// What kind of boundary token `k` is, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Boundary {
    Complementiser,
    Other,
}

fn boundary(an: &Analysis<'_>, k: usize) -> Option<Boundary> {
    if an.is_word(k) {
        let w = an.folded(k);
        if word_is(w, is_complementiser) {
            Some(Boundary::Complementiser)
        } else if word_is(w, is_clause_opener) {
            Some(Boundary::Other)
        } else {
            None
        }
    } else if is_quote_mark(an.raw(k)) {
        Some(Boundary::Other)
    } else {
        None
    }
}

/// Words right before a date that make it a bound of the event, not its
/// time: "منذ الثلاثاء" (since), "حتى نهاية العام" (until).
fn is_bound_word(w: &str) -> bool {
    matches!(w, "منذ" | "حتي" | "بحلول" | "لغايه" | "بنهايه")
}

/// The date of an event whose trigger is `t` in sentence `si`: the date
/// expression of the trigger's clause nearest to it, days before weeks,
/// months and years; else `published`.
///
/// A date before the trigger reaches it across a complementiser ("أعلن
/// الجيش الأحد أنه قتل": the report dates what it reports, at the latest)
/// unless the event is future; any other boundary in between, or any
/// boundary at all between the trigger and a date after it, keeps the date
/// to its own clause. A past date never dates a future event, but a bare
/// weekday ("سيزور ... الخميس") is then the next one.
pub fn event_date(an: &Analysis<'_>, dates: &[DateExpr], published: Option<NaiveDate>, si: usize, t: Trigger) -> Option<NaiveDate> {
    let s = &an.sentences[si];
    // a future event on a bare weekday: the next such day, not the last one
    let when = |d: &DateExpr| match published {
        Some(p) if t.future && d.bare_weekday && d.date < p => d.date.checked_add_signed(Duration::days(7)),
        _ => Some(d.date),
    };
    dates
        .iter()
        .filter(|d| d.start >= s.tok_start && d.end <= s.tok_end)
        .filter(|d| !(d.start > 0 && an.is_word(d.start - 1) && word_is(an.folded(d.start - 1), is_bound_word)))
        .filter(|d| !(t.future && published.is_some_and(|p| when(d).is_none_or(|w| w < p))))
        .filter(|d| {
            if d.end <= t.start {
                (d.end..t.start).all(|k| match boundary(an, k) {
                    None => true,
                    Some(Boundary::Complementiser) => !t.future,
                    Some(Boundary::Other) => false,
                })
            } else if d.start >= t.end {
                no_boundary(an, t, t.end, d.start)
            } else {
                true
            }
        })
        .min_by_key(|d| (!d.exact, d.start.abs_diff(t.start)))
        .and_then(when)
        .or(published)
}

/// Roots of saying things (statements, appeals, intents, praise and other
/// diplomatic words but signing, demands, disapproval, rejection, threats):
/// a place in what is said is not where
/// it was said.
fn is_verbal(code: &str) -> bool {
    matches!(code.get(..2), Some("01" | "02" | "03" | "10" | "11" | "12" | "13")) || (code.starts_with("05") && code != "057")
}

/// Roots of acts done at the target's place: a place they are done to is
/// where they happen ("قصف الغوطة", "السيطرة على الحديدة").
fn happens_at_target(code: &str) -> bool {
    matches!(code.get(..2), Some("15" | "17" | "18" | "19" | "20")) || code == "042"
}

/// Prepositions and locative nouns (folded, conjunction removed) that put
/// a place name after them: "في", "قرب", "داخل", "وسط", "شمال".
fn is_locative_preposition(w: &str) -> bool {
    matches!(
        w,
        "في" | "قرب"
            | "بالقرب"
            | "داخل"
            | "وسط"
            | "قباله"
            | "شمال"
            | "جنوب"
            | "شرق"
            | "غرب"
            | "شمالي"
            | "جنوبي"
            | "شرقي"
            | "غربي"
            | "ضواحي"
            | "اطراف"
            | "مشارف"
    )
}

/// Nouns of a kind of place, between a preposition and the name ("في مدينة
/// حلب", "بمحافظة درعا"); with ب attached they are a locative phrase of their
/// own.
fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "مدينه"
            | "بلده"
            | "قريه"
            | "محافظه"
            | "منطقه"
            | "ولايه"
            | "اقليم"
            | "العاصمه"
            | "عاصمه"
            | "ريف"
            | "حي"
            | "مخيم"
            | "ساحل"
            | "سواحل"
            | "ميناء"
            | "مطار"
            | "شمال"
            | "جنوب"
            | "شرق"
            | "غرب"
            | "شمالي"
            | "جنوبي"
            | "شرقي"
            | "غربي"
            | "وسط"
    )
}

/// Whether the place actor starting at `start` is the object of a locative
/// preposition: "في حلب", "قرب حلب", "في مدينة حلب", "بمدينة حلب", "شمال
/// غرب حلب", "في مستشفى في حلب" (one other word after في, as before).
fn after_locative(an: &Analysis<'_>, actors: &[Actor], place: &Actor, with_b: bool) -> bool {
    if with_b && place.prep == Some('ب') {
        return true;
    }
    let mut k = place.start;
    // up to two nouns of a kind of place between
    for _ in 0..3 {
        let Some(prev) = k.checked_sub(1) else { return false };
        if !an.is_word(prev) {
            return false;
        }
        let w = an.folded(prev);
        if word_is(w, is_locative_preposition) || word_is(w, |x| x.strip_prefix('ب').is_some_and(is_place_noun)) {
            return true;
        }
        // "على ساحل مدينة درنة", "على مشارف حلب": على before a noun of place
        if k < place.start && word_is(w, |x| x == "علي") {
            return true;
        }
        if !word_is(w, is_place_noun) {
            // "في مستشفى في حلب": any one word that is no actor after في
            let is_actor_word = actors.iter().any(|a| a.start <= prev && prev < a.end && a.is_actor());
            return k == place.start && !is_actor_word && prev > 0 && an.is_word(prev - 1) && word_is(an.folded(prev - 1), |x| x == "في");
        }
        k = prev;
    }
    false
}

/// Words that may stand between a statement's trigger and where it was
/// made: "قال الوزير في مؤتمر صحفي عقده في القاهرة".
fn is_setting_word(w: &str) -> bool {
    is_locative_preposition(w)
        || is_place_noun(w)
        || matches!(
            w,
            "خلال"
                | "اثناء"
                | "لدي"
                | "علي"
                | "هامش"
                | "مؤتمر"
                | "صحفي"
                | "صحافي"
                | "مشترك"
                | "كلمه"
                | "خطاب"
                | "لقاء"
                | "اجتماع"
                | "زياره"
                | "مقابله"
                | "حديث"
                | "تصريحات"
                | "تصريح"
                | "بيان"
                | "ندوه"
                | "قمه"
                | "جلسه"
                | "منتدي"
                | "حفل"
                | "له"
                | "لها"
                | "عقده"
                | "عقدته"
                | "القاها"
                | "القاه"
                | "امام"
                | "يوم"
                | "مساء"
                | "صباح"
                | "اليوم"
        )
}

/// The location of an event: the place named in the trigger's clause after
/// a locative preposition, that is neither its source nor its target.
///
/// For what is said (`is_verbal`) only a place of the saying counts: right
/// after the trigger, its source, dates and words of the setting ("في
/// مؤتمر صحفي في"), never one in the content. For other events, the
/// nearest such place after the trigger, else before it; then, for force
/// and visits, the target when it is a place. Last, an event of the first
/// two sentences whose source is of the dateline's country ("القاهرة -")
/// took place there.
#[allow(clippy::too_many_arguments)]
pub fn event_location(
    an: &Analysis<'_>,
    actors: &[Actor],
    dates: &[DateExpr],
    si: usize,
    t: Trigger,
    code: &str,
    source: Option<usize>,
    target: Option<usize>,
) -> Option<Location> {
    let s = &an.sentences[si];
    let verbal = is_verbal(code);
    let is_place = |a: &Actor| a.place_only || a.kind == GPE;
    let candidate = |i: usize, a: &Actor| {
        a.start >= s.tok_start
            && a.end <= s.tok_end
            && Some(i) != source
            && Some(i) != target
            && a.kind != PER
            && !a.both_sides
            && is_place(a)
            && after_locative(an, actors, a, !verbal)
    };
    let in_date = |k: usize| dates.iter().any(|d| d.start <= k && k < d.end);
    let in_source = |k: usize| source.is_some_and(|i| actors[i].start <= k && k < actors[i].end);
    let same_clause = |a: &Actor| {
        let (lo, hi) = if a.start >= t.end { (t.end, a.start) } else { (a.end, t.start) };
        no_boundary(an, t, lo, hi)
    };
    // only the source, dates, punctuation and words of the setting between
    let said_there =
        |a: &Actor| a.start >= t.end && (t.end..a.start).all(|k| in_source(k) || !an.is_word(k) || in_date(k) || word_is(an.folded(k), is_setting_word));
    let found = actors.iter().enumerate().filter(|&(i, a)| candidate(i, a) && same_clause(a));
    let pick = if verbal {
        found.filter(|(_, a)| said_there(a)).map(|(_, a)| a).next()
    } else {
        let (after, before): (Vec<&Actor>, Vec<&Actor>) = found.map(|(_, a)| a).partition(|a| a.start >= t.end);
        after.first().copied().or_else(|| before.last().copied())
    };
    let pick = pick.or_else(|| {
        let a = &actors[target?];
        // a country or capital standing for its people or government ("الموالية
        // للسعودية", "الضغوط على بكين": CHNGOV) is a place when it is visited,
        // named after a locative preposition ("مقرا حكوميا في مقديشو"), or a
        // country attacked ("هجوم على سوريا")
        let against = a.start > 0 && an.is_word(a.start - 1) && word_is(an.folded(a.start - 1), |x| matches!(x, "علي" | "ضد"));
        let place = a.place_only
            || (a.kind == GPE
                && (code == "042" || after_locative(an, actors, a, false) || (against && a.prep.is_none() && a.code.as_ref().is_some_and(|c| c.len() == 3))));
        (happens_at_target(code) && place && !a.both_sides).then_some(a)
    });
    let span = |a: &Actor| (a.start, a.end);
    let pick = pick.map(|a| (a, span(a))).or_else(|| {
        let d = dateline(an, actors)?;
        let country = place_country(d)?;
        let sc = actors[source?].code.as_deref()?;
        // the name alone, without the agency after it
        (si < 2 && !t.future && sc.get(..3) == Some(country.as_str())).then_some((d, (d.name_start, d.name_end)))
    });
    pick.map(|(a, (start, end))| Location {
        start: an.tokens[start].char_start,
        end: an.tokens[end - 1].char_end,
        text: an.text[an.tokens[start].start..an.tokens[end - 1].end].to_string(),
        canonical: a.canonical.clone(),
        country: place_country(a),
    })
}

/// The country code of a place or country actor.
fn place_country(a: &Actor) -> Option<String> {
    a.country.clone().or_else(|| a.code.as_ref().map(|c| c.chars().take(3).collect()))
}

/// The dateline: a place as the article's first words, before a dash or
/// an agency's name in parentheses ("دمشق - ...", "القاهرة (رويترز) -").
fn dateline<'x>(an: &Analysis<'_>, actors: &'x [Actor]) -> Option<&'x Actor> {
    actors
        .first()
        .filter(|a| a.start == 0 && (a.place_only || a.kind == GPE) && (an.is_punct(a.end, "-") || an.is_punct(a.end, "–") || an.is_punct(a.end, "(")))
}
