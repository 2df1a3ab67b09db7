//! The dictionaries: loading the TSV files under `lexicon/` and compiling
//! them once into lookup structures.
//!
//! Names, role nouns, particles and date words go into one [`PhraseIndex`], a
//! trie over folded words, so that the text is scanned once, token by token,
//! whatever the number of entries. Verbs are compiled into a table of every
//! conjugated form the coder accepts, and event nouns into a table of their
//! forms. The CAMEO codebook is a table from code to name, Goldstein value,
//! quad class and PLOVER type.

pub mod check;
mod phrase;
mod tsv;
mod variants;

pub use phrase::{PhraseIndex, PhraseMatch};
pub use tsv::{parse as parse_tsv, Row};

use crate::error::{Error, LexiconError};
use crate::text::{fold, match_key};
use rustc_hash::FxHashMap;
use std::collections::HashSet;
use std::path::Path;

/// The files of a lexicon, with their columns.
pub const FILES: &[(&str, &[&str])] = &[
    ("countries.tsv", &["code", "canonical", "wikidata", "names", "adjectives", "metonyms"]),
    ("places.tsv", &["country", "type", "canonical", "wikidata", "names"]),
    ("people.tsv", &["id", "canonical", "wikidata", "names", "roles"]),
    ("organizations.tsv", &["code", "type", "canonical", "wikidata", "names"]),
    ("roles.tsv", &["role", "names"]),
    ("verbs.tsv", &["code", "verb", "present", "target", "flags", "note"]),
    ("nouns.tsv", &["code", "noun", "target", "flags", "note"]),
    ("cameo.tsv", &["code", "name", "goldstein", "quad_class", "plover"]),
    ("particles.tsv", &["kind", "words"]),
    ("dates.tsv", &["kind", "value", "words"]),
];

macro_rules! embedded_files {
    ($($name:literal),*) => {
        /// The lexicon files compiled into the binary.
        pub const EMBEDDED: &[(&str, &str)] = &[$(($name, include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $name)))),*];
    };
}
embedded_files!(
    "countries.tsv",
    "places.tsv",
    "people.tsv",
    "organizations.tsv",
    "roles.tsv",
    "verbs.tsv",
    "nouns.tsv",
    "cameo.tsv",
    "particles.tsv",
    "dates.tsv"
);

/// What a phrase in the [`PhraseIndex`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRef {
    /// A country's name: index into [`Lexicon::countries`].
    Country(u32),
    /// A nisba adjective of a country.
    Adjective(u32),
    /// A capital or seat of power standing for a country's government.
    Metonym(u32),
    /// A place that is not an actor: index into [`Lexicon::places`].
    Place(u32),
    /// A person: index into [`Lexicon::people`].
    Person(u32),
    /// An organisation or group: index into [`Lexicon::organizations`].
    Org(u32),
    /// A role noun: index into [`Lexicon::roles`].
    Role(u32),
    /// A function word of some kind.
    Particle(Particle),
    /// A date word.
    Date(DateWord),
}

/// Kinds of function words (`particles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Particle {
    Negation,
    NegationVerb,
    Conditional,
    Future,
    Intent,
    Modal,
    Report,
    Furniture,
    PronounSpeaker,
    BothSides,
    Counterpart,
    /// Negates a following noun: عدم، دون، غير.
    NegationNoun,
    /// ما: a negation only right before a perfect verb.
    NegationContext,
    /// Marks the agent of a passive: على يد، من قبل.
    AgentMarker,
    /// Question words: a question asserts nothing.
    Interrogative,
    /// Adverbs that may stand between a verb and its subject.
    Adverb,
    /// Quantities before a noun: "عشرات المتظاهرين", "أولى دفعات".
    Quantifier,
    /// News circulated by others ("تقارير", "أنباء", "تحدثت عن"): a denial
    /// earlier in the sentence reaches the events they carry.
    Hearsay,
    /// What a protest is against follows: "ضد", "هتافات معادية ل", "يسقط".
    Against,
    /// Attribution of the report ("حسب", "على ما أفاد"): who follows is its
    /// source, no party of the event.
    AccordingTo,
    /// A response promised ("سنرد", "سيكون الرد"): in the consequence of a
    /// condition, a threat.
    Retaliation,
    /// A measure of government ("قانون", "ضرائب", "قرار"): protested with no
    /// one named, its protesters' own government is the target.
    Policy,
    /// What is feared, risked or averted ("مخاوف من", "احتمال", "لتجنب",
    /// "تخشى"): an event named soon after it has not happened.
    Hypothetical,
    /// A pronoun of the nominal copula ("هو", "هي"): it ends the subject of
    /// a nominal sentence; what follows is its predicate.
    Copula,
    /// A verb of replying or commenting that takes no object ("رد", "علق",
    /// "عقب"): the actor after it speaks through a participle after that
    /// ("ورد نتنياهو قائلا").
    Reply,
    /// An emphasising pronoun after a noun ("أنفسهم", "نفسه", "ذاته"): it
    /// stands between a subject and its verb.
    Emphasis,
    /// A broken plural of a noun of people ("أكراد", "جنود", "قادة").
    Plural,
    /// A noun that heads the name of a place after a person or title
    /// ("مطار الملك خالد", "قاعدة الملك فيصل", "حي الشيخ جراح").
    PlaceHead,
    /// A role noun that is as often an abstract noun ("إدارة" management,
    /// "نظام" system): without the article, it names a body only when an
    /// actor is its genitive ("إدارة ترامب", "نظام الأسد").
    AbstractHead,
    /// A noun of kinship or following ("زوجة", "نجل", "مؤيدو"): the person
    /// or role in its genitive is someone else ("زوجة الرئيس" is not the
    /// president).
    KinHead,
    /// A noun of a thing, not a body of people ("الليرة", "الاقتصاد",
    /// "البرنامج", "النووي"): a nisba after it names no actor ("الليرة
    /// التركية" is no Turkey).
    ThingHead,
    /// A noun of land ("الأراضي", "الحدود", "المياه"): a nisba after it
    /// names a place of that country, no actor ("الأراضي السورية").
    LandHead,
    /// A state's name that is grammatically masculine ("العراق", "لبنان"):
    /// a masculine pronoun or relative may take it back, unlike most states'
    /// names, which are feminine.
    MasculineState,
    /// A noun of a meeting or an agreement ("قمة", "اتفاق", "محادثات"): a
    /// country or capital in its genitive names where it was held or
    /// signed, no actor ("قمة هلسنكي", "اتفاق فيينا").
    VenueHead,
    /// A role noun that is as often an adjective or a verbal noun ("صحفي"
    /// in "مؤتمر صحفي", "القضاء على"): a role only with a country, an
    /// organisation or a person named right after it ("الصحفي السعودي",
    /// "القضاء العراقي").
    NisbaRole,
    /// A role noun that is as often a nisba adjective ("صحفي", "إعلامي",
    /// "معارض"): as a [`Particle::NisbaRole`], and no role right after a
    /// noun of its definiteness, which it qualifies ("مؤتمر صحفي",
    /// "تقارير إعلامية صينية", "الفصيل المعارض").
    AdjectiveRole,
    /// A noun of a body that any institution may have ("لجنة", "هيئة",
    /// "مفوضية"): named alone, it is the body named before with the same
    /// noun, never any government named before ("اللجنة" after "الحكومة
    /// البريطانية" may be a jury, a party's or the UN's).
    BodyHead,
    /// A masdar of ending or lifting ("إنهاء", "رفع", "وقف"): the literal
    /// words of a verb's line are not looked for past it ("أعلن إنهاء
    /// حالة الطوارئ" declares no state of emergency).
    Reversal,
}

