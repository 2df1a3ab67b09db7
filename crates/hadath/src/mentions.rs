//! Mentions and actors: lexicon phrases found in the text, and the actors
//! they compose ("وزير الخارجية الروسي سيرغي لافروف" is one actor, RUSGOV).

use crate::analysis::{Analysis, Reading};
use crate::lexicon::{is_office, is_office_role, DateWord, Lexicon, NameRef, Particle};

/// A lexicon phrase found in the text.
#[derive(Debug, Clone, Copy)]
pub struct Mention<'l> {
    /// Token range, end exclusive.
    pub start: usize,
    pub end: usize,
    pub refs: &'l [NameRef],
    /// The clitic reading of the first token.
    pub conj: bool,
    pub prep: Option<char>,
}

impl Mention<'_> {
    fn has(&self, f: impl Fn(&NameRef) -> bool) -> bool {
        self.refs.iter().any(f)
    }
    /// The particle kinds of this mention.
    pub fn particle(&self, p: Particle) -> bool {
        self.has(|r| *r == NameRef::Particle(p))
    }
    /// A date word, if the mention is one.
    pub fn date(&self) -> Option<DateWord> {
        self.refs.iter().find_map(|r| if let NameRef::Date(d) = r { Some(*d) } else { None })
    }
    /// A name other than a place (a place that is also a person or an
    /// organisation is not taken for a place).
    fn is_nameish_beyond_place(&self) -> bool {
        self.has(|r| matches!(r, NameRef::Person(_) | NameRef::Org(_) | NameRef::Country(_) | NameRef::Metonym(_)))
    }
    fn is_nameish(&self) -> bool {
        self.is_nameish_beyond_place() || self.has(|r| matches!(r, NameRef::Place(_)))
    }
}

/// Finds every lexicon phrase, longest first, left to right. Only the first
/// word of a phrase may carry clitics; later words may carry the article.
pub fn find_mentions<'l>(an: &Analysis<'_>, lex: &'l Lexicon) -> Vec<Mention<'l>> {
    let idx = &lex.phrases;
    let mut out = Vec::new();
    // a reading's word is looked up once, though a phrase that does not
    // complete reads the words after its start again
    let mut words = WordIds::new(an.reading_count());
    let mut i = 0;
    while i < an.tokens.len() {
        if !an.is_word(i) {
            i += 1;
            continue;
        }
        let (_, s_end) = an.sentence_range(i);
        let mut best: Option<(usize, u32, Reading<'_>)> = None;
        for (ri, r) in an.readings(i).iter().enumerate() {
            let Some(w) = words.get(idx, an.first_reading(i) + ri, r.key) else { continue };
            for start in idx.step(0, w, r.article).into_iter().flatten() {
                let mut node = start;
                let mut j = i + 1;
                let mut last = if idx.refs(node).is_empty() { None } else { Some((j, node)) };
                while j < s_end {
                    // (a hashtag joins the words of a name with "_":
                    // "#كوريا_الشمالية", "#نبيه_بري")
                    let at = if is_joint(an, j) && j + 1 < s_end { j + 1 } else { j };
                    let base = an.first_reading(at);
                    let next = an
                        .readings(at)
                        .iter()
                        .enumerate()
                        .filter(|(_, x)| !x.conj && x.prep.is_none())
                        .find_map(|(xi, x)| {
                            words
                                .get(idx, base + xi, x.key)
                                .and_then(|w| idx.step(node, w, x.article).into_iter().flatten().next())
                        });
                    match next {
                        Some(n) => {
                            node = n;
                            j = at + 1;
                            if !idx.refs(node).is_empty() {
                                last = Some((j, node));
                            }
                        }
                        None => break,
                    }
                }
                if let Some((end, node)) = last {
                    if best.is_none_or(|(e, _, _)| end > e) {
                        best = Some((end, node, r));
                    }
                }
            }
        }
        match best {
            Some((end, node, r)) => {
                let refs = idx.refs(node);
                let refs = if end == i + 1 {
                    accusative_nisba(an, lex, i, &r, refs).unwrap_or(refs)
                } else {
                    refs
                };
                // (a name of a state or place takes no tanwin: one written
                // with it is the nisba in the accusative, "دبلوماسياً
                // روسياً", or another word, the adverb "دوماً" (always), not
                // Douma)
                let refs = match tanwin_name(an, lex, i, end, refs) {
                    Some(refs) => refs,
                    None => {
                        i = end;
                        continue;
                    }
                };
                out.push(Mention {
                    start: i,
                    end,
                    refs,
                    conj: r.conj,
                    prep: r.prep,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The names a one-word mention at `i` stands for, given that a state or
/// place written with the tanwin of the accusative (ً) is none: its nisba
/// when the word is one ("روسياً"), `None` (no mention) when it is not
/// ("دوماً"). Other mentions keep `refs`.
fn tanwin_name<'l>(an: &Analysis<'_>, lex: &'l Lexicon, i: usize, end: usize, refs: &'l [NameRef]) -> Option<&'l [NameRef]> {
    let place = |x: &NameRef| matches!(x, NameRef::Country(_) | NameRef::Place(_) | NameRef::Metonym(_));
    if end != i + 1 || !an.raw(i).ends_with('\u{064B}') || !refs.iter().all(place) {
        return Some(refs);
    }
    let written = an.raw(i).trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c));
    let adjective = written.strip_suffix('ا').map(|w| lex.phrases.exact(w)).unwrap_or(&[]);
    adjective.iter().any(|x| matches!(x, NameRef::Adjective(_))).then_some(adjective)
}

/// "طرد 23 دبلوماسيا روسيا", "قتلت جنديا تركيا", "تقاربا روسيا تركيا":
/// after a noun in the indefinite accusative (no article, the tanwin's
/// alif), a country's name that is spelt as its nisba in the accusative
/// (روسيا، تركيا، بريطانيا، ألمانيا، سوريا، ليبيا ...) is that nisba, an
/// adjective of the noun before it. Not after an adverb ("انتقدت أيضا
/// روسيا"), a word ending in its own alif ("رعايا") or a verb's suffix.
fn accusative_nisba<'l>(an: &Analysis<'_>, lex: &'l Lexicon, i: usize, r: &Reading<'_>, refs: &[NameRef]) -> Option<&'l [NameRef]> {
    if i == 0 || r.conj || r.prep.is_some() || r.article || !an.is_word(i - 1) || !an.same_sentence(i - 1, i) {
        return None;
    }
    let country = refs.iter().find_map(|x| if let NameRef::Country(c) = x { Some(*c) } else { None })?;
    let prev = an.folded(i - 1);
    // (not a verb's suffix: an object pronoun, "تدعمها روسيا", "تعتبرهما",
    // "دعونا", or the plural or dual, "قالوا", "حملتا روسيا المسؤولية")
    let suffix = ["ها", "نا", "وا", "تا", "ما"].iter().any(|x| prev.ends_with(x));
    if !indefinite_accusative(prev) || suffix || is_word_of_kind(an, lex, i - 1, Particle::Adverb) {
        return None;
    }
    // (nor a verb or participle, whose object the country is: "ودعا روسيا",
    // "مطالبا روسيا"; nor a country, "حملت بريطانيا روسيا المسؤولية")
    if !lex.verb_forms_after_waw(prev).1.is_empty()
        || an
            .readings(i - 1)
            .iter()
            .any(|x| lex.phrases.exact(x.key).iter().any(|y| matches!(y, NameRef::Country(_))))
    {
        return None;
    }
    // (looked up as written, so that a name with a hamza on its alef keeps
    // it: "ألمانيا" -> "ألماني", which folded would read as the article)
    let written = an.raw(i).trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c));
    let adjective = lex.phrases.exact(written.strip_suffix('ا')?);
    adjective
        .iter()
        .any(|x| matches!(x, NameRef::Adjective(c) if *c == country))
        .then_some(adjective)
}

/// Entity type names of the output contract.
pub const PER: &str = "PER";
pub const ORG: &str = "ORG";
pub const GPE: &str = "GPE";
pub const LOC: &str = "LOC";
pub const MISC: &str = "MISC";
/// A role phrase without a name ("الجيش السوري", "متظاهرون").
pub const ROLE: &str = "ROLE";

/// An actor: one or more mentions that together name who acts or is acted on.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Token range of the whole actor phrase (title and name).
    pub start: usize,
    pub end: usize,
    /// Token range of the part that names it (the person's name, or the whole).
    pub name_start: usize,
    pub name_end: usize,
    pub code: Option<String>,
    pub canonical: Option<String>,
    pub wikidata: Option<String>,
    pub kind: &'static str,
    /// A role without a country ("مسؤولون"), or a bare counterpart.
    pub vague: bool,
    /// "الجانبان", "الطرفان": both parties named before.
    pub both_sides: bool,
    /// A place that is not an actor (kept for locations).
    pub place_only: bool,
    /// Country of a place.
    pub country: Option<String>,
    /// A noun made an actor by its nisba ("ناقلة النفط البريطانية"): it can
    /// be acted on, but is never taken as the one who acts or speaks.
    pub modifier: bool,
    /// A role headed by a plural noun ("السلطات", "دبلوماسيين"): several,
    /// so no name after it is its holder's.
    pub plural: bool,
    /// Has left the office its code names ("الرئيس الأمريكي السابق", or a
    /// person whose dated roles have ended): once the roles of the article
    /// are resolved, its code becomes the country's elites, `ELI`, as the
    /// CAMEO codebook codes former officials. Until then it is the office's,
    /// so that it still tells whose "الحكومة" or "الجيش" is meant.
    pub former: bool,
    pub conj: bool,
    pub prep: Option<char>,
}

impl Actor {
    /// Whether this actor can act or be acted on.
    pub fn is_actor(&self) -> bool {
        !self.place_only && (self.code.is_some() || self.both_sides)
    }
    /// The first three letters of the actor code.
    /// The code an event gives this actor as its target: its own, or for a
    /// place with none, its country's.
    pub fn target_code(&self) -> Option<&str> {
        self.code.as_deref().or(if self.place_only { self.country.as_deref() } else { None })
    }

    pub fn country_code(&self) -> Option<&str> {
        self.code.as_deref().map(|c| c.get(..3).unwrap_or(c))
    }

    /// A person (named), as opposed to a state, group or role.
    pub fn is_person(&self) -> bool {
        self.kind == PER
    }
}

/// Nouns of a spokesman (folded, without the article).
const SPOKESMAN: &[&str] = &["متحدث", "متحدثه", "ناطق", "ناطقه"];

/// "مسؤول" and its forms (folded, without the article), which before عن
/// mean "responsible".
const RESPONSIBLE: &[&str] = &["مسؤول", "مسؤوله", "مسؤولون", "مسؤولين", "مسؤولان", "مسؤولتان", "مسؤولتين"];

