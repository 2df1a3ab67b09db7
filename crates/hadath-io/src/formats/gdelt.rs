//! `gdelt`: the 61 columns of the GDELT 2.0 event table, tab-separated, no
//! header, one event a row, filled with what hadath codes.
//!
//! What differs from GDELT's own rows: country codes (actor and geography) are
//! the CAMEO (ISO 3166-1 alpha-3) codes hadath emits, not FIPS 10-4; names are
//! the actors as written in the article; tone, coordinates and feature ids are
//! not computed; `DATEADDED` is the publication date at midnight, so the same
//! input always gives the same rows; a two-digit event code (`04`) is written
//! as GDELT writes it (`040`).

use super::{ArticleEncoder, DocumentSink, Output};
use crate::coded::{CodedArticle, EventRow};
use crate::error::Error;
use std::io::Write;

/// The GDELT 2.0 event table's columns, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Leading three-letter codes that name a kind of non-state actor, not a country.
const NON_STATE: [&str; 6] = ["IGO", "NGO", "NGM", "MNC", "IMG", "UIS"];

/// CAMEO role codes: an actor code that starts with one names no country (`GOV`, `MIL`).
const ROLES: [&str; 30] = [
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PTY", "RAD",
    "REB", "REF", "REL", "SEP", "SPY", "UAF", "USR", "IRC",
];

/// An actor code split the way GDELT splits it.
#[derive(Debug, Default, PartialEq, Eq)]
struct ActorParts<'a> {
    country: &'a str,
    known_group: &'a str,
    types: [&'a str; 3],
}

/// `RUSGOV` → country `RUS`, type `GOV`; `IGOUNO` → type `IGO`, known group `UNO`.
fn split_actor(code: &str) -> ActorParts<'_> {
    let chunks: Vec<&str> = (0..code.len() / 3).filter_map(|i| code.get(i * 3..i * 3 + 3)).collect();
    let mut parts = ActorParts::default();
    let mut roles: Vec<&str> = Vec::new();
    match chunks.first() {
        Some(first) if NON_STATE.contains(first) => {
            roles.push(first);
            if let Some(group) = chunks.get(1) {
                parts.known_group = group;
            }
            roles.extend(chunks.iter().skip(2));
        }
        Some(first) if ROLES.contains(first) => roles.extend(chunks.iter()),
        Some(first) => {
            parts.country = first;
            roles.extend(chunks.iter().skip(1));
        }
        None => {}
    }
    for (slot, role) in parts.types.iter_mut().zip(roles) {
        *slot = role;
    }
    parts
}

/// Tabs and line breaks would break the row: they become spaces.
fn clean(s: &str) -> String {
    s.chars().map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c }).collect()
}

/// `YYYY-MM-DD` as (`YYYYMMDD`, `YYYYMM`, `YYYY`, `YYYY.FFFF`), FFFF as GDELT computes it: (month × 30 + day) / 365.
fn date_columns(date: Option<&str>) -> [String; 4] {
    let parsed = date.and_then(|d| {
        let y: u32 = d.get(0..4)?.parse().ok()?;
        let m: u32 = d.get(5..7)?.parse().ok()?;
        let day: u32 = d.get(8..10)?.parse().ok()?;
        Some((y, m, day))
    });
    match parsed {
        Some((y, m, d)) => [
            format!("{y:04}{m:02}{d:02}"),
            format!("{y:04}{m:02}"),
            format!("{y:04}"),
            format!("{:.4}", f64::from(y) + f64::from(m * 30 + d) / 365.0),
        ],
        None => Default::default(),
    }
}

fn gdelt_code(code: &str) -> String {
    if code.len() == 2 {
        format!("{code}0")
    } else {
        code.to_string()
    }
}

fn push_actor(cols: &mut Vec<String>, code: Option<&str>, name: Option<&str>) {
    let code = code.unwrap_or("");
    let parts = split_actor(code);
    cols.push(code.to_string());
    cols.push(clean(name.unwrap_or("")));
    cols.push(parts.country.to_string());
    cols.push(parts.known_group.to_string());
    cols.extend(["", "", ""].map(String::from)); // ethnic, religion 1, religion 2
    cols.extend(parts.types.map(String::from));
}

