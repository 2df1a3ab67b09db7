//! Reading the lexicon's TSV files, with line numbers in every error.

use crate::error::LexiconError;

/// One data row of a TSV file.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// 1-based line number in the file.
    pub line: usize,
    pub cols: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// Column `i`, `None` when it is `-` (the empty value).
    pub fn opt(&self, i: usize) -> Option<&'a str> {
        match self.cols.get(i).copied() {
            None | Some("-") | Some("") => None,
            Some(s) => Some(s),
        }
    }

    /// Column `i` split on `|`, empty when it is `-`.
    pub fn list(&self, i: usize) -> impl Iterator<Item = &'a str> {
        self.opt(i).into_iter().flat_map(|s| s.split('|')).map(str::trim).filter(|s| !s.is_empty())
    }
}

/// Parses `content` (the file `file`), checking the header against `columns`.
/// Comment lines start with `#`; blank lines are skipped; the first other line
/// is the header.
pub fn parse<'a>(file: &str, content: &'a str, columns: &[&str]) -> Result<Vec<Row<'a>>, LexiconError> {
    let err = |line: usize, message: String| LexiconError {
        file: file.to_string(),
        line,
        message,
    };
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (i, raw) in content.lines().enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
        if !header_seen {
            header_seen = true;
            if cols != columns {
                return Err(err(line, format!("header is `{}`, expected `{}`", cols.join("\\t"), columns.join("\\t"))));
            }
            continue;
        }
        if cols.len() != columns.len() {
            return Err(err(
                line,
                format!(
                    "{} columns, expected {} ({}); are the columns separated by single tabs?",
                    cols.len(),
                    columns.len(),
                    columns.join(", ")
                ),
            ));
        }
        if let Some(j) = cols.iter().position(|c| c.is_empty()) {
            return Err(err(line, format!("column `{}` is empty; write `-` for no value", columns[j])));
        }
        rows.push(Row { line, cols });
    }
    if !header_seen {
        return Err(err(0, format!("no header line; expected `{}`", columns.join("\\t"))));
    }
    Ok(rows)
}
