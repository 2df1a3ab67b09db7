//! Word-level functions that need only a string, a pattern or an actor.

use crate::lexicon::{Pattern, TargetMarker};
use crate::mentions::Actor;

/// "ألا" written with hamza above is أن + لا, a negation ("نأمل ألا تدعم");
/// written إلا it is "except". Folding merges them, so the written form decides.
/// (Read without copying the word: it is asked of most words before a trigger.)
pub(super) fn is_written_alla(raw: &str) -> bool {
    let mut letters = raw.chars().filter(|&c| crate::text::fold_char(c).is_some()).peekable();
    // a conjunction or a preposition before it ("وألا", "بألا")
    if matches!(letters.peek(), Some('و' | 'ف' | 'ب')) {
        letters.next();
    }
    letters.eq("ألا".chars())
}

/// Whether a text word (a reading's key) is the pattern's literal word, up to
/// the inflections a literal written in the singular takes: dual and plural
/// endings (اتفاقية / اتفاقيتين / اتفاقيات) and a pronoun suffix (قلقه).
pub(super) fn literal_matches(key: &str, lit: &str) -> bool {
    let stem = lit.strip_suffix('ه').map(|s| (s, true)).unwrap_or((lit, false));
    // every way of matching below begins with the stem: most words are
    // ruled out by their first letters
    if !key.starts_with(stem.0) {
        return false;
    }
    if key == lit || strip_pronoun(key) == Some(lit) {
        return true;
    }
    let Some(rest) = key.strip_prefix(stem.0) else { return false };
    let endings: &[&str] = if stem.1 {
        &["تين", "تان", "تا", "تي", "ات", "ته", "تها", "تهم"]
    } else {
        &["ين", "ان", "ا", "ات", "ون"]
    };
    endings.contains(&rest)
}

/// A perfect verb vocalised as a passive: a damma on its first letter
/// ("قُتل", "اعتُقل" has it on the second after the prefix; both count).
pub(super) fn vocalised_passive(raw: &str) -> bool {
    let w = raw.strip_prefix('و').or_else(|| raw.strip_prefix('ف')).unwrap_or(raw);
    let mut letters = 0;
    for c in w.chars() {
        if c == '\u{064F}' {
            return letters <= 3;
        }
        if crate::text::fold_char(c).is_some() {
            letters += 1;
            if letters > 3 {
                return false;
            }
        }
    }
    false
}

/// A country acting on itself, which is a linking error (its people,
/// forces and government act on each other: "IRQCVL" on "IRQGOV").
pub(super) fn acts_on_itself(source: Option<&str>, target: Option<&str>) -> bool {
    source.zip(target).is_some_and(|(s, t)| s == t)
}

/// The 3ms perfect of a verb ending in ى whose stem, before an object
/// pronoun, ends in ا: "أجراه" -> "اجري", "استدعاها" -> "استدعي".
pub(super) fn final_ya(stem: &str) -> Option<String> {
    stem.strip_suffix('ا').map(|base| format!("{base}ي"))
}

/// Whether a verb pattern's passive is spelt as its active when
/// unvocalised: a verb of three letters ("قتل" / "قُتل") or of the form
/// افتعل ("اعتقل" / "اعتُقل"); not "هاجم" / "هوجم" nor "أصاب" / "أصيب".
/// (The verb is read from the pattern's rule, "verbs.tsv:LINE verb ...",
/// which the lexicon writes so.)
pub(super) fn unmarked_passive(p: &Pattern) -> bool {
    let Some(verb) = pattern_verb(p) else { return false };
    let letters: Vec<char> = verb.chars().collect();
    letters.len() == 3 || (letters.len() == 5 && letters[0] == 'ا' && matches!(letters[2], 'ت' | 'ط' | 'د'))
}

/// Whether the pattern's verb is of the fourth form (أفعل, four letters
/// from ا: "أجبر", "أوقف"), whose passive perfect is spelt as its active
/// too ("أُجبر").
pub(super) fn fourth_form(p: &Pattern) -> bool {
    pattern_verb(p).is_some_and(|v| v.chars().count() == 4 && v.starts_with('ا'))
}

