//! `hadath report`: codes a corpus and reports how much of it the coder
//! covers: the share of articles with at least one event, events per article
//! by CAMEO root, and the most frequent names that resolve to no actor (the
//! lexicon's to-do list).
//!
//! A name "resolves to no actor" when it is an entity of type `PER`, `ORG`,
//! `LOC` or `GPE` without an actor code, and it is either unknown to the
//! lexicon (no canonical name: a name only the entity tagger found) or a
//! person or organisation the lexicon holds but cannot code (no role on the
//! article's date). Places the lexicon knows are left out: they are places by
//! design, not actors. Names are grouped by their folded form with the
//! article dropped from each word ("الحوثيين" and "حوثيين" are one name); a
//! form with a leading clitic (و ف ب ل ك) is counted with the bare form when
//! the bare form also occurs. Names are ranked by the number of articles they
//! occur in.

use anyhow::{Context, Result};
use hadath::text::{fold, strip_article};
use hadath::{Document, Pipeline};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Corpus files or directories (JSON Lines plain or gzip, `.txt` articles), as for `hadath run`.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Print the report as one JSON object instead of tables.
    #[arg(long)]
    json: bool,
    /// How many unresolved names to list.
    #[arg(long, default_value_t = 40)]
    top: usize,
    /// Extra lexicon directory whose TSV files are added to the built-in ones.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Skip the statistical entity tagger (then only names the lexicon holds are found).
    #[arg(long)]
    no_ner: bool,
}

/// One root's line of the report.
#[derive(Debug, Clone, Serialize)]
pub struct RootRow {
    pub root: String,
    pub name: String,
    pub events: usize,
    pub per_article: f64,
    /// Articles with at least one event of this root.
    pub articles: usize,
}

/// A name that resolves to no actor.
#[derive(Debug, Clone, Serialize)]
pub struct NameRow {
    /// The grouping key (folded, articles dropped).
    pub key: String,
    /// The most frequent surface form.
    pub text: String,
    /// Entity types it was tagged with.
    pub types: Vec<String>,
    /// Articles it occurs in.
    pub articles: usize,
    /// Times it occurs.
    pub mentions: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct CorpusReport {
    pub articles: usize,
    pub with_event: usize,
    pub share_with_event: f64,
    pub events: usize,
    pub events_per_article: f64,
    pub bad_records: usize,
    pub roots: Vec<RootRow>,
    /// Distinct unresolved names, and how many occur in more than 20 articles.
    pub unresolved_names: usize,
    pub unresolved_over_20_articles: usize,
    pub top_unresolved: Vec<NameRow>,
}

/// What the report keeps of one coded article.
#[derive(Default)]
pub struct ArticleSummary {
    /// Events per root.
    pub roots: BTreeMap<String, usize>,
    /// Unresolved names: (surface form, type).
    pub unresolved: Vec<(String, String)>,
}

/// Whether an entity is a name that resolves to no actor (see the module documentation).
pub fn is_unresolved(e: &hadath::Entity) -> bool {
    match e.kind.as_str() {
        "PER" | "ORG" => e.actor.is_none(),
        "LOC" | "GPE" => e.actor.is_none() && e.canonical.is_none(),
        _ => false,
    }
}

/// Whether the lexicon holds `text` as a date word or a function word
/// ("نيسان" is April, not a company): such words are not names.
pub fn is_lexicon_word(lex: &hadath::Lexicon, text: &str) -> bool {
    use hadath::lexicon::{NameRef, PhraseIndex};
    let mut node = 0u32;
    for w in text.split_whitespace() {
        let (key, article) = PhraseIndex::key(w);
        let Some(wid) = lex.phrases.word(&key) else { return false };
        let [with, without] = lex.phrases.step(node, wid, article);
        match with.or(without) {
            Some(n) => node = n,
            None => return false,
        }
    }
    node != 0 && lex.phrases.refs(node).iter().any(|r| matches!(r, NameRef::Date(_) | NameRef::Particle(_)))
}

/// The grouping key of a name: folded, the article dropped from every word.
pub fn name_key(text: &str) -> String {
    fold(text).split_whitespace().map(strip_article).collect::<Vec<_>>().join(" ")
}

pub fn summarize(lex: &hadath::Lexicon, doc: &Document) -> ArticleSummary {
    let mut s = ArticleSummary::default();
    for e in &doc.events {
        *s.roots.entry(e.root.clone()).or_default() += 1;
    }
    s.unresolved = doc
        .entities
        .iter()
        .filter(|e| is_unresolved(e) && !is_lexicon_word(lex, &e.text))
        .map(|e| (e.text.clone(), e.kind.clone()))
        .collect();
    s
}

/// Groups the unresolved names of all articles and ranks them by articles, then mentions.
pub fn rank_names(articles: &[ArticleSummary]) -> Vec<NameRow> {
    struct Acc {
        articles: BTreeSet<usize>,
        mentions: usize,
        forms: HashMap<String, usize>,
        types: BTreeSet<String>,
    }
    let mut groups: HashMap<String, Acc> = HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        for (text, kind) in &a.unresolved {
            let key = name_key(text);
            if key.is_empty() {
                continue;
            }
            let acc = groups.entry(key).or_insert_with(|| Acc {
                articles: BTreeSet::new(),
                mentions: 0,
                forms: HashMap::new(),
                types: BTreeSet::new(),
            });
            acc.articles.insert(i);
            acc.mentions += 1;
            *acc.forms.entry(text.clone()).or_default() += 1;
            acc.types.insert(kind.clone());
        }
    }
    // a form with a leading clitic joins its bare form when that occurs too
    // (longest first, so that the result does not depend on the map's
    // order: "وكريم" joins "كريم" before "كريم" is looked at)
    let mut keys: Vec<String> = groups.keys().cloned().collect();
    keys.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then_with(|| a.cmp(b)));
    for key in keys {
        let mut chars = key.chars();
        let Some(first) = chars.next() else { continue };
        if !matches!(first, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
            continue;
        }
        let rest = chars.as_str();
        let mut bare = rest.split(' ').map(strip_article).collect::<Vec<_>>().join(" ");
        if !groups.contains_key(&bare) {
            bare = rest.to_string();
        }
        if bare.chars().count() < 2 || bare == key || !groups.contains_key(&bare) {
            continue;
        }
        if let Some(acc) = groups.remove(&key) {
            if let Some(target) = groups.get_mut(&bare) {
                target.articles.extend(acc.articles);
                target.mentions += acc.mentions;
                for (f, n) in acc.forms {
                    *target.forms.entry(f).or_default() += n;
                }
                target.types.extend(acc.types);
            }
        }
    }
    let mut rows: Vec<NameRow> = groups
        .into_iter()
        .map(|(key, acc)| {
            let text = acc
                .forms
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(f, _)| f.clone())
                .unwrap_or_default();
            NameRow {
                key,
                text,
                types: acc.types.into_iter().collect(),
                articles: acc.articles.len(),
                mentions: acc.mentions,
            }
        })
        .collect();
    rows.sort_by(|a, b| b.articles.cmp(&a.articles).then(b.mentions.cmp(&a.mentions)).then_with(|| a.key.cmp(&b.key)));
    rows
}

