//! When and where: the date and location of coded events
//! (`tests/cases-setting/setting.jsonl`). Each case names an event by the
//! start of its trigger and gives the date it must carry (the publication
//! date when the clause names none) and its location's text and country
//! (`null` for none). The sentences are written for these rules: a date or
//! place in another clause (a complementiser, a relative clause, a quote)
//! is not the event's; "منذ" and "حتى" make a date a bound; a place of what
//! is said is not where it was said; places after "قرب", "داخل", "شرق",
//! "قبالة", "بمدينة"; the place attacked, seized or visited; the dateline.
//! Then: ordinal days ("في الخامس من مارس"), a clause joined by و after a
//! comma or "وفي" before a date, a hashtag before a place, a place that is
//! only another's landmark ("جنوب مدينة الحديدة"), a nisba between the noun
//! of place and the name, and the dateline "عمان، الأردن (CNN)".

use crate::common;

use serde_json::Value;

const CASES: &str = include_str!("../../../tests/cases-setting/setting.jsonl");

#[test]
fn events_take_the_date_and_place_of_their_own_clause() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("a JSON case");
        let field = |k: &str| case[k].as_str().map(str::to_string);
        let (id, text, date, trigger) = (
            field("id").unwrap_or_default(),
            field("text").expect("text"),
            field("date").expect("date"),
            field("trigger").expect("trigger"),
        );
        let want = (field("event_date"), field("location"), field("country"));
        n += 1;
        let doc = common::code_on(&text, &date);
        let Some(e) = doc.events.iter().find(|e| e.trigger.text.starts_with(&trigger)) else {
            failures.push(format!("{id}: no event at {trigger:?}; events {:?}", common::events(&doc)));
            continue;
        };
        let got = (
            e.date.clone(),
            e.location.as_ref().map(|l| l.text.clone()),
            e.location.as_ref().and_then(|l| l.country.clone()),
        );
        if got != want {
            failures.push(format!("{id}: got {got:?}, want {want:?}"));
        }
    }
    assert!(n >= 55, "only {n} cases");
    assert!(failures.is_empty(), "{} of {n} cases fail:\n{}", failures.len(), failures.join("\n"));
}
