//! # hadath-server
//!
//! hadath over HTTP: `POST /v1/extract` codes an article and returns the
//! document object of the output contract; `GET /v1/events` and
//! `GET /v1/aggregate` ask an event store written by `hadath run --db` the
//! questions `hadath query` asks; `GET /` is a web page (right to left, in
//! Arabic) over both. Everything the page needs is embedded in the binary.
//!
//! [`router`] builds the application, so that tests and other programs can
//! serve it on a listener of their own; [`serve`] runs it until Ctrl-C.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let app = hadath_server::router(hadath::Pipeline::new()?, &hadath_server::Config::default())?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! hadath_server::serve(listener, app).await?;
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

mod api;
mod assets;
mod error;
mod store;

pub use error::ServerError;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use hadath::Pipeline;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// How the server is set up.
#[derive(Debug, Clone)]
pub struct Config {
    /// The event store behind `/v1/events` and `/v1/aggregate` (written by `hadath run --db`); without one they answer 404.
    pub db: Option<PathBuf>,
    /// The largest request body accepted, in bytes (larger ones get 413).
    pub max_body_bytes: usize,
    /// The longest a request may take, waiting for a worker included (longer ones get 503).
    pub timeout: Duration,
    /// How many articles are coded at once (and, apart, how many store
    /// queries run at once); the others wait their turn. Coding is
    /// CPU-bound: more than the cores only adds switching.
    pub workers: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            db: None,
            max_body_bytes: 2 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
        }
    }
}

/// What every handler shares: one pipeline, the store, the worker permits.
pub(crate) struct AppState {
    pub pipeline: Pipeline,
    pub store: Option<store::StorePool>,
    /// Permits to code an article.
    pub coding: Arc<Semaphore>,
    /// Permits to query the store: apart, so that a queue of articles never holds up a chart or a health check.
    pub querying: Arc<Semaphore>,
    pub timeout: Duration,
    pub max_body_bytes: usize,
}

/// The application: every route of the API and the page, with the request
/// limits of `config`. The pipeline is built once by the caller and shared.
///
/// Fails when `config.db` is given but is not a readable event store.
pub fn router(pipeline: Pipeline, config: &Config) -> Result<Router, ServerError> {
    let store = match &config.db {
        Some(path) => Some(store::StorePool::open(path)?),
        None => None,
    };
    let state = Arc::new(AppState {
        pipeline,
        store,
        coding: Arc::new(Semaphore::new(config.workers.max(1))),
        querying: Arc::new(Semaphore::new(config.workers.max(1))),
        timeout: config.timeout,
        max_body_bytes: config.max_body_bytes,
    });
    // A backstop for what the handlers' own timeout does not cover (a client that sends its body very slowly).
    let backstop = config.timeout + Duration::from_secs(5);
    let app = Router::new()
        .route("/", get(assets::index))
        .route("/assets/{name}", get(assets::asset))
        .route("/openapi.json", get(assets::openapi))
        .route("/healthz", get(api::healthz))
        .route("/v1/extract", post(api::extract))
        .route("/v1/events", get(api::events))
        .route("/v1/aggregate", get(api::aggregate))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .with_state(state)
        .layer(DefaultBodyLimit::max(config.max_body_bytes))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            backstop,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(api::panic_response))
        .layer(tower_http::trace::TraceLayer::new_for_http());
    Ok(app)
}

/// Serves `app` on `listener` until Ctrl-C (or SIGTERM), then lets the
/// requests in flight finish.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        // Without a signal handler there is nothing to wait for: serve until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing the requests in flight");
}