/// The kinds of `particles.tsv` that are looked up word by word
/// ([`Lexicon::word_kind`]) rather than matched in the text as mentions: they
/// never change how the words around them make up actors.
const LOOKED_UP: [Particle; 15] = [
    Particle::Copula,
    Particle::Reply,
    Particle::Emphasis,
    Particle::Plural,
    Particle::PlaceHead,
    Particle::AbstractHead,
    Particle::KinHead,
    Particle::ThingHead,
    Particle::LandHead,
    Particle::VenueHead,
    Particle::MasculineState,
    Particle::NisbaRole,
    Particle::AdjectiveRole,
    Particle::BodyHead,
    Particle::Reversal,
];

impl Particle {
    fn from_kind(kind: &str) -> Option<Particle> {
        Some(match kind {
            "negation" => Particle::Negation,
            "negation_verb" => Particle::NegationVerb,
            "conditional" => Particle::Conditional,
            "future" => Particle::Future,
            "intent" => Particle::Intent,
            "modal" => Particle::Modal,
            "report" => Particle::Report,
            "furniture" => Particle::Furniture,
            "pronoun_speaker" => Particle::PronounSpeaker,
            "both_sides" => Particle::BothSides,
            "counterpart" => Particle::Counterpart,
            "negation_noun" => Particle::NegationNoun,
            "negation_context" => Particle::NegationContext,
            "agent_marker" => Particle::AgentMarker,
            "interrogative" => Particle::Interrogative,
            "adverb" => Particle::Adverb,
            "quantifier" => Particle::Quantifier,
            "hearsay" => Particle::Hearsay,
            "against" => Particle::Against,
            "according_to" => Particle::AccordingTo,
            "retaliation" => Particle::Retaliation,
            "policy" => Particle::Policy,
            "hypothetical" => Particle::Hypothetical,
            "copula" => Particle::Copula,
            "reply" => Particle::Reply,
            "emphasis" => Particle::Emphasis,
            "plural" => Particle::Plural,
            "place_head" => Particle::PlaceHead,
            "abstract_head" => Particle::AbstractHead,
            "kin_head" => Particle::KinHead,
            "thing_head" => Particle::ThingHead,
            "land_head" => Particle::LandHead,
            "venue_head" => Particle::VenueHead,
            "masculine_state" => Particle::MasculineState,
            "nisba_role" => Particle::NisbaRole,
            "adjective_role" => Particle::AdjectiveRole,
            "body_head" => Particle::BodyHead,
            "reversal" => Particle::Reversal,
            _ => return None,
        })
    }
}

/// Kinds of date words (`dates.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    Month,
    Weekday,
    RelativeDay,
    RelativeWeek,
    RelativeMonth,
    RelativeYear,
    HijriMonth,
}

/// A date word and its value (month number, weekday 0 = Monday, offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateWord {
    pub kind: DateKind,
    pub value: i32,
}

/// The indefinite accusative of a one-word masculine nisba ("فلسطيني" ->
/// "فلسطينيا"); `None` for other forms.
fn accusative_of(adjective: &str) -> Option<String> {
    let one_word = !adjective.contains(char::is_whitespace);
    (one_word && adjective.ends_with('ي') && adjective.chars().count() >= 4).then(|| format!("{adjective}ا"))
}

/// A country (`countries.tsv`).
#[derive(Debug, Clone)]
pub struct Country {
    pub code: String,
    pub canonical: String,
    pub wikidata: Option<String>,
}

/// A place that is not an actor (`places.tsv`).
#[derive(Debug, Clone)]
pub struct Place {
    pub country: Option<String>,
    pub kind: String,
    pub canonical: String,
    pub wikidata: Option<String>,
}

/// A dated role held by a person, or a dated code of an organisation:
/// `RUSGOV@2004-03-09..`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedRole {
    pub code: String,
    /// Dates as `yyyymmdd` integers; open ends are `None`.
    pub start: Option<u32>,
    pub end: Option<u32>,
}

/// A person (`people.tsv`).
#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub canonical: String,
    pub wikidata: Option<String>,
    pub roles: Vec<DatedRole>,
}

impl Person {
    /// The actor code of the role held on `date` (`yyyymmdd`); without a
    /// date, or when no role holds on it, the role nearest in time.
    pub fn code_on(&self, date: Option<u32>) -> Option<&str> {
        code_on(&self.roles, date?)
    }

