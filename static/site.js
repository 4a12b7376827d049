// dossier: small enhancements for every page, copy buttons and hover
// previews, in one file so that a page costs one request. Loaded as a
// classic script so it works from file:// and under a Content-Security-Policy
// without inline script. Everything here is optional: pages work without it.
(function () {
  "use strict";

  // Copy buttons: <button data-copy="ID"> copies the text of element #ID.
  function copyText(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text, done); });
    } else {
      fallback(text, done);
    }
  }

  // file:// pages in some browsers have no async clipboard: select a hidden
  // textarea and use the older copy command.
  function fallback(text, done) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    done(ok);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var label = button.textContent;
    copyText(source.textContent, function (ok) {
      button.textContent = ok === false ? "Select and copy" : "Copied";
      window.setTimeout(function () { button.textContent = label; }, 1500);
    });
  });
})();

// Hover previews. Pointing at (or focusing by keyboard) a link to an
// article or entity page shows a small card: kind, name, a line of text,
// counts and dates, placed below the link (above when there is no room), so
// it never covers the line being read. Escape hides it; touch shows nothing.
// The data is in shared shard files, previews/N.js (src/render/previews.rs),
// loaded on demand by <script> tags, so previews work from file:// too.
// Every string from the data goes in with textContent, never as HTML.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src || !window.URL || !document.body) return;
  var root = new URL("../", script.src).href; // static/site.js -> site root
  var SHOW_MS = 350, HIDE_MS = 200, GAP = 6;

  var shards = 0, manifest = null, data = {}, loaded = {}, waiting = {};
  var api = window.dossierPreviews = {
    manifest: function (n) {
      shards = n > 0 ? n : 0;
      var queued = manifest || [];
      manifest = [];
      queued.forEach(function (f) { f(); });
    },
    add: function (i, entries) {
      Object.keys(entries).forEach(function (k) { data[k] = entries[k]; });
      loaded[i] = true;
      (waiting[i] || []).forEach(function (f) { f(); });
      delete waiting[i];
    }
  };

  function inject(src) {
    var tag = document.createElement("script");
    tag.src = root + src;
    tag.async = true;
    document.head.appendChild(tag);
  }

  // FNV-1a over the UTF-8 bytes, as in src/render/previews.rs.
  function hash(key) {
    var bytes = new TextEncoder().encode(key), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
    }
    return h;
  }

  // Calls back with the entry for `key` (or undefined), loading its shard.
  function lookup(key, callback) {
    if (manifest === null) {
      manifest = [function () { lookup(key, callback); }];
      inject("previews/index.js");
      return;
    }
    if (Array.isArray(manifest) && shards === 0) {
      manifest.push(function () { lookup(key, callback); });
      return;
    }
    var i = hash(key) % shards;
    if (loaded[i]) return callback(data[key]);
    if (!waiting[i]) {
      waiting[i] = [];
      inject("previews/" + i + ".js");
    }
    waiting[i].push(function () { callback(data[key]); });
  }

  // The site-root-relative page a link leads to, or null.
  function keyOf(link) {
    if (link.closest("svg, nav, .site-header, .skip, .preview-card")) return null;
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#") return null;
    var url;
    try { url = new URL(href, location.href); } catch (e) { return null; }
    var page = url.href.split("#")[0].split("?")[0];
    if (page.indexOf(root) !== 0 || page === location.href.split("#")[0].split("?")[0]) return null;
    var key;
    try { key = decodeURIComponent(page.slice(root.length)); } catch (e) { return null; }
    return /\.html$/.test(key) ? key : null;
  }

  var card = document.createElement("div");
  card.className = "preview-card";
  card.id = "preview-card";
  card.setAttribute("role", "tooltip");
  card.hidden = true;
  document.body.appendChild(card);

  var lang = document.documentElement.lang || undefined;
  function day(iso) {
    if (!iso) return "";
    var d = new Date(iso + "T00:00:00Z");
    if (isNaN(d)) return iso;
    try {
      return d.toLocaleDateString(lang, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    } catch (e) { return iso; }
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function para(className, text) {
    var p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    card.appendChild(p);
    return p;
  }

  function fill(entry) {
    while (card.firstChild) card.removeChild(card.firstChild);
    var kind = String(entry[0]), meta = [];
    para("preview-kind kind-" + kind.replace(/[^a-z]/g, ""), kind === "organization" ? "organisation" : kind);
    para("preview-name", String(entry[1]));
    if (entry[2]) para("preview-line", String(entry[2]));
    if (kind === "article") {
      if (entry[3]) meta.push(day(entry[3]));
      if (entry[4]) meta.push(String(entry[4]));
      if (entry[5]) meta.push(plural(entry[5], "word"));
    } else {
      meta.push(plural(entry[3], "article"), plural(entry[4], "mention"));
      if (entry[5]) meta.push(entry[5] === entry[6] ? day(entry[5]) : day(entry[5]) + " – " + day(entry[6]));
    }
    para("preview-meta", meta.join(" · "));
  }

  var current = null, showTimer = 0, hideTimer = 0, dismissed = null;

  // Below the line of the link nearest the pointer (or its last line), or
  // above its first line when there is no room below.
  function place(link, pointerY) {
    var rects = link.getClientRects();
    if (!rects.length) return;
    var below = rects[rects.length - 1], above = rects[0];
    if (pointerY !== undefined) {
      for (var i = 0; i < rects.length; i++) {
        if (pointerY >= rects[i].top && pointerY <= rects[i].bottom) { below = above = rects[i]; break; }
      }
    }
    var w = card.offsetWidth, h = card.offsetHeight;
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    var top = below.bottom + GAP;
    if (top + h > vh && above.top - GAP - h >= 0) top = above.top - GAP - h;
    var left = Math.max(8, Math.min(below.left, vw - w - 8));
    card.style.left = (left + window.scrollX) + "px";
    card.style.top = (top + window.scrollY) + "px";
  }

  function show(link, pointerY) {
    var key = keyOf(link);
    if (!key) return;
    lookup(key, function (entry) {
      if (!entry || current !== link) return;
      fill(entry);
      card.hidden = false;
      card.classList.remove("is-shown");
      place(link, pointerY);
      card.classList.add("is-shown");
      link.setAttribute("aria-describedby", card.id);
    });
  }

  function hide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (current) current.removeAttribute("aria-describedby");
    current = null;
    card.hidden = true;
    card.classList.remove("is-shown");
  }

  function linkOf(target) {
    var link = target && target.closest ? target.closest("a[href]") : null;
    return link && keyOf(link) ? link : null;
  }

  document.addEventListener("pointerover", function (event) {
    if (event.pointerType === "touch") return;
    if (card.contains(event.target)) { clearTimeout(hideTimer); return; }
    var link = linkOf(event.target);
    if (!link || link === dismissed) return;
    clearTimeout(hideTimer);
    if (link === current) return;
    clearTimeout(showTimer);
    var y = event.clientY;
    showTimer = setTimeout(function () {
      if (current) current.removeAttribute("aria-describedby");
      current = link;
      show(link, y);
    }, current ? 80 : SHOW_MS);
  });
  document.addEventListener("pointerout", function (event) {
    if (event.pointerType === "touch") return;
    var from = linkOf(event.target) || (card.contains(event.target) ? card : null);
    if (!from) return;
    var to = event.relatedTarget;
    if (from === dismissed && !(to && from.contains(to))) dismissed = null;
    if (to && (from.contains(to) || card.contains(to))) return;
    clearTimeout(showTimer);
    hideTimer = setTimeout(hide, HIDE_MS);
  });
  document.addEventListener("focusin", function (event) {
    var link = linkOf(event.target);
    if (!link) return;
    var keyboard = true;
    try { keyboard = link.matches(":focus-visible"); } catch (e) { keyboard = true; }
    if (!keyboard) return;
    hide();
    current = link;
    show(link);
  });
  document.addEventListener("focusout", function (event) {
    if (event.target === current) hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current && !card.hidden) {
      dismissed = current;
      hide();
    }
  });
  window.addEventListener("blur", hide);
  api.card = card; // for the browser tests
})();
