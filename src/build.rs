//! `dossier build`: the whole pipeline, from the site folder to the output folder.

use crate::analyze::entities::Gazetteer;
use crate::config::SiteConfig;
use crate::diagnostics::Warning;
use crate::fault::Failure;
use crate::output::{check_output_dir, MemorySink, OutputFile, Sink, Staging};
use crate::preview::SiteLinks;
use crate::{analyze, check, content, plan, render, Error};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What to build and where.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site folder (holding site.toml); empty means the current folder.
    pub root: PathBuf,
    /// Output folder, overriding site.toml's `output_dir` (relative to the current folder).
    pub output: Option<PathBuf>,
    /// Public URL, overriding site.toml's `base_url`.
    pub base_url: Option<String>,
    /// Fail (and keep the previous site) when there is any warning.
    pub strict: bool,
}

/// What a build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Articles published.
    pub articles: usize,
    /// Exact copies folded into an article.
    pub exact_copies: usize,
    /// Near copies folded into an article.
    pub near_copies: usize,
    /// Outlets named.
    pub outlets: usize,
    /// Entity pages written.
    pub entities: usize,
    /// HTML pages written.
    pub pages: usize,
    /// Files written in all.
    pub files: usize,
    /// Bytes written in all.
    pub bytes: u64,
    /// What was skipped or repaired.
    pub warnings: Vec<Warning>,
    /// Articles and pages left out because dossier failed on them (a caught
    /// panic): the site was built without them, and the build is an error.
    pub failures: Vec<Failure>,
    /// Where the site went.
    pub output: PathBuf,
    /// Wall time.
    pub elapsed: Duration,
}

impl BuildReport {
    /// The one-line summary printed at the end of a build.
    pub fn summary(&self) -> String {
        let copies = match (self.exact_copies, self.near_copies) {
            (0, 0) => String::new(),
            (exact, near) => format!(
                " ({} cop{} folded: {exact} exact, {near} near)",
                exact + near,
                if exact + near == 1 { "y" } else { "ies" }
            ),
        };
        let outlets = match self.outlets {
            0 => String::new(),
            n => format!(" from {n} outlet(s)"),
        };
        format!(
            "built {} article(s){copies}{outlets}, {} entity page(s), {} page(s) in all ({} files, {:.1} MB) into {} with {} warning(s){} in {:.2}s",
            self.articles,
            self.entities,
            self.pages,
            self.files,
            self.bytes as f64 / 1e6,
            self.output.display(),
            self.warnings.len(),
            match self.failures.len() {
                0 => String::new(),
                n => format!(" and {n} error(s)"),
            },
            self.elapsed.as_secs_f64()
        )
    }
}

/// Loads the site's settings, applying command-line overrides.
pub fn load_config(options: &BuildOptions) -> Result<SiteConfig, Error> {
    let mut config = SiteConfig::load(&site_root(options))?;
    if let Some(url) = &options.base_url {
        let text = format!("base_url = {}", toml_string(url));
        let overridden = SiteConfig::parse(&text, std::path::Path::new("--base-url"))?;
        config.base_url = overridden.base_url;
    }
    Ok(config)
}

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The site folder: `--root`, or the current folder when none was given.
pub fn site_root(options: &BuildOptions) -> PathBuf {
    if options.root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        options.root.clone()
    }
}

/// Where the site will be written.
pub fn output_dir(options: &BuildOptions, config: &SiteConfig) -> PathBuf {
    match &options.output {
        Some(o) => o.clone(),
        None => site_root(options).join(&config.output_dir),
    }
}

/// Reads the gazetteer named in site.toml, if any.
pub fn load_gazetteer(
    options: &BuildOptions,
    config: &SiteConfig,
) -> Result<Option<Gazetteer>, Error> {
    let Some(rel) = &config.gazetteer else {
        return Ok(None);
    };
    let path = site_root(options).join(rel);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::Gazetteer {
        path: path.clone(),
        message: e.to_string(),
    })?;
    Gazetteer::from_yaml(&text, &path)
        .map(Some)
        .map_err(|e| Error::Gazetteer {
            path: path.clone(),
            message: e.to_string(),
        })
}

/// A stage of the build, reported to a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading site.toml, the theme, the gazetteer and the articles.
    Load,
    /// Finding entities, quotes, topics and relations.
    Analyze,
    /// Rendering pages, search index, feeds and exports.
    Render,
    /// Checking internal links.
    Check,
    /// Writing the output folder.
    Write,
}

impl Stage {
    /// What the stage does, for a progress line.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Load => "loading articles",
            Stage::Analyze => "finding entities and topics",
            Stage::Render => "rendering pages",
            Stage::Check => "checking links",
            Stage::Write => "writing the site",
        }
    }
}

/// A site rendered in memory, not yet written.
#[derive(Debug)]
pub struct Rendered {
    /// Every file of the site.
    pub files: Vec<OutputFile>,
    /// What the build did (its `output` is where it would be written).
    pub report: BuildReport,
    /// Where its pages are, for previews of edits.
    pub links: SiteLinks,
}

