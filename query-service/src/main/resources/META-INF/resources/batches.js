// Batches: the documents pushed together (./nianbao push gives each run a batch id). Uses app.js's helpers
// (el, show, api, fmtTime, enc, statusTag, failure); report data only ever enters the page as text.
'use strict';

function batchCounts(b) {
  return el('span', { class: 'batch-counts' },
    el('span', { title: 'received' }, '收到 ', el('b', {}, String(b.received))), ' · ',
    el('span', { title: 'parsed' }, '已解析 ', el('b', {}, String(b.parsed))), ' · ',
    el('span', { title: 'validated' }, '已校验 ', el('b', {}, String(b.validated))), ' · ',
    el('span', { title: 'failed', class: b.failed ? 'sev-ERROR' : null }, '失败 ', el('b', {}, String(b.failed))));
}

async function batchesPage() {
  const results = el('div', {}, el('p', { class: 'muted' }, '加载中 loading…'));
  show(el('h1', {}, '批次 Batches'),
    el('p', { class: 'muted' }, '每次 ./nianbao push 为一个批次；被拒收的文件和无法读取表格的报告计为失败。'), results);
  try {
    const list = await api('/api/batches?limit=50');
    if (!list.length) { results.replaceChildren(el('p', { class: 'muted' }, '还没有批次 no batches yet')); return; }
    results.replaceChildren(el('table', { class: 'grid', id: 'batches' },
      el('thead', {}, el('tr', {}, ['批次 Batch', '进度 Progress', '开始 First', '最近 Last'].map(h => el('th', {}, h)))),
      el('tbody', {}, list.map(b => el('tr', {},
        el('td', {}, el('a', { href: '#/batch/' + enc(b.batchId) }, b.batchId)),
        el('td', {}, batchCounts(b)),
        el('td', { class: 'muted' }, fmtTime(b.firstAt)), el('td', { class: 'muted' }, fmtTime(b.lastAt)))))));
  } catch (e) { results.replaceChildren(failure(e)); }
}

async function batchPage(id) {
  show(el('p', { class: 'muted' }, '加载中 loading…'));
  let b;
  try { b = await api('/api/batches/' + enc(id)); } catch (e) { show(failure(e)); return; }
  const failures = b.failures.length ? el('table', { class: 'grid', id: 'batch-failures' },
    el('thead', {}, el('tr', {}, ['阶段 Stage', '文件 File', '报告 Report', '原因 Reason'].map(h => el('th', {}, h)))),
    el('tbody', {}, b.failures.map(f => el('tr', {},
      el('td', {}, f.stage === 'INGEST' ? '拒收 ' + (f.httpStatus || '') : '解析 parse'),
      el('td', {}, f.fileName || '—'),
      el('td', {}, f.reportId ? el('a', { href: '#/report/' + enc(f.reportId) }, f.reportId) : '—'),
      el('td', {}, f.reason || '')))))
    : el('p', { class: 'muted' }, '没有失败 no failures');
  const reports = el('table', { class: 'grid' },
    el('thead', {}, el('tr', {}, ['文件 File', '报告 Report', '机关 Body', '年度', '状态 Status', 'ERROR', 'WARNING'].map(h => el('th', {}, h)))),
    el('tbody', {}, b.reports.map(r => el('tr', { class: r.failed ? 'mismatch' : null },
      el('td', {}, r.fileName || '—'), el('td', {}, el('a', { href: '#/report/' + enc(r.reportId) }, r.reportId)),
      el('td', {}, r.organization || '—'), el('td', {}, r.year ?? '—'), el('td', {}, statusTag(r.status)),
      el('td', { class: 'num' }, String(r.errors)), el('td', { class: 'num' }, String(r.warnings))))));
  show(el('h1', {}, '批次 Batch ', el('code', {}, b.batchId)),
    el('p', {}, batchCounts(b), ' ', el('span', { class: 'muted' }, `${fmtTime(b.firstAt)} – ${fmtTime(b.lastAt)}`)),
    el('h2', {}, '失败 Failures'), failures, el('h2', {}, '报告 Reports'), reports);
  // follow the batch until every report it received is validated
  if (b.validated < b.accepted) poll(() => batchPage(id), 2000);
}
