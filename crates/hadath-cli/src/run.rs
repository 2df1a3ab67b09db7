//! `hadath run`: corpus mode. Codes JSON Lines (plain or gzip), text files and
//! directories of them on all cores, and writes one output and/or an event store.

use anyhow::{Context, Result};
use hadath_io::{discover, run_corpus, CorpusReader, DocumentSink, Format, Output, Progress, RecordError, RunObserver, RunOptions, SqliteStore, StoreSink};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Bad records beyond this many are counted but not shown one by one.
const MAX_ERRORS_SHOWN: u64 = 100;

/// How often a plain progress line is printed when standard error is not a terminal.
const PLAIN_PROGRESS_EVERY: Duration = Duration::from_secs(5);

#[derive(clap::Args)]
pub struct Args {
    /// Output format: jsonl (one document a line), csv (one event a row), gdelt (GDELT 2.0 event table, tab-separated), parquet (events table). Default: from the --output name (.jsonl, .csv, .tsv, .parquet, each optionally .gz but parquet), else jsonl.
    #[arg(long, short, value_parser = parse_format)]
    format: Option<Format>,
    /// Write the output to this file (`-`: standard output; a name ending in `.gz` is compressed). Default: standard output, or no output when --db is given.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Also write into this event store (SQLite; created when missing). Re-running adds nothing twice; a killed run can simply be started again.
    #[arg(long)]
    db: Option<PathBuf>,
    /// With --db: leave out the articles the store already holds (to finish a run that was stopped, without coding again what it had done).
    #[arg(long, requires = "db")]
    resume: bool,
    /// Extra lexicon directory whose TSV files are added to the built-in ones.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Threads that code articles (default: all cores).
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    /// Articles per batch; each batch is one store transaction.
    #[arg(long, default_value_t = 256)]
    batch: usize,
    /// No progress display (errors and the summary are still printed).
    #[arg(long, short)]
    quiet: bool,
    /// JSON Lines files (`.jsonl`, `.jsonl.gz`), `.txt` articles, directories of them, or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

/// The format an output file's name asks for (`events.csv.gz` is CSV).
fn format_of_name(path: &std::path::Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "csv" => Some(Format::Csv),
        "tsv" => Some(Format::Gdelt),
        "parquet" => Some(Format::Parquet),
        _ => None,
    }
}

/// Shows progress and bad records on standard error.
struct Reporter {
    bar: Option<ProgressBar>,
    plain: bool,
    last_line: Instant,
    shown: u64,
}

