//! The `jsonl` line of one coded article, written field by field.
//!
//! The line is what `serde_json` makes of [`OutputDocumentRef`], byte for
//! byte (the tests below hold the two together): the same field order, the
//! same escapes (`\"`, `\\`, `\b \f \n \r \t`, `\u00xx` for the other
//! control characters, nothing else), numbers written the same way (floats
//! by `serde_json` itself). Written by hand it costs a fraction: most of a
//! line is Arabic text, which needs no escape and is scanned eight bytes at
//! a time, and the flattened document and input fields go through no map
//! serializer.
//!
//! [`OutputDocumentRef`]: crate::coded::OutputDocumentRef

use crate::coded::CodedArticle;
use hadath::document::{Entity, Event, Location, Quote, Span, Speaker};

/// Appends the JSON object of `article` to `buf` (without a newline).
pub(crate) fn write_article(buf: &mut Vec<u8>, article: &CodedArticle) -> Result<(), serde_json::Error> {
    let d = &article.document;
    buf.extend_from_slice(b"{\"id\":");
    write_str(buf, &d.id);
    buf.extend_from_slice(b",\"date\":");
    write_opt_str(buf, d.date.as_deref());
    buf.extend_from_slice(b",\"sentences\":");
    write_list(buf, &d.sentences, |buf, s| {
        write_span(buf, s);
        Ok(())
    })?;
    buf.extend_from_slice(b",\"entities\":");
    write_list(buf, &d.entities, |buf, e| {
        write_entity(buf, e);
        Ok(())
    })?;
    buf.extend_from_slice(b",\"quotes\":");
    write_list(buf, &d.quotes, |buf, q| {
        write_quote(buf, q);
        Ok(())
    })?;
    buf.extend_from_slice(b",\"events\":");
    write_list(buf, &d.events, write_event)?;
    let m = &article.meta;
    for (key, value) in [("title", &m.title), ("source", &m.source), ("url", &m.url)] {
        if let Some(v) = value {
            buf.extend_from_slice(b",\"");
            buf.extend_from_slice(key.as_bytes());
            buf.extend_from_slice(b"\":");
            write_str(buf, v);
        }
    }
    if !m.meta.is_empty() {
        buf.extend_from_slice(b",\"meta\":");
        serde_json::to_writer(&mut *buf, &m.meta)?;
    }
    buf.push(b'}');
    Ok(())
}

fn write_list<T>(buf: &mut Vec<u8>, items: &[T], mut write: impl FnMut(&mut Vec<u8>, &T) -> Result<(), serde_json::Error>) -> Result<(), serde_json::Error> {
    buf.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        write(buf, x)?;
    }
    buf.push(b']');
    Ok(())
}

/// `"start":…,"end":…,"text":…`, the fields every span-like object opens with.
fn write_range(buf: &mut Vec<u8>, start: usize, end: usize, text: &str) {
    buf.extend_from_slice(b"\"start\":");
    write_uint(buf, start as u64);
    buf.extend_from_slice(b",\"end\":");
    write_uint(buf, end as u64);
    buf.extend_from_slice(b",\"text\":");
    write_str(buf, text);
}

fn write_span(buf: &mut Vec<u8>, s: &Span) {
    buf.push(b'{');
    write_range(buf, s.start, s.end, &s.text);
    buf.push(b'}');
}

fn write_entity(buf: &mut Vec<u8>, e: &Entity) {
    buf.push(b'{');
    write_range(buf, e.start, e.end, &e.text);
    buf.extend_from_slice(b",\"type\":");
    write_str(buf, &e.kind);
    buf.extend_from_slice(b",\"actor\":");
    write_opt_str(buf, e.actor.as_deref());
    buf.extend_from_slice(b",\"canonical\":");
    write_opt_str(buf, e.canonical.as_deref());
    buf.extend_from_slice(b",\"wikidata\":");
    write_opt_str(buf, e.wikidata.as_deref());
    buf.push(b'}');
}

fn write_speaker(buf: &mut Vec<u8>, s: &Speaker) {
    buf.push(b'{');
    write_range(buf, s.start, s.end, &s.text);
    buf.extend_from_slice(b",\"actor\":");
    write_opt_str(buf, s.actor.as_deref());
    buf.extend_from_slice(b",\"canonical\":");
    write_opt_str(buf, s.canonical.as_deref());
    buf.push(b'}');
}

