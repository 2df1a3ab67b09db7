//! `hadath`: the command-line front end. It only calls the library's public API.

mod eval_gsr;
mod extract;
mod lexicon_cmd;
mod ner_cmd;
mod query;
mod report;
mod run;
mod serve;
mod tokenize;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc rather than the system allocator: coding an article makes many
/// small short-lived allocations (tokens, mentions, actors, events, JSON),
/// which glibc's malloc serves markedly slower, and its per-thread heaps
/// keep the coding threads from contending for one arena.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "hadath", version, about = "Code Arabic news into political events (CAMEO, PLOVER, Goldstein)")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles (plain UTF-8 text files) and print one JSON document per article.
    Extract(extract::Args),
    /// Code a corpus (JSON Lines, plain or gzip; files or directories) into one output and/or an event store.
    Run(run::Args),
    /// Query an event store written by `hadath run --db`.
    Query(query::Args),
    /// Serve the HTTP API and the web page: `hadath serve [--db events.sqlite] [--addr 127.0.0.1:8080]`.
    Serve(serve::Args),
    /// Train a model: `hadath train ner`.
    Train {
        #[command(subcommand)]
        what: ner_cmd::TrainWhat,
    },
    /// Evaluate against gold data: `hadath eval ner FILE`, `hadath eval gsr [DIR]`.
    Eval {
        #[command(subcommand)]
        what: ner_cmd::EvalWhat,
    },
    /// Code a corpus and report its coverage: articles with events, events by root, unresolved names.
    Report(report::Args),
    /// Print hadath's tokens, folded forms or light stems of plain text, or count them.
    Tokenize(tokenize::Args),
    /// Work with the dictionaries.
    Lexicon {
        #[command(subcommand)]
        command: LexiconCommand,
    },
}

#[derive(Subcommand)]
enum LexiconCommand {
    /// Check a lexicon directory: columns, duplicates, CAMEO codes, date ranges.
    Check {
        /// The directory to check (default: the lexicon built into hadath).
        dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Run(args) => run::run(args),
        Command::Query(args) => query::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Train { what } => ner_cmd::train(what),
        Command::Eval { what } => ner_cmd::eval(what),
        Command::Report(args) => report::run(args),
        Command::Tokenize(args) => tokenize::run(args),
        Command::Lexicon {
            command: LexiconCommand::Check { dir },
        } => lexicon_cmd::check(dir.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("hadath: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Writes `text` to standard output. A reader that stops early (`hadath
/// report ... | head`) is not an error: the rest is dropped.
pub fn write_stdout(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(anyhow::Error::new(e).context("cannot write to standard output")),
        _ => Ok(()),
    }
}

/// Builds the pipeline over the embedded lexicon, with `extra` on top.
pub fn pipeline(extra: Option<&std::path::Path>) -> anyhow::Result<hadath::Pipeline> {
    use anyhow::Context;
    let lexicon = match extra {
        Some(dir) => hadath::Lexicon::embedded_with(dir).with_context(|| format!("loading the lexicon in {}", dir.display()))?,
        None => hadath::Lexicon::embedded().context("the built-in lexicon does not compile; run `hadath lexicon check`")?,
    };
    Ok(hadath::Pipeline::with_lexicon(lexicon))
}
