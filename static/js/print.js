// Progressive enhancement only: without JavaScript the page asks for the browser's Print command.
(function () {
  var button = document.getElementById("print-button");
  if (button) {
    button.hidden = false;
    document.getElementById("print-hint").hidden = true;
    button.addEventListener("click", function () {
      window.print();
    });
  }
  // print.css opens closed <details> where the browser supports ::details-content; elsewhere
  // they are opened for printing and closed again afterwards.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
    opened.forEach(function (details) {
      details.open = true;
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) {
      details.open = false;
    });
    opened = [];
  });
})();