/// "أي", "أية" (any), with ب or ل, folded and without its conjunction: the
/// event noun after it is no act that took place.
pub(super) fn is_any_word(w: &str) -> bool {
    matches!(w, "اي" | "لاي" | "باي" | "ايه" | "لايه" | "بايه")
}

/// "أحد", "إحدى" (one of), folded and without its conjunction.
pub(super) fn is_one_of(w: &str) -> bool {
    matches!(w, "احد" | "احدي")
}

/// A word that opens a clause of time, place or manner (folded, without
/// its conjunction): "عندما", "بينما", "حيث", "بعد" ...; no actor before it
/// belongs to the clause after it, nor an act before it to a verb after it.
pub(super) fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "عندما" | "حينما" | "حين" | "بينما" | "فيما" | "حيث" | "كما" | "اذ" | "لما" | "بعدما" | "قبل" | "بعد" | "منذ" | "ثم"
    )
}

/// Whether `w` (folded, without its conjunction) is the perfect of the
/// pattern's verb when that perfect spells its passive otherwise, so that
/// the word can only be active: a verb of the third form (فاعل: "هاجم",
/// "حاصر"; passive "هوجم") or a hollow verb, whose long alef becomes ي in
/// the passive ("اغتال", "اجتاح", "اقتاد": "اغتيل", "اجتيح"; "قاد":
/// "قيد"). Its imperfect, with a prefix, is not ("يحاكم", "يغتال" are
/// also their passives).
pub(super) fn active_perfect(p: &Pattern, w: &str) -> bool {
    pattern_verb(p).is_some_and(|v| {
        let letters: Vec<char> = v.chars().collect();
        let third_form = letters.len() == 4 && letters[1] == 'ا';
        let hollow = (letters.len() == 3 && letters[1] == 'ا') || (letters.len() == 5 && letters[0] == 'ا' && letters[3] == 'ا');
        (third_form || hollow) && w.starts_with(letters[0])
    })
}

/// The word after the clitic preposition ب or ل of `w` (folded, after an
/// optional و), when three letters or more remain and they do not begin
/// with ل (the article after ل, "للحكومة"): "بدعم" gives "دعم".
pub(super) fn clitic_preposition_noun(w: &str) -> Option<&str> {
    let w = strip_conj(w);
    w.strip_prefix('ب')
        .or_else(|| w.strip_prefix('ل'))
        .filter(|rest| rest.chars().count() >= 3 && !rest.starts_with('ل'))
}

/// A masdar that, with بـ and no article, is an adverb of manner
/// ("بشدة", "بقوة"), not a noun in the construct; as folded, without the
/// preposition.
pub(super) fn is_manner_masdar(rest: &str) -> bool {
    matches!(rest, "شده" | "قوه" | "سرعه" | "حده" | "صراحه" | "دقه" | "جديه" | "حريه" | "شجاعه" | "كثافه")
}

/// A noun with the preposition بـ attached ("برحيل", "بالإفراج"), not one
/// of the words that merely begin with its letter ("بين", "بعد") nor a
/// compound preposition ("بسبب", "بشأن").
pub(super) fn clitic_b_noun(w: &str) -> bool {
    let w = strip_conj(w);
    w.chars().count() >= 4
        && w.starts_with('ب')
        && !matches!(
            w,
            "بسبب"
                | "بشان"
                | "بحسب"
                | "بفعل"
                | "بدون"
                | "بعض"
                | "بعدما"
                | "بينما"
                | "بينهم"
                | "بينها"
                | "بيان"
                | "بيانا"
                | "بلاده"
                | "بلادها"
                | "بلدان"
        )
}

/// Attached pronouns of a noun, verb or preposition, longest first.
pub(super) const PRONOUN_SUFFIXES: [&str; 6] = ["هما", "هم", "ها", "ه", "نا", "كم"];

