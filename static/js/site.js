// Progressive enhancement only: every page works without this file.
// On a phone the filter panel starts folded so the timeline is in view; it stays open when filters are in use.
document.addEventListener("DOMContentLoaded", function () {
  var filters = document.querySelector("details.filters");
  if (filters && !filters.hasAttribute("data-active") && window.matchMedia("(max-width: 899px)").matches) {
    filters.open = false;
  }
});

// The briefing's print button needs a script, so it stays hidden without one (the browser's own Print works).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
});
