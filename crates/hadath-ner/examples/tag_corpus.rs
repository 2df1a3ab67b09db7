//! Times the tagger alone on a corpus of news (JSON Lines with a `text`
//! field, gzip-compressed or plain), each article tagged as one document:
//!
//! ```text
//! cargo run --release -p hadath-ner --example tag_corpus -- news.jsonl.gz [passes]
//! ```
//!
//! The text is split into sentences at `.`, `!`, `؟` and line ends and into
//! tokens at whitespace and punctuation (a rough stand-in for the
//! pipeline's tokenizer). Each pass tags every article in order on one
//! thread; the first pass starts with an empty word cache. Prints the time
//! and tokens per second of each pass and a checksum of the tags.

use std::io::{BufRead, BufReader, Read};
use std::time::Instant;

use hadath_ner::{Tag, Tagger};

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '؟' | '«' | '»' | '“' | '”' | '…' | '–' | '—')
}

fn sentences(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    for line in text.lines() {
        for word in line.split_whitespace() {
            let mut start = 0;
            for (i, c) in word.char_indices() {
                if is_punct(c) {
                    if start < i {
                        cur.push(word[start..i].to_string());
                    }
                    cur.push(c.to_string());
                    start = i + c.len_utf8();
                    if matches!(c, '.' | '!' | '؟') {
                        out.push(std::mem::take(&mut cur));
                    }
                }
            }
            if start < word.len() {
                cur.push(word[start..].to_string());
            }
        }
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: tag_corpus FILE [passes]")?;
    let passes: usize = args.next().map_or(Ok(2), |p| p.parse())?;
    let file = std::fs::File::open(&path)?;
    let reader: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut docs: Vec<Vec<Vec<String>>> = Vec::new();
    for line in BufReader::new(reader).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)?;
        if let Some(text) = v.get("text").and_then(|t| t.as_str()) {
            docs.push(sentences(text));
        }
    }
    let tokens: usize = docs.iter().flatten().map(Vec::len).sum();
    let tagger = Tagger::embedded();
    for pass in 0..passes {
        let start = Instant::now();
        let mut sum = 0u64;
        for d in &docs {
            for (i, t) in tagger.tag_document(d).iter().flatten().enumerate() {
                let v = match t {
                    Tag::O => 0,
                    Tag::B(k) => 1 + *k as u64,
                    Tag::I(k) => 5 + *k as u64,
                };
                sum = sum.wrapping_mul(31).wrapping_add(v * (i as u64 + 1));
            }
        }
        let s = start.elapsed().as_secs_f64();
        println!(
            "pass {pass}: {} docs, {tokens} tokens in {s:.3} s ({:.0} tokens/s), checksum {sum:016x}",
            docs.len(),
            tokens as f64 / s
        );
    }
    Ok(())
}
