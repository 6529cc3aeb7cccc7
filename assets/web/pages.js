// The staff pages' one script (no inline script: the pages' CSP is default-src 'self').
// Shows a banner while the planner cannot be reached; htmx keeps what was typed in the form.
// A button marked data-afdrukken opens the browser's print dialog (the workbook's print views).
// Copies a field's value for a copy button. Sends a photo chosen or taken on the tablet.
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
  // A file field with data-foto="URL" sends the photo chosen or taken there (PUT, as the API
  // takes it), then shows the page again; a refusal's message shows next to the field.
  document.addEventListener("change", function (e) {
    var input = e.target;
    if (!input.matches || !input.matches("input[data-foto]") || !input.files.length) return;
    var file = input.files[0];
    var message = document.getElementById(input.id + "-melding");
    var csrf = input.form && input.form.querySelector("input[name=csrf]");
    var say = function (text) { if (message) { message.textContent = text; message.hidden = false; } };
    say("Foto wordt verstuurd...");
    fetch(input.getAttribute("data-foto"), {
      method: "PUT", body: file, credentials: "same-origin",
      headers: { "Content-Type": file.type || "application/octet-stream",
                 "X-CSRF-Token": csrf ? csrf.value : "" }
    }).then(function (res) {
      if (res.ok) { window.location.reload(); return; }
      return res.json().then(function (body) { say(body.message); },
                             function () { say("De foto kwam niet aan; probeer het opnieuw."); });
    }, function () { banner(true); say("Geen verbinding; de foto is niet verstuurd."); });
  });
})();
