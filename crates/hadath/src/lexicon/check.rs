//! `hadath lexicon check`: finds every problem in a lexicon directory at
//! once, each with its file and line, rather than stopping at the first.

use super::{parse_partial_date, parse_role, EMBEDDED, FILES};
use crate::error::Error;
use rustc_hash::{FxHashMap, FxHashSet};
use std::fmt;
use std::path::Path;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One finding, with its place.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}: {sev}: {}", self.file, self.line, self.message)
    }
}

/// All findings over a lexicon.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    pub files: usize,
    pub entries: usize,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count()
    }
}

/// Checks the lexicon compiled into the binary.
pub fn check_embedded() -> Report {
    check_sources(EMBEDDED.iter().map(|(n, c)| (n.to_string(), Ok(c.to_string()))).collect())
}

/// Checks the `.tsv` files of `dir`.
pub fn check_dir(dir: &Path) -> Result<Report, Error> {
    let io = |e| Error::LexiconDir {
        path: dir.display().to_string(),
        source: e,
    };
    let mut sources = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    paths.sort();
    for p in paths {
        let content = std::fs::read(&p)
            .map_err(|e| e.to_string())
            .and_then(|b| String::from_utf8(b).map_err(|e| format!("not UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to())));
        sources.push((p.display().to_string(), content));
    }
    Ok(check_sources(sources))
}

struct Ctx {
    report: Report,
}

impl Ctx {
    fn push(&mut self, severity: Severity, file: &str, line: usize, message: String) {
        self.report.diagnostics.push(Diagnostic {
            severity,
            file: file.to_string(),
            line,
            message,
        });
    }
}

fn kind_of(name: &str) -> Option<&'static str> {
    let base = name.rsplit('/').next().unwrap_or(name);
    let stem = base.split('.').next().unwrap_or(base);
    FILES.iter().map(|(n, _)| *n).find(|n| n.split('.').next() == Some(stem))
}

fn check_sources(sources: Vec<(String, Result<String, String>)>) -> Report {
    let mut cx = Ctx { report: Report::default() };
    // rows by kind: (file, line, columns)
    let mut rows: FxHashMap<&'static str, Vec<(String, usize, Vec<String>)>> = FxHashMap::default();
    for (file, content) in &sources {
        let Some(kind) = kind_of(file) else {
            cx.push(
                Severity::Warning,
                file,
                0,
                "not a lexicon file name; it is ignored (expected one of the files in lexicon/README.md)".into(),
            );
            continue;
        };
        cx.report.files += 1;
        let content = match content {
            Ok(c) => c,
            Err(why) => {
                cx.push(Severity::Error, file, 0, format!("unreadable: {why}"));
                continue;
            }
        };
        let columns = FILES.iter().find(|(n, _)| *n == kind).map(|(_, c)| *c).unwrap_or(&[]);
        let mut header = false;
        let mut has_source_comment = false;
        for (i, raw) in content.lines().enumerate() {
            let line = i + 1;
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if raw.trim_start().starts_with('#') {
                let low = raw.to_lowercase();
                if !header && (low.contains("source") || low.contains("from")) {
                    has_source_comment = true;
                }
                continue;
            }
            if raw.trim().is_empty() {
                continue;
            }
            let cols: Vec<String> = raw.split('\t').map(|c| c.trim().to_string()).collect();
            if !header {
                header = true;
                if cols.iter().map(String::as_str).ne(columns.iter().copied()) {
                    cx.push(
                        Severity::Error,
                        file,
                        line,
                        format!("header is `{}`, expected `{}`", cols.join("\\t"), columns.join("\\t")),
                    );
                }
                continue;
            }
            if cols.len() != columns.len() {
                cx.push(
                    Severity::Error,
                    file,
                    line,
                    format!("{} columns, expected {} ({})", cols.len(), columns.len(), columns.join(", ")),
                );
                continue;
            }
            if let Some(j) = cols.iter().position(String::is_empty) {
                cx.push(Severity::Error, file, line, format!("column `{}` is empty; write `-` for no value", columns[j]));
                continue;
            }
            rows.entry(kind).or_default().push((file.clone(), line, cols));
        }
        if !header {
            cx.push(Severity::Error, file, 0, format!("no header line; expected `{}`", columns.join("\\t")));
        }
        if !has_source_comment {
            cx.push(Severity::Warning, file, 1, "no header comment naming the sources of the data".into());
        }
    }
    cx.report.entries = rows.values().map(Vec::len).sum();
    let empty = Vec::new();
    let get = |k: &str| rows.get(k).unwrap_or(&empty);

    // CAMEO codes
    let codes: FxHashSet<&str> = get("cameo.tsv").iter().map(|(_, _, c)| c[0].as_str()).collect();
    for (file, line, c) in get("cameo.tsv") {
        if c[2].parse::<f64>().map_or(true, |g| !(-10.0..=10.0).contains(&g)) {
            cx.push(Severity::Error, file, *line, format!("Goldstein value `{}` is not a number in -10..10", c[2]));
        }
        if !matches!(c[3].as_str(), "1" | "2" | "3" | "4") {
            cx.push(Severity::Error, file, *line, format!("quad class `{}` is not 1-4", c[3]));
        }
    }
    let check_code = |cx: &mut Ctx, file: &str, line: usize, code: &str| {
        if code != "-" && !codes.is_empty() && !codes.contains(code) {
            cx.push(Severity::Error, file, line, format!("unknown CAMEO event code `{code}` (not in cameo.tsv)"));
        }
    };
    let check_targets = |cx: &mut Ctx, file: &str, line: usize, t: &str, flags: &str| {
        for m in t.split('|').filter(|m| *m != "-") {
            if m != "obj" && m.chars().any(|c| c.is_ascii()) {
                cx.push(
                    Severity::Error,
                    file,
                    line,
                    format!("target marker `{m}` is neither `obj` nor an Arabic preposition"),
                );
            }
        }
        for f in flags.split('|').filter(|f| *f != "-") {
            if !matches!(
                f,
                "speech" | "continue" | "passive" | "symmetric" | "none" | "carrier" | "perfect" | "marked" | "hamza" | "with_pronoun" | "patient"
            ) {
                cx.push(
                    Severity::Error,
                    file,
                    line,
                    format!("unknown flag `{f}` (speech, continue, passive, symmetric, none, carrier, perfect, marked, hamza, with_pronoun, patient)"),
                );
            }
        }
    };
    let mut seen_pattern: FxHashMap<(String, String, String), (String, usize)> = FxHashMap::default();
    for (file, line, c) in get("verbs.tsv") {
        check_code(&mut cx, file, *line, &c[0]);
        check_targets(&mut cx, file, *line, &c[3], &c[4]);
        if c[0] == "-" && !c[4].contains("speech") && !c[4].contains("none") && !c[4].contains("carrier") {
            cx.push(
                Severity::Error,
                file,
                *line,
                "a verb without a CAMEO code must be a `speech` verb or flagged `none` or `carrier`".into(),
            );
        }
        if c[0] != "-" && c[4].split('|').any(|f| f.trim() == "none") {
            cx.push(
                Severity::Error,
                file,
                *line,
                "a `none` line (a sense that is no event) takes `-` for its code".into(),
            );
        }
        // (the lines of "بدأ" and "بدا" flagged `hamza` are two verbs)
        let verb = if c[4].split('|').any(|f| f.trim() == "hamza") {
            c[1].clone()
        } else {
            crate::text::fold(&c[1])
        };
        let key = (c[0].clone(), verb, c[3].clone());
        if let Some((f0, l0)) = seen_pattern.insert(key, (file.clone(), *line)) {
            cx.push(Severity::Warning, file, *line, format!("duplicate of {f0}:{l0} (same code, verb and target)"));
        }
    }
    // a `hamza` verb: so on every line of it
    let mut hamza_lines: FxHashMap<&str, Vec<(bool, &String, usize)>> = FxHashMap::default();
    for (file, line, c) in get("verbs.tsv") {
        let verb = c[1].split_whitespace().next().unwrap_or("");
        let flagged = c[4].split('|').any(|f| f.trim() == "hamza");
        hamza_lines.entry(verb).or_default().push((flagged, file, *line));
    }
    for (verb, lines) in &hamza_lines {
        if let Some((_, file, line)) = lines.iter().find(|(f, _, _)| !f).filter(|_| lines.iter().any(|(f, _, _)| *f)) {
            cx.push(
                Severity::Warning,
                file,
                *line,
                format!("`{verb}` is flagged `hamza` on some lines, not on this one"),
            );
        }
    }
    for (file, line, c) in get("nouns.tsv") {
        check_code(&mut cx, file, *line, &c[0]);
        check_targets(&mut cx, file, *line, &c[2], &c[3]);
    }
    // verbs with the same form and target but different root
    let mut verb_roots: FxHashMap<(String, String), Vec<(String, String, usize)>> = FxHashMap::default();
    for (file, line, c) in get("verbs.tsv") {
        verb_roots
            .entry((c[1].clone(), c[3].clone()))
            .or_default()
            .push((c[0].clone(), file.clone(), *line));
    }
    for ((verb, target), v) in &verb_roots {
        let roots: FxHashSet<&str> = v.iter().map(|(c, _, _)| c.get(..2).unwrap_or("")).collect();
        if roots.len() > 1 {
            let (_, f, l) = &v[v.len() - 1];
            let list: Vec<String> = v.iter().map(|(c, f, l)| format!("{c} ({f}:{l})")).collect();
            cx.push(
                Severity::Error,
                f,
                *l,
                format!("conflicting codes for `{verb}` with target `{target}`: {}", list.join(", ")),
            );
        }
    }

    // names: one phrase, one meaning, per file kind
    let countries: FxHashSet<&str> = get("countries.tsv").iter().map(|(_, _, c)| c[0].as_str()).collect();
    let name_cols: &[(&str, &[usize], usize)] = &[
        ("countries.tsv", &[3, 4, 5], 0),
        ("places.tsv", &[4], 2),
        ("people.tsv", &[3], 0),
        ("organizations.tsv", &[4], 0),
        ("roles.tsv", &[1], 0),
    ];
    for &(kind, cols, id_col) in name_cols {
        let mut owner: FxHashMap<String, (String, String, usize, usize)> = FxHashMap::default();
        for (file, line, c) in get(kind) {
            for &ci in cols {
                for name in c[ci].split('|').map(str::trim).filter(|n| !n.is_empty() && *n != "-") {
                    let key: Vec<String> = name.split_whitespace().map(crate::text::fold).collect();
                    let key = key.join(" ");
                    let id = c[id_col].clone();
                    match owner.get(&key) {
                        // a capital spelt like another country ("عمان": Oman,
                        // Amman) is resolved by the article's context
                        Some((other, f0, l0, oc)) if *other != id && !(kind == "countries.tsv" && matches!((ci, *oc), (3, 5) | (5, 3))) => {
                            cx.push(
                                Severity::Error,
                                file,
                                *line,
                                format!("`{name}` already names `{other}` at {f0}:{l0}; one name, one entry"),
                            );
                        }
                        Some(_) => {}
                        None => {
                            owner.insert(key, (id, file.clone(), *line, ci));
                        }
                    }
                }
            }
        }
    }
    let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
    for (file, line, c) in get("countries.tsv") {
        if c[0].len() != 3 || !c[0].chars().all(|x| x.is_ascii_uppercase()) {
            cx.push(Severity::Error, file, *line, format!("country code `{}` is not three upper-case letters", c[0]));
        }
        if let Some(l0) = ids.insert(c[0].as_str(), *line) {
            cx.push(Severity::Error, file, *line, format!("country code `{}` repeats line {l0}", c[0]));
        }
        check_qid(&mut cx, file, *line, &c[2]);
    }
    let known_prefix = |code: &str| {
        let p = code.get(..3).unwrap_or("");
        countries.is_empty()
            || countries.contains(p)
            || matches!(
                p,
                "IGO" | "NGO" | "NGM" | "IMG" | "MNC" | "UIS" | "UAF" | "INT" | "GOV" | "MIL" | "REB" | "CVL" | "OPP"
                // CAMEO's code of an ethnic group with no state (the Kurds)
                | "KUR"
            )
    };
    let mut person_ids: FxHashMap<&str, usize> = FxHashMap::default();
    for (file, line, c) in get("people.tsv") {
        if let Some(l0) = person_ids.insert(c[0].as_str(), *line) {
            cx.push(Severity::Error, file, *line, format!("person id `{}` repeats line {l0}", c[0]));
        }
        check_qid(&mut cx, file, *line, &c[2]);
        let mut roles = Vec::new();
        for spec in c[4].split(';').map(str::trim).filter(|s| !s.is_empty() && *s != "-") {
            match parse_role(spec) {
                Ok(r) => {
                    if !known_prefix(&r.code) {
                        cx.push(
                            Severity::Warning,
                            file,
                            *line,
                            format!("role `{spec}`: `{}` does not start with a known country or sector code", r.code),
                        );
                    }
                    roles.push(r)
                }
                Err(m) => cx.push(Severity::Error, file, *line, m),
            }
        }
        for (i, a) in roles.iter().enumerate() {
            for b in &roles[i + 1..] {
                let overlap = a.start.unwrap_or(0) <= b.end.unwrap_or(u32::MAX) && b.start.unwrap_or(0) <= a.end.unwrap_or(u32::MAX);
                if overlap && a.code == b.code {
                    cx.push(Severity::Error, file, *line, format!("two `{}` roles with overlapping dates", a.code));
                }
            }
        }
    }
    for (file, line, c) in get("organizations.tsv") {
        // one code, or codes by date as a person's roles: "A@..2021-08-14;B@2021-08-15.."
        let mut dated = Vec::new();
        for spec in c[0].split(';').map(str::trim).filter(|s| !s.is_empty()) {
            match parse_role(spec) {
                Ok(r) => dated.push(r),
                Err(m) => cx.push(Severity::Error, file, *line, m),
            }
        }
        for r in &dated {
            if !known_prefix(&r.code) {
                cx.push(
                    Severity::Warning,
                    file,
                    *line,
                    format!("code `{}` does not start with a known country or sector code", r.code),
                );
            }
        }
        for (i, a) in dated.iter().enumerate() {
            for b in &dated[i + 1..] {
                let overlap = a.start.unwrap_or(0) <= b.end.unwrap_or(u32::MAX) && b.start.unwrap_or(0) <= a.end.unwrap_or(u32::MAX);
                if overlap {
                    cx.push(
                        Severity::Error,
                        file,
                        *line,
                        format!("codes `{}` and `{}` with overlapping dates", a.code, b.code),
                    );
                }
            }
        }
        check_qid(&mut cx, file, *line, &c[3]);
    }
    for (file, line, c) in get("places.tsv") {
        if c[0] != "-" && !countries.is_empty() && !countries.contains(c[0].as_str()) {
            cx.push(Severity::Error, file, *line, format!("country `{}` is not in countries.tsv", c[0]));
        }
        check_qid(&mut cx, file, *line, &c[3]);
    }
    for (file, line, c) in get("dates.tsv") {
        if c[1].parse::<i32>().is_err() {
            cx.push(Severity::Error, file, *line, format!("value `{}` is not an integer", c[1]));
        }
        if c[0] == "date" && parse_partial_date(&c[1], false).is_none() {
            cx.push(Severity::Error, file, *line, format!("`{}` is not a date", c[1]));
        }
    }
    cx.report
}

fn check_qid(cx: &mut Ctx, file: &str, line: usize, q: &str) {
    if q != "-" && !(q.starts_with('Q') && q.len() > 1 && q[1..].chars().all(|c| c.is_ascii_digit())) {
        cx.push(Severity::Error, file, line, format!("wikidata id `{q}` is not of the form Q123"));
    }
}
