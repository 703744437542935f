/* 关怀版 switch: larger text, higher contrast, bigger targets; remembered across pages in localStorage.
   Loaded in <head> so a page never flashes in the standard style first. Without scripts the button
   stays hidden and the standard page is fully readable. */
(function () {
  var KEY = 'gsl-care';
  var root = document.documentElement;
  try {
    if (window.localStorage.getItem(KEY) === '1') root.setAttribute('data-care', '');
  } catch (e) {
    /* storage blocked (private mode): the switch still works for this page */
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('care-toggle');
    if (!button) return;
    var sync = function () {
      button.setAttribute('aria-pressed', root.hasAttribute('data-care') ? 'true' : 'false');
    };
    button.hidden = false;
    sync();
    button.addEventListener('click', function () {
      var on = !root.hasAttribute('data-care');
      if (on) root.setAttribute('data-care', '');
      else root.removeAttribute('data-care');
      try {
        window.localStorage.setItem(KEY, on ? '1' : '0');
      } catch (e) {
        /* not remembered, but applied */
      }
      sync();
    });
  });
})();
