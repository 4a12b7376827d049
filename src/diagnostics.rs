//! Warnings collected while building: each names the file, and the line and
//! column where there is one.

use std::fmt;

/// Something wrong with one input file that the build worked around.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file, as the user would type it (relative to the site folder when possible).
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<u64>,
    /// 1-based column, when known.
    pub column: Option<u64>,
    /// What is wrong and what was done about it.
    pub message: String,
}

impl Warning {
    /// A warning about a whole file.
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Warning {
        Warning {
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// A warning at a position in a file.
    pub fn at(
        file: impl Into<String>,
        line: Option<u64>,
        column: Option<u64>,
        message: impl Into<String>,
    ) -> Warning {
        Warning {
            file: file.into(),
            line,
            column,
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}
