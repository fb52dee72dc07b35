// Nianbao console. Plain JS, no build step. Everything that comes from a report is untrusted:
// it is only ever put into the page as text (textContent / createTextNode), never as HTML.
'use strict';

const T3_COLUMNS = ['naturalPerson', 'commercial', 'research', 'nonProfit', 'legalService', 'otherOrg', 'total'];
const T4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'];
const T4_GROUPS = ['administrativeReview', 'litigationDirect', 'litigationAfterReview'];
const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];
const METRICS = [
  ['applications.newReceived.total', '本年新收申请 new requests'],
  ['applications.total.total', '办理结果总计 requests handled'],
  ['applications.granted.total', '予以公开 granted'],
  ['applications.denied.total', '不予公开 denied'],
  ['applications.unavailable.total', '无法提供 unavailable'],
  ['applications.carriedForward.total', '结转下年度 carried forward'],
  ['reviewLitigation.administrativeReview.total', '行政复议 reviews'],
  ['reviewLitigation.litigation.total', '行政诉讼 lawsuits'],
  ['activeDisclosure.decisions.total', '处理决定 decisions (表二)'],
];
const T3_ROWS = [
  ['newReceived', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  ['granted', '三、本年度办理结果 （一）予以公开'],
  ['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['denied.stateSecret', '（三）不予公开 1.属于国家秘密'],
  ['denied.prohibitedByLaw', '2.其他法律行政法规禁止公开'],
  ['denied.endangersSecurity', '3.危及“三安全一稳定”'],
  ['denied.thirdPartyRights', '4.保护第三方合法权益'],
  ['denied.internalAffairs', '5.属于三类内部事务信息'],
  ['denied.processInformation', '6.属于四类过程性信息'],
  ['denied.enforcementRecords', '7.属于行政执法案卷'],
  ['denied.administrativeQuery', '8.属于行政查询事项'],
  ['unavailable.notHeld', '（四）无法提供 1.本机关不掌握相关政府信息'],
  ['unavailable.requiresCreation', '2.没有现成信息需要另行制作'],
  ['unavailable.unclear', '3.补正后申请内容仍不明确'],
  ['notProcessed.petition', '（五）不予处理 1.信访举报投诉类申请'],
  ['notProcessed.duplicate', '2.重复申请'],
  ['notProcessed.publication', '3.要求提供公开出版物'],
  ['notProcessed.excessive', '4.无正当理由大量反复申请'],
  ['notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'],
];
const T3_OTHER_2019 = [['otherHandling.other', '（六）其他处理']];
const T3_OTHER_2021 = [
  ['otherHandling.noCorrection', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.other', '3.其他'],
];
const T3_END = [['total', '（七）总计'], ['carriedForward', '四、结转下年度继续办理']];
const T2_2019 = [
  ['第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['made', 'published', 'totalPublished'],
    [['regulations', '规章'], ['normativeDocuments', '规范性文件']]],
  ['第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['previousCount', 'change', 'decisions'],
    [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项']]],
  ['第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['previousCount', 'change', 'decisions'],
    [['penalties', '行政处罚'], ['enforcement', '行政强制']]],
  ['第二十条第（八）项', ['上一年项目数量', '本年增/减'], ['previousCount', 'change'], [['fees', '行政事业性收费']]],
  ['第二十条第（九）项', ['采购项目数量', '采购总金额（万元）'], ['projects', 'amountWan'], [['procurement', '政府集中采购']]],
];
const T2_2021 = [
  ['第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], ['issued', 'repealed', 'inForce'],
    [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']]],
  ['第二十条第（五）项', ['本年处理决定数量'], ['decisions'], [['licensing', '行政许可']]],
  ['第二十条第（六）项', ['本年处理决定数量'], ['decisions'], [['penalties', '行政处罚'], ['enforcement', '行政强制']]],
  ['第二十条第（八）项', ['本年收费金额（万元）'], ['amountWan'], [['fees', '行政事业性收费']]],
];

// ---------- small DOM helpers (text only) ----------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
const view = () => document.getElementById('view');
function show(...nodes) { const v = view(); v.replaceChildren(...nodes); }
function fmt(n) { return n === null || n === undefined ? '' : Number(n).toLocaleString('zh-CN'); }
function fmtTime(t) { return t ? new Date(t).toLocaleString('zh-CN', { hour12: false }) : '—'; }
function enc(s) { return encodeURIComponent(s); }

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error((body && (body.detail || body.title)) || ('HTTP ' + res.status));
  return body;
}

function badges(counts) {
  return el('span', {}, SEVERITIES.map(s => el('span', {
    class: 'badge ' + ((counts && counts[s]) ? s : 'zero'), title: s,
  }, String((counts && counts[s]) || 0))));
}
function statusTag(s) { return el('span', { class: 'status ' + s }, s || '—'); }
function failure(e) { return el('p', { class: 'error' }, '出错了 Error: ' + e.message); }

// ---------- routing ----------
function route() {
  const hash = location.hash || '#/reports';
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.nav === parts[0]));
  stopPolling();
  if (parts[0] === 'report' && parts[1]) return reportPage(parts[1]);
  if (parts[0] === 'org' && parts[1]) return bodyPage(parts[1]);
  if (parts[0] === 'bodies') return bodiesPage(params);
  if (parts[0] === 'stats') return statsPage(params);
  if (parts[0] === 'upload') return uploadPage();
  if (parts[0] === 'batches') return batchesPage(); // batches.js
  if (parts[0] === 'batch' && parts[1]) return batchPage(parts[1]);
  return reportsPage(params);
}
window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => { route(); liveIndicator(); });

// ---------- report list ----------
async function reportsPage(params) {
  const field = (name, label, input) => el('label', {}, label, input);
  const select = (name, options) => el('select', { name }, options.map(([v, l]) => {
    const o = el('option', { value: v }, l); if (params.get(name) === v) o.selected = true; return o;
  }));
  const text = (name, placeholder) => el('input', { name, placeholder, value: params.get(name) || '' });
  const form = el('form', { class: 'filters', on: { submit: ev => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) q.set(k, v);
    location.hash = '#/reports?' + q.toString();
  } } },
  field('organization', '机关 Body', text('organization', '如 烟台')),
  field('year', '年度 Year', text('year', '2020')),
  field('template', '模板 Template', select('template', [['', '全部'], ['2019', '2019'], ['2021', '2021']])),
  field('severity', '问题级别 Severity', select('severity', [['', '全部'], ['ERROR', 'ERROR 错误'], ['WARNING', 'WARNING 警告'], ['INFO', 'INFO 提示']])),
  field('code', '规则 Code', text('code', 'N_MISMATCH')),
  field('status', '状态 Status', select('status', [['', '全部'], ['RECEIVED', 'RECEIVED'], ['PARSED', 'PARSED'], ['VALIDATED', 'VALIDATED']])),
  el('button', { type: 'submit' }, '查询 Search'));
  const exportQuery = new URLSearchParams(params); exportQuery.delete('page'); exportQuery.delete('size');
  const exports = el('p', {}, '导出 Export: ',
    el('a', { class: 'button secondary', href: '/api/export?format=csv&' + exportQuery }, 'CSV'), ' ',
    el('a', { class: 'button secondary', href: '/api/export?format=xlsx&' + exportQuery }, 'Excel (XLSX)'), ' ',
    el('a', { class: 'button secondary', href: '/api/risk.xlsx?' + exportQuery }, '风险清单 Risk list (XLSX)'));
  const results = el('div', {}, el('p', { class: 'muted' }, '加载中 loading…'));
  show(el('h1', {}, '年度报告 Reports'), form, exports, results);
  try {
    const page = await api('/api/reports?' + params.toString());
    const rows = page.items.map(r => el('tr', {},
      el('td', {}, el('a', { href: '#/report/' + enc(r.reportId) }, r.title || r.organization || r.reportId)),
      el('td', {}, r.organization ? el('a', { href: '#/org/' + enc(r.normalizedOrganization || r.organization) }, r.organization) : '—'),
      el('td', {}, r.year ?? '—'), el('td', {}, r.template ?? '—'),
      el('td', {}, statusTag(r.status)), el('td', {}, badges(r.issueCounts)),
      el('td', { class: 'muted' }, fmtTime(r.validatedAt || r.parsedAt || r.receivedAt))));
    results.replaceChildren(
      el('table', { class: 'grid' }, el('thead', {}, el('tr', {}, ['报告 Report', '机关 Body', '年度', '模板', '状态 Status',
        '问题 Issues (ERROR / WARNING / INFO)', '更新 Updated'].map(h => el('th', {}, h)))), el('tbody', {}, rows)),
      pager(page, params, '#/reports'));
  } catch (e) { results.replaceChildren(failure(e)); }
}

function pager(page, params, base) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  const go = p => { const q = new URLSearchParams(params); q.set('page', p); return base + '?' + q; };
  return el('div', { class: 'pager' },
    page.page > 0 ? el('a', { href: go(page.page - 1) }, '‹ 上一页') : null,
    el('span', { class: 'muted' }, `第 ${page.page + 1} / ${pages} 页 · 共 ${page.total} 条`),
    page.page + 1 < pages ? el('a', { href: go(page.page + 1) }, '下一页 ›') : null);
}