/// Runs the whole pipeline into `sink`: load, analyze, plan, render, check
/// links. With `--strict`, stops after loading when there are warnings.
fn run(
    options: &BuildOptions,
    config: &SiteConfig,
    cache: Option<&mut content::LoadCache>,
    progress: &dyn Fn(Stage),
    sink: &dyn Sink,
) -> Result<(BuildReport, SiteLinks), Error> {
    let started = Instant::now();
    let root = site_root(options);
    let output = output_dir(options, config);

    progress(Stage::Load);
    let theme = render::theme::Theme::load(&root).map_err(|e| Error::Template(e.to_string()))?;
    let tera = render::compile(&theme)?;
    let gazetteer = load_gazetteer(options, config)?;
    let corpus = content::load_cached(&root, config, cache)?;
    if options.strict && !corpus.warnings.is_empty() {
        return Err(Error::Strict(corpus.warnings.len()));
    }

    progress(Stage::Analyze);
    let Analysed {
        articles,
        knowledge,
        exact_copies,
        near_copies,
    } = analyse(corpus.articles, gazetteer.as_ref(), config);
    let plan = plan::plan(&articles, &knowledge, config);
    let input = render::Input {
        config,
        articles: &articles,
        knowledge: &knowledge,
        plan: &plan,
        today: chrono::Local::now().date_naive(),
    };
    progress(Stage::Render);
    let recorder = check::Recorder::new(sink);
    render::render(&input, &tera, &theme, &recorder)?;

    progress(Stage::Check);
    let mut failures = corpus.failures;
    failures.extend(knowledge.failures.iter().cloned());
    failures.extend(recorder.failures());
    check_site(&recorder, &failures, options.strict)?;
    let (files, pages, bytes) = recorder.counts();
    let links = SiteLinks::of(&articles, &knowledge, &plan);
    let report = BuildReport {
        articles: articles.len(),
        exact_copies,
        near_copies,
        outlets: knowledge.outlets.list.len(),
        entities: plan.entities.iter().filter(|e| e.is_some()).count(),
        pages,
        files,
        bytes,
        warnings: corpus.warnings,
        failures,
        output,
        elapsed: started.elapsed(),
    };
    Ok((report, links))
}

/// The corpus as analysed, copies folded.
struct Analysed {
    articles: Vec<content::Article>,
    knowledge: analyze::Knowledge,
    exact_copies: usize,
    near_copies: usize,
}

/// The analyze stage as a build runs it: outlets named alike are one,
/// copies are folded (first, so that every statistic counts a story once),
/// then entities, topics and relations are found.
fn analyse(
    mut articles: Vec<content::Article>,
    gazetteer: Option<&Gazetteer>,
    config: &SiteConfig,
) -> Analysed {
    let outlets = analyze::outlets::normalise(&mut articles, gazetteer, &config.outlets);
    let folded = analyze::copies::fold(articles, &config.copies);
    let (exact_copies, near_copies) = folded.counts();
    let mut knowledge = analyze::analyze(&folded.articles, gazetteer, config);
    knowledge.outlets =
        analyze::outlets::Outlets::assign(&folded.articles, &folded.copies, &outlets);
    knowledge.copies = folded.copies;
    Analysed {
        articles: folded.articles,
        knowledge,
        exact_copies,
        near_copies,
    }
}

/// The check stage: a broken internal link stops the build, and so does
/// any failure with `--strict`.
fn check_site(
    recorder: &check::Recorder<'_>,
    failures: &[Failure],
    strict: bool,
) -> Result<(), Error> {
    let broken = recorder.broken_links();
    if let Some(first) = broken.first() {
        return Err(Error::BrokenLinks {
            count: broken.len(),
            first: first.to_string(),
        });
    }
    match failures.first() {
        Some(first) if strict => Err(Error::Failed {
            count: failures.len(),
            first: first.to_string(),
        }),
        _ => Ok(()),
    }
}

/// Runs the pipeline up to writing, keeping the site in memory.
/// `cache` lets repeated builds (serve) reuse unchanged parsed articles.
pub fn render_site(
    options: &BuildOptions,
    cache: Option<&mut content::LoadCache>,
    progress: &dyn Fn(Stage),
) -> Result<Rendered, Error> {
    let config = load_config(options)?;
    let memory = MemorySink::default();
    let (report, links) = run(options, &config, cache, progress, &memory)?;
    Ok(Rendered {
        files: memory.into_files(),
        report,
        links,
    })
}

/// Builds the site: load, analyze, plan, render, check links, write atomically.
pub fn build_site(options: &BuildOptions) -> Result<BuildReport, Error> {
    build_site_with(options, &|_| {})
}

/// [`build_site`], reporting each stage to `progress`. Pages are written into
/// a staging folder as they are rendered; it replaces the output folder only
/// when the whole build succeeded.
pub fn build_site_with(
    options: &BuildOptions,
    progress: &dyn Fn(Stage),
) -> Result<BuildReport, Error> {
    let started = Instant::now();
    let root = site_root(options);
    let config = load_config(options)?;
    let output = output_dir(options, &config);
    check_output_dir(&output, &root, &root.join(&config.content_dir))?;
    let staging = Staging::begin(&output)?;
    let (mut report, _) = run(options, &config, None, progress, &staging)?;
    progress(Stage::Write);
    staging.commit()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

#[cfg(test)]
#[path = "build_tests.rs"]
pub(crate) mod tests;