/// The 61 GDELT columns of one event row.
pub fn gdelt_row(row: &EventRow) -> Vec<String> {
    let mut cols = Vec::with_capacity(GDELT_COLUMNS.len());
    cols.push(row.event_id.to_string());
    cols.extend(date_columns(row.date.as_deref()));
    push_actor(&mut cols, row.source.as_deref(), row.source_text.as_deref());
    push_actor(&mut cols, row.target.as_deref(), row.target_text.as_deref());
    cols.push(if row.sentence == 0 { "1" } else { "0" }.to_string());
    let code = gdelt_code(&row.code);
    let base = code.get(..3).unwrap_or(&code).to_string();
    cols.extend([code, base, row.root.clone(), row.quad_class.to_string(), row.goldstein.to_string()]);
    cols.extend(["1", "1", "1", "0"].map(String::from)); // mentions, sources, articles, tone
    for _ in 0..2 {
        // Actor1Geo_*, Actor2Geo_*: where each actor is based is not coded.
        cols.push("0".into());
        cols.extend((0..7).map(|_| String::new()));
    }
    match &row.location {
        Some(place) => {
            // A world city or other place (GDELT type 4); hadath does not tell cities from countries here.
            cols.push("4".into());
            cols.push(clean(place));
            cols.push(row.location_country.clone().unwrap_or_default());
        }
        None => {
            cols.push("0".into());
            cols.extend([String::new(), String::new()]);
        }
    }
    cols.extend((0..5).map(|_| String::new())); // ADM1, ADM2, lat, long, feature id
    let added = date_columns(row.article_date.as_deref().or(row.date.as_deref()));
    cols.push(if added[0].is_empty() { String::new() } else { format!("{}000000", added[0]) });
    cols.push(clean(row.url.as_deref().unwrap_or(&row.article_id)));
    cols
}

/// Writes every event as a GDELT 2.0 event row.
pub struct GdeltSink {
    out: Output,
}

impl GdeltSink {
    /// A sink writing to `out`.
    pub fn new(out: Output) -> GdeltSink {
        GdeltSink { out }
    }
}

/// The rows of one article's events, each with its newline.
fn encode(article: &CodedArticle, buf: &mut Vec<u8>) -> Result<(), Error> {
    for row in EventRow::all(article) {
        buf.extend_from_slice(gdelt_row(&row).join("\t").as_bytes());
        buf.push(b'\n');
    }
    Ok(())
}

impl DocumentSink for GdeltSink {
    fn write_batch(&mut self, batch: &[CodedArticle]) -> Result<(), Error> {
        let mut line = String::new();
        for article in batch {
            for row in EventRow::all(article) {
                line.clear();
                line.push_str(&gdelt_row(&row).join("\t"));
                line.push('\n');
                self.out.write_all(line.as_bytes()).map_err(|e| self.out.error(e))?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Error> {
        self.out.commit()
    }

    /// Compressed bytes depend on how the text reaches the compressor, so
    /// a compressed output is written as it always was, from documents.
    fn encoder(&self) -> Option<ArticleEncoder> {
        (!self.out.is_gzip()).then_some(encode as ArticleEncoder)
    }

    fn write_encoded(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.out.write_all(bytes).map_err(|e| self.out.error(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_codes_split_into_country_and_roles() {
        assert_eq!(
            split_actor("RUSGOV"),
            ActorParts {
                country: "RUS",
                known_group: "",
                types: ["GOV", "", ""]
            }
        );
        assert_eq!(
            split_actor("IGOUNO"),
            ActorParts {
                country: "",
                known_group: "UNO",
                types: ["IGO", "", ""]
            }
        );
        assert_eq!(
            split_actor("SYRREBMIL"),
            ActorParts {
                country: "SYR",
                known_group: "",
                types: ["REB", "MIL", ""]
            }
        );
        assert_eq!(
            split_actor("GOV"),
            ActorParts {
                country: "",
                known_group: "",
                types: ["GOV", "", ""]
            }
        );
        assert_eq!(split_actor(""), ActorParts::default());
    }

    #[test]
    fn fraction_date_follows_gdelt() {
        assert_eq!(date_columns(Some("2018-04-29")), ["20180429", "201804", "2018", "2018.4082"].map(String::from));
    }
}