// ---------- one report ----------
// Maps an issue path (rules.md / parsed-report.md names) to the ids of the table cells it concerns.
function cellsOf(path) {
  if (!path) return [];
  const m = path.match(/^(applications|reviewLitigation|activeDisclosure)\.(.+?)(?:\[(\d+)\])?$/);
  if (!m) return [];
  const [, table, rest, index] = m;
  const parts = rest.split('.');
  if (table === 'applications') {
    let rowPart = parts, cols = null;
    if (index !== undefined) cols = [Number(index)];
    else {
      const last = parts[parts.length - 1];
      if (last === 'legalPersons') cols = [1, 2, 3, 4, 5];
      else if (T3_COLUMNS.includes(last) && parts.length > 1) cols = [T3_COLUMNS.indexOf(last)];
      if (cols) rowPart = parts.slice(0, -1);
    }
    const key = rowPart.join('.');
    const rows = T3_ROWS.concat(T3_OTHER_2021, T3_OTHER_2019, T3_END).map(r => r[0])
      .filter(r => r === key || r.startsWith(key + '.'));
    return [...new Set(rows)].flatMap(r => (cols || [0, 1, 2, 3, 4, 5, 6]).map(c => `applications.${r}.${c}`));
  }
  if (table === 'reviewLitigation') {
    const groups = parts[0] === 'litigation' ? ['litigationDirect', 'litigationAfterReview'] : [parts[0]];
    let cols = index !== undefined ? [Number(index)] : (parts[1] ? [T4_COLUMNS.indexOf(parts[1])] : [0, 1, 2, 3, 4]);
    return groups.flatMap(g => cols.filter(c => c >= 0).map(c => `reviewLitigation.${g}.${c}`));
  }
  if (parts[0] === 'decisions' && parts[1] === 'total') {
    return ['licensing', 'otherServices', 'penalties', 'enforcement'].map(g => `activeDisclosure.${g}.decisions`);
  }
  return [`activeDisclosure.${parts.join('.')}`];
}

