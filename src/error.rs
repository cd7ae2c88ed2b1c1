//! The errors the command line must tell apart, and the exit status of each.
//!
//! The library returns these wrapped in `anyhow::Error`, with context added at
//! each boundary; `main` looks for one in the chain to choose the exit status.
//! Anything that carries none of them, and is neither an I/O nor a database
//! error that `exit_code` recognises, exits 1.

use std::io;

/// A failure the caller can act on, with the message that says what to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line itself was wrong, or a confirmation was needed and
    /// could not be asked (exit 2).
    #[error("{0}")]
    Usage(String),
    /// A value given by the user or read from a file is not acceptable
    /// (exit 65).
    #[error("{0}")]
    Invalid(String),
    /// A named customer, entry, file or database does not exist (exit 66).
    #[error("{0}")]
    NotFound(String),
    /// The change would break a rule of the books, such as deleting a
    /// customer that has entries (exit 1).
    #[error("{0}")]
    Refused(String),
    /// The database stayed locked by another process beyond the busy wait
    /// (exit 75).
    #[error("the database is busy: another duebook is writing to it; try again in a moment")]
    Busy,
}

/// Exit status: success, also for an empty report.
pub const EXIT_OK: i32 = 0;
/// Exit status: any failure without a more precise status.
pub const EXIT_FAILURE: i32 = 1;
/// Exit status: usage error, or a confirmation that could not be asked.
pub const EXIT_USAGE: i32 = 2;
/// Exit status: bad input data.
pub const EXIT_DATA: i32 = 65;
/// Exit status: a named customer, entry, file or database does not exist.
pub const EXIT_NO_INPUT: i32 = 66;
/// Exit status: an input/output error.
pub const EXIT_IO: i32 = 74;
/// Exit status: the database stayed busy beyond the wait.
pub const EXIT_BUSY: i32 = 75;

/// Shorthand for `Err(Error::Invalid(..))` wrapped for `anyhow`.
pub fn invalid<T>(message: impl Into<String>) -> anyhow::Result<T> {
    Err(Error::Invalid(message.into()).into())
}

/// Shorthand for `Err(Error::NotFound(..))` wrapped for `anyhow`.
pub fn not_found<T>(message: impl Into<String>) -> anyhow::Result<T> {
    Err(Error::NotFound(message.into()).into())
}

/// Shorthand for `Err(Error::Usage(..))` wrapped for `anyhow`.
pub fn usage<T>(message: impl Into<String>) -> anyhow::Result<T> {
    Err(Error::Usage(message.into()).into())
}

/// Shorthand for `Err(Error::Refused(..))` wrapped for `anyhow`.
pub fn refused<T>(message: impl Into<String>) -> anyhow::Result<T> {
    Err(Error::Refused(message.into()).into())
}

/// True when the error comes from writing to a pipe whose reader has gone,
/// as when output is piped into `head`: the command then ends quietly.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    let broken = |kind: io::ErrorKind| kind == io::ErrorKind::BrokenPipe;
    error.chain().any(|cause| {
        if let Some(e) = cause.downcast_ref::<io::Error>() {
            return broken(e.kind());
        }
        if let Some(csv::ErrorKind::Io(e)) = cause.downcast_ref::<csv::Error>().map(|e| e.kind()) {
            return broken(e.kind());
        }
        cause
            .downcast_ref::<serde_json::Error>()
            .and_then(serde_json::Error::io_error_kind)
            .is_some_and(broken)
    })
}

/// The exit status for an error, from the first cause in its chain that
/// decides one.
pub fn exit_code(error: &anyhow::Error) -> i32 {
    for cause in error.chain() {
        if let Some(e) = cause.downcast_ref::<Error>() {
            return match e {
                Error::Usage(_) => EXIT_USAGE,
                Error::Invalid(_) => EXIT_DATA,
                Error::NotFound(_) => EXIT_NO_INPUT,
                Error::Refused(_) => EXIT_FAILURE,
                Error::Busy => EXIT_BUSY,
            };
        }
        if let Some(e) = cause.downcast_ref::<rusqlite::Error>() {
            if let Some(code) = sqlite_exit_code(e) {
                return code;
            }
        }
        if cause.downcast_ref::<io::Error>().is_some() {
            return EXIT_IO;
        }
        if cause
            .downcast_ref::<csv::Error>()
            .is_some_and(|e| e.is_io_error())
        {
            return EXIT_IO;
        }
    }
    EXIT_FAILURE
}

fn sqlite_exit_code(error: &rusqlite::Error) -> Option<i32> {
    use rusqlite::ErrorCode;
    let code = error.sqlite_error_code()?;
    match code {
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => Some(EXIT_BUSY),
        ErrorCode::SystemIoFailure
        | ErrorCode::DiskFull
        | ErrorCode::CannotOpen
        | ErrorCode::ReadOnly
        | ErrorCode::PermissionDenied => Some(EXIT_IO),
        ErrorCode::NotADatabase => Some(EXIT_DATA),
        _ => None,
    }
}

/// Turn SQLite's busy and locked errors into `Error::Busy`, so that the
/// message tells the operator to retry; other errors pass through.
pub fn busy_to_retry(error: rusqlite::Error) -> anyhow::Error {
    if is_busy(&error) {
        Error::Busy.into()
    } else {
        error.into()
    }
}

/// True when SQLite could not get the lock it needed in time.
pub fn is_busy(error: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode;
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_code_follows_the_first_typed_cause() {
        let e = anyhow::Error::from(Error::NotFound("no customer `X`".into()))
            .context("showing a customer");
        assert_eq!(exit_code(&e), EXIT_NO_INPUT);
        let e: anyhow::Error = io::Error::other("disk").into();
        assert_eq!(exit_code(&e), EXIT_IO);
        assert_eq!(exit_code(&anyhow::anyhow!("plain")), EXIT_FAILURE);
    }

    #[test]
    fn broken_pipe_is_found_under_context() {
        let e = anyhow::Error::from(io::Error::from(io::ErrorKind::BrokenPipe))
            .context("writing the report");
        assert!(is_broken_pipe(&e));
    }
}