    /// Whether on `date` the person has left a state office and holds no
    /// other role: Hillary Clinton in 2018, John Kerry between his two
    /// offices. Not before the first role, nor after leading a party or an
    /// armed group (he stays one of its own). False without a date.
    pub fn left_office(&self, date: Option<u32>) -> bool {
        let Some(date) = date else { return false };
        let left = self.roles.iter().filter(|r| r.end.is_some_and(|e| e < date)).max_by_key(|r| r.end);
        !self.roles.iter().any(|r| r.holds_on(date)) && left.is_some_and(|r| is_office(&r.code))
    }

    /// The role code to use when the date is unknown: the current (open) one, else the last.
    pub fn latest_code(&self) -> Option<&str> {
        latest_code(&self.roles)
    }
}

/// Whether an actor code is a state office a person can leave: a country's
/// government, armed forces, intelligence, police, legislature or judiciary
/// (`USAGOV`, `EGYMIL`), not a party, group or international body.
pub fn is_office(code: &str) -> bool {
    code.len() == 6 && !matches!(code.get(..3), Some("IGO" | "NGO" | "IMG")) && code.get(3..).is_some_and(is_office_role)
}

/// Whether a role code (`GOV`, `MIL`, ...) is of a state office, as in
/// [`is_office`].
pub fn is_office_role(role: &str) -> bool {
    matches!(role, "GOV" | "MIL" | "SPY" | "COP" | "LEG" | "JUD")
}

impl DatedRole {
    /// Whether the role holds on `date` (`yyyymmdd`; open ends hold always).
    fn holds_on(&self, date: u32) -> bool {
        self.start.is_none_or(|s| s <= date) && self.end.is_none_or(|e| date <= e)
    }
}

/// The code of the dated roles that holds on `date`, else the one nearest in time.
fn code_on(roles: &[DatedRole], date: u32) -> Option<&str> {
    if let Some(r) = roles.iter().find(|r| r.holds_on(date)) {
        return Some(&r.code);
    }
    roles
        .iter()
        .min_by_key(|r| {
            let before = r.start.map_or(0, |s| s.saturating_sub(date));
            let after = r.end.map_or(0, |e| date.saturating_sub(e));
            before.max(after)
        })
        .map(|r| r.code.as_str())
}

/// The current (open) code of dated roles, else the last.
fn latest_code(roles: &[DatedRole]) -> Option<&str> {
    roles.iter().find(|r| r.end.is_none()).or(roles.last()).map(|r| r.code.as_str())
}

/// An organisation or group (`organizations.tsv`).
#[derive(Debug, Clone)]
pub struct Organization {
    /// Its code now (the open-ended one of `dated`, if it has dates).
    pub code: String,
    /// Codes by date, for a group whose role changed: the Taliban governed
    /// Afghanistan, fought as insurgents and govern again
    /// (`AFGGOVTAL@1996-09-27..2001-12-06;AFGREBTAL@2001-12-07..2021-08-14;...`).
    /// Empty for most, whose one code holds at any date.
    pub dated: Vec<DatedRole>,
    pub kind: String,
    pub canonical: String,
    pub wikidata: Option<String>,
}

impl Organization {
    /// Its code on `date` (`yyyymmdd`): the dated code that holds then, or
    /// the nearest in time; its current code without a date.
    pub fn code_on(&self, date: Option<u32>) -> &str {
        date.and_then(|d| code_on(&self.dated, d)).unwrap_or(&self.code)
    }
}

/// How an event pattern marks its target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetMarker {
    /// The next actor after the source (a direct object).
    Object,
    /// A preposition, folded (`مع`, `علي`, `ل`).
    Prep(String),
}

/// Flags of a verb or noun pattern.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PatternFlags {
    pub speech: bool,
    pub continues: bool,
    pub passive: bool,
    pub symmetric: bool,
    /// A verb whose object event noun is done by the verb's subject
    /// ("قررت الحكومة فرض عقوبات", "أعلن الوزير حزمة مساعدات").
    pub carrier: bool,
    /// An active participle ("قائلا", "مطالبا": a verb line with no
    /// imperfect that is no passive): its subject is never after it.
    pub participle: bool,
    /// A verb line whose imperfect forms are left out (`perfect`: "وعد",
    /// whose bare "تعد" is mostly "is considered").
    pub perfect: bool,
    /// A verb line read only with its preposition in the clause and no
    /// object pronoun on the verb (`marked`: "حقق في" investigates, "حقق
    /// تقدما" and "الفوز الذي حققه" achieve).
    pub marked: bool,
    /// A line read only where the word is written as its verb is, with
    /// the hamza (`Some(true)`: "هنأ", "بدأ", whose forms without it are
    /// other words, "هنا" here, "بدا" seemed) or without it (`Some(false)`:
    /// "بدا" seem, never "بدأ"); from the flag `hamza`.
    pub hamza: Option<bool>,
    /// A line whose first literal word, a noun, is no object that an object
    /// pronoun on the verb would rule out (`with_pronoun`): a second object
    /// ("منحته مهلة", "تحمله أنقرة مسؤولية", "وضعه قيد الإقامة") or the
    /// subject ("اقتحمها المتظاهرون"). Other lines whose first literal is a
    /// noun are not read on a verb with an object pronoun, which is then the
    /// object ("مشروع قرار قدمته بريطانيا ... الأسلحة" gives no arms).
    pub with_pronoun: bool,
    /// An event noun whose genitive is who undergoes the act, never its
    /// doer (`patient`): "إقالة وزير الكهرباء", "إطلاق سراح القس", unless
    /// an object with ل follows the genitive ("إقالة ترامب لوزير
    /// خارجيته").
    pub patient: bool,
}

/// A verb or event-noun pattern (`verbs.tsv`, `nouns.tsv`).
#[derive(Debug, Clone)]
pub struct Pattern {
    /// CAMEO code, `None` for speech-only verbs.
    pub code: Option<String>,
    /// Folded, article-stripped words that must follow the trigger.
    pub literals: Vec<String>,
    pub targets: Vec<TargetMarker>,
    pub flags: PatternFlags,
    /// Where it comes from, for explanations: `verbs.tsv:12 بحث`.
    pub rule: String,
    /// The first word of the rule after its place, folded: a verb line's
    /// verb ("بحث"), a noun line's noun; folded once, when loaded.
    pub verb: Option<String>,
    pub is_noun: bool,
}

