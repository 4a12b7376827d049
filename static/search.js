/* dossier: client-side search for search.html.
 *
 * search_index.js (the manifest, window.dossierSearch) says how the index is
 * split; everything else is loaded on demand as classic scripts (so this
 * works from file://) that call window.dossierSearchShard(key, data): for a
 * query, the term shards holding its terms and the field lengths; for the
 * results shown, their pages of metadata; for a filter, its list of names
 * and the documents of the chosen one. A query runs through a small
 * elasticlunr index built from just the postings it needs, so tokenizing and
 * scoring are elasticlunr's own. Everything shown is built with DOM text
 * APIs: no data ever goes through innerHTML.
 */
(function () {
  "use strict";

  var FORMAT = 2;
  var DEBOUNCE_MS = 120;
  var PAGE_RESULTS = 10;
  var MAX_EXPAND_SHARDS = 3;
  var SNIPPET_CHARS = 220;
  var BOOSTS = { title: 6, entities: 4, topics: 2, source: 1, body: 1 };
  var KIND_BOOST = { entity: 1.5, topic: 1.2, article: 1 };
  var KIND_LABEL = { article: "Article", entity: "Entity", topic: "Topic" };

  var data = window.dossierSearch;
  var input = document.getElementById("search-input");
  var list = document.getElementById("results");
  var status = document.getElementById("search-status");
  var noResults = document.getElementById("no-results");
  var more = document.getElementById("more-results");
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

  var pipeline = elasticlunr().pipeline;
  var base = indexBase();
  var loaded = {};
  var loading = {};
  var stats = window.dossierSearchStats = { files: [], runs: [] };
  window.dossierSearchShard = function (key, value) { loaded[key] = value; };
  var docYear = yearsByDoc();
  var popularity = popularityByDoc();
  var current = null;
  var seq = 0;

  fillYears();
  ["entity", "topic"].forEach(function (name) {
    var select = filters[name];
    if (!select) return;
    ["focus", "mouseenter", "touchstart"].forEach(function (type) {
      select.addEventListener(type, function () { facetList(name).catch(function () {}); });
    });
    select.addEventListener("change", run);
  });
  readUrl().then(run, run);

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener("focus", function () { load("lengths").catch(function () {}); });
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

  /* ---- loading -------------------------------------------------------- */

  // The folder search_index.js was loaded from: shards are under search/.
  function indexBase() {
    var scripts = document.getElementsByTagName("script");
    for (var i = 0; i < scripts.length; i++) {
      var src = scripts[i].src || "";
      if (/search_index\.js(\?.*)?$/.test(src)) return src.slice(0, src.lastIndexOf("/") + 1);
    }
    return "";
  }

  // Loads search/KEY.js once; resolves with what it registered.
  function load(key) {
    if (loading[key]) return loading[key];
    var file = "search/" + key + ".js";
    loading[key] = new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = base + file;
      script.async = true;
      script.onload = function () {
        if (key in loaded) resolve(loaded[key]);
        else reject(new Error(file));
      };
      script.onerror = function () {
        delete loading[key];
        reject(new Error(file));
      };
      stats.files.push(file);
      document.head.appendChild(script);
    });
    return loading[key];
  }

  function loadAll(keys) {
    var seen = {};
    return Promise.all(keys.filter(function (k) {
      return seen[k] ? false : (seen[k] = true);
    }).map(load));
  }

  function now() {
    return window.performance ? performance.now() : Date.now();
  }

  /* ---- documents ------------------------------------------------------ */

  function kindOf(id) {
    return data.kinds[parseInt(data.kind.charAt(id), 36)] || "";
  }

  function yearsByDoc() {
    var years = [];
    data.years.forEach(function (y) {
      for (var i = y[1]; i < y[2]; i++) years[i] = y[0];
    });
    return years;
  }

  // How many documents name each entity page's entity, by document number.
  function popularityByDoc() {
    var out = {}, next = 0;
    for (var i = 0; i < data.count; i++) {
      if (kindOf(i) === "entity") out[i] = data.popularity[next++] || 0;
    }
    return out;
  }

  // Metadata of a document whose page is loaded.
  function docMeta(id) {
    var page = loaded["d-" + Math.floor(id / data.pageSize)];
    var doc = page && page[id % data.pageSize];
    return doc ? { doc: doc, kind: kindOf(id) } : null;
  }

  /* ---- index ---------------------------------------------------------- */

  // Shards to load for a query token: the one holding the token, and when
  // few enough, those holding every term that starts with it (expand).
  function shardsFor(token) {
    var s = data.shards, lo = 0, hi = s.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (s[mid] <= token) lo = mid + 1; else hi = mid;
    }
    var first = Math.max(0, lo - 1), last = first;
    while (last + 1 < s.length && s[last + 1].indexOf(token) === 0) last++;
    var expand = last - first < MAX_EXPAND_SHARDS;
    return { token: token, first: first, last: expand ? last : first, expand: expand };
  }

  // An elasticlunr index holding the postings of the terms that `plans`
  // need, for a collection of data.count documents.
  function miniIndex(plans) {
    var fields = data.fields, lengths = loaded.lengths, added = {};
    var idx = elasticlunr(function () {
      this.setRef("id");
      this.saveDocument(false);
      for (var f = 0; f < fields.length; f++) this.addField(fields[f]);
    });
    idx.documentStore.length = data.count;
    idx.documentStore.getFieldLength = function (ref, field) {
      var l = lengths[fields.indexOf(field)];
      return (l && l[ref]) || 0;
    };
    plans.forEach(function (plan) {
      for (var s = plan.first; s <= plan.last; s++) {
        loaded["t-" + s].forEach(function (terms, f) {
          for (var j = 0; j < terms.length; j += 2) {
            var term = terms[j];
            var wanted = plan.expand ? term.indexOf(plan.token) === 0 : term === plan.token;
            if (!wanted || added[f + "/" + term]) continue;
            added[f + "/" + term] = true;
            addPostings(idx.index[fields[f]], term, terms[j + 1]);
          }
        });
      }
    });
    return idx;
  }

  // Postings: document gaps (g: count 1; -g, n: count n), tf = sqrt(count).
  function addPostings(inverted, term, postings) {
    var doc = -1;
    for (var j = 0; j < postings.length; j++) {
      var v = postings[j], count = 1;
      if (v < 0) {
        v = -v;
        count = postings[++j];
      }
      doc += v;
      inverted.addToken(term, { ref: String(doc), tf: Math.sqrt(count) });
    }
  }

  // Resolves with the scored hits of `query` and when the shards arrived.
  function search(query, tokens) {
    if (!tokens.length) return Promise.resolve({ hits: [], arrived: now() });
    var plans = tokens.map(shardsFor);
    var keys = ["lengths"];
    plans.forEach(function (p) {
      for (var s = p.first; s <= p.last; s++) keys.push("t-" + s);
    });
    return loadAll(keys).then(function () {
      var arrived = now();
      var idx = miniIndex(plans);
      var config = { fields: {}, bool: "OR", expand: true };
      data.fields.forEach(function (f) { config.fields[f] = { boost: BOOSTS[f] || 1 }; });
      var coverage = tokenCoverage(idx, tokens);
      var hits = idx.search(query, config).map(function (r) {
        var id = Number(r.ref), kind = kindOf(id);
        var score = r.score * (KIND_BOOST[kind] || 1);
        if (kind === "entity") score *= 1 + Math.log(1 + (popularity[id] || 0)) / 4;
        return { id: id, kind: kind, score: score, terms: coverage[r.ref] || 0 };
      });
      return { hits: hits, arrived: arrived };
    });
  }

  // For each document ref, how many of the query tokens it matches (as a
  // prefix, like expand: true) in any field.
  function tokenCoverage(idx, tokens) {
    var counts = {};
    tokens.forEach(function (token) {
      var refs = {};
      data.fields.forEach(function (field) {
        var inverted = idx.index[field];
        inverted.expandToken(token).forEach(function (term) {
          for (var ref in inverted.getDocs(term)) refs[ref] = true;
        });
      });
      for (var ref in refs) counts[ref] = (counts[ref] || 0) + 1;
    });
    return counts;
  }

  /* ---- filters and URL ------------------------------------------------ */

  function fillYears() {
    var counts = {}, order = [];
    data.years.forEach(function (y) {
      if (!(y[0] in counts)) { counts[y[0]] = 0; order.push(y[0]); }
      counts[y[0]] += y[2] - y[1];
    });
    order.forEach(function (y) { addOption(filters.year, y, y + " (" + counts[y] + ")"); });
  }

  // The names a filter offers ([name, documents, chunk]), loaded and put in
  // its <select> the first time they are needed.
  function facetList(name) {
    if (!data.facets[name]) return Promise.resolve([]);
    var first = !loading[name];
    return load(name).then(function (names) {
      var select = filters[name];
      if (first && select) {
        var keep = select.value;
        names.slice().sort(function (a, b) { return a[0].localeCompare(b[0]); })
          .forEach(function (n) { addOption(select, n[0], n[0] + " (" + n[1] + ")"); });
        select.value = keep;
      }
      return names;
    });
  }

  // The documents (as a set) of the name chosen in a filter; null for none.
  function facetDocs(name, value) {
    if (!value) return Promise.resolve(null);
    return facetList(name).then(function (names) {
      var id = -1;
      for (var i = 0; i < names.length; i++) if (names[i][0] === value) id = i;
      if (id < 0) return {};
      return load(name + "-" + names[id][2]).then(function (chunk) {
        var set = {}, doc = -1, gaps = chunk[id] || [];
        for (var j = 0; j < gaps.length; j++) set[doc += gaps[j]] = true;
        return set;
      });
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
    setSelect(filters.year, params.get("year"));
    return Promise.all(["entity", "topic"].map(function (name) {
      var value = params.get(name);
      if (!value) return null;
      return facetList(name).then(function () { setSelect(filters[name], value); });
    }));
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

  function passes(id, kind, state, sets) {
    if (filters.types.length && state.types.indexOf(kind) < 0) return false;
    if (state.year && docYear[id] !== state.year) return false;
    if (sets.entity && !sets.entity[id]) return false;
    if (sets.topic && !sets.topic[id]) return false;
    return true;
  }

  /* ---- searching ------------------------------------------------------ */

  function run() {
    var mine = ++seq;
    var query = input.value.trim();
    var state = filterState();
    var filtered = state.entity || state.topic || state.year ||
      (filters.types.length && state.types.length < filters.types.length);
    writeUrl(query, state);
    if (!query && !filtered) {
      current = null;
      render(false);
      setText(status, "Type to search " + data.count + " pages.");
      return;
    }
    var tokens = query ? pipeline.run(elasticlunr.tokenizer(query)) : [];
    var record = { query: query, from: stats.files.length };
    Promise.all([
      query ? search(query, tokens) : null,
      facetDocs("entity", state.entity),
      facetDocs("topic", state.topic)
    ]).then(function (r) {
      if (mine !== seq) return null;
      var start = r[0] ? r[0].arrived : now();
      var sets = { entity: r[1], topic: r[2] };
      var hits = query ? r[0].hits.filter(function (h) {
        return passes(h.id, h.kind, state, sets);
      }) : browse(state, sets);
      // elasticlunr coordinates terms within a field only: put the pages
      // that match more of the query's terms (in any field) first.
      if (query) hits.sort(function (a, b) { return b.terms - a.terms || b.score - a.score; });
      record.rankMs = now() - start;
      current = { hits: hits, tokens: tokens, query: query, shown: 0, run: mine, record: record };
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
      var kind = kindOf(id);
      if (passes(id, kind, state, sets)) hits.push({ id: id, kind: kind, score: 0 });
    }
    return hits;
  }

  // Loads the metadata of the next PAGE_RESULTS hits and shows them.
  function showMore() {
    var now0 = current;
    if (!now0) return null;
    var want = Math.min(now0.hits.length, now0.shown + PAGE_RESULTS);
    var keys = now0.hits.slice(now0.shown, want).map(function (h) {
      return "d-" + Math.floor(h.id / data.pageSize);
    });
    var firstNew = now0.shown;
    return loadAll(keys).then(function () {
      if (current !== now0) return;
      var start = now();
      now0.shown = want;
      render(true);
      var record = now0.record;
      record.renderMs = now() - start;
      record.files = stats.files.slice(record.from);
      if (stats.runs[stats.runs.length - 1] !== record) stats.runs.push(record);
      if (firstNew > 0) {
        var links = resultLinks();
        if (links[firstNew]) links[firstNew].focus();
      }
    });
  }

  /* ---- rendering ------------------------------------------------------ */

  function render(announce) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var hits = current ? current.hits : [];
    var shown = current ? current.shown : 0;
    var query = current ? current.query : "";
    for (var i = 0; i < shown; i++) {
      var meta = docMeta(hits[i].id);
      if (meta) list.appendChild(resultItem(meta.doc, meta.kind, current.tokens));
    }
    if (more) more.hidden = !(announce && hits.length > shown);
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
      if (hits.length > shown) message += " Showing the first " + shown + ".";
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
