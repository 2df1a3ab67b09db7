//! Reading a corpus: JSON Lines files (plain or gzip), plain-text articles and
//! directories of them, one [`InputRecord`] at a time.
//!
//! Nothing here holds more than one record in memory, so a corpus of any size
//! streams through. A record that cannot be read is returned as a
//! [`RecordError`] naming its file and line, and reading goes on with the next.

use crate::error::{Error, RecordError};
use flate2::read::MultiGzDecoder;
use hadath::Article;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// A record (one JSON line or one text file) larger than this is refused.
pub const MAX_RECORD_BYTES: usize = 64 * 1024 * 1024;

/// Fields of an input record that [`Article`] does not hold.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// The headline, when the input has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The outlet that published the article (the input's `source` field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the article was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Every other field of the input record, carried through unchanged.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub meta: Map<String, Value>,
}

/// Where a record came from: its file and line, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The input file as given (`-` for standard input).
    pub file: String,
    /// 1-based line of the record; 0 for a whole-file (`.txt`) article.
    pub line: u64,
}

/// One article read from the input, ready for [`hadath::Pipeline::process`].
#[derive(Debug, Clone)]
pub struct InputRecord {
    /// Id, date and text.
    pub article: Article,
    /// Title, outlet, URL and any other fields.
    pub meta: ArticleMeta,
    /// File and line.
    pub origin: Origin,
}

/// How an input file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One JSON object a line, optionally gzip-compressed (detected from the content).
    JsonLines,
    /// One article: the whole file is its text and the file name its id.
    Text,
}

/// An input file found by [`discover`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// The path; `-` is standard input.
    pub path: PathBuf,
    /// How it is read.
    pub kind: InputKind,
    /// Its size on disk in bytes (0 for standard input).
    pub size: u64,
}

impl InputFile {
    fn display(&self) -> String {
        self.path.display().to_string()
    }
}

/// Turns the command line's INPUTs into the list of files to read, in order.
///
/// A file is taken as it is (`.txt` is one article, anything else JSON Lines);
/// a directory contributes every `.txt`, `.jsonl` and `.jsonl.gz` file below
/// it, in sorted order, skipping hidden entries; `-` is standard input.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<InputFile>, Error> {
    let mut files = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            files.push(InputFile {
                path: path.clone(),
                kind: InputKind::JsonLines,
                size: 0,
            });
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::NoSuchInput(path.clone()),
            _ => Error::File { path: path.clone(), source: e },
        })?;
        if meta.is_dir() {
            walk(path, &mut files)?;
        } else {
            files.push(InputFile {
                path: path.clone(),
                kind: kind_of(path).unwrap_or(InputKind::JsonLines),
                size: meta.len(),
            });
        }
    }
    Ok(files)
}

/// The kind of a file found in a directory, `None` for files that are not input.
fn kind_of(path: &Path) -> Option<InputKind> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if name.ends_with(".txt") {
        Some(InputKind::Text)
    } else if name.ends_with(".jsonl") || name.ends_with(".jsonl.gz") {
        Some(InputKind::JsonLines)
    } else {
        None
    }
}

fn walk(dir: &Path, out: &mut Vec<InputFile>) -> Result<(), Error> {
    let read = std::fs::read_dir(dir).map_err(|e| Error::File {
        path: dir.to_path_buf(),
        source: e,
    })?;
    let mut entries = Vec::new();
    for entry in read {
        let entry = entry.map_err(|e| Error::File {
            path: dir.to_path_buf(),
            source: e,
        })?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        entries.push(entry.path());
    }
    entries.sort();
    for path in entries {
        let meta = std::fs::metadata(&path).map_err(|e| Error::File { path: path.clone(), source: e })?;
        if meta.is_dir() {
            walk(&path, out)?;
        } else if let Some(kind) = kind_of(&path) {
            out.push(InputFile { path, kind, size: meta.len() });
        }
    }
    Ok(())
}

/// Counts the bytes read from the underlying file, compressed or not.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The file being read.
struct Open {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line: u64,
}

/// A test on articles, run by the reader.
type ArticleFilter = Box<dyn FnMut(&Article) -> bool + Send>;

/// Reads records from a list of input files, one after another.
///
/// It is an iterator of `Result<InputRecord, RecordError>`: an error concerns
/// one record (or the rest of one file) and the next item goes on.
pub struct CorpusReader {
    files: std::vec::IntoIter<InputFile>,
    skip: Option<ArticleFilter>,
    skipped: u64,
    open: Option<Open>,
    bytes_read: Arc<AtomicU64>,
    bytes_total: u64,
    text_bytes: u64,
    buf: Vec<u8>,
}

