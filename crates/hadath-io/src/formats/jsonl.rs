//! `jsonl`: one document object a line, in input order.

use super::json_line::write_article;
use super::{ArticleEncoder, DocumentSink, Output};
use crate::coded::CodedArticle;
use crate::error::Error;
use std::io::Write;

/// Writes each coded article as one line of JSON (see
/// [`OutputDocumentRef`](crate::coded::OutputDocumentRef); the line is
/// written by `json_line`, which makes the same bytes faster).
pub struct JsonlSink {
    out: Output,
    /// A batch's lines, built in memory and written at once: the JSON
    /// writer makes many small writes, cheap into a vector.
    buf: Vec<u8>,
}

impl JsonlSink {
    /// A sink writing to `out`.
    pub fn new(out: Output) -> JsonlSink {
        JsonlSink { out, buf: Vec::new() }
    }
}

/// The line of one article, with its newline.
fn encode(article: &CodedArticle, buf: &mut Vec<u8>) -> Result<(), Error> {
    write_article(buf, article).map_err(Error::Json)?;
    buf.push(b'\n');
    Ok(())
}

impl DocumentSink for JsonlSink {
    fn write_batch(&mut self, batch: &[CodedArticle]) -> Result<(), Error> {
        self.buf.clear();
        for article in batch {
            encode(article, &mut self.buf)?;
        }
        self.out.write_all(&self.buf).map_err(|e| self.out.error(e))?;
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Error> {
        self.out.commit()
    }

    fn encoder(&self) -> Option<ArticleEncoder> {
        Some(encode)
    }

    fn write_encoded(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.out.write_all(bytes).map_err(|e| self.out.error(e))
    }
}