/// Grammatical reading of a verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
}

/// One conjugated form of a verb pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbForm {
    pub pattern: u32,
    pub tense: Tense,
    /// The form's subject is the one who speaks: "we" (`بحثنا`, `نبحث`), or
    /// "I" for the first person of a final-weak verb (`دعوت`), which is
    /// read as a verb only inside a quote.
    pub first_plural: bool,
    /// The form's subject is in its suffix, a third person plural or dual
    /// (`هاجموا`, `يهاجمون`, `اتفقا`): a verb before its subject does not
    /// take them, so what follows such a verb is not its subject.
    pub plural: bool,
}

/// One entry of the CAMEO codebook.
#[derive(Debug, Clone)]
pub struct CameoCode {
    pub name: String,
    pub goldstein: f64,
    pub quad_class: u8,
    pub plover: String,
}

/// The first literal word of a pattern, kept in line: the coder rules most
/// of a trigger's patterns out by it without reading the patterns, which
/// are spread over the heap.
#[derive(Debug, Clone, Copy)]
struct InlineLiteral {
    /// [`InlineLiteral::NONE`], [`InlineLiteral::LONG`], or how many bytes
    /// of `bytes` the word is.
    len: u8,
    /// The word's bytes, copied whole from its `str` (so valid UTF-8).
    bytes: [u8; 31],
}

impl InlineLiteral {
    const NONE: u8 = 0;
    const LONG: u8 = u8::MAX;

    fn of(p: &Pattern) -> InlineLiteral {
        let mut x = InlineLiteral {
            len: Self::NONE,
            bytes: [0; 31],
        };
        match p.literals.first() {
            None => {}
            // (a literal is never empty: `split_literals` splits at whitespace)
            Some(w) if w.is_empty() || w.len() > x.bytes.len() => x.len = Self::LONG,
            Some(w) => {
                x.bytes[..w.len()].copy_from_slice(w.as_bytes());
                x.len = w.len() as u8;
            }
        }
        x
    }
}

/// What [`Lexicon::first_literal`] knows of a pattern's first literal word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FirstLiteral<'a> {
    /// The pattern has no literal word.
    Absent,
    /// Its first literal word.
    Word(&'a str),
    /// Not kept in line: read the pattern.
    Unknown,
}

/// All dictionaries, compiled.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    pub people: Vec<Person>,
    pub organizations: Vec<Organization>,
    /// Role codes (`GOV`, `MIL`), indexed by [`NameRef::Role`].
    pub roles: Vec<String>,
    pub patterns: Vec<Pattern>,
    pub phrases: PhraseIndex,
    verb_forms: FxHashMap<Box<str>, Vec<VerbForm>>,
    noun_forms: FxHashMap<Box<str>, Vec<u32>>,
    codebook: FxHashMap<String, CameoCode>,
    country_by_code: FxHashMap<String, u32>,
    /// The first literal word of every pattern, by index, made once all
    /// files are loaded.
    first_literals: Vec<InlineLiteral>,
    /// Words of the looked-up kinds by match key ("هو" copula, "رد" reply,
    /// "اكراد" plural); also the broken plurals among the nisba forms of
    /// `countries.tsv`, those with no nisba ending ("اتراك", "روس").
    word_kinds: FxHashMap<Box<str>, Particle>,
    /// Spellings of person names guessed by `variants`, with their person,
    /// added once all files are loaded unless they are other words.
    guessed_names: Vec<(String, u32)>,
}

impl Lexicon {
    /// The lexicon compiled into the binary.
    pub fn embedded() -> Result<Lexicon, Error> {
        Lexicon::from_sources(EMBEDDED.iter().map(|(n, c)| (n.to_string(), c.to_string())))
    }

    /// The embedded lexicon with the files of `dir` added on top.
    pub fn embedded_with(dir: &Path) -> Result<Lexicon, Error> {
        let mut sources: Vec<(String, String)> = EMBEDDED.iter().map(|(n, c)| (n.to_string(), c.to_string())).collect();
        sources.extend(read_dir_sources(dir)?);
        Lexicon::from_sources(sources)
    }

    /// A lexicon from the files of `dir` alone.
    pub fn from_dir(dir: &Path) -> Result<Lexicon, Error> {
        Lexicon::from_sources(read_dir_sources(dir)?)
    }

    /// Builds a lexicon from `(file name, content)` pairs; a file name may
    /// repeat (later contents add entries).
    pub fn from_sources<I: IntoIterator<Item = (String, String)>>(sources: I) -> Result<Lexicon, Error> {
        let mut lex = Lexicon::default();
        let sources: Vec<(String, String)> = sources.into_iter().collect();
        // countries first: other files refer to their codes
        let order = FILES.iter().map(|(n, _)| *n);
        for name in order {
            for (file, content) in sources.iter().filter(|(f, _)| file_kind(f) == name) {
                lex.load(name, file, content)?;
            }
        }
        // a guessed spelling of a one-word name that the lexicon knows as
        // another word is that word: "لابد" is no "لابيد", "بنيت" no "بينيت"
        for (v, idx) in std::mem::take(&mut lex.guessed_names) {
            if v.contains(' ') || !lex.knows_word(&v) {
                lex.phrases.insert(&v, NameRef::Person(idx));
            }
        }
        lex.first_literals = lex.patterns.iter().map(InlineLiteral::of).collect();
        Ok(lex)
    }

    /// Whether the lexicon holds `word` (written as in its files) as a
    /// phrase, a form of a verb, the head of an event noun or a word of a
    /// looked-up kind.
    fn knows_word(&self, word: &str) -> bool {
        let key = PhraseIndex::key(word).0;
        !self.phrases.exact(word).is_empty()
            || self.verb_forms.contains_key(fold(word).as_str())
            || self.noun_forms.contains_key(key.as_str())
            || self.word_kinds.contains_key(key.as_str())
    }

