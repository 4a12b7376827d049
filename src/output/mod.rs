//! The write stage: the rendered files go into a fresh folder beside the
//! output folder, which is swapped in only when everything is written. A
//! failed build leaves the previous site as it was.

use std::path::{Component, Path, PathBuf};

mod staging;
pub use staging::Staging;

/// One file of the site: its path relative to the output folder, and bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Relative path with `/` separators; only plain components.
    pub path: String,
    /// Content.
    pub bytes: Vec<u8>,
}

impl OutputFile {
    /// A file from text.
    pub fn text(path: impl Into<String>, text: String) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.into_bytes(),
        }
    }
}

/// Why the site could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output folder would overwrite something precious.
    #[error("{path}: refusing to use as output folder: {why}")]
    Dangerous {
        /// The output folder.
        path: PathBuf,
        /// Why not.
        why: String,
    },
    /// A rendered path tried to leave the output folder.
    #[error("refusing to write {0:?}: path leaves the output folder")]
    Escape(String),
    /// An I/O error, with the path it concerns.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Refuses output folders whose replacement would destroy the user's work:
/// `/`, the home folder, the site folder or an ancestor of it, the content
/// folder, or a folder inside the content folder.
pub fn check_output_dir(
    output: &Path,
    site_root: &Path,
    content: &Path,
) -> Result<(), OutputError> {
    let dangerous = |why: &str| OutputError::Dangerous {
        path: output.to_path_buf(),
        why: why.to_string(),
    };
    let out = absolute(output);
    let root = absolute(site_root);
    let content = absolute(content);
    if out.parent().is_none() {
        return Err(dangerous("it is the file system root"));
    }
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from) {
        if out == absolute(&home) {
            return Err(dangerous("it is your home folder"));
        }
    }
    if root.starts_with(&out) {
        return Err(dangerous("it is the site folder or contains it"));
    }
    if out.starts_with(&content) || content.starts_with(&out) {
        return Err(dangerous("it is, contains or is inside the content folder"));
    }
    if out.is_file() {
        return Err(dangerous("it is a file"));
    }
    Ok(())
}

/// An absolute, lexically normalised path (no `.` or `..`), resolving
/// symbolic links of the part that exists.
fn absolute(path: &Path) -> PathBuf {
    let base = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for c in base.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    std::fs::canonicalize(&out).unwrap_or(out)
}

/// Checks that a relative output path has only plain components.
fn safe_relative(path: &str) -> Result<PathBuf, OutputError> {
    let escape = || OutputError::Escape(path.to_string());
    if path.is_empty() || path.contains('\0') || path.contains('\\') || path.contains(':') {
        return Err(escape());
    }
    let mut out = PathBuf::new();
    for part in path.split('/') {
        if part.is_empty() || part == "." || part == ".." {
            return Err(escape());
        }
        out.push(part);
    }
    Ok(out)
}

/// Where rendered files go as they are made.
pub trait Sink: Sync {
    /// Takes one file of the site.
    fn put(&self, file: OutputFile) -> Result<(), OutputError>;
}

/// What the render stage hands a whole site to: a [`Sink`] that is also
/// told of pages left out by a fault in dossier, and can say which HTML
/// pages it holds (the sitemap and feeds list them).
pub trait SiteSink: Sink {
    /// Records a page that could not be rendered: it is left out.
    fn fail(&self, failure: crate::fault::Failure);
    /// The HTML pages put so far, sorted.
    fn html_pages(&self) -> Vec<String>;
}

/// Keeps the files in memory (serve, tests).
#[derive(Debug, Default)]
pub struct MemorySink(std::sync::Mutex<Vec<OutputFile>>);

impl MemorySink {
    /// The files put so far.
    pub fn into_files(self) -> Vec<OutputFile> {
        self.0.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for MemorySink {
    fn put(&self, file: OutputFile) -> Result<(), OutputError> {
        safe_relative(&file.path)?;
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(file);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_relative_paths_are_refused() {
        for bad in [
            "../x",
            "/etc/passwd",
            "a/../../b",
            "C:/x",
            "a\0b",
            "a\\..\\b",
            "",
        ] {
            assert!(safe_relative(bad).is_err(), "{bad:?}");
        }
        assert!(safe_relative("articles/x.html").is_ok());
    }

    #[test]
    fn dangerous_output_folders() {
        let root = tempfile::tempdir().unwrap();
        let content = root.path().join("seeds");
        std::fs::create_dir_all(&content).unwrap();
        assert!(check_output_dir(root.path(), root.path(), &content).is_err());
        assert!(check_output_dir(&content, root.path(), &content).is_err());
        assert!(check_output_dir(Path::new("/"), root.path(), &content).is_err());
        assert!(check_output_dir(&root.path().join(".."), root.path(), &content).is_err());
        assert!(check_output_dir(&root.path().join("public"), root.path(), &content).is_ok());
    }
}
