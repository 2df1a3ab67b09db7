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
    let day: u32 = (m.start > 0)
        .then(|| an.folded(m.start - 1))
        .and_then(|w| w.parse().ok())
        .filter(|d| (1..=31).contains(d))?;
    let start = m.start - 1;
    let mut end = m.end;
    // "/آذار" alternative month name
    if an.is_punct(end, "/") && an.is_word(end + 1) {
        end += 2;
    }
    // the year right after, or after "عام" / "من عام" / "سنة"
    let mut at = end;
    if an.is_word(at) && an.folded(at) == "من" && an.is_word(at + 1) && matches!(an.folded(at + 1), "عام" | "العام" | "سنه") {
        at += 1;
    }
    if an.is_word(at) && matches!(an.folded(at), "عام" | "العام" | "سنه") {
        at += 1;
    }
    let year: Option<i32> = an.tokens.get(at).and_then(|_| an.folded(at).parse().ok()).filter(|y| (1000..=2100).contains(y));
    if year.is_some() {
        end = at + 1;
    }
    let y = year.unwrap_or(published.year());
    let mut date = NaiveDate::from_ymd_opt(y, month, day)?;
    if year.is_none() && date > published + Duration::days(7) {
        date = NaiveDate::from_ymd_opt(y - 1, month, day)?;
    }
    Some((date, true, start, end))
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
    fn the_year_may_follow_the_month_after_am() {
        assert_eq!(resolve("في 2 أكتوبر من عام 1187 دخل صلاح الدين القدس", "2018-10-02"), vec!["1187-10-02"]);
        assert_eq!(resolve("وقعت الاتفاقية في 14 يوليو عام 2015", "2018-10-02"), vec!["2015-07-14"]);
    }
}
