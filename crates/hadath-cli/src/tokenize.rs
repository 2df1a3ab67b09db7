//! `hadath tokenize`: hadath's tokens, folded forms or light stems, one a
//! line, or only their counts.

use anyhow::{Context, Result};
use hadath::text::{fold_into, light_stem, tokenize, TokenKind};
use rustc_hash::FxHashSet;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Print each word's folded form (diacritics, tatweel, hamza seats, ى and ة folded).
    #[arg(long)]
    fold: bool,
    /// Print each word's light stem (folded; clitics, pronouns and common endings removed).
    #[arg(long)]
    stem: bool,
    /// Print no tokens, only a summary: tokens, words, and distinct words (or folded forms, or stems).
    #[arg(long)]
    count: bool,
    /// Plain UTF-8 text files; `-` or nothing reads standard input. Any size: read a line at a time.
    files: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Written,
    Folded,
    Stem,
}

struct Counter {
    form: Form,
    count: bool,
    tokens: u64,
    words: u64,
    distinct: FxHashSet<String>,
    folded: String,
}

impl Counter {
    /// Tokenizes one line; prints or counts its words and numbers.
    fn line(&mut self, line: &str, out: &mut impl Write) -> std::io::Result<()> {
        for t in tokenize(line) {
            self.tokens += 1;
            if t.kind == TokenKind::Punct {
                continue;
            }
            self.words += 1;
            let raw = t.as_str(line);
            let word = match self.form {
                Form::Written => raw,
                Form::Folded | Form::Stem => {
                    self.folded.clear();
                    fold_into(raw, &mut self.folded);
                    if self.form == Form::Stem {
                        light_stem(&self.folded)
                    } else {
                        &self.folded
                    }
                }
            };
            if self.count {
                if !self.distinct.contains(word) {
                    self.distinct.insert(word.to_string());
                }
            } else {
                out.write_all(word.as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    }
}

fn open(name: &str) -> Result<Box<dyn Read>> {
    if name == "-" {
        return Ok(Box::new(std::io::stdin()));
    }
    let f = std::fs::File::open(name).with_context(|| format!("cannot open {name}"))?;
    Ok(Box::new(f))
}

pub fn run(args: Args) -> Result<ExitCode> {
    let form = if args.stem {
        Form::Stem
    } else if args.fold {
        Form::Folded
    } else {
        Form::Written
    };
    let mut c = Counter {
        form,
        count: args.count,
        tokens: 0,
        words: 0,
        distinct: FxHashSet::default(),
        folded: String::new(),
    };
    let files = if args.files.is_empty() { vec!["-".to_string()] } else { args.files };
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut buf = Vec::new();
    for name in &files {
        let mut r = BufReader::with_capacity(1 << 16, open(name)?);
        let mut line_no = 0u64;
        loop {
            buf.clear();
            let n = r.read_until(b'\n', &mut buf).with_context(|| format!("cannot read {name}"))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            let Ok(line) = std::str::from_utf8(&buf) else {
                anyhow::bail!("{name}:{line_no}: not UTF-8 text; give plain UTF-8 text files");
            };
            match c.line(line, &mut out) {
                Ok(()) => {}
                // `hadath tokenize big.txt | head` is not an error
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
                Err(e) => return Err(e).context("cannot write to standard output"),
            }
        }
    }
    if c.count {
        let what = match form {
            Form::Written => "distinct words",
            Form::Folded => "distinct folded forms",
            Form::Stem => "distinct stems",
        };
        writeln!(out, "{} tokens, {} words, {} {what}", c.tokens, c.words, c.distinct.len())?;
    }
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e).context("cannot write to standard output"),
        _ => Ok(ExitCode::SUCCESS),
    }
}