/// Bodies that are no organ of a state (folded, without the article):
/// parties, movements, groups and associations. A spokesman in the name of
/// one the lexicon does not know is that body's, not a government's.
const NON_STATE_BODIES: &[&str] = &[
    "جماعه",
    "جماعات",
    "حركه",
    "حركات",
    "تحالف",
    "ائتلاف",
    "منظمه",
    "منظمات",
    "حزب",
    "تيار",
    "فصيل",
    "فصائل",
    "كتله",
    "جمعيه",
    "مجموعه",
    "فيلق",
    "نقابه",
    "شركه",
    "عائله",
    "اسره",
];

/// Whether a role phrase ending at token `end` ends with "باسم" (in the
/// name of), or is followed by it, and the body it names is one of
/// [`NON_STATE_BODIES`] that is no mention (the next one, `next`, starts
/// elsewhere), or a name in quotation marks: "المتحدث باسم الحركة
/// المدنية", "متحدث باسم إحدى الجماعات المعارضة", "الناطق باسم «فيلق
/// الرحمن»".
fn speaks_for_unknown(an: &Analysis<'_>, next: Option<&Mention<'_>>, end: usize) -> bool {
    let bism = |t: usize| t < an.tokens.len() && an.is_word(t) && an.folded(t) == "باسم";
    let after = if end > 0 && bism(end - 1) {
        end
    } else if bism(end) {
        end + 1
    } else {
        return false;
    };
    // (past a hashtag's mark: "باسم #نقابة_الموظفين")
    let after = if after + 1 < an.tokens.len() && an.is_punct(after, "#") {
        after + 1
    } else {
        after
    };
    if after >= an.tokens.len() || !an.same_sentence(end - 1, after) || next.is_some_and(|n| n.start == after) {
        return false;
    }
    if matches!(an.raw(after), "«" | "\"" | "“") {
        return next.is_none_or(|n| n.start != after + 1);
    }
    // (past "إحدى"/"أحد": "باسم إحدى الجماعات")
    let mut first = after;
    if an.is_word(first) && matches!(an.folded(first), "احدي" | "احد") && first + 1 < an.tokens.len() {
        first += 1;
    }
    an.is_word(first) && next.is_none_or(|n| n.start != first) && NON_STATE_BODIES.contains(&crate::text::strip_article(an.folded(first)))
}