pub fn build_report(pipeline: &Pipeline, summaries: &[ArticleSummary], bad_records: usize, top: usize) -> CorpusReport {
    let n = summaries.len();
    let with_event = summaries.iter().filter(|s| !s.roots.is_empty()).count();
    let events: usize = summaries.iter().map(|s| s.roots.values().sum::<usize>()).sum();
    let mut roots = Vec::new();
    for r in 1..=20 {
        let root = format!("{r:02}");
        let count: usize = summaries.iter().filter_map(|s| s.roots.get(&root)).sum();
        let arts = summaries.iter().filter(|s| s.roots.contains_key(&root)).count();
        let name = pipeline.lexicon().cameo(&root).map(|c| c.name.clone()).unwrap_or_default();
        roots.push(RootRow {
            root,
            name,
            events: count,
            per_article: count as f64 / n.max(1) as f64,
            articles: arts,
        });
    }
    let names = rank_names(summaries);
    CorpusReport {
        articles: n,
        with_event,
        share_with_event: with_event as f64 / n.max(1) as f64,
        events,
        events_per_article: events as f64 / n.max(1) as f64,
        bad_records,
        roots,
        unresolved_names: names.len(),
        unresolved_over_20_articles: names.iter().filter(|r| r.articles > 20).count(),
        top_unresolved: names.into_iter().take(top).collect(),
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    let pipeline = crate::pipeline(args.lexicon.as_deref())?.with_ner(!args.no_ner);
    let files = hadath_io::discover(&args.inputs).context("finding the corpus files")?;
    let mut records = Vec::new();
    let mut bad = 0usize;
    for r in hadath_io::CorpusReader::new(files) {
        match r {
            Ok(rec) => records.push(rec.article),
            Err(e) => {
                eprintln!("hadath: {e}");
                bad += 1;
            }
        }
    }
    if records.is_empty() {
        anyhow::bail!("no article could be read from the input; give JSON Lines files (plain or gzip), .txt articles or directories of them");
    }
    let summaries: Vec<ArticleSummary> = records
        .par_iter()
        .map(|a| match pipeline.process(a) {
            Ok(doc) => summarize(pipeline.lexicon(), &doc),
            Err(_) => ArticleSummary::default(),
        })
        .collect();
    let report = build_report(&pipeline, &summaries, bad, args.top);
    if args.json {
        crate::write_stdout(&format!("{}\n", serde_json::to_string_pretty(&report)?))?;
    } else {
        crate::write_stdout(&table(&report))?;
    }
    Ok(if bad > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The report as the text table `hadath report` prints.
fn table(r: &CorpusReport) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "articles                {}", r.articles);
    let _ = writeln!(s, "with at least one event {} ({:.1}%)", r.with_event, 100.0 * r.share_with_event);
    let _ = writeln!(s, "events                  {} ({:.2} per article)", r.events, r.events_per_article);
    if r.bad_records > 0 {
        let _ = writeln!(s, "bad records skipped     {}", r.bad_records);
    }
    s.push('\n');
    let _ = writeln!(s, "{:<4} {:<40} {:>7} {:>11} {:>9}", "root", "name", "events", "per article", "articles");
    for row in &r.roots {
        let _ = writeln!(
            s,
            "{:<4} {:<40} {:>7} {:>11.3} {:>9}",
            row.root, row.name, row.events, row.per_article, row.articles
        );
    }
    s.push('\n');
    let _ = writeln!(
        s,
        "names that resolve to no actor: {} distinct, {} in more than 20 articles; the most frequent:",
        r.unresolved_names, r.unresolved_over_20_articles
    );
    let _ = writeln!(s, "{:>8} {:>8}  {:<8} name", "articles", "mentions", "type");
    for n in &r.top_unresolved {
        let _ = writeln!(s, "{:>8} {:>8}  {:<8} {}", n.articles, n.mentions, n.types.join(","), n.text);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(names: &[(&str, &str)]) -> ArticleSummary {
        ArticleSummary {
            roots: BTreeMap::new(),
            unresolved: names.iter().map(|(t, k)| (t.to_string(), k.to_string())).collect(),
        }
    }

    #[test]
    fn names_group_by_folded_form_and_rank_by_articles() {
        let arts = [
            summary(&[("الحوثيين", "ORG"), ("الحوثيين", "ORG")]),
            summary(&[("حوثيين", "ORG"), ("وإدلب", "LOC")]),
            summary(&[("وادلب", "LOC"), ("إدلب", "LOC")]),
            summary(&[("إدلب", "LOC"), ("وليد", "PER")]),
        ];
        let rows = rank_names(&arts);
        let idlib = rows.iter().find(|r| r.key == "ادلب").unwrap();
        assert_eq!((idlib.articles, idlib.mentions, idlib.text.as_str()), (3, 4, "إدلب"));
        let houthi = rows.iter().find(|r| r.key == "حوثيين").unwrap();
        assert_eq!((houthi.articles, houthi.mentions), (2, 3));
        assert_eq!(rows[0].key, "ادلب");
        // "وليد" is a name, not و + "ليد": no bare form occurs, it stays whole
        assert!(rows.iter().any(|r| r.key == "وليد"));
    }

    #[test]
    fn clitic_chains_merge_whatever_the_order_of_the_map() {
        // "وكريم" -> "كريم" -> "ريم": one group of three articles, every time
        // (each call builds its map with a new random order)
        let arts = [summary(&[("وكريم", "PER")]), summary(&[("كريم", "PER")]), summary(&[("ريم", "PER")])];
        for _ in 0..20 {
            let rows = rank_names(&arts);
            assert_eq!(rows.len(), 1, "{rows:?}");
            assert_eq!((rows[0].key.as_str(), rows[0].articles), ("ريم", 3));
        }
    }

    #[test]
    fn which_entities_count_as_unresolved() {
        let e = |kind: &str, actor: Option<&str>, canonical: Option<&str>| hadath::Entity {
            start: 0,
            end: 1,
            text: "x".into(),
            kind: kind.into(),
            actor: actor.map(str::to_string),
            canonical: canonical.map(str::to_string),
            wikidata: None,
        };
        assert!(is_unresolved(&e("PER", None, None)));
        assert!(is_unresolved(&e("PER", None, Some("Known Person"))));
        assert!(!is_unresolved(&e("PER", Some("USAGOV"), Some("Known Person"))));
        assert!(!is_unresolved(&e("GPE", None, Some("Aleppo"))));
        assert!(is_unresolved(&e("LOC", None, None)));
        assert!(!is_unresolved(&e("DATE", None, None)));
        assert!(!is_unresolved(&e("MISC", None, None)));
    }

    #[test]
    fn month_names_and_function_words_are_not_names() {
        let lex = hadath::Lexicon::embedded().unwrap();
        assert!(is_lexicon_word(&lex, "نيسان"));
        assert!(is_lexicon_word(&lex, "أبريل"));
        assert!(!is_lexicon_word(&lex, "سكريبال"));
        assert!(!is_lexicon_word(&lex, "روسيا"), "a country is a name");
    }
}
