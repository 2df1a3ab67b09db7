//! Lexicon precision and recall, round nine (verb and noun patterns read
//! where they fire on the news): bare "ثورة", "انتفاضة", "حراك" name past
//! uprisings and movements, not a protest that happens; what is prepared
//! for ("استعدادا ل", "استعدادات ل") and a summit still ahead ("القمة
//! المرتقبة") has not happened; a verbal or economic "attack" is no use of
//! force; pressure one faces ("تواجه ميركل ضغوطا") has the subject as its
//! target; "أصر على أن" with a statement is a statement; the adjective
//! "قاطعا" is no boycott; "امتنع" is a refusal only with "عن"; demands and
//! seizures read from their literal words ("طالب بإعادة بناء", "تحفظ على
//! أموال"); "التزم بالتهدئة" is a ceasefire; "توجه ... ضربات إلى" strikes.

use crate::common;

use common::{code_on, events, has_event};
use hadath::Document;

fn code(text: &str) -> Document {
    code_on(text, "2018-05-15")
}

fn no_code(doc: &Document, code: &str) -> bool {
    doc.events.iter().all(|e| e.code != code)
}

fn no_root(doc: &Document, root: &str) -> bool {
    doc.events.iter().all(|e| e.root != root)
}

#[test]
fn past_uprisings_and_movements_are_no_protest() {
    let d = code("وواجهت إسرائيل في 1987 أطول ثورة للشباب الفلسطيني.");
    assert!(no_root(&d, "14"), "{:?}", events(&d));
    let d = code("ويحظى مادورو بتأييد قوي من أنصار الثورة البوليفارية في فنزويلا.");
    assert!(no_root(&d, "14"), "{:?}", events(&d));
    let d = code("وتحول ناصر الزفزافي إلى رمز للحراك في منطقة الريف المغربية.");
    assert!(no_root(&d, "14"), "{:?}", events(&d));
    // a demonstration is still one
    let d = code("وخرج آلاف المتظاهرين في مظاهرات ضد الحكومة الأردنية في عمان.");
    assert!(has_event(&d, "141", Some("CVL"), Some("JORGOV")), "{:?}", events(&d));
}

#[test]
fn what_is_prepared_for_has_not_happened() {
    let d = code("وتجري الكوريتان استعدادات لعقد قمة بين كيم ومون.");
    assert!(no_code(&d, "040"), "{:?}", events(&d));
    // "استعدادا ل" is "in preparation for", no expressed readiness
    let d = code("وحشدت تركيا قواتها على الحدود استعدادا لشن هجوم على عفرين.");
    assert!(no_code(&d, "030") && no_root(&d, "19"), "{:?}", events(&d));
    assert!(d.events.iter().any(|e| e.code == "154"), "{:?}", events(&d));
}

#[test]
fn a_summit_still_ahead_is_no_meeting() {
    let d = code("وبات ينظر إلى القمة المرتقبة بين ترامب والزعيم الكوري الشمالي كيم جونغ أون على أنها ستكون أكثر ودا.");
    assert!(no_code(&d, "040"), "{:?}", events(&d));
    let d = code("ويأتي ذلك قبل قمة تاريخية مرتقبة بين الرئيس الأمريكي دونالد ترامب وزعيم كوريا الشمالية كيم جونغ أون.");
    assert!(no_code(&d, "040"), "{:?}", events(&d));
    let d = code("وعقد الرئيس الروسي قمة مع الرئيس الأمريكي في هلسنكي.");
    assert!(has_event(&d, "040", Some("RUSGOV"), Some("USAGOV")), "{:?}", events(&d));
}

#[test]
fn a_verbal_attack_is_criticism_and_an_economic_one_no_force() {
    let d = code("وزاد ترامب من هجماته الكلامية على منظمة أوبك.");
    assert!(no_root(&d, "19") && d.events.iter().any(|e| e.code == "111"), "{:?}", events(&d));
    let d = code("وقال أردوغان إن تركيا تعاني من هجمات اقتصادية من قبل الولايات المتحدة.");
    assert!(no_root(&d, "19"), "{:?}", events(&d));
}

#[test]
fn pressure_faced_has_the_subject_as_target() {
    let d = code("وتواجه المستشارة الألمانية أنغيلا ميركل ضغوطا من الولايات المتحدة.");
    assert!(has_event(&d, "170", Some("USA"), Some("DEUGOV")), "{:?}", events(&d));
    assert!(d.events.iter().all(|e| e.source.as_deref() != Some("DEUGOV")), "{:?}", events(&d));
}

#[test]
fn insisting_that_something_is_so_is_a_statement() {
    let d = code("وتصر البحرين على أن محاكماتها للمعارضين مستقلة وشفافة.");
    assert!(has_event(&d, "010", Some("BHR"), None) && no_code(&d, "100"), "{:?}", events(&d));
    // insisting that something be done is a demand
    let d = code("ويصر رئيس حكومة الوفاق الليبية فائز السراج على أن تكون قيادة الجيش خاضعة للحكومة.");
    assert!(d.events.iter().any(|e| e.code == "100"), "{:?}", events(&d));
}

#[test]
fn conclusive_is_no_boycott() {
    let d = code("وقال نتنياهو إن هذه الوثائق تشكل \"دليلا جديدا قاطعا على البرنامج النووي الذي تخفيه إيران\".");
    assert!(no_root(&d, "14"), "{:?}", events(&d));
}

#[test]
fn refraining_is_a_refusal_only_with_an() {
    let d = code("وامتنعت روسيا والصين عن التصويت، وامتنعت فرنسا كذلك.");
    assert!(no_code(&d, "120"), "{:?}", events(&d));
    let d = code("وامتنعت الخارجية الصينية عن التطرق إلى القرار الإيراني.");
    assert!(
        d.events.iter().any(|e| e.code == "011" && e.source.as_deref() == Some("CHNGOV")) && no_code(&d, "120"),
        "{:?}",
        events(&d)
    );
}

#[test]
fn demands_and_seizures_by_their_literal_words() {
    let d = code("وطالب ائتلاف الوطنية بقيادة إياد علاوي بإعادة الانتخابات التي جرت السبت.");
    assert!(d.events.iter().any(|e| e.code == "1044") && no_code(&d, "1053"), "{:?}", events(&d));
    let d = code("وطالب الصدر العراقيين بإعادة بناء بلادهم.");
    assert!(no_code(&d, "1053"), "{:?}", events(&d));
    let d = code("وتحفظت السلطات المصرية على أموال لاعب كرة القدم السابق.");
    assert!(has_event(&d, "1711", Some("EGYGOV"), None) && no_code(&d, "120"), "{:?}", events(&d));
}

#[test]
fn keeping_the_lull_is_a_ceasefire() {
    let d = code("والتزمت حركة حماس بالتهدئة مع إسرائيل.");
    assert!(has_event(&d, "0871", Some("PSEREBHMS"), Some("ISR")), "{:?}", events(&d));
}

#[test]
fn dealing_strikes_is_no_visit() {
    let d = code("وتوجه الطائرات الحربية التركية بانتظام ضربات إلى حزب العمال الكردستاني في شمال العراق.");
    assert!(no_code(&d, "042") && d.events.iter().any(|e| e.root == "19"), "{:?}", events(&d));
}