/// Composes mentions into actors, resolving people's roles on `date` (`yyyymmdd`).
pub fn build_actors(an: &Analysis<'_>, lex: &Lexicon, mentions: &[Mention<'_>], date: Option<u32>) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    let mut k = 0;
    while k < mentions.len() {
        let m = mentions[k];
        let role = m.refs.iter().find_map(|r| {
            if let NameRef::Role(i) = r {
                Some(lex.roles[*i as usize].as_str())
            } else {
                None
            }
        });
        let counterpart = m.particle(Particle::Counterpart);
        // a title or person in the genitive of a place noun names the place,
        // not an actor: "قاعدة الملك فيصل البحرية", "مطار الملك خالد الدولي"
        // (and the name after the title with it)
        if (role.is_some() || m.has(|r| matches!(r, NameRef::Person(_)))) && !counterpart && after_head(an, lex, m.start, Particle::PlaceHead) {
            let mut end = m.end;
            k += 1;
            while k < mentions.len() && mentions[k].start == end && mentions[k].has(|r| matches!(r, NameRef::Person(_))) {
                end = mentions[k].end;
                k += 1;
            }
            continue;
        }
        // a person or role in the genitive of a noun of kinship is someone
        // else: "والدة أمير قطر", "زوجة الرئيس الأمريكي" (with the name or
        // nisba that completes it)
        if (role.is_some() || m.has(|r| matches!(r, NameRef::Person(_)))) && !counterpart && after_head(an, lex, m.start, Particle::KinHead) {
            let mut end = m.end;
            // (a country only as the genitive of the role itself: "أمير قطر";
            // not the object after a name, "انتقد نجل ترامب الصين")
            let mut after_role = role.is_some();
            k += 1;
            while k < mentions.len() && mentions[k].start == end && !mentions[k].conj && mentions[k].prep.is_none() {
                let n = mentions[k];
                if !(n.has(|r| matches!(r, NameRef::Person(_) | NameRef::Adjective(_))) || (after_role && n.has(|r| matches!(r, NameRef::Country(_))))) {
                    break;
                }
                after_role = false;
                end = n.end;
                k += 1;
            }
            continue;
        }
        // a role noun that is also an abstract noun, without the article
        // and with a genitive that names no actor, is that noun: "سوء إدارة
        // المال العام", "نظام الحكم", "نظام دفاع" (not "إدارة ترامب", "نظام
        // الأسد", nor before an adjective of its gender, "إدارة محلية")
        if role.is_some()
            && m.end == m.start + 1
            && head_of_kind(an, lex, m.start, Particle::AbstractHead)
            && an.is_word(m.end)
            && an.same_sentence(m.start, m.end)
        {
            // (an actor as its genitive, or a nisba over two words of its
            // name: "إدارة الطاقة الأمريكية")
            let named = mentions.get(k + 1).is_some_and(|n| {
                n.start <= m.end + 2
                    && (m.end..n.start).all(|t| an.is_word(t) && !is_preposition(an.folded(t)))
                    && an.same_sentence(m.start, n.start)
                    && !n.conj
                    && n.prep.is_none()
                    && (n.has(|r| matches!(r, NameRef::Adjective(_))) || (n.start == m.end && (n.is_nameish() || n.has(|r| matches!(r, NameRef::Role(_))))))
            });
            let genitive = is_definite(an, m.end) || !an.folded(m.end).ends_with('ه') || !an.folded(m.start).ends_with('ه');
            if !named && genitive {
                k += 1;
                continue;
            }
        }
        // the word after a role of one word, in its sentence, which may say
        // that the word is no role here
        let next_word = (m.end == m.start + 1 && an.is_word(m.end) && an.same_sentence(m.start, m.end)).then(|| an.folded(m.end));
        // "الناطقة بالإنجليزية" is English-speaking, no spokeswoman
        if role.is_some() && next_word.is_some_and(|w| w.starts_with("بال")) && an.readings(m.start).iter().any(|r| SPOKESMAN.contains(&r.key)) {
            k += 1;
            continue;
        }
        // "مسؤول" with عن after it is responsible for something, no
        // official: "روسيا مسؤولة عن الهجوم", "الجماعة المسؤولة عن التفجير"
        // (but an official in apposition, "فلان، المسؤول عن الملف", or
        // joined to a role, "رئيس الشرطة والمسؤول عن التحقيق", and a
        // verb's subject or object whose عن may be the verb's: "وتحدث
        // مسؤولون عن")
        // (the verb looked up last: only before "عن")
        let verb_before = || m.start > 0 && an.is_word(m.start - 1) && !lex.verb_forms_after_waw(an.folded(m.start - 1)).1.is_empty();
        if role.is_some()
            && next_word == Some("عن")
            && !m.conj
            && !(m.start > 0 && (an.is_comma(m.start - 1)))
            && an.readings(m.start).iter().any(|r| RESPONSIBLE.contains(&r.key))
            && !verb_before()
        {
            k += 1;
            continue;
        }
        // a noun of people or kin called international is the
        // international community, no civilians: "الأسرة الدولية" (as
        // "المجتمع الدولي")
        if role == Some("CVL") && next_word.is_some_and(|w| matches!(crate::text::strip_article(w), "دولي" | "دوليه")) {
            k += 1;
            continue;
        }
        let nisba_role = m.end == m.start + 1 && is_word_of_kind(an, lex, m.start, Particle::NisbaRole);
        let adjective_role = m.end == m.start + 1 && is_word_of_kind(an, lex, m.start, Particle::AdjectiveRole);
        // (one of the nisba adjectives is no role right after a noun of its
        // definiteness, which it qualifies: "تقارير إعلامية صينية", "الائتلاف
        // الوطني السوري المعارض"; the words after it are read on their own)
        let qualifies = adjective_role
            && !m.conj
            && m.prep.is_none()
            && m.start > 0
            && an.is_word(m.start - 1)
            && an.same_sentence(m.start - 1, m.start)
            && is_definite(an, m.start - 1) == is_definite(an, m.start);
        if role.is_some() && qualifies {
            k += 1;
            continue;
        }
        if (role.is_some() || counterpart) && !m.is_nameish() {
            // role phrase: role [complements] [country] [person]
            let mut role_code = role.unwrap_or("GOV").to_string();
            let mut end = m.end;
            let mut country: Option<&str> = None;
            let mut person: Option<(usize, usize, u32)> = None;
            let mut next = k + 1;
            // a role named by the body it serves in ("مصدر في", roles.tsv):
            // only a body may follow, a role or an organisation ("مصدر في
            // الخارجية التركية"), not a place ("مصادر في صنعاء" are sources
            // there, no organ of the state) nor whom it spoke to ("مصدر في
            // النيابة لوكالة الأنباء الفرنسية")
            let source_in = an.is_word(m.end - 1) && an.folded(m.end - 1) == "في";
            // further role nouns and unmatched complements ("وزير الخارجية", "رئيس أركان الجيش")
            let mut gap = 0;
            // the last role noun of the phrase, the title of a name after it
            let mut last_title = m.start;
            while next < mentions.len() && gap <= 2 {
                let n = mentions[next];
                let between = n.start.saturating_sub(end);
                if source_in
                    && ((end == m.end && !n.refs.iter().any(|r| matches!(r, NameRef::Role(_)))) || (end..n.start).any(|t| has_clitic_preposition(an, t)))
                {
                    break;
                }
                if between > 2 - gap
                    || !an.same_sentence(m.start, n.start)
                    || (between > 0 && is_definite(an, end - 1) && !is_definite(an, end) && !has_clitic_preposition(an, end) && !is_joint(an, end))
                    // (nor over a clause conjunction, nor an event noun with
                    // ب, which is the role's act, not its complement: "قرار
                    // الحكومة بغزو العراق"; nor one with the ل of purpose:
                    // "هرع المسعفون لإنقاذ الضحايا", "دعت النقابات لإصلاح")
                    || (end..n.start).any(|t| {
                        (!an.is_word(t) && !is_joint(an, t))
                            || is_preposition(an.folded(t))
                            || is_number_word(an.folded(t))
                            || is_clause_conjunction(an.folded(t))
                            || is_demonstrative(an.folded(t))
                            || an.readings(t).iter().any(|r| {
                                matches!(r.prep, Some('ب' | 'ل')) && !r.article && !lex.noun_patterns(r.key).is_empty()
                            })
                    })
                    // (nor onto the verb's object: "أعدمت السلطات سجينا",
                    // also past a definite adjective the lexicon has no
                    // country for: "قتلت القوات الكردية جنديا تركيا")
                    || ((between == 0 || (end..n.start).all(|t| is_definite(an, t))) && object_after_definite(an, lex, mentions, next, n.start))
                    // (nor onto a state or organisation named after a
                    // definite role, which has no genitive: "انتقد الوزير
                    // إيران", "الوزير حماس"; its own is "وزير إيران")
                    // (a name with the article is an adjective there:
                    // "الخارجية السعودية")
                    || (bare_after_definite(an, end, &n)
                        && n.refs.iter().any(|r| matches!(r, NameRef::Country(_) | NameRef::Org(_) | NameRef::Metonym(_)))
                        && !n.refs.iter().any(|r| matches!(r, NameRef::Adjective(_) | NameRef::Role(_) | NameRef::Person(_))))
                    || n.conj
                    || n.prep.is_some()
                {
                    break;
                }
                // a definite date word as the genitive of a construct head
                // is a name: "حزب الغد المصري", "صحيفة اليوم السابع"
                if between == 0 && !is_definite(an, end - 1) && is_definite(an, n.start) && n.refs.iter().all(|r| matches!(r, NameRef::Date(_))) {
                    end = n.end;
                    next += 1;
                    continue;
                }
                gap += between;
                if let Some(r2) = n.refs.iter().find_map(|r| {
                    if let NameRef::Role(i) = r {
                        Some(lex.roles[*i as usize].as_str())
                    } else {
                        None
                    }
                }) {
                    // (two definite nouns side by side are two phrases: "اعتقلت
                    // الشرطة المتظاهرين"; a construct head has no article;
                    // nor is a role noun that is as often another word a
                    // complement: "مبعوثا نيابة عن" is on behalf of)
                    // (nor does a plural that keeps its ن head a construct:
                    // "أحرق متظاهرون القنصلية الإيرانية" were not the
                    // consulate's, nor "هاجم مسلحون مقر السفارة الأمريكية"
                    // the embassy's, past the word between)
                    if (between == 0 && is_definite(an, end - 1) && is_definite(an, n.start))
                        || ((between > 0 || is_definite(an, n.start)) && an.folded(end - 1).ends_with("ون"))
                        || (n.end == n.start + 1
                            && (is_word_of_kind(an, lex, n.start, Particle::NisbaRole) || is_word_of_kind(an, lex, n.start, Particle::AdjectiveRole)))
                    {
                        break;
                    }
                    if !n.is_nameish() {
                        // (a minister or ministry of the media, of health, is
                        // the government's: "وزير الإعلام" is no journalist)
                        if role_code == "GOV" && r2 != "GOV" && !is_ministry(an, m.start) {
                            role_code = r2.to_string();
                        }
                        last_title = n.start;
                        end = n.end;
                        next += 1;
                        continue;
                    }
                }
                // (a capital or seat of power in the genitive of a construct
                // head stands for its country: "محافظ مقديشو", "مستشار البيت
                // الأبيض"; not after a definite role, where it is the verb's
                // object, "زار البابا بيونغ يانغ"; nor a word several states
                // share, "المملكة")
                let shared = n.refs.len() > 1 && n.refs.iter().all(|r| matches!(r, NameRef::Metonym(_)));
                // (a capital spelt like another country, "شرطة عمان": the one
                // the article names more, as for a name on its own; a
                // country's bare name with the article is an adjective,
                // "المستشار المالي" is a financial adviser)
                let bare = read_as_adjective(an, lex, mentions, &n);
                let capital = n.refs.iter().find_map(|r| match r {
                    NameRef::Metonym(i) if !shared && between == 0 && !is_definite(an, end - 1) => Some(*i),
                    _ => None,
                });
                let homograph = capital.is_some_and(|cap| n.refs.iter().any(|r| matches!(r, NameRef::Country(c) if *c != cap)));
                let capital_wins = capital.is_some_and(|cap| {
                    homograph
                        && n.refs
                            .iter()
                            .filter_map(|r| if let NameRef::Country(c) = r { Some(*c) } else { None })
                            .all(|c| c == cap || country_evidence(lex, mentions, cap) > country_evidence(lex, mentions, c))
                });
                if let Some(c) = n.refs.iter().find_map(|r| match r {
                    NameRef::Metonym(i) if capital_wins && Some(*i) == capital => Some(*i),
                    NameRef::Adjective(i) => Some(*i),
                    NameRef::Country(i) if !bare && !capital_wins => Some(*i),
                    NameRef::Metonym(i) if !shared && between == 0 && !is_definite(an, end - 1) && !homograph => Some(*i),
                    _ => None,
                }) {
                    if n.prep.is_none() {
                        country = Some(lex.countries[c as usize].code.as_str());
                        end = n.end;
                        next += 1;
                    }
                } else if let Some(place) = n.refs.iter().find_map(|r| match r {
                    // a place in the genitive: "شرطة ولاية نيويورك", "محافظ البصرة"
                    NameRef::Place(i) if !n.is_nameish_beyond_place() => lex.places[*i as usize].country.as_deref(),
                    _ => None,
                }) {
                    if n.prep.is_none() && !n.conj {
                        country = Some(place);
                        end = n.end;
                        next += 1;
                    }
                }
                break;
            }
            // a country to which the role belongs, or which leads it:
            // "الميليشيات التابعة لإيران", "قوات التحالف التي تقودها الولايات
            // المتحدة"
            if next < mentions.len() && country.is_none() && person.is_none() {
                let n = mentions[next];
                if (belongs_to(an, end, &n) || led_by(an, end, &n)) && !n.conj && an.same_sentence(m.start, n.start) {
                    if let Some(c) = n.refs.iter().find_map(|r| if let NameRef::Country(i) = r { Some(*i) } else { None }) {
                        country = Some(lex.countries[c as usize].code.as_str());
                        end = n.end;
                        next += 1;
                    }
                }
            }
            // a body of a country in which the role serves: "مسؤول في وزارة
            // الدفاع الأميركية", "عضو في البرلمان الإيراني"
            if next + 1 < mentions.len() && country.is_none() && person.is_none() {
                let (n, adj) = (mentions[next], mentions[next + 1]);
                // (also with ب after an official or a source: "مسؤول
                // بوزارة الخارجية الأمريكية", "مصدر مسؤول بالشرطة الفرنسية")
                let official = end == m.end && an.readings(m.start).iter().any(|r| matches!(r.key, "مسؤول" | "مصدر" | "ضابط" | "موظف" | "عضو"));
                let with_bi = official && n.start == end && n.prep == Some('ب');
                if (serves_in(an, end, &n) && n.prep.is_none() || with_bi)
                    && !n.conj
                    && adj.start == n.end
                    && adj.prep.is_none()
                    && !adj.conj
                    && n.refs.iter().any(|r| matches!(r, NameRef::Role(_)))
                    && an.same_sentence(m.start, adj.start)
                {
                    if let Some(c) = adj.refs.iter().find_map(|r| if let NameRef::Adjective(i) = r { Some(*i) } else { None }) {
                        country = Some(lex.countries[c as usize].code.as_str());
                        end = adj.end;
                        next += 2;
                        // (an official of a body is of its role: "مسؤول في
                        // الشرطة الفرنسية" is FRACOP, "عضو في البرلمان
                        // الإيراني" IRNLEG)
                        if let Some(r2) = n.refs.iter().find_map(|r| {
                            if let NameRef::Role(i) = r {
                                Some(lex.roles[*i as usize].as_str())
                            } else {
                                None
                            }
                        }) {
                            if role_code == "GOV" && r2 != "GOV" {
                                role_code = r2.to_string();
                            }
                        }
                    }
                }
            }
            // a group named right after the role noun, or as its genitive with
            // ل: "المتمردين الحوثيين", "الأمين العام لجامعة الدول العربية"
            if next < mentions.len() && country.is_none() {
                let n = mentions[next];
                // (or in whose name it speaks: "المتحدث العسكري باسم الحوثيين")
                // (also over a hashtag's mark: "المتحدث باسم #حركة_حماس")
                let hashtag = |at: usize| n.start == at + 1 && an.is_punct(at, "#");
                let in_name_of = (n.start == end + 1 || hashtag(end + 1)) && an.is_word(end) && an.folded(end) == "باسم";
                let after_bism = hashtag(end) && end > 0 && an.is_word(end - 1) && an.folded(end - 1) == "باسم";
                // (or to which it belongs: "القوات البحرية التابعة للحرس الثوري")
                let member = person.is_none() && serves_in(an, end, &n) && n.prep.is_none();
                // (not a name without the article right after a definite
                // role, which is the verb's object: "انتقد الوزير حماس")
                let adjacent = n.start == end && !bare_after_definite(an, end, &n);
                // (also a body with a name of its own before "التابعة":
                // "لجنة تقصي الحقائق التابعة لمنظمة حظر الأسلحة الكيميائية")
                let named_body = end == m.end
                    && is_word_of_kind(an, lex, m.start, Particle::BodyHead)
                    && (end + 1..=end + 2).any(|e| n.start > e && belongs_to(an, e, &n) && (end..e).all(|t| an.is_word(t)));
                if (adjacent || in_name_of || after_bism || belongs_to(an, end, &n) || named_body || member)
                    && (!source_in || (end == m.end && n.prep.is_none()))
                    && an.same_sentence(m.start, n.start)
                    && !n.conj
                    && matches!(n.prep, None | Some('ل'))
                {
                    if let Some(o) = n.refs.iter().find_map(|r| if let NameRef::Org(i) = r { Some(*i) } else { None }) {
                        let org = &lex.organizations[o as usize];
                        out.push(Actor {
                            start: m.start,
                            end: n.end,
                            name_start: n.start,
                            name_end: n.end,
                            code: Some(org.code_on(date).to_string()),
                            canonical: Some(org.canonical.clone()),
                            wikidata: org.wikidata.clone(),
                            // (a member serving in it is a person of the body)
                            kind: if member { ROLE } else { ORG },
                            vague: false,
                            both_sides: false,
                            place_only: false,
                            country: Some(org.code_on(date).chars().take(3).collect()),
                            modifier: false,
                            plural: false,
                            former: false,
                            conj: m.conj,
                            prep: m.prep,
                        });
                        k = next + 1;
                        continue;
                    }
                }
            }
            // a person named right after the title, or after its genitive
            // ("المتحدث باسم الحركة سامي أبو زهري"; a source is unnamed:
            // "نفى مصدر في القنصلية السعودية مقتل خاشقجي"; nor is a title in
            // the plural one person's: "اعتقلت السلطات المغربية الزفزافي" is
            // the authorities and whom they arrested; the head and the last
            // title both in the plural, as "قوات الرئيس بشار الأسد" names
            // the president and "رئيس وزراء إسرائيل بنيامين نتانياهو" the
            // prime minister)
            // (the title of a former office-holder: "وزير الخارجية الأمريكي
            // السابق", and the person named after it, whatever the lexicon's
            // dates say; not a person in the title's genitive, "محامي ترامب
            // السابق" is the lawyer who left)
            // (a person's title, not a body's: "البرلمان العراقي سابقا" is
            // what parliament decided before, "النظام السابق" a regime)
            let body = an.readings(m.start).iter().any(|r| is_body_noun(r.key));
            let mut former = !body && (m.end..=end).any(|t| t < an.tokens.len() && an.is_word(t) && is_former(an.folded(t)));
            let plural = plural_head(an, lex, m.start) && plural_head(an, lex, last_title);
            if next < mentions.len() && !source_in && !plural {
                let n = mentions[next];
                let gap_ok = n.start <= end + 2 && an.same_sentence(m.start, n.start) && (end..n.start).all(|t| an.is_word(t) && !is_preposition(an.folded(t)));
                if gap_ok && !n.conj && n.prep.is_none() {
                    if let Some(p) = n.refs.iter().find_map(|r| if let NameRef::Person(i) = r { Some(*i) } else { None }) {
                        person = Some((n.start, n.end, p));
                        end = n.end;
                        next += 1;
                    }
                }
            }
            // (and with no body after it, it names no one: "مصدر في حديث
            // للصحيفة"; nor a role noun that is as often another word, or
            // names no one on its own, with no country, role or person
            // after it: "مؤتمر صحفي", "القضاء على", "الزعيم"; "زعيم
            // المتمردين" is the rebels')
            if source_in && end == m.end {
                k = next;
                continue;
            }
            if (nisba_role || adjective_role) && country.is_none() && person.is_none() && end == m.end {
                k += 1;
                continue;
            }
            // (nor a spokesman in the name of a body the lexicon does not
            // know, "المتحدث باسم الحركة المدنية", "الناطق باسم «فيلق
            // الرحمن»": that body's, not the government of a country named
            // before; left to the quote's speaker as a source noun)
            if country.is_none() && person.is_none() && speaks_for_unknown(an, mentions.get(next), end) {
                k = next;
                continue;
            }
            let composed = country.map(|c| format!("{c}{role_code}"));
            let (name_start, name_end, code, canonical, wikidata, kind, vague) = match person {
                Some((s, e, p)) => {
                    let pp = &lex.people[p as usize];
                    // (a government named by its head is still the state's:
                    // "استقالت حكومة شريف إسماعيل", "إدارة أوباما")
                    let government = an.readings(m.start).iter().any(|r| is_government_noun(r.key));
                    former |= !government && pp.left_office(date);
                    let code = pp.code_on(date).or(pp.latest_code()).map(str::to_string).or(composed.clone());
                    (s, e, code, Some(pp.canonical.clone()), pp.wikidata.clone(), PER, false)
                }
                None => {
                    let vague = composed.is_none();
                    let code = if counterpart && composed.is_none() {
                        None
                    } else {
                        composed.clone().or(Some(role_code.clone()))
                    };
                    (m.start, end, code, None, None, ROLE, vague)
                }
            };
            out.push(Actor {
                start: m.start,
                end,
                name_start,
                name_end,
                code,
                canonical,
                wikidata,
                kind,
                vague,
                both_sides: false,
                place_only: false,
                country: country.map(str::to_string),
                modifier: false,
                plural,
                former,
                conj: m.conj,
                prep: m.prep,
            });
            k = next;
            continue;
        }
        let actor = |code: Option<String>, canonical: Option<String>, wikidata: Option<String>, kind: &'static str| Actor {
            start: m.start,
            end: m.end,
            name_start: m.start,
            name_end: m.end,
            country: code.as_ref().map(|c| c.chars().take(3).collect()),
            code,
            canonical,
            wikidata,
            kind,
            vague: false,
            both_sides: false,
            place_only: false,
            modifier: false,
            plural: false,
            former: false,
            conj: m.conj,
            prep: m.prep,
        };
        // a capital spelt like another country ("عمان" is Oman and Amman):
        // the country the rest of the article speaks of
        let homograph = m.refs.iter().find_map(|r| match r {
            NameRef::Metonym(capital) => m.refs.iter().find_map(|q| match q {
                NameRef::Country(c) if c != capital => Some((*c, *capital)),
                _ => None,
            }),
            _ => None,
        });
        // a country's name written bare, read with the article, is a
        // word of its own: "المالي" is financial, not Mali; "السورية" the
        // nisba
        let bare = read_as_adjective(an, lex, mentions, &m);
        let capital_wins = homograph.is_some_and(|(c, capital)| country_evidence(lex, mentions, capital) > country_evidence(lex, mentions, c));
        // a word that stands for several states ("المملكة", any kingdom):
        // the one the rest of the article names most, or none
        let shared = m.refs.len() > 1 && m.refs.iter().all(|r| matches!(r, NameRef::Metonym(_)));
        // (one the lexicon does not know when an adjective names it: "المملكة
        // الحجازية")
        let named_by_adjective = m.end < an.tokens.len()
            && an.same_sentence(m.end - 1, m.end)
            && an.is_word(m.end)
            && an.readings(m.end).iter().any(|r| r.article && r.key.ends_with("يه"));
        let best_shared = if shared && !named_by_adjective {
            m.refs
                .iter()
                .filter_map(|r| match r {
                    NameRef::Metonym(c) => Some((country_evidence(lex, mentions, *c), *c)),
                    _ => None,
                })
                .filter(|&(n, _)| n > 0)
                .max_by_key(|&(n, c)| (n, std::cmp::Reverse(c)))
                .map(|(_, c)| c)
        } else {
            None
        };
        let primary = m
            .refs
            .iter()
            .filter(|r| !((capital_wins || bare) && matches!(r, NameRef::Country(_))))
            .filter(|r| !shared || matches!(r, NameRef::Metonym(c) if Some(*c) == best_shared))
            .min_by_key(|r| match r {
                NameRef::Person(_) => 0,
                NameRef::Org(_) => 1,
                NameRef::Country(_) => 2,
                NameRef::Metonym(_) => 3,
                NameRef::Place(_) => 4,
                NameRef::Adjective(_) => 5,
                _ => 9,
            });
        // a one-word name right after بن، أبو، عبد is part of someone
        // else's name: "كوثر بن هنية", "خالد بن سلمان"
        let in_other_name =
            m.end == m.start + 1 && !m.conj && m.prep.is_none() && m.start > 0 && an.is_word(m.start - 1) && is_name_link(an.folded(m.start - 1));
        let a = match primary {
            Some(NameRef::Person(_)) if in_other_name => None,
            Some(NameRef::Person(p)) => {
                let pp = &lex.people[*p as usize];
                let code = pp.code_on(date).or(pp.latest_code()).map(str::to_string);
                let mut a = actor(code, Some(pp.canonical.clone()), pp.wikidata.clone(), PER);
                a.former = pp.left_office(date);
                Some(a)
            }
            Some(NameRef::Org(o)) => {
                let org = &lex.organizations[*o as usize];
                let kind = match org.kind.as_str() {
                    "GPE" => GPE,
                    "LOC" => LOC,
                    _ => ORG,
                };
                Some(actor(
                    Some(org.code_on(date).to_string()),
                    Some(org.canonical.clone()),
                    org.wikidata.clone(),
                    kind,
                ))
            }
            // (where a meeting was held or an agreement signed is a place:
            // "قمة هلسنكي", "اتفاق فيينا")
            Some(NameRef::Country(c) | NameRef::Metonym(c)) if venue_of_meeting(an, lex, mentions, k) => {
                let c = &lex.countries[*c as usize];
                let mut a = actor(None, Some(c.canonical.clone()), None, GPE);
                a.place_only = true;
                a.country = Some(c.code.clone());
                Some(a)
            }
            Some(NameRef::Country(c)) => {
                let c = &lex.countries[*c as usize];
                Some(actor(Some(c.code.clone()), Some(c.canonical.clone()), c.wikidata.clone(), GPE))
            }
            Some(NameRef::Metonym(c)) => {
                let c = &lex.countries[*c as usize];
                Some(actor(Some(format!("{}GOV", c.code)), Some(c.canonical.clone()), None, GPE))
            }
            Some(NameRef::Place(p)) => {
                let pl = &lex.places[*p as usize];
                let mut a = actor(None, Some(pl.canonical.clone()), pl.wikidata.clone(), if pl.kind == "LOC" { LOC } else { GPE });
                a.place_only = true;
                a.country = pl.country.clone();
                Some(a)
            }
            Some(NameRef::Adjective(c)) => {
                // a nisba used as a noun ("للإيرانيين", "من الروس"), not as a modifier
                // (a preposition with its pronoun is no noun the nisba
                // describes: "تحذر فيها الفلسطينيين" warns the Palestinians)
                let prev_is_word = m.start > 0
                    && an.is_word(m.start - 1)
                    && !is_preposition(an.folded(m.start - 1))
                    && !is_preposition_with_pronoun(an.folded(m.start - 1))
                    && !prev_is_particle(mentions, k);
                let c = &lex.countries[*c as usize];
                // (people counted, "21 فلسطينيا", "ثلاثة إيرانيين", "عشرات
                // الفلسطينيين", are people of that country, not its state)
                let counted = m.start > 0
                    && an.same_sentence(m.start - 1, m.start)
                    && (an.tokens[m.start - 1].kind == crate::text::TokenKind::Number || (an.is_word(m.start - 1) && is_number_word(an.folded(m.start - 1))));
                let code = if counted && m.prep.is_none() {
                    format!("{}CVL", c.code)
                } else {
                    c.code.clone()
                };
                if m.prep.is_some() || !prev_is_word {
                    Some(actor(Some(code), Some(c.canonical.clone()), None, MISC))
                } else if m.start > 0
                    && an.same_sentence(m.start - 1, m.start)
                    && !out.last().is_some_and(|a| a.end == m.start)
                    && !is_preposition(an.folded(m.start - 1))
                    && is_word_of_kind(an, lex, m.start - 1, Particle::LandHead)
                {
                    // land of that country is a place of it, no actor:
                    // "الأراضي السورية", "الحدود الأردنية"
                    let head = an.readings(m.start - 1).iter().find(|r| lex.word_kind(r.key) == Some(Particle::LandHead));
                    let mut a = actor(None, Some(c.canonical.clone()), None, LOC);
                    a.start = m.start - 1;
                    a.name_start = m.start - 1;
                    a.prep = head.and_then(|r| r.prep);
                    a.conj = head.is_some_and(|r| r.conj);
                    a.place_only = true;
                    a.country = Some(c.code.clone());
                    Some(a)
                } else if m.start > 0
                    && an.same_sentence(m.start - 1, m.start)
                    && !out.last().is_some_and(|a| a.end == m.start)
                    && !is_preposition(an.folded(m.start - 1))
                    && !is_word_of_kind(an, lex, m.start - 1, Particle::ThingHead)
                {
                    // a noun of that country: "ناقلة النفط البريطانية", "منازل
                    // فلسطينية", "الاحتلال الإسرائيلي"; the noun joins the actor
                    let mut a = actor(Some(code), Some(c.canonical.clone()), None, MISC);
                    a.start = m.start - 1;
                    a.name_start = m.start - 1;
                    a.prep = None;
                    a.modifier = true;
                    a.conj = an.folded(m.start - 1).starts_with('و') && an.readings(m.start - 1).iter().any(|r| r.conj);
                    Some(a)
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(a) = a {
            out.push(a);
        } else if m.particle(Particle::BothSides) {
            let mut a = actor(None, None, None, ROLE);
            a.both_sides = true;
            out.push(a);
        }
        k += 1;
    }
    merge_parenthesised(an, &mut out);
    merge_subordinates(an, lex, &mut out);
    resolve_roles_placed(an, lex, &mut out);
    resolve_vague_roles(an, lex, &mut out);
    resolve_local_roles(an, &mut out);
    resolve_own_country(an, &mut out);
    for a in out.iter_mut().filter(|a| a.former) {
        // (a bare role, "الجاسوس السابق" with no country, too)
        if let Some(code) = a.code.as_mut().filter(|c| is_office(c) || is_office_role(c)) {
            code.replace_range(code.len() - 3.., "ELI");
        }
    }
    out
}

/// How often an article names a country unambiguously: by name, nisba or
/// seat of power, or through a person or organisation of it.
fn country_evidence(lex: &Lexicon, mentions: &[Mention<'_>], country: u32) -> usize {
    mentions.iter().filter(|m| names_only(lex, m, country)).count()
}

/// Whether mention `m` names `country` and nothing else.
fn names_only(lex: &Lexicon, m: &Mention<'_>, country: u32) -> bool {
    let code = lex.countries[country as usize].code.as_str();
    m.refs.iter().all(|r| match r {
        NameRef::Country(c) | NameRef::Adjective(c) | NameRef::Metonym(c) => *c == country,
        NameRef::Person(p) => lex.people[*p as usize].latest_code().is_some_and(|x| x.starts_with(code)),
        NameRef::Org(o) => lex.organizations[*o as usize].code.starts_with(code),
        _ => false,
    })
}

/// Whether one-word mention `m`, a country's name read with the article,
/// is an adjective rather than the name ([`bare_name_with_article`]): it
/// is when the country has a nisba of that form ("السورية"), or when the
/// article names the country nowhere else ("العام المالي" is the fiscal
/// year; after "مالي" has been named, "الشاب المالي" is Malian).
fn read_as_adjective(an: &Analysis<'_>, lex: &Lexicon, mentions: &[Mention<'_>], m: &Mention<'_>) -> bool {
    if !bare_name_with_article(an, lex, m) {
        return false;
    }
    let adjective = m.refs.iter().any(|r| matches!(r, NameRef::Adjective(_)));
    adjective
        || m.refs
            .iter()
            .filter_map(|r| if let NameRef::Country(c) = r { Some(*c) } else { None })
            .all(|c| {
                !mentions.iter().any(|n| {
                    !bare_name_with_article(an, lex, n)
                        && n.refs
                            .iter()
                            .any(|r| matches!(r, NameRef::Country(x) | NameRef::Adjective(x) | NameRef::Metonym(x) if *x == c))
                        && names_only(lex, n, c)
                })
            })
}

/// Whether the word at `t` is a minister or ministry ("وزير", "وزارة",
/// "وزيرا"), who are the government's whatever their portfolio.
fn is_ministry(an: &Analysis<'_>, t: usize) -> bool {
    an.readings(t)
        .iter()
        .any(|r| matches!(r.key, "وزير" | "وزيره" | "وزاره" | "وزراء" | "وزيرا" | "وزيري" | "وزارات"))
}

/// Organs of a state named with no country but with their place right after
/// them are that place's: "المجلس العسكري الحاكم في النيجر", "وزارة الخارجية
/// في نيامي". This comes before any antecedent is looked for.
fn resolve_roles_placed(an: &Analysis<'_>, lex: &Lexicon, actors: &mut [Actor]) {
    for i in 0..actors.len().saturating_sub(1) {
        let a = &actors[i];
        if !a.vague || a.kind != ROLE || a.both_sides || !a.code.as_deref().is_some_and(is_organ_of_state) {
            continue;
        }
        let next = &actors[i + 1];
        // (a body may have its complements first: "المفوضية العليا
        // للانتخابات في العراق", at most three words, each a definite
        // adjective or a genitive with لل; not a verb's object, "ناشدت
        // المفوضية جميع الأطراف في سوريا")
        // (so may an organ that heads a construct, its genitive
        // definite: "وزارة التربية في النمسا", "وزير الداخلية في ...")
        let construct = !an.readings(a.start).iter().any(|r| r.article);
        let body = is_word_of_kind(an, lex, a.start, Particle::BodyHead);
        let fi = if (body || construct) && next.start > a.end + 1 && next.start <= a.end + 4 {
            next.start - 1
        } else {
            a.end
        };
        let complement = |t: usize| {
            let w = an.folded(t);
            let adjective = w.starts_with("ال") && (w.ends_with('ه') || w.ends_with('ي') || w.ends_with('ا'));
            let genitive = construct && a.end == a.start + 1 && t == a.end && w.starts_with("ال");
            an.is_word(t) && an.same_sentence(a.start, t) && !is_preposition(w) && (adjective || genitive || w.starts_with("لل"))
        };
        let complements = (a.end..fi).all(complement);
        let after_fi = next.start == fi + 1 && complements && an.is_word(fi) && an.folded(fi) == "في";
        let with_bi = next.start == a.end && next.prep == Some('ب');
        if !(after_fi || with_bi) {
            continue;
        }
        if let Some(country) = place_country(next) {
            locate(&mut actors[i], country);
        }
    }
}

/// Only the state's own organs are local to the place they are named in:
/// crowds, students, workers and parties are reported abroad as often as at
/// home.
fn is_organ_of_state(role: &str) -> bool {
    matches!(role, "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG")
}

/// The code a place or country actor stands for, whether or not it is a
/// country's.
fn place_code(a: &Actor) -> Option<String> {
    if a.both_sides || a.modifier || a.kind == PER || a.vague || !(a.place_only || a.kind == GPE) {
        return None;
    }
    a.country.clone().or_else(|| a.code.as_ref().map(|c| c.chars().take(3).collect()))
}

/// The country of a place or country actor, if it names one.
fn place_country(a: &Actor) -> Option<String> {
    place_code(a).filter(|c| is_country(c))
}

fn is_country(code: &str) -> bool {
    code.len() == 3 && code != "IGO"
}

/// Gives a role without a country the country it acts in.
fn locate(role: &mut Actor, country: String) {
    role.code = Some(format!("{country}{}", role.code.as_deref().unwrap_or_default()));
    role.country = Some(country);
    role.vague = false;
}

/// "أطلقت قوات الأمن الغاز ... وسط بغداد": a role still without a country is
/// local to the place named before it in its sentence, or else to the
/// article's dateline ("بغداد - ..."); news names foreign forces as foreign.
/// Only organs of a state (government, forces, police, courts, parliament)
/// are local; civilians, crowds and groups are left without a country.
fn resolve_local_roles(an: &Analysis<'_>, actors: &mut [Actor]) {
    // the dateline: a place as the article's first words, before a dash
    let dateline = actors
        .first()
        .filter(|a| a.start == 0 && (an.is_punct(a.end, "-") || an.is_punct(a.end, "–") || an.is_punct(a.end, "(")))
        .and_then(place_country);
    for i in 0..actors.len() {
        if !actors[i].vague || actors[i].kind != ROLE || actors[i].both_sides {
            continue;
        }
        if !actors[i].code.as_deref().is_some_and(is_organ_of_state) {
            continue;
        }
        let sentence = an.sentence_of[actors[i].start];
        let near = actors[..i]
            .iter()
            .rev()
            .take_while(|a| an.sentence_of[a.start] == sentence)
            .find_map(place_code)
            .filter(|c| is_country(c));
        if let Some(country) = near.or_else(|| dateline.clone()) {
            locate(&mut actors[i], country);
        }
    }
}

/// "his/her/our country" as written (folded, clitics removed).
const OWN_COUNTRY: &[&str] = &["بلاده", "بلادها", "بلادنا", "بلادي", "بلدها", "بلدنا"];

/// "قال الوزير الياباني إن بلاده ستقدم ...": "بلاده" is the country of the
/// latest person, role or organisation with a country (not a country itself),
/// within two sentences.
fn resolve_own_country(an: &Analysis<'_>, actors: &mut Vec<Actor>) {
    let mut added: Vec<Actor> = Vec::new();
    let mut next = 0; // actors before the token
    for tok in 0..an.tokens.len() {
        while next < actors.len() && actors[next].end <= tok {
            next += 1;
        }
        if !an.is_word(tok) || (next < actors.len() && actors[next].start <= tok) {
            continue;
        }
        let readings = an.readings(tok);
        let Some(r) = readings.iter().find(|r| OWN_COUNTRY.contains(&r.key)) else {
            continue;
        };
        let here = an.sentence_of[tok];
        // the nearest person (the speaker, usually), else the nearest other
        // actor: "لوّح أردوغان بشن عملية ضد وحدات حماية الشعب ... قائلا إن بلاده"
        let candidates = || {
            actors[..next]
                .iter()
                .rev()
                .take_while(|a| here - an.sentence_of[a.start] <= 1)
                .filter(|a| !a.place_only && !a.modifier && !a.both_sides && a.kind != MISC && a.country_code().is_some_and(|c| c.len() == 3 && c != "IGO"))
                // (a country is no one's "بلاده": "زار أمير قطر تركيا للتعبير
                // عن تضامن بلاده" is Qatar)
                .filter(|a| !(a.kind == GPE && a.code.as_deref().is_some_and(|c| c.len() == 3)))
        };
        let antecedent = candidates().find(|a| a.is_person()).or_else(|| candidates().next());
        let Some(country) = antecedent.and_then(|a| a.country_code()).map(str::to_string) else {
            continue;
        };
        added.push(one_word_actor(tok, Some(country), GPE, r.conj, r.prep));
    }
    if !added.is_empty() {
        actors.extend(added);
        actors.sort_by_key(|a| a.start);
    }
}

/// "الوزارة", "الوزير", "الجيش" after "وزارة الخارجية السعودية": a role
/// named without a country refers back to the latest actor with that role
/// and takes its country.
/// An actor that holds the same noun ("الوزارة" after "وزارة الخارجية
/// السعودية", "الملك" after "العاهل الأردني الملك عبد الله الثاني") is
/// preferred over a later one that only shares the role.
fn resolve_vague_roles(an: &Analysis<'_>, lex: &Lexicon, actors: &mut [Actor]) {
    let head = |a: &Actor| -> Vec<&str> { an.readings(a.start).iter().map(|r| r.key).collect() };
    for i in 0..actors.len() {
        if !actors[i].vague || actors[i].kind != ROLE {
            continue;
        }
        let Some(role) = actors[i].code.clone() else { continue };
        // (people named by a nisba, "21 فلسطينيا", are no antecedent)
        let country_of = |a: &Actor| -> Option<String> {
            let c = a.code.as_deref()?;
            (!a.vague && a.kind != MISC && c.len() >= 6 && c[3..].starts_with(role.as_str())).then(|| c[..3].to_string())
        };
        let mine = head(&actors[i]);
        // (the head noun of an organisation named before is that
        // organisation, left for [`resolve_short_names`]: "المفوضية" after
        // "مفوضية الأمم المتحدة لشؤون اللاجئين" is no Lebanese commission)
        // (the latest actor that holds the noun: "الشرطة" after "مصدر
        // بالشرطة الفرنسية" is still the French police)
        let heads_org = actors[i].end == actors[i].start + 1
            && an.readings(actors[i].start).iter().any(|r| r.article)
            && actors[..i]
                .iter()
                .rev()
                .find(|a| (a.start..a.end).any(|k| an.readings(k).iter().any(|r| mine.contains(&r.key))))
                .is_some_and(|a| {
                    a.kind == ORG && a.code.is_some() && a.name_end >= a.name_start + 2 && an.readings(a.name_start).iter().any(|r| mine.contains(&r.key))
                });
        if heads_org {
            continue;
        }
        let same_noun = actors[..i]
            .iter()
            .rev()
            .take(12)
            .find(|a| country_of(a).is_some() && (a.start..a.end).any(|k| an.readings(k).iter().any(|r| mine.contains(&r.key))))
            .and_then(country_of);
        // (a body any institution may have, "اللجنة", "الهيئة": by its own
        // noun, or by its role only in its sentence or the one before; a
        // government named further back is as likely not its state's)
        let body = is_word_of_kind(an, lex, actors[i].start, Particle::BodyHead);
        let here = an.sentence_of[actors[i].start];
        let near = |a: &&Actor| !body || here - an.sentence_of[a.start] <= 1;
        let antecedent = same_noun.or_else(|| actors[..i].iter().rev().take_while(near).find_map(country_of));
        if let Some(country) = antecedent {
            actors[i].code = Some(format!("{country}{role}"));
            actors[i].country = Some(country);
            actors[i].vague = false;
        }
    }
}

/// "حركة المقاومة الإسلامية (حماس)": a name in parentheses right after an
/// actor is the same actor; it joins the first and is not a second actor.
fn merge_parenthesised(an: &Analysis<'_>, actors: &mut Vec<Actor>) {
    let mut i = 0;
    while i + 1 < actors.len() {
        let (a, b) = (&actors[i], &actors[i + 1]);
        if an.is_punct(a.end, "(") && b.start == a.end + 1 && an.is_punct(b.end, ")") && a.is_actor() {
            let end = b.end + 1;
            let inner = actors.remove(i + 1);
            let first = &mut actors[i];
            first.end = end;
            if first.code.is_none() {
                first.code = inner.code;
            }
        }
        i += 1;
    }
}

/// "النائب الأول لمندوب روسيا", "المستشار الخاص للرئيس الروسي": an office
/// that serves another (a deputy, adviser, assistant, envoy or
/// representative) named without a country, then at most one adjective
/// with the article, then the office it serves with ل (named by its office
/// alone: a person's name after it is another's, "المستشار الاقتصادي للرئيس
/// الأمريكي دونالد ترامب"), is of that office's country and role (not a
/// member of parliament, "النائب", nor a bare government adviser).
fn merge_subordinates(an: &Analysis<'_>, lex: &Lexicon, actors: &mut Vec<Actor>) {
    let serving = |t: usize| {
        let w = crate::text::strip_article(an.folded(t));
        matches!(
            w,
            "نائب" | "نائبه" | "مستشار" | "مستشاره" | "مساعد" | "مساعده" | "مبعوث" | "مبعوثه" | "ممثل" | "ممثله"
        )
    };
    let mut i = 0;
    while i + 1 < actors.len() {
        let (a, b) = (&actors[i], &actors[i + 1]);
        let gap = b.start.checked_sub(a.end);
        let adjective_between = gap == Some(1) && an.is_word(a.end) && is_definite(an, a.end) && !has_clitic_preposition(an, a.end);
        if a.kind == ROLE
            && a.end == a.start + 1
            && a.code
                .as_deref()
                .is_some_and(|c| c.get(..3).is_some_and(|p| lex.country(p).is_none() && p != "IGO"))
            && serving(a.start)
            && (gap == Some(0) || adjective_between)
            && an.same_sentence(a.start, b.start)
            && b.prep == Some('ل')
            && !b.conj
            && b.kind == ROLE
            && b.code
                .as_deref()
                .is_some_and(|c| c.len() > 3 && c.get(..3).is_some_and(|p| lex.country(p).is_some() || p == "IGO"))
        {
            let served = actors.remove(i + 1);
            let office = &mut actors[i];
            office.end = served.end;
            office.code = served.code;
            office.country = served.country;
        }
        i += 1;
    }
}

/// Whether token `t` is the "_" that joins two words of a hashtag
/// ("#الجيش_اليمني"): a name or a role phrase runs over it.
fn is_joint(an: &Analysis<'_>, t: usize) -> bool {
    an.is_punct(t, "_") && t > 0 && an.is_word(t - 1) && an.is_word(t + 1)
}

/// Whether token `t` carries the article: a definite noun or adjective
/// cannot head a genitive, so an indefinite word after it starts something
/// else ("الأمن المركزي قتل المواطن" is a subject and its verb).
fn is_definite(an: &Analysis<'_>, t: usize) -> bool {
    an.readings(t).iter().any(|r| r.article)
}

/// Whether mention `n` starts right at `end`, after a definite word, with
/// neither the article nor a clitic preposition: no genitive of that word,
/// which a definite noun cannot head ("انتقد الوزير إيران", "الوزير حماس";
/// "وزير إيران" is one), but its object or another phrase.
fn bare_after_definite(an: &Analysis<'_>, end: usize, n: &Mention<'_>) -> bool {
    n.start == end && n.prep.is_none() && is_definite(an, end - 1) && !is_definite(an, n.start)
}

/// Whether token `t` may carry a clitic preposition ("بلسان", "لشؤون"):
/// a complement of the role, not a new predicate.
fn has_clitic_preposition(an: &Analysis<'_>, t: usize) -> bool {
    an.readings(t).iter().any(|r| r.prep.is_some())
}

/// Whether token `t` is, without the article, a head noun of this
/// `particles.tsv` kind: a `place_head` heads a place's name ("مطار",
/// "بقاعدة"), a `kin_head` a relative ("زوجة", "ونجل"), an `abstract_head`
/// is a role noun that is also abstract ("إدارة", "بإدارة"; not "الإدارة").
fn head_of_kind(an: &Analysis<'_>, lex: &Lexicon, t: usize, kind: Particle) -> bool {
    an.readings(t).iter().any(|r| !r.article && lex.word_kind(r.key) == Some(kind))
}

/// Whether the role noun at `t` is a plural: sound ("السلطات", "المسؤولين",
/// "دبلوماسيون") or broken (the `plural` kind of `particles.tsv`: "القادة").
/// (Not a singular of four letters in ين: "الأمين العام".)
fn plural_head(an: &Analysis<'_>, lex: &Lexicon, t: usize) -> bool {
    an.is_word(t)
        && an.readings(t).iter().any(|r| {
            let stem = r.key.strip_prefix("ال").unwrap_or(r.key);
            let sound = stem.ends_with("ات") || ((stem.ends_with("ين") || stem.ends_with("ون")) && stem.chars().count() >= 5);
            sound || lex.word_kind(r.key) == Some(Particle::Plural)
        })
}

/// Whether token `t`, with or without the article, is a word of this
/// looked-up `particles.tsv` kind ("الليرة" and "ليرة" are a `thing_head`).
fn is_word_of_kind(an: &Analysis<'_>, lex: &Lexicon, t: usize, kind: Particle) -> bool {
    an.is_word(t) && an.readings(t).iter().any(|r| lex.word_kind(r.key) == Some(kind))
}

/// Whether mention `k`, a country or a capital, is in the genitive of a
/// noun of a meeting or an agreement (`venue_head`, without the article:
/// "قمة هلسنكي", "في اتفاق فيينا") and names where it was held: not when
/// another name is joined to it ("محادثات موسكو وواشنطن").
fn venue_of_meeting(an: &Analysis<'_>, lex: &Lexicon, mentions: &[Mention<'_>], k: usize) -> bool {
    let m = &mentions[k];
    let head = m.start.checked_sub(1).filter(|&h| an.is_word(h) && an.same_sentence(h, m.start));
    let venue = head.is_some_and(|h| an.readings(h).iter().any(|r| !r.article && lex.word_kind(r.key) == Some(Particle::VenueHead)));
    let joined = mentions.get(k + 1).is_some_and(|n| n.start == m.end && n.conj);
    venue && m.prep.is_none() && !m.conj && !joined
}

