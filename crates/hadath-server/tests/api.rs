//! The HTTP API over a real socket: the server is bound to an ephemeral port
//! on loopback and spoken to with an HTTP client.

use crate::common;

use common::{start, write_store, SOCHI};
use hadath::{Article, Pipeline};
use hadath_io::{Aggregation, EventQuery, EventStore, GroupKey, Period};
use serde_json::{json, Value};
use std::time::Duration;

fn client() -> reqwest::Client {
    reqwest::Client::builder().timeout(Duration::from_secs(60)).build().expect("client")
}

/// Status and JSON body of a response; every answer of the API is JSON.
async fn json_of(resp: reqwest::Response) -> (u16, Value) {
    let status = resp.status().as_u16();
    let ct = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap_or("").to_string())
        .unwrap_or_default();
    let text = resp.text().await.expect("body");
    assert!(ct.starts_with("application/json"), "status {status}: content type {ct:?}, body {text}");
    (status, serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}")))
}

/// Asserts a JSON error with this status whose message contains `needle`.
/// The Sochi article posted as a JSON body.
async fn extract_sochi(http: &reqwest::Client, base: &str) -> (u16, Value) {
    let resp = http
        .post(format!("{base}/v1/extract"))
        .json(&json!({"text": SOCHI, "date": "2019-05-15", "id": "sochi"}))
        .send()
        .await
        .unwrap();
    json_of(resp).await
}