/// The word without a possessive or object pronoun suffix, if it has one.
pub(super) fn strip_pronoun(w: &str) -> Option<&str> {
    PRONOUN_SUFFIXES.iter().find_map(|s| w.strip_suffix(s)).filter(|r| r.chars().count() >= 3)
}

/// Whether `p` is an act of force (roots 18 to 20: assault, fight, mass
/// violence).
pub(super) fn force_root(p: &Pattern) -> bool {
    p.code.as_deref().and_then(|c| c.get(..2)).is_some_and(|r| ("18".."21").contains(&r))
}

/// Whether `p` is an act of coercion or force (CAMEO roots 17 to 20).
pub(super) fn coercion_root(p: &Pattern) -> bool {
    p.code.as_deref().and_then(|c| c.get(..2)).is_some_and(|r| ("17".."21").contains(&r))
}

/// Whether `p` is a verb of coercion or force whose passive is spelt as its
/// active ("قتل" / "قُتل").
pub(super) fn unmarked_force(p: &Pattern) -> bool {
    coercion_root(p) && unmarked_passive(p)
}

/// Whether the event noun of `p` takes its object directly, or with the ل
/// that marks a masdar's object ("قتل", "اغتيال", "احتجاز"): not one whose
/// object follows another preposition ("هجوم على").
pub(super) fn takes_direct_object(p: &Pattern) -> bool {
    p.targets.is_empty()
        || p.targets
            .iter()
            .any(|m| matches!(m, TargetMarker::Object) || matches!(m, TargetMarker::Prep(w) if w == "ل"))
}

/// Verbs of reproach (11), refusal (12) and praise (051): the act they
/// take is someone else's ("ندد بالاعتقال", "رحب بالاتفاق").
pub(super) fn judges_others(p: &Pattern) -> bool {
    p.code
        .as_deref()
        .is_some_and(|c| c.starts_with("11") || c.starts_with("12") || c.starts_with("051"))
}

/// Whether `kana` is a form of the auxiliary كان that agrees with the
/// relative pronoun `rel` before it ("الذين كانوا", "التي كانت"), so that
/// the clause's subject is the antecedent ("الأشخاص الذين كانت تحتجزهم" has
/// another subject).
pub(super) fn kana_agrees(rel: &str, kana: &str) -> bool {
    let forms: &[&str] = match strip_conj(rel) {
        "الذي" => &["كان", "يكون"],
        "التي" => &["كانت", "تكون"],
        "الذين" => &["كانوا", "يكونون"],
        "اللذين" | "اللذان" => &["كانا", "يكونان"],
        "اللتين" | "اللتان" => &["كانتا", "تكونان"],
        _ => return false,
    };
    forms.contains(&kana)
}

/// An organisation of public life that bears no arms, named as such: a
/// court, a medium, a party, a parliament, an international or
/// non-governmental body ("المحكمة الجنائية الدولية", "الصحافة
/// الأمريكية"); never a state alone or a force.
pub(super) fn unarmed_body(a: &Actor) -> bool {
    a.kind != crate::mentions::PER
        && a.code.as_deref().is_some_and(|c| {
            c.len() > 3
                && !code_sectors(c).any(|x| matches!(x, "MIL" | "REB" | "UAF" | "CRM" | "SPY" | "COP" | "INS" | "SEP"))
                && code_sectors(c).any(|x| matches!(x, "JUD" | "MED" | "PTY" | "LEG" | "IGO" | "NGO" | "HRI" | "EDU"))
        })
}

/// The three-letter parts of a CAMEO actor code, at most three: "IRQGOV"
/// is IRQ and GOV.
pub(super) fn code_sectors(c: &str) -> impl Iterator<Item = &str> {
    [c.get(..3), c.get(3..6), c.get(6..9)].into_iter().flatten()
}

