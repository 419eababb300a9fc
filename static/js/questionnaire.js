// Moves focus to the error summary, so that it is read first. Without JavaScript the summary is
// still the first thing in the main content, and its links lead to the fields.
(function () {
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
})();
