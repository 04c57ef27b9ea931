/*
 * Results as you type in the search box of the header, on every page: a combobox with a list
 * of results (the WAI-ARIA combobox pattern with a listbox popup). The arrow keys move through
 * the results, Enter opens one, Escape closes the list; a live region says how many there are.
 *
 * The search itself (lunr, the Dutch stemmer, the index, zoeken.js) is loaded only when a reader
 * first puts the cursor in the box, with <script> elements, which also works from file://.
 * Without this file the box is a plain form that opens the results page.
 *
 * Every visible text comes from the data-* attributes of the form, so the page's language
 * decides it. Plain ES2017, no modules.
 */
(function (global) {
  'use strict';

  var MAX_TONEN = 8;
  var FRAGMENT_WOORDEN = 12;
  var WACHTEN_MS = 120; // between keystrokes: no search for every letter of a word typed fast
  var SCRIPTS = ['assets/lunr.min.js', 'assets/stemmer-nl.js', 'assets/zoekindex.js', 'assets/zoeken.js'];

  function start() {
    var form = document.querySelector('form.zoekformulier[data-zoekvak]');
    var veld = form && form.querySelector('input[name="q"]');
    if (!veld) return;
    // Links in the index run from the site's root, which is where the results page is.
    var root = (form.getAttribute('action') || '').replace(/zoeken\.html$/, '');

    var lijst = document.createElement('ul');
    lijst.id = 'zoekvak-lijst';
    lijst.className = 'zoekvak-lijst';
    lijst.setAttribute('role', 'listbox');
    lijst.setAttribute('aria-label', form.getAttribute('data-lijst') || '');
    lijst.hidden = true;
    var status = document.createElement('p');
    status.className = 'zoekvak-status';
    status.setAttribute('role', 'status');
    form.appendChild(lijst);
    form.appendChild(status);

    veld.setAttribute('role', 'combobox');
    veld.setAttribute('aria-autocomplete', 'list');
    veld.setAttribute('aria-controls', lijst.id);
    veld.setAttribute('aria-expanded', 'false');

    var adressen = [];   // per option, the address it opens
    var actief = -1;
    var timer = null;
    var laadstatus = 'nee'; // nee, bezig, klaar, fout
    var vorigeVraag = null;

    function tekst(sleutel, waarden) {
      return (form.getAttribute('data-' + sleutel) || '').replace(/\{(\w+)\}/g, function (geheel, naam) {
        return Object.prototype.hasOwnProperty.call(waarden, naam) ? String(waarden[naam]) : geheel;
      });
    }

    function laad() {
      if (laadstatus !== 'nee') return;
      laadstatus = 'bezig';
      var H = global.HandboekZoeken || {};
      var nodig = SCRIPTS.filter(function (src) {
        if (src.indexOf('lunr') >= 0) return !global.lunr;
        if (src.indexOf('stemmer') >= 0) return !H.stam;
        if (src.indexOf('zoekindex') >= 0) return !global.HANDBOEK_ZOEKINDEX;
        return !H.zoek;
      });
      (function volgende() {
        if (nodig.length === 0) {
          laadstatus = 'klaar';
          if (veld.value.trim()) {
            zoekNu();
          } else {
            // Build the index while the reader is still typing the first word.
            global.setTimeout(function () {
              try {
                global.HandboekZoeken.index();
              } catch (e) {
                if (global.console) global.console.error(e);
              }
            }, 0);
          }
          return;
        }
        var script = document.createElement('script');
        script.src = root + nodig.shift();
        script.onload = volgende;
        script.onerror = function () {
          laadstatus = 'fout';
        };
        document.head.appendChild(script);
      }());
    }

    function sluit() {
      lijst.hidden = true;
      veld.setAttribute('aria-expanded', 'false');
      zetActief(-1);
    }

    function open() {
      if (lijst.children.length === 0) return;
      lijst.hidden = false;
      veld.setAttribute('aria-expanded', 'true');
    }

    function zetActief(i) {
      if (actief >= 0 && lijst.children[actief]) lijst.children[actief].setAttribute('aria-selected', 'false');
      actief = i;
      if (i < 0) {
        veld.removeAttribute('aria-activedescendant');
        return;
      }
      var optie = lijst.children[i];
      optie.setAttribute('aria-selected', 'true');
      veld.setAttribute('aria-activedescendant', optie.id);
      if (optie.scrollIntoView) optie.scrollIntoView({ block: 'nearest' });
    }

    function span(klasse, inhoud) {
      var s = document.createElement('span');
      s.className = klasse;
      if (inhoud) s.textContent = inhoud;
      return s;
    }

    function optie(n, adres) {
      var li = document.createElement('li');
      li.id = 'zoekvak-optie-' + n;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.setAttribute('data-adres', adres);
      adressen.push(adres);
      lijst.appendChild(li);
      return li;
    }

    function toon(vraag, resultaten) {
      while (lijst.firstChild) lijst.removeChild(lijst.firstChild);
      adressen = [];
      actief = -1;
      veld.removeAttribute('aria-activedescendant');
      var H = global.HandboekZoeken;
      resultaten.slice(0, MAX_TONEN).forEach(function (r, n) {
        var li = optie(n, root + H.adres(r));
        li.appendChild(span('zoekvak-titel', r.t));
        // Kind and heading in one line: "Rol · Taken"; they tell apart pages of the same title.
        var waar = span('zoekvak-waar');
        if (r.soort) waar.appendChild(span('zoekvak-soort', r.soort));
        if (r.kop) {
          if (r.soort) waar.appendChild(document.createTextNode(' · '));
          waar.appendChild(document.createTextNode(r.kop));
        }
        if (waar.firstChild) li.appendChild(waar);
        if (r.fragment.length > 0) {
          var f = span('zoekvak-fragment');
          r.fragment.forEach(function (deel) {
            if (deel.mark) {
              var m = document.createElement('mark');
              m.textContent = deel.tekst;
              f.appendChild(m);
            } else {
              f.appendChild(document.createTextNode(deel.tekst));
            }
          });
          li.appendChild(f);
        }
      });
      var sleutel = resultaten.length === 0 ? 'geen' : resultaten.length === 1 ? 'een' : 'meer';
      // The results page shows them all, with longer fragments; with none, it has the room to
      // try other words, and this line says so to a sighted reader.
      var alle = optie(lijst.children.length, root + 'zoeken.html?q=' + encodeURIComponent(vraag));
      alle.className = 'zoekvak-alle';
      alle.textContent = tekst(resultaten.length === 0 ? 'geen' : 'alle', { q: vraag, n: resultaten.length });
      status.textContent = tekst(sleutel, { q: vraag, n: resultaten.length });
      open();
    }

    function zoekNu() {
      var vraag = veld.value.trim();
      if (vraag === vorigeVraag && !lijst.hidden) return;
      vorigeVraag = vraag;
      if (vraag.length < 2) {
        sluit();
        while (lijst.firstChild) lijst.removeChild(lijst.firstChild);
        status.textContent = '';
        return;
      }
      if (laadstatus !== 'klaar') {
        laad();
        if (laadstatus === 'bezig') status.textContent = tekst('laden', {});
        vorigeVraag = null; // search again once loaded
        return;
      }
      var resultaten = [];
      try {
        var H = global.HandboekZoeken;
        resultaten = H.zoek(H.index(), vraag, MAX_TONEN, FRAGMENT_WOORDEN);
      } catch (e) {
        if (global.console) global.console.error(e);
      }
      toon(vraag, resultaten);
    }

    function ga(i) {
      var adres = adressen[i];
      if (!adres) return;
      sluit();
      var doel = new URL(adres, global.location.href);
      var hier = global.location;
      global.location.href = doel.href;
      // Same page, other section: no new page comes, so the keyboard follows to the section.
      if (doel.pathname === hier.pathname && doel.search === hier.search && doel.hash) {
        var kop = document.getElementById(decodeURIComponent(doel.hash.slice(1)));
        if (kop) {
          if (!kop.hasAttribute('tabindex')) kop.setAttribute('tabindex', '-1');
          kop.focus();
        }
      }
    }

    veld.addEventListener('focus', laad);
    veld.addEventListener('input', function () {
      global.clearTimeout(timer);
      timer = global.setTimeout(zoekNu, WACHTEN_MS);
    });
    veld.addEventListener('keydown', function (e) {
      var n = lijst.children.length;
      if (e.key === 'ArrowDown' || e.key === 'Down') {
        if (n === 0) return;
        e.preventDefault();
        if (lijst.hidden) {
          open();
          if (!e.altKey) zetActief(0);
        } else {
          zetActief((actief + 1) % n);
        }
      } else if (e.key === 'ArrowUp' || e.key === 'Up') {
        if (n === 0) return;
        e.preventDefault();
        if (lijst.hidden) open();
        zetActief(actief <= 0 ? n - 1 : actief - 1);
      } else if (e.key === 'Enter') {
        // No result chosen: the form goes to the results page, as it does without script.
        if (!lijst.hidden && actief >= 0) {
          e.preventDefault();
          ga(actief);
        }
      } else if (e.key === 'Escape' || e.key === 'Esc') {
        if (!lijst.hidden) {
          e.preventDefault();
          e.stopPropagation(); // the phone menu also listens for Escape
          sluit();
        } else if (veld.value) {
          e.preventDefault();
          veld.value = '';
          vorigeVraag = null;
          zoekNu();
        }
      } else if (e.key === 'Tab') {
        sluit();
      }
    });
    // A click in the list must not take the focus from the box before it counts.
    lijst.addEventListener('mousedown', function (e) {
      e.preventDefault();
    });
    lijst.addEventListener('click', function (e) {
      var li = e.target.closest ? e.target.closest('[role="option"]') : null;
      if (!li) return;
      ga(Array.prototype.indexOf.call(lijst.children, li));
    });
    veld.addEventListener('blur', function () {
      sluit();
    });
    veld.addEventListener('click', function () {
      if (lijst.hidden && veld.value.trim().length >= 2) open();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}(window));
