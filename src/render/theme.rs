//! The theme: Tera templates and static files. The default theme is embedded
//! in the binary; a site's own `templates/` and `static/` folders override it
//! file by file.

use crate::output::OutputFile;
use include_dir::{include_dir, Dir};
use std::path::Path;

static DEFAULT_TEMPLATES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/templates");
static DEFAULT_STATIC: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/static");

/// Templates and static files, defaults merged with the site's overrides.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// (template name, source), e.g. ("article.html", "…").
    pub templates: Vec<(String, String)>,
    /// Static files, to be copied under `static/` in the output.
    pub statics: Vec<OutputFile>,
}

/// Why a theme file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ThemeError {
    /// The file.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

impl Theme {
    /// The embedded theme overridden by the site's `templates/` and `static/`.
    pub fn load(site_root: &Path) -> Result<Theme, ThemeError> {
        let mut templates: Vec<(String, String)> = Vec::new();
        for file in all_files(&DEFAULT_TEMPLATES) {
            let name = file.path().to_string_lossy().replace('\\', "/");
            let text = file.contents_utf8().unwrap_or_default().to_string();
            templates.push((name, text));
        }
        let mut statics: Vec<OutputFile> = all_files(&DEFAULT_STATIC)
            .map(|f| OutputFile {
                path: format!("static/{}", f.path().to_string_lossy().replace('\\', "/")),
                bytes: f.contents().to_vec(),
            })
            .collect();

        for (rel, path) in site_files(&site_root.join("templates")) {
            let text = std::fs::read_to_string(&path).map_err(|e| ThemeError {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            if let Some(line) = single_quoted_value(&text) {
                return Err(ThemeError {
                    path: path.display().to_string(),
                    message: format!(
                        "line {line}: a value interpolated inside single quotes; \
                         dossier escapes values for text and double-quoted attributes, \
                         so quote it with \" instead"
                    ),
                });
            }
            match templates.iter_mut().find(|(n, _)| *n == rel) {
                Some(slot) => slot.1 = text,
                None => templates.push((rel, text)),
            }
        }
        for (rel, path) in site_files(&site_root.join("static")) {
            let bytes = std::fs::read(&path).map_err(|e| ThemeError {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            let out = format!("static/{rel}");
            match statics.iter_mut().find(|f| f.path == out) {
                Some(slot) => slot.bytes = bytes,
                None => statics.push(OutputFile { path: out, bytes }),
            }
        }
        Ok(Theme { templates, statics })
    }
}

/// The line of the first `name='…{{ value }}…'` in a template, if any.
/// Values are escaped without turning `'` into `&#x27;` (five bytes more for
/// every apostrophe in every title and quote), which is safe in text and in
/// double-quoted attributes only: a value inside single quotes could close
/// them.
fn single_quoted_value(template: &str) -> Option<usize> {
    static SINGLE_QUOTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"[\w-]\s*=\s*'[^']*\{\{").expect("valid pattern")
    });
    let at = SINGLE_QUOTED.find(template)?.start();
    Some(
        template.as_bytes()[..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1,
    )
}

fn all_files<'a>(dir: &'a Dir<'a>) -> Box<dyn Iterator<Item = &'a include_dir::File<'a>> + 'a> {
    Box::new(dir.files().chain(dir.dirs().flat_map(|d| all_files(d))))
}

/// Files under `dir` (skipping hidden ones) as (relative path with `/`, path).
fn site_files(dir: &Path) -> Vec<(String, std::path::PathBuf)> {
    if !dir.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e.path().strip_prefix(dir).ok()?;
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            Some((rel, e.into_path()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_inside_single_quotes_are_found_with_their_line() {
        assert_eq!(single_quoted_value("<p>\n<a title='x {{ t }}'>"), Some(2));
        assert_eq!(single_quoted_value("<a data-x = '{{ t }}'>"), Some(1));
        assert_eq!(
            single_quoted_value("<a title=\"{{ t }}\">{{ x | default(value='a') }}"),
            None
        );
        assert_eq!(
            single_quoted_value("{% if kind == 'relation' %}{{ t }}{% endif %}"),
            None
        );
        for file in all_files(&DEFAULT_TEMPLATES) {
            let text = file.contents_utf8().unwrap_or_default();
            assert_eq!(single_quoted_value(text), None, "{}", file.path().display());
        }
    }
}