    fn load(&mut self, kind: &str, file: &str, content: &str) -> Result<(), LexiconError> {
        let columns = FILES.iter().find(|(n, _)| *n == kind).map(|(_, c)| *c).unwrap_or(&[]);
        let rows = tsv::parse(file, content, columns)?;
        let err = |line: usize, message: String| LexiconError {
            file: file.to_string(),
            line,
            message,
        };
        match kind {
            "countries.tsv" => {
                // Every name a country row spells, so that a derived adjective
                // form never shadows a name ("سوريا" is Syria, not "Syrian").
                let names: HashSet<&str> = rows.iter().flat_map(|r| r.list(3).chain(r.list(5))).collect();
                for r in &rows {
                    let idx = self.countries.len() as u32;
                    let code = r.cols[0].to_string();
                    self.country_by_code.insert(code.clone(), idx);
                    self.countries.push(Country {
                        code,
                        canonical: r.cols[1].into(),
                        wikidata: r.opt(2).map(Into::into),
                    });
                    for n in r.list(3) {
                        self.phrases.insert(n, NameRef::Country(idx));
                    }
                    for n in r.list(4) {
                        // a form with none of the nisba's endings is a broken
                        // plural ("أتراك", "روس", "مغاربة")
                        if !["ي", "ية", "ون", "ين", "ات", "تان", "تين"].iter().any(|e| n.ends_with(e)) {
                            self.word_kinds.insert(PhraseIndex::key(n).0.into_boxed_str(), Particle::Plural);
                        }
                        self.phrases.insert(n, NameRef::Adjective(idx));
                        // the indefinite accusative of the masculine singular
                        // ("أسيرا فلسطينيا") is not listed in the file
                        if let Some(acc) = accusative_of(n).filter(|a| !names.contains(a.as_str())) {
                            self.phrases.insert(&acc, NameRef::Adjective(idx));
                        }
                    }
                    for n in r.list(5) {
                        self.phrases.insert(n, NameRef::Metonym(idx));
                    }
                    // "المملكة" alone stands for a kingdom: each state whose
                    // formal name says it is one
                    if r.list(3).any(|n| n.starts_with("المملكة ") || n.starts_with("مملكة ")) {
                        self.phrases.insert("المملكة", NameRef::Metonym(idx));
                    }
                }
            }
            "places.tsv" => {
                for r in &rows {
                    let idx = self.places.len() as u32;
                    self.places.push(Place {
                        country: r.opt(0).map(Into::into),
                        kind: r.cols[1].into(),
                        canonical: r.cols[2].into(),
                        wikidata: r.opt(3).map(Into::into),
                    });
                    for n in r.list(4) {
                        self.phrases.insert(n, NameRef::Place(idx));
                    }
                }
            }
            "people.tsv" => {
                for r in &rows {
                    let idx = self.people.len() as u32;
                    let mut roles = Vec::new();
                    for spec in r.list(4).flat_map(|s| s.split(';')).map(str::trim).filter(|s| !s.is_empty()) {
                        roles.push(parse_role(spec).map_err(|m| err(r.line, m))?);
                    }
                    self.people.push(Person {
                        id: r.cols[0].into(),
                        canonical: r.cols[1].into(),
                        wikidata: r.opt(2).map(Into::into),
                        roles,
                    });
                    for n in r.list(3) {
                        let mut vs = variants::name_variants(n).into_iter();
                        if let Some(written) = vs.next() {
                            self.phrases.insert(&written, NameRef::Person(idx));
                        }
                        // (the guessed spellings once every file is read)
                        self.guessed_names.extend(vs.map(|v| (v, idx)));
                    }
                }
            }
            "organizations.tsv" => {
                for r in &rows {
                    let idx = self.organizations.len() as u32;
                    let mut dated = Vec::new();
                    if r.cols[0].contains('@') {
                        for spec in r.cols[0].split(';').map(str::trim).filter(|s| !s.is_empty()) {
                            dated.push(parse_role(spec).map_err(|m| err(r.line, m))?);
                        }
                    }
                    let code = latest_code(&dated).unwrap_or(r.cols[0]).to_string();
                    self.organizations.push(Organization {
                        code,
                        dated,
                        kind: r.cols[1].into(),
                        canonical: r.cols[2].into(),
                        wikidata: r.opt(3).map(Into::into),
                    });
                    for n in r.list(4) {
                        self.phrases.insert(n, NameRef::Org(idx));
                    }
                }
            }
            "roles.tsv" => {
                for r in &rows {
                    let code = r.cols[0].to_string();
                    let idx = match self.roles.iter().position(|c| *c == code) {
                        Some(i) => i as u32,
                        None => {
                            self.roles.push(code);
                            (self.roles.len() - 1) as u32
                        }
                    };
                    for n in r.list(1) {
                        self.phrases.insert(n, NameRef::Role(idx));
                    }
                }
            }
            "particles.tsv" => {
                for r in &rows {
                    if let Some(p) = Particle::from_kind(r.cols[0]).filter(|p| LOOKED_UP.contains(p)) {
                        for n in r.list(1) {
                            self.word_kinds.insert(PhraseIndex::key(n).0.into_boxed_str(), p);
                        }
                    } else if let Some(p) = Particle::from_kind(r.cols[0]) {
                        for n in r.list(1) {
                            self.phrases.insert(n, NameRef::Particle(p));
                        }
                    }
                }
            }
            "dates.tsv" => {
                for r in &rows {
                    let kind = match r.cols[0] {
                        "month" => DateKind::Month,
                        "weekday" => DateKind::Weekday,
                        "relative_day" => DateKind::RelativeDay,
                        "relative_week" => DateKind::RelativeWeek,
                        "relative_month" => DateKind::RelativeMonth,
                        "relative_year" => DateKind::RelativeYear,
                        "hijri_month" => DateKind::HijriMonth,
                        _ => continue,
                    };
                    let value: i32 = r.cols[1].parse().map_err(|_| err(r.line, format!("value `{}` is not an integer", r.cols[1])))?;
                    for n in r.list(2) {
                        self.phrases.insert(n, NameRef::Date(DateWord { kind, value }));
                    }
                }
            }
            "verbs.tsv" => {
                // a verb has a line for each of its senses: conjugated once
                let mut conjugated: FxHashMap<(&str, Option<&str>), Vec<(String, Tense, bool, bool)>> = FxHashMap::default();
                self.verb_forms.reserve(rows.len() * 8);
                for r in &rows {
                    let mut words = r.cols[1].split_whitespace();
                    let Some(verb) = words.next() else {
                        return Err(err(r.line, "empty verb".into()));
                    };
                    let (literals, targets) = split_literals(words, parse_targets(r.cols[3]));
                    let idx = self.patterns.len() as u32;
                    self.patterns.push(Pattern {
                        code: r.opt(0).map(Into::into),
                        literals,
                        targets,
                        flags: {
                            let mut f = parse_flags(r.cols[4]);
                            f.participle = r.opt(2).is_none() && !f.passive;
                            f.hamza = f.hamza.map(|_| has_hamza(verb));
                            f
                        },
                        rule: format!("{file}:{} {}", r.line, r.cols[1]),
                        verb: None,
                        is_noun: false,
                    });
                    if let Some(p) = self.patterns.last_mut() {
                        p.verb = p.rule.split(' ').nth(1).map(fold);
                    }
                    // (a participle is not conjugated: "لافتات" is no "لافتا";
                    // a `perfect` line leaves out its imperfect forms)
                    let participle = self.patterns[idx as usize].flags.participle;
                    let present = r.opt(2).filter(|_| !self.patterns[idx as usize].flags.perfect);
                    let forms = conjugated.entry((verb, present)).or_insert_with(|| {
                        if participle {
                            vec![(fold(verb), Tense::Past, false, false)]
                        } else {
                            conjugate(&fold(verb), present.map(fold).as_deref())
                        }
                    });
                    for (form, tense, first, plural) in forms.iter() {
                        let vf = VerbForm {
                            pattern: idx,
                            tense: *tense,
                            first_plural: *first,
                            plural: *plural,
                        };
                        match self.verb_forms.get_mut(form.as_str()) {
                            Some(forms) => {
                                if !forms.iter().any(|f| f.pattern == idx) {
                                    forms.push(vf);
                                }
                            }
                            None => {
                                self.verb_forms.insert(form.as_str().into(), vec![vf]);
                            }
                        }
                    }
                }
            }
            "nouns.tsv" => {
                for r in &rows {
                    for noun in r.list(1) {
                        let mut words = noun.split_whitespace();
                        let Some(head) = words.next() else { continue };
                        let (literals, targets) = split_literals(words, parse_targets(r.cols[2]));
                        let idx = self.patterns.len() as u32;
                        self.patterns.push(Pattern {
                            code: r.opt(0).map(Into::into),
                            literals,
                            targets,
                            flags: parse_flags(r.cols[3]),
                            rule: format!("{file}:{} {}", r.line, noun),
                            verb: None,
                            is_noun: true,
                        });
                        if let Some(p) = self.patterns.last_mut() {
                            p.verb = p.rule.split(' ').nth(1).map(fold);
                        }
                        let key = match_key(head).0;
                        self.noun_forms.entry(key.into_boxed_str()).or_default().push(idx);
                    }
                }
            }
            "cameo.tsv" => {
                for r in &rows {
                    let goldstein = r.cols[2]
                        .parse()
                        .map_err(|_| err(r.line, format!("goldstein `{}` is not a number", r.cols[2])))?;
                    let quad_class = r.cols[3].parse().map_err(|_| err(r.line, format!("quad_class `{}` is not 1-4", r.cols[3])))?;
                    self.codebook.insert(
                        r.cols[0].into(),
                        CameoCode {
                            name: r.cols[1].into(),
                            goldstein,
                            quad_class,
                            plover: r.cols[4].into(),
                        },
                    );
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The codebook entry of a CAMEO event code.
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        self.codebook.get(code)
    }

    /// Verb patterns whose conjugated form is `folded` (no clitics).
    pub fn verb_forms(&self, folded: &str) -> &[VerbForm] {
        self.verb_forms.get(folded).map_or(&[], |v| v.as_slice())
    }

    /// The verb forms of a folded word as written, else after its
    /// conjunction و ("وقال"), with the word they were found for.
    pub fn verb_forms_after_waw<'w>(&self, folded: &'w str) -> (&'w str, &[VerbForm]) {
        match self.verb_forms(folded) {
            [] => match folded.strip_prefix('و') {
                Some(rest) => (rest, self.verb_forms(rest)),
                None => (folded, &[]),
            },
            forms => (folded, forms),
        }
    }

    /// The first literal word of pattern `pattern`, from a dense copy made
    /// when the lexicon was built (`Unknown` when there is none of it, as
    /// when `patterns` was changed since).
    #[inline]
    pub(crate) fn first_literal(&self, pattern: u32) -> FirstLiteral<'_> {
        if self.first_literals.len() != self.patterns.len() {
            return FirstLiteral::Unknown;
        }
        match self.first_literals.get(pattern as usize) {
            None => FirstLiteral::Unknown,
            Some(x) => match x.len {
                InlineLiteral::NONE => FirstLiteral::Absent,
                InlineLiteral::LONG => FirstLiteral::Unknown,
                n => match x.bytes.get(..n as usize) {
                    // SAFETY: `InlineLiteral::of` copied these bytes from a
                    // whole `str` of exactly `n` bytes, and they never change.
                    Some(b) => FirstLiteral::Word(unsafe { std::str::from_utf8_unchecked(b) }),
                    None => FirstLiteral::Unknown,
                },
            },
        }
    }

    /// The looked-up kind of `key` (folded, article stripped), if any: one
    /// of [`LOOKED_UP`] (a copula pronoun, a verb of replying, a pronoun of
    /// emphasis, a broken plural of a noun of people, "اكراد", "اتراك", the
    /// head of a place's name, a role noun that is also abstract, or a noun
    /// of kinship).
    pub fn word_kind(&self, key: &str) -> Option<Particle> {
        self.word_kinds.get(key).copied()
    }

    /// Noun patterns whose form is `key` (folded, article stripped).
    pub fn noun_patterns(&self, key: &str) -> &[u32] {
        self.noun_forms.get(key).map_or(&[], |v| v.as_slice())
    }

    /// Index of a country by CAMEO code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_by_code.get(code).map(|&i| &self.countries[i as usize])
    }
}

