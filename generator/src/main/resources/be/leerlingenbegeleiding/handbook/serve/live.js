/*
 * The live preview's part in the browser: listens to the preview server, reloads the page when
 * it changed, and shows the build's errors over the last good page until they are fixed.
 * Plain ES2017, no modules, served only by `handbook serve`; published sites never load it.
 */
(function () {
  'use strict';
  var here = decodeURIComponent(location.pathname).replace(/^\//, '');
  if (here === '' || here.slice(-1) === '/') here += 'index.html';
  var slash = here.indexOf('/');
  var handbook = slash > 0 ? here.slice(0, slash) : '';
  var server = null;
  var version = null;
  var overlay = null;
  var dismissed = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function style() {
    if (document.getElementById('hb-live-stijl')) return;
    var s = el('style');
    s.id = 'hb-live-stijl';
    s.textContent =
      '.hb-live-fouten{position:fixed;inset:0;z-index:2147483000;background:rgba(20,20,20,.72);overflow:auto;padding:4vh 4vw;font:16px/1.45 system-ui,sans-serif}' +
      '.hb-live-kader{max-width:60rem;margin:0 auto;background:#fff;color:#1a1a1a;border-top:6px solid #b00020;border-radius:6px;padding:1.25rem 1.5rem;box-shadow:0 8px 30px rgba(0,0,0,.4)}' +
      '.hb-live-kader h2{margin:0 0 .5rem;font-size:1.3rem;color:#b00020}' +
      '.hb-live-kader pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;border-left:4px solid #b00020;padding:.6rem .8rem;margin:.6rem 0;font:14px/1.5 ui-monospace,monospace}' +
      '.hb-live-kader button{font:inherit;padding:.3rem .9rem;margin-top:.5rem;cursor:pointer}' +
      '.hb-live-balk{position:fixed;right:.75rem;bottom:.75rem;z-index:2147482000;background:#1a1a1a;color:#fff;border-radius:999px;padding:.3rem .9rem;font:13px/1.4 system-ui,sans-serif;opacity:.85}' +
      '.hb-live-balk a{color:#fff;margin-left:.6rem}';
    document.head.appendChild(s);
  }

  function bar(texts) {
    if (document.querySelector('.hb-live-balk')) return;
    var b = el('aside', 'hb-live-balk', texts.balk);
    b.setAttribute('aria-label', texts.balk);
    if (handbook) {
      var a = el('a', null, texts.pdf);
      a.href = '/' + handbook + '/handboek.pdf';
      a.target = '_blank';
      a.rel = 'noopener';
      b.appendChild(a);
    }
    document.body.appendChild(b);
  }

  function hide() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function show(errors, texts, key) {
    hide();
    if (dismissed === key) return;
    overlay = el('div', 'hb-live-fouten');
    var box = el('section', 'hb-live-kader');
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-labelledby', 'hb-live-titel');
    var h = el('h2', null, texts.titel);
    h.id = 'hb-live-titel';
    box.appendChild(h);
    box.appendChild(el('p', null, texts.uitleg));
    errors.forEach(function (f) {
      var pre = el('pre', 'hb-live-fout', f.tekst);
      pre.setAttribute('data-plaats', f.plaats);
      box.appendChild(pre);
    });
    var close = el('button', null, texts.sluiten);
    close.type = 'button';
    close.addEventListener('click', function () { dismissed = key; hide(); });
    box.appendChild(close);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
  }

  function concerns(path) {
    if (!handbook) return path === 'index.html';
    if (path.indexOf(handbook + '/') !== 0) return false;
    // This page itself, or anything it loads (styles, scripts, figures).
    return path === here || !/\.html$/.test(path);
  }

  function status(e) {
    var s = JSON.parse(e.data);
    style();
    bar(s.teksten);
    var mine = s.fouten.filter(function (f) { return !handbook || f.handboek === handbook; });
    var restarted = server !== null && server !== s.server;
    var changed = version !== null && s.versie !== version && s.gewijzigd.some(concerns);
    server = s.server;
    version = s.versie;
    if (mine.length) {
      show(mine, s.teksten, s.server + ':' + s.versie);
      return;
    }
    hide();
    if (restarted || changed) location.reload();
  }

  function connect() {
    var source = new EventSource('/_handboek/events');
    source.addEventListener('status', status);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connect);
  else connect();
})();