impl CorpusReader {
    /// A reader over `files` (see [`discover`]).
    pub fn new(files: Vec<InputFile>) -> CorpusReader {
        let bytes_total = files.iter().map(|f| f.size).sum();
        CorpusReader {
            files: files.into_iter(),
            skip: None,
            skipped: 0,
            open: None,
            bytes_read: Arc::new(AtomicU64::new(0)),
            bytes_total,
            text_bytes: 0,
            buf: Vec::new(),
        }
    }

    /// Leaves out the articles for which `skip` is true (those already in a
    /// store, when resuming); they are counted in [`CorpusReader::skipped`].
    pub fn skip_if(mut self, skip: impl FnMut(&Article) -> bool + Send + 'static) -> CorpusReader {
        self.skip = Some(Box::new(skip));
        self
    }

    /// Articles left out so far by [`CorpusReader::skip_if`].
    pub fn skipped(&self) -> u64 {
        self.skipped
    }

    /// Bytes read so far from the files as stored (compressed bytes for gzip).
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read.load(Ordering::Relaxed)
    }

    /// The input's size on disk (0 when it is standard input only).
    pub fn bytes_total(&self) -> u64 {
        self.bytes_total
    }

    /// Bytes of article text handed out so far (skipped articles not counted).
    pub fn text_bytes(&self) -> u64 {
        self.text_bytes
    }

    fn open_next(&mut self) -> Option<Result<InputRecord, RecordError>> {
        let file = self.files.next()?;
        let name = file.display();
        match file.kind {
            InputKind::Text => {
                let record = read_text_file(&file.path, &name);
                self.bytes_read.fetch_add(file.size, Ordering::Relaxed);
                Some(record)
            }
            InputKind::JsonLines => match self.open_json_lines(&file.path) {
                Ok(reader) => {
                    self.open = Some(Open { name, reader, line: 0 });
                    None
                }
                Err(e) => Some(Err(RecordError {
                    file: name,
                    line: 0,
                    id: None,
                    message: format!("cannot read: {e}"),
                })),
            },
        }
    }

    fn open_json_lines(&self, path: &Path) -> std::io::Result<Box<dyn BufRead + Send>> {
        let raw: Box<dyn Read + Send> = if path.as_os_str() == "-" {
            Box::new(std::io::stdin())
        } else {
            Box::new(File::open(path)?)
        };
        let mut buffered = BufReader::with_capacity(
            256 * 1024,
            Counting {
                inner: raw,
                count: Arc::clone(&self.bytes_read),
            },
        );
        let gzip = buffered.fill_buf()?.starts_with(&[0x1f, 0x8b]);
        Ok(if gzip {
            Box::new(BufReader::with_capacity(256 * 1024, MultiGzDecoder::new(buffered)))
        } else {
            Box::new(buffered)
        })
    }

    /// The next line of the open file: `None` at its end.
    fn next_line(&mut self) -> Option<Result<InputRecord, RecordError>> {
        let open = self.open.as_mut()?;
        loop {
            self.buf.clear();
            let read = (&mut open.reader).take(MAX_RECORD_BYTES as u64 + 1).read_until(b'\n', &mut self.buf);
            open.line += 1;
            match read {
                Ok(0) => {
                    self.open = None;
                    return None;
                }
                Ok(_) if self.buf.len() > MAX_RECORD_BYTES => {
                    let line = open.line;
                    // Skip the rest of the over-long line.
                    let mut sink = Vec::new();
                    let _ = open.reader.read_until(b'\n', &mut sink);
                    return Some(Err(RecordError {
                        file: open.name.clone(),
                        line,
                        id: None,
                        message: format!("the line is longer than {MAX_RECORD_BYTES} bytes; is the file really JSON Lines (one article per line)?"),
                    }));
                }
                Ok(_) => {
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let origin = Origin {
                        file: open.name.clone(),
                        line: open.line,
                    };
                    return Some(parse_json_record(&self.buf, origin));
                }
                Err(e) => {
                    let err = RecordError {
                        file: open.name.clone(),
                        line: open.line,
                        id: None,
                        message: format!("cannot read further ({e}); the rest of this file is skipped"),
                    };
                    self.open = None;
                    return Some(Err(err));
                }
            }
        }
    }
}

impl Iterator for CorpusReader {
    type Item = Result<InputRecord, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let item = self.next_unfiltered()?;
            if let Ok(record) = &item {
                if self.skip.as_mut().is_some_and(|skip| skip(&record.article)) {
                    self.skipped += 1;
                    continue;
                }
                self.text_bytes += record.article.text.len() as u64;
            }
            return Some(item);
        }
    }
}