/// An adverb of time or cause, or a word of topic, that governs a
/// genitive noun ("أثناء", "خلال", "بعد", "منذ", "بسبب", "بشأن", "إزاء"
/// ...): the word after it is a noun ("بسبب رفضها الإفراج" is Turkey's
/// refusal, not a verb with an object pronoun).
pub(super) fn is_genitive_adverb(w: &str) -> bool {
    matches!(
        w,
        "اثناء"
            | "خلال"
            | "عقب"
            | "اثر"
            | "جراء"
            | "قبيل"
            | "ابان"
            | "منذ"
            | "بعد"
            | "قبل"
            | "عند"
            | "فور"
            | "بعيد"
            | "بسبب"
            | "بشان"
            | "نتيجه"
            | "بفعل"
            | "بحجه"
            | "بذريعه"
            | "ازاء"
            | "حيال"
            | "بخصوص"
    )
}

/// Masdars of going on or taking up again ("استمرار", "مواصلة",
/// "استئناف"), folded, without the conjunction: the word after one is its
/// genitive, never a verb ("استمرار حبس القس" is the pastor's continued
/// detention, not the pastor detaining).
pub(super) fn is_continuation_masdar(w: &str) -> bool {
    matches!(w, "استمرار" | "مواصله" | "استئناف" | "استيناف")
}

/// A word of direction after which an act of force names what it is aimed
/// at: "أطلقت قذائف باتجاه إسرائيل".
pub(super) fn is_direction(w: &str) -> bool {
    matches!(strip_conj(w), "باتجاه" | "اتجاه" | "نحو" | "صوب")
}

/// A كان that opens a sentence and has a singular subject after it, with
/// its conjunction: "وكان الرئيس الأمريكي ...، توعد", "وكانت الحكومة قد".
pub(super) fn is_opening_kana(folded: &str) -> bool {
    matches!(folded, "كان" | "وكان" | "فكان" | "كانت" | "وكانت" | "فكانت")
}

/// A form of كان (was), the conjunction stripped: "وكانت قد حثت".
pub(super) fn is_kana(w: &str) -> bool {
    matches!(
        w,
        "كان"
            | "كانت"
            | "كانوا"
            | "كانا"
            | "كانتا"
            | "كن"
            | "كنت"
            | "كنا"
            | "يكون"
            | "تكون"
            | "يكونون"
            | "سيكون"
            | "ستكون"
            | "فكان"
            | "فكانت"
    )
}

/// A verb of being or becoming in the singular (كان and its sisters),
/// with or without the conjunction: its predicate is an accusative
/// adjective or noun, "ظل حذرا", "باتت تحاصر" (folded).
pub(super) fn is_copula(w: &str) -> bool {
    matches!(
        strip_conj(w),
        "كان"
            | "كانت"
            | "يكون"
            | "تكون"
            | "ظل"
            | "ظلت"
            | "يظل"
            | "تظل"
            | "بقي"
            | "بقيت"
            | "يبقي"
            | "تبقي"
            | "اصبح"
            | "اصبحت"
            | "يصبح"
            | "تصبح"
            | "صار"
            | "صارت"
            | "يصير"
            | "تصير"
            | "بات"
            | "باتت"
            | "يبات"
            | "تبات"
            | "اضحي"
            | "اضحت"
            | "امسي"
            | "امست"
            | "زال"
            | "زالت"
            | "يزال"
            | "تزال"
    )
}

