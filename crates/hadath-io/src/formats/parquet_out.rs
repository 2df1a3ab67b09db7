//! `parquet`: an events table with typed columns (the columns of
//! [`EventRow`]: strings, Int64 `event_id`, Int32 `seq`, `sentence` and
//! trigger offsets, Int8 `quad_class`, Float64 `goldstein` and `confidence`,
//! Date32 dates), Snappy-compressed, one row group per 64k events.

use super::{DocumentSink, Output};
use crate::coded::{CodedArticle, EventRow};
use crate::error::Error;
use arrow_array::builder::{Date32Builder, Float64Builder, Int32Builder, Int64Builder, Int8Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::sync::Arc;

/// Events per row group: large enough for good compression, small enough
/// that the writer's buffer stays a few megabytes.
const ROW_GROUP_ROWS: usize = 64 * 1024;

/// The Arrow schema of the events table.
pub fn events_schema() -> SchemaRef {
    use DataType::{Date32, Float64, Int32, Int64, Int8, Utf8};
    let f = |name: &str, t: DataType, nullable: bool| Field::new(name, t, nullable);
    Arc::new(Schema::new(vec![
        f("event_id", Int64, false),
        f("article_id", Utf8, false),
        f("seq", Int32, false),
        f("date", Date32, true),
        f("event_date", Date32, true),
        f("article_date", Date32, true),
        f("source", Utf8, true),
        f("target", Utf8, true),
        f("code", Utf8, false),
        f("root", Utf8, false),
        f("quad_class", Int8, false),
        f("goldstein", Float64, false),
        f("plover", Utf8, false),
        f("code_name", Utf8, false),
        f("location", Utf8, true),
        f("location_country", Utf8, true),
        f("trigger", Utf8, false),
        f("trigger_start", Int32, false),
        f("trigger_end", Int32, false),
        f("source_text", Utf8, true),
        f("target_text", Utf8, true),
        f("sentence", Int32, false),
        f("evidence", Utf8, false),
        f("confidence", Float64, false),
        f("rule", Utf8, false),
        f("outlet", Utf8, true),
        f("url", Utf8, true),
    ]))
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date.
fn date32(d: Option<&str>) -> Option<i32> {
    let date = chrono::NaiveDate::parse_from_str(d?, "%Y-%m-%d").ok()?;
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
    i32::try_from(date.signed_duration_since(epoch).num_days()).ok()
}

fn int32(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Builds the record batch of some rows.
fn record_batch(rows: &[EventRow]) -> Result<RecordBatch, Error> {
    let strings = |get: &dyn Fn(&EventRow) -> Option<&str>| -> ArrayRef {
        let mut b = StringBuilder::new();
        for r in rows {
            b.append_option(get(r));
        }
        Arc::new(b.finish())
    };
    let dates = |get: &dyn Fn(&EventRow) -> Option<&str>| -> ArrayRef {
        let mut b = Date32Builder::new();
        for r in rows {
            b.append_option(date32(get(r)));
        }
        Arc::new(b.finish())
    };
    let ints = |get: &dyn Fn(&EventRow) -> u32| -> ArrayRef {
        let mut b = Int32Builder::new();
        for r in rows {
            b.append_value(int32(get(r)));
        }
        Arc::new(b.finish())
    };
    let floats = |get: &dyn Fn(&EventRow) -> f64| -> ArrayRef {
        let mut b = Float64Builder::new();
        for r in rows {
            b.append_value(get(r));
        }
        Arc::new(b.finish())
    };
    let mut ids = Int64Builder::new();
    let mut quads = Int8Builder::new();
    for r in rows {
        ids.append_value(r.event_id);
        quads.append_value(i8::try_from(r.quad_class).unwrap_or(0));
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(ids.finish()),
        strings(&|r| Some(&r.article_id)),
        ints(&|r| r.seq),
        dates(&|r| r.date.as_deref()),
        dates(&|r| r.event_date.as_deref()),
        dates(&|r| r.article_date.as_deref()),
        strings(&|r| r.source.as_deref()),
        strings(&|r| r.target.as_deref()),
        strings(&|r| Some(&r.code)),
        strings(&|r| Some(&r.root)),
        Arc::new(quads.finish()),
        floats(&|r| r.goldstein),
        strings(&|r| Some(&r.plover)),
        strings(&|r| Some(&r.code_name)),
        strings(&|r| r.location.as_deref()),
        strings(&|r| r.location_country.as_deref()),
        strings(&|r| Some(&r.trigger)),
        ints(&|r| r.trigger_start),
        ints(&|r| r.trigger_end),
        strings(&|r| r.source_text.as_deref()),
        strings(&|r| r.target_text.as_deref()),
        ints(&|r| r.sentence),
        strings(&|r| Some(&r.evidence)),
        floats(&|r| r.confidence),
        strings(&|r| Some(&r.rule)),
        strings(&|r| r.outlet.as_deref()),
        strings(&|r| r.url.as_deref()),
    ];
    RecordBatch::try_new(events_schema(), columns).map_err(|e| Error::Parquet(e.to_string()))
}

/// Writes every event as a row of a Parquet events table.
pub struct ParquetSink {
    writer: Option<ArrowWriter<Output>>,
}

impl ParquetSink {
    /// A sink writing to `out`.
    pub fn new(out: Output) -> Result<ParquetSink, Error> {
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
            .build();
        let writer = ArrowWriter::try_new(out, events_schema(), Some(props)).map_err(|e| Error::Parquet(e.to_string()))?;
        Ok(ParquetSink { writer: Some(writer) })
    }
}

impl DocumentSink for ParquetSink {
    fn write_batch(&mut self, batch: &[CodedArticle]) -> Result<(), Error> {
        let rows: Vec<EventRow> = batch.iter().flat_map(EventRow::all).collect();
        if rows.is_empty() {
            return Ok(());
        }
        let records = record_batch(&rows)?;
        let writer = self
            .writer
            .as_mut()
            .ok_or_else(|| Error::Usage("the Parquet output is already finished".into()))?;
        writer.write(&records).map_err(|e| Error::Parquet(e.to_string()))
    }

    fn finish(&mut self) -> Result<(), Error> {
        if let Some(writer) = self.writer.take() {
            let mut out = writer.into_inner().map_err(|e| Error::Parquet(e.to_string()))?;
            out.commit()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_days_since_1970() {
        assert_eq!(date32(Some("1970-01-02")), Some(1));
        assert_eq!(date32(Some("2018-04-29")), Some(17650));
        assert_eq!(date32(Some("soon")), None);
        assert_eq!(date32(None), None);
    }
}
