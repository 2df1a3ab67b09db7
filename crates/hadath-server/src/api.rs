//! The JSON endpoints: health, extraction, store queries, and the JSON
//! answers for unknown routes, wrong methods and panics.

use crate::error::ApiError;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use hadath::Article;
use hadath_io::{Aggregation, EventQuery, EventStore, GroupKey, Period};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Rows returned when the request names no `limit`.
pub(crate) const DEFAULT_LIMIT: u64 = 1_000;
/// The largest `limit` a request may ask for (use `hadath query` for whole tables).
pub(crate) const MAX_LIMIT: u64 = 10_000;

type Shared = State<Arc<AppState>>;

/// Runs `work` on the blocking pool once a worker permit is free, within the
/// request timeout. The permit stays with the work even when the caller has
/// given up on it, so timed-out work never pushes more threads than permits
/// onto the cores.
async fn blocking<T: Send + 'static>(
    state: &AppState,
    permits: &Arc<Semaphore>,
    what: &str,
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let permits = permits.clone();
    let run = async move {
        let permit = permits
            .acquire_owned()
            .await
            .map_err(|_| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "the server is shutting down"))?;
        tokio::task::spawn_blocking(move || {
            let result = work();
            drop(permit);
            result
        })
        .await
        .map_err(|e| ApiError::internal(format!("a worker failed: {e}")))?
    };
    match tokio::time::timeout(state.timeout, run).await {
        Ok(result) => result,
        Err(_) => Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "{what} did not finish within {} s (the server is busy or the input is very large); try again or send less text",
                state.timeout.as_secs_f64()
            ),
        )),
    }
}

/// `GET /healthz`: the server is up; what it serves.
pub(crate) async fn healthz(State(state): Shared) -> Result<Json<Value>, ApiError> {
    let store = match &state.store {
        Some(_) => {
            let s = state.clone();
            let counts = blocking(&state, &state.querying, "reading the store's size", move || match &s.store {
                Some(pool) => pool.with(|store| store.counts()).map(Some).map_err(ApiError::from),
                None => Ok(None),
            })
            .await?;
            json!(counts)
        }
        None => Value::Null,
    };
    Ok(Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "store": store,
        "limits": {"max_body_bytes": state.max_body_bytes, "timeout_seconds": state.timeout.as_secs_f64()},
    })))
}

/// The JSON body of `POST /v1/extract`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtractRequest {
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    id: Option<String>,
}

/// `date` and `id` beside a plain-text body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExtractParams {
    date: Option<String>,
    id: Option<String>,
}

/// The id of an article sent without one.
const DEFAULT_ID: &str = "request";

/// `POST /v1/extract`: a JSON object `{"text", "date", "id"}`, or the text
/// itself (`text/plain`, with `?date=&id=`); answers the document object.
pub(crate) async fn extract(
    State(state): Shared,
    headers: HeaderMap,
    params: Result<Query<ExtractParams>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the request body is larger than the limit of {} bytes; send one article at a time",
                state.max_body_bytes
            ),
        ),
        status => ApiError::new(status, format!("cannot read the request body: {}", e.body_text())),
    })?;
    let Query(params) = params.map_err(|e| ApiError::bad_request(format!("bad query string: {}; expected date=YYYY-MM-DD and id=...", e.body_text())))?;
    let article = article_from(&headers, params, &body)?;
    let s = state.clone();
    let doc = blocking(&state, &state.coding, "coding the article", move || {
        s.pipeline.process(&article).map_err(|e| match e {
            hadath::Error::Date(d) => ApiError::bad_request(format!("date `{d}` is not a date: expected YYYY-MM-DD, e.g. 2019-05-15")),
            other => ApiError::internal(format!("coding failed: {other}")),
        })
    })
    .await?;
    Ok(Json(doc).into_response())
}

/// The article a request carries, or what is wrong with it.
fn article_from(headers: &HeaderMap, params: ExtractParams, body: &[u8]) -> Result<Article, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap_or("").to_ascii_lowercase())
        .unwrap_or_default();
    let mime = content_type.split(';').next().unwrap_or("").trim().to_string();
    let (bytes, date, id) = match mime.as_str() {
        "application/json" => {
            if params.date.is_some() || params.id.is_some() {
                return Err(ApiError::bad_request("with a JSON body, give date and id inside it, not in the query string"));
            }
            let req: ExtractRequest = serde_json::from_slice(body).map_err(|e| {
                ApiError::bad_request(format!(
                    "the body is not the JSON expected ({e}); send {{\"text\": \"...\", \"date\": \"YYYY-MM-DD\", \"id\": \"...\"}} (date and id optional)"
                ))
            })?;
            (req.text.into_bytes(), req.date, req.id)
        }
        "" | "text/plain" => (body.to_vec(), params.date, params.id),
        other => {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!("content type `{other}` is not supported: send application/json or text/plain"),
            ))
        }
    };
    // The checks of a text file: UTF-8, not binary, not blank (a byte-order mark dropped).
    let text = hadath_io::article_text(bytes).map_err(|why| ApiError::bad_request(format!("the text {why}")))?;
    Ok(Article {
        id: id.filter(|i| !i.is_empty()).unwrap_or_else(|| DEFAULT_ID.to_string()),
        date: date.filter(|d| !d.trim().is_empty()),
        text,
    })
}

