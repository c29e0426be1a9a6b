/* Instant search over the index; without JavaScript the form submits to the catalogue. */
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const form = $('tim-kiem'), input = $('tu-khoa'), status = $('tim-kiem-trang-thai'), list = $('ket-qua');
  if (!form || !input || !status || !list) return;
  const MAX = 50;
  const LABELS = { full: 'Toàn trình', partial: 'Một phần', none: 'Không trực tuyến' };
  const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd').toLowerCase();
  const words = (s) => (fold(s).match(/[a-z0-9.]+/g) || [])
    .map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);

  let items = null, fields = [], loading = null;

  // Computed once: with ' word word …' strings, "a query word prefixes some word" is one
  // native indexOf(' ' + word).
  const prepare = (data) => {
    fields = data.fields || [];
    items = (data.procedures || []).map((p, i) => {
      const title = words(p.title).join(' ');
      return { i, p, code: fold(p.code), text: ' ' + p.text, title, titleSp: ' ' + title,
        titleLen: title.split(' ').length };
    });
  };

  const load = () => loading || (loading = fetch(form.dataset.index || '/tim-kiem/chi-muc.json')
    .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(prepare)
    .catch((e) => { loading = null; throw e; }));

  const search = (query) => {
    const qw = [...new Set(words(query))];
    if (!items || !qw.length) return [];
    const keys = qw.map((w) => ' ' + w), phrase = qw.join(' '), whole = fold(query).trim();
    const found = [];
    outer: for (const it of items) {
      for (const k of keys) if (it.text.indexOf(k) < 0) continue outer;
      let hits = 0;
      for (const k of keys) if (it.titleSp.indexOf(k) >= 0) hits++;
      found.push({ it, hits, exact: +(it.code === whole || qw.includes(it.code)), starts: +it.title.startsWith(phrase) });
    }
    // Exact code, title starting with the query, more title words matched; among equal
    // title matches the shorter title (the closer one), then code.
    found.sort((a, b) => (b.exact - a.exact) || (b.starts - a.starts) || (b.hits - a.hits) ||
      (a.hits ? a.it.titleLen - b.it.titleLen : 0) || (a.it.i - b.it.i));
    return found.map((f) => f.it);
  };

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };

  const render = (results) => {
    list.replaceChildren(...results.slice(0, MAX).map(({ p }) => {
      const a = el('a', null, p.title);
      a.href = '/thu-tuc/' + encodeURIComponent(p.code) + '/';
      const online = LABELS[p.online] ? p.online : 'none';
      const meta = el('span', 'search-results__meta');
      if (fields[p.field]) meta.append(fields[p.field], ' · ');
      meta.append(el('span', 'badge badge--' + online, LABELS[online]));
      const li = el('li');
      li.append(el('span', 'code', p.code), ' ', a, meta);
      return li;
    }));
    list.hidden = !results.length;
  };

  // The announcement and the address wait for a pause in typing; the results do not.
  let timer = 0;
  const announce = (query, n, now) => {
    clearTimeout(timer);
    const run = () => {
      const q = query.trim();
      status.textContent = !q ? '' : !n ? 'Không tìm thấy thủ tục nào'
        : 'Tìm thấy ' + n + ' thủ tục' + (n > MAX ? ', hiển thị ' + MAX + ' thủ tục đầu tiên' : '');
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', query); else url.searchParams.delete('q');
      try { history.replaceState(history.state, '', url); } catch (e) { /* throttled */ }
    };
    if (now) run(); else timer = setTimeout(run, 300);
  };

  const update = (now) => {
    const query = input.value;
    if (!items && query.trim()) {
      status.textContent = 'Đang tải dữ liệu tìm kiếm…';
      load().then(() => update(now), () => { status.textContent = ''; ($('tim-kiem-loi') || {}).hidden = false; });
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

  window.__search = Object.freeze({ get ready() { return load(); }, run: (q) => search(q).map((it) => it.p.code) });
})();
