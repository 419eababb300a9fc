// Progressive enhancement only: without JavaScript the page asks for the browser's Print command.
// The page prints as it is shown: closed sections stay out of the printout (print.css), and the
// "Print with all details" link opens a version with every section open.
(function () {
  var button = document.getElementById("print-button");
  if (button) {
    button.hidden = false;
    document.getElementById("print-hint").hidden = true;
    button.addEventListener("click", function () {
      window.print();
    });
  }
})();