/// The query string of `/v1/events` and `/v1/aggregate`: the filters of `hadath query`.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct QueryParams {
    actor: Option<String>,
    source: Option<String>,
    target: Option<String>,
    code: Option<String>,
    root: Option<String>,
    quad: Option<String>,
    plover: Option<String>,
    from: Option<String>,
    to: Option<String>,
    text: Option<String>,
    article: Option<String>,
    limit: Option<String>,
    count_by: Option<String>,
    by: Option<String>,
}

impl QueryParams {
    /// The checked filter; `limit` defaults to [`DEFAULT_LIMIT`] and may not exceed [`MAX_LIMIT`].
    fn event_query(&self) -> Result<EventQuery, ApiError> {
        let quad_class = match self.quad.as_deref() {
            None | Some("") => None,
            Some(q) => Some(
                q.parse::<u8>()
                    .ok()
                    .filter(|n| (1..=4).contains(n))
                    .ok_or_else(|| ApiError::bad_request(format!("quad `{q}` is not a quad class: expected 1, 2, 3 or 4")))?,
            ),
        };
        let limit = match self.limit.as_deref() {
            None | Some("") => DEFAULT_LIMIT,
            Some(l) => l
                .parse::<u64>()
                .ok()
                .filter(|n| (1..=MAX_LIMIT).contains(n))
                .ok_or_else(|| ApiError::bad_request(format!("limit `{l}` must be a number from 1 to {MAX_LIMIT}")))?,
        };
        let non_empty = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
        let query = EventQuery {
            actor: non_empty(&self.actor),
            source: non_empty(&self.source),
            target: non_empty(&self.target),
            code: non_empty(&self.code),
            root: non_empty(&self.root),
            quad_class,
            plover: non_empty(&self.plover),
            from: non_empty(&self.from),
            to: non_empty(&self.to),
            text: non_empty(&self.text),
            article: non_empty(&self.article),
            limit: Some(limit),
        };
        Ok(query.normalized()?)
    }

    fn aggregation(&self) -> Result<Aggregation, ApiError> {
        let period = match self.count_by.as_deref() {
            None | Some("") => None,
            Some(p) => Some(p.parse::<Period>().map_err(ApiError::bad_request)?),
        };
        let by = match self.by.as_deref() {
            None | Some("") => None,
            Some(k) => Some(k.parse::<GroupKey>().map_err(ApiError::bad_request)?),
        };
        Ok(Aggregation { period, by })
    }
}

fn query_params(params: Result<Query<QueryParams>, QueryRejection>) -> Result<QueryParams, ApiError> {
    params.map(|Query(p)| p).map_err(|e| {
        // serde names the unknown or malformed parameter and lists the known ones.
        ApiError::bad_request(format!("bad query string: {}", e.body_text()))
    })
}

fn no_store() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "this server has no event store: start it with `hadath serve --db events.sqlite` (written by `hadath run --db`)",
    )
}

/// `GET /v1/events`: the events matching the filters, as `hadath query --format json` lists them.
pub(crate) async fn events(State(state): Shared, params: Result<Query<QueryParams>, QueryRejection>) -> Result<Json<Value>, ApiError> {
    let params = query_params(params)?;
    if params.count_by.is_some() || params.by.is_some() {
        return Err(ApiError::bad_request("count_by and by group events: ask /v1/aggregate for counts"));
    }
    let query = params.event_query()?;
    if state.store.is_none() {
        return Err(no_store());
    }
    let s = state.clone();
    let limit = query.limit;
    let rows = blocking(&state, &state.querying, "the query", move || {
        let pool = s.store.as_ref().ok_or_else(no_store)?;
        Ok(pool.with(|store| store.query(&query))?)
    })
    .await?;
    Ok(Json(json!({"count": rows.len(), "limit": limit, "events": rows})))
}

/// `GET /v1/aggregate`: counts and Goldstein totals per period and/or key, as `hadath query --count-by/--by` gives them.
pub(crate) async fn aggregate(State(state): Shared, params: Result<Query<QueryParams>, QueryRejection>) -> Result<Json<Value>, ApiError> {
    let params = query_params(params)?;
    let query = params.event_query()?;
    let aggregation = params.aggregation()?;
    if state.store.is_none() {
        return Err(no_store());
    }
    let s = state.clone();
    let rows = blocking(&state, &state.querying, "the aggregate", move || {
        let pool = s.store.as_ref().ok_or_else(no_store)?;
        Ok(pool.with(|store| store.aggregate(&query, &aggregation))?)
    })
    .await?;
    let objects: Vec<Value> = rows.iter().map(|r| Value::Object(r.to_json(&aggregation))).collect();
    Ok(Json(json!({"columns": aggregation.columns(), "rows": objects})))
}

/// Any other path.
pub(crate) async fn not_found(uri: Uri) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        format!(
            "no such endpoint: {}; see /openapi.json (POST /v1/extract, GET /v1/events, GET /v1/aggregate, GET /healthz)",
            uri.path()
        ),
    )
}

/// A known path with the wrong method.
pub(crate) async fn method_not_allowed(method: axum::http::Method, uri: Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not allowed on {}; see /openapi.json", uri.path()),
    )
}

/// A handler that panicked: a 500 with a JSON body, and the server goes on.
pub(crate) fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown".into());
    ApiError::internal(format!("internal error (a bug; please report it): {what}")).into_response()
}