impl CorpusReader {
    fn next_unfiltered(&mut self) -> Option<Result<InputRecord, RecordError>> {
        loop {
            if self.open.is_some() {
                if let Some(item) = self.next_line() {
                    return Some(item);
                }
                continue;
            }
            if let Some(item) = self.open_next() {
                return Some(item);
            }
            if self.open.is_none() && self.files.len() == 0 {
                return None;
            }
        }
    }
}

/// The text of one article from its bytes: UTF-8 (a leading byte-order mark
/// dropped), not binary, not blank. The error completes a sentence whose
/// subject is the input: "is not valid UTF-8 (...); convert it first, ...".
pub fn article_text(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.contains(&0) {
        return Err("looks like a binary file (it contains NUL bytes), not an article in UTF-8 text".into());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not valid UTF-8 (invalid byte at offset {}); convert it first, e.g. `iconv -f WINDOWS-1256 -t UTF-8`",
            e.utf8_error().valid_up_to()
        )
    })?;
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err("is empty: there is no text to code".into());
    }
    Ok(text)
}

fn read_text_file(path: &Path, name: &str) -> Result<InputRecord, RecordError> {
    let id = path.file_name().map_or_else(|| name.to_string(), |f| f.to_string_lossy().into_owned());
    let fail = |message: String| RecordError {
        file: name.to_string(),
        line: 0,
        id: Some(id.clone()),
        message,
    };
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|f| f.take(MAX_RECORD_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(format!("cannot read: {e}")))?;
    if bytes.len() > MAX_RECORD_BYTES {
        return Err(fail(format!("larger than {MAX_RECORD_BYTES} bytes; is it really one article?")));
    }
    let text = article_text(bytes).map_err(fail)?;
    let date = date_in_name(&id);
    Ok(InputRecord {
        article: Article { id, date, text },
        meta: ArticleMeta::default(),
        origin: Origin {
            file: name.to_string(),
            line: 0,
        },
    })
}

/// A `YYYY-MM-DD` inside a file name (`sochi-talks-2019-05-15.txt`), taken as
/// the article's publication date.
fn date_in_name(name: &str) -> Option<String> {
    let b = name.as_bytes();
    (0..b.len().saturating_sub(9)).rev().find_map(|i| {
        let candidate = name.get(i..i + 10)?;
        let before_ok = i == 0 || !b[i - 1].is_ascii_digit();
        let after_ok = !matches!(b.get(i + 10), Some(c) if c.is_ascii_digit());
        (before_ok && after_ok).then(|| valid_date(candidate)).flatten()
    })
}

/// `s` as a `YYYY-MM-DD` date when it is one.
fn valid_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let shape = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    (shape && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()).then(|| s.to_string())
}

/// Reads a `date` value: `YYYY-MM-DD`, or an ISO date-time whose date part is taken.
fn parse_date_field(s: &str) -> Option<Option<String>> {
    let s = s.trim();
    if s.is_empty() {
        return Some(None);
    }
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    valid_date(head).map(Some)
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The `"id": "..."` of a line that is not valid JSON, when it can be seen,
/// so that the message names the record.
fn id_in_broken_json(line: &str) -> Option<String> {
    let rest = &line[line.find("\"id\"")? + 4..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    if let Some(body) = rest.strip_prefix('"') {
        let mut id = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return (!id.is_empty()).then_some(id),
                '\\' => id.push(chars.next()?),
                _ => id.push(c),
            }
        }
        None
    } else {
        let number: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        (!number.is_empty()).then_some(number)
    }
}

