// dossier: makes the network drawings (svg.netgraph, laid out at build time)
// interactive: labels that keep their size while zooming and appear as they
// fit (each label's data-s is the zoom from which it collides with nothing),
// hover and focus highlight an entity's neighbours, and on the network page
// zoom, pan, and filters by kind and by articles in common. Without this
// script the drawing is a plain SVG whose nodes are links.
// A classic script (works from file://, under a CSP without inline script);
// nothing here parses HTML. An entity page's neighbourhood comes as data and
// is drawn here (without script its list of neighbours stands alone).
(function () {
  "use strict";
  var FONT = 11; // label size on screen, px (src/render/labels.rs FONT)
  var GAP = 3; // px between a node and its label (labels.rs GAP)
  var MAX_ZOOM = 8;

  function num(el, name) {
    return parseFloat(el.getAttribute(name)) || 0;
  }

  function Graph(svg, figure) {
    var box = svg.viewBox.baseVal;
    this.svg = svg;
    this.figure = figure;
    this.home = { x: box.x, y: box.y, w: box.width, h: box.height };
    this.view = { x: box.x, y: box.y, w: box.width, h: box.height };
    this.nodes = [];
    this.edges = [];
    var self = this;
    Array.prototype.forEach.call(svg.querySelectorAll(".net-node"), function (el) {
      var dot = el.querySelector(".net-dot");
      var label = el.querySelector(".net-label");
      self.nodes[num(el, "data-i")] = {
        el: el,
        kind: (el.getAttribute("class").match(/kind-([a-z]+)/) || [])[1] || "other",
        x: num(dot, "cx"), y: num(dot, "cy"), r: num(dot, "r"),
        label: label, s: label ? num(label, "data-s") : 0,
        side: label ? label.getAttribute("data-side") : "r",
        edges: [], off: false
      };
    });
    Array.prototype.forEach.call(svg.querySelectorAll(".net-edge"), function (el) {
      var e = { el: el, a: num(el, "data-a"), b: num(el, "data-b"), w: num(el, "data-w") };
      if (!self.nodes[e.a] || !self.nodes[e.b]) return;
      self.edges.push(e);
      self.nodes[e.a].edges.push(e);
      self.nodes[e.b].edges.push(e);
    });
    this.min = num(svg, "data-min") || 1;
    this.apply();
  }

  // Screen pixels per drawing unit (the SVG keeps its aspect ratio).
  Graph.prototype.scale = function () {
    var rect = this.svg.getBoundingClientRect();
    if (!rect.width || !rect.height) return 1;
    return Math.min(rect.width / this.view.w, rect.height / this.view.h);
  };

  Graph.prototype.apply = function () {
    var v = this.view;
    this.svg.setAttribute("viewBox", [v.x, v.y, v.w, v.h].map(function (n) { return n.toFixed(2); }).join(" "));
    var s = this.scale();
    this.svg.style.setProperty("--net-font", (FONT / s).toFixed(3) + "px");
    var g = GAP / s;
    this.nodes.forEach(function (n) {
      if (!n || !n.label) return;
      var d = n.r + g, x = n.x, y = n.y;
      if (n.side === "r") x += d;
      else if (n.side === "l") x -= d;
      else if (n.side === "b") y += d;
      else y -= d;
      n.label.setAttribute("x", x.toFixed(2));
      n.label.setAttribute("y", y.toFixed(2));
      n.label.classList.toggle("minor", n.s > s * 1.001);
    });
  };

  // Zooms by `factor` keeping the drawing point (px, py) where it is.
  Graph.prototype.zoom = function (factor, px, py) {
    var v = this.view, h = this.home;
    var w = Math.min(h.w, Math.max(h.w / MAX_ZOOM, v.w / factor));
    var k = w / v.w;
    if (px === undefined) { px = v.x + v.w / 2; py = v.y + v.h / 2; }
    this.view = { x: px - (px - v.x) * k, y: py - (py - v.y) * k, w: w, h: v.h * k };
    this.clamp();
    this.apply();
  };

  Graph.prototype.pan = function (dx, dy) {
    this.view.x += dx;
    this.view.y += dy;
    this.clamp();
    this.apply();
  };

  // Keeps some of the drawing in view.
  Graph.prototype.clamp = function () {
    var v = this.view, h = this.home;
    v.x = Math.min(Math.max(v.x, h.x - v.w / 2), h.x + h.w - v.w / 2);
    v.y = Math.min(Math.max(v.y, h.y - v.h / 2), h.y + h.h - v.h / 2);
  };

  Graph.prototype.reset = function () {
    var h = this.home;
    this.view = { x: h.x, y: h.y, w: h.w, h: h.h };
    this.apply();
  };

  // The drawing point under a client (screen) position.
  Graph.prototype.point = function (clientX, clientY) {
    var rect = this.svg.getBoundingClientRect(), s = this.scale(), v = this.view;
    // The viewBox is centred in the element (preserveAspectRatio xMidYMid).
    var ox = (rect.width - v.w * s) / 2, oy = (rect.height - v.h * s) / 2;
    return { x: v.x + (clientX - rect.left - ox) / s, y: v.y + (clientY - rect.top - oy) / s };
  };

  Graph.prototype.visible = function (e) {
    return !e.off && !this.nodes[e.a].off && !this.nodes[e.b].off;
  };

  Graph.prototype.highlight = function (i) {
    this.clear();
    var n = this.nodes[i], self = this;
    if (!n) return;
    this.svg.classList.add("net-hover");
    n.el.classList.add("is-on");
    n.edges.forEach(function (e) {
      if (!self.visible(e)) return;
      e.el.classList.add("is-near");
      self.nodes[e.a === i ? e.b : e.a].el.classList.add("is-near");
    });
  };

  Graph.prototype.clear = function () {
    this.svg.classList.remove("net-hover");
    Array.prototype.forEach.call(this.svg.querySelectorAll(".is-near, .is-on"), function (el) {
      el.classList.remove("is-near", "is-on");
    });
  };

  // Pans so that node i is in view (after keyboard focus).
  Graph.prototype.reveal = function (i) {
    var n = this.nodes[i], v = this.view, m = v.w * 0.08;
    if (!n) return;
    if (n.x < v.x + m || n.x > v.x + v.w - m || n.y < v.y + m || n.y > v.y + v.h - m) {
      this.view.x = n.x - v.w / 2;
      this.view.y = n.y - v.h / 2;
      this.clamp();
      this.apply();
    }
  };

  // Shows only the kinds ticked and the links with at least `min` articles.
  Graph.prototype.filter = function (kinds, min) {
    var self = this;
    this.min = min;
    this.nodes.forEach(function (n) {
      if (!n) return;
      n.off = kinds.indexOf(n.kind) < 0;
      n.el.classList.toggle("net-off", n.off);
    });
    var shown = 0;
    this.edges.forEach(function (e) {
      e.off = e.w < min;
      e.el.classList.remove("net-weak");
      var on = self.visible(e);
      e.el.classList.toggle("net-off", !on);
      if (on) shown++;
    });
    var nodes = 0;
    this.nodes.forEach(function (n) { if (n && !n.off) nodes++; });
    return { nodes: nodes, links: shown };
  };

  function nodeIndex(target) {
    var el = target && target.closest ? target.closest(".net-node") : null;
    return el ? num(el, "data-i") : -1;
  }

  // Focus the keyboard gave (where :focus-visible is unknown: any focus).
  function focusVisible(el) {
    try { return el.matches(":focus-visible"); } catch (e) { return true; }
  }

  function wireHighlight(graph) {
    var svg = graph.svg;
    svg.addEventListener("pointerover", function (event) {
      var i = nodeIndex(event.target);
      if (i >= 0 && !graph.dragging) graph.highlight(i);
    });
    // Leaving a node with the pointer returns to the keyboard's node, if a
    // node has focus: panning to a focused node moves it from under a
    // resting pointer, and that must not drop the keyboard's highlight.
    svg.addEventListener("pointerout", function (event) {
      if (nodeIndex(event.relatedTarget) >= 0) return;
      var focused = svg.contains(document.activeElement) ? nodeIndex(document.activeElement) : -1;
      if (focused >= 0) graph.highlight(focused); else graph.clear();
    });
    svg.addEventListener("focusin", function (event) {
      var i = nodeIndex(event.target);
      if (i < 0) return;
      graph.highlight(i);
      // Pan to a node the keyboard reached, never to one pressed with the
      // pointer: moving it from under a press would lose the click.
      if (focusVisible(event.target)) graph.reveal(i);
    });
    svg.addEventListener("focusout", function () { graph.clear(); });
  }

  function wireZoom(graph) {
    var svg = graph.svg, pointers = {}, start = null, moved = false;
    svg.classList.add("net-zoomable");
    // A focus stop on the drawing itself: arrows pan, + and − zoom, 0 resets.
    svg.setAttribute("tabindex", "0");
    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var p = graph.point(event.clientX, event.clientY);
      graph.zoom(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002)), p.x, p.y);
    }, { passive: false });
    svg.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) return;
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      start = { x: event.clientX, y: event.clientY };
      moved = false;
    });
    svg.addEventListener("pointermove", function (event) {
      var last = pointers[event.pointerId];
      if (!last) return;
      var ids = Object.keys(pointers);
      if (ids.length === 2) {
        // Pinch: zoom by the change in distance between the two fingers.
        var other = pointers[ids[0] == event.pointerId ? ids[1] : ids[0]];
        var before = Math.hypot(last.x - other.x, last.y - other.y);
        var after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
        var mid = graph.point((event.clientX + other.x) / 2, (event.clientY + other.y) / 2);
        if (before > 0) graph.zoom(after / before, mid.x, mid.y);
        moved = true;
      } else if (ids.length === 1) {
        if (!moved && Math.hypot(event.clientX - start.x, event.clientY - start.y) < 5) return;
        if (!moved) {
          moved = true;
          graph.dragging = true;
          svg.setPointerCapture(event.pointerId);
          svg.classList.add("net-dragging");
          graph.clear();
        }
        var s = graph.scale();
        graph.pan((last.x - event.clientX) / s, (last.y - event.clientY) / s);
      }
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    });
    function up(event) {
      delete pointers[event.pointerId];
      if (Object.keys(pointers).length === 0) {
        graph.dragging = false;
        svg.classList.remove("net-dragging");
      }
    }
    svg.addEventListener("pointerup", up);
    svg.addEventListener("pointercancel", up);
    // A drag that ends on a node does not open it.
    svg.addEventListener("click", function (event) {
      if (moved) { event.preventDefault(); moved = false; }
    }, true);
    svg.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var step = graph.view.w / 8, zoomed = graph.view.w < graph.home.w - 1e-6;
      var keys = {
        "+": function () { graph.zoom(1.5); }, "=": function () { graph.zoom(1.5); },
        "-": function () { graph.zoom(1 / 1.5); }, "0": function () { graph.reset(); },
        ArrowLeft: zoomed && function () { graph.pan(-step, 0); },
        ArrowRight: zoomed && function () { graph.pan(step, 0); },
        ArrowUp: zoomed && function () { graph.pan(0, -step); },
        ArrowDown: zoomed && function () { graph.pan(0, step); }
      };
      var act = keys[event.key];
      if (act) { event.preventDefault(); act(); }
    });
  }

  function wireControls(graph, controls) {
    var status = graph.figure.querySelector(".net-status");
    var range = controls.querySelector("input[name=min]");
    var output = controls.querySelector("output");
    function update() {
      var kinds = [];
      Array.prototype.forEach.call(controls.querySelectorAll("input[name=kind]"), function (box) {
        if (box.checked) kinds.push(box.value);
      });
      var min = range ? Math.max(1, parseInt(range.value, 10) || 1) : 1;
      if (output) output.textContent = String(min);
      var shown = graph.filter(kinds, min);
      graph.clear();
      if (status) {
        status.textContent = shown.nodes + " entit" + (shown.nodes === 1 ? "y" : "ies") + ", " +
          shown.links + " link" + (shown.links === 1 ? "" : "s") + " shown.";
      }
    }
    controls.addEventListener("input", update);
    controls.addEventListener("change", update);
    controls.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("button[data-zoom]") : null;
      if (!button) return;
      var how = button.getAttribute("data-zoom");
      if (how === "in") graph.zoom(1.5);
      else if (how === "out") graph.zoom(1 / 1.5);
      else graph.reset();
    });
    controls.hidden = false;
    update();
  }

  var SVG_NS = "http://www.w3.org/2000/svg";
  var KINDS = { p: "person", o: "organization", l: "place", e: "event" };

  function svgEl(name, attrs, parent) {
    var el = document.createElementNS(SVG_NS, name);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(el);
    return el;
  }

  // Label text: long names cut as src/render/netdraw.rs short_label does.
  function shortLabel(name) {
    var chars = Array.from(name);
    return chars.length <= 24 ? name : chars.slice(0, 23).join("").replace(/\s+$/, "") + "\u2026";
  }

  // A drawing shipped as data (src/render/netdraw.rs `data`): builds the
  // nodes and edges that `draw` would have written. Names and links come
  // from the list beside it (`ol.ranked`: neighbour i is item i), the centre
  // from the page's heading; every name goes in as text, never as markup.
  function build(svg, figure) {
    var section = figure.parentNode;
    var items = section ? section.querySelectorAll("ol.ranked > li") : [];
    var heading = document.querySelector("main h1");
    var edges = svgEl("g", { "class": "net-edges" }, svg);
    var group = svgEl("g", { "class": "net-nodes" }, svg);
    var nodes = svg.getAttribute("data-nodes").split(";").map(function (d) { return d.split(" "); });
    var links = (svg.getAttribute("data-edges") || "").split(";").filter(Boolean).map(function (d) {
      return d.split(" ").map(Number);
    });
    var max = links.reduce(function (m, e) { return Math.max(m, e[2]); }, 1);
    links.forEach(function (e) {
      var a = nodes[e[0]], b = nodes[e[1]];
      if (!a || !b) return;
      svgEl("line", {
        "class": "net-edge", "data-a": e[0], "data-b": e[1], "data-w": e[2],
        x1: a[1], y1: a[2], x2: b[1], y2: b[2],
        "stroke-width": (0.7 + 3.3 * Math.sqrt(e[2] / max)).toFixed(1)
      }, edges);
    });
    nodes.forEach(function (d, i) {
      var kind = KINDS[d[0]] || "other", name = "", title = "", node;
      if (i === 0) {
        name = heading ? heading.textContent.trim() : "";
        title = name;
        node = svgEl("g", { "class": "net-node net-center kind-" + kind, "data-i": i }, group);
      } else {
        var item = items[i - 1], link = item && item.querySelector("a");
        if (!link) return;
        var count = item.querySelector("span");
        name = link.textContent;
        title = name + (count ? ": " + count.textContent + " article" + (count.textContent === "1" ? "" : "s") + " in common" : "");
        node = svgEl("a", { href: link.getAttribute("href"), "class": "net-node kind-" + kind, "data-i": i }, group);
      }
      svgEl("title", {}, node).textContent = title;
      svgEl("circle", { "class": "net-dot", cx: d[1], cy: d[2], r: d[3] }, node);
      svgEl("text", { "class": "net-label", x: d[1], y: d[2], "data-s": d[5], "data-side": d[4] }, node).textContent = shortLabel(name);
    });
    figure.hidden = false;
  }

  Array.prototype.forEach.call(document.querySelectorAll("svg.netgraph"), function (svg) {
    var figure = svg.closest("figure") || svg.parentNode;
    if (svg.hasAttribute("data-nodes")) build(svg, figure);
    var graph = new Graph(svg, figure);
    figure.classList.add("net-live");
    wireHighlight(graph);
    var controls = figure.querySelector(".net-controls");
    if (controls) {
      wireZoom(graph);
      wireControls(graph, controls);
    }
    var again = function () { graph.apply(); };
    if (window.ResizeObserver) new ResizeObserver(again).observe(svg);
    else window.addEventListener("resize", again);
    svg.dossierGraph = graph; // for the browser tests
  });
})();
