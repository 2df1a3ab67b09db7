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
            | "بهدف"
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

/// Prepositions and particles (folded) that a و or ف may join to a phrase
/// of the same clause: "وعلى", "وبعد", "وخلال", and the locative ones
/// ("وشمال سوريا").
fn is_joined_particle(w: &str) -> bool {
    is_locative_preposition(w)
        || matches!(
            w,
            "علي"
                | "بعد"
                | "قبل"
                | "خلال"
                | "عند"
                | "حول"
                | "نحو"
                | "ضد"
                | "لدي"
                | "امام"
                | "بين"
                | "تحت"
                | "فوق"
                | "حتي"
                | "اثناء"
                | "عبر"
                | "خارج"
        )
}

/// Whether token `k` opens a clause joined by و or ف alone, which has its
/// own time and place: after a comma, a word with the conjunction that is
/// no name, role, date or preposition and carries no article ("...، وحذر
/// الرئيس السبت"); or "وفي" right before a date ("...، وفي 5 مارس قتل"),
/// which fronts the time of what follows.
fn coordinated_clause(an: &Analysis<'_>, actors: &[Actor], dates: &[DateExpr], k: usize) -> bool {
    if !an.is_word(k) {
        return false;
    }
    let w = an.folded(k);
    let Some(rest) = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) else {
        return false;
    };
    if matches!(rest, "في" | "خلال") && dates.iter().any(|d| d.start == k + 1) {
        return true;
    }
    let comma = k > 0 && (an.is_comma(k - 1));
    let in_actor = actors.iter().any(|a| a.start <= k && k < a.end);
    let in_date = dates.iter().any(|d| d.start <= k && k < d.end);
    // "وفقا ل" (according to), "وذلك" (that is, of the same event), "وكذلك"
    // (and also), nouns whose و is their own ("وجود", "وصول"): no clause
    let same = matches!(rest, "فقا" | "فق" | "ذلك" | "وفقا" | "وفق" | "كذلك" | "جود" | "صول" | "قوع");
    comma && !same && rest.chars().count() >= 3 && !definite(rest) && !rest.starts_with("ال") && !is_joined_particle(rest) && !in_actor && !in_date
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
pub fn event_date(an: &Analysis<'_>, actors: &[Actor], dates: &[DateExpr], published: Option<NaiveDate>, si: usize, t: Trigger) -> Option<NaiveDate> {
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
                no_boundary(an, t, t.end, d.start) && !(t.end..d.start).any(|k| coordinated_clause(an, actors, dates, k))
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
    is_direction(w) || matches!(w, "في" | "قرب" | "بالقرب" | "داخل" | "وسط" | "قباله" | "ضواحي" | "اطراف" | "مشارف")
}

/// The points of the compass as nouns of place ("شمال", "جنوبي"): they put
/// a place after them ("شرق غزة") and name one place by another ("مديرية
/// الدريهمي جنوب مدينة الحديدة").
pub(crate) fn is_direction(w: &str) -> bool {
    matches!(w, "شمال" | "جنوب" | "شرق" | "غرب" | "شمالي" | "جنوبي" | "شرقي" | "غربي")
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
            | "مديريه"
            | "ضاحيه"
            | "ناحيه"
            | "قضاء"
            | "جبهه"
            | "ساحل"
            | "سواحل"
            | "ميناء"
            | "مطار"
            | "وسط"
    ) || is_direction(w)
}

/// Whether the place actor starting at `start` is the object of a locative
/// preposition: "في حلب", "قرب حلب", "في مدينة حلب", "بمدينة حلب", "شمال
/// غرب حلب", "في مستشفى في حلب" (one other word after في, as before).
fn after_locative(an: &Analysis<'_>, actors: &[Actor], place: &Actor, with_b: bool) -> bool {
    if with_b && place.prep == Some('ب') {
        return true;
    }
    // a hashtag mark before the name ("في محافظة #صعدة") stands for nothing
    let hashtag = |k: usize| k > 0 && an.is_punct(k - 1, "#");
    let first = if hashtag(place.start) { place.start - 1 } else { place.start };
    let mut k = first;
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
        // "بالقرب من جاكرتا", "على مقربة من حلب"
        if k == first && w == "من" && prev > 0 && an.is_word(prev - 1) && word_is(an.folded(prev - 1), |x| matches!(x, "بالقرب" | "قرب" | "مقربه" | "قريبا"))
        {
            return true;
        }
        // "على ساحل مدينة درنة", "على مشارف حلب": على before a noun of place
        // ("على مديرية التحيتا" when the noun is part of the listed name)
        if (k < first || word_is(an.folded(place.start), is_place_noun)) && word_is(w, |x| x == "علي") {
            return true;
        }
        // "في العاصمة الفنلندية هلسنكي": a nisba after the noun of place
        let nisba = w.starts_with("ال") && w.ends_with("يه") && w.chars().count() >= 6;
        if nisba
            && k == first
            && prev > 0
            && an.is_word(prev - 1)
            && word_is(an.folded(prev - 1), |x| is_place_noun(x) || x.strip_prefix('ب').is_some_and(is_place_noun))
        {
            k = prev;
            continue;
        }
        if !word_is(w, is_place_noun) {
            // "في مستشفى في حلب": any one word that is no actor after في
            let is_actor_word = actors.iter().any(|a| a.start <= prev && prev < a.end && a.is_actor());
            return k == first && !is_actor_word && prev > 0 && an.is_word(prev - 1) && word_is(an.folded(prev - 1), |x| x == "في");
        }
        k = prev;
    }
    false
}

