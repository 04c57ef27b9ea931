/*
 * Search in the browser: builds a lunr index from HANDBOEK_ZOEKINDEX (written by the generator
 * in assets/zoekindex.js) and, on the search page (zoeken.html), shows the results for ?q=…
 * The search box in the header of every page (zoekvak.js) uses the same HandboekZoeken.zoek.
 *
 * Needs lunr.min.js and stemmer-nl.js first. Plain ES2017, no modules: works from file://.
 * Every visible text comes from the data-* attributes of #zoekstatus, so the page's language
 * decides it, not this script.
 */
(function (global) {
  'use strict';

  var H = global.HandboekZoeken = global.HandboekZoeken || {};
  var MAX_TONEN = 50;
  var FRAGMENT_LENGTE = 25;
  var MAX_ZOEKWOORDEN = 12; // each word is a query of its own; a pasted paragraph should not hang the page

  /*
   * Words that say nothing about a topic. They are dropped from the index and from queries,
   * so "bij wie kan ik terecht" does not demand "bij" on every page found.
   * Question words (wie, wat, hoe, …) are deliberately NOT in this list: a page titled
   * "Bij wie kan ik terecht?" should be found by "wie". They are "soft" instead: they add
   * to a page's score but a page need not contain them to count as containing all words,
   * so "wie is de zorgcoördinator" still finds the zorgcoördinator's page.
   */
  var STOPWOORDEN = woordenlijst('de het een en van in op te dat die is voor met aan er om ' +
    'ook als bij of naar zijn ik je we ze');
  var VRAAGWOORDEN = woordenlijst('wie wat hoe waar wanneer waarom welk welke');

  function woordenlijst(tekst) {
    var lijst = Object.create(null);
    tekst.split(' ').forEach(function (w) { lijst[w] = true; });
    return lijst;
  }

  // Text repeats its words a lot; stemming each distinct word once keeps indexing fast.
  var stammen = Object.create(null);
  function stamVan(norm) {
    var stam = stammen[norm];
    if (stam === undefined) stam = stammen[norm] = H.stam(norm);
    return stam;
  }

  /*
   * One pipeline function replaces lunr's English trimmer, stop-word filter and stemmer, in
   * the index and the search pipeline alike, so that text and queries meet as the same stems.
   */
  function nederlands(token) {
    var woord = H.normaliseer(token.toString());
    if (!woord || STOPWOORDEN[woord] === true) return null;
    return token.update(function () { return stamVan(woord); });
  }

  if (global.lunr) global.lunr.Pipeline.registerFunction(nederlands, 'handboekNederlands');

  /*
   * Builds the search index from HANDBOEK_ZOEKINDEX: {soorten: {kind: name}, pages: [{u, t, c,
   * k, d: [[id, heading, text], …]}]}. Pages, not sections, are what lunr ranks: a page that
   * holds one search word in one section and the other in the next is still a page with all
   * words. The section a result links to is chosen afterwards (besteSectie).
   */
  function bouwIndex(data) {
    data = data || {};
    var soorten = data.soorten || {};
    var perUrl = Object.create(null);
    var index = global.lunr(function () {
      this.pipeline.reset();
      this.searchPipeline.reset();
      this.pipeline.add(nederlands);
      this.searchPipeline.add(nederlands);
      this.ref('u');
      this.field('t', { boost: 10 });
      this.field('k', { boost: 3 });
      this.field('x');
      (data.pages || []).forEach(function (pagina) {
        if (!pagina || !pagina.u) return;
        var secties = (pagina.d || []).map(function (d) {
          return { id: d[0] || '', kop: d[1] || '', tekst: d[2] || '' };
        });
        var koppen = secties.map(function (s) { return s.kop; }).filter(Boolean);
        if (pagina.k) koppen.push(pagina.k);
        perUrl[pagina.u] = { u: pagina.u, t: pagina.t || pagina.u, soort: soorten[pagina.c] || '', secties: secties };
        this.add({
          u: pagina.u,
          t: pagina.t,
          k: koppen.join(' · '),
          x: secties.map(function (s) { return s.kop + ' ' + s.tekst; }).join(' ')
        });
      }, this);
    });
    return { lunr: index, paginas: perUrl };
  }

  /** The distinct search words of a query, normalised and stemmed; stop words left out. */
  function zoektermen(vraag) {
    var gezien = Object.create(null);
    var termen = [];
    global.lunr.tokenizer(String(vraag || '')).forEach(function (token) {
      var norm = H.normaliseer(token.toString());
      if (!norm || STOPWOORDEN[norm] === true) return;
      var stam = stamVan(norm);
      if (!stam || gezien[stam] === true || termen.length >= MAX_ZOEKWOORDEN) return;
      gezien[stam] = true;
      termen.push({ norm: norm, stam: stam, zacht: VRAAGWOORDEN[norm] === true });
    });
    return termen;
  }

  /*
   * The lunr query for one search word. Terms are passed with usePipeline false because they
   * are stemmed already, and through index.query() rather than index.search(), whose query
   * syntax throws on the ':', '~', '^' and '+' that readers type.
   */
  function zoekWoord(index, term) {
    var joker = global.lunr.Query.wildcard;
    return index.query(function (q) {
      q.term(term.stam, { usePipeline: false, boost: 10 });
      // a word being typed: "zorgco" -> zorgcoördinator
      q.term(term.norm, { usePipeline: false, wildcard: joker.TRAILING, boost: 3 });
      // Dutch compounds: "begeleider" -> leerlingenbegeleider
      if (term.stam.length >= 4) {
        q.term(term.stam, { usePipeline: false, wildcard: joker.LEADING | joker.TRAILING, boost: 2 });
      }
      // one typo in a longer word
      if (term.norm.length >= 5) q.term(term.stam, { usePipeline: false, editDistance: 1, boost: 1 });
    });
  }

  /*
   * Searches the index built by bouwIndex(). Each word is queried on its own, so a word counts
   * as found whether it matched exactly, as a prefix, inside a compound or with a typo. Pages
   * containing every (non-question) word are the only results when there are any; otherwise
   * all partial matches are shown, those matching most words first. Question words only break
   * ties, as their scores would otherwise outweigh the words that carry the topic.
   * Returns every result, best first: [{u, t, soort, id, kop, fragment: [{tekst, mark}]}], where
   * id and kop are the anchor and heading of the section the words were found in ('' for the
   * top of the page). Only the first `details` results (all without it) get a section and a
   * fragment (of fragmentLengte words, 25 without it): the search box shows a few and should
   * not pay for the rest.
   */
  function zoek(index, vraag, details, fragmentLengte) {
    var termen = zoektermen(vraag);
    var treffers = Object.create(null);
    termen.forEach(function (term) {
      zoekWoord(index.lunr, term).forEach(function (r) {
        var t = treffers[r.ref] || (treffers[r.ref] = { ref: r.ref, score: 0, zacht: 0, woorden: 0 });
        if (term.zacht) {
          t.zacht += r.score;
        } else {
          t.score += r.score;
          t.woorden += 1;
        }
      });
    });

    var nodig = termen.filter(function (t) { return !t.zacht; }).length;
    var lijst = Object.keys(treffers).map(function (ref) { return treffers[ref]; });
    var volledig = lijst.filter(function (t) { return t.woorden === nodig; });
    if (nodig > 0 && volledig.length > 0) lijst = volledig;

    lijst.sort(function (a, b) {
      return (b.woorden - a.woorden) || (b.score - a.score) || (b.zacht - a.zacht) ||
        (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
    });
    var max = details === undefined ? lijst.length : details;
    return lijst.map(function (t, i) {
      var p = index.paginas[t.ref] || { t: t.ref, soort: '', secties: [] };
      var r = { u: t.ref, t: p.t, soort: p.soort, id: '', kop: '', fragment: [] };
      if (i < max) {
        var s = besteSectie(p.secties, termen);
        if (s) {
          r.id = s.id;
          r.kop = s.kop;
        }
        // Found by its title alone: the page's first words, and the link goes to its top.
        var tekst = s ? s.tekst : p.secties.length > 0 ? p.secties[0].tekst : '';
        r.fragment = fragment(tekst, termen, fragmentLengte);
      }
      return r;
    });
  }

  /** Which search words a word of the text is (indexes into termen). */
  function gevondenTermen(woord, termen, uit) {
    woord.split('-').forEach(function (deel) {
      var norm = H.normaliseer(deel);
      if (!norm) return;
      var stam = stamVan(norm);
      termen.forEach(function (t, i) {
        if (stam === t.stam || norm.indexOf(t.norm) === 0 || (t.stam.length >= 4 && stam.indexOf(t.stam) >= 0) ||
          (t.norm.length >= 5 && eenFout(stam, t.stam))) uit[i] = true;
      });
    });
  }

  /*
   * Whether two stems differ by one typo: a letter added, left out, changed, or two letters
   * swapped, as lunr's edit distance 1 finds them, so the page a typo found also gets the
   * section and the marks.
   */
  function eenFout(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) i++;
    if (i === a.length && i === b.length) return false; // the same: not a typo
    var j = a.length - 1;
    var k = b.length - 1;
    while (j >= i && k >= i && a.charAt(j) === b.charAt(k)) {
      j--;
      k--;
    }
    if (j - i <= 0 && k - i <= 0) return true;
    return a.length === b.length && j === i + 1 && a.charAt(i) === b.charAt(j) && a.charAt(j) === b.charAt(i);
  }

  /*
   * The section of a page a reader should land on: the one holding the most different search
   * words, then the most hits (a word in its heading counts as three); the earlier one on a
   * tie. A page whose sections hold none of the words (found by its title) has no section.
   */
  function besteSectie(secties, termen) {
    var beste = null;
    var besteWoorden = 0;
    var besteTreffers = 0;
    (secties || []).forEach(function (s) {
      var welke = Object.create(null);
      var treffers = 0;
      function tel(tekst, gewicht) {
        tekst.split(/\s+/).forEach(function (woord) {
          if (!woord) return;
          var hier = Object.create(null);
          gevondenTermen(woord, termen, hier);
          var n = Object.keys(hier).length;
          if (n === 0) return;
          Object.keys(hier).forEach(function (k) { welke[k] = true; });
          treffers += gewicht;
        });
      }
      tel(s.kop, 3);
      tel(s.tekst, 1);
      var woorden = Object.keys(welke).filter(function (k) { return !termen[k].zacht; }).length;
      if (treffers > 0 && (woorden > besteWoorden || (woorden === besteWoorden && treffers > besteTreffers))) {
        beste = s;
        besteWoorden = woorden;
        besteTreffers = treffers;
      }
    });
    return beste;
  }

  /** The address of a result from the site's root: its page, and its section if it has one. */
  function adres(r) {
    return r.u + (r.id ? '#' + r.id : '');
  }

  // Whether a word of the text is one of the search words, compared as the index compares
  // (which also splits at hyphens).
  function isTreffer(woord, termen) {
    var uit = Object.create(null);
    gevondenTermen(woord, termen, uit);
    return Object.keys(uit).length > 0;
  }

  /*
   * About FRAGMENT_WOORDEN words of the page text around the first hit, as parts
   * [{tekst, mark}] so the page can build it without innerHTML. Hits in it are marked
   * without their surrounding punctuation. No hit in the text (only in the title or
   * headings): the start of the text.
   */
  function fragment(tekst, termen, lengte) {
    var FRAGMENT_WOORDEN = lengte || FRAGMENT_LENGTE;
    var woorden = tekst.split(/\s+/).filter(Boolean);
    var eerste = -1;
    for (var i = 0; i < woorden.length && eerste < 0; i++) {
      if (isTreffer(woorden[i], termen)) eerste = i;
    }
    var begin = Math.max(0, Math.min(eerste - 8, woorden.length - FRAGMENT_WOORDEN));
    var einde = Math.min(woorden.length, begin + FRAGMENT_WOORDEN);

    var delen = [];
    function voegToe(t, mark) {
      if (!t) return;
      var vorige = delen[delen.length - 1];
      if (vorige && !vorige.mark && !mark) vorige.tekst += t;
      else delen.push({ tekst: t, mark: mark });
    }
    if (begin > 0) voegToe('… ', false);
    for (var j = begin; j < einde; j++) {
      var woord = woorden[j];
      var spatie = j < einde - 1 ? ' ' : '';
      if (isTreffer(woord, termen)) {
        var m = /^([(\[„“"'‘’«¿¡]*)([\s\S]*?)([)\]”"'’»,.;:!?…]*)$/.exec(woord);
        voegToe(m[1], false);
        voegToe(m[2], true);
        voegToe(m[3] + spatie, false);
      } else {
        voegToe(woord + spatie, false);
      }
    }
    if (einde < woorden.length) voegToe(' …', false);
    return delen;
  }

  H.bouwIndex = bouwIndex;
  H.zoek = zoek;
  H.adres = adres;

  /** The index of this page's HANDBOEK_ZOEKINDEX, built once. */
  var gebouwd = null;
  function index() {
    if (!gebouwd) gebouwd = bouwIndex(global.HANDBOEK_ZOEKINDEX);
    return gebouwd;
  }
  H.index = index;

  // ---- the page ----

  function tekst(status, sleutel, waarden) {
    var sjabloon = status.getAttribute('data-' + sleutel) || '';
    return sjabloon.replace(/\{(\w+)\}/g, function (geheel, naam) {
      return Object.prototype.hasOwnProperty.call(waarden, naam) ? String(waarden[naam]) : geheel;
    });
  }

  function toonResultaat(lijst, r) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = adres(r);
    a.textContent = r.t;
    li.appendChild(a);
    // The kind tells apart pages of the same title (a role and its function description);
    // the heading says where on the page the words are.
    if (r.soort || r.kop) {
      li.appendChild(document.createTextNode(' '));
      var sectie = document.createElement('span');
      sectie.className = 'zoek-sectie';
      if (r.soort) {
        var soort = document.createElement('span');
        soort.className = 'zoek-soort';
        soort.textContent = r.soort;
        sectie.appendChild(soort);
      }
      if (r.kop) {
        if (r.soort) sectie.appendChild(document.createTextNode(' · '));
        sectie.appendChild(document.createTextNode(r.kop));
      }
      li.appendChild(sectie);
    }
    if (r.fragment.length > 0) {
      var p = document.createElement('p');
      p.className = 'zoek-fragment';
      r.fragment.forEach(function (deel) {
        if (deel.mark) {
          var mark = document.createElement('mark');
          mark.textContent = deel.tekst;
          p.appendChild(mark);
        } else {
          p.appendChild(document.createTextNode(deel.tekst));
        }
      });
      li.appendChild(p);
    }
    lijst.appendChild(li);
  }

  function zoekpagina() {
    var status = document.getElementById('zoekstatus');
    var lijst = document.getElementById('zoekresultaten');
    if (!status || !lijst) return;
    var veld = document.getElementById('zoekpagina-veld');

    var vraag = '';
    try {
      vraag = (new URLSearchParams(global.location.search).get('q') || '').trim();
    } catch (e) {
      vraag = '';
    }
    if (veld) veld.value = vraag;
    while (lijst.firstChild) lijst.removeChild(lijst.firstChild);

    if (!vraag) {
      status.textContent = tekst(status, 'leeg', {});
      return;
    }
    document.title = vraag + ' – ' + document.title;
    status.textContent = tekst(status, 'laden', { q: vraag });

    // Let the "searching" text paint before the index is built.
    global.setTimeout(function () {
      var resultaten = [];
      try {
        resultaten = zoek(index(), vraag, MAX_TONEN);
      } catch (e) {
        if (global.console) global.console.error(e);
      }
      resultaten.slice(0, MAX_TONEN).forEach(function (r) { toonResultaat(lijst, r); });
      var sleutel = resultaten.length === 0 ? 'geen' : resultaten.length === 1 ? 'een' : 'meer';
      status.textContent = tekst(status, sleutel, { q: vraag, n: resultaten.length });
    }, 0);
  }

  if (typeof document !== 'undefined' && global.lunr) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', zoekpagina);
    else zoekpagina();
  }
}(typeof window !== 'undefined' ? window : this));
