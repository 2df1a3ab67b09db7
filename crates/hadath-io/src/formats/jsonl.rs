//! `jsonl`: one document object a line, in input order.

use super::{DocumentSink, Output};
use crate::coded::{CodedArticle, OutputDocumentRef};
use crate::error::Error;
use std::io::Write;

/// Writes each coded article as one line of JSON (see [`OutputDocumentRef`]).
pub struct JsonlSink {
    out: Output,
}

impl JsonlSink {
    /// A sink writing to `out`.
    pub fn new(out: Output) -> JsonlSink {
        JsonlSink { out }
    }
}

impl DocumentSink for JsonlSink {
    fn write_batch(&mut self, batch: &[CodedArticle]) -> Result<(), Error> {
        for article in batch {
            serde_json::to_writer(&mut self.out, &OutputDocumentRef::from(article)).map_err(|e| match e.io_error_kind() {
                Some(_) => self.out.error(std::io::Error::other(e)),
                None => Error::Json(e),
            })?;
            self.out.write_all(b"\n").map_err(|e| self.out.error(e))?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Error> {
        self.out.commit()
    }
}
