/* dossier: the search page (search.html): results as you type, ?q= and
 * filters in the URL (?entity= twice: the pages naming both), keyboard
 * navigation. The index is loaded and queried
 * by static/search-engine.js (window.dossierSearchEngine). Everything shown
 * is built with DOM text APIs: no data ever goes through innerHTML.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 120;
  var PAGE_RESULTS = 10;
  var SNIPPET_CHARS = 220;
  var BOOSTS = { title: 6, entities: 4, topics: 2, source: 1, body: 1 };
  var KIND_BOOST = { entity: 1.5, topic: 1.2, article: 1 };
  var KIND_LABEL = { article: "Article", entity: "Entity", topic: "Topic" };

  var engine = window.dossierSearchEngine;
  var input = document.getElementById("search-input");
  var list = document.getElementById("results");
  var status = document.getElementById("search-status");
  var noResults = document.getElementById("no-results");
  var more = document.getElementById("more-results");
  var form = document.getElementById("search-form");
  var filters = {
    types: Array.prototype.slice.call(document.querySelectorAll("input[name=type]")),
    entity: document.getElementById("filter-entity"),
    entity2: document.getElementById("filter-entity2"),
    topic: document.getElementById("filter-topic"),
    outlet: document.getElementById("filter-outlet"),
    year: document.getElementById("filter-year")
  };
  if (!input || !list) return;

  if (!engine) {
    setText(status, "Search is unavailable: the search index could not be loaded.");
    return;
  }
  var data = engine.data;
  var pipeline = engine.pipeline;
  var current = null;
  var seq = 0;
  var filled = {};

  var FACETS = ["entity", "topic", "outlet"];
  // The <select>s of each filter: entities have two (pages naming both).
  var SELECTS = { entity: ["entity", "entity2"], topic: ["topic"], outlet: ["outlet"] };
  fillYears();
  FACETS.forEach(function (name) {
    SELECTS[name].forEach(function (key) {
      var select = filters[key];
      if (!select) return;
      ["focus", "mouseenter", "touchstart"].forEach(function (type) {
        select.addEventListener(type, function () { fillFacet(name).catch(function () {}); });
      });
      select.addEventListener("change", run);
    });
  });
  readUrl().then(run, run);

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  // Every query needs the field lengths: start loading them early.
  input.addEventListener("focus", function () { engine.load("lengths").catch(function () {}); });
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run();
    });
  }
  filters.types.forEach(function (box) { box.addEventListener("change", run); });
  if (filters.year) filters.year.addEventListener("change", run);
  if (more) more.addEventListener("click", showMore);
  document.addEventListener("keydown", onKey);

  /* ---- filters and URL ------------------------------------------------ */

  function fillYears() {
    var counts = {}, order = [];
    data.years.forEach(function (y) {
      if (!(y[0] in counts)) { counts[y[0]] = 0; order.push(y[0]); }
      counts[y[0]] += y[2] - y[1];
    });
    order.forEach(function (y) { addOption(filters.year, y, y + " (" + counts[y] + ")"); });
  }

  // Puts a filter's names in its <select> the first time they are needed
  // (a site may name thousands of entities: they load on demand).
  function fillFacet(name) {
    if (!filled[name]) {
      filled[name] = engine.facetList(name).then(function (names) {
        var sorted = names.slice().sort(function (a, b) { return a[0].localeCompare(b[0]); });
        SELECTS[name].forEach(function (key) {
          var select = filters[key];
          if (!select) return;
          var keep = select.value;
          while (select.options.length > 1) select.remove(1);
          sorted.forEach(function (n) { addOption(select, n[0], n[0] + " (" + n[1] + ")"); });
          select.value = keep;
          if (select.selectedIndex < 0) select.selectedIndex = 0;
        });
      });
      filled[name].catch(function () { delete filled[name]; });
    }
    return filled[name];
  }

  function addOption(select, value, label) {
    if (!select) return;
    var option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    select.appendChild(option);
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    var types = params.get("type");
    if (types) {
      var wanted = types.split(",");
      filters.types.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
    }
    setSelect(filters.year, params.get("year"));
    // A filter from the URL is an option of its own until the reader opens
    // the drop-down: its list of names can be large, and the search loads
    // only the part that holds the name.
    FACETS.forEach(function (name) {
      var values = params.getAll(name);
      SELECTS[name].forEach(function (key, i) {
        if (!values[i] || !filters[key]) return;
        addOption(filters[key], values[i], values[i]);
        setSelect(filters[key], values[i]);
      });
    });
    return Promise.resolve();
  }

  function setSelect(select, value) {
    if (!select || !value) return;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) select.selectedIndex = i;
    }
  }

  function writeUrl(query, state) {
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    if (state.types.length && state.types.length < filters.types.length) {
      params.set("type", state.types.join(","));
    }
    if (state.entity) params.append("entity", state.entity);
    if (state.entity2) params.append("entity", state.entity2);
    if (state.topic) params.set("topic", state.topic);
    if (state.outlet) params.set("outlet", state.outlet);
    if (state.year) params.set("year", state.year);
    var search = params.toString();
    try {
      history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    } catch (e) {
      // Some browsers refuse replaceState on file:// URLs; the search still works.
    }
  }

  function filterState() {
    return {
      types: filters.types.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }),
      entity: filters.entity ? filters.entity.value : "",
      entity2: filters.entity2 ? filters.entity2.value : "",
      topic: filters.topic ? filters.topic.value : "",
      outlet: filters.outlet ? filters.outlet.value : "",
      year: filters.year ? filters.year.value : ""
    };
  }

  function passes(id, kind, state, sets) {
    if (filters.types.length && state.types.indexOf(kind) < 0) return false;
    if (state.year && engine.yearOf(id) !== state.year) return false;
    if (sets.entity && !sets.entity[id]) return false;
    if (sets.entity2 && !sets.entity2[id]) return false;
    if (sets.topic && !sets.topic[id]) return false;
    if (sets.outlet && !sets.outlet[id]) return false;
    return true;
  }

  /* ---- searching ------------------------------------------------------ */

  function run() {
    var mine = ++seq;
    var query = input.value.trim();
    var state = filterState();
    var filtered = state.entity || state.entity2 || state.topic || state.outlet || state.year ||
      (filters.types.length && state.types.length < filters.types.length);
    writeUrl(query, state);
    if (!query && !filtered) {
      current = null;
      render(false);
      setText(status, "Type to search " + data.count + " pages.");
      return;
    }
    var tokens = query ? pipeline.run(elasticlunr.tokenizer(query)) : [];
    var record = { query: query, from: engine.stats.files.length };
    Promise.all([
      query ? engine.search(tokens, BOOSTS, KIND_BOOST) : null,
      engine.facetDocs("entity", state.entity),
      engine.facetDocs("topic", state.topic),
      engine.facetDocs("outlet", state.outlet),
      engine.facetDocs("entity", state.entity2)
    ]).then(function (r) {
      if (mine !== seq) return null;
      var start = r[0] ? r[0].arrived : engine.now();
      var sets = { entity: r[1], topic: r[2], outlet: r[3], entity2: r[4] };
      var hits = query ? r[0].hits.filter(function (h) {
        return passes(h.id, h.kind, state, sets);
      }) : browse(state, sets);
      // elasticlunr coordinates terms within a field only: put the pages
      // that match more of the query's terms (in any field) first.
      if (query) hits.sort(function (a, b) { return b.terms - a.terms || b.score - a.score; });
      record.rankMs = engine.now() - start;
      current = { hits: hits, tokens: tokens, query: query, shown: [], record: record };
      return showMore();
    }).catch(function () {
      if (mine === seq) setText(status, "Search is unavailable: part of the search index could not be loaded.");
    });
  }

  // With filters but no query: every matching page, newest first (the
  // order of document numbers).
  function browse(state, sets) {
    var hits = [];
    for (var id = 0; id < data.count; id++) {
      var kind = engine.kindOf(id);
      if (passes(id, kind, state, sets)) hits.push({ id: id, kind: kind, score: 0 });
    }
    return hits;
  }

  // Loads the metadata of the next PAGE_RESULTS hits and shows them.
  function showMore() {
    var run = current;
    if (!run || run.busy) return null;
    run.busy = true;
    var from = run.shown.length;
    var ids = run.hits.slice(from, from + PAGE_RESULTS).map(function (h) { return h.id; });
    return engine.docs(ids).then(function (metas) {
      run.busy = false;
      if (current !== run) return;
      var start = engine.now();
      run.shown = run.shown.concat(metas);
      render(true);
      var record = run.record;
      record.done = engine.now();
      record.renderMs = record.done - start;
      record.files = engine.stats.files.slice(record.from);
      var runs = engine.stats.runs;
      if (runs[runs.length - 1] !== record) runs.push(record);
      if (from > 0) {
        var links = resultLinks();
        if (links[from]) links[from].focus();
      }
    });
  }

  /* ---- rendering ------------------------------------------------------ */

  function render(announce) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var hits = current ? current.hits : [];
    var shown = current ? current.shown : [];
    var query = current ? current.query : "";
    shown.forEach(function (m) { list.appendChild(resultItem(m.doc, m.kind, current.tokens)); });
    if (more) more.hidden = !(announce && hits.length > shown.length);
    if (noResults) {
      noResults.hidden = !(announce && hits.length === 0);
      setText(noResults, query ? "No results for \u201c" + query + "\u201d." :
        "No pages match these filters.");
    }
    if (!announce) return;
    var message;
    if (hits.length === 0) {
      message = query ? "No results for \u201c" + query + "\u201d." : "No pages match these filters.";
    } else {
      message = hits.length + (hits.length === 1 ? " result" : " results") +
        (query ? " for \u201c" + query + "\u201d" : "") + ".";
      if (hits.length > shown.length) message += " Showing the first " + shown.length + ".";
    }
    setText(status, message);
  }

  function resultItem(doc, kindName, tokens) {
    var li = document.createElement("li");
    li.className = "result";
    li.setAttribute("data-kind", kindName);

    var heading = document.createElement("h2");
    heading.className = "result-title";
    var link = document.createElement("a");
    link.href = doc.url;
    appendHighlighted(link, doc.title, tokens);
    heading.appendChild(link);
    li.appendChild(heading);

    var meta = document.createElement("p");
    meta.className = "result-meta";
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = KIND_LABEL[kindName] || kindName;
    meta.appendChild(kind);
    if (doc.date) {
      meta.appendChild(document.createTextNode(" \u00b7 "));
      var time = document.createElement("time");
      time.setAttribute("datetime", doc.date);
      time.textContent = doc.date;
      meta.appendChild(time);
    }
    if (doc.source) {
      meta.appendChild(document.createTextNode(" \u00b7 "));
      var source = document.createElement("span");
      source.className = "result-source";
      source.textContent = doc.source;
      meta.appendChild(source);
    }
    li.appendChild(meta);

    var snippet = makeSnippet(doc, tokens);
    if (snippet) {
      var p = document.createElement("p");
      p.className = "result-snippet";
      appendHighlighted(p, snippet, tokens);
      li.appendChild(p);
    }
    return li;
  }

  // Words of `text` (split like elasticlunr's tokenizer) whose processed
  // form starts with one of the query tokens, as [start, end, tokenIndex].
  function matches(text, tokens) {
    var out = [];
    if (!tokens.length) return out;
    var re = /[^\s\-]+/g;
    var m;
    while ((m = re.exec(text)) !== null) {
      var processed = pipeline.run([m[0].toLowerCase()]);
      if (!processed.length) continue;
      for (var t = 0; t < tokens.length; t++) {
        if (processed[0].indexOf(tokens[t]) === 0) {
          var word = m[0];
          var lead = word.search(/[A-Za-z0-9_\u00c0-\uffff]/);
          var trail = word.length;
          while (trail > 0 && !/[A-Za-z0-9_\u00c0-\uffff]/.test(word.charAt(trail - 1))) trail--;
          if (lead < 0 || trail <= lead) { lead = 0; trail = word.length; }
          out.push([m.index + lead, m.index + trail, t]);
          break;
        }
      }
    }
    return out;
  }

  // The passage of the document's text around its best-matching terms, or
  // its excerpt when the text holds no match.
  function makeSnippet(doc, tokens) {
    var text = doc.text || "";
    var found = matches(text, tokens);
    if (!found.length) {
      var fallback = doc.excerpt || text;
      return fallback.length > SNIPPET_CHARS ? cut(fallback, 0, SNIPPET_CHARS) : fallback;
    }
    // Window with the most distinct query tokens, then the most matches.
    var best = 0, bestScore = -1;
    for (var i = 0; i < found.length; i++) {
      // Start at the beginning when the match is near it anyway.
      var start = found[i][1] <= SNIPPET_CHARS - 40 ? 0 : found[i][0] - 40;
      var seen = {}, distinct = 0, total = 0;
      for (var j = i; j < found.length && found[j][1] <= start + SNIPPET_CHARS; j++) {
        if (!seen[found[j][2]]) { seen[found[j][2]] = true; distinct++; }
        total++;
      }
      var score = distinct * 1000 + total;
      if (score > bestScore) { bestScore = score; best = start; }
    }
    return cut(text, best, SNIPPET_CHARS);
  }

  // text[start, start + length) widened/narrowed to word boundaries, with
  // ellipses where text was left out.
  function cut(text, start, length) {
    if (start > 0) {
      var space = text.lastIndexOf(" ", start);
      start = space < 0 ? 0 : space + 1;
    }
    var end = Math.min(text.length, start + length);
    if (end < text.length) {
      var back = text.lastIndexOf(" ", end);
      if (back > start + length / 2) end = back;
    }
    var out = text.slice(start, end).trim();
    if (start > 0 && out.charAt(0) !== "\u2026") out = "\u2026 " + out;
    if (end < text.length && out.slice(-1) !== "\u2026") out += " \u2026";
    return out;
  }

  // Appends `text` to `parent`, wrapping query matches in <mark>.
  function appendHighlighted(parent, text, tokens) {
    var found = matches(text, tokens);
    var pos = 0;
    found.forEach(function (m) {
      if (m[0] > pos) parent.appendChild(document.createTextNode(text.slice(pos, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      parent.appendChild(mark);
      pos = m[1];
    });
    if (pos < text.length) parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  function setText(element, text) {
    if (element) element.textContent = text;
  }

  /* ---- keyboard ------------------------------------------------------- */

  function resultLinks() {
    return Array.prototype.slice.call(list.querySelectorAll("li.result a"));
  }

  function onKey(event) {
    var target = event.target;
    var links = resultLinks();
    var at = links.indexOf(target);
    if (event.key === "Escape" && (target === input || at >= 0)) {
      input.value = "";
      input.focus();
      run();
      event.preventDefault();
    } else if (event.key === "ArrowDown" && (target === input || at >= 0)) {
      if (at + 1 < links.length) links[at + 1].focus();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && at >= 0) {
      if (at > 0) links[at - 1].focus();
      else input.focus();
      event.preventDefault();
    }
  }
})();
