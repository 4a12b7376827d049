//! `dossier new DIR`: a site skeleton that builds at once.

use anyhow::{bail, Context};
use std::path::Path;

const SITE_TOML: &str = r#"# site.toml: settings of a dossier site. Every key is optional.

# Site title, shown in every page header.
title = "My research dossier"

# What the site is about: home page, meta description, feed.
description = "Articles, people, organisations and places on one subject."

# Public URL, for canonical links, the sitemap and the feed
# (dossier build --base-url overrides it). Leave empty if unknown.
# base_url = "https://user.github.io/repo/"

# Language of the pages (<html lang>).
# language = "en"

# Folder of articles (.txt and .md), searched recursively.
# content_dir = "seeds"

# Output folder; replaced atomically on each successful build.
# output_dir = "public"

# Curated entities: canonical names, types, aliases, descriptions.
gazetteer = "gazetteer.yaml"

# Article files larger than this (bytes) are skipped with a warning.
# max_file_size = 10485760

# How many of the latest articles the home page lists.
# home_articles = 10

# Trailing boilerplate cut from plain-text articles.
# [boilerplate]
# builtin = true        # donation appeals, "originally published by", copyright lines…
# patterns = ['^Subscribe to (?P<source>.+?) for more', '^Related coverage:']

# When an entity gets a page of its own (a name below that other articles name too links
# to the search for the articles naming it).
# [entities]
# min_articles = 3
# min_mentions = 5
# gazetteer_pages = true   # curated entities get a page from their first mention

# Two countries co-mentioned in this many articles get a relation page (a pair in two
# articles links to the search for the articles naming both).
# [relations]
# min_articles = 3

# Topics: an article belongs when it contains any keyword, or names all the entities.
[[topics]]
name = "Energy"
description = "Power, fuel and the grid."
keywords = ["energy", "electricity", "grid", "gas", "wind power"]

# [[topics]]
# name = "…"
# entities = ["Company A", "Country B"]
"#;

const EXAMPLE_TXT: &str = " date 2024-03-18 The Northern Grid Company said on Monday it would build two new wind farms off the coast of Aberdeen, its largest investment in a decade.

\"This is the moment to move,\" chief executive Maria Lindqvist told reporters in Edinburgh. Lindqvist said the farms would power 400,000 homes by 2028.

The Scottish Government welcomed the plan, while the trade union Unite warned that jobs must stay local.
";

const EXAMPLE_MD: &str = r#"---
title: Regulator approves grid upgrade
date: 2024-04-02
source: The Energy Desk
url: https://example.org/grid-upgrade
author: Sam Okafor
tags: [grid, regulation]
summary: Ofgem approved a £2bn upgrade of the transmission network.
---

Ofgem, the energy regulator, approved a **£2bn** upgrade of the transmission
network on Tuesday. The Northern Grid Company will carry out the work.

> "Consumers will see the benefit within five years," an Ofgem spokesperson said.

| Project | Cost |
|---|---|
| Subsea cable | £1.2bn |
| Substations | £0.8bn |
"#;

const GAZETTEER: &str = r#"# Curated entities. Gazetteer entries win over discovered ones.
# type: person | organization | place | event | other
entities:
  - name: Northern Grid Company
    type: organization
    aliases: [NGC, Northern Grid]
    description: Transmission network operator.
  - name: Ofgem
    type: organization
    aliases: [Office of Gas and Electricity Markets]
    description: The energy regulator for Great Britain.
    wikidata: Q7079110
  - name: Scotland
    type: place
    aliases: [Scottish Government]
"#;

/// Creates the skeleton in `dir`, which must not exist or be empty.
pub(super) fn create(dir: &Path) -> anyhow::Result<()> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .with_context(|| format!("{}: cannot read", dir.display()))?
            .next()
            .is_none();
        if !empty {
            bail!(
                "{}: folder exists and is not empty; choose a new folder",
                dir.display()
            );
        }
    }
    let files = [
        ("site.toml", SITE_TOML),
        ("gazetteer.yaml", GAZETTEER),
        ("seeds/2024-03-18-wind-farms.txt", EXAMPLE_TXT),
        ("seeds/2024-04-02-grid-upgrade.md", EXAMPLE_MD),
        (".gitignore", "/public\n"),
    ];
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("{}: cannot create folder", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("{}: cannot write", path.display()))?;
    }
    Ok(())
}
