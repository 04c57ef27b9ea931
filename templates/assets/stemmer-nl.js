/*
 * Dutch stemmer for the handbook's search page.
 *
 * Written from the published description of the Snowball Dutch algorithm (the original one:
 * R1/R2, steps 1 to 4, I/Y marking, undoubling). Snowball leaves some plurals that readers
 * type unconflated, so stam() adds three small steps around the algorithm proper:
 *   - before: the "'s" plural/genitive goes ("auto's", "CLB's");
 *   - before: the plural "-s" after "-e" goes when a consonant or "i" precedes that "e"
 *     ("studiekeuzes", "huisjes", "situaties"). Not after c, l, m or r, whose "-es" is mostly
 *     part of the word ("proces", "les", "mes", "adres");
 *   - after: a final double consonant is undoubled ("klassen" -> "klass" -> "klas"), where
 *     Snowball only undoubles kk, dd and tt.
 * Stems are only compared with each other, so these steps need not be linguistics, only
 * consistent between the text and what readers type.
 *
 * Plain ES2017, no modules: the page loads it with a <script> tag, also from file://.
 */
(function (global) {
  'use strict';

  var HandboekZoeken = global.HandboekZoeken = global.HandboekZoeken || {};

  // Characters that never belong to a word: ASCII and Latin-1 punctuation and symbols,
  // general punctuation („ ” ‘ ’ – — …), the symbol blocks (arrows, maths, dingbats),
  // CJK punctuation and astral characters (emoji). Spelled out instead of \p{…} to stay ES2017.
  var GEEN_WOORDTEKEN = '\\s!-\\/:-@\\[-`{-~\\u00a0-\\u00bf\\u00d7\\u00f7' +
    '\\u2000-\\u2bff\\u3000-\\u303f\\ud800-\\udfff';
  var RANDEN = new RegExp('^[' + GEEN_WOORDTEKEN + ']+|[' + GEEN_WOORDTEKEN + ']+$', 'g');

  /** Lower case, without diacritics, without punctuation around it: the form words are compared in. */
  function normaliseer(woord) {
    return String(woord == null ? '' : woord)
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\u0133/g, 'ij')                  // the "ĳ" ligature
      .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'") // typographic apostrophes as typed ones
      .replace(RANDEN, '');
  }

  var KLINKER = { a: true, e: true, i: true, o: true, u: true, y: true };

  function isKlinker(c) {
    return KLINKER[c] === true;
  }

  /*
   * The Snowball algorithm on a normalised word. Marked "I" and "Y" are consonants until the
   * end, where they are lowered again; they are the only capitals the word can hold here.
   */
  function snowball(woord) {
    var w = woord.split('');
    var i;

    // Prelude: initial y, y after a vowel and i between vowels act as consonants. Marking
    // goes left to right, so a marked letter no longer counts as the vowel before the next one.
    if (w[0] === 'y') w[0] = 'Y';
    for (i = 0; i < w.length - 1; i++) {
      if (!isKlinker(w[i])) continue;
      if (w[i + 1] === 'i' && isKlinker(w[i + 2])) w[i + 1] = 'I';
      else if (w[i + 1] === 'y') w[i + 1] = 'Y';
    }
    var s = w.join('');

    // R1 and R2: after the first consonant that follows a vowel, counted once and then again
    // inside R1. R1 keeps at least three letters in front of it; words shorter than three
    // have no regions at all.
    var r1 = s.length;
    var r2 = s.length;
    if (s.length >= 3) {
      var p = regioNa(s, 0);
      r2 = regioNa(s, p);
      r1 = Math.max(p, 3);
    }

    function eindigtOp(suffix) {
      return s.length >= suffix.length && s.slice(-suffix.length) === suffix;
    }
    // The letter right before a suffix of the given length, or undefined.
    function voor(lengte) {
      return s.charAt(s.length - lengte - 1) || undefined;
    }
    function inR1(lengte) { return s.length - lengte >= r1; }
    function inR2(lengte) { return s.length - lengte >= r2; }
    function schrap(lengte) { s = s.slice(0, s.length - lengte); }
    function ontdubbel() {
      if (eindigtOp('kk') || eindigtOp('dd') || eindigtOp('tt')) schrap(1);
    }
    // "-en"/"-ene" go when in R1, after a consonant, and not after "gem" (gemene, gemen).
    function enUitgang(lengte) {
      var c = voor(lengte);
      if (!inR1(lengte) || c === undefined || isKlinker(c)) return false;
      if (s.slice(0, s.length - lengte).slice(-3) === 'gem') return false;
      schrap(lengte);
      ontdubbel();
      return true;
    }
    // Step 2, reused after "-lijk": a final "-e" in R1 after a consonant.
    function eUitgang() {
      var c = voor(1);
      if (!eindigtOp('e') || !inR1(1) || c === undefined || isKlinker(c)) return false;
      schrap(1);
      ontdubbel();
      return true;
    }

    // Step 1: the longest of -heden, -ene, -en, -se, -s.
    if (eindigtOp('heden')) {
      if (inR1(5)) s = s.slice(0, -5) + 'heid';
    } else if (eindigtOp('ene')) {
      enUitgang(3);
    } else if (eindigtOp('en')) {
      enUitgang(2);
    } else if (eindigtOp('se') || eindigtOp('s')) {
      var lengte = eindigtOp('se') ? 2 : 1;
      var c = voor(lengte);
      if (inR1(lengte) && c !== undefined && !isKlinker(c) && c !== 'j') schrap(lengte);
    }

    // Step 2.
    var eGeschrapt = eUitgang();

    // Step 3a: -heid in R2, not after "c"; an "-en" it uncovers goes as in step 1.
    if (eindigtOp('heid') && inR2(4) && voor(4) !== 'c') {
      schrap(4);
      if (eindigtOp('en')) enUitgang(2);
    }

    // Step 3b: derivational suffixes, longest first.
    if (eindigtOp('end') || eindigtOp('ing')) {
      if (inR2(3)) {
        schrap(3);
        if (eindigtOp('ig') && inR2(2) && voor(2) !== 'e') schrap(2);
        else ontdubbel();
      }
    } else if (eindigtOp('ig')) {
      if (inR2(2) && voor(2) !== 'e') schrap(2);
    } else if (eindigtOp('lijk')) {
      if (inR2(4)) {
        schrap(4);
        eUitgang();
      }
    } else if (eindigtOp('baar')) {
      if (inR2(4)) schrap(4);
    } else if (eindigtOp('bar')) {
      if (inR2(3) && eGeschrapt) schrap(3);
    }

    // Step 4: a double vowel between consonants loses one letter (maan -> man, loop -> lop);
    // the final consonant may not be a marked I.
    var n = s.length;
    if (n >= 4) {
      var laatste = s.charAt(n - 1);
      var dubbel = s.slice(n - 3, n - 1);
      if (!isKlinker(laatste) && laatste !== 'I' &&
          (dubbel === 'aa' || dubbel === 'ee' || dubbel === 'oo' || dubbel === 'uu') &&
          !isKlinker(s.charAt(n - 4))) {
        s = s.slice(0, n - 2) + laatste;
      }
    }

    return s.replace(/I/g, 'i').replace(/Y/g, 'y');
  }

  // Index just after the first consonant that follows a vowel, searching from "vanaf".
  function regioNa(s, vanaf) {
    for (var i = vanaf + 1; i < s.length; i++) {
      if (!isKlinker(s.charAt(i)) && isKlinker(s.charAt(i - 1))) return i + 1;
    }
    return s.length;
  }

  /** The stem of a word as typed or as found in the text. */
  function stam(woord) {
    var w = normaliseer(woord);
    if (/.'s$/.test(w)) w = w.slice(0, -2);
    else if (w.length >= 5 && /(?:[bdfghjknpqstvwxz]|i)es$/.test(w)) w = w.slice(0, -1);
    return snowball(w).replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1');
  }

  HandboekZoeken.normaliseer = normaliseer;
  HandboekZoeken.stam = stam;
}(typeof window !== 'undefined' ? window : this));
