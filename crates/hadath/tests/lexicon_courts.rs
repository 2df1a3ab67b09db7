//! Court rulings and referrals to trial (CAMEO 116, 173), the feminine dual
//! of nisbas, deaths by gunfire, and spelling variants of organisation names: lexicon entries whose
//! mechanism is a pattern family rather than a single word.

use crate::common;

use common::events;
use hadath::Document;

fn code(text: &str) -> Document {
    common::code_on(text, "2018-05-15")
}

#[test]
fn a_court_rules_a_sentence_against_defendants() {
    for text in [
        "قضت محكمة أردنية بالسجن على ناشطين في القضية.",
        "قضت محكمة أردنية بالحبس على ناشطين.",
        "قضت محكمة أردنية بالإعدام على ناشطين.",
        "حكمت محكمة أردنية بالحبس على ناشطين.",
    ] {
        let d = code(text);
        let want = ("116".to_string(), Some("JORJUD".to_string()), Some("CVL".to_string()));
        assert!(events(&d).contains(&want), "{text}: {:?}", events(&d));
    }
}

#[test]
fn a_referral_to_trial_is_coded_with_its_decider() {
    let d = code("قررت النيابة العامة الأردنية إحالة ثلاثة رجال إلى محكمة الجنايات.");
    assert!(
        events(&d).iter().any(|(c, s, _)| c == "173" && s.as_deref() == Some("JORJUD")),
        "{:?}",
        events(&d)
    );
}

#[test]
fn the_opcw_is_known_in_its_common_spellings() {
    for name in ["الكيميائية", "الكيمياوية", "الكيماوية"] {
        let text = format!("أعلنت منظمة حظر الأسلحة {name} أن خبراءها دخلوا المدينة.");
        let d = code(&text);
        assert!(
            events(&d).iter().any(|(c, s, _)| c == "010" && s.as_deref() == Some("IGO")),
            "{text}: {:?}",
            events(&d)
        );
    }
}

#[test]
fn a_feminine_dual_nisba_gives_its_country() {
    // "two American fighters intercepted two Russian bombers": both duals carry the country
    let d = code("اعترضت مقاتلتان أميركيتان طائرتين قاذفتين روسيتين قبالة ساحل آلاسكا.");
    let want = ("150".to_string(), Some("USAMIL".to_string()), Some("RUSMIL".to_string()));
    assert!(events(&d).contains(&want), "{:?}", events(&d));
}

#[test]
fn met_his_death_by_gunfire_names_the_shooter_as_source() {
    let d = code("ولقي ثلاثة جنود مصريين مصرعهم برصاص مسلحين في سيناء.");
    let want = ("193".to_string(), Some("UAF".to_string()), Some("EGYMIL".to_string()));
    assert!(events(&d).contains(&want), "{:?}", events(&d));
}