async fn assert_error(resp: reqwest::Response, status: u16, needle: &str) {
    let (got, body) = json_of(resp).await;
    let message = body["error"].as_str().unwrap_or_default();
    assert_eq!(got, status, "{body}");
    assert_eq!(body["status"], json!(status), "{body}");
    assert!(message.contains(needle), "error {message:?} does not mention {needle:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn extract_returns_the_libraries_document() {
    let base = start(hadath_server::Config::default()).await;
    let http = client();
    let expected = Pipeline::new()
        .unwrap()
        .process(&Article {
            id: "sochi".into(),
            date: Some("2019-05-15".into()),
            text: SOCHI.into(),
        })
        .unwrap();
    let expected = serde_json::to_value(&expected).unwrap();

    // JSON body.
    let (status, doc) = extract_sochi(&http, &base).await;
    assert_eq!(status, 200);
    assert_eq!(doc, expected);

    // The Lavrov–Pompeo talks: Russia's government consults the United States', and the trigger is the text's slice.
    let events = doc["events"].as_array().unwrap();
    let chars: Vec<char> = SOCHI.chars().collect();
    let consult = events
        .iter()
        .find(|e| e["source"] == "RUSGOV" && e["target"] == "USAGOV" && e["root"] == "04")
        .unwrap_or_else(|| panic!("no RUSGOV 04 USAGOV event in {events:?}"));
    let (start, end) = (
        consult["trigger"]["start"].as_u64().unwrap() as usize,
        consult["trigger"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(chars[start..end].iter().collect::<String>(), consult["trigger"]["text"].as_str().unwrap());

    // The same article as plain text, date and id in the query string.
    let resp = http
        .post(format!("{base}/v1/extract?date=2019-05-15&id=sochi"))
        .header("content-type", "text/plain; charset=utf-8")
        .body(SOCHI)
        .send()
        .await
        .unwrap();
    let (status, doc) = json_of(resp).await;
    assert_eq!(status, 200);
    assert_eq!(doc, expected);

    // Without a date nothing resolves against one, and the id defaults.
    let resp = http.post(format!("{base}/v1/extract")).body(SOCHI).send().await.unwrap();
    let (status, doc) = json_of(resp).await;
    assert_eq!(status, 200);
    assert_eq!((doc["id"].as_str(), doc["date"].as_str()), (Some("request"), None));
    assert!(doc["events"].as_array().is_some_and(|e| !e.is_empty()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_gets_a_json_error_never_a_crash() {
    let config = hadath_server::Config {
        max_body_bytes: 64 * 1024,
        ..hadath_server::Config::default()
    };
    let base = start(config).await;
    let http = client();
    let url = format!("{base}/v1/extract");
    let post_json = |body: &'static str| http.post(&url).header("content-type", "application/json").body(body).send();

    assert_error(post_json("{\"text\": ").await.unwrap(), 400, "not the JSON expected").await;
    assert_error(post_json("{\"txt\": \"قال\"}").await.unwrap(), 400, "unknown field `txt`").await;
    assert_error(post_json("{\"text\": 42}").await.unwrap(), 400, "invalid type").await;
    assert_error(post_json("[1, 2]").await.unwrap(), 400, "not the JSON expected").await;
    assert_error(post_json("{\"text\": \"   \\n \"}").await.unwrap(), 400, "empty").await;
    assert_error(
        post_json("{\"text\": \"زار الوزير موسكو\", \"date\": \"2019-13-45\"}").await.unwrap(),
        400,
        "2019-13-45",
    )
    .await;
    assert_error(http.post(&url).body(vec![0xD8, 0xA7, 0xFF, 0xFE]).send().await.unwrap(), 400, "not valid UTF-8").await;
    assert_error(http.post(&url).body(vec![b'a', 0, b'b']).send().await.unwrap(), 400, "NUL").await;
    assert_error(
        http.post(format!("{url}?when=today")).body("زار الوزير موسكو").send().await.unwrap(),
        400,
        "when",
    )
    .await;
    assert_error(
        http.post(&url).header("content-type", "application/xml").body("<a/>").send().await.unwrap(),
        415,
        "application/xml",
    )
    .await;
    let big = "زار وزير الخارجية الروسي سيرغي لافروف دمشق. ".repeat(2_000);
    assert!(big.len() > 64 * 1024);
    assert_error(http.post(&url).body(big).send().await.unwrap(), 413, "65536 bytes").await;
    assert_error(http.get(&url).send().await.unwrap(), 405, "GET is not allowed").await;
    assert_error(http.get(format!("{base}/v2/extract")).send().await.unwrap(), 404, "/v2/extract").await;
    // Without a store, the store's endpoints say how to get one.
    assert_error(http.get(format!("{base}/v1/events")).send().await.unwrap(), 404, "--db").await;
    assert_error(http.get(format!("{base}/v1/aggregate?by=pair")).send().await.unwrap(), 404, "--db").await;
    // A malformed filter is named even without a store.
    assert_error(http.get(format!("{base}/v1/events?from=2018-02-30")).send().await.unwrap(), 400, "2018-02-30").await;

    // The server is still up and codes the next article.
    let (status, health) = json_of(http.get(format!("{base}/healthz")).send().await.unwrap()).await;
    assert_eq!((status, health["status"].as_str(), health["store"].is_null()), (200, Some("ok"), true));
    let resp = http.post(&url).json(&json!({"text": SOCHI, "date": "2019-05-15"})).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_over_the_time_limit_gets_503() {
    let config = hadath_server::Config {
        timeout: Duration::from_millis(1),
        workers: 1,
        ..hadath_server::Config::default()
    };
    let base = start(config).await;
    // Twenty copies of the article take far longer than a millisecond to code.
    let text = SOCHI.repeat(20);
    let resp = client().post(format!("{base}/v1/extract")).body(text).send().await.unwrap();
    assert_error(resp, 503, "did not finish within").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_requests_get_the_same_document() {
    let config = hadath_server::Config {
        workers: 2,
        ..hadath_server::Config::default()
    };
    let base = start(config).await;
    let http = client();
    let mut handles = Vec::new();
    for _ in 0..16 {
        let (http, base) = (http.clone(), base.clone());
        handles.push(tokio::spawn(async move { extract_sochi(&http, &base).await }));
    }
    let mut docs = Vec::new();
    for h in handles {
        let (status, doc) = h.await.unwrap();
        assert_eq!(status, 200);
        docs.push(doc);
    }
    assert!(docs.windows(2).all(|w| w[0] == w[1]));
    assert!(!docs[0]["events"].as_array().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn store_queries_answer_what_the_store_does() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("events.sqlite");
    let store = write_store(&db);
    let base = start(hadath_server::Config {
        db: Some(db.clone()),
        ..hadath_server::Config::default()
    })
    .await;
    let http = client();

    let (status, health) = json_of(http.get(format!("{base}/healthz")).send().await.unwrap()).await;
    assert_eq!(status, 200);
    assert_eq!(health["store"]["articles"], json!(5));
    assert_eq!(health["store"]["events"], json!(store.counts().unwrap().events));

    // Events: the rows of the store, in its order, as `hadath query --format json` prints them.
    let (status, body) = json_of(http.get(format!("{base}/v1/events?actor=rus")).send().await.unwrap()).await;
    assert_eq!(status, 200);
    let direct = store
        .query(&EventQuery {
            actor: Some("RUS".into()),
            limit: Some(1000),
            ..EventQuery::default()
        })
        .unwrap();
    assert!(direct.len() >= 3, "{direct:?}");
    assert_eq!(body["events"], serde_json::to_value(&direct).unwrap());
    assert_eq!(body["count"], json!(direct.len()));
    for row in body["events"].as_array().unwrap() {
        let starts = |k: &str| row[k].as_str().is_some_and(|c| c.starts_with("RUS"));
        assert!(starts("source") || starts("target"), "{row}");
        assert!(!row["evidence"].as_str().unwrap().is_empty());
    }
    let (_, one) = json_of(http.get(format!("{base}/v1/events?actor=RUS&limit=1")).send().await.unwrap()).await;
    assert_eq!(one["events"].as_array().map(Vec::len), Some(1));

    // Aggregates: the store's groups, named by the columns of `hadath query --format json`.
    let (status, body) = json_of(http.get(format!("{base}/v1/aggregate?source=RUS&count_by=month&by=root")).send().await.unwrap()).await;
    assert_eq!(status, 200);
    let aggregation = Aggregation {
        period: Some(Period::Month),
        by: Some(GroupKey::Root),
    };
    let rows = store
        .aggregate(
            &EventQuery {
                source: Some("RUS".into()),
                limit: Some(1000),
                ..EventQuery::default()
            },
            &aggregation,
        )
        .unwrap();
    assert!(rows.iter().any(|r| r.period.as_deref() == Some("2019-05")));
    let expected: Vec<Value> = rows.iter().map(|r| Value::Object(r.to_json(&aggregation))).collect();
    assert_eq!(body["rows"], Value::Array(expected));
    assert_eq!(body["columns"], json!(["period", "root", "events", "goldstein_sum", "goldstein_mean"]));

    // Who acts on whom.
    let (_, pairs) = json_of(http.get(format!("{base}/v1/aggregate?by=pair")).send().await.unwrap()).await;
    assert!(pairs["rows"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["source"].as_str().is_some_and(|s| s.starts_with("RUS")) && r["target"].as_str().is_some_and(|t| t.starts_with("USA"))));

    // Malformed filters and groupings are named.
    let bad = [
        ("/v1/events?root=4", "two digits"),
        ("/v1/events?limit=0", "limit"),
        ("/v1/events?limit=1000000", "10000"),
        ("/v1/aggregate?count_by=fortnight", "fortnight"),
        ("/v1/aggregate?by=colour", "colour"),
        ("/v1/events?by=pair", "/v1/aggregate"),
        ("/v1/events?from=2019-07-01&to=2019-01-01", "after"),
    ];
    for (path, says) in bad {
        assert_error(http.get(format!("{base}{path}")).send().await.unwrap(), 400, says).await;
    }
}

#[test]
fn a_missing_store_fails_at_start_up() {
    let dir = tempfile::tempdir().unwrap();
    let config = hadath_server::Config {
        db: Some(dir.path().join("nothing.sqlite")),
        ..hadath_server::Config::default()
    };
    let Err(err) = hadath_server::router(Pipeline::new().unwrap(), &config) else {
        panic!("a missing store is an error");
    };
    assert!(err.to_string().contains("nothing.sqlite"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_and_the_description_are_served() {
    let base = start(hadath_server::Config::default()).await;
    let http = client();
    let page = http.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    for asset in ["/assets/app.js", "/assets/style.css"] {
        assert!(html.contains(asset), "the page does not load {asset}");
        let resp = http.get(format!("{base}{asset}")).send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 200, "{asset}");
        assert!(!resp.text().await.unwrap().is_empty());
    }
    assert_error(http.get(format!("{base}/assets/missing.js")).send().await.unwrap(), 404, "missing.js").await;

    let (status, spec) = json_of(http.get(format!("{base}/openapi.json")).send().await.unwrap()).await;
    assert_eq!(status, 200);
    assert!(spec["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    // Every route is described, with the method it answers to, and every reference resolves.
    for (path, method) in [
        ("/v1/extract", "post"),
        ("/v1/events", "get"),
        ("/v1/aggregate", "get"),
        ("/healthz", "get"),
        ("/openapi.json", "get"),
        ("/", "get"),
    ] {
        assert!(spec["paths"][path][method].is_object(), "{method} {path} is not described");
    }
    let text = spec.to_string();
    for (i, _) in text.match_indices("#/components/schemas/") {
        let name: String = text[i + 21..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        assert!(spec["components"]["schemas"][&name].is_object(), "dangling reference to {name}");
    }
    // The filters of /v1/events are the ones the server accepts.
    let params: Vec<&str> = spec["paths"]["/v1/events"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    for p in &params {
        let resp = http.get(format!("{base}/v1/events?{p}=")).send().await.unwrap();
        // Accepted as a parameter (an empty value is no filter): 404 for the missing store, never 400.
        assert_eq!(resp.status().as_u16(), 404, "parameter {p}");
    }
}
