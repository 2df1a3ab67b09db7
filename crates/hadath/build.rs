//! Embeds the lexicon: copies `lexicon/*.tsv` of the repository into
//! `OUT_DIR`, so that the library can `include_str!` them and a change to a
//! dictionary rebuilds the binary. A missing file becomes an empty one (just
//! its header) with a build warning, so that a partial checkout still builds.

use std::path::PathBuf;

const FILES: &[(&str, &str)] = &[
    ("countries.tsv", "code\tcanonical\twikidata\tnames\tadjectives\tmetonyms"),
    ("places.tsv", "country\ttype\tcanonical\twikidata\tnames"),
    ("people.tsv", "id\tcanonical\twikidata\tnames\troles"),
    ("organizations.tsv", "code\ttype\tcanonical\twikidata\tnames"),
    ("roles.tsv", "role\tnames"),
    ("verbs.tsv", "code\tverb\tpresent\ttarget\tflags\tnote"),
    ("nouns.tsv", "code\tnoun\ttarget\tflags\tnote"),
    ("cameo.tsv", "code\tname\tgoldstein\tquad_class\tplover"),
    ("particles.tsv", "kind\twords"),
    ("dates.tsv", "kind\tvalue\twords"),
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let src = manifest.join("../../lexicon");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon");
    std::fs::create_dir_all(&out).expect("create OUT_DIR/lexicon");
    println!("cargo:rerun-if-changed={}", src.display());
    for (name, header) in FILES {
        let path = src.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let content = match std::fs::read_to_string(&path) {
            Ok(c) => c,
            Err(_) => {
                println!("cargo:warning=lexicon/{name} is missing; building with an empty {name}");
                format!("# missing at build time\n{header}\n")
            }
        };
        std::fs::write(out.join(name), content).expect("write embedded lexicon file");
    }
}
