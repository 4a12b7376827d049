/* dossier: client-side search for search.html.
 *
 * Reads the index assigned to window.dossierSearch by search_index.js (a
 * classic script, so this works from file://), rebuilds an elasticlunr index
 * from its compact postings, and searches as you type. Everything shown is
 * built with DOM text APIs: no data ever goes through innerHTML.
 */
(function () {
  "use strict";

  var FORMAT = 1;
  var DEBOUNCE_MS = 120;
  var MAX_RESULTS = 100;
  var SNIPPET_CHARS = 220;
  var BOOSTS = { title: 6, entities: 4, topics: 2, source: 1, body: 1 };
  var KIND_BOOST = { entity: 1.5, topic: 1.2, article: 1 };
  var KIND_LABEL = { article: "Article", entity: "Entity", topic: "Topic" };

  var data = window.dossierSearch;
  var input = document.getElementById("search-input");
  var list = document.getElementById("results");
  var status = document.getElementById("search-status");
  var noResults = document.getElementById("no-results");
  var form = document.getElementById("search-form");
  var filters = {
    types: Array.prototype.slice.call(document.querySelectorAll("input[name=type]")),
    entity: document.getElementById("filter-entity"),
    topic: document.getElementById("filter-topic"),
    year: document.getElementById("filter-year")
  };
  if (!input || !list) return;

  if (!data || data.format !== FORMAT || typeof elasticlunr === "undefined") {
    setText(status, "Search is unavailable: the search index could not be loaded.");
    return;
  }

  var index = buildIndex(data);
  var docs = data.docs;
  var popularity = entityPopularity(data);
  populateFilters();
  readUrl();
  run();

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run();
    });
  }
  filters.types.forEach(function (box) { box.addEventListener("change", run); });
  [filters.entity, filters.topic, filters.year].forEach(function (select) {
    if (select) select.addEventListener("change", run);
  });
  document.addEventListener("keydown", onKey);

  /* ---- index ---------------------------------------------------------- */

  // Rebuilds the elasticlunr index from the compact postings: for each term,
  // document gaps (g: count 1; -g, n: count n), tf = sqrt(count).
  function buildIndex(d) {
    var idx = elasticlunr(function () {
      this.setRef("id");
      this.saveDocument(false);
      for (var f = 0; f < d.fields.length; f++) this.addField(d.fields[f]);
    });
    var store = idx.documentStore;
    for (var i = 0; i < d.docs.length; i++) store.addDoc(String(i), null);
    d.fields.forEach(function (field) {
      var lengths = d.lengths[field] || [];
      for (var i = 0; i < d.docs.length; i++) {
        store.addFieldLength(String(i), field, lengths[i] || 0);
      }
      var postings = d.postings[field] || {};
      var inverted = idx.index[field];
      Object.keys(postings).forEach(function (term) {
        var list = postings[term];
        var doc = -1;
        for (var j = 0; j < list.length; j++) {
          var v = list[j];
          var count = 1;
          if (v < 0) {
            v = -v;
            count = list[++j];
          }
          doc += v;
          inverted.addToken(term, { ref: String(doc), tf: Math.sqrt(count) });
        }
      });
    });
    return idx;
  }

  // How many documents name each entity, for ranking entity pages.
  function entityPopularity(d) {
    var counts = {};
    d.docs.forEach(function (doc) {
      (doc.entities || []).forEach(function (e) { counts[e] = (counts[e] || 0) + 1; });
    });
    var byName = {};
    d.entities.forEach(function (name, i) { byName[name] = counts[i] || 0; });
    return byName;
  }

  /* ---- filters and URL ------------------------------------------------ */

  function populateFilters() {
    var entityCount = {}, topicCount = {}, years = {};
    docs.forEach(function (doc) {
      (doc.entities || []).forEach(function (e) { entityCount[e] = (entityCount[e] || 0) + 1; });
      (doc.topics || []).forEach(function (t) { topicCount[t] = (topicCount[t] || 0) + 1; });
      if (doc.year) years[doc.year] = (years[doc.year] || 0) + 1;
    });
    fillSelect(filters.entity, data.entities, entityCount);
    fillSelect(filters.topic, data.topics, topicCount);
    var yearList = Object.keys(years).sort().reverse();
    yearList.forEach(function (y) { addOption(filters.year, y, y + " (" + years[y] + ")"); });
  }

  function fillSelect(select, names, counts) {
    if (!select) return;
    var ids = Object.keys(counts).map(Number);
    ids.sort(function (a, b) { return names[a].localeCompare(names[b]); });
    ids.forEach(function (id) {
      addOption(select, names[id], names[id] + " (" + counts[id] + ")");
    });
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
    setSelect(filters.entity, params.get("entity"));
    setSelect(filters.topic, params.get("topic"));
    setSelect(filters.year, params.get("year"));
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
    if (state.entity) params.set("entity", state.entity);
    if (state.topic) params.set("topic", state.topic);
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
      topic: filters.topic ? filters.topic.value : "",
      year: filters.year ? filters.year.value : ""
    };
  }

  function passes(doc, state) {
    if (filters.types.length && state.types.indexOf(doc.kind) < 0) return false;
    if (state.entity && !hasName(doc.entities, data.entities, state.entity)) return false;
    if (state.topic && !hasName(doc.topics, data.topics, state.topic)) return false;
    if (state.year && doc.year !== state.year) return false;
    return true;
  }

  function hasName(ids, names, wanted) {
    return (ids || []).some(function (id) { return names[id] === wanted; });
  }

  /* ---- searching ------------------------------------------------------ */

  function run() {
    var query = input.value.trim();
    var state = filterState();
    var filtered = state.entity || state.topic || state.year ||
      (filters.types.length && state.types.length < filters.types.length);
    writeUrl(query, state);

    var tokens = query ? index.pipeline.run(elasticlunr.tokenizer(query)) : [];
    var hits;
    if (query) {
      hits = search(query, state);
    } else if (filtered) {
      hits = browse(state);
    } else {
      render([], [], "", false);
      setText(status, "Type to search " + docs.length + " pages.");
      return;
    }
    render(hits, tokens, query, true);
  }

  function search(query, state) {
    var config = { fields: {}, bool: "OR", expand: true };
    data.fields.forEach(function (f) { config.fields[f] = { boost: BOOSTS[f] || 1 }; });
    var tokens = index.pipeline.run(elasticlunr.tokenizer(query));
    var coverage = tokenCoverage(tokens);
    return index.search(query, config)
      .map(function (r) {
        var doc = docs[Number(r.ref)];
        if (!doc) return null;
        var score = r.score * (KIND_BOOST[doc.kind] || 1);

        if (doc.kind === "entity") score *= 1 + Math.log(1 + (popularity[doc.title] || 0)) / 4;
        return { doc: doc, score: score, terms: coverage[r.ref] || 0 };
      })
      .filter(function (r) { return r && passes(r.doc, state); })
      // elasticlunr coordinates terms within a field only: put the pages
      // that match more of the query's terms (in any field) first.
      .sort(function (a, b) { return b.terms - a.terms || b.score - a.score; });
  }

  // For each document ref, how many of the query tokens it matches (as a
  // prefix, like expand: true) in any field.
  function tokenCoverage(tokens) {
    var counts = {};
    tokens.forEach(function (token) {
      var refs = {};
      data.fields.forEach(function (field) {
        var inverted = index.index[field];
        inverted.expandToken(token).forEach(function (term) {
          for (var ref in inverted.getDocs(term)) refs[ref] = true;
        });
      });
      for (var ref in refs) counts[ref] = (counts[ref] || 0) + 1;
    });
    return counts;
  }

  // With filters but no query: every matching page, newest first.
  function browse(state) {
    return docs
      .filter(function (doc) { return passes(doc, state); })
      .map(function (doc) { return { doc: doc, score: 0 }; })
      .sort(function (a, b) { return (b.doc.date || "").localeCompare(a.doc.date || ""); });
  }

  /* ---- rendering ------------------------------------------------------ */

  function render(hits, tokens, query, announce) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var shown = hits.slice(0, MAX_RESULTS);
    shown.forEach(function (hit) { list.appendChild(resultItem(hit.doc, tokens)); });

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

  function resultItem(doc, tokens) {
    var li = document.createElement("li");
    li.className = "result";
    li.setAttribute("data-kind", doc.kind);

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
    kind.textContent = KIND_LABEL[doc.kind] || doc.kind;
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
      var processed = index.pipeline.run([m[0].toLowerCase()]);
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