async function reportPage(id) {
  show(el('p', { class: 'muted' }, '加载中 loading…'));
  let r;
  try { r = await api('/api/reports/' + enc(id)); } catch (e) { show(failure(e)); return; }
  const byCell = new Map();
  for (const issue of r.issues) for (const cell of cellsOf(issue.path)) {
    if (!byCell.has(cell)) byCell.set(cell, []);
    byCell.get(cell).push(issue);
  }
  const meta = el('dl', { class: 'meta' },
    el('dt', {}, '机关 Body'), el('dd', {}, r.organization ? el('a', { href: '#/org/' + enc(r.normalizedOrganization || r.organization) }, r.organization) : '—'),
    el('dt', {}, '年度 Year'), el('dd', {}, r.year ?? '—'),
    el('dt', {}, '模板 Template'), el('dd', {}, r.template ?? '—'),
    el('dt', {}, '状态 Status'), el('dd', {}, statusTag(r.status), ' ',
      el('span', { class: 'muted' }, `收到 ${fmtTime(r.timestamps.receivedAt)} · 解析 ${fmtTime(r.timestamps.parsedAt)} · 校验 ${fmtTime(r.timestamps.validatedAt)}`)),
    el('dt', {}, '来源 Source'), el('dd', {}, r.source.fileName || '—', ' ',
      r.source.sourceUrl ? el('span', { class: 'muted' }, r.source.sourceUrl) : null),
    el('dt', {}, 'SHA-256'), el('dd', { class: 'muted' }, r.source.sha256 || '—'),
    el('dt', {}, '问题 Issues'), el('dd', {}, badges(r.issueCounts)));
  const issueList = el('ul', { class: 'issues' }, r.issues.length ? r.issues.map(i => el('li', { dataset: i.path ? { issuePath: i.path } : null },
    el('span', { class: 'badge ' + i.severity }, i.severity), el('code', {}, i.code), ' ',
    el('span', { class: 'muted' }, i.path || ''), ' ', i.message || '',
    i.expected !== null || i.actual !== null ? el('span', { class: 'muted' }, ` (表格 ${fmt(i.expected)} / 实际 ${fmt(i.actual)})`) : null,
    window.NianbaoReview ? window.NianbaoReview.control(r.reportId, i) : null)) // review.js
    : [el('li', { class: 'muted' }, '没有问题 no issues')]);
  const tables = r.tables || {};
  show(el('h1', {}, r.title || r.organization || r.reportId), meta,
    el('h2', {}, '校验问题 Issues'), issueList,
    el('h2', {}, '二、主动公开政府信息情况 (Table 2)', tableStatus(tables.activeDisclosure)),
    table2(tables.activeDisclosure, r.template, byCell),
    el('h2', {}, '三、收到和处理政府信息公开申请情况 (Table 3)', tableStatus(tables.applications)),
    table3(tables.applications, r.template, byCell),
    el('h2', {}, '四、政府信息公开行政复议、行政诉讼情况 (Table 4)', tableStatus(tables.reviewLitigation)),
    table4(tables.reviewLitigation, byCell),
    el('h2', {}, '正文中的数字 Figures in the prose'), narrative(r.narrative || [], r.issues),
    el('p', {}, el('a', { class: 'button secondary', href: '/api/export?format=xlsx&organization=' + enc(r.organization || '') + '&year=' + enc(r.year ?? '') }, '导出本机关本年度 Export (XLSX)')));
  if (typeof Evidence !== 'undefined') Evidence.attach(r); // evidence.js: click a cell → its source span
  if (typeof Corrections !== 'undefined') Corrections.attach(r); // corrections.js: correct cells, versions, diff
  if (r.status !== 'VALIDATED') poll(() => reportPage(id), 2000);
}

