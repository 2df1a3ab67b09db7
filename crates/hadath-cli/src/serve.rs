//! `hadath serve`: the HTTP API and the web page (`crates/hadath-server`).

use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// An event store written by `hadath run --db`, for /v1/events, /v1/aggregate and the page's charts.
    #[arg(long)]
    db: Option<PathBuf>,
    /// Address and port to listen on (0.0.0.0:8080 for every interface).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Extra lexicon directory whose TSV files are added to the built-in ones.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Skip the statistical entity tagger (only lexicon names; about 3x faster).
    #[arg(long)]
    no_ner: bool,
    /// The largest request body accepted, in bytes.
    #[arg(long, default_value_t = hadath_server::Config::default().max_body_bytes)]
    max_body_bytes: usize,
    /// The longest a request may take, in seconds.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// Articles coded at once (default: the number of cores).
    #[arg(long)]
    workers: Option<usize>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    // Request logs with RUST_LOG=tower_http=debug; start-up and errors by default.
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let pipeline = crate::pipeline(args.lexicon.as_deref())?.with_ner(!args.no_ner);
    let defaults = hadath_server::Config::default();
    let config = hadath_server::Config {
        db: args.db,
        max_body_bytes: args.max_body_bytes,
        timeout: Duration::from_secs(args.timeout.max(1)),
        workers: args.workers.unwrap_or(defaults.workers),
    };
    let app = hadath_server::router(pipeline, &config)?;
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}; is another server using the port? (choose one with --addr)", args.addr))?;
        let local = listener.local_addr()?;
        eprintln!("hadath: serving on http://{local}/ (the page), API under /v1, description at /openapi.json; Ctrl-C stops");
        hadath_server::serve(listener, app).await.context("serving")
    })?;
    Ok(ExitCode::SUCCESS)
}
