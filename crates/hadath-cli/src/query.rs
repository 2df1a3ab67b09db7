//! `hadath query`: questions to the event store: events that match filters,
//! or counts and Goldstein totals per period, actor pair or event root.

use anyhow::{Context, Result};
use hadath_io::{AggregateRow, Aggregation, EventQuery, EventRow, EventStore, GroupKey, Period, SqliteStore, StoreError};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

/// Evidence longer than this is cut in the table (CSV and JSON keep it whole).
const TABLE_EVIDENCE_CHARS: usize = 70;

/// How results are printed.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum OutputFormat {
    /// Aligned columns, for reading.
    Table,
    /// CSV with a header, for spreadsheets and data frames.
    Csv,
    /// One JSON object a line.
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// The event store written by `hadath run --db`.
    #[arg(long)]
    db: PathBuf,
    /// Events whose source or target actor code starts with this (RUS matches RUSGOV).
    #[arg(long)]
    actor: Option<String>,
    /// Source actor code prefix.
    #[arg(long)]
    source: Option<String>,
    /// Target actor code prefix.
    #[arg(long)]
    target: Option<String>,
    /// CAMEO event code, with its sub-codes (042; 04 is every 04x).
    #[arg(long)]
    code: Option<String>,
    /// Two-digit CAMEO root (04).
    #[arg(long)]
    root: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quad: Option<u8>,
    /// PLOVER event type (CONSULT, ASSAULT, ...).
    #[arg(long)]
    plover: Option<String>,
    /// First day, YYYY-MM-DD (the event's date, else the article's).
    #[arg(long)]
    from: Option<String>,
    /// Last day, YYYY-MM-DD, included.
    #[arg(long)]
    to: Option<String>,
    /// Words in the evidence sentence (spelling variants of hamza, ya and ta marbuta match).
    #[arg(long)]
    text: Option<String>,
    /// Only the events of this article id.
    #[arg(long)]
    article: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<u64>,
    /// A time series: event counts and Goldstein sums per day, week (by its Monday), month or year.
    #[arg(long, value_name = "PERIOD", value_parser = parse_period)]
    count_by: Option<Period>,
    /// Counts and Goldstein sums per pair (source and target), source, target, root, code, quad, plover or country; with --count-by, per period and key.
    #[arg(long, value_name = "KEY", value_parser = parse_key)]
    by: Option<GroupKey>,
    /// table, csv or json (default: table on a terminal, csv otherwise).
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,
}

fn parse_period(s: &str) -> Result<Period, String> {
    s.parse()
}

fn parse_key(s: &str) -> Result<GroupKey, String> {
    s.parse()
}

pub fn run(args: Args) -> Result<ExitCode> {
    let query = EventQuery {
        actor: args.actor,
        source: args.source,
        target: args.target,
        code: args.code,
        root: args.root,
        quad_class: args.quad,
        plover: args.plover,
        from: args.from,
        to: args.to,
        text: args.text,
        article: args.article,
        limit: args.limit,
    };
    // Check the filters before touching the store, so a typo is named as such.
    query.normalized().map_err(anyhow::Error::from)?;
    let store = SqliteStore::open_read_only(&args.db).with_context(|| format!("opening the event store {}", args.db.display()))?;
    let stdout = std::io::stdout();
    let format = args
        .format
        .unwrap_or(if stdout.is_terminal() { OutputFormat::Table } else { OutputFormat::Csv });
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = if args.count_by.is_some() || args.by.is_some() {
        let aggregation = Aggregation {
            period: args.count_by,
            by: args.by,
        };
        let rows = store.aggregate(&query, &aggregation)?;
        print_aggregate(&mut out, format, &aggregation, &rows)
    } else {
        print_events(&mut out, format, &store, &query)
    };
    match result {
        Ok(()) => {}
        Err(e) if is_broken_pipe(&e) => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(e),
    }
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// True when `e` comes from a closed standard output (`| head`): the reader's choice, not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn consumer<E: std::error::Error + Send + Sync + 'static>(e: E) -> StoreError {
    StoreError::Consumer(Box::new(e))
}

fn print_events(out: &mut dyn Write, format: OutputFormat, store: &SqliteStore, query: &EventQuery) -> Result<()> {
    match format {
        OutputFormat::Csv => {
            let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(out);
            w.write_record(EventRow::COLUMNS)?;
            store.for_each_event(query, &mut |row| w.serialize(&row).map_err(consumer))?;
            w.flush()?;
        }
        OutputFormat::Json => {
            store.for_each_event(query, &mut |row| {
                serde_json::to_writer(&mut *out, &row).map_err(consumer)?;
                writeln!(out).map_err(consumer)
            })?;
        }
        OutputFormat::Table => {
            // A table needs every width before the first line: it holds the rows (use --limit, csv or json for big results).
            let rows = store.query(query)?;
            if rows.is_empty() {
                eprintln!("hadath: no events match");
                return Ok(());
            }
            let header = ["date", "source", "target", "code", "quad", "goldstein", "plover", "article", "evidence"];
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.date.clone().unwrap_or_default(),
                        r.source.clone().unwrap_or_default(),
                        r.target.clone().unwrap_or_default(),
                        r.code.clone(),
                        r.quad_class.to_string(),
                        format!("{:.1}", r.goldstein),
                        r.plover.clone(),
                        r.article_id.clone(),
                        shorten(&r.evidence, TABLE_EVIDENCE_CHARS),
                    ]
                })
                .collect();
            write_table(out, &header, &cells, &[5])?;
            eprintln!("hadath: {} events", rows.len());
        }
    }
    Ok(())
}

fn print_aggregate(out: &mut dyn Write, format: OutputFormat, aggregation: &Aggregation, rows: &[AggregateRow]) -> Result<()> {
    let header = aggregation.columns();
    match format {
        OutputFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(&header)?;
            for r in rows {
                w.write_record(r.cells(aggregation))?;
            }
            w.flush()?;
        }
        OutputFormat::Json => {
            for r in rows {
                writeln!(out, "{}", serde_json::Value::Object(r.to_json(aggregation)))?;
            }
        }
        OutputFormat::Table => {
            if rows.is_empty() {
                eprintln!("hadath: no events match");
                return Ok(());
            }
            let cells: Vec<Vec<String>> = rows.iter().map(|r| r.cells(aggregation)).collect();
            let n = header.len();
            write_table(out, &header, &cells, &[n - 3, n - 2, n - 1])?;
        }
    }
    Ok(())
}

/// The first `max` characters of `s` on one line, with an ellipsis when cut.
fn shorten(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let mut cut: String = one_line.chars().take(max).collect();
        cut.push('…');
        cut
    }
}

/// Aligned columns; the columns in `right` are right-aligned (numbers).
fn write_table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>], right: &[usize]) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |out: &mut dyn Write, cells: &[&str]| -> std::io::Result<()> {
        let last = cells.len().saturating_sub(1);
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.width());
            if right.contains(&i) {
                write!(out, "{}{cell}", " ".repeat(pad))?;
            } else if i == last {
                write!(out, "{cell}")?;
            } else {
                write!(out, "{cell}{}", " ".repeat(pad))?;
            }
            if i != last {
                write!(out, "  ")?;
            }
        }
        writeln!(out)
    };
    line(out, header)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rule.iter().map(String::as_str).collect::<Vec<_>>())?;
    for row in rows {
        line(out, &row.iter().map(String::as_str).collect::<Vec<_>>())?;
    }
    Ok(())
}