function tableStatus(t) {
  const s = t ? t.status : 'MISSING';
  const label = { PRESENT: '已读取', EMPTY: '空表', IMAGE_ONLY: '图片表格', MISSING: '缺失' }[s] || s;
  return el('span', { class: 'table-status ' + s }, label + ' ' + s);
}

// A data cell: highlighted with the issues that concern it (message in the title and beside the row).
function cell(id, value, byCell) {
  const issues = byCell.get(id) || [];
  const worst = SEVERITIES.find(s => issues.some(i => i.severity === s));
  return el('td', { class: 'num' + (issues.length ? ' bad ' + worst : ''), dataset: { path: id },
    title: issues.map(i => i.code + ': ' + (i.message || '')).join('\n') || null }, value === null || value === undefined ? '' : fmt(value));
}
function notes(ids, byCell) {
  const seen = new Set();
  const issues = ids.flatMap(id => byCell.get(id) || []).filter(i => !seen.has(i) && seen.add(i));
  return el('td', { class: 'note' }, issues.map(i => el('div', {}, '⚠ ' + (i.message || i.code))));
}

function table2(t, template, byCell) {
  if (!t || t.status !== 'PRESENT') return el('p', { class: 'muted' }, '无可读数据 no readable cells');
  const layout = template === '2021' ? T2_2021 : T2_2019;
  const width = Math.max(...layout.map(section => section[1].length));
  const body = [];
  for (const [section, headers, fields, rows] of layout) {
    // sections have 1–3 columns: pad so that the issue column lines up
    const pad = width - headers.length;
    body.push(el('tr', {}, el('th', {}, section), headers.map(h => el('th', {}, h)),
      pad > 0 ? el('th', { colspan: pad }) : null, el('th', {}, '问题')));
    for (const [group, label] of rows) {
      const ids = fields.map(f => `activeDisclosure.${group}.${f}`);
      body.push(el('tr', {}, el('td', { class: 'label' }, label),
        fields.map((f, i) => cell(ids[i], t[group] ? t[group][f] : null, byCell)),
        pad > 0 ? el('td', { colspan: pad }) : null, notes(ids, byCell)));
    }
  }
  return el('table', { class: 'grid official', id: 'table2' }, el('tbody', {}, body));
}

