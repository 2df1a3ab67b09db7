//! Bad input gives a clear error naming the input and a non-zero exit, and
//! the other files are still coded. Never a panic.

use crate::common;
use common::*;

fn tempdir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("hadath-bad-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn each_bad_file_is_named_and_the_good_one_is_still_coded() {
    let d = tempdir("mixed");
    let good = d.join("good.txt");
    std::fs::write(&good, "التقى وزير الخارجية المصري نظيره الأردني في عمان.").unwrap();
    let empty = d.join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let latin1 = d.join("cp1256.txt");
    std::fs::write(&latin1, [0xC7u8, 0xE1, 0xD1, 0xC6, 0xED, 0xD3, 0x20, 0xff]).unwrap();
    let binary = d.join("image.png");
    std::fs::write(&binary, [0x89u8, b'P', b'N', b'G', 0, 0, 0, 13]).unwrap();
    let missing = d.join("missing.txt");
    let out = hadath()
        .args(["extract", "--date", "2020-01-01"])
        .args([&empty, &latin1, &good, &binary, &missing])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stdout.lines().count(), 1, "only the good article is printed");
    assert!(stdout.contains("\"id\":\"good.txt\""));
    for (file, why) in [(&empty, "empty"), (&latin1, "UTF-8"), (&binary, "binary"), (&missing, "no such file")] {
        let line = stderr
            .lines()
            .find(|l| l.contains(file.to_str().unwrap()))
            .unwrap_or_else(|| panic!("no message for {file:?}: {stderr}"));
        assert!(line.contains(why), "message for {file:?} should say {why}: {line}");
    }
    assert!(!stderr.contains("panicked"));
}

#[test]
fn a_huge_file_is_refused_with_the_limit_named() {
    let d = tempdir("huge");
    let f = d.join("huge.txt");
    std::fs::write(&f, "كلمة ".repeat(2000)).unwrap();
    let out = hadath().args(["extract", "--max-bytes", "1000"]).arg(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("huge.txt") && stderr.contains("--max-bytes"), "{stderr}");
}

#[test]
fn a_bad_date_is_a_usage_error() {
    let out = hadath().args(["extract", "--date", "15/05/2019", "-"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn standard_input_is_read_when_no_file_is_given() {
    use std::io::Write;
    let mut child = hadath()
        .args(["extract", "--date", "2019-05-15"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("أدان الاتحاد الأوروبي الهجوم.".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["id"], "stdin");
}

#[test]
fn arbitrary_bytes_and_odd_text_never_panic() {
    let d = tempdir("fuzz");
    let mut seed: u64 = 0x9E3779B97F4A7C15;
    let alphabet: Vec<char> = "وفبكلالسنهايةىأإآءؤئ «»\"“”.،؛؟!:\n0123456789٠١٢ abcَُِّْـ😀\u{200f}".chars().collect();
    let mut files = Vec::new();
    for i in 0..40 {
        let mut s = String::new();
        for _ in 0..(i * 37 % 400 + 1) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let f = d.join(format!("f{i}.txt"));
        std::fs::write(&f, &s).unwrap();
        files.push(f);
    }
    let out = hadath().args(["extract", "--date", "2021-03-01"]).args(&files).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
