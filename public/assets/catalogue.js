/* Catalogue filters: narrow and sort the rows on the page (the search page has them all).
   Without JavaScript the form stays hidden and the page shows all its rows. */
(() => {
  'use strict';
  const form = document.getElementById('bo-loc');
  if (!form) return;
  const status = document.getElementById('bo-loc-trang-thai');
  const NAMES = ['q', 'linh-vuc', 'cap', 'truc-tuyen', 'doi-tuong', 'sap-xep'];
  const words = (s) => (s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .toLowerCase().match(/[a-z0-9.]+/g) || []).map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);
  const collator = new Intl.Collator('vi', { numeric: true });
  const spaced = (s) => ' ' + (s || '') + ' ';

  const rows = Array.from(document.querySelectorAll('tr[data-code]'), (tr) => {
    const d = tr.dataset, link = tr.querySelector('a');
    return { tr, code: d.code, name: (link ? link.textContent : d.title || '').trim(), text: spaced(d.text),
      field: d.field, levels: spaced(d.levels), online: d.online, audiences: spaced(d.audiences) };
  });
  const bodies = new Map();
  for (const r of rows) {
    if (!bodies.has(r.tr.parentNode)) bodies.set(r.tr.parentNode, []);
    bodies.get(r.tr.parentNode).push(r);
  }
  const groups = Array.from(document.querySelectorAll('.field-group'), (section) => {
    const a = document.querySelector('.field-index a[href="#' + CSS.escape(section.id) + '"]');
    return { section, item: a && a.closest('li'), rows: rows.filter((r) => section.contains(r.tr)) };
  });

  const control = (name) => form.elements.namedItem(name);
  const value = (name) => (control(name) || {}).value || '';
  // A value from the address counts only if the control offers it.
  const set = (name, v) => {
    const c = control(name);
    if (!c) return;
    c.value = c.tagName !== 'SELECT' || Array.from(c.options).some((o) => o.value === v) ? v : c.options[0].value;
  };
  const params = new URLSearchParams(location.search);
  for (const name of NAMES) if (params.has(name)) set(name, params.get(name));

  let sorted = '';
  const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const byName = (a, b) => collator.compare(a.name, b.name) || byCode(a, b);
  const sort = (by) => {
    if (by === sorted) return;
    sorted = by;
    for (const [body, list] of bodies) body.append(...list.sort(by === 'name' ? byName : byCode).map((r) => r.tr));
  };

  let timer = 0;
  const apply = (debounce) => {
    const keys = words(value('q')).map((w) => ' ' + w);
    const [field, level, online, audience] = NAMES.slice(1, 5).map(value);
    let shown = 0;
    for (const r of rows) {
      const ok = keys.every((k) => r.text.includes(k)) && (!field || r.field === field) &&
        (!level || r.levels.includes(' ' + level + ' ')) && (!online || r.online === online) &&
        (!audience || r.audiences.includes(' ' + audience + ' '));
      r.tr.hidden = !ok;
      shown += ok;
    }
    for (const g of groups) {
      const empty = g.rows.length > 0 && g.rows.every((r) => r.tr.hidden);
      g.section.hidden = empty;
      if (g.item) g.item.hidden = empty;
    }
    sort(value('sap-xep') === 'name' ? 'name' : 'code');

    // The count and the address wait for a pause in typing.
    clearTimeout(timer);
    const report = () => {
      if (status) status.textContent = 'Hiển thị ' + shown + ' / ' + rows.length + ' thủ tục' +
        (form.dataset.scope ? ' ' + form.dataset.scope : '');
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