/// Whether one-word mention `m` is a country's name that the lexicon writes
/// without the article, read here with it ("المالي", "السورية"): an
/// adjective, not the name (names that take the article are listed with it,
/// "الأردن").
fn bare_name_with_article(an: &Analysis<'_>, lex: &Lexicon, m: &Mention<'_>) -> bool {
    let country = |refs: &[NameRef]| refs.iter().any(|r| matches!(r, NameRef::Country(_)));
    m.end == m.start + 1
        && country(m.refs)
        && an
            .readings(m.start)
            .iter()
            .filter(|r| r.conj == m.conj && r.prep == m.prep && country(lex.phrases.exact(r.key)))
            .all(|r| r.article && !country(lex.phrases.exact(&format!("ال{}", r.key))))
        && an
            .readings(m.start)
            .iter()
            .any(|r| r.conj == m.conj && r.prep == m.prep && r.article && country(lex.phrases.exact(r.key)))
}

/// Whether the word before token `start` is a [`head_of_kind`] in
/// construct with it, in the same sentence.
fn after_head(an: &Analysis<'_>, lex: &Lexicon, start: usize, kind: Particle) -> bool {
    start > 0 && an.is_word(start - 1) && an.same_sentence(start - 1, start) && head_of_kind(an, lex, start - 1, kind)
}

