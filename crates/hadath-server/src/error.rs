//! Errors: [`ServerError`] when the server cannot start, [`ApiError`] for a
//! request that cannot be answered (always a JSON body saying why).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// Why the server cannot be set up.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The event store given with `--db` cannot be opened.
    #[error("cannot open the event store {path}")]
    Store {
        /// The path given.
        path: String,
        /// What went wrong.
        #[source]
        source: hadath_io::StoreError,
    },
}

/// A request that cannot be answered: an HTTP status and a message for the
/// caller, sent as `{"error": MESSAGE, "status": CODE}`.
#[derive(Debug)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }

    /// 400: the request itself is wrong; the message says how.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    /// 500: our fault, logged.
    pub fn internal(message: impl Into<String>) -> ApiError {
        let e = ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message);
        tracing::error!("{}", e.message);
        e
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": self.message, "status": self.status.as_u16()});
        (self.status, Json(body)).into_response()
    }
}

impl From<hadath_io::StoreError> for ApiError {
    fn from(e: hadath_io::StoreError) -> ApiError {
        match e {
            hadath_io::StoreError::BadQuery(why) => ApiError::bad_request(why),
            other => ApiError::internal(format!("the event store failed: {other}")),
        }
    }
}
