//! Inflates the embedded model at build time. `models/ner.bin` is stored
//! deflated; inflating its few megabytes took about a third of the CPU time
//! of coding one small article. The model's header (magic, length,
//! checksum) is kept in front of the inflated payload, so the library still
//! checks what it loads. A missing or unreadable model becomes an empty file
//! (with a build warning), which the library treats as a bad model: it then
//! tags nothing, as it does for a model that fails to load.

use std::io::Read;
use std::path::PathBuf;

/// Magic and header length of the model format (`src/model.rs`).
const MAGIC: &[u8; 6] = b"HDNER\x01";
const HEADER: usize = MAGIC.len() + 12;
/// The largest payload the library accepts.
const MAX_PAYLOAD: usize = 64 << 20;

fn inflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    if bytes.len() < HEADER || &bytes[..MAGIC.len()] != MAGIC {
        return Err("not a hadath-ner model (bad magic)".into());
    }
    let h = &bytes[MAGIC.len()..HEADER];
    let len = u32::from_le_bytes([h[0], h[1], h[2], h[3]]) as usize;
    if len > MAX_PAYLOAD {
        return Err("model payload too large".into());
    }
    let mut out = Vec::with_capacity(HEADER + len);
    out.extend_from_slice(&bytes[..HEADER]);
    flate2::read::DeflateDecoder::new(&bytes[HEADER..])
        .take(len as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("corrupt model data: {e}"))?;
    if out.len() != HEADER + len {
        return Err("model payload has the wrong length".into());
    }
    Ok(out)
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let src = manifest.join("../../models/ner.bin");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("ner.inflated");
    println!("cargo:rerun-if-changed={}", src.display());
    println!("cargo:rerun-if-changed=build.rs");
    let inflated = match std::fs::read(&src).map_err(|e| e.to_string()).and_then(|b| inflate(&b)) {
        Ok(b) => b,
        Err(e) => {
            println!("cargo:warning=models/ner.bin: {e}; building without an embedded model");
            Vec::new()
        }
    };
    std::fs::write(out, inflated).expect("write the inflated model into OUT_DIR");
}
