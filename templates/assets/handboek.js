/*
 * The menu button on small screens. The site works without this file: with html.no-js the
 * menu simply shows above the content. Load it in <head> without defer, so the class swap
 * happens before the first paint and the phone menu does not flash open.
 */
(function () {
  'use strict';
  var html = document.documentElement;
  html.classList.remove('no-js');
  html.classList.add('js');

  function start() {
    var knop = document.getElementById('menuknop');
    var menu = document.getElementById('menu');
    if (!knop || !menu) return;

    function zet(open) {
      menu.classList.toggle('open', open);
      knop.setAttribute('aria-expanded', open ? 'true' : 'false');
    }

    knop.hidden = false;
    zet(false);
    knop.addEventListener('click', function () {
      zet(!menu.classList.contains('open'));
    });
    // Escape closes the open menu and puts the keyboard back where it started.
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && menu.classList.contains('open')) {
        zet(false);
        knop.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
