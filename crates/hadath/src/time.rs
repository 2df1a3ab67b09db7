//! Resolving date expressions against the publication date: أمس، اليوم،
//! weekday names, "الأسبوع الماضي", "27 ديسمبر", "23 آذار/مارس 2019".

use crate::analysis::Analysis;
use crate::lexicon::DateKind;
use crate::mentions::Mention;
use chrono::{Datelike, Duration, NaiveDate};

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    /// Token range.
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    /// True when the expression names a day; false for a week, month or year.
    pub exact: bool,
    /// A weekday name with no "المقبل" or "الماضي" after it, read as the
    /// latest such day: "يزور الرئيس باريس الخميس" means the next one.
    pub bare_weekday: bool,
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// The date as `yyyymmdd`.
pub fn as_number(d: NaiveDate) -> u32 {
    d.year() as u32 * 10000 + d.month() * 100 + d.day()
}

fn is_future_word(w: &str) -> bool {
    matches!(w, "المقبل" | "القادم" | "المقبله" | "القادمه" | "التالي")
}

fn is_past_word(w: &str) -> bool {
    matches!(w, "الماضي" | "الماضيه" | "المنصرم" | "المنصرمه" | "الفائت")
}

/// Finds and resolves every date expression against `published`.
pub fn resolve_dates(an: &Analysis<'_>, mentions: &[Mention<'_>], published: NaiveDate) -> Vec<DateExpr> {
    let mut out = Vec::new();
    for m in mentions {
        let Some(dw) = m.date() else { continue };
        let next = (m.end < an.tokens.len()).then(|| an.folded(m.end));
        // "اليوم الثالث" (of a visit, a strike) is not today, and "يوم
        // الخامس من مايو" is the fifth of May
        let ordinal_next = next.is_some_and(|w| ordinal_unit(w).is_some() || matches!(w, "العشرين" | "الثلاثين"));
        if dw.kind == DateKind::RelativeDay && dw.value == 0 && m.end == m.start + 1 && ordinal_next {
            continue;
        }
        let future = next.is_some_and(is_future_word);
        let past = next.is_some_and(is_past_word);
        let end = if future || past { m.end + 1 } else { m.end };
        let resolved = match dw.kind {
            DateKind::RelativeDay => published.checked_add_signed(Duration::days(dw.value as i64)).map(|d| (d, true, m.start, end)),
            DateKind::Weekday => {
                let today = published.weekday().num_days_from_monday() as i64;
                let want = dw.value as i64;
                let delta = if future {
                    let d = (want - today).rem_euclid(7);
                    if d == 0 {
                        7
                    } else {
                        d
                    }
                } else {
                    -((today - want).rem_euclid(7))
                };
                published.checked_add_signed(Duration::days(delta)).map(|d| (d, true, m.start, end))
            }
            DateKind::RelativeWeek => published
                .checked_add_signed(Duration::days(7 * dw.value as i64))
                .map(|d| (d, false, m.start, end)),
            DateKind::RelativeMonth => shift_months(published, dw.value).map(|d| (d, false, m.start, end)),
            DateKind::RelativeYear => {
                NaiveDate::from_ymd_opt(published.year() + dw.value, published.month(), published.day().min(28)).map(|d| (d, false, m.start, end))
            }
            DateKind::Month => month_date(an, m, dw.value as u32, published),
            DateKind::HijriMonth => None,
        };
        if let Some((date, exact, start, end)) = resolved {
            let bare_weekday = matches!(dw.kind, DateKind::Weekday) && !future && !past;
            out.push(DateExpr {
                start,
                end,
                date,
                exact,
                bare_weekday,
            });
        }
    }
    out
}

fn shift_months(d: NaiveDate, by: i32) -> Option<NaiveDate> {
    let total = d.year() * 12 + d.month0() as i32 + by;
    NaiveDate::from_ymd_opt(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1)
}

