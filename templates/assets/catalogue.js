/* Catalogue filters: narrow and sort the rows already on the page. Without JavaScript the
   form stays hidden and the catalogue is the complete list. */
(() => {
  'use strict';
  const form = document.getElementById('bo-loc');
  if (!form) return;
  const status = document.getElementById('bo-loc-trang-thai');
  const NAMES = ['q', 'linh-vuc', 'cap', 'truc-tuyen', 'doi-tuong', 'sap-xep'];
  const control = (name) => form.elements.namedItem(name);

  const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd').toLowerCase();
  const words = (s) => (fold(s).match(/[a-z0-9.]+/g) || [])
    .map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);
  const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

  const rows = Array.from(document.querySelectorAll('tr[data-code]'), (tr) => {
    const d = tr.dataset;
    const link = tr.querySelector('a');
    return {
      tr,
      code: d.code || '',
      name: (link ? link.textContent : d.title || '').trim(),
      text: ' ' + (d.text || ''),
      field: d.field || '',
      levels: ' ' + (d.levels || '') + ' ',
      online: d.online || '',
      audiences: ' ' + (d.audiences || '') + ' ',
    };
  });
  const bodies = new Map();
  for (const r of rows) {
    const body = r.tr.parentNode;
    if (!bodies.has(body)) bodies.set(body, []);
    bodies.get(body).push(r);
  }
  const groups = Array.from(document.querySelectorAll('.field-group'), (section) => {
    const a = section.id && document.querySelector('.field-index a[href="#' + CSS.escape(section.id) + '"]');
    return { section, item: a ? a.closest('li') : null, rows: rows.filter((r) => section.contains(r.tr)) };
  });

  // A value read from the address counts only if the control offers it.
  const set = (name, value) => {
    const c = control(name);
    if (!c) return;
    if (c.tagName === 'SELECT') {
      c.value = Array.from(c.options).some((o) => o.value === value) ? value : c.options[0].value;
    } else c.value = value;
  };
  const params = new URLSearchParams(location.search);
  for (const name of NAMES) if (params.has(name)) set(name, params.get(name));

  let sorted = '';
  const sort = (by) => {
    if (by === sorted) return;
    sorted = by;
    const cmp = by === 'name' ? (a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1)
      : (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    for (const [body, list] of bodies) {
      list.sort(cmp);
      for (const r of list) body.appendChild(r.tr);
    }
  };

  const value = (name) => { const c = control(name); return c ? c.value : ''; };

  let timer = 0;
  const apply = (debounce) => {
    const keys = words(value('q')).map((w) => ' ' + w);
    const field = value('linh-vuc');
    const level = value('cap');
    const online = value('truc-tuyen');
    const audience = value('doi-tuong');
    let shown = 0;
    for (const r of rows) {
      const ok = keys.every((k) => r.text.indexOf(k) >= 0) &&
        (!field || r.field === field) &&
        (!level || r.levels.indexOf(' ' + level + ' ') >= 0) &&
        (!online || r.online === online) &&
        (!audience || r.audiences.indexOf(' ' + audience + ' ') >= 0);
      r.tr.hidden = !ok;
      if (ok) shown++;
    }
    for (const g of groups) {
      const empty = g.rows.length > 0 && g.rows.every((r) => r.tr.hidden);
      g.section.hidden = empty;
      if (g.item) g.item.hidden = empty;
    }
    sort(value('sap-xep') === 'name' ? 'name' : 'code');

    clearTimeout(timer);
    const report = () => {
      if (status) status.textContent = 'Hiển thị ' + shown + ' / ' + rows.length + ' thủ tục';
      const url = new URL(location.href);
      for (const name of NAMES) {
        const v = value(name);
        if (v && !(name === 'sap-xep' && v === 'code')) url.searchParams.set(name, v);
        else url.searchParams.delete(name);
      }
      try { history.replaceState(history.state, '', url); } catch (e) { /* throttled */ }
    };
    if (debounce) timer = setTimeout(report, 300); else report();
  };

  form.addEventListener('input', (e) => apply(e.target.type === 'search'));
  form.addEventListener('change', () => apply(false));
  form.addEventListener('submit', (e) => { e.preventDefault(); apply(false); });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    for (const name of NAMES) set(name, '');
    apply(false);
  });

  form.hidden = false;
  apply(false);
})();
