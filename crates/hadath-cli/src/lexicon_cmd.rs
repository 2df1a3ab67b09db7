//! `hadath lexicon check`.

use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

pub fn check(dir: Option<&Path>) -> Result<ExitCode> {
    let report = match dir {
        Some(d) => hadath::lexicon::check::check_dir(d)?,
        None => hadath::lexicon::check::check_embedded(),
    };
    for d in &report.diagnostics {
        eprintln!("{d}");
    }
    let (errors, warnings) = (report.errors(), report.warnings());
    eprintln!("{} files, {} entries: {errors} error(s), {warnings} warning(s)", report.files, report.entries);
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
