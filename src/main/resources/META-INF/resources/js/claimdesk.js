// Page helpers. Every page works without them; they add keys, text selection and the lock notice.
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  // Login: remember the name tried so the page can say when it is locked (never the password).
  onReady(function () {
    var login = document.getElementById('login-form');
    if (!login) { return; }
    login.addEventListener('submit', function () {
      var name = document.getElementById('j_username').value;
      document.cookie = 'claimdesk-login-name=' + encodeURIComponent(name) + '; path=/login; max-age=300; SameSite=Strict';
    });
  });

  // Article desk: offsets of a text selection inside the article text.
  function selectionSpan() {
    var sel = window.getSelection();
    var text = document.getElementById('article-text');
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !text) { return null; }
    var range = sel.getRangeAt(0);
    function offset(node, within) {
      var el = node.nodeType === 3 ? node.parentElement : node;
      var seg = el && el.closest('[data-start]');
      if (!seg || !text.contains(seg)) { return null; }
      var walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
      var n = 0, cur;
      while ((cur = walker.nextNode())) {
        if (cur === node) { return parseInt(seg.dataset.start, 10) + n + within; }
        n += cur.nodeValue.length;
      }
      return parseInt(seg.dataset.start, 10) + within;
    }
    var start = offset(range.startContainer, range.startOffset);
    var end = offset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) { return null; }
    return { start: start, end: end, text: sel.toString() };
  }

  function fillAddForm() {
    var span = selectionSpan();
    var details = document.getElementById('add-claim');
    if (!span || !details) { return false; }
    document.getElementById('add-start').value = span.start;
    document.getElementById('add-end').value = span.end;
    document.getElementById('add-quote').value = span.text;
    details.open = true;
    document.getElementById('add-value').focus();
    return true;
  }

  document.addEventListener('mouseup', function (e) {
    if (e.target.closest && e.target.closest('#article-text')) { fillAddForm(); }
  });

  function claimLinks() {
    return Array.prototype.slice.call(document.querySelectorAll('#claims li[data-claim] > a'));
  }

  function go(step) {
    var links = claimLinks();
    if (links.length === 0) { return; }
    var current = links.findIndex(function (a) { return a.getAttribute('aria-current') === 'true'; });
    var next = Math.max(0, Math.min(links.length - 1, current + step));
    links[next].click();
  }

  function clickIf(id) {
    var el = document.getElementById(id);
    if (el && !el.disabled) { el.click(); return true; }
    return false;
  }

  function toggleKeys() {
    var d = document.getElementById('keys');
    if (!d) { return; }
    if (d.open) { d.close(); } else { d.showModal(); }
  }

  document.addEventListener('click', function (e) {
    if (e.target && e.target.id === 'keys-button') { toggleKeys(); }
  });

  // Reviewer pages: n takes the next claim, e adds evidence, v proposes a verdict, a approves.
  document.addEventListener('keydown', function (e) {
    if (document.getElementById('desk')) { return; }
    var tag = (e.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var handled = true;
    switch (e.key) {
      case 'n': handled = clickIf('take-next'); break;
      case 'e': {
        var ev = document.getElementById('evidence-details');
        if (ev) { ev.open = true; document.getElementById('evidence-title').focus(); } else { handled = false; }
        break;
      }
      case 'v': {
        var v = document.getElementById('verdict');
        if (v) { v.focus(); } else { handled = false; }
        break;
      }
      case 'a': handled = clickIf('action-approve'); break;
      default: handled = false;
    }
    if (handled) { e.preventDefault(); }
  });

  document.addEventListener('keydown', function (e) {
    if (!document.getElementById('desk')) { return; }
    var tag = (e.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var handled = true;
    switch (e.key) {
      case 'j': go(1); break;
      case 'k': go(-1); break;
      case 'c': handled = clickIf('action-confirm') || clickIf('action-promote'); break;
      case 'u': handled = clickIf('action-restore'); break;
      case 'x': {
        var sel = document.querySelector('#claims li.selected input[type=checkbox]');
        if (sel) { sel.checked = !sel.checked; } else { handled = false; }
        break;
      }
      case 'r': {
        var reason = document.getElementById('action-REJECT-reason');
        if (reason) { reason.focus(); } else { handled = false; }
        break;
      }
      case 'e': {
        var edit = document.getElementById('edit-details');
        if (edit) { edit.open = true; document.getElementById('edit-value').focus(); } else { handled = false; }
        break;
      }
      case 'a': handled = fillAddForm(); break;
      case 's': handled = clickIf('submit-all'); break;
      case '?': toggleKeys(); break;
      default: handled = false;
    }
    if (handled) { e.preventDefault(); }
  });

  // Review page: the article box opens scrolled to the figure (the page itself does not move).
  function centreFigure() {
    var box = document.getElementById('context');
    var fig = document.getElementById('figure');
    if (!box || !fig) { return; }
    box.scrollTop = Math.max(0, fig.offsetTop - box.offsetTop - box.clientHeight / 2);
  }
  onReady(centreFigure);

  // Phones: the claim panel is a sheet at the foot of the screen; a tap on a highlight shows it there.
  function narrow() { return window.matchMedia('(max-width: 760px)').matches; }

  // After htmx swaps the desk, keep the selected claim in view and focus for keyboard users.
  document.addEventListener('htmx:afterSwap', function () {
    centreFigure();
    var sel = document.querySelector('#claims li.selected a');
    if (sel && !narrow()) { sel.focus({ preventScroll: true }); }
    var panel = document.getElementById('claim-panel');
    if (panel && narrow()) { panel.scrollTop = 0; }
  });
})();