/// Whether place `b` is named as the landmark of place `a` right before
/// it: `a`, an optional comma, a direction ("جنوب", "شمال غرب", "شرقي")
/// and nouns of a kind of place ("جنوب مدينة #الحديدة", "، شرق العاصمة
/// صنعاء").
fn landmark_of(an: &Analysis<'_>, a: &Actor, b: &Actor) -> bool {
    if a.end > b.start {
        return false;
    }
    let mut k = a.end;
    if an.is_comma(k) {
        k += 1;
    }
    let mut directions = 0;
    while k < b.start && an.is_word(k) && is_direction(an.folded(k)) {
        directions += 1;
        k += 1;
    }
    while k < b.start && an.is_word(k) && is_place_noun(an.folded(k)) {
        k += 1;
    }
    if k < b.start && an.is_punct(k, "#") {
        k += 1;
    }
    directions > 0 && k == b.start
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
                | "للصحفيين"
                | "للصحافيين"
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
        if a.start >= t.end {
            no_boundary(an, t, t.end, a.start) && !(t.end..a.start).any(|k| coordinated_clause(an, actors, dates, k))
        } else {
            no_boundary(an, t, a.end, t.start)
        }
    };
    // only the source, dates, punctuation and words of the setting between
    let said_there =
        |a: &Actor| a.start >= t.end && (t.end..a.start).all(|k| in_source(k) || !an.is_word(k) || in_date(k) || word_is(an.folded(k), is_setting_word));
    let found: Vec<&Actor> = actors
        .iter()
        .enumerate()
        .filter(|&(i, a)| candidate(i, a) && same_clause(a))
        .map(|(_, a)| a)
        .collect();
    // "مديرية الدريهمي جنوب مدينة الحديدة": a place placed by a direction
    // from another one is its landmark, not where the event was
    let found: Vec<&Actor> = found.iter().copied().filter(|b| !found.iter().any(|a| landmark_of(an, a, b))).collect();
    // a visit is where it goes ("يزور وفد مصري غزة لمتابعة ما اتفق عليه في
    // القاهرة", "يبدأ ... زيارة إلى بريطانيا ... الحرب في اليمن"), before
    // any other place of the clause
    let visited = target
        .map(|i| &actors[i])
        .filter(|a| code == "042" && (a.place_only || a.kind == GPE) && !a.both_sides);
    let pick = if verbal {
        found.iter().copied().find(|a| said_there(a))
    } else if visited.is_some() {
        visited
    } else {
        // a place inside a trigger of several words ("يعقد الرؤساء في أنقرة
        // قمة") comes first, as if after it
        let (after, before): (Vec<&Actor>, Vec<&Actor>) = found.iter().copied().partition(|a| a.start >= t.start);
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
        let (d, ds) = dateline(an, actors)?;
        let country = place_country(d)?;
        let sc = actors[source?].code.as_deref()?;
        // the name alone, without the agency after it
        (si < ds + 2 && !t.future && sc.get(..3) == Some(country.as_str())).then_some((d, (d.name_start, d.name_end)))
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
/// Also a capital and its country, a comma between, before an agency in
/// parentheses ("عمان، الأردن (CNN)--"), which may open the second sentence
/// after a lead that the article repeats. Returns the place and the number
/// of its sentence.
fn dateline<'x>(an: &Analysis<'_>, actors: &'x [Actor]) -> Option<(&'x Actor, usize)> {
    let place = |a: &Actor| a.place_only || a.kind == GPE;
    let closes = |k: usize| an.is_punct(k, "-") || an.is_punct(k, "–") || an.is_punct(k, "(");
    // "عمان، الأردن (": the city's country must be the one named after it
    // (the country's actor may take in the agency: "الأردن (CNN)")
    let city_country = |i: usize| {
        let (city, country) = (actors.get(i)?, actors.get(i + 1)?);
        let ok = an.is_punct(city.end, "،") && country.start == city.end + 1 && place(country) && (an.is_punct(country.name_end, "(") || closes(country.end));
        // only a capital (a country's seat, listed with its government's code):
        // a desk in another city ("أتلانتا، الولايات المتحدة (CNN)", "دبي،
        // الإمارات") is where the agency writes, not where its sources act
        let capital = !city.place_only && city.code.is_some();
        (ok && capital && place_country(city).is_some() && place_country(city) == place_country(country)).then_some(city)
    };
    let first = actors.first().filter(|a| a.start == 0 && place(a));
    if let Some(a) = first {
        if closes(a.end) {
            return Some((a, 0));
        }
        if let Some(city) = city_country(0) {
            return Some((city, 0));
        }
    }
    let second = an.sentences.get(1)?.tok_start;
    let i = actors.iter().position(|a| a.start == second && place(a))?;
    city_country(i).map(|city| (city, 1))
}