/// The lexicon file kind of a file name (`extra-people.tsv` is not a kind,
/// `people.tsv` is; `people.local.tsv` counts as `people.tsv`).
fn file_kind(name: &str) -> &str {
    let base = name.rsplit('/').next().unwrap_or(name);
    let stem = base.split('.').next().unwrap_or(base);
    FILES.iter().map(|(n, _)| *n).find(|n| n.split('.').next() == Some(stem)).unwrap_or("")
}

fn read_dir_sources(dir: &Path) -> Result<Vec<(String, String)>, Error> {
    let io = |e| Error::LexiconDir {
        path: dir.display().to_string(),
        source: e,
    };
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir).map_err(io)?.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("tsv") {
            continue;
        }
        let content = std::fs::read_to_string(&path).map_err(|e| Error::LexiconDir {
            path: path.display().to_string(),
            source: e,
        })?;
        out.push((path.display().to_string(), content));
    }
    Ok(out)
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into `yyyymmdd`; `end` picks the
/// last day of a partial date.
pub fn parse_partial_date(s: &str, end: bool) -> Option<u32> {
    let mut it = s.split('-');
    let y: u32 = it.next()?.parse().ok()?;
    let m: Option<u32> = it.next().map(|m| m.parse().ok()).unwrap_or(None);
    let d: Option<u32> = it.next().map(|d| d.parse().ok()).unwrap_or(None);
    if it.next().is_some() || !(1000..=9999).contains(&y) {
        return None;
    }
    let m = match m {
        Some(m) if (1..=12).contains(&m) => m,
        Some(_) => return None,
        None => return Some(y * 10000 + if end { 1231 } else { 101 }),
    };
    let d = match d {
        Some(d) if (1..=31).contains(&d) => d,
        Some(_) => return None,
        None => {
            if end {
                31
            } else {
                1
            }
        }
    };
    Some(y * 10000 + m * 100 + d)
}

