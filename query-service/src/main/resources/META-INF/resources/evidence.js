// Evidence on the report page: a table cell, an issue or a prose figure that has a place in the document can be
// clicked to show the source text around it, the span marked. Report text is untrusted: it only ever enters the
// page as text nodes (document.createTextNode / textContent), never as HTML.
'use strict';

const Evidence = (() => {
  const CONTEXT = 200;

  // console cell id (applications.newReceived.0) → evidence path (applications.newReceived[0])
  function evidencePath(cellId) { return cellId.replace(/\.(\d+)$/, '[$1]'); }

  function text(tag, cls, value) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    node.textContent = value === null || value === undefined ? '' : String(value);
    return node;
  }

  function panel() {
    let aside = document.getElementById('evidence');
    if (!aside) {
      aside = document.createElement('aside');
      aside.id = 'evidence';
      aside.className = 'evidence-panel';
      aside.setAttribute('aria-live', 'polite');
      document.getElementById('view').appendChild(aside);
    }
    return aside;
  }

  function close() {
    const aside = document.getElementById('evidence');
    if (aside) aside.remove();
    document.querySelectorAll('.evidence-active').forEach(n => n.classList.remove('evidence-active'));
  }

  // Shows the source around [offset, offset + length) of report id; what = label lines for the panel's head.
  async function showSpan(reportId, offset, length, what, trigger) {
    document.querySelectorAll('.evidence-active').forEach(n => n.classList.remove('evidence-active'));
    if (trigger) trigger.classList.add('evidence-active');
    const aside = panel();
    const closeButton = text('button', 'secondary evidence-close', '关闭 ×');
    closeButton.type = 'button';
    closeButton.addEventListener('click', close);
    const head = document.createElement('div');
    head.className = 'evidence-head';
    head.append(text('b', null, '原文出处 Source'), closeButton);
    const body = text('pre', 'evidence-text', '加载中 loading…');
    aside.replaceChildren(head, ...what.map(line => text('div', 'muted', line)), body);
    try {
      const q = new URLSearchParams({ offset, length, context: CONTEXT });
      const res = await fetch('/api/reports/' + encodeURIComponent(reportId) + '/source?' + q, { headers: { Accept: 'application/json' } });
      const w = await res.json().catch(() => null);
      if (!res.ok) { body.textContent = (w && (w.detail || w.title)) || ('HTTP ' + res.status); body.classList.add('error'); return; }
      const from = w.offset - w.start;
      const mark = text('mark', null, w.text.substring(from, from + w.length));
      body.replaceChildren(
        document.createTextNode((w.start > 0 ? '…' : '') + w.text.substring(0, from)),
        mark,
        document.createTextNode(w.text.substring(from + w.length) + (w.end < w.textLength ? '…' : '')));
      aside.appendChild(text('div', 'muted', `第 ${w.offset} 字起，共 ${w.length} 字（全文 ${w.textLength} 字）`));
      mark.scrollIntoView({ block: 'nearest' });
    } catch (e) {
      body.textContent = '出错了 Error: ' + e.message;
      body.classList.add('error');
    }
  }

  function clickable(node, open) {
    node.classList.add('has-evidence');
    node.tabIndex = 0;
    // controls inside (e.g. an issue's review buttons) keep their own click
    node.addEventListener('click', ev => { if (!ev.target.closest('button, a, input, select, textarea, label')) open(); });
    node.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } });
  }

  function cellLines(path, ev) {
    return [path + ' · 原文 “' + ev.raw + '” · ' + ev.meaning + (ev.page ? ' · 第 ' + ev.page + ' 页' : '')];
  }

  // Makes the report page's cells, issues and prose figures that have evidence clickable.
  function attach(report) {
    const cells = report.cells || {};
    const located = path => { const ev = cells[path]; return ev && ev.offset !== undefined && ev.offset !== null ? ev : null; };
    document.querySelectorAll('#view td[data-path]').forEach(td => {
      const path = evidencePath(td.dataset.path);
      const ev = located(path);
      if (!ev) return;
      td.dataset.evidence = path;
      clickable(td, () => showSpan(report.reportId, ev.offset, ev.length, cellLines(path, ev), td));
    });
    // an issue shows the first of its cells that has a place in the document
    document.querySelectorAll('#view li[data-issue-path]').forEach(li => {
      const ids = typeof cellsOf === 'function' ? cellsOf(li.dataset.issuePath) : [];
      const path = ids.map(evidencePath).find(p => located(p));
      if (!path) return;
      const ev = located(path);
      clickable(li, () => showSpan(report.reportId, ev.offset, ev.length,
        [li.dataset.issuePath + ' → ' + cellLines(path, ev)[0]], li));
    });
    // prose figures: the rows of #narrative follow report.narrative
    const figures = report.narrative || [];
    document.querySelectorAll('#narrative tbody tr').forEach((tr, i) => {
      const f = figures[i];
      if (!f || f.offset === undefined || f.offset === null || !f.quote) return;
      clickable(tr, () => showSpan(report.reportId, f.offset, f.quote.length, [f.metric + ' · 正文 “' + f.quote + '”'], tr));
    });
  }

  return { attach, showSpan, evidencePath, close };
})();