impl Reporter {
    fn new(quiet: bool, bytes_total: u64) -> Reporter {
        let terminal = std::io::stderr().is_terminal();
        let bar = (!quiet && terminal).then(|| {
            let bar = if bytes_total > 0 {
                ProgressBar::with_draw_target(Some(bytes_total), ProgressDrawTarget::stderr())
            } else {
                ProgressBar::new_spinner()
            };
            let template = if bytes_total > 0 {
                "{spinner} {elapsed_precise} [{bar:30}] {binary_bytes}/{binary_total_bytes} {msg} ETA {eta}"
            } else {
                "{spinner} {elapsed_precise} {msg}"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Reporter {
            bar,
            plain: !quiet && !terminal,
            last_line: Instant::now(),
            shown: 0,
        }
    }

    fn say(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl RunObserver for Reporter {
    fn record_failed(&mut self, error: &RecordError) {
        self.shown += 1;
        if self.shown <= MAX_ERRORS_SHOWN {
            self.say(&format!("hadath: {error}"));
        } else if self.shown == MAX_ERRORS_SHOWN + 1 {
            self.say(&format!(
                "hadath: more than {MAX_ERRORS_SHOWN} bad records; the rest are counted in the summary but not shown"
            ));
        }
    }

    fn progress(&mut self, p: &Progress) {
        if let Some(bar) = &self.bar {
            bar.set_position(p.bytes_read);
            bar.set_message(format!(
                "{} articles, {} events, {} errors, {:.0} articles/s",
                p.articles,
                p.events,
                p.errors,
                p.articles_per_second()
            ));
        } else if self.plain && self.last_line.elapsed() >= PLAIN_PROGRESS_EVERY {
            self.last_line = Instant::now();
            let share = if p.bytes_total > 0 {
                format!(" ({:.0}% of the input)", 100.0 * p.bytes_read as f64 / p.bytes_total as f64)
            } else {
                String::new()
            };
            eprintln!(
                "hadath: {} articles, {} events, {} errors, {:.1} MB read{share}, {:.0} articles/s",
                p.articles,
                p.events,
                p.errors,
                p.bytes_read as f64 / 1e6,
                p.articles_per_second()
            );
        }
    }
}

/// Says once per place in the code that the coder failed there; the articles
/// it failed on are reported (and counted) one by one by the run itself.
fn report_panics_once() {
    let seen = std::sync::Mutex::new(std::collections::HashSet::new());
    std::panic::set_hook(Box::new(move |info| {
        let place = info.location().map(|l| l.to_string()).unwrap_or_default();
        let first = seen.lock().map(|mut s| s.insert(place.clone())).unwrap_or(true);
        if first {
            let what = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            eprintln!("hadath: internal error at {place}: {what}; the articles it happens on are skipped and listed (please report it)");
        }
    }));
}

pub fn run(args: Args) -> Result<ExitCode> {
    report_panics_once();
    if let Some(n) = args.threads {
        if n == 0 {
            anyhow::bail!("--threads must be at least 1");
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("setting up the worker threads")?;
    }
    // No --output with --db means the store is the output, unless a format was asked for.
    let output_path = match (&args.output, &args.db, args.format) {
        (Some(path), _, _) => Some(path.clone()),
        (None, Some(_), None) => None,
        (None, _, _) => Some(PathBuf::from("-")),
    };
    let format = args.format.or_else(|| args.output.as_deref().and_then(format_of_name)).unwrap_or(Format::Jsonl);
    if format.is_binary() && output_path.as_deref().is_some_and(|p| p.as_os_str() == "-") && std::io::stdout().is_terminal() {
        anyhow::bail!("{} is a binary format: give a file with --output, e.g. --output events.parquet", format.name());
    }

    if args.resume && args.output.is_some() {
        anyhow::bail!("--resume writes only the articles missing from the store, so --output would be incomplete: drop --output (or --resume)");
    }
    let files = discover(&args.inputs)?;
    if files.is_empty() {
        anyhow::bail!("no input: the directories given hold no .txt, .jsonl or .jsonl.gz files");
    }
    // The entity tagger's model loads on another core while the lexicon compiles.
    std::thread::spawn(hadath_ner::Tagger::embedded);
    let pipeline = crate::pipeline(args.lexicon.as_deref())?;

    let mut store = match &args.db {
        Some(path) => Some(StoreSink::new(
            SqliteStore::open(path).with_context(|| format!("opening the event store {}", path.display()))?,
        )),
        None => None,
    };
    let mut output: Option<Box<dyn DocumentSink>> = match &output_path {
        Some(path) => Some(format.open(Output::file(path)?)?),
        None => None,
    };

    let mut reader = CorpusReader::new(files);
    if let (true, Some(path)) = (args.resume, &args.db) {
        let stored = SqliteStore::open_read_only(path).with_context(|| format!("opening the event store {}", path.display()))?;
        // An article the store cannot be asked about is coded again: at worst, work is redone.
        reader = reader.skip_if(move |article| stored.has_article(&article.id).unwrap_or(false));
    }
    let mut reporter = Reporter::new(args.quiet, reader.bytes_total());
    let options = RunOptions {
        batch_articles: args.batch.max(1),
        ..RunOptions::default()
    };
    let result = {
        let mut sinks: Vec<&mut dyn DocumentSink> = Vec::new();
        if let Some(out) = output.as_mut() {
            sinks.push(out.as_mut());
        }
        if let Some(store) = store.as_mut() {
            sinks.push(store);
        }
        run_corpus(&pipeline, reader, &mut sinks, options, &mut reporter)
    };
    reporter.finish();
    let done = result.with_context(|| match &args.db {
        Some(db) => format!(
            "the run stopped; what {} holds is complete, run the same command again (with --resume) to finish",
            db.display()
        ),
        None => "the run stopped".to_string(),
    })?;
    if let Some(out) = output.as_mut() {
        out.finish()?;
    }

    let seconds = done.elapsed.as_secs_f64();
    if done.skipped > 0 {
        eprintln!("hadath: {} articles already in the store were left out (--resume)", done.skipped);
    }
    eprintln!(
        "hadath: {} articles, {} events, {} errors in {:.1} s ({:.0} articles/s, {:.2} MB/s of text, {:.1} MB of input)",
        done.articles,
        done.events,
        done.errors,
        seconds,
        done.articles_per_second(),
        done.text_mb_per_second(),
        done.bytes_read as f64 / 1e6
    );
    if let (Some(store), Some(path)) = (store, &args.db) {
        let stats = store.stats();
        let counts = hadath_io::EventStore::counts(&store.into_store())?;
        eprintln!(
            "hadath: {}: {} articles new, {} replaced, {} unchanged; it holds {} articles and {} events",
            path.display(),
            stats.inserted,
            stats.replaced,
            stats.unchanged,
            counts.articles,
            counts.events
        );
    }
    if done.errors > 0 {
        eprintln!(
            "hadath: {} record(s) could not be coded (see the messages above: file, line and id); the others were written",
            done.errors
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