/// Parses `CODE@START..END` (either side open) or a bare `CODE`.
pub fn parse_role(spec: &str) -> Result<DatedRole, String> {
    let (code, range) = match spec.split_once('@') {
        Some((c, r)) => (c.trim(), Some(r.trim())),
        None => (spec.trim(), None),
    };
    if code.len() < 3 || !code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        return Err(format!("role `{spec}`: `{code}` is not an actor code (upper-case letters)"));
    }
    let (start, end) = match range {
        None => (None, None),
        Some(r) => {
            let (a, b) = r.split_once("..").ok_or_else(|| format!("role `{spec}`: range `{r}` must be START..END"))?;
            let start = if a.is_empty() {
                None
            } else {
                Some(parse_partial_date(a, false).ok_or_else(|| format!("role `{spec}`: bad date `{a}`"))?)
            };
            let end = if b.is_empty() {
                None
            } else {
                Some(parse_partial_date(b, true).ok_or_else(|| format!("role `{spec}`: bad date `{b}`"))?)
            };
            if let (Some(s), Some(e)) = (start, end) {
                if s > e {
                    return Err(format!("role `{spec}`: starts after it ends"));
                }
            }
            (start, end)
        }
    };
    Ok(DatedRole {
        code: code.to_string(),
        start,
        end,
    })
}

fn parse_targets(s: &str) -> Vec<TargetMarker> {
    s.split('|')
        .map(str::trim)
        .filter(|t| !t.is_empty() && *t != "-")
        .map(|t| if t == "obj" { TargetMarker::Object } else { TargetMarker::Prep(fold(t)) })
        .collect()
}

/// Splits a pattern's following words into literals and target markers: a
/// trailing preposition ("اشتبك مع", "توغل في") marks where the target is,
/// it is not a word the text must contain.
fn split_literals<'a>(words: impl Iterator<Item = &'a str>, mut targets: Vec<TargetMarker>) -> (Vec<String>, Vec<TargetMarker>) {
    let mut literals: Vec<String> = words.map(|w| match_key(w).0).collect();
    while let Some(last) = literals.last() {
        if !PREPOSITIONS.contains(&last.as_str()) {
            break;
        }
        let prep = TargetMarker::Prep(last.clone());
        if !targets.contains(&prep) {
            targets.insert(0, prep);
        }
        literals.pop();
    }
    (literals, targets)
}

/// Folded prepositions that mark a verb's argument.
pub const PREPOSITIONS: &[&str] = &["مع", "علي", "الي", "من", "عن", "ضد", "في", "بين", "حول", "لدي", "تجاه", "نحو", "بحق"];

fn parse_flags(s: &str) -> PatternFlags {
    let mut f = PatternFlags::default();
    for flag in s.split('|').map(str::trim) {
        match flag {
            "speech" => f.speech = true,
            "continue" => f.continues = true,
            "passive" => f.passive = true,
            "symmetric" => f.symmetric = true,
            "carrier" => f.carrier = true,
            "perfect" => f.perfect = true,
            "marked" => f.marked = true,
            "hamza" => f.hamza = Some(true),
            "with_pronoun" => f.with_pronoun = true,
            "patient" => f.patient = true,
            _ => {}
        }
    }
    f
}

