//! Output formats: documents as JSON Lines, events as CSV, GDELT 2.0 event
//! rows or a Parquet table.
//!
//! Each format is a [`DocumentSink`]: it takes coded articles a batch at a
//! time, in input order, and keeps nothing of a batch once it is written.

mod csv_out;
mod gdelt;
mod json_line;
mod jsonl;
mod parquet_out;

pub use csv_out::CsvSink;
pub use gdelt::{gdelt_row, GdeltSink, GDELT_COLUMNS};
pub use jsonl::JsonlSink;
pub use parquet_out::{events_schema, ParquetSink};

use crate::coded::CodedArticle;
use crate::error::Error;
use flate2::write::GzEncoder;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Appends the bytes one article contributes to an output (its line of
/// JSON, its events' rows) to a buffer.
pub type ArticleEncoder = fn(&CodedArticle, &mut Vec<u8>) -> Result<(), Error>;

/// Something coded articles are written to, batch by batch.
pub trait DocumentSink: Send {
    /// Writes a batch of coded articles (in input order).
    fn write_batch(&mut self, batch: &[CodedArticle]) -> Result<(), Error>;
    /// Flushes and closes the output; a file output appears under its final name only now.
    fn finish(&mut self) -> Result<(), Error>;
    /// For an output that is nothing but each article's bytes one after
    /// the other, the function that makes them: the runner then calls it
    /// on the coding threads, right after an article is coded, and hands
    /// the bytes, in input order, to [`DocumentSink::write_encoded`].
    fn encoder(&self) -> Option<ArticleEncoder> {
        None
    }
    /// Writes the bytes [`DocumentSink::encoder`] made of some articles, in input order.
    fn write_encoded(&mut self, _bytes: &[u8]) -> Result<(), Error> {
        Err(Error::Usage("this output is written from documents, not from encoded bytes".into()))
    }
}

/// The output formats of `hadath run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One document object a line.
    Jsonl,
    /// One event a row, with a header.
    Csv,
    /// One event a row, the 61 tab-separated columns of the GDELT 2.0 event table, no header.
    Gdelt,
    /// An events table in Apache Parquet.
    Parquet,
}

impl Format {
    /// Every format, in the order the help lists them.
    pub const ALL: [Format; 4] = [Format::Jsonl, Format::Csv, Format::Gdelt, Format::Parquet];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Gdelt => "gdelt",
            Format::Parquet => "parquet",
        }
    }

    /// True for formats that are not text (and so not for a terminal).
    pub fn is_binary(self) -> bool {
        self == Format::Parquet
    }

    /// Opens a sink of this format writing to `output`.
    pub fn open(self, output: Output) -> Result<Box<dyn DocumentSink>, Error> {
        Ok(match self {
            Format::Jsonl => Box::new(JsonlSink::new(output)),
            Format::Csv => Box::new(CsvSink::new(output)?),
            Format::Gdelt => Box::new(GdeltSink::new(output)),
            Format::Parquet => {
                if output.is_gzip() {
                    return Err(Error::Usage("Parquet is compressed inside the file: give an output name without `.gz`".into()));
                }
                Box::new(ParquetSink::new(output)?)
            }
        })
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| format!("unknown format `{s}`: expected one of jsonl, csv, gdelt, parquet"))
    }
}

enum Inner {
    Stdout(BufWriter<std::io::Stdout>),
    File(BufWriter<File>),
    Gzip(Box<GzEncoder<BufWriter<File>>>),
}

/// Where an output goes: standard output, or a file that is written under a
/// temporary name (`NAME.partial`) and renamed when complete, so that a run
/// that stops half way never leaves a file that looks finished. A name ending
/// in `.gz` is gzip-compressed, at the fastest level: compression runs on the
/// writing thread, and a higher level would slow the whole run several times
/// for a file a third smaller.
pub struct Output {
    name: String,
    inner: Option<Inner>,
    temp: Option<PathBuf>,
    target: Option<PathBuf>,
}

impl Output {
    /// Standard output.
    pub fn stdout() -> Output {
        Output {
            name: "standard output".into(),
            inner: Some(Inner::Stdout(BufWriter::with_capacity(1 << 16, std::io::stdout()))),
            temp: None,
            target: None,
        }
    }

    /// A file (created or replaced once the output is finished); `-` is standard output.
    pub fn file(path: &Path) -> Result<Output, Error> {
        if path.as_os_str() == "-" {
            return Ok(Output::stdout());
        }
        let name = path.display().to_string();
        // Special files (a named pipe, /dev/stdout) are written in place.
        let special = std::fs::metadata(path).map(|m| !m.is_file() && !m.is_dir()).unwrap_or(false);
        let (open_path, temp) = if special {
            (path.to_path_buf(), None)
        } else {
            let mut t = path.as_os_str().to_owned();
            t.push(".partial");
            let t = PathBuf::from(t);
            (t.clone(), Some(t))
        };
        let file = File::create(&open_path).map_err(|e| Error::File {
            path: path.to_path_buf(),
            source: e,
        })?;
        let buffered = BufWriter::with_capacity(1 << 16, file);
        let gzip = name.to_ascii_lowercase().ends_with(".gz");
        let inner = if gzip {
            Inner::Gzip(Box::new(GzEncoder::new(buffered, flate2::Compression::fast())))
        } else {
            Inner::File(buffered)
        };
        Ok(Output {
            name,
            inner: Some(inner),
            temp,
            target: Some(path.to_path_buf()),
        })
    }

    /// The name in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    fn is_gzip(&self) -> bool {
        matches!(self.inner, Some(Inner::Gzip(_)))
    }

    /// An error writing this output.
    pub(crate) fn error(&self, source: std::io::Error) -> Error {
        Error::Write {
            what: self.name.clone(),
            source,
        }
    }

    /// Flushes everything and gives the file its final name.
    pub fn commit(&mut self) -> Result<(), Error> {
        let temp = self.temp.take();
        // A file written under a temporary name reaches the disk before it takes its final name.
        let sync = |f: File| if temp.is_some() { f.sync_all() } else { Ok(()) };
        let result = match self.inner.take() {
            None => Ok(()),
            Some(Inner::Stdout(mut w)) => w.flush(),
            Some(Inner::File(w)) => w.into_inner().map_err(|e| e.into_error()).and_then(sync),
            Some(Inner::Gzip(w)) => w.finish().and_then(|b| b.into_inner().map_err(|e| e.into_error())).and_then(sync),
        };
        if let Err(e) = result {
            if let Some(t) = &temp {
                let _ = std::fs::remove_file(t);
            }
            return Err(self.error(e));
        }
        if let (Some(temp), Some(target)) = (temp, &self.target) {
            std::fs::rename(&temp, target).map_err(|e| Error::File {
                path: target.clone(),
                source: e,
            })?;
        }
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.inner {
            Some(Inner::Stdout(w)) => w.write(buf),
            Some(Inner::File(w)) => w.write(buf),
            Some(Inner::Gzip(w)) => w.write(buf),
            None => Err(std::io::Error::other("output already closed")),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.inner {
            Some(Inner::Stdout(w)) => w.flush(),
            Some(Inner::File(w)) => w.flush(),
            Some(Inner::Gzip(w)) => w.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        // An output that was never finished leaves no partial file behind.
        if let Some(temp) = self.temp.take() {
            self.inner = None;
            let _ = std::fs::remove_file(temp);
        }
    }
}
