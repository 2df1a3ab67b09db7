//! `hadath tokenize`: tokens, folded forms and light stems of real Arabic text.

use crate::common;

use common::{hadath, repo};
use std::io::Write;
use std::process::Stdio;

fn run(args: &[&str], stdin: Option<&str>) -> (bool, String, String) {
    let mut child = hadath()
        .arg("tokenize")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run hadath");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.unwrap_or("").as_bytes()).expect("write stdin");
    drop(input);
    let out = child.wait_with_output().expect("hadath ends");
    (
        out.status.success(),
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn stems_of_the_sochi_article_and_their_count_agree() {
    let file = repo().join("tests/fixtures/sochi-talks-2019-05-15.txt");
    let file = file.to_str().expect("UTF-8 path");
    let (ok, stems, err) = run(&["--stem", file], None);
    assert!(ok, "{err}");
    let stems: Vec<&str> = stems.lines().collect();
    // "المحادثات" "الروسية" "ونظيره" "لافروف" as stems
    for want in ["محادث", "روس", "نظير", "لافروف", "بومبيو"] {
        assert!(stems.contains(&want), "no stem {want} in {:?}", &stems[..20]);
    }
    // no clitic-bearing form of those words survives
    assert!(!stems.iter().any(|s| *s == "المحادثات" || *s == "ونظيره"));
    let (ok, written, _) = run(&[file], None);
    assert!(ok);
    assert!(written.lines().any(|w| w == "اعتُبرت"), "tokens are printed as written");
    assert_eq!(written.lines().count(), stems.len());

    let (ok, count, _) = run(&["--stem", "--count", file], None);
    assert!(ok);
    let distinct: std::collections::HashSet<&str> = stems.iter().copied().collect();
    assert!(
        count.trim().ends_with(&format!("{} words, {} distinct stems", stems.len(), distinct.len())),
        "{count}"
    );
}

#[test]
fn standard_input_folding_and_bad_input() {
    let (ok, out, _) = run(&["--fold"], Some("أكّد الأمـــم، في ٢٠١٨"));
    assert!(ok);
    assert_eq!(out, "اكد\nالامم\nفي\n2018\n");
    let (ok, out, _) = run(&["--stem", "-"], Some("والمفاوضات بالمحادثات"));
    assert!(ok);
    assert_eq!(out, "مفاوض\nمحادث\n");

    let dir = std::env::temp_dir().join(format!("hadath-tokenize-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"caf\xe9\n").expect("write");
    let (ok, _, err) = run(&[bad.to_str().expect("path")], None);
    assert!(!ok);
    assert!(err.contains("latin1.txt:1") && err.contains("not UTF-8"), "{err}");
    let (ok, _, err) = run(&[dir.join("missing.txt").to_str().expect("path")], None);
    assert!(!ok);
    assert!(err.contains("cannot open") && err.contains("missing.txt"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
