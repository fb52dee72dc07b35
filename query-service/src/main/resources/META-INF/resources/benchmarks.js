// Nianbao console: a body's position among its peers (same level, same year) and its trend against the peers'
// quartiles, drawn as plain SVG (no library, nothing from a CDN). Uses the helpers of app.js (el, api, enc, fmt).
// Text from reports only ever goes in as textContent.
'use strict';

window.NianbaoBenchmarks = (() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const LEVELS = { PROVINCE: '省级政府', CITY: '市级政府', COUNTY: '县区级政府', TOWNSHIP: '乡镇街道', DEPARTMENT: '政府部门', OTHER: '其他' };

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  // The trend chart: peers' P25–P75 as a band, their median dashed, the body's own values as a line with dots.
  function chart(b) {
    const W = 640, H = 260, L = 64, R = 16, T = 16, B = 36;
    const box = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'bench-chart', role: 'img',
      'aria-label': '本机关与同级机关四分位数的对比 trend against peers' });
    const points = b.trend || [];
    if (!points.length) { box.appendChild(svg('text', { x: L, y: H / 2 }, '没有数据 no data')); return box; }
    const values = points.flatMap(p => [p.value, p.peers && p.peers.p25, p.peers && p.peers.p75])
      .filter(v => v !== null && v !== undefined).map(Number);
    const max = Math.max(1, ...values) * 1.08; // headroom for the value labels above the points
    const x = i => L + (points.length === 1 ? (W - L - R) / 2 : i * (W - L - R) / (points.length - 1));
    const y = v => T + (H - T - B) * (1 - Number(v) / max);
    for (let k = 0; k <= 4; k++) { // grid and axis labels
      const v = max * k / 4;
      box.appendChild(svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }));
      box.appendChild(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, fmt(Math.round(v))));
    }
    points.forEach((p, i) => box.appendChild(svg('text', { x: x(i), y: H - 12, 'text-anchor': 'middle', class: 'axis' }, p.year)));
    const withPeers = points.map((p, i) => [p, i]).filter(([p]) => p.peers && p.peers.count > 0);
    if (withPeers.length) {
      const upper = withPeers.map(([p, i]) => `${x(i)},${y(p.peers.p75)}`);
      const lower = withPeers.slice().reverse().map(([p, i]) => `${x(i)},${y(p.peers.p25)}`);
      box.appendChild(svg('polygon', { points: upper.concat(lower).join(' '), class: 'band' }));
      box.appendChild(svg('polyline', { points: withPeers.map(([p, i]) => `${x(i)},${y(p.peers.p50)}`).join(' '), class: 'median' }));
    }
    const own = points.map((p, i) => [p, i]).filter(([p]) => p.value !== null && p.value !== undefined);
    if (own.length) box.appendChild(svg('polyline', { points: own.map(([p, i]) => `${x(i)},${y(p.value)}`).join(' '), class: 'own' }));
    for (const [p, i] of own) {
      const dot = svg('circle', { cx: x(i), cy: y(p.value), r: 4, class: 'own-dot' });
      dot.appendChild(svg('title', {}, `${p.year}: ${fmt(p.value)}（第 ${p.rank} 名，百分位 ${p.percentile}）`));
      box.appendChild(dot);
      box.appendChild(svg('text', { x: x(i), y: y(p.value) - 8, 'text-anchor': 'middle', class: 'label' }, fmt(p.value)));
    }
    return box;
  }

  function summary(b) {
    if (b.value === null || b.value === undefined) return el('p', { class: 'muted' }, `${b.year || ''} 年没有该指标的数据 no value for this year`);
    const q = b.quartiles || {};
    return el('p', { class: 'bench-summary' },
      `${b.year} 年 · ${LEVELS[b.level] || b.level}：本机关 ${fmt(b.value)}，在 ${b.peers} 个同级机关中排第 ${b.rank} 名，百分位 ${b.percentile}；`
      + `同级 P25 ${fmt(q.p25)} · 中位数 ${fmt(q.p50)} · P75 ${fmt(q.p75)}`);
  }

  // The section on a body's page: metric choice, summary, chart, legend and the supervisor reports.
  function section(name) {
    const out = el('div', { id: 'benchmark' });
    const select = el('select', { id: 'benchmark-metric' });
    const body = el('div', {}, el('p', { class: 'muted' }, '加载中 loading…'));
    const draw = async () => {
      body.replaceChildren(el('p', { class: 'muted' }, '加载中 loading…'));
      try {
        const b = await api('/api/organizations/' + enc(name) + '/benchmark?metric=' + enc(select.value));
        body.replaceChildren(summary(b), chart(b), el('p', { class: 'legend muted' },
          el('span', { class: 'key own' }, '━ 本机关'), ' ', el('span', { class: 'key median' }, '┅ 同级中位数'), ' ',
          el('span', { class: 'key band' }, '▇ 同级 P25–P75'), ' · 同级 = 名称判定的同一级别，同一年度'));
      } catch (e) { body.replaceChildren(el('p', { class: 'error' }, '出错了 Error: ' + e.message)); }
    };
    select.addEventListener('change', draw);
    out.append(el('h2', {}, '同级比较与走势 Peers and trend'),
      el('p', {}, el('label', {}, '指标 Metric ', select), ' ',
        el('a', { class: 'button secondary', href: '/api/organizations/' + enc(name) + '/profile.html', target: '_blank' }, '打印概况 Profile'), ' ',
        el('a', { class: 'button secondary', href: '/api/organizations/' + enc(name) + '/profile.xlsx' }, '概况 Excel')),
      body);
    api('/api/metrics?main=true').then(metrics => {
      for (const m of metrics) select.appendChild(el('option', { value: m.name, title: m.definition }, `${m.label}（${m.unit}）`));
      draw();
    }).catch(e => body.replaceChildren(el('p', { class: 'error' }, '出错了 Error: ' + e.message)));
    return out;
  }

  return { section, chart };
})();
