// Corrections on the report page: a user with the write token clicks cells in "correction mode", types the right
// figures and a reason, and the console posts them (POST /api/reports/{id}/corrections) as a new version of the
// report, which is validated again. The versions of the report are listed with who/when/why and a diff.
// Report content is untrusted: it only enters the page as text (el() from app.js creates text nodes).
'use strict';

const Corrections = (() => {
  const state = { reportId: null, report: null, mode: false, pending: new Map(), message: null };
  let listening = false;

  // console cell id (applications.total.6) → API path (applications.total[6])
  function apiPath(cellId) { return cellId.replace(/\.(\d+)$/, '[$1]'); }
  function cellId(path) { return path.replace(/\[(\d+)\]$/, '.$1'); }

  // in correction mode a click on a table cell adds it to the pending corrections (instead of showing its evidence)
  function onClick(ev) {
    if (!state.mode) return;
    const td = ev.target.closest ? ev.target.closest('td[data-path]') : null;
    if (!td || !document.getElementById('view').contains(td)) return;
    ev.stopPropagation();
    ev.preventDefault();
    const path = apiPath(td.dataset.path);
    if (!state.pending.has(path)) state.pending.set(path, { before: td.textContent.replace(/[,\s]/g, ''), after: null });
    renderForm();
  }

  function attach(report) {
    if (state.reportId !== report.reportId) {
      state.reportId = report.reportId;
      state.mode = false;
      state.pending = new Map();
      state.message = null;
    }
    state.report = report;
    if (!listening) {
      document.getElementById('view').addEventListener('click', onClick, true); // capture: before evidence.js
      listening = true;
    }
    const section = el('section', { id: 'corrections', class: 'corrections' },
      el('h2', {}, '更正与版本 Corrections & versions'),
      el('p', { class: 'muted' }, `当前版本 current version ${report.version ?? 1}，共 ${report.versions ?? 1} 个版本`,
        report.validation && report.validation.version && report.validation.version !== report.version
          ? `（问题列表仍是版本 ${report.validation.version} 的校验结果，新版本正在校验 issues shown are of version ${report.validation.version}）` : ''),
      el('div', { id: 'versions' }, el('p', { class: 'muted' }, '加载中 loading…')),
      el('div', { id: 'version-diff' }),
      el('div', { id: 'correction-form' }));
    const issues = document.querySelector('#view ul.issues');
    if (issues) issues.after(section); else document.getElementById('view').appendChild(section);
    renderForm();
    loadVersions();
  }

  async function loadVersions() {
    const box = document.getElementById('versions');
    let list;
    try { list = await api('/api/reports/' + enc(state.reportId) + '/versions'); } catch (e) { box.replaceChildren(failure(e)); return; }
    box.replaceChildren(el('table', { class: 'grid', id: 'versions-table' },
      el('thead', {}, el('tr', {}, ['版本 Version', '时间 When', '更正人 Who', '理由 Why', '改动 Cells', '问题 Issues', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, list.map(v => el('tr', { class: v.current ? 'current' : null, dataset: { version: v.version } },
        el('td', {}, 'v' + v.version + (v.current ? ' 当前' : '')),
        el('td', {}, fmtTime(v.createdAt)),
        el('td', {}, v.version === 1 ? '解析结果 as parsed' : (v.author || '—')),
        el('td', {}, v.reason || ''),
        el('td', { class: 'num' }, v.version === 1 ? '' : String(v.changeCount)),
        el('td', {}, v.issueCounts ? badges(v.issueCounts) : el('span', { class: 'muted' }, '校验中 pending')),
        el('td', {}, v.version > 1 ? el('button', { class: 'secondary', type: 'button', on: { click: () => showDiff(v.version - 1, v.version) } },
          '与 v' + (v.version - 1) + ' 比较 diff') : null,
        ' ', el('a', { href: '/api/reports/' + enc(state.reportId) + '/versions/' + v.version, target: '_blank', rel: 'noopener' }, 'JSON')))))));
  }

  async function showDiff(from, to) {
    const box = document.getElementById('version-diff');
    let d;
    try { d = await api(`/api/reports/${enc(state.reportId)}/diff?from=${from}&to=${to}`); } catch (e) { box.replaceChildren(failure(e)); return; }
    box.replaceChildren(el('h3', {}, `v${d.from} → v${d.to}`), d.changes.length
      ? el('table', { class: 'grid', id: 'diff-table' },
        el('thead', {}, el('tr', {}, ['单元格 Cell', '更正前 Before', '更正后 After'].map(h => el('th', {}, h)))),
        el('tbody', {}, d.changes.map(c => el('tr', { dataset: { path: c.path } },
          el('td', {}, c.path), el('td', { class: 'num' }, c.before === null ? '（空白）' : fmt(c.before)),
          el('td', { class: 'num' }, c.after === null ? '（空白）' : fmt(c.after))))))
      : el('p', { class: 'muted' }, '两个版本的单元格相同 no cell differs'));
  }

  function highlightPending() {
    document.querySelectorAll('#view td[data-path]').forEach(td => {
      td.style.outline = state.mode && state.pending.has(apiPath(td.dataset.path)) ? '2px dashed #1f618d' : '';
    });
  }

  function renderForm() {
    const box = document.getElementById('correction-form');
    if (!box) return;
    const toggle = el('button', { type: 'button', id: 'correction-mode', class: state.mode ? 'secondary' : null, on: { click: () => {
      state.mode = !state.mode;
      state.message = null;
      renderForm();
    } } }, state.mode ? '结束更正 Stop correcting' : '更正单元格 Correct cells');
    const nodes = [el('p', {}, toggle, ' ', el('span', { class: 'muted' }, state.mode
      ? '点击表格中的单元格，填入正确的数字 click the cells to correct, then type the right figures'
      : '需要写入令牌 needs the write token'))];
    if (state.mode) {
      const rows = [...state.pending.entries()].map(([path, p]) => {
        const input = el('input', { type: 'text', inputmode: 'decimal', size: 10, 'aria-label': path, dataset: { path },
          placeholder: '空白 blank', value: p.after ?? p.before ?? '' });
        input.addEventListener('input', () => { p.after = input.value; });
        return el('tr', {}, el('td', {}, el('code', {}, path)), el('td', { class: 'num' }, p.before || '（空白）'), el('td', {}, input),
          el('td', {}, el('button', { type: 'button', class: 'secondary', on: { click: () => { state.pending.delete(path); renderForm(); } } }, '移除')));
      });
      const reason = el('textarea', { id: 'correction-reason', rows: 2, cols: 60, placeholder: '更正理由（必填）reason, required' });
      const author = el('input', { id: 'correction-author', placeholder: '更正人 your name', value: sessionStorage.getItem('nianbao.author') || '' });
      const token = el('input', { id: 'correction-token', type: 'password', autocomplete: 'off', placeholder: '写入令牌 write token',
        value: sessionStorage.getItem('nianbao.token') || '' });
      const submit = el('button', { type: 'button', id: 'correction-submit', on: { click: () => send(reason.value, author.value, token.value) } },
        '保存为新版本 Save as a new version');
      nodes.push(rows.length
        ? el('table', { class: 'grid', id: 'pending-corrections' },
          el('thead', {}, el('tr', {}, ['单元格 Cell', '当前 Now', '更正为 New', ''].map(h => el('th', {}, h)))), el('tbody', {}, rows))
        : el('p', { class: 'muted' }, '尚未选择单元格 no cell chosen yet'),
      el('p', {}, reason), el('p', {}, author, ' ', token, ' ', submit));
    }
    if (state.message) nodes.push(el('p', { class: state.message.error ? 'error' : 'ok', id: 'correction-message' }, state.message.text));
    box.replaceChildren(...nodes);
    highlightPending();
  }

  async function send(reason, author, token) {
    const cells = {};
    for (const [path, p] of state.pending) {
      const raw = String(p.after ?? p.before ?? '').replace(/[,\s]/g, '');
      const value = raw === '' ? null : Number(raw);
      if (value !== null && !Number.isFinite(value)) { state.message = { error: true, text: path + '：请填数字 not a number' }; renderForm(); return; }
      cells[path] = value;
    }
    if (!Object.keys(cells).length) { state.message = { error: true, text: '请先点击要更正的单元格 choose a cell first' }; renderForm(); return; }
    sessionStorage.setItem('nianbao.token', token.trim());
    sessionStorage.setItem('nianbao.author', author.trim());
    let res, body;
    try {
      res = await fetch('/api/reports/' + enc(state.reportId) + '/corrections', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + token.trim() },
        body: JSON.stringify({ reason, author, basedOnVersion: state.report.version ?? 1, cells }),
      });
      body = await res.json().catch(() => null);
    } catch (e) {
      state.message = { error: true, text: '出错了 Error: ' + e.message };
      renderForm();
      return;
    }
    if (!res.ok) {
      state.message = { error: true, text: `${res.status} ${(body && (body.detail || body.title)) || ''}` };
      renderForm();
      return;
    }
    state.mode = false;
    state.pending = new Map();
    state.message = { error: false, text: `已保存为版本 ${body.version}，正在重新校验 saved as version ${body.version}, being validated again` };
    reportPage(state.reportId); // status PARSED: the page follows it until the new validation arrives
  }

  return { attach, apiPath, cellId };
})();
