/* dossier: the search engine behind search.html (the page itself is
 * static/search.js).
 *
 * search_index.js (the manifest, window.dossierSearch) says how the index is
 * split; everything else is loaded on demand as classic scripts (so this
 * works from file://) that call window.dossierSearchShard(key, data): for a
 * query, the term shards holding its terms and the field lengths; for the
 * results shown, their pages of metadata; for a filter, the part of its
 * list of names holding the chosen one (all parts for its drop-down) and
 * the documents of that name. Queries are tokenized by
 * elasticlunr's pipeline and scored with elasticlunr's formula (see score()).
 * Sets window.dossierSearchEngine, or nothing when the manifest or
 * elasticlunr is missing.
 */
(function () {
  "use strict";

  var FORMAT = 3;
  // A query token matching the start of terms in more shards than this is
  // matched exactly: a one-letter prefix would otherwise load a large part
  // of the index.
  var MAX_EXPAND_SHARDS = 3;
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  var data = window.dossierSearch;
  if (!data || data.format !== FORMAT || typeof elasticlunr === "undefined") return;

  var base = indexBase();
  var loaded = {};
  var loading = {};
  // What was loaded, and for each query what it loaded and how long ranking
  // and rendering took after the files arrived (read by the benchmark).
  var stats = window.dossierSearchStats = { files: [], runs: [] };
  window.dossierSearchShard = function (key, value) { loaded[key] = value; };
  var digit = new Uint8Array(128);
  for (var d = 0; d < DIGITS.length; d++) digit[DIGITS.charCodeAt(d)] = d;
  var docYear = yearsByDoc();
  var popularity = popularityByDoc();

  window.dossierSearchEngine = {
    data: data,
    pipeline: elasticlunr().pipeline,
    stats: stats,
    now: now,
    load: load,
    kindOf: kindOf,
    yearOf: function (id) { return docYear[id]; },
    search: search,
    docs: docs,
    facetList: facetList,
    facetDocs: facetDocs
  };

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

  // Resolves with the metadata ({doc, kind}) of documents `ids`, loading
  // their pages.
  function docs(ids) {
    var size = data.pageSize;
    return loadAll(ids.map(function (id) { return "d-" + Math.floor(id / size); }))
      .then(function () {
        return ids.map(function (id) {
          var page = loaded["d-" + Math.floor(id / size)];
          return { doc: (page && page[id % size]) || { title: "", url: "" }, kind: kindOf(id) };
        });
      });
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

  // The length of field number `f` of document `doc`: base-64 digits.
  function fieldLength(f, doc) {
    var entry = loaded.lengths[f];
    if (!entry) return 0;
    var width = entry[0], text = entry[1], value = 0;
    for (var k = doc * width; k < doc * width + width; k++) value = value * 64 + (digit[text.charCodeAt(k)] || 0);
    return value;
  }

  // Scores every document matching `plans` (one per query token) with
  // elasticlunr.js 0.9.5's formula (Index.search with bool "OR", expand
  // true), on typed arrays instead of an elasticlunr.Index: building one took
  // 30 to 110 ms a query at 10,000 documents. Per field: for each query
  // token and each indexed term it expands to, for each document holding the
  // term, tf · idf · norm · penalty, where tf = sqrt(count), idf = 1 +
  // ln(documents / (df + 1)), norm = 1 / sqrt(field length) (1 for length
  // 0), penalty = 1 for the token itself, else 0.15 · (1 - (term length -
  // token length) / term length); then elasticlunr's coordNorm: a document
  // holding k of the n query tokens exactly has its field score times k / n
  // (one holding none, only longer terms, keeps it); the field scores, times
  // the field boosts, are summed. Also counts, per document, how many query
  // tokens it matches (as a prefix) in any field. Returns {ids, scores, terms}.
  function score(plans, boosts) {
    var n = data.count, fields = data.fields;
    var total = new Float64Array(n), fieldScore = new Float64Array(n), tokenScore = new Float64Array(n);
    var exact = new Uint16Array(n), mask = new Uint32Array(n), inField = new Uint8Array(n);
    var hit = new Uint8Array(n), ids = [];
    for (var f = 0; f < fields.length; f++) {
      var touched = [];
      plans.forEach(function (plan, t) {
        var bit = 1 << Math.min(t, 31), tokenDocs = [];
        for (var s = plan.first; s <= plan.last; s++) {
          var terms = loaded["t-" + s][f] || [];
          for (var j = 0; j < terms.length; j += 2) {
            var term = terms[j];
            var same = term === plan.token;
            if (!(same || (plan.expand && term.indexOf(plan.token) === 0))) continue;
            var postings = terms[j + 1], df = 0;
            for (var k = 0; k < postings.length; k++, df++) if (postings[k] < 0) k++;
            var idf = 1 + Math.log(n / (df + 1));
            var penalty = same ? 1 : 0.15 * (1 - (term.length - plan.token.length) / term.length);
            var doc = -1;
            for (k = 0; k < postings.length; k++) {
              var v = postings[k], count = 1;
              if (v < 0) { v = -v; count = postings[++k]; }
              doc += v;
              var length = fieldLength(f, doc);
              var norm = length ? 1 / Math.sqrt(length) : 1;
              if (!(mask[doc] & bit) || !tokenScore[doc]) tokenDocs.push(doc);
              // The same operations in the same order as elasticlunr.js.
              tokenScore[doc] += Math.sqrt(count) * idf * norm * penalty;
              if (same) exact[doc]++;
              mask[doc] |= bit;
            }
          }
        }
        tokenDocs.forEach(function (doc) {
          if (!tokenScore[doc]) return;
          if (!inField[doc]) { inField[doc] = 1; touched.push(doc); }
          fieldScore[doc] += tokenScore[doc];
          tokenScore[doc] = 0;
        });
      });
      var boost = boosts[fields[f]] || 1;
      touched.forEach(function (doc) {
        var value = fieldScore[doc];
        if (exact[doc]) value = value * exact[doc] / plans.length;
        total[doc] += value * boost;
        fieldScore[doc] = 0;
        exact[doc] = 0;
        inField[doc] = 0;
        if (!hit[doc]) { hit[doc] = 1; ids.push(doc); }
      });
    }
    var terms = ids.map(function (doc) {
      var m = mask[doc], c = 0;
      while (m) { c += m & 1; m >>>= 1; }
      return c;
    });
    return { ids: ids, scores: ids.map(function (doc) { return total[doc]; }), terms: terms };
  }

  // Resolves with {hits, arrived}: the hits of the query whose pipeline
  // output is `tokens`, as {id, kind, score, terms}, in ascending document
  // order, and when the shards they needed had arrived. `boosts`: per field;
  // `kindBoost`: per kind of page; entity pages also weigh by how many
  // documents name them.
  function search(tokens, boosts, kindBoost) {
    if (!tokens.length) return Promise.resolve({ hits: [], arrived: now() });
    var plans = tokens.map(shardsFor);
    var keys = ["lengths"];
    plans.forEach(function (p) {
      for (var s = p.first; s <= p.last; s++) keys.push("t-" + s);
    });
    return loadAll(keys).then(function () {
      var arrived = now();
      var r = score(plans, boosts);
      var hits = r.ids.map(function (id, i) {
        var kind = kindOf(id);
        var value = r.scores[i] * (kindBoost[kind] || 1);
        if (kind === "entity") value *= 1 + Math.log(1 + (popularity[id] || 0)) / 4;
        return { id: id, kind: kind, score: value, terms: r.terms[i] };
      });
      hits.sort(function (a, b) { return a.id - b.id; });
      return { hits: hits, arrived: arrived };
    });
  }

  /* ---- filters -------------------------------------------------------- */

  // Resolves with the names a filter ("entity", "topic") offers, as
  // [name, documents, chunk], in the order of their numbers.
  function facetList(name) {
    var facet = data.facets[name];
    if (!facet) return Promise.resolve([]);
    return Promise.all(facet.parts.map(function (p, i) { return load(name + "-names-" + i); }))
      .then(function (parts) { return [].concat.apply([], parts); });
  }

  // Resolves with the documents (a set) of `value` in filter `name`; null
  // when no value is chosen. Loads only the part of the names holding it:
  // the last whose first name is not after it (names are in the order
  // JavaScript compares strings).
  function facetDocs(name, value) {
    if (!value) return Promise.resolve(null);
    var facet = data.facets[name];
    if (!facet || !facet.parts.length) return Promise.resolve({});
    var parts = facet.parts, lo = 0, hi = parts.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (parts[mid][0] <= value) lo = mid + 1; else hi = mid;
    }
    var p = Math.max(0, lo - 1);
    return load(name + "-names-" + p).then(function (names) {
      var at = -1;
      for (var i = 0; i < names.length; i++) if (names[i][0] === value) at = i;
      if (at < 0) return {};
      var id = parts[p][1] + at;
      return load(name + "-" + names[at][2]).then(function (chunk) {
        var set = {}, doc = -1, gaps = chunk[id] || [];
        for (var j = 0; j < gaps.length; j++) set[doc += gaps[j]] = true;
        return set;
      });
    });
  }
})();
