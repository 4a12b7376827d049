//! One article cannot take the site down: a panic while reading, analysing
//! or rendering one article or page is caught, reported as a [`Failure`]
//! naming the file (and page), and the rest of the site is built.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Mutex, Once};

/// A fault in dossier itself while working on one file or page, which was
/// left out so that the rest of the site could be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The article's file, as the user would type it.
    pub file: String,
    /// The page being rendered, when the fault was in rendering.
    pub page: Option<String>,
    /// What dossier was doing: "reading", "analysing", "rendering".
    pub stage: &'static str,
    /// The panic's message and where in dossier it happened.
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: internal error while {}", self.file, self.stage)?;
        if let Some(page) = &self.page {
            write!(f, " page {page}")?;
        }
        write!(
            f,
            ": {}; left out, the rest of the site was built (this is a bug in dossier: please report it with the file)",
            self.message
        )
    }
}

thread_local! {
    /// Depth of [`isolate`] calls on this thread: panics inside are caught.
    static ISOLATING: Cell<usize> = const { Cell::new(0) };
    /// The last caught panic's location, recorded by the panic hook.
    static LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs (once) a panic hook that stays quiet about panics [`isolate`]
/// catches, only noting where they happened, and hands every other panic to
/// the hook that was there before.
fn install_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if ISOLATING.with(Cell::get) > 0 {
                let at = info
                    .location()
                    .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
                LOCATION.with(|l| *l.borrow_mut() = at);
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `work`, turning a panic into `Err` with its message and location.
pub fn isolate<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    ISOLATING.with(|d| d.set(d.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    ISOLATING.with(|d| d.set(d.get().saturating_sub(1)));
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        match LOCATION.with(|l| l.borrow_mut().take()) {
            Some(at) => format!("{message} (at {at})"),
            None => message,
        }
    })
}

/// Faults of one stage, by article, gathered from any thread.
#[derive(Debug, Default)]
pub struct Faults(Mutex<Vec<(usize, String)>>);

impl Faults {
    /// Runs `work` for article `article`; when it panics, records the fault
    /// and returns the default value (an empty analysis).
    pub fn guard<T: Default>(&self, article: usize, work: impl FnOnce() -> T) -> T {
        isolate(work).unwrap_or_else(|message| {
            self.0
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((article, message));
            T::default()
        })
    }

    /// The faults, one per article (its first), in article order.
    pub fn into_sorted(self) -> Vec<(usize, String)> {
        let mut list = self.0.into_inner().unwrap_or_else(|e| e.into_inner());
        list.sort_by_key(|&(a, _)| a);
        list.dedup_by_key(|&mut (a, _)| a);
        list
    }
}

/// Test builds only: panics when `text` holds the marker for `stage`, so
/// that tests can check that one failing article leaves the rest built.
/// The marker is `dossier-test-fault:` followed by the stage's name.
#[cfg(test)]
pub(crate) fn inject(stage: &str, text: &str) {
    if text.contains(&format!("dossier-test-fault:{stage}")) {
        panic!("deliberate test fault in {stage}");
    }
}

/// Release and debug builds: no fault is ever injected.
#[cfg(not(test))]
#[inline(always)]
pub(crate) fn inject(_stage: &str, _text: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_errors_with_location() {
        let err = isolate(|| inject("unit", "x dossier-test-fault:unit")).unwrap_err();
        assert!(err.contains("deliberate test fault in unit"), "{err}");
        assert!(err.contains("src/fault.rs"), "{err}");
        assert_eq!(isolate(|| 2 + 2), Ok(4));
    }
}
