//! What the API test and the page test share: a server on loopback and a small store.
#![allow(dead_code)] // each test binary uses its own part

use hadath::{Article, Pipeline};
use hadath_io::{CodedArticle, EventStore, Origin, SqliteStore};
use std::path::Path;

/// The first fixture: the Lavrov–Pompeo talks in Sochi.
pub const SOCHI: &str = include_str!("../../../../tests/fixtures/sochi-talks-2019-05-15.txt");

/// Serves the router built from `config` on 127.0.0.1 (a port the system picks); returns its base URL.
pub async fn start(config: hadath_server::Config) -> String {
    let pipeline = Pipeline::new().expect("the embedded lexicon compiles");
    let app = hadath_server::router(pipeline, &config).expect("the router builds");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(async move { hadath_server::serve(listener, app).await });
    format!("http://{addr}")
}

/// A small store: a few short Arabic articles on different dates.
pub fn write_store(path: &Path) -> SqliteStore {
    let pipeline = Pipeline::new().unwrap();
    let articles = [
        (
            "a1",
            "2019-05-15",
            "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأميركي مايك بومبيو في سوتشي أمس.",
        ),
        (
            "a2",
            "2019-06-20",
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي مايك بومبيو في أوساكا اليوم.",
        ),
        ("a3", "2019-06-21", "اتهمت وزارة الخارجية الروسية الولايات المتحدة بعرقلة الحل في سوريا."),
        ("a4", "2019-07-02", "قصفت الطائرات السورية مواقع المعارضة في إدلب أمس."),
        ("sochi", "2019-05-15", SOCHI),
    ];
    let mut store = SqliteStore::open(path).unwrap();
    let coded: Vec<CodedArticle> = articles
        .iter()
        .enumerate()
        .map(|(i, (id, date, text))| CodedArticle {
            document: pipeline
                .process(&Article {
                    id: (*id).into(),
                    date: Some((*date).into()),
                    text: (*text).into(),
                })
                .unwrap(),
            meta: Default::default(),
            origin: Origin {
                file: "test".into(),
                line: i as u64 + 1,
            },
        })
        .collect();
    store.put_documents(&coded).unwrap();
    store
}
