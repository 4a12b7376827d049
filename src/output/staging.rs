//! The build's output folder written as a whole: a staging folder beside
//! it, swapped in when the build succeeds, reusing the previous site's
//! unchanged files.

use super::{io, safe_relative, OutputError, OutputFile, Sink};
use std::path::{Path, PathBuf};

/// A new site being written beside the output folder. Files are written as
/// they come; [`Staging::commit`] swaps the folder in. Dropped uncommitted
/// (a failed build), it removes itself and the old site stays as it was.
#[derive(Debug)]
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
    previous: PathBuf,
    made: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
    /// Folders of the previous site, by path relative to it: whether each
    /// is a real folder (no symbolic link) whose files may be reused.
    reusable: std::sync::Mutex<std::collections::HashMap<PathBuf, bool>>,
    /// Whether the previous site's files may be linked: set when the output
    /// folder is a real folder (not a symbolic link) at the start, cleared
    /// when a link fails (a file system without hard links). When unset,
    /// nothing of the previous site is looked at: a first build makes no
    /// call per file to find it absent.
    links_work: std::sync::atomic::AtomicBool,
    committed: bool,
}

impl Staging {
    /// Creates the staging folder beside `output`.
    pub fn begin(output: &Path) -> Result<Staging, OutputError> {
        let parent = output
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(io(parent))?;
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".to_string());
        let id = std::process::id();
        let dir = parent.join(format!(".{name}.dossier-new-{id}"));
        let previous = parent.join(format!(".{name}.dossier-old-{id}"));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(io(&dir))?;
        }
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        Ok(Staging {
            output: output.to_path_buf(),
            dir,
            previous,
            made: std::sync::Mutex::new(std::collections::HashSet::new()),
            reusable: std::sync::Mutex::new(std::collections::HashMap::new()),
            links_work: std::sync::atomic::AtomicBool::new(
                std::fs::symlink_metadata(output).is_ok_and(|m| m.file_type().is_dir()),
            ),
            committed: false,
        })
    }

    /// Swaps the new site in place of the old one.
    pub fn commit(mut self) -> Result<(), OutputError> {
        swap(&self.output, &self.dir, &self.previous)?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

impl Sink for Staging {
    fn put(&self, file: OutputFile) -> Result<(), OutputError> {
        let rel = safe_relative(&file.path)?;
        let path = self.dir.join(&rel);
        if let Some(parent) = path.parent() {
            let known = self
                .made
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(parent);
            if !known {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
                self.made
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(parent.to_path_buf());
            }
        }
        if self.reuse(&rel, &file.bytes, &path) {
            return Ok(());
        }
        std::fs::write(&path, &file.bytes).map_err(io(&path))
    }
}

impl Staging {
    /// Links the previous site's file at `rel` into the new site at `path`
    /// when its bytes are `bytes`: on a rebuild most pages are unchanged,
    /// and a link costs a folder entry where a new file costs an inode to
    /// allocate, data to write, and later the old inode to free. Only a
    /// plain file that nothing else links to, in real folders of the
    /// previous site, is reused, so the new site never shares a file with
    /// anything outside the output folder. False when it cannot be reused
    /// (the caller writes the file).
    #[cfg(unix)]
    fn reuse(&self, rel: &Path, bytes: &[u8], path: &Path) -> bool {
        use std::os::unix::fs::MetadataExt;
        use std::sync::atomic::Ordering;
        if !self.links_work.load(Ordering::Relaxed) {
            return false;
        }
        let old = self.output.join(rel);
        let same_size = std::fs::symlink_metadata(&old).is_ok_and(|m| {
            m.file_type().is_file() && m.nlink() == 1 && m.len() == bytes.len() as u64
        });
        if !(same_size
            && self.in_real_folders(rel)
            && std::fs::read(&old).is_ok_and(|old_bytes| old_bytes == bytes))
        {
            return false;
        }
        let linked = std::fs::hard_link(&old, path).is_ok();
        if !linked {
            self.links_work.store(false, Ordering::Relaxed);
        }
        linked
    }

    #[cfg(not(unix))]
    fn reuse(&self, _rel: &Path, _bytes: &[u8], _path: &Path) -> bool {
        false
    }

    /// Whether the previous site's folders holding `rel` are real folders,
    /// not symbolic links (the output folder itself is checked at the start).
    #[cfg(unix)]
    fn in_real_folders(&self, rel: &Path) -> bool {
        let mut known = self.reusable.lock().unwrap_or_else(|e| e.into_inner());
        rel.ancestors()
            .skip(1)
            .filter(|f| !f.as_os_str().is_empty())
            .all(|f| match known.get(f) {
                Some(&real) => real,
                None => {
                    let real = std::fs::symlink_metadata(self.output.join(f))
                        .is_ok_and(|m| m.file_type().is_dir());
                    known.insert(f.to_path_buf(), real);
                    real
                }
            })
    }
}

fn swap(output: &Path, staging: &Path, previous: &Path) -> Result<(), OutputError> {
    if output.exists() {
        std::fs::rename(output, previous).map_err(io(output))?;
        if let Err(source) = std::fs::rename(staging, output) {
            let _ = std::fs::rename(previous, output);
            return Err(OutputError::Io {
                path: output.to_path_buf(),
                source,
            });
        }
        std::fs::remove_dir_all(previous).map_err(io(previous))?;
    } else {
        std::fs::rename(staging, output).map_err(io(output))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stages `files` and swaps them in, as a build does.
    fn write_site(output: &Path, files: &[OutputFile]) -> Result<(), OutputError> {
        let staging = Staging::begin(output)?;
        for f in files {
            staging.put(f.clone())?;
        }
        staging.commit()
    }

    #[test]
    fn swap_replaces_and_failed_write_keeps_old() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_site(&out, &[OutputFile::text("a.html", "one".into())]).unwrap();
        write_site(&out, &[OutputFile::text("b/c.html", "two".into())]).unwrap();
        assert!(!out.join("a.html").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("b/c.html")).unwrap(),
            "two"
        );
        let bad = [OutputFile::text("../evil", "x".into())];
        assert!(write_site(&out, &bad).is_err());
        assert_eq!(
            std::fs::read_to_string(out.join("b/c.html")).unwrap(),
            "two"
        );
        assert!(!dir.path().join("evil").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_rebuild_reuses_unchanged_files_and_only_its_own() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let site = |changed: &str| {
            [
                OutputFile::text("same.html", "kept".into()),
                OutputFile::text("b/same.html", "kept too".into()),
                OutputFile::text("b/changed.html", changed.into()),
            ]
        };
        let inode = |rel: &str| std::fs::metadata(out.join(rel)).unwrap().ino();
        write_site(&out, &site("one")).unwrap();
        let before = [
            inode("same.html"),
            inode("b/same.html"),
            inode("b/changed.html"),
        ];
        write_site(&out, &site("two!")).unwrap();
        assert_eq!(inode("same.html"), before[0]);
        assert_eq!(inode("b/same.html"), before[1]);
        assert_ne!(inode("b/changed.html"), before[2]);
        assert_eq!(
            std::fs::read_to_string(out.join("b/changed.html")).unwrap(),
            "two!"
        );
        for rel in ["same.html", "b/same.html", "b/changed.html"] {
            assert_eq!(
                std::fs::metadata(out.join(rel)).unwrap().nlink(),
                1,
                "{rel}"
            );
        }

        // A folder of the old site replaced by a link to files elsewhere,
        // and a file someone else also links to: neither is shared.
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("same.html"), "kept too").unwrap();
        std::fs::remove_dir_all(out.join("b")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("b")).unwrap();
        std::fs::hard_link(out.join("same.html"), dir.path().join("alias.html")).unwrap();
        write_site(&out, &site("two!")).unwrap();
        let outside = std::fs::metadata(elsewhere.join("same.html"))
            .unwrap()
            .ino();
        assert_ne!(inode("b/same.html"), outside);
        assert_ne!(inode("same.html"), before[0]);
        assert_eq!(
            std::fs::read_to_string(elsewhere.join("same.html")).unwrap(),
            "kept too"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("alias.html")).unwrap(),
            "kept"
        );
    }
}
