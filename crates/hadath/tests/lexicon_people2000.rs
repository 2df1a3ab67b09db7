//! Office holders of 2000-2009 in `people.tsv`: a person named without a role
//! resolves to the office held on the article's date, a person who held an
//! earlier office resolves to it on an earlier date and to the later one on a
//! later date, and an article without a date gets the latest role.

use crate::common;

use common::{code_on, events};
use hadath::{Article, Document};

/// The source codes of the events of `text` published on `date`.
fn sources(text: &str, date: &str) -> Vec<String> {
    events(&code_on(text, date)).into_iter().filter_map(|(_, s, _)| s).collect()
}

/// The target codes of the events of `text` published on `date`.
fn targets(text: &str, date: &str) -> Vec<String> {
    events(&code_on(text, date)).into_iter().filter_map(|(_, _, t)| t).collect()
}

fn undated(text: &str) -> Document {
    common::pipeline()
        .process(&Article {
            id: "t".into(),
            date: None,
            text: text.into(),
        })
        .expect("process")
}

#[test]
fn a_head_of_government_of_the_decade_is_coded_by_name_alone() {
    let text = "وقال شيراك إن فرنسا لن تشارك في الحرب.";
    assert!(sources(text, "2003-03-10").iter().any(|s| s == "FRAGOV"), "{:?}", sources(text, "2003-03-10"));
    let text = "وانتقد أجاويد الاتحاد الأوروبي بشدة.";
    assert!(sources(text, "2001-06-01").iter().any(|s| s == "TURGOV"), "{:?}", sources(text, "2001-06-01"));
    let text = "واتهم رامسفيلد إيران بدعم المسلحين.";
    assert!(sources(text, "2005-07-01").iter().any(|s| s == "USAGOV"), "{:?}", sources(text, "2005-07-01"));
}

#[test]
fn an_armed_group_leader_of_the_decade_keeps_his_group_code() {
    let text = "وهدد الزرقاوي القوات الأمريكية بهجمات جديدة.";
    let s = sources(text, "2005-02-01");
    assert!(s.iter().any(|c| c == "IMGMOSALQ"), "{s:?}");
}

#[test]
fn a_protest_against_a_named_leader_of_the_decade_has_his_country_as_target() {
    let text = "تظاهر آلاف الطلاب في العاصمة احتجاجا على زيارة رامسفيلد.";
    let t = targets(text, "2004-05-01");
    assert!(t.iter().any(|c| c.starts_with("USA")), "{t:?}");
}

#[test]
fn an_earlier_office_holds_on_an_earlier_date() {
    // Netanyahu: opposition leader 2006-2009, prime minister since
    let text = "وقال نتنياهو إن الحكومة فشلت في حماية الجنوب.";
    let s = sources(text, "2007-05-01");
    assert!(s.iter().any(|c| c == "ISROPP"), "{s:?}");
    let s = sources(text, "2018-05-15");
    assert!(s.iter().any(|c| c == "ISRGOV"), "{s:?}");
    // Moussa: Egypt's foreign minister until 2001, then the Arab League's secretary-general
    let text = "وأكد عمرو موسى أن السلام خيار استراتيجي.";
    let s = sources(text, "2000-10-01");
    assert!(s.iter().any(|c| c == "EGYGOV"), "{s:?}");
    let s = sources(text, "2006-10-01");
    assert!(s.iter().any(|c| c == "IGOARL"), "{s:?}");
}

#[test]
fn a_foreign_minister_who_later_led_an_organisation() {
    // Ban Ki-moon: South Korea's foreign minister 2004-2006, UN secretary-general 2007-2016
    let text = "وقال بان كي مون إن المحادثات ستستأنف الشهر المقبل.";
    let s = sources(text, "2005-09-01");
    assert!(s.iter().any(|c| c == "KORGOV"), "{s:?}");
    let s = sources(text, "2012-09-01");
    assert!(s.iter().any(|c| c == "IGOUNO"), "{s:?}");
}

#[test]
fn the_same_surname_resolves_by_date() {
    // Barnier: French foreign minister 2004-2005, EU Brexit negotiator 2016-2021
    let text = "وقال بارنييه إن المفاوضات وصلت إلى طريق مسدود.";
    let s = sources(text, "2004-10-01");
    assert!(s.iter().any(|c| c == "FRAGOV"), "{s:?}");
    let s = sources(text, "2018-05-15");
    assert!(s.iter().any(|c| c == "IGOEEC"), "{s:?}");
    // Sarkozy: interior minister 2002-2004 and 2005-2007, president
    // 2007-2012: the government's in 2005, a former official (the
    // country's elites) in 2018
    let text = "وقال ساركوزي إن الشرطة ستعيد النظام إلى الضواحي.";
    let s = sources(text, "2005-11-05");
    assert!(s.iter().any(|c| c == "FRAGOV"), "{s:?}");
    let s = sources(text, "2018-05-15");
    assert!(s.iter().any(|c| c == "FRAELI"), "{s:?}");
}

#[test]
fn an_undated_article_gets_the_latest_role() {
    // Abdullah Gül: prime minister, foreign minister, then president until 2014
    let d = undated("وقال عبد الله غل إن تركيا ماضية في الإصلاحات.");
    assert!(events(&d).iter().any(|(_, s, _)| s.as_deref() == Some("TURGOV")), "{:?}", events(&d));
    // Dichter: Shin Bet chief 2000-2005, minister since 2022
    let d = undated("وقال آفي ديختر إن الحكومة ستواصل العمليات.");
    assert!(events(&d).iter().any(|(_, s, _)| s.as_deref() == Some("ISRGOV")), "{:?}", events(&d));
    let d = code_on("وقال آفي ديختر إن الحكومة ستواصل العمليات.", "2003-06-01");
    assert!(events(&d).iter().any(|(_, s, _)| s.as_deref() == Some("ISRSPY")), "{:?}", events(&d));
}
