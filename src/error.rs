//! The library's error type. Every error names what it was doing and, where there is one, the
//! file at fault; the command line prints it as one line.

use std::path::Path;

/// What went wrong in a stage.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file or folder failed; `what` names the file (empty until
    /// [`Error::doing`] says what was being done).
    #[error("{}", joined(what, cause))]
    Io { what: String, cause: std::io::Error },
    /// A JSON file or record could not be read or written.
    #[error("{}", joined(what, cause))]
    Json { what: String, cause: serde_json::Error },
    /// The input cannot be used as it is (an empty folder, a bad aliases file, a bad CoNLL line).
    #[error("{0}")]
    Input(String),
    /// A model folder is unusable.
    #[cfg(feature = "model")]
    #[error(transparent)]
    Model(#[from] crate::ner::checkpoint::ModelError),
    /// A relation model folder (`--relation-model`) is unusable: the message names the file.
    #[error("relation model: {0}")]
    RelationModel(String),
    /// A plan, shard or option that retrying cannot fix (a shard index out of range, a model
    /// other than the plan's, an unreadable plan): an engine should not retry it.
    #[error("{0}")]
    Plan(String),
    /// The model failed while running.
    #[error("{0}")]
    Inference(String),
    /// The run was stopped by a signal.
    #[error("interrupted")]
    Interrupted,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

fn joined(what: &str, cause: &dyn std::fmt::Display) -> String {
    if what.is_empty() {
        cause.to_string()
    } else {
        format!("{what}: {cause}")
    }
}

impl From<std::io::Error> for Error {
    fn from(cause: std::io::Error) -> Self {
        Error::Io { what: String::new(), cause }
    }
}

impl From<serde_json::Error> for Error {
    fn from(cause: serde_json::Error) -> Self {
        Error::Json { what: String::new(), cause }
    }
}

impl Error {
    /// Says what was being done, for an I/O or JSON error that does not say yet.
    pub fn doing(self, what: impl FnOnce() -> String) -> Self {
        match self {
            Error::Io { what: current, cause } if current.is_empty() => Error::Io { what: what(), cause },
            Error::Json { what: current, cause } if current.is_empty() => Error::Json { what: what(), cause },
            other => other,
        }
    }
}

/// Adds what was being done to an I/O or JSON error.
pub trait Context<T> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T>;
}

impl<T> Context<T> for std::result::Result<T, std::io::Error> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|cause| Error::Io { what: what(), cause })
    }
}

impl<T> Context<T> for std::result::Result<T, serde_json::Error> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|cause| Error::Json { what: what(), cause })
    }
}

/// "cannot read PATH" for [`Context::context`].
pub fn reading(path: &Path) -> impl FnOnce() -> String + '_ {
    move || format!("cannot read {}", path.display())
}

/// "cannot write PATH" for [`Context::context`].
pub fn writing(path: &Path) -> impl FnOnce() -> String + '_ {
    move || format!("cannot write {}", path.display())
}