/// Whether the word before mention `k` is a particle ("أن الأميركيين",
/// "بعض الإيرانيين"): then a nisba after it is a noun of its own, not a
/// noun's adjective.
fn prev_is_particle(mentions: &[Mention<'_>], k: usize) -> bool {
    // (a hearsay or policy noun is a noun: "وكالة الأنباء الفرنسية", "القرار
    // الأمريكي")
    k > 0
        && mentions[k - 1].end == mentions[k].start
        && mentions[k - 1]
            .refs
            .iter()
            .any(|r| matches!(r, NameRef::Particle(p) if !matches!(p, Particle::Hearsay | Particle::Policy)))
}

/// A cardinal written as a word (folded): a count starts a new noun phrase
/// ("قتل مسلحون ثلاثة جنود" is two phrases).
pub(crate) fn is_number_word(folded: &str) -> bool {
    let w = folded.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(folded);
    matches!(
        w,
        "اثنان"
            | "اثنين"
            | "ثلاث"
            | "ثلاثه"
            | "اربع"
            | "اربعه"
            | "خمس"
            | "خمسه"
            | "ست"
            | "سته"
            | "سبع"
            | "سبعه"
            | "ثماني"
            | "ثمانيه"
            | "تسع"
            | "تسعه"
            | "عشر"
            | "عشره"
            | "عشرات"
            | "مئات"
            | "الاف"
            | "ملايين"
    )
}

/// Separate prepositions that mark arguments (folded).
/// "التابعة لـ": the mention `n` right after the word at `end` names what
/// the role before that word belongs to.
fn belongs_to(an: &Analysis<'_>, end: usize, n: &Mention<'_>) -> bool {
    n.start == end + 1 && an.is_word(end) && n.prep == Some('ل') && matches!(an.folded(end), "التابع" | "التابعه" | "التابعين" | "التابعون" | "التابعات")
}

/// "قوات التحالف التي تقودها الولايات المتحدة": the mention `n` is the
/// subject of a relative clause of leading right after the role that ends
/// at `end` (or after its one unmatched genitive, "التحالف").
fn led_by(an: &Analysis<'_>, end: usize, n: &Mention<'_>) -> bool {
    n.prep.is_none()
        && n.start >= end + 2
        && n.start <= end + 3
        && (n.start - 2..n.start).all(|t| an.is_word(t))
        && (end..n.start - 2).all(|t| an.is_word(t) && !is_preposition(an.folded(t)))
        && matches!(an.folded(n.start - 2), "الذي" | "التي" | "الذين")
        && matches!(
            an.folded(n.start - 1),
            "يقوده" | "تقوده" | "يقودها" | "تقودها" | "يقودهم" | "تقودهم" | "يتزعمه" | "تتزعمه" | "يتزعمها" | "تتزعمها"
        )
}

/// "مسؤول في ...": the mention `n` right after the word "في" at `end`
/// may name the body the role before it serves in.
fn serves_in(an: &Analysis<'_>, end: usize, n: &Mention<'_>) -> bool {
    n.start == end + 1 && an.is_word(end) && an.folded(end) == "في"
}

/// Whether mention `i`, right after a phrase that ends at `end`, is an
/// indefinite role that the definite word before it cannot govern, so the
/// verb's object ("أعدمت السلطات سجينا"): not an indefinite nisba, which may
/// still qualify it ("وسائل الإعلام ألمانية"), nor a role that heads a
/// construct of its own, an apposition ("رئيسة اللجنة نائبة حزب المحافظين",
/// "وزير الإدارة المحلية رئيس اللجنة"); but one of a regime is an object
/// ("يتهم المدافعون عن حقوق الإنسان نظام السيسي").
fn object_after_definite(an: &Analysis<'_>, lex: &Lexicon, mentions: &[Mention<'_>], i: usize, end: usize) -> bool {
    let n = &mentions[i];
    is_definite(an, end - 1)
        && !is_definite(an, n.start)
        && !has_clitic_preposition(an, n.start)
        && !is_joint(an, n.start)
        && n.refs.iter().any(|r| matches!(r, NameRef::Role(_)))
        && !n.refs.iter().any(|r| matches!(r, NameRef::Adjective(_) | NameRef::Country(_)))
        && !(heads_construct(an, mentions, i) && !head_of_kind(an, lex, n.start, Particle::AbstractHead))
}

