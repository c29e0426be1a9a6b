/* Instant search over /tim-kiem/chi-muc.json. No dependencies; without it the form
   submits to the catalogue. */
(() => {
  'use strict';
  const form = document.getElementById('tim-kiem');
  const input = document.getElementById('tu-khoa');
  const status = document.getElementById('tim-kiem-trang-thai');
  const list = document.getElementById('ket-qua');
  const failure = document.getElementById('tim-kiem-loi');
  if (!form || !input || !status || !list) return;
  const MAX = 50;
  const LABELS = { full: 'Toàn trình', partial: 'Một phần', none: 'Không trực tuyến' };

  const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd').toLowerCase();
  const words = (s) => (fold(s).match(/[a-z0-9.]+/g) || [])
    .map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);

  let items = null;
  let fields = [];
  let loading = null;

  // Everything a query needs is computed once: ' word word …' strings make "a query word
  // prefixes some word" a single native indexOf(' ' + word).
  const prepare = (data) => {
    fields = Array.isArray(data.fields) ? data.fields : [];
    items = (data.procedures || []).map((p, i) => {
      const title = words(p.title).join(' ');
      return {
        i, p,
        code: fold(p.code),
        text: ' ' + p.text,
        title,
        titleSp: ' ' + title,
        titleLen: title ? title.split(' ').length : 0,
      };
    });
  };

  const load = () => {
    if (!loading) {
      loading = fetch(form.dataset.index || '/tim-kiem/chi-muc.json', { credentials: 'same-origin' })
        .then((r) => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
        .then(prepare)
        .catch((e) => { loading = null; throw e; });
    }
    return loading;
  };

  const search = (query) => {
    if (!items) return [];
    const qw = [...new Set(words(query))];
    if (!qw.length) return [];
    const keys = qw.map((w) => ' ' + w);
    const phrase = qw.join(' ');
    const whole = fold(query).trim();
    const found = [];
    outer: for (const it of items) {
      for (const k of keys) if (it.text.indexOf(k) < 0) continue outer;
      let titleHits = 0;
      for (const k of keys) if (it.titleSp.indexOf(k) >= 0) titleHits++;
      found.push({
        it,
        exact: it.code === whole || qw.indexOf(it.code) >= 0 ? 1 : 0,
        starts: it.title.startsWith(phrase) ? 1 : 0,
        titleHits,
      });
    }
    found.sort((a, b) => (b.exact - a.exact) || (b.starts - a.starts) ||
      (b.titleHits - a.titleHits) ||
      // Among equal title matches the shorter title is the closer one ("thai san": 2.000693).
      (a.titleHits ? a.it.titleLen - b.it.titleLen : 0) || (a.it.i - b.it.i));
    return found.map((f) => f.it);
  };

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };

  const render = (results) => {
    const frag = document.createDocumentFragment();
    for (const { p } of results.slice(0, MAX)) {
      const li = el('li');
      const a = el('a', null, p.title);
      a.href = '/thu-tuc/' + encodeURIComponent(p.code) + '/';
      const online = LABELS[p.online] ? p.online : 'none';
      const meta = el('span', 'search-results__meta');
      const field = fields[p.field];
      if (field) meta.append(field, ' · ');
      meta.append(el('span', 'badge badge--' + online, LABELS[online]));
      li.append(el('span', 'code', p.code), ' ', a, meta);
      frag.append(li);
    }
    list.replaceChildren(frag);
    list.hidden = !results.length;
  };

  let timer = 0;
  const announce = (query, count, now) => {
    clearTimeout(timer);
    const run = () => {
      status.textContent = !query.trim() ? '' : count === 0 ? 'Không tìm thấy thủ tục nào'
        : 'Tìm thấy ' + count + ' thủ tục' + (count > MAX ? ', hiển thị ' + MAX + ' thủ tục đầu tiên' : '');
      const url = new URL(location.href);
      if (query.trim()) url.searchParams.set('q', query); else url.searchParams.delete('q');
      try { history.replaceState(history.state, '', url); } catch (e) { /* throttled: the next call catches up */ }
    };
    if (now) run(); else timer = setTimeout(run, 300);
  };

  const update = (now) => {
    const query = input.value;
    if (!items) {
      if (!query.trim()) { render([]); announce(query, 0, now); return; }
      status.textContent = 'Đang tải dữ liệu tìm kiếm…';
      load().then(() => update(now), () => {
        status.textContent = '';
        if (failure) failure.hidden = false;
      });
      return;
    }
    const results = search(query);
    render(results);
    announce(query, results.length, now);
  };

  input.addEventListener('input', () => update(false));
  form.addEventListener('submit', (e) => { e.preventDefault(); update(true); });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; update(true); }

  window.__search = Object.freeze({
    get ready() { return load(); },
    run: (query) => search(query).map((it) => it.p.code),
  });
})();
