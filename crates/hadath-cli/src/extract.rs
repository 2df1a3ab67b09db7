//! `hadath extract`: one article a file, one JSON document a line.

use anyhow::Result;
use hadath::Article;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Articles larger than this are refused (override with --max-bytes).
const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

#[derive(clap::Args)]
pub struct Args {
    /// Publication date (YYYY-MM-DD) that relative dates resolve against.
    #[arg(long)]
    date: Option<String>,
    /// Indent the JSON (one document spans several lines).
    #[arg(long)]
    pretty: bool,
    /// Extra lexicon directory whose TSV files are added to the built-in ones.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Skip the statistical entity tagger (only lexicon names; about twice as fast).
    #[arg(long)]
    no_ner: bool,
    /// Refuse articles larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Article files (plain UTF-8 text); `-` or nothing reads standard input.
    files: Vec<String>,
}

/// Why an input could not be coded.
fn read_input(name: &str, max: u64) -> Result<String, String> {
    let mut bytes = Vec::new();
    if name == "-" {
        std::io::stdin()
            .take(max + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        let meta = std::fs::metadata(name).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        })?;
        if meta.is_dir() {
            return Err("is a directory; give article files (or use `hadath run` for a corpus)".into());
        }
        if meta.len() > max {
            return Err(format!(
                "{} bytes is larger than the limit of {max} bytes; is it really one article? (raise it with --max-bytes)",
                meta.len()
            ));
        }
        std::fs::File::open(name)
            .and_then(|f| f.take(max + 1).read_to_end(&mut bytes))
            .map_err(|e| e.to_string())?;
    }
    if bytes.len() as u64 > max {
        return Err(format!("larger than the limit of {max} bytes (raise it with --max-bytes)"));
    }
    hadath_io::article_text(bytes)
}

pub fn run(args: Args) -> Result<ExitCode> {
    if let Some(d) = &args.date {
        if chrono_like_date(d).is_none() {
            anyhow::bail!("--date `{d}` is not a date: expected YYYY-MM-DD, e.g. --date 2019-05-15");
        }
    }
    // The entity tagger's model loads on another core while the lexicon compiles.
    if !args.no_ner {
        std::thread::spawn(hadath_ner::Tagger::embedded);
    }
    let pipeline = crate::pipeline(args.lexicon.as_deref())?.with_ner(!args.no_ner);
    let files = if args.files.is_empty() { vec!["-".to_string()] } else { args.files.clone() };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for name in &files {
        let shown = if name == "-" { "<stdin>" } else { name.as_str() };
        let text = match read_input(name, args.max_bytes) {
            Ok(t) => t,
            Err(why) => {
                eprintln!("hadath: {shown}: {why}");
                failed += 1;
                continue;
            }
        };
        let id = if name == "-" {
            "stdin".to_string()
        } else {
            std::path::Path::new(name)
                .file_name()
                .map_or(name.clone(), |f| f.to_string_lossy().into_owned())
        };
        let article = Article {
            id,
            date: args.date.clone(),
            text,
        };
        match pipeline.process(&article) {
            Ok(doc) => {
                let json = if args.pretty {
                    serde_json::to_string_pretty(&doc)
                } else {
                    serde_json::to_string(&doc)
                }?;
                writeln!(out, "{json}")?;
            }
            Err(e) => {
                eprintln!("hadath: {shown}: {e}");
                failed += 1;
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("hadath: {failed} of {} input(s) could not be coded", files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn chrono_like_date(s: &str) -> Option<()> {
    let p: Vec<&str> = s.split('-').collect();
    let ok = p.len() == 3
        && p[0].len() == 4
        && p[1].len() == 2
        && p[2].len() == 2
        && p.iter().all(|x| x.chars().all(|c| c.is_ascii_digit()))
        && (1..=12).contains(&p[1].parse::<u32>().ok()?)
        && (1..=31).contains(&p[2].parse::<u32>().ok()?);
    ok.then_some(())
}
