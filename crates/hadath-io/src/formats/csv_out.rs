//! `csv`: one event a row, with a header (the columns of [`EventRow`]).

use super::{DocumentSink, Output};
use crate::coded::{CodedArticle, EventRow};
use crate::error::Error;

/// Writes every event as a CSV row.
pub struct CsvSink {
    writer: Option<csv::Writer<Output>>,
}

impl CsvSink {
    /// A sink writing to `out`; the header is written at once, so an output
    /// without events still names its columns.
    pub fn new(out: Output) -> Result<CsvSink, Error> {
        let mut writer = csv::WriterBuilder::new().has_headers(false).from_writer(out);
        writer.write_record(EventRow::COLUMNS)?;
        Ok(CsvSink { writer: Some(writer) })
    }
}

impl DocumentSink for CsvSink {
    fn write_batch(&mut self, batch: &[CodedArticle]) -> Result<(), Error> {
        let Some(writer) = self.writer.as_mut() else {
            return Err(Error::Usage("the CSV output is already finished".into()));
        };
        for article in batch {
            for row in EventRow::all(article) {
                writer.serialize(&row)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Error> {
        if let Some(writer) = self.writer.take() {
            let mut out = writer.into_inner().map_err(|e| Error::Write {
                what: "CSV".into(),
                source: std::io::Error::other(e.to_string()),
            })?;
            out.commit()?;
        }
        Ok(())
    }
}