/// Whether mention `i` heads a construct: a definite word, or another
/// mention that is not a bare adjective, follows it directly in its
/// sentence ("نائبة حزب المحافظين", "رئيس اللجنة"; not "سجينا كرديا").
fn heads_construct(an: &Analysis<'_>, mentions: &[Mention<'_>], i: usize) -> bool {
    let n = &mentions[i];
    if !an.is_word(n.end) || !an.same_sentence(n.start, n.end) {
        return false;
    }
    is_definite(an, n.end)
        || mentions
            .get(i + 1)
            .is_some_and(|o| o.start == n.end && !o.refs.iter().all(|r| matches!(r, NameRef::Adjective(_))))
}

/// Whether a folded word has the shape of a noun in the indefinite
/// accusative, written with its tanwin's alif ("جاسوسا", "دبلوماسيا"): no
/// article, at least three letters before the alif, and not a plural
/// that ends in its own alif ("رعايا", "ضحايا"). Callers rule out the other
/// words of that shape they meet (loanwords, verbs' suffixes).
pub(crate) fn indefinite_accusative(w: &str) -> bool {
    !w.starts_with("ال") && !w.ends_with("ايا") && w.strip_suffix('ا').is_some_and(|s| s.chars().count() >= 3 && !s.ends_with('ا'))
}