/// "27 ديسمبر", "23 مارس/آذار 2019", "في 5 يونيو الماضي": a day number before
/// the month name, an optional second month name after a slash, an optional
/// year. Without a year, the latest such date not after publication (or the
/// next one when it is more than 300 days back, "next March").
fn month_date(an: &Analysis<'_>, m: &Mention<'_>, month: u32, published: NaiveDate) -> Option<(NaiveDate, bool, usize, usize)> {
    let number: Option<u32> = (m.start > 0)
        .then(|| an.folded(m.start - 1))
        .and_then(|w| w.parse().ok())
        .filter(|d| (1..=31).contains(d));
    let (day, start) = match number {
        Some(d) => (d, m.start - 1),
        None => ordinal_day(an, m.start)?,
    };
    let mut end = m.end;
    // a year written onto the alternative name ("حزيران/يونيو2017")
    let mut fused_year = None;
    // "/آذار", "/كانون الأول" alternative month name
    if an.is_punct(end, "/") && an.is_word(end + 1) {
        let alt = an.folded(end + 1);
        let two_words = matches!(alt, "كانون" | "تشرين") && an.is_word(end + 2);
        let digits = alt.trim_start_matches(|c: char| !c.is_ascii_digit());
        if digits.len() == 4 && alt.len() > 4 {
            fused_year = digits.parse::<i32>().ok();
        }
        end += if two_words { 3 } else { 2 };
    }
    // the year right after, or after "عام" / "من عام" / "سنة"
    let mut at = end;
    if an.is_word(at) && an.folded(at) == "من" && an.is_word(at + 1) && matches!(an.folded(at + 1), "عام" | "العام" | "سنه") {
        at += 1;
    }
    if an.is_word(at) && matches!(an.folded(at), "عام" | "العام" | "سنه") {
        at += 1;
    }
    // "2015م": the era letter of the Gregorian calendar may be written on
    let year: Option<i32> = an
        .tokens
        .get(at)
        .and_then(|_| an.folded(at).trim_end_matches('م').parse().ok())
        .filter(|y| (1000..=2100).contains(y));
    if year.is_some() {
        end = at + 1;
    }
    let year = year.or(fused_year.filter(|y| (1000..=2100).contains(y)));
    // "المقبل" (next), "الماضي" (last), "الجاري" (this one) after the month
    let after = (year.is_none() && an.is_word(end)).then(|| an.folded(end));
    let future = after.is_some_and(is_future_word);
    let past = after.is_some_and(is_past_word);
    if future || past || after.is_some_and(|w| matches!(w, "الجاري" | "الحالي")) {
        end += 1;
    }
    let y = year.unwrap_or(published.year());
    let mut date = NaiveDate::from_ymd_opt(y, month, day)?;
    if year.is_none() && !future && date > published + Duration::days(7) {
        date = NaiveDate::from_ymd_opt(y - 1, month, day)?;
    }
    if year.is_none() && future && date < published {
        date = NaiveDate::from_ymd_opt(y + 1, month, day)?;
    }
    Some((date, true, start, end))
}

/// The value of a masculine ordinal's first word (folded, article on):
/// "الخامس" 5, "الحادي" 1 (only before عشر or والعشرين).
fn ordinal_unit(w: &str) -> Option<u32> {
    Some(match w {
        "الاول" | "الحادي" => 1,
        "الثاني" => 2,
        "الثالث" => 3,
        "الرابع" => 4,
        "الخامس" => 5,
        "السادس" => 6,
        "السابع" => 7,
        "الثامن" => 8,
        "التاسع" => 9,
        "العاشر" => 10,
        _ => return None,
    })
}

