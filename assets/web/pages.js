// The staff pages' one script (no inline script: the pages' CSP is default-src 'self').
// Shows a banner while the planner cannot be reached; htmx keeps what was typed in the form.
// A button marked data-afdrukken opens the browser's print dialog (the workbook's print views).
// Copies a field's value for a copy button.
(function () {
  "use strict";
  function banner(show) {
    var el = document.getElementById("verbinding");
    if (el) el.hidden = !show;
  }
  document.addEventListener("htmx:error", function () { banner(true); });
  document.addEventListener("htmx:after:request", function (e) {
    var ctx = e.detail && e.detail.ctx;
    if (ctx && ctx.response) banner(false);
  });
  window.addEventListener("offline", function () { banner(true); });
  window.addEventListener("online", function () { banner(false); });
  document.addEventListener("click", function (e) {
    if (e.target.closest && e.target.closest("[data-afdrukken]")) window.print();
  });
  // A button with data-kopieer="ID" copies the value of field ID (the calendar link).
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("[data-kopieer]");
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-kopieer"));
    if (!field) return;
    field.select();
    var done = function () { button.textContent = "Gekopieerd"; };
    if (navigator.clipboard && window.isSecureContext)
      navigator.clipboard.writeText(field.value).then(done, function () {});
    else if (document.execCommand && document.execCommand("copy")) done();
  });
})();