fn write_quote(buf: &mut Vec<u8>, q: &Quote) {
    buf.push(b'{');
    write_range(buf, q.start, q.end, &q.text);
    buf.extend_from_slice(if q.direct { b",\"direct\":true" } else { b",\"direct\":false" });
    buf.extend_from_slice(b",\"cue\":");
    write_opt_str(buf, q.cue.as_deref());
    buf.extend_from_slice(b",\"speaker\":");
    match &q.speaker {
        Some(s) => write_speaker(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
    buf.push(b'}');
}

fn write_location(buf: &mut Vec<u8>, l: &Location) {
    buf.push(b'{');
    write_range(buf, l.start, l.end, &l.text);
    buf.extend_from_slice(b",\"canonical\":");
    write_opt_str(buf, l.canonical.as_deref());
    buf.extend_from_slice(b",\"country\":");
    write_opt_str(buf, l.country.as_deref());
    buf.push(b'}');
}

fn write_event(buf: &mut Vec<u8>, e: &Event) -> Result<(), serde_json::Error> {
    buf.extend_from_slice(b"{\"source\":");
    write_opt_str(buf, e.source.as_deref());
    buf.extend_from_slice(b",\"target\":");
    write_opt_str(buf, e.target.as_deref());
    buf.extend_from_slice(b",\"code\":");
    write_str(buf, &e.code);
    buf.extend_from_slice(b",\"root\":");
    write_str(buf, &e.root);
    buf.extend_from_slice(b",\"quad_class\":");
    write_uint(buf, u64::from(e.quad_class));
    buf.extend_from_slice(b",\"goldstein\":");
    serde_json::to_writer(&mut *buf, &e.goldstein)?;
    buf.extend_from_slice(b",\"plover\":");
    write_str(buf, &e.plover);
    buf.extend_from_slice(b",\"date\":");
    write_opt_str(buf, e.date.as_deref());
    buf.extend_from_slice(b",\"location\":");
    match &e.location {
        Some(l) => write_location(buf, l),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"sentence\":");
    write_uint(buf, e.sentence as u64);
    buf.extend_from_slice(b",\"trigger\":");
    write_span(buf, &e.trigger);
    buf.extend_from_slice(b",\"source_text\":");
    write_opt_str(buf, e.source_text.as_deref());
    buf.extend_from_slice(b",\"target_text\":");
    write_opt_str(buf, e.target_text.as_deref());
    buf.extend_from_slice(b",\"confidence\":");
    serde_json::to_writer(&mut *buf, &e.confidence)?;
    buf.extend_from_slice(b",\"rule\":");
    write_str(buf, &e.rule);
    buf.extend_from_slice(b",\"code_name\":");
    write_str(buf, &e.code_name);
    buf.push(b'}');
    Ok(())
}

fn write_uint(buf: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[i..]);
}

fn write_opt_str(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_str(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

/// Whether any of the eight bytes of `w` is a control character, `"` or `\`.
#[inline]
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // a byte below 0x20, or equal to '"' or '\' (a zero after the xor)
    let low = w.wrapping_sub(ONES * 0x20) & !w;
    let quote = w ^ (ONES * u64::from(b'"'));
    let backslash = w ^ (ONES * u64::from(b'\\'));
    let zero = |x: u64| x.wrapping_sub(ONES) & !x;
    (low | zero(quote) | zero(backslash)) & HIGH != 0
}

/// A JSON string literal of `s`, escaped as `serde_json` escapes.
fn write_str(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            if !needs_escape(u64::from_le_bytes(w)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0C => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x00..=0x1F => &[],
            _ => {
                i += 1;
                continue;
            }
        };
        buf.extend_from_slice(&bytes[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]]);
        } else {
            buf.extend_from_slice(escape);
        }
        i += 1;
        start = i;
    }
    buf.extend_from_slice(&bytes[start..]);
    buf.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coded::OutputDocumentRef;
    use crate::input::{ArticleMeta, Origin};
    use hadath::Document;

    fn serde_line(a: &CodedArticle) -> String {
        serde_json::to_string(&OutputDocumentRef::from(a)).expect("serde_json")
    }

    fn line(a: &CodedArticle) -> String {
        let mut buf = Vec::new();
        write_article(&mut buf, a).expect("write");
        String::from_utf8(buf).expect("utf-8")
    }

    fn span(start: usize, text: &str) -> Span {
        Span {
            start,
            end: start + text.chars().count(),
            text: text.to_string(),
        }
    }

    /// Every field of the document filled in once and left out once: a
    /// field added to the output model has to be added here (the struct
    /// literals stop compiling) and to the writer (the lines differ).
    fn full_article(text: &str) -> CodedArticle {
        let s = Some(text.to_string());
        let event = |some: bool, goldstein: f64, confidence: f64| Event {
            source: some.then(|| "RUSGOV".to_string()),
            target: some.then(|| text.to_string()),
            code: "042".into(),
            root: "04".into(),
            quad_class: 1,
            goldstein,
            plover: "CONSULT".into(),
            date: some.then(|| "2019-05-14".to_string()),
            location: some.then(|| Location {
                start: 3,
                end: 8,
                text: text.to_string(),
                canonical: s.clone(),
                country: None,
            }),
            sentence: 12,
            trigger: span(0, text),
            source_text: s.clone(),
            target_text: None,
            confidence,
            rule: format!("{text}\t"),
            code_name: "Make a visit".into(),
        };
        let document = Document {
            id: format!("id-{text}"),
            date: Some("2019-05-15".into()),
            sentences: vec![span(0, text), span(1_000_000_007, "")],
            entities: vec![
                Entity {
                    start: 0,
                    end: 1,
                    text: text.to_string(),
                    kind: "PER".into(),
                    actor: s.clone(),
                    canonical: s.clone(),
                    wikidata: Some("Q7747".into()),
                },
                Entity {
                    start: 2,
                    end: 3,
                    text: String::new(),
                    kind: "GPE".into(),
                    actor: None,
                    canonical: None,
                    wikidata: None,
                },
            ],
            quotes: vec![
                Quote {
                    start: 4,
                    end: 9,
                    text: text.to_string(),
                    direct: true,
                    cue: s.clone(),
                    speaker: Some(Speaker {
                        start: 0,
                        end: 2,
                        text: text.to_string(),
                        actor: None,
                        canonical: s.clone(),
                    }),
                },
                Quote {
                    start: 10,
                    end: 11,
                    text: String::new(),
                    direct: false,
                    cue: None,
                    speaker: None,
                },
            ],
            events: vec![
                event(true, -2.5, 0.83),
                event(false, 7.0, 1.0),
                event(true, f64::NAN, 1e-7),
                event(false, 0.1 + 0.2, -0.0),
            ],
        };
        let mut meta = serde_json::Map::new();
        meta.insert("lang".into(), serde_json::Value::from(text));
        meta.insert("n".into(), serde_json::json!([1, 2.5, null, {"k": "v\u{1}"}]));
        CodedArticle {
            document,
            meta: ArticleMeta {
                title: s.clone(),
                source: Some("ANT".into()),
                url: None,
                meta,
            },
            origin: Origin {
                file: "x.jsonl".into(),
                line: 1,
            },
        }
    }

    #[test]
    fn lines_are_those_of_serde_json() {
        let texts = [
            "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأميركي",
            "",
            "\"quoted\" \\ back\\slash\u{0}\u{1}\u{8}\t\n\u{b}\u{c}\r\u{1f}\u{7f} é € 😀",
            "12345678\"12345678\\1234567\n",
            "«قال»: \"نعم\"",
        ];
        for t in texts {
            let a = full_article(t);
            assert_eq!(line(&a), serde_line(&a), "{t:?}");
            // without the input's fields, and without any list
            let mut b = a.clone();
            b.meta = ArticleMeta::default();
            b.document.date = None;
            assert_eq!(line(&b), serde_line(&b), "{t:?}");
            b.document = Document {
                id: t.to_string(),
                date: None,
                sentences: Vec::new(),
                entities: Vec::new(),
                quotes: Vec::new(),
                events: Vec::new(),
            };
            assert_eq!(line(&b), serde_line(&b), "{t:?}");
        }
    }

    #[test]
    fn every_byte_is_escaped_as_serde_json_does() {
        for b in 0u8..0x80 {
            for n in [1, 7, 8, 9, 17] {
                let s: String = std::iter::repeat_n(char::from(b), n).chain("ب".chars()).collect();
                let mut buf = Vec::new();
                write_str(&mut buf, &s);
                assert_eq!(String::from_utf8(buf).expect("utf-8"), serde_json::to_string(&s).expect("serde_json"), "{b}");
            }
        }
        for n in [0u64, 9, 10, 99, 100, 1_000_000_007, u64::MAX] {
            let mut buf = Vec::new();
            write_uint(&mut buf, n);
            assert_eq!(buf, n.to_string().into_bytes());
        }
    }
}