function table3(t, template, byCell) {
  if (!t || t.status !== 'PRESENT') return el('p', { class: 'muted' }, '无可读数据 no readable cells');
  const head = el('thead', {},
    el('tr', {}, el('th', { rowspan: 3, colspan: 1 }, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
      el('th', { colspan: 7 }, '申请人情况'), el('th', { rowspan: 3 }, '问题 Issues')),
    el('tr', {}, el('th', { rowspan: 2 }, '自然人'), el('th', { colspan: 5 }, '法人或其他组织'), el('th', { rowspan: 2 }, '总计')),
    el('tr', {}, ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map(h => el('th', {}, h))));
  const rows = T3_ROWS.concat(template === '2021' ? T3_OTHER_2021 : T3_OTHER_2019, T3_END);
  const extra = Object.keys(t.otherHandling || {}).map(k => 'otherHandling.' + k)
    .filter(k => !rows.some(r => r[0] === k)).map(k => [k, '（六）其他处理 ' + k]);
  const body = rows.concat(extra).map(([key, label]) => {
    const [a, b] = key.split('.');
    const values = b ? (t[a] || {})[b] : t[a];
    const ids = T3_COLUMNS.map((_, i) => `applications.${key}.${i}`);
    return el('tr', {}, el('td', { class: 'label' }, label),
      ids.map((id, i) => cell(id, values ? values[i] : null, byCell)), notes(ids, byCell));
  });
  return el('table', { class: 'grid official', id: 'table3' }, head, el('tbody', {}, body));
}

function table4(t, byCell) {
  if (!t || t.status !== 'PRESENT') return el('p', { class: 'muted' }, '无可读数据 no readable cells');
  const sub = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const head = el('thead', {},
    el('tr', {}, el('th', { colspan: 5, rowspan: 2 }, '行政复议'), el('th', { colspan: 10 }, '行政诉讼')),
    el('tr', {}, el('th', { colspan: 5 }, '未经复议直接起诉'), el('th', { colspan: 5 }, '复议后起诉')),
    el('tr', {}, [...sub, ...sub, ...sub].map(h => el('th', {}, h))));
  const ids = T4_GROUPS.flatMap(g => T4_COLUMNS.map((_, i) => `reviewLitigation.${g}.${i}`));
  const values = T4_GROUPS.flatMap(g => T4_COLUMNS.map((_, i) => (t[g] || [])[i]));
  return el('div', {}, el('table', { class: 'grid official', id: 'table4' }, head,
    el('tbody', {}, el('tr', {}, ids.map((id, i) => cell(id, values[i], byCell))))),
  el('table', { class: 'grid' }, el('tbody', {}, el('tr', {}, el('th', {}, '问题 Issues'), notes(ids, byCell)))));
}

function narrative(figures, issues) {
  if (!figures.length) return el('p', { class: 'muted' }, '正文中没有可核对的数字 no figures found in the prose');
  const mismatch = new Map(issues.filter(i => i.code === 'N_MISMATCH').map(i => [i.path, i]));
  return el('table', { class: 'grid', id: 'narrative' },
    el('thead', {}, el('tr', {}, ['指标 Metric', '正文数字 Prose', '原文 Quote', '表格数字 Table', '核对 Check'].map(h => el('th', {}, h)))),
    el('tbody', {}, figures.map(f => {
      const bad = mismatch.get(f.metric);
      return el('tr', { class: bad ? 'mismatch' : null },
        el('td', {}, f.metric), el('td', { class: 'num' }, (f.atLeast ? '≥ ' : '') + fmt(f.value)),
        el('td', { class: 'quote' }, '“' + (f.quote || '') + '”'),
        el('td', { class: 'num' }, bad ? fmt(bad.expected) : ''),
        el('td', { class: bad ? 'sev-WARNING' : 'muted' }, bad ? '不一致 ' + (bad.message || '') : '一致或未核对'));
    })));
}

// ---------- bodies ----------
async function bodiesPage(params) {
  const q = el('input', { name: 'q', placeholder: '机关名称', value: params.get('q') || '' });
  const form = el('form', { class: 'filters', on: { submit: ev => { ev.preventDefault(); location.hash = '#/bodies?q=' + enc(q.value); } } },
    el('label', {}, '机关 Body', q), el('button', { type: 'submit' }, '查询'));
  const out = el('div', {});
  show(el('h1', {}, '机关 Bodies'), form, out);
  try {
    const page = await api('/api/organizations?size=200&' + params.toString());
    out.replaceChildren(el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['机关 Body', '报告数', '年度 Years', 'ERROR', 'WARNING'].map(h => el('th', {}, h)))),
      el('tbody', {}, page.items.map(o => el('tr', {},
        el('td', {}, el('a', { href: '#/org/' + enc(o.name) }, o.displayName || o.name)),
        el('td', { class: 'num' }, o.reports), el('td', {}, o.years.join('、')),
        el('td', { class: 'num' }, o.errors), el('td', { class: 'num' }, o.warnings))))), pager(page, params, '#/bodies'));
  } catch (e) { out.replaceChildren(failure(e)); }
}