/// An ordinal day and "من" before a month name ending at token `month`:
/// "الخامس من مارس" 5, "الحادي عشر من سبتمبر" 11, "الثالث والعشرين من
/// مايو" 23, "الثلاثين من يونيو" 30. Returns the day and the token where the
/// ordinal starts. Without من the ordinal is part of a name ("تشرين الثاني")
/// or of something else, and is not read.
fn ordinal_day(an: &Analysis<'_>, month: usize) -> Option<(u32, usize)> {
    let word = |k: usize| an.is_word(k).then(|| an.folded(k));
    let min = month.checked_sub(1).filter(|&k| word(k) == Some("من"))?;
    let last = min.checked_sub(1)?;
    let tens = |w: &str| match w {
        "عشر" => Some(10),
        "والعشرين" => Some(20),
        "والثلاثين" => Some(30),
        _ => None,
    };
    let (day, start) = match word(last)? {
        "العشرين" => (20, last),
        "الثلاثين" => (30, last),
        w => match tens(w) {
            Some(t) => {
                let unit = ordinal_unit(word(last.checked_sub(1)?)?).filter(|&u| u < 10 && (u != 1 || word(last - 1) == Some("الحادي")))?;
                (t + unit, last - 1)
            }
            // "الحادي" alone is no ordinal; "الاول" is
            None => (ordinal_unit(w).filter(|_| w != "الحادي")?, last),
        },
    };
    (1..=31).contains(&day).then_some((day, start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::mentions::find_mentions;

    fn resolve(text: &str, published: &str) -> Vec<String> {
        let lex = Lexicon::embedded().expect("embedded lexicon");
        let an = Analysis::new(text);
        let ms = find_mentions(&an, &lex);
        resolve_dates(&an, &ms, parse_date(published).unwrap())
            .iter()
            .map(|d| d.date.to_string())
            .collect()
    }

    #[test]
    fn yesterday_and_weekday_resolve_to_the_day_before() {
        // 2019-05-15 was a Wednesday
        assert_eq!(resolve("التقى الوزيران أمس في سوتشي", "2019-05-15"), vec!["2019-05-14"]);
        assert_eq!(resolve("وأعلن الوزير الثلاثاء أن", "2019-05-15"), vec!["2019-05-14"]);
    }

    #[test]
    fn next_weekday_looks_forward() {
        assert_eq!(resolve("يزور الرئيس باريس الخميس المقبل", "2019-05-15"), vec!["2019-05-16"]);
    }

    #[test]
    fn day_and_month_names_resolve_with_or_without_year() {
        assert_eq!(resolve("وقعت الاتفاقية في 27 ديسمبر", "2019-05-15"), vec!["2018-12-27"]);
        assert_eq!(resolve("في 23 آذار/مارس 2019 أعلن", "2019-05-15"), vec!["2019-03-23"]);
    }

    #[test]
    fn ordinal_days_before_min_and_a_month() {
        assert_eq!(resolve("وفي الخامس من مارس قتل مسلحون ثلاثة جنود", "2019-05-15"), vec!["2019-03-05"]);
        assert_eq!(resolve("هجمات الحادي عشر من سبتمبر/أيلول 2001", "2019-05-15"), vec!["2001-09-11"]);
        assert_eq!(resolve("في الثالث والعشرين من أبريل الماضي", "2019-05-15"), vec!["2019-04-23"]);
        assert_eq!(resolve("منذ الثلاثين من يونيو", "2019-05-15"), vec!["2018-06-30"]);
        assert_eq!(resolve("في الأول من تموز/يوليو", "2019-07-20"), vec!["2019-07-01"]);
    }

    #[test]
    fn an_ordinal_without_min_is_not_a_day() {
        // "الثاني" is part of the month name; "الحادي" alone no ordinal
        assert_eq!(resolve("في الثاني نوفمبر", "2019-05-15"), Vec::<String>::new());
        assert_eq!(resolve("الحادي من مارس", "2019-05-15"), Vec::<String>::new());
    }

    #[test]
    fn the_year_after_a_second_month_name() {
        assert_eq!(
            resolve("قتل ثلاثة جنود في العشرين من ديسمبر/كانون الأول عام 2016", "2019-05-15"),
            vec!["2016-12-20"]
        );
        assert_eq!(resolve("قطعت علاقاتها في الخامس من حزيران/يونيو2017", "2019-05-15"), vec!["2017-06-05"]);
        assert_eq!(resolve("في تاريخ (14 يوليو 2015م) قصفت", "2019-05-15"), vec!["2015-07-14"]);
    }

    #[test]
    fn a_month_followed_by_next_is_ahead() {
        assert_eq!(resolve("الاجتماع في السادس من سبتمبر/أيلول المقبل", "2019-08-02"), vec!["2019-09-06"]);
        assert_eq!(resolve("الانتخابات في 3 فبراير المقبل", "2019-08-02"), vec!["2020-02-03"]);
        assert_eq!(resolve("الانتخابات في 3 فبراير", "2019-08-02"), vec!["2019-02-03"]);
    }

    #[test]
    fn the_day_before_an_ordinal_is_not_today() {
        assert_eq!(resolve("قتل ثلاثة جنود يوم الخامس من مايو", "2019-05-15"), vec!["2019-05-05"]);
        assert_eq!(resolve("تظاهر الآلاف في اليوم الثالث للإضراب", "2019-05-15"), Vec::<String>::new());
        assert_eq!(resolve("تظاهر الآلاف اليوم في بيروت", "2019-05-15"), vec!["2019-05-15"]);
    }

    #[test]
    fn the_year_may_follow_the_month_after_am() {
        assert_eq!(resolve("في 2 أكتوبر من عام 1187 دخل صلاح الدين القدس", "2018-10-02"), vec!["1187-10-02"]);
        assert_eq!(resolve("وقعت الاتفاقية في 14 يوليو عام 2015", "2018-10-02"), vec!["2015-07-14"]);
    }
}
