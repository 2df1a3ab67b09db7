//! Read-only connections to the event store, kept for reuse.
//!
//! A SQLite connection may move between threads but not be shared by them,
//! and queries run on the blocking pool: each query takes an idle connection
//! (or opens one), and gives it back when done. The store is in WAL mode, so
//! readers run side by side, also while `hadath run` writes to it.

use crate::error::ServerError;
use hadath_io::{SqliteStore, StoreError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// At most this many idle connections are kept (as many as queries that can run at once is plenty).
const MAX_IDLE: usize = 8;

pub(crate) struct StorePool {
    path: PathBuf,
    idle: Mutex<Vec<SqliteStore>>,
}

impl StorePool {
    /// Opens the store once, so that a wrong path fails at start-up rather than on the first query.
    pub fn open(path: &Path) -> Result<StorePool, ServerError> {
        let first = SqliteStore::open_read_only(path).map_err(|source| ServerError::Store {
            path: path.display().to_string(),
            source,
        })?;
        Ok(StorePool {
            path: path.to_path_buf(),
            idle: Mutex::new(vec![first]),
        })
    }

    /// Runs `f` with a connection. Call it on a blocking thread.
    pub fn with<T>(&self, f: impl FnOnce(&SqliteStore) -> Result<T, StoreError>) -> Result<T, StoreError> {
        // A poisoned lock only means another query panicked while popping or pushing: the list itself is fine.
        let taken = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let store = match taken {
            Some(s) => s,
            None => SqliteStore::open_read_only(&self.path)?,
        };
        let result = f(&store);
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < MAX_IDLE {
            idle.push(store);
        }
        result
    }
}