async function bodyPage(name) {
  const charts = el('div', {});
  const reports = el('div', {});
  show(el('h1', {}, name), el('p', {}, el('a', { href: '#/reports?organization=' + enc(name) }, '该机关的全部报告 all reports of this body')),
    window.NianbaoBenchmarks ? window.NianbaoBenchmarks.section(name) : null, // benchmarks.js
    el('h2', {}, '历年数据 Figures over the years'), charts, el('h2', {}, '报告 Reports'), reports);
  const groups = [
    ['申请 Requests (表三)', METRICS.slice(0, 6)],
    ['复议与诉讼 Review & litigation (表四)', METRICS.slice(6, 8)],
    ['主动公开 Proactive disclosure (表二)', METRICS.slice(8)],
  ];
  try {
    for (const [title, metrics] of groups) {
      const series = await Promise.all(metrics.map(([m]) => api('/api/organizations/' + enc(name) + '/series?metric=' + enc(m))));
      const years = [...new Set(series.flatMap(s => s.points.map(p => p.year)))].filter(y => y !== null).sort();
      const box = el('div', { class: 'chart' });
      charts.appendChild(el('h3', {}, title));
      charts.appendChild(box);
      drawChart(box, {
        tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 60, right: 20, bottom: 30 },
        xAxis: { type: 'category', data: years.map(String) }, yAxis: { type: 'value' },
        series: series.map((s, i) => ({ name: metrics[i][1], type: 'line', connectNulls: false,
          data: years.map(y => { const p = s.points.find(q => q.year === y); return p ? p.value : null; }) })),
      });
    }
    const page = await api('/api/reports?size=100&organization=' + enc(name));
    reports.replaceChildren(el('ul', {}, page.items.map(r => el('li', {},
      el('a', { href: '#/report/' + enc(r.reportId) }, (r.year ?? '?') + ' · ' + (r.title || r.reportId)), ' ', badges(r.issueCounts)))));
  } catch (e) { charts.appendChild(failure(e)); }
}