/// Every conjugated form the coder accepts for a verb, given its folded 3ms
/// perfect and imperfect: (form, tense, subject is "we", subject is a third
/// person plural or dual).
///
/// Unvocalised Arabic shows person and number by affixes alone, so the
/// perfect takes the suffixes ت ا تا وا نا تم ن and the imperfect the prefixes
/// ي ت ن ا with the suffixes ان ون ين وا ن. Verbs ending in a weak letter
/// (دعا، التقى، يدعو، يلتقي) also drop it before a suffix. A form made twice
/// keeps what it was first (the bare "دعا" is no dual).
pub fn conjugate(past: &str, present: Option<&str>) -> Vec<(String, Tense, bool, bool)> {
    let mut out: Vec<(String, Tense, bool, bool)> = Vec::new();
    let mut add = |f: String, t: Tense, first: bool, plural: bool| {
        if f.chars().count() >= 2 && !out.iter().any(|(g, tt, _, _)| *g == f && *tt == t) {
            out.push((f, t, first, plural));
        }
    };
    // (the suffixes of a third person plural or dual subject; not the dual
    // ا, which an accusative noun ends in too: "خرقا", "رفضا")
    let plural = |suf: &str| matches!(suf, "تا" | "وا" | "ان" | "ون" | "يان" | "وان");
    add(past.to_string(), Tense::Past, false, false);
    for suf in ["ت", "ا", "تا", "وا", "تم", "ن"] {
        add(cat(&[past, suf]), Tense::Past, false, plural(suf));
    }
    add(cat(&[past, "نا"]), Tense::Past, true, false);
    if let Some(stem) = past.strip_suffix('ا').or_else(|| past.strip_suffix('ي')) {
        for suf in ["ت", "تا", "وا", "يا"] {
            add(cat(&[stem, suf]), Tense::Past, false, plural(suf));
        }
        // (the first person: "دعوتُ", "رميتُ"; spoken only by a quote's speaker)
        for suf in ["يت", "وت"] {
            add(cat(&[stem, suf]), Tense::Past, true, false);
        }
        for suf in ["ينا", "ونا"] {
            add(cat(&[stem, suf]), Tense::Past, true, false);
        }
    }
    let Some(present) = present else { return out };
    let stem = present.strip_prefix('ي').unwrap_or(present);
    let weak = stem.strip_suffix('و').or_else(|| stem.strip_suffix('ي')).or_else(|| stem.strip_suffix('ا'));
    // (no ا prefix: the first person singular is rare in news and its forms
    // collide with passives and nouns, "اصيب")
    for pre in ["ي", "ت", "ن"] {
        let first = pre == "ن";
        add(cat(&[pre, stem]), Tense::Present, first, false);
        for suf in ["ان", "ون", "ين", "وا", "ن", "ا"] {
            add(cat(&[pre, stem, suf]), Tense::Present, first, !first && plural(suf));
        }
        if let Some(w) = weak {
            for suf in ["ون", "وا", "ين", "يان", "وان", "يا"] {
                add(cat(&[pre, w, suf]), Tense::Present, first, !first && plural(suf));
            }
        }
    }
    out
}

/// Whether `word` is written with a hamza (on an alef, waw or ya, or alone).
pub fn has_hamza(word: &str) -> bool {
    word.contains(['أ', 'إ', 'آ', 'ؤ', 'ئ', 'ء'])
}

/// The strings of `parts` one after another.
fn cat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_literals_are_those_of_the_patterns() {
        let mut lex = Lexicon::embedded().expect("embedded lexicon");
        let mut words = 0;
        for (i, p) in lex.patterns.iter().enumerate() {
            match lex.first_literal(i as u32) {
                FirstLiteral::Absent => assert!(p.literals.is_empty(), "{}", p.rule),
                FirstLiteral::Word(w) => {
                    assert_eq!(p.literals.first().map(String::as_str), Some(w), "{}", p.rule);
                    words += 1;
                }
                FirstLiteral::Unknown => assert!(p.literals.first().is_some_and(|w| w.len() > 31), "{}", p.rule),
            }
        }
        assert!(words > 100);
        assert_eq!(lex.first_literal(lex.patterns.len() as u32), FirstLiteral::Unknown);
        // a lexicon whose patterns were changed since is not trusted
        lex.patterns.pop();
        assert_eq!(lex.first_literal(0), FirstLiteral::Unknown);
    }

    #[test]
    fn conjugates_sound_and_weak_verbs() {
        let forms: Vec<String> = conjugate("بحث", Some("يبحث")).into_iter().map(|f| f.0).collect();
        for f in ["بحث", "بحثا", "بحثت", "بحثوا", "يبحث", "تبحثان", "يبحثون", "نبحث"] {
            assert!(forms.contains(&f.to_string()), "{f}");
        }
        let forms: Vec<String> = conjugate("التقي", Some("يلتقي")).into_iter().map(|f| f.0).collect();
        for f in ["التقي", "التقت", "التقيا", "التقوا", "يلتقي", "يلتقون", "تلتقيان"] {
            assert!(forms.contains(&f.to_string()), "{f}");
        }
    }

    #[test]
    fn dated_roles_parse_and_resolve() {
        let r = parse_role("USAGOV@2018-04-26..2021-01-20").unwrap();
        assert_eq!((r.start, r.end), (Some(20180426), Some(20210120)));
        assert!(parse_role("USAGOV@2021..2018").is_err());
        let p = Person {
            id: "x".into(),
            canonical: "x".into(),
            wikidata: None,
            roles: vec![parse_role("USASPY@2017-01-23..2018-04-26").unwrap(), r],
        };
        assert_eq!(p.code_on(Some(20190515)), Some("USAGOV"));
        assert_eq!(p.code_on(Some(20170601)), Some("USASPY"));
        assert_eq!(p.code_on(Some(20240101)), Some("USAGOV"));
        // before the first office, not a former official; after the last, one
        assert!(!p.left_office(Some(20150101)) && !p.left_office(Some(20190515)));
        assert!(p.left_office(Some(20240101)) && !p.left_office(None));
        let rebel = Person {
            roles: vec![parse_role("PSEREBHMS@2004..2017-05-06").unwrap()],
            ..p.clone()
        };
        assert!(!rebel.left_office(Some(20180101)));
        // between two offices, a former official too
        let kerry = Person {
            roles: vec![
                parse_role("USAGOV@2013-02-01..2017-01-20").unwrap(),
                parse_role("USAGOV@2021-01-20..2024-03-06").unwrap(),
            ],
            ..p
        };
        assert!(kerry.left_office(Some(20200101)));
        assert!(!kerry.left_office(Some(20220101)));
    }
}
