// Nianbao console: the review of an issue (confirmed / dismissed as a false positive / open) beside it on the
// report page. Writes need the write token: the one typed on the upload page (kept in this tab's session) or asked for.
'use strict';

window.NianbaoReview = (() => {
  const LABELS = { OPEN: '待审核', CONFIRMED: '已确认', DISMISSED: '已排除（误报）' };

  function token() {
    let t = sessionStorage.getItem('nianbao.token');
    if (!t) {
      t = (window.prompt('写入令牌 write token') || '').trim();
      if (t) sessionStorage.setItem('nianbao.token', t);
    }
    return t;
  }

  async function send(reportId, issue, state, tag) {
    const reviewer = (window.prompt('审核人 reviewer', sessionStorage.getItem('nianbao.reviewer') || '') || '').trim();
    if (!reviewer) return;
    sessionStorage.setItem('nianbao.reviewer', reviewer);
    const comment = (window.prompt(state === 'DISMISSED' ? '排除理由（必填）reason' : '说明（可选）comment', '') || '').trim();
    const res = await fetch('/api/reports/' + encodeURIComponent(reportId) + '/issues/review', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token() },
      body: JSON.stringify({ code: issue.code, path: issue.path, state, comment, reviewer }) });
    const body = await res.json().catch(() => null);
    if (!res.ok) { tag.textContent = '审核失败 ' + res.status + ' ' + ((body && body.detail) || ''); return; }
    issue.review = body[0].review; issue.reviewComment = body[0].reviewComment;
    show(issue, tag);
  }

  function show(issue, tag) {
    const state = issue.review || 'OPEN';
    tag.className = 'review ' + state;
    tag.textContent = LABELS[state] + (issue.reviewComment ? '：' + issue.reviewComment : '');
  }

  // A tag with the review state for one issue of a report; clicking it shows the three actions (hidden until then,
  // so that a click on the issue itself, which shows its evidence, never starts a review by accident).
  function control(reportId, issue) {
    const tag = document.createElement('span');
    tag.title = '点击审核 click to review';
    show(issue, tag);
    const actions = document.createElement('span');
    actions.hidden = true;
    const button = (state, label) => {
      const b = document.createElement('button');
      b.type = 'button'; b.className = 'secondary review-action'; b.textContent = label; b.dataset.state = state;
      b.addEventListener('click', ev => { ev.stopPropagation(); send(reportId, issue, state, tag); });
      return b;
    };
    actions.append(button('CONFIRMED', '确认'), button('DISMISSED', '排除误报'), button('OPEN', '重开'));
    tag.addEventListener('click', () => { actions.hidden = !actions.hidden; });
    const box = document.createElement('span');
    box.className = 'review-box';
    box.append(' ', tag, actions);
    return box;
  }

  return { control };
})();