/// A demonstrative opens a noun phrase of its own: "المبعوث ببقاء تلك
/// القوات" is no role phrase.
pub(crate) fn is_demonstrative(folded: &str) -> bool {
    matches!(folded, "هذا" | "هذه" | "ذلك" | "تلك" | "هؤلاء" | "اولئك" | "هذان" | "هذين" | "هاتان" | "هاتين")
}

/// A conjunction that starts a new clause ("لكن الشرطة ..."): no role
/// phrase runs over it.
pub(crate) fn is_clause_conjunction(folded: &str) -> bool {
    matches!(folded, "لكن" | "ولكن" | "لكنه" | "لكنها" | "بل" | "ثم" | "او" | "ام")
}

pub fn is_preposition(folded: &str) -> bool {
    let w = folded.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(folded);
    crate::lexicon::PREPOSITIONS.contains(&w) || matches!(w, "عبر" | "امام")
}

/// The preposition (folded, as a target marker is: "علي", "الي") of a
/// folded word that is a preposition with a pronoun of the third person
/// suffixed: "فيها", "عليه", "منهم", "لها".
pub fn preposition_of_pronoun(folded: &str) -> Option<&str> {
    ["هما", "هم", "هن", "ها", "ه"].iter().find_map(|p| {
        folded
            .strip_suffix(p)
            .filter(|base| matches!(*base, "ل" | "ب" | "الي" | "علي" | "لدي") || (base.chars().count() >= 2 && is_preposition(base)))
    })
}

/// Whether a folded word is a preposition with a pronoun suffixed.
pub fn is_preposition_with_pronoun(folded: &str) -> bool {
    preposition_of_pronoun(folded).is_some()
}

/// Short names after the full name in the same article:
/// - "وقال الحريري" after "سعد الحريري": a person's last name on its own is
///   that person;
/// - "ونددت الحركة" after "حركة النهضة", "قادة الاتحاد" after "الاتحاد
///   الأوروبي": the head noun of an organisation's name, on its own and
///   definite, is that organisation (the latest one so named).
///
/// Runs after the entity tagger, so names it attached to titles count too;
/// first it gives named people the honorific before them
/// ([`attach_honorifics`]).
pub fn resolve_short_names(an: &Analysis<'_>, actors: &mut Vec<Actor>) {
    attach_honorifics(an, actors);
    let mut added: Vec<Actor> = Vec::new();
    let mut known: Vec<Known> = Vec::new();
    // the keys of the readings of the short forms in `known`: a token with
    // none of them among its own is no short name (most tokens are not)
    let mut known_keys: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    let may_be_short = |keys: &rustc_hash::FxHashSet<&str>, tok: usize| an.readings(tok).iter().any(|r| keys.contains(r.key));
    // a bare role noun with no country ("الجامعة", "الحزب") that heads a named organisation
    let mut renamed: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    let mut inside_until = 0;
    // (the end of the last short name found, which may be two words)
    let mut taken_until = 0;
    for tok in 0..an.tokens.len() {
        while next < actors.len() && actors[next].start <= tok {
            let a = &actors[next];
            if a.kind == ROLE && a.vague && a.end == a.start + 1 && a.start >= inside_until && may_be_short(&known_keys, a.start) {
                if let Some((i, _, _, _)) = short_name_of(an, &known, a.start, true) {
                    renamed.push((next, i));
                }
            }
            // (and a spokesman in its name speaks for it: "الناطق باسم
            // المفوضية" after "مفوضية الأمم المتحدة لشؤون اللاجئين")
            if a.kind == ROLE
                && a.end >= a.start + 3
                && a.start >= inside_until
                && an.is_word(a.end - 2)
                && an.folded(a.end - 2) == "باسم"
                && may_be_short(&known_keys, a.end - 1)
            {
                if let Some((i, _, _, _)) = short_name_of(an, &known, a.end - 1, true) {
                    renamed.push((next, i));
                }
            }
            inside_until = inside_until.max(a.end);
            if a.kind == PER && a.code.is_some() && a.name_end >= a.name_start + 2 {
                let last = a.name_end - 1;
                // (a last word after بن، عبد، أبو is half a name: the short
                // name is both words, "بن علي", "عبد الرحمن"; never a word
                // a preposition is spelt like, "على" for "علي")
                let linked = an.is_word(last - 1) && is_name_link(an.folded(last - 1));
                // (not a father's name: "سلمان بن عبد العزيز")
                let fathers = linked && last >= a.name_start + 2 && an.is_word(last - 2) && matches!(an.folded(last - 2), "بن" | "ابن" | "بنت");
                if linked && !fathers && a.name_end >= a.name_start + 3 {
                    known.push(Known {
                        first: last - 1,
                        actor: next,
                        definite: false,
                        len: 2,
                    });
                    known_keys.extend(an.readings(last - 1).iter().map(|r| r.key));
                } else if !linked && an.folded(last).chars().count() >= 3 && !is_preposition(an.folded(last)) {
                    known.push(Known {
                        first: last,
                        actor: next,
                        definite: false,
                        len: 1,
                    });
                    known_keys.extend(an.readings(last).iter().map(|r| r.key));
                }
            }
            if a.kind == ORG && a.code.is_some() && a.name_end >= a.name_start + 2 && an.is_word(a.name_start) {
                known.push(Known {
                    first: a.name_start,
                    actor: next,
                    definite: true,
                    len: 1,
                });
                known_keys.extend(an.readings(a.name_start).iter().map(|r| r.key));
            }
            next += 1;
        }
        if tok < inside_until || tok < taken_until || !an.is_word(tok) {
            continue;
        }
        if !may_be_short(&known_keys, tok) {
            continue;
        }
        if let Some((i, conj, prep, len)) = short_name_of(an, &known, tok, false) {
            let a = &actors[i];
            let mut short = Actor {
                code: a.code.clone(),
                canonical: a.canonical.clone(),
                wikidata: a.wikidata.clone(),
                former: a.former,
                ..one_word_actor(tok, a.country.clone(), a.kind, conj, prep)
            };
            short.end = tok + len;
            short.name_end = tok + len;
            taken_until = tok + len;
            // (a spokesman in an organisation's name speaks for it, no actor
            // of its own: "وقال المتحدث باسم الحركة" after "حركة حماس")
            if a.kind == ORG && tok >= inside_until + 2 && an.is_word(tok - 1) && an.folded(tok - 1) == "باسم" && an.same_sentence(tok - 2, tok) {
                if let Some(r) = an.readings(tok - 2).iter().find(|r| matches!(r.key, "متحدث" | "ناطق" | "متحدثه" | "ناطقه")) {
                    short.start = tok - 2;
                    short.conj = r.conj;
                    short.prep = r.prep;
                }
            }
            added.push(short);
        }
    }
    for (r, i) in renamed {
        let org = actors[i].clone();
        let a = &mut actors[r];
        a.code = org.code;
        a.canonical = org.canonical;
        a.wikidata = org.wikidata;
        a.country = org.country;
        a.kind = org.kind;
        a.vague = false;
    }
    if !added.is_empty() {
        actors.extend(added);
        actors.sort_by_key(|a| a.start);
    }
}

