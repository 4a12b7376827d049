// dossier: small enhancements for every page. Loaded as a classic script so
// it works from file:// and under a Content-Security-Policy without inline
// script. Everything here is optional: pages work without it.
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