function drawChart(box, option) {
  if (!window.echarts) { box.replaceChildren(el('p', { class: 'muted' }, '图表库未加载 charts unavailable')); return; }
  const chart = window.echarts.init(box);
  // a working tool: draw at once (no animation), and mark single points so that one year is visible
  chart.setOption(Object.assign({ animation: false }, option, {
    series: option.series.map(s => Object.assign({ symbolSize: 8, label: { show: true } }, s)),
  }));
  window.addEventListener('resize', () => chart.resize());
}

// ---------- stats ----------
async function statsPage(params) {
  const year = el('input', { name: 'year', placeholder: '全部年度', value: params.get('year') || '' });
  const form = el('form', { class: 'filters', on: { submit: ev => { ev.preventDefault(); location.hash = '#/stats?year=' + enc(year.value); } } },
    el('label', {}, '年度 Year', year), el('button', { type: 'submit' }, '统计'));
  const out = el('div', {});
  show(el('h1', {}, '统计 Stats'), form, out);
  try {
    const s = await api('/api/stats?' + params.toString());
    const label = Object.fromEntries(METRICS);
    const chartBox = el('div', { class: 'chart' });
    const q = new URLSearchParams(); if (s.year) q.set('year', s.year);
    out.replaceChildren(
      el('div', { class: 'cards' },
        el('div', { class: 'card' }, '报告 Reports', el('b', {}, fmt(s.reports))),
        el('div', { class: 'card' }, '机关 Bodies', el('b', {}, fmt(s.bodies))),
        SEVERITIES.map(sev => el('div', { class: 'card' }, el('span', { class: 'sev-' + sev }, '含 ' + sev + ' 的报告'), el('b', {}, fmt(s.reportsWithSeverity[sev]))))),
      el('h2', {}, '主要指标合计 Totals'),
      el('table', { class: 'grid' }, el('tbody', {}, Object.entries(s.totals).map(([m, v]) => el('tr', {},
        el('td', {}, label[m] || m), el('td', { class: 'muted' }, m), el('td', { class: 'num' }, fmt(v)))))),
      el('h2', {}, '问题分布 Issues by code'), chartBox,
      el('p', {}, el('a', { class: 'button secondary', href: '/api/export?format=csv&' + q }, '导出 CSV'), ' ',
        el('a', { class: 'button secondary', href: '/api/export?format=xlsx&' + q }, '导出 Excel')));
    const codes = Object.keys(s.issuesByCode);
    drawChart(chartBox, {
      tooltip: {}, grid: { left: 200, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'value' }, yAxis: { type: 'category', data: codes },
      series: [{ type: 'bar', data: codes.map(c => s.issuesByCode[c]) }],
    });
  } catch (e) { out.replaceChildren(failure(e)); }
}