/// A relative pronoun, with or without the conjunction.
pub(super) fn is_relative(w: &str) -> bool {
    matches!(strip_conj(w), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللذان" | "اللتان")
}

/// Whether a verb pattern is a verb of the fifth form (تفعّل: "تحمل
/// المسؤولية", "تبنى الهجوم") whose literal words, a noun, are its object.
/// Its perfect is spelt as the imperfect of the second form (تحمّل / تُحمِّل),
/// which takes an object besides.
pub(super) fn fifth_form_with_object(p: &Pattern) -> bool {
    // (not a literal with a clitic preposition, "تعهد بإرسال", "تعرض لهجوم";
    // nor a verb ending in ى, whose noun with a pronoun is spelt as the verb
    // with it once folded: "تبنيها الهجوم" is her claiming the attack)
    pattern_verb(p).is_some_and(|v| v.starts_with('ت') && v.chars().count() == 4 && !v.ends_with(['ى', 'ي']))
        && p.literals
            .first()
            .is_some_and(|w| !crate::mentions::is_preposition(w) && !w.starts_with(['ب', 'ل']))
}

/// Whether a verb pattern's first literal word is a noun that a verb
/// carrying an object pronoun cannot take besides it ("قدم أسلحة", "نشر
/// قوات"): not a line flagged `with_pronoun`, nor a preposition or a word
/// with a clitic one ("زود بالأسلحة"), nor an adverb in ا ("دعم عسكريا").
///
/// (Nor a verb of the fifth form ending in ى, whose masdar with a
/// possessive is spelt as the verb with an object pronoun, and takes an
/// object: "تبنيها الهجوم" is her claiming the attack.)
pub(super) fn object_besides_pronoun(p: &Pattern) -> bool {
    !p.flags.with_pronoun
        && !pattern_verb(p).is_some_and(|v| v.starts_with('ت') && v.ends_with(['ى', 'ي']))
        && p.literals
            .first()
            .is_some_and(|w| !crate::mentions::is_preposition(w) && !w.starts_with(['ب', 'ل', 'ك']) && !w.ends_with('ا'))
}

/// Whether a verb pattern is a verb of the seventh form (انفعل: انفجر,
/// اندلع), which takes no object, followed by a noun among its literal
/// words: that noun is its subject ("انفجرت عبوة ناسفة"), and the verb
/// has no other, named before it or left to its inflection. (A verb of the
/// eighth form of a root that opens with ن, "انتهك", is spelt انت...)
pub(super) fn intransitive_with_noun(p: &Pattern) -> bool {
    let Some(verb) = pattern_verb(p) else { return false };
    let mut letters = verb.chars();
    let form_vii = verb.chars().count() == 5 && letters.next() == Some('ا') && letters.next() == Some('ن') && letters.next() != Some('ت');
    form_vii && p.literals.first().is_some_and(|w| !crate::mentions::is_preposition(w))
}

/// A preposition of topic (folded, without its conjunction): what follows
/// is what an act is about, not who does it ("قلق الوزير حول الهجوم",
/// "تحقيق بشأن خاشقجي").
pub(super) fn is_topic_word(w: &str) -> bool {
    matches!(w, "بشان" | "حول" | "ازاء" | "تجاه" | "بخصوص")
}

/// Whether the pronoun suffixed to `w` agrees with the relative pronoun
/// `rel` and so may take its antecedent back: الذي with ه, التي with ها,
/// الذين with هم, the duals with هما ("الحكومة التي تدعمها",
/// "الرئيس الذي التقاه"; not "التي ... لهم").
pub(super) fn resumes(rel: &str, w: &str) -> bool {
    let w = strip_conj(w);
    match strip_conj(rel) {
        "الذي" => w.ends_with('ه'),
        "التي" => w.ends_with("ها"),
        "الذين" => w.ends_with("هم"),
        _ => w.ends_with("هما"),
    }
}

/// Adverbs of place that head a construct ("قرب مبنى الوزارة", "وسط
/// الحشود"), with or without the conjunction.
pub(super) fn is_place_adverb(w: &str) -> bool {
    let adverb = |w: &str| {
        matches!(
            w,
            "قرب"
                | "امام"
                | "خلف"
                | "داخل"
                | "خارج"
                | "عند"
                | "نحو"
                | "حول"
                | "تحت"
                | "فوق"
                | "وسط"
                | "قباله"
                | "جنوب"
                | "شمال"
                | "شرق"
                | "غرب"
                | "بالقرب"
        )
    };
    adverb(w) || adverb(strip_conj(w))
}

/// Words of sequence or circumstance that govern an event noun: "بعد",
/// "عقب", "إثر", "جراء", "(في) ظل", "(في) أعقاب", "(في) خضم" (folded,
/// without the conjunction). Not "بسبب": who is blamed or punished
/// "because of" an act mostly did it ("طرد دبلوماسيين روس بسبب هجوم").
pub(super) fn is_cause_word(w: &str) -> bool {
    matches!(w, "بعد" | "عقب" | "اثر" | "جراء" | "ظل" | "اعقاب" | "خضم")
}

/// Nouns of reports and claims ("تقارير", "أنباء", "معلومات", "مزاعم"),
/// folded, without the conjunction, with or without the article: an event
/// noun after one and عن is what the report is about, and the actor before
/// them did not do it.
pub(super) fn is_report_noun(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    // (also in the accusative with its tanwin's alif: "نقلت أخباراً عن")
    is_report_noun_stem(w) || w.strip_suffix('ا').is_some_and(is_report_noun_stem)
}

fn is_report_noun_stem(w: &str) -> bool {
    matches!(
        w,
        "تقارير"
            | "تقرير"
            | "انباء"
            | "نبا"
            | "معلومات"
            | "اخبار"
            | "خبر"
            | "شائعات"
            | "روايات"
            | "تسريبات"
            | "ادعاءات"
            | "مزاعم"
    )
}

/// Verbs and masdars of answering or resisting an act ("تصدت",
/// "تصدي", "رد", "صد"), folded, without the conjunction: the one who does
/// them answers the act of force named after ل or على, and did not do it.
pub(super) fn is_response_word(w: &str) -> bool {
    matches!(
        w,
        "تصدي" | "تصدت" | "يتصدي" | "تتصدي" | "التصدي" | "رد" | "ردت" | "ردا" | "يرد" | "ترد" | "صد" | "صدت" | "يصد" | "تصد"
    )
}

/// Indefinite nouns of weapons that do what a verb after them says
/// ("صاروخا استهدف", "قذائف سقطت"), folded, without the conjunction.
pub(super) fn is_weapon(w: &str) -> bool {
    matches!(
        w,
        "صاروخ"
            | "صاروخا"
            | "صاروخان"
            | "صاروخين"
            | "صواريخ"
            | "قذيفه"
            | "قذيفتان"
            | "قذيفتين"
            | "قذائف"
            | "طائره"
            | "طائرات"
            | "مسيره"
            | "مسيرات"
            | "عبوه"
            | "عبوات"
            | "عبوتين"
            | "عبوتان"
            | "قنبله"
            | "قنابل"
            | "لغم"
            | "الغام"
    )
}

/// A measure of a state or a body, aimed at someone without force:
/// sanctions, tariffs, taxes, restrictions, a decision, a law (a reading's
/// key, with or without the article; folded).
pub(super) fn is_measure_noun(w: &str) -> bool {
    matches!(
        w.strip_prefix("ال").unwrap_or(w),
        "عقوبات"
            | "عقوبه"
            | "رسوم"
            | "تعريفات"
            | "تعريفه"
            | "تعرفه"
            | "ضرائب"
            | "ضريبه"
            | "قيود"
            | "اجراءات"
            | "اجراء"
            | "تدابير"
            | "قرار"
            | "قرارات"
            | "قانون"
            | "قوانين"
    )
}

/// A verb of ability or will that takes أن and a verb ("نستطيع أن",
/// "يريد أن", "يمكن أن"), without the conjunction; folded.
pub(super) fn is_ability_verb(w: &str) -> bool {
    matches!(
        w,
        "يستطيع"
            | "تستطيع"
            | "نستطيع"
            | "استطيع"
            | "يستطيعون"
            | "يمكن"
            | "يمكنه"
            | "يمكنها"
            | "يمكننا"
            | "يمكنهم"
            | "يريد"
            | "تريد"
            | "نريد"
            | "اريد"
            | "يريدون"
            | "يود"
            | "تود"
            | "نود"
            | "ينوي"
            | "تنوي"
            | "ننوي"
            | "يعتزم"
            | "تعتزم"
            | "نعتزم"
            | "يحق"
    )
}

/// An occasion that a place hosts and no one visits: a tournament, games,
/// a match, a race, a festival, an exhibition (a reading's key, with or
/// without the article; folded).
pub(super) fn is_occasion_noun(w: &str) -> bool {
    matches!(
        w.strip_prefix("ال").unwrap_or(w),
        "بطوله" | "بطولات" | "كاس" | "مونديال" | "اولمبياد" | "العاب" | "مباراه" | "مباريات" | "سباق" | "مهرجان" | "معرض"
    )
}

/// An adjective that says what a weapon is: "عبوة ناسفة", "سيارة مفخخة"
/// (folded).
pub(super) fn is_weapon_adjective(w: &str) -> bool {
    matches!(
        w,
        "ناسفه" | "ناسفتان" | "ناسفتين" | "ناسفات" | "مفخخه" | "مفخخات" | "مفخختين" | "مفخخ" | "موقوته"
    )
}

/// Nouns of places and belongings that head a construct: "مواقع
/// الميليشيات", "مقر الحزب", "منزل الوزير", "حساب النائب". After an act of
/// force the construct is what was struck, and its owner no doer (with or
/// without the conjunction; folded).
pub(super) fn is_property_head(w: &str) -> bool {
    matches!(
        strip_conj(w),
        "مقر"
            | "مقرات"
            | "مقار"
            | "موقع"
            | "مواقع"
            | "تجمع"
            | "تجمعات"
            | "مكتب"
            | "مكاتب"
            | "منزل"
            | "منازل"
            | "بيت"
            | "بيوت"
            | "مركز"
            | "مراكز"
            | "حساب"
            | "حسابات"
            | "ارض"
            | "اراضي"
            | "ممتلكات"
            | "معسكر"
            | "معسكرات"
            | "مخزن"
            | "مخازن"
            | "مستودع"
            | "مستودعات"
            | "تحصينات"
            | "معقل"
            | "معاقل"
            | "مخيم"
            | "مخيمات"
            | "ثكنه"
            | "ثكنات"
            | "منشات"
            | "اهداف"
    )
}

/// Nouns of what is endangered, heading a construct: "حياة المدنيين",
/// "أرواح الأبرياء", "أمن المنطقة", "سلامة السكان", "مصالح الولايات المتحدة".
/// After a threat or an act of force the construct is what is put at risk,
/// and its owner no doer (with or without the conjunction; folded).
pub(super) fn is_endangered_head(w: &str) -> bool {
    matches!(strip_conj(w), "حياه" | "ارواح" | "امن" | "سلامه" | "مصالح" | "استقرار" | "مستقبل" | "سياده")
}

/// A word of charge or accusation (folded, with its conjunction and a clitic
/// ب or ل): "بتهمة", "تهم", "المتهم", "متهما", "اتهامات". An event noun after
/// one is alleged.
pub(super) fn is_charge_word(w: &str) -> bool {
    let w = strip_conj(w);
    let w = w
        .strip_prefix('ب')
        .or_else(|| w.strip_prefix('ل'))
        .filter(|r| r.starts_with("ته") || r.starts_with("ات") || r.starts_with("الا") || r.starts_with("الم"))
        .unwrap_or(w);
    matches!(
        w,
        "تهمه"
            | "تهم"
            | "المتهم"
            | "المتهمه"
            | "المتهمين"
            | "المتهمون"
            | "المتهمان"
            | "متهم"
            | "متهما"
            | "متهمه"
            | "متهمين"
            | "متهمون"
            | "متهمان"
            | "متهمتين"
            | "متهمتان"
            | "اتهام"
            | "اتهامات"
            | "الاتهامات"
    )
}

/// Nouns of a norm that heads a construct: "قانون الأمم المتحدة",
/// "قرارات مجلس الأمن", "سيادة لبنان", "أجواء سوريا". After a violation
/// the construct is what was violated, and its owner no violator (with or
/// without the conjunction, the article and a clitic ل; folded).
pub(super) fn is_norm_head(w: &str) -> bool {
    let w = strip_conj(w);
    let w = w.strip_prefix("لل").or_else(|| w.strip_prefix('ل')).unwrap_or(w);
    matches!(
        crate::text::strip_article(w),
        "قانون"
            | "قوانين"
            | "دستور"
            | "دساتير"
            | "قرار"
            | "قرارات"
            | "ميثاق"
            | "اتفاق"
            | "اتفاقيه"
            | "اتفاقيات"
            | "اتفاقات"
            | "معاهده"
            | "سياده"
            | "اجواء"
            | "مجال"
            | "اراضي"
            | "حدود"
            | "حقوق"
            | "مبادئ"
            | "التزامات"
            | "تعهدات"
            | "هدنه"
    )
}

/// The verb of a verb line, folded: the first word after the line number
/// of its rule (`verbs.tsv:2525 قتل` gives "قتل"), folded when the lexicon
/// was loaded.
pub(super) fn pattern_verb(p: &Pattern) -> Option<&str> {
    p.verb.as_deref()
}

/// Whether a word is a sound masculine plural or a nisba dual in the oblique
/// case ("صحفيين", "المسلحين", "والحوثيين"): a word in -يين, or a
/// participle (م...ين) of five letters or more. Singulars in -ين ("أمين",
/// "البحرين", "بوتين") are neither.
pub(super) fn oblique_plural(w: &str) -> bool {
    let w = crate::text::strip_article(strip_conj(w));
    let w = w.strip_prefix("لل").unwrap_or(w);
    w.ends_with("يين") || (w.starts_with('م') && w.ends_with("ين") && w.chars().count() >= 5)
}

/// A noun without the article in the indefinite accusative, written with
/// its tanwin's alif ("جاسوسا", "سفيرا", "جنديا"), not a plural or a
/// loanword that ends in its own alif ("رعايا", "ضحايا", "ميليشيا",
/// "مافيا").
pub(super) fn accusative_singular(w: &str) -> bool {
    let w = strip_conj(w);
    crate::mentions::indefinite_accusative(w) && !w.ends_with("شيا") && !w.ends_with("فيا")
}

pub(super) fn strip_conj(w: &str) -> &str {
    w.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(w)
}

/// Whether an event of this code is recorded without a target when none is
/// named: statements, appeals, intents and rejections voice the source's own
/// stance, and protest and force happen whoever they hit; praising, meeting,
/// giving, demanding or accusing are done to someone, and without that
/// someone the event is too uncertain to keep.
pub(super) fn stands_alone(code: &str) -> bool {
    matches!(code.get(..2), Some("01" | "02" | "03" | "09" | "12")) || code >= "14"
}

/// A future or intended action becomes an intent: cooperation (04-08) an
/// expressed intent (03x), force (15-20) a threat (13x).
pub fn intent_code(code: &str) -> String {
    match code.get(..2).unwrap_or("") {
        "04" => "036",
        "05" => "030",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        "16" | "17" => "130",
        "15" | "18" | "19" | "20" => "138",
        _ => code,
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::is_written_alla;

    /// The reading of "ألا" it replaced, which copied the word's letters.
    fn by_copy(raw: &str) -> bool {
        let letters: String = raw.chars().filter(|&c| crate::text::fold_char(c).is_some()).collect();
        let w = letters
            .strip_prefix('و')
            .or_else(|| letters.strip_prefix('ف'))
            .or_else(|| letters.strip_prefix('ب'))
            .unwrap_or(&letters);
        w == "ألا"
    }

    #[test]
    fn alla_is_read_as_written() {
        let yes = ["ألا", "وألا", "فألا", "بألا", "ألّا", "أَلَّا", "وَأَلّا"];
        let no = ["إلا", "الا", "وإلا", "كألا", "ووألا", "ألان", "أل", "لا", "", "ألاّن", "تدعم"];
        for w in yes {
            assert!(is_written_alla(w), "{w}");
        }
        for w in no {
            assert!(!is_written_alla(w), "{w}");
        }
        for w in yes.iter().chain(&no) {
            assert_eq!(is_written_alla(w), by_copy(w), "{w}");
        }
    }
}
