//! `hadath train ner` and `hadath eval ner`.

use anyhow::{Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;

/// Default data locations, relative to the repository root, where the
/// project's shared data sits beside it.
const TRAIN: &str = "../shared/data/anercorp/train.txt";
const UNLABELLED: &str = "../shared/data/ant-news-2018/ant-politics-2700.jsonl.gz";

#[derive(clap::Subcommand)]
pub enum TrainWhat {
    /// Train the entity tagger on ANERcorp (IOB2, `word TAG` a line) from a fixed seed.
    Ner {
        /// Training file.
        #[arg(long, default_value = TRAIN)]
        train: PathBuf,
        /// Unlabelled news (JSON Lines with `text`, gzip or plain) for word clusters.
        #[arg(long, default_value = UNLABELLED)]
        unlabelled: PathBuf,
        /// Where to write the model (the embedded one is models/ner.bin).
        #[arg(long, default_value = "models/ner.bin")]
        output: PathBuf,
        #[arg(long, default_value_t = 24)]
        epochs: usize,
        #[arg(long, default_value_t = 2018)]
        seed: u64,
    },
}

#[derive(clap::Subcommand)]
pub enum EvalWhat {
    /// Entity-level precision, recall and F1 per type and micro-averaged (as conlleval).
    Ner {
        /// Gold file in the ANERcorp format (`word TAG` a line, blank line between sentences).
        file: PathBuf,
        /// A model file to evaluate instead of the embedded one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// PROTEST detection and actor countries against the arabic_event_gsr gold records.
    Gsr(crate::eval_gsr::Args),
}

pub fn train(what: TrainWhat) -> Result<ExitCode> {
    let TrainWhat::Ner {
        train,
        unlabelled,
        output,
        epochs,
        seed,
    } = what;
    let unl = unlabelled.exists().then_some(unlabelled.as_path());
    if unl.is_none() {
        eprintln!("hadath: {} not found; training without word clusters (expect a lower F1)", unlabelled.display());
    }
    let opts = hadath_ner::TrainOptions {
        epochs,
        seed,
        ..Default::default()
    };
    let started = std::time::Instant::now();
    let tagger = hadath_ner::train(&train, unl, &opts).with_context(|| format!("training on {}", train.display()))?;
    std::fs::write(&output, tagger.to_bytes()).with_context(|| format!("writing {}", output.display()))?;
    eprintln!("hadath: model written to {} in {:.1} s", output.display(), started.elapsed().as_secs_f64());
    Ok(ExitCode::SUCCESS)
}

pub fn eval(what: EvalWhat) -> Result<ExitCode> {
    let (file, model) = match what {
        EvalWhat::Ner { file, model } => (file, model),
        EvalWhat::Gsr(args) => return crate::eval_gsr::run(args),
    };
    let sentences = hadath_ner::read_conll(&file).with_context(|| format!("reading {}", file.display()))?;
    let owned;
    let tagger = match model {
        Some(m) => {
            let bytes = std::fs::read(&m).with_context(|| format!("reading {}", m.display()))?;
            owned = hadath_ner::Tagger::from_bytes(&bytes).with_context(|| format!("{} is not a hadath NER model", m.display()))?;
            &owned
        }
        None => hadath_ner::Tagger::embedded(),
    };
    let started = std::time::Instant::now();
    let report = hadath_ner::evaluate(tagger, &sentences);
    let secs = started.elapsed().as_secs_f64();
    println!("{report}");
    eprintln!(
        "{} tokens in {:.2} s ({:.0} tokens/s, one core)",
        report.tokens,
        secs,
        report.tokens as f64 / secs.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}
