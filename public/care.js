/* The site's one classic script, loaded in <head> on every page. 关怀版 switch: larger text, higher contrast, bigger
   targets; remembered across pages in localStorage. Also the 打印 buttons and the tab bar's fallback scroll.
   Loaded in <head> so a page is drawn in its mode from the first paint: it marks the page as scripted
   (data-scripted, which shows the switch and other controls that need scripts) and applies the stored mode before
   the body exists, so nothing appears or moves after load. Without scripts the switch stays hidden and the standard
   page is fully readable. */
(function () {
  var KEY = 'gsl-care';
  var root = document.documentElement;
  root.setAttribute('data-scripted', '');
  try {
    if (window.localStorage.getItem(KEY) === '1') root.setAttribute('data-care', '');
  } catch (e) {
    /* storage blocked (private mode): the switch still works for this page */
  }
  // 打印 buttons (PrintButton.astro) print the page; they are shown only on a scripted page, so they always work.
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target && target.closest && target.closest('button[data-print]')) window.print();
  });
  document.addEventListener('DOMContentLoaded', function () {
    // Browsers without CSS scroll-initial-target: bring the current section's tab into view (a scroll, not a shift).
    var current = document.querySelector('.site-nav a[aria-current="page"]');
    if (current && !(window.CSS && CSS.supports('scroll-initial-target: nearest'))) {
      var bar = current.closest('ul');
      var overflow = bar ? current.getBoundingClientRect().right - bar.getBoundingClientRect().right : 0;
      if (overflow > 0) bar.scrollLeft += overflow;
    }
    var button = document.getElementById('care-toggle');
    if (!button) return;
    var sync = function () {
      button.setAttribute('aria-pressed', root.hasAttribute('data-care') ? 'true' : 'false');
    };
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
