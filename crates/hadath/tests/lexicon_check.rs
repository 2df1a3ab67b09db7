//! `lexicon check` finds every problem, each with its file and line.

use hadath::lexicon::check::{check_dir, check_embedded, Severity};

fn dir_with(files: &[(&str, &str)]) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("hadath-lexcheck-{}-{}", std::process::id(), files.len()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    for (name, content) in files {
        std::fs::write(d.join(name), content).unwrap();
    }
    d
}

#[test]
fn the_built_in_lexicon_is_clean() {
    let r = check_embedded();
    assert_eq!(r.errors(), 0, "{:#?}", r.diagnostics);
    assert!(r.entries > 5000, "only {} entries", r.entries);
}

#[test]
fn problems_are_reported_with_their_lines() {
    let d = dir_with(&[
        ("cameo.tsv", "# source: test\ncode\tname\tgoldstein\tquad_class\tplover\n040\tConsult\t1.0\t1\tCONSULT\n"),
        ("verbs.tsv", "# source: test\ncode\tverb\tpresent\ttarget\tflags\tnote\n040\tبحث\tيبحث\tمع\tsymmetric\tdiscuss\n999\tزار\tيزور\tobj\t-\tvisit\n040\tناقش\tيناقش\n"),
        ("people.tsv", "# source: test\nid\tcanonical\twikidata\tnames\troles\na\tA\tQ1\tسيرغي لافروف\tRUSGOV@2004..2001\nb\tB\tx9\tسيرغي لافروف\tRUSGOV\n"),
    ]);
    let r = check_dir(&d).unwrap();
    let find = |line: usize, needle: &str| {
        r.diagnostics
            .iter()
            .any(|x| x.line == line && x.message.contains(needle) && x.severity == Severity::Error)
    };
    assert!(find(4, "unknown CAMEO event code `999`"), "{:#?}", r.diagnostics);
    assert!(find(5, "columns"), "{:#?}", r.diagnostics);
    assert!(find(3, "starts after it ends"), "{:#?}", r.diagnostics);
    assert!(find(4, "already names"), "{:#?}", r.diagnostics);
    assert!(find(4, "not of the form Q123"), "{:#?}", r.diagnostics);
    assert!(r.errors() >= 5);
}

#[test]
fn an_unreadable_file_is_an_error_not_a_crash() {
    let d = dir_with(&[("roles.tsv", "")]);
    std::fs::write(d.join("roles.tsv"), [0xffu8, 0xfe, 0x00]).unwrap();
    let r = check_dir(&d).unwrap();
    assert!(r.diagnostics.iter().any(|x| x.file.ends_with("roles.tsv") && x.message.contains("UTF-8")));
}

#[test]
fn an_organisation_coded_by_date_is_checked_like_a_persons_roles() {
    let d = dir_with(&[
        ("cameo.tsv", "# source: test\ncode\tname\tgoldstein\tquad_class\tplover\n040\tConsult\t1.0\t1\tCONSULT\n"),
        (
            "organizations.tsv",
            "# source: test\ncode\ttype\tcanonical\twikidata\tnames\nAFGREBTAL@2001-12-07..2021-08-14;AFGGOVTAL@2021-08-15..\tORG\tT\t-\tطالبان\nAFGREBTAL@2001..2021;AFGGOVTAL@2020..\tORG\tU\t-\tحركة طالبان\nAFGGOVTAL@2021-13..\tORG\tV\t-\tالإمارة\n",
        ),
    ]);
    let r = check_dir(&d).unwrap();
    let errors_on = |line: usize| r.diagnostics.iter().filter(|x| x.line == line && x.severity == Severity::Error).count();
    assert_eq!(errors_on(3), 0, "{:#?}", r.diagnostics);
    assert!(
        r.diagnostics.iter().any(|x| x.line == 4 && x.message.contains("overlapping dates")),
        "{:#?}",
        r.diagnostics
    );
    assert!(
        r.diagnostics.iter().any(|x| x.line == 5 && x.message.contains("bad date")),
        "{:#?}",
        r.diagnostics
    );
}