/// "انتقد الشيخ خالد بن أحمد ...", "قال السيد ...", "وأكد العميد ...": an
/// honorific or rank right before a named person (from the lexicon or the
/// tagger) is part of that person's phrase, so the person stands right
/// after the verb as its subject. The honorific's conjunction and
/// preposition become the person's ("وللشيخ"). Words that are also role
/// nouns ("اللواء" the brigade, "الأمير") are left to the role phrase.
/// (A form of address also before a title: "وفخامة الرئيس المصري", "جلالة
/// الملك", so that "حذر جلالة الملك وفخامة الرئيس" joins the two.)
fn attach_honorifics(an: &Analysis<'_>, actors: &mut [Actor]) {
    for i in 0..actors.len() {
        let start = actors[i].start;
        let person = actors[i].kind == PER && actors[i].name_start == start;
        let title = actors[i].kind == ROLE && actors[i].prep.is_none() && !actors[i].conj;
        if !(person || title) || start == 0 {
            continue;
        }
        let t = start - 1;
        if !an.is_word(t) || !an.same_sentence(t, start) || actors.iter().any(|a| a.start <= t && t < a.end) {
            continue;
        }
        let Some(r) = an.readings(t).iter().find(|r| {
            if person {
                is_honorific(r.key, r.article)
            } else {
                !r.article && is_form_of_address(r.key)
            }
        }) else {
            continue;
        };
        let a = &mut actors[i];
        a.start = t;
        a.conj = r.conj;
        a.prep = r.prep;
    }
}

/// An honorific or rank before a name (folded, article stripped; `article`
/// when the article was): "الشيخ", "السيدة", "الدكتور", "العميد", and the
/// forms of address that take no article, "سماحة", "معالي".
fn is_honorific(key: &str, article: bool) -> bool {
    (article
        && matches!(
            key,
            "شيخ" | "شيخه" | "سيد" | "سيده" | "دكتور" | "دكتوره" | "مهندس" | "حاج" | "عميد" | "عقيد" | "مشير"
        ))
        || (!article && is_form_of_address(key))
}

/// A form of address that takes no article (folded): "سماحة", "معالي",
/// "فخامة", "جلالة", "سمو".
fn is_form_of_address(key: &str) -> bool {
    matches!(key, "سماحه" | "فضيله" | "معالي" | "سعاده" | "فخامه" | "جلاله" | "سمو")
}

/// The latest known name whose short form starts at token `tok` (only
/// organisations' with `orgs_only`), with the token's conjunction and
/// preposition and the short form's length in words. `known` holds (first
/// token of the short form in the full name, actor, whether the short form
/// must be definite, its length: one word, or two after a link of names,
/// "بن علي"); the words after the first are matched as written.
fn short_name_of(an: &Analysis<'_>, known: &[Known], tok: usize, orgs_only: bool) -> Option<(usize, bool, Option<char>, usize)> {
    let readings = an.readings(tok);
    known.iter().rev().filter(|k| !orgs_only || k.definite).find_map(|k| {
        let theirs = an.readings(k.first);
        let rest = (1..k.len).all(|d| an.is_word(tok + d) && an.same_sentence(tok, tok + d) && an.folded(tok + d) == an.folded(k.first + d));
        readings
            .iter()
            .filter(|r| rest && (!k.definite || r.article))
            .find(|r| theirs.iter().any(|t| t.key == r.key && (k.definite || t.article == r.article)))
            .map(|r| (k.actor, r.conj, r.prep, k.len))
    })
}

/// A short form of a name named in full before: its first token in the
/// full name, the actor, whether it must be definite, its length in words.
struct Known {
    first: usize,
    actor: usize,
    definite: bool,
    len: usize,
}

/// Words that link the parts of an Arabic name (folded): "بن", "عبد",
/// "أبو"; the word after one is no name on its own.
fn is_name_link(folded: &str) -> bool {
    // (not أم, also "or", nor ولد, also "was born")
    matches!(folded, "بن" | "ابن" | "بنت" | "عبد" | "ابو" | "ابي" | "ابا" | "ال")
}

/// An actor read off one word (its clitics kept apart), coded by its country.
fn one_word_actor(tok: usize, country: Option<String>, kind: &'static str, conj: bool, prep: Option<char>) -> Actor {
    Actor {
        start: tok,
        end: tok + 1,
        name_start: tok,
        name_end: tok + 1,
        code: country.clone(),
        canonical: None,
        wikidata: None,
        kind,
        vague: false,
        both_sides: false,
        place_only: false,
        country,
        modifier: false,
        plural: false,
        former: false,
        conj,
        prep,
    }
}

/// The phrase index's word of each reading of an article, looked up the
/// first time it is asked for.
struct WordIds {
    ids: Vec<u32>,
}

impl WordIds {
    /// Not looked up yet.
    const UNSEEN: u32 = u32::MAX;
    /// Not a word of the index.
    const ABSENT: u32 = u32::MAX - 1;

    fn new(readings: usize) -> WordIds {
        WordIds {
            ids: vec![Self::UNSEEN; readings],
        }
    }

    /// The index's word for reading number `n`, whose key is `key`.
    #[inline]
    fn get(&mut self, idx: &crate::lexicon::PhraseIndex, n: usize, key: &str) -> Option<u32> {
        let Some(slot) = self.ids.get_mut(n) else {
            return idx.word(key);
        };
        if *slot == Self::UNSEEN {
            match idx.word(key) {
                // (not kept: an index would need four billion words)
                Some(w) if w >= Self::ABSENT => return Some(w),
                Some(w) => *slot = w,
                None => *slot = Self::ABSENT,
            }
        }
        match *slot {
            Self::ABSENT => None,
            w => Some(w),
        }
    }
}

/// "ما يسمى بحزب الله", "لما يعرف بتنظيم الدولة", "ما بات يطلق عليه
/// «جيش الإسلام»": a name introduced as "what is called" stands where the
/// "ما" stands, so the actor's phrase starts there and takes the clitics of
/// "ما" (none, or the ل of "لما" and the ب of "بما"); the name's own ب
/// belongs to the verb of naming. Without this the name is a prepositional
/// phrase and the verb or noun before "ما" finds no subject or object
/// ("هاجم ما يسمى بتنظيم داعش قرية", "من سيطرة ما يعرف بتنظيم الدولة").
/// Runs last, after every actor has its final span.
pub fn extend_so_called(an: &Analysis<'_>, actors: &mut [Actor]) {
    for i in 0..actors.len() {
        let a = &actors[i];
        if !a.is_actor() || a.start < 2 {
            continue;
        }
        // back over an opening quotation mark and a separate ب ("بـ «...»")
        let mut k = a.start;
        let mut marked = a.prep == Some('ب');
        while k > 0 && (an.is_punct(k - 1, "\"") || an.is_punct(k - 1, "«") || (an.is_word(k - 1) && an.folded(k - 1) == "ب")) {
            marked |= an.is_word(k - 1);
            k -= 1;
        }
        if k < 2 || !an.is_word(k - 1) {
            continue;
        }
        // the verb of naming: one word, or "يطلق عليه/عليها"
        let mut v = k - 1;
        let direct = match an.folded(v) {
            "يعرف" | "تعرف" | "عرف" | "عرفت" => false,
            // named without ب: "ما يسمى حزب الله"
            "يسمي" | "تسمي" | "سمي" | "سميت" | "يدعي" | "تدعي" => true,
            "عليه" | "عليها" if v > 0 && matches!(an.folded(v - 1), "يطلق" | "تطلق" | "اطلق") => {
                v -= 1;
                false
            }
            _ => continue,
        };
        if !(marked || direct) || v == 0 {
            continue;
        }
        // an auxiliary between: "ما بات يعرف", "ما صار يسمى", "ما أصبح يعرف"
        let mut m = v - 1;
        if an.is_word(m) && matches!(an.folded(m), "بات" | "باتت" | "صار" | "صارت" | "اصبح" | "اصبحت") && m > 0 {
            m -= 1;
        }
        let (conj, prep) = match an.folded(m) {
            "ما" => (false, None),
            "وما" => (true, None),
            "لما" => (false, Some('ل')),
            "بما" => (false, Some('ب')),
            _ => continue,
        };
        if !an.is_word(m) || (i > 0 && actors[i - 1].end > m) {
            continue;
        }
        let a = &mut actors[i];
        a.start = m;
        a.conj = conj;
        a.prep = prep;
    }
}

/// Role nouns of a body, not a person (folded, without the article): what
/// they name does not leave office.
fn is_body_noun(key: &str) -> bool {
    is_government_noun(key) || matches!(key, "برلمان" | "مجلس" | "جيش" | "وزاره" | "محكمه" | "شرطه" | "حزب" | "قوات" | "سلطات")
}

/// Nouns of a government named by its head ("حكومة شريف إسماعيل", "إدارة
/// أوباما", "نظام الأسد"), folded, without the article.
fn is_government_noun(key: &str) -> bool {
    matches!(key, "حكومه" | "اداره" | "نظام")
}

/// "السابق", "الأسبق" (former, the one before), and the adverb "سابقا"
/// right after a title ("السفير السعودي سابقا"), folded; not the feminine,
/// which as often qualifies a body ("الحكومة السابقة", the previous
/// government) as a woman.
fn is_former(folded: &str) -> bool {
    matches!(folded, "السابق" | "الاسبق" | "السابقين" | "السابقون" | "سابقا")
}