// ---------- upload ----------
function uploadPage() {
  const token = el('input', { type: 'password', id: 'token', placeholder: '写入令牌 write token', autocomplete: 'off',
    value: sessionStorage.getItem('nianbao.token') || '' });
  token.addEventListener('change', () => sessionStorage.setItem('nianbao.token', token.value.trim()));
  const files = el('input', { type: 'file', id: 'files', multiple: true });
  const list = el('table', { class: 'grid' }, el('thead', {}, el('tr', {},
    ['文件 File', '报告 Report', '进度 Progress', '问题 Issues'].map(h => el('th', {}, h)))), el('tbody', {}));
  const drop = el('div', { class: 'drop', id: 'drop' }, '把年度报告拖到这里（可多个）Drop reports here, or ', files);
  drop.addEventListener('dragover', ev => { ev.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', ev => { ev.preventDefault(); drop.classList.remove('over'); send([...ev.dataTransfer.files]); });
  files.addEventListener('change', () => send([...files.files]));
  show(el('h1', {}, '上传报告 Upload'),
    el('p', {}, el('label', {}, '令牌 Token（只保存在本浏览器会话中 kept in this tab only）: ', token)),
    drop, el('h2', {}, '处理进度 Progress'), list);

  async function send(chosen) {
    sessionStorage.setItem('nianbao.token', token.value.trim());
    for (const file of chosen) {
      const steps = el('span', { class: 'steps' }, ['RECEIVED', 'PARSED', 'VALIDATED'].map(s => el('span', { dataset: { step: s } }, s)));
      const link = el('td', {}, '上传中 uploading…');
      const issues = el('td', {});
      list.tBodies[0].appendChild(el('tr', {}, el('td', {}, file.name), link, el('td', {}, steps), issues));
      const form = new FormData();
      form.append('file', file, file.name);
      try {
        const res = await fetch('/api/upload', { method: 'POST', body: form, headers: { Authorization: 'Bearer ' + token.value.trim() } });
        const body = await res.json().catch(() => ({}));
        if (!res.ok) { link.replaceChildren(el('span', { class: 'error' }, `${res.status} ${body.detail || body.title || ''}`)); continue; }
        // a multipart push answers 207 with one result per file: {results: [{fileName, reportId, status, problem}]}
        const result = (body.results && body.results[0]) || body;
        if (result.status === 'REJECTED') {
          link.replaceChildren(el('span', { class: 'error' }, `${result.httpStatus || ''} ${(result.problem && (result.problem.detail || result.problem.title)) || '被拒绝 rejected'}`));
          continue;
        }
        const id = result.reportId;
        if (!id) { link.replaceChildren('已提交 accepted'); continue; }
        if (result.status === 'DUPLICATE') issues.replaceChildren(el('span', { class: 'muted' }, '已收到过 already ingested '));
        link.replaceChildren(el('a', { href: '#/report/' + enc(id) }, id));
        follow(id, steps, issues);
      } catch (e) { link.replaceChildren(el('span', { class: 'error' }, e.message)); }
    }
  }
}

// Polls the read model until the report is VALIDATED, lighting the steps as it moves.
function follow(id, steps, issues) {
  const order = ['RECEIVED', 'PARSED', 'VALIDATED'];
  const tick = async () => {
    try {
      const r = await api('/api/reports/' + enc(id));
      const reached = order.indexOf(r.status);
      steps.querySelectorAll('span').forEach((s, i) => s.classList.toggle('done', i <= reached));
      if (r.status === 'VALIDATED') { issues.replaceChildren(badges(r.issueCounts)); return; }
    } catch (e) { /* not in the read model yet */ }
    setTimeout(tick, 1000);
  };
  tick();
}

let pollTimer = null;
function poll(fn, ms) { stopPolling(); pollTimer = setTimeout(fn, ms); }
function stopPolling() { if (pollTimer) clearTimeout(pollTimer); pollTimer = null; }

// Live indicator: lights up while the SSE stream of validation events is connected, blinks on each event.
function liveIndicator() {
  const dot = document.getElementById('live');
  if (!window.EventSource) return;
  const source = new EventSource('/api/events');
  source.onopen = () => dot.classList.add('on');
  source.onerror = () => dot.classList.remove('on');
  source.addEventListener('ReportValidated', ev => {
    dot.title = '最新校验事件 latest event #' + ev.lastEventId;
    dot.classList.remove('on'); setTimeout(() => dot.classList.add('on'), 150);
  });
}
