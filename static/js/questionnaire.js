// Progressive enhancement only: everything works without it.
// The error summary takes the focus, so that it is read first; its links then move the focus to
// the field they name (a plain link to an id only scrolls there).
(function () {
  var summary = document.getElementById("error-summary");
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    var field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (field) {
      event.preventDefault();
      field.focus();
      (field.closest(".question") || field).scrollIntoView();
    }
  });
})();
