// Keyboard path of the review queue: j/k move, a accepts, r rejects (asks the reason),
// c corrects (asks the value), o opens the document at the quote. Keys typed into a field
// are left alone.
(function () {
  "use strict";
  function rows() { return Array.from(document.querySelectorAll("tr.figure")); }
  function current() { return document.activeElement && document.activeElement.closest ? document.activeElement.closest("tr.figure") : null; }
  function move(step) {
    var all = rows(); if (!all.length) return;
    var i = all.indexOf(current());
    var next = all[Math.max(0, Math.min(all.length - 1, i < 0 ? 0 : i + step))];
    next.focus(); next.scrollIntoView({block: "nearest"});
  }
  function press(row, action) {
    var button = row.querySelector("button[value=" + action + "]");
    if (button) button.click();
  }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) {
      if (e.key === "Escape") { var r = t.closest("tr.figure"); if (r) r.focus(); }
      return;
    }
    var row = current();
    if (e.key === "j") { move(1); e.preventDefault(); }
    else if (e.key === "k") { move(-1); e.preventDefault(); }
    else if (row && e.key === "a") { press(row, "accept"); e.preventDefault(); }
    else if (row && e.key === "r") { row.querySelector("input.reason").focus(); e.preventDefault(); }
    else if (row && e.key === "c") { row.querySelector("input.fix-value").focus(); e.preventDefault(); }
    else if (row && e.key === "o") { var a = row.querySelector("a.open"); if (a) window.open(a.href, "_blank"); e.preventDefault(); }
  });
  // A document opened from a figure shows the figure's sentence, not the top of the page.
  document.addEventListener("DOMContentLoaded", function () {
    var quote = document.getElementById("quote");
    if (quote && quote.textContent) { quote.scrollIntoView({block: "center"}); }
  });
  // After a save, keep the focus on the row that replaced the old one, then move on.
  document.addEventListener("htmx:afterSwap", function (e) {
    var row = e.detail.target && document.getElementById(e.detail.target.id);
    if (row && row.matches("tr.figure")) { row.focus(); }
  });
  // In a reason or value field, Enter saves as reject or correct.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.key !== "Enter" || !t || t.tagName !== "INPUT") return;
    var row = t.closest("tr.figure"); if (!row) return;
    if (t.classList.contains("reason") && !row.querySelector("input.fix-value").value) { press(row, "reject"); e.preventDefault(); }
    else if (t.classList.contains("fix-value") || t.classList.contains("fix-date")) { press(row, "correct"); e.preventDefault(); }
  });
})();