/// Parses one JSON Lines record.
pub fn parse_json_record(line: &[u8], origin: Origin) -> Result<InputRecord, RecordError> {
    let fail = |id: Option<String>, message: String| RecordError {
        file: origin.file.clone(),
        line: origin.line,
        id,
        message,
    };
    let line = std::str::from_utf8(line).map_err(|e| {
        fail(
            None,
            format!(
                "is not valid UTF-8 (invalid byte at offset {} of the line); convert the file to UTF-8",
                e.valid_up_to()
            ),
        )
    })?;
    let line = line.strip_prefix('\u{FEFF}').unwrap_or(line).trim_end_matches(['\n', '\r']);
    let value: Value = serde_json::from_str(line).map_err(|e| {
        // serde's message ends with "at line 1 column N"; within one line only the column means anything.
        let message = e.to_string();
        let what = message.split(" at line ").next().unwrap_or(&message);
        fail(
            id_in_broken_json(line),
            format!("is not valid JSON ({what} at column {}); each line must be one JSON object", e.column()),
        )
    })?;
    let Value::Object(mut fields) = value else {
        return Err(fail(
            None,
            format!(
                "is {}, not an object; each line must be one article object with a `text` field",
                json_type(&value)
            ),
        ));
    };
    let id = match fields.remove("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        None | Some(Value::Null) => {
            let base = Path::new(&origin.file)
                .file_name()
                .map_or_else(|| origin.file.clone(), |f| f.to_string_lossy().into_owned());
            format!("{base}:{}", origin.line)
        }
        Some(Value::String(_)) => {
            return Err(fail(
                None,
                "`id` is empty; give each article an id, or leave the field out to use file:line".into(),
            ))
        }
        Some(other) => return Err(fail(None, format!("`id` must be a string or a number, not {}", json_type(&other)))),
    };
    let some_id = || Some(id.clone());
    let text = match fields.remove("text") {
        Some(Value::String(s)) => s,
        None => return Err(fail(some_id(), "has no `text` field; every article needs its text in `text`".into())),
        Some(other) => return Err(fail(some_id(), format!("`text` must be a string, not {}", json_type(&other)))),
    };
    if text.trim().is_empty() {
        return Err(fail(some_id(), "`text` is empty: there is nothing to code".into()));
    }
    let date = match fields.remove("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => parse_date_field(&s).ok_or_else(|| fail(some_id(), format!("`date` `{s}` is not a date: expected YYYY-MM-DD")))?,
        Some(other) => return Err(fail(some_id(), format!("`date` must be a string YYYY-MM-DD, not {}", json_type(&other)))),
    };
    let mut text_field = |name: &str| match fields.remove(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(fail(some_id(), format!("`{name}` must be a string, not {}", json_type(&other)))),
    };
    let title = text_field("title")?;
    let source = text_field("source")?;
    let url = text_field("url")?;
    Ok(InputRecord {
        article: Article { id, date, text },
        meta: ArticleMeta {
            title,
            source,
            url,
            meta: fields,
        },
        origin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin {
            file: "news.jsonl".into(),
            line: 7,
        }
    }

    #[test]
    fn record_fields_are_read_and_others_carried_in_meta() {
        let r = parse_json_record(
            r#"{"id": 12, "date": "2018-04-29T10:00:00Z", "title": "t", "source": "bbc", "category": "x", "text": "نص"}"#.as_bytes(),
            origin(),
        )
        .unwrap();
        assert_eq!(r.article.id, "12");
        assert_eq!(r.article.date.as_deref(), Some("2018-04-29"));
        assert_eq!(r.meta.source.as_deref(), Some("bbc"));
        assert_eq!(r.meta.meta.get("category"), Some(&Value::String("x".into())));
    }

    #[test]
    fn record_without_id_is_named_by_file_and_line() {
        let r = parse_json_record(r#"{"text": "نص"}"#.as_bytes(), origin()).unwrap();
        assert_eq!(r.article.id, "news.jsonl:7");
    }

    #[test]
    fn bad_records_say_what_is_wrong() {
        let e = parse_json_record(br#"{"id": "a", "title": "x"}"#, origin()).unwrap_err();
        assert!(e.message.contains("no `text`"), "{e}");
        assert_eq!(e.id.as_deref(), Some("a"));
        assert_eq!(e.line, 7);
        let e = parse_json_record(br#"{"id": "a", "text": 5}"#, origin()).unwrap_err();
        assert!(e.message.contains("`text` must be a string"), "{e}");
        let e = parse_json_record(br#"{"id": "a", "text": "x", "date": "29/04/2018"}"#, origin()).unwrap_err();
        assert!(e.message.contains("not a date"), "{e}");
        let e = parse_json_record(br#"{"id": "a", "text": "#, origin()).unwrap_err();
        assert!(e.message.contains("not valid JSON"), "{e}");
        assert_eq!(e.id.as_deref(), Some("a"), "the id of a broken line is still named");
        let e = parse_json_record(b"[1, 2]", origin()).unwrap_err();
        assert!(e.message.contains("an array, not an object"), "{e}");
    }

    #[test]
    fn date_is_found_in_a_file_name() {
        assert_eq!(date_in_name("sochi-talks-2019-05-15.txt").as_deref(), Some("2019-05-15"));
        assert_eq!(date_in_name("report-2019-13-15.txt"), None);
        assert_eq!(date_in_name("notes.txt"), None);
    }
}
