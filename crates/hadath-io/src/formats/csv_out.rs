//! `csv`: one event a row, with a header (the columns of [`EventRow`]).

use super::{ArticleEncoder, DocumentSink, Output};
use crate::coded::{CodedArticle, EventRow};
use crate::error::Error;
use std::io::Write;

/// Writes every event as a CSV row.
pub struct CsvSink {
    to: Option<To>,
}

/// Where the rows go.
enum To {
    /// An uncompressed output: each article's rows are made apart
    /// ([`encode`], on the coding threads when the runner can) and copied.
    Plain(Output, Vec<u8>),
    /// A compressed output, through one writer as ever: compressed bytes
    /// depend on how the text reaches the compressor.
    Gzip(csv::Writer<Output>),
}

fn writer<W: Write>(w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().has_headers(false).from_writer(w)
}

fn unwrap_writer<W: Write>(w: csv::Writer<W>) -> Result<W, Error> {
    w.into_inner().map_err(|e| Error::Write {
        what: "CSV".into(),
        source: std::io::Error::other(e.to_string()),
    })
}

/// The rows of one article's events. A CSV row stands alone (nothing
/// carries from one to the next), so rows made apart and put one after
/// the other are the bytes one writer makes of them all.
fn encode(article: &CodedArticle, buf: &mut Vec<u8>) -> Result<(), Error> {
    let mut w = writer(std::mem::take(buf));
    for row in EventRow::all(article) {
        w.serialize(&row)?;
    }
    *buf = unwrap_writer(w)?;
    Ok(())
}

impl CsvSink {
    /// A sink writing to `out`; the header is written at once, so an output
    /// without events still names its columns.
    pub fn new(mut out: Output) -> Result<CsvSink, Error> {
        let to = if out.is_gzip() {
            let mut w = writer(out);
            w.write_record(EventRow::COLUMNS)?;
            To::Gzip(w)
        } else {
            let mut w = writer(Vec::new());
            w.write_record(EventRow::COLUMNS)?;
            let header = unwrap_writer(w)?;
            out.write_all(&header).map_err(|e| out.error(e))?;
            To::Plain(out, Vec::new())
        };
        Ok(CsvSink { to: Some(to) })
    }

    fn to(&mut self) -> Result<&mut To, Error> {
        self.to.as_mut().ok_or_else(|| Error::Usage("the CSV output is already finished".into()))
    }
}

impl DocumentSink for CsvSink {
    fn write_batch(&mut self, batch: &[CodedArticle]) -> Result<(), Error> {
        match self.to()? {
            To::Plain(out, buf) => {
                buf.clear();
                for article in batch {
                    encode(article, buf)?;
                }
                out.write_all(buf).map_err(|e| out.error(e))
            }
            To::Gzip(writer) => {
                for article in batch {
                    for row in EventRow::all(article) {
                        writer.serialize(&row)?;
                    }
                }
                Ok(())
            }
        }
    }

    fn finish(&mut self) -> Result<(), Error> {
        match self.to.take() {
            None => Ok(()),
            Some(To::Plain(mut out, _)) => out.commit(),
            Some(To::Gzip(writer)) => unwrap_writer(writer)?.commit(),
        }
    }

    fn encoder(&self) -> Option<ArticleEncoder> {
        matches!(self.to, Some(To::Plain(..))).then_some(encode as ArticleEncoder)
    }

    fn write_encoded(&mut self, bytes: &[u8]) -> Result<(), Error> {
        match self.to()? {
            To::Plain(out, _) => out.write_all(bytes).map_err(|e| out.error(e)),
            To::Gzip(_) => Err(Error::Usage("a compressed CSV output is written from documents".into())),
        }
    }
}
