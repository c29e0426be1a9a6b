/* Instant ranked search; without JavaScript the form submits to the catalogue. Query words and
 * known phrases score by BM25 in their best spelling. An exact code first, then all found. */
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const form = $('tim-kiem'), input = $('tu-khoa'), status = $('tim-kiem-trang-thai'), list = $('ket-qua');
  if (!form || !input || !status || !list) return;
  const none = $('tim-kiem-khong-co');
  const MAX = 50;
  const LABELS = { full: 'Toàn trình', partial: 'Một phần', none: 'Không trực tuyến' };
  // Field weights, BM25's k1 and b (titles); what a completion, correction, synonym count;
  // LEAD: a word early in the title names the procedure (`Hưởng lương hưu …`).
  const TITLE = 3, KEYWORDS = 2, OTHER = 1, K1 = 1.2, B = 0.5, LEAD = 0.6;
  const PREFIX = 0.6, TYPO = 0.5, SYNONYM = 0.9, STOPPED = 0.1;
  // Words that say little about the procedure: scored, not required.
  const STOP = new Set(('thu tuc cua va cho khi voi doi tai cac nhung la de ve o trong tu den nao gi di ' +
    'sao the thi nhu can muon toi xin hoi duoc co lam minh em anh chi dau bao nhieu').split(' '));
  const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]+/g, '')
    .replace(/[đĐ]/g, 'd').toLowerCase();
  const WORD = /([\p{L}\p{N}]+(?:\.+[\p{L}\p{N}]+)*)/gu;
  const words = (s) => fold(s).match(/[a-z0-9]+(?:\.+[a-z0-9]+)*/g) || [];
  // In one call: ten thousand were slow.
  const foldAll = (texts, all = fold(texts.join('\n')).split('\n')) => (all.length === texts.length ? all : texts.map(fold));

  let items = null, fields = [], loading = null;
  // Word → id; its procedures, weights, title places: D, W, P from starts[id] to starts[id + 1].
  let postings = new Map(), starts, D, W, P, vocab = [], byLength = [], synonyms = new Map();

  // Legal documents (number, title) and news (title, summary): every query word starts a word.
  let others = [];
  const otherList = $('ket-qua-khac');
  const renderOthers = (query) => {
    if (!otherList) return;
    const keys = words(query).map((w) => ' ' + w);
    const found = keys.length ? others.filter((o) => keys.every((k) => o.text.includes(k))) : [];
    otherList.replaceChildren(...found.slice(0, MAX).map((o) =>
      el('li', null, link(o.url, o.title), el('span', 'search-results__meta', o.kind + ' · ' + o.detail))));
    otherList.parentNode.hidden = !found.length;
  };

  const prepare = (data) => {
    others = [['Văn bản', data.documents], ['Tin tức', data.news]]
      .flatMap(([kind, list = []]) => list.map((o) => ({ ...o, kind, text: ' ' + o.text + ' ' })));
    fields = data.fields || [];
    const procedures = data.procedures || [];
    const titles = foldAll(procedures.map((p) => p.title)).map(words);
    const codes = foldAll(procedures.map((p) => p.code));
    const average = titles.reduce((n, t) => n + t.length, 0) / Math.max(1, titles.length) || 1;
    // An abbreviation in a title counts spelled out too (`BHXH`: `bảo hiểm xã hội`).
    const s = data.synonyms || {}, spelledOut = new Map();
    for (const group of s.same || []) {
      const folded = group.map(words);
      const long = folded.find((f) => f.length > 1);
      for (const f of folded) if (long && f.length === 1 && !spelledOut.has(f[0])) spelledOut.set(f[0], long);
    }
    // Flat (word, procedure i, weight, title place or 255), then by word; keywords add.
    const ids = [], ds = [], fs = [], ps = [], last = [], at = [];
    let i = 0;
    const put = (w, f, more, pos = 255) => {
      let id = postings.get(w);
      if (id === undefined) postings.set(w, id = last.length), last.push(-1);
      if (last[id] !== i) { last[id] = i; at[id] = fs.length; ids.push(id); ds.push(i); fs.push(f); ps.push(pos); } else if (more) fs[at[id]] += f;
    };
    items = procedures.map((p) => {
      const title = titles[i], keywords = p.keywords || '';
      const t = TITLE / (1 - B + B * title.length / average);
      // A word said twice in a title says no more.
      const spelled = [];
      let j = 0;
      for (const w of title) {
        put(w, t, false, j);
        const long = spelledOut.get(w) || [];
        for (const x of long) put(x, t, false, j);
        if (long.length) spelled.push(long.join(' '));
        if (!STOP.has(w) && j < 254) j++;
      }
      if (keywords) for (const w of keywords.split(' ')) put(w, KEYWORDS, true);
      for (const w of p.text.split(' ')) if (w) put(w, OTHER);
      return { p, code: codes[i++], titleSp: ' ' + title.join(' ') + ' ', titleLen: title.length,
        wordsSp: ' ' + keywords + ' | ' + p.text + ' | ' + spelled.join(' | ') + ' ' };
    });
    starts = new Int32Array(last.length + 1);
    for (const id of ids) starts[id + 1]++;
    for (let k = 0; k < last.length; k++) starts[k + 1] += starts[k];
    const next = starts.slice();
    const m = ids.length;
    D = new Int32Array(m), W = new Float32Array(m), P = new Uint8Array(m);
    ids.forEach((id, k) => { const j = next[id]++; D[j] = ds[k]; P[j] = ps[k]; W[j] = fs[k] * (K1 + 1) / (fs[k] + K1); });
    vocab = [...postings.keys()].sort();
    for (const w of vocab) (byLength[w.length] || (byLength[w.length] = [])).push(w);
    // Phrase → what it also means, as shown.
    const add = (from, to) => {
      const key = words(from).join(' '), target = words(to);
      if (!key || !target.length || key === target.join(' ')) return;
      synonyms.set(key, [...(synonyms.get(key) || []), { words: target, shown: to }]);
    };
    for (const group of s.same || []) for (const a of group) for (const b of group) if (a !== b) add(a, b);
    for (const entry of s.oneWay || []) for (const a of entry.slice(0, -1)) add(a, entry[entry.length - 1]);
  };

  const load = () => loading || (loading = fetch(form.dataset.index || '/tim-kiem/chi-muc.json')
    .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(prepare)
    .catch((e) => { loading = null; throw e; }));

  // Whether a and b are one edit (or swap of neighbours) apart.
  const oneEdit = (a, b) => {
    if (a === b) return false;
    if (a.length > b.length) [a, b] = [b, a];
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.length < b.length) return b.length - a.length === 1 && a.slice(i) === b.slice(i + 1);
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  };

  // Index words a typed word stands for, weighted: itself; completions while typed; if
  // neither and 3+ letters, words one edit away.
  const spellings = (w, last, stop) => {
    const found = [];
    if (postings.has(w)) found.push([w, 1]);
    if (last) {
      let lo = 0, hi = vocab.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (vocab[mid] < w) lo = mid + 1; else hi = mid; }
      for (let j = lo; j < vocab.length && vocab[j].startsWith(w); j++) if (vocab[j] !== w) found.push([vocab[j], PREFIX]);
    }
    if (!found.length && !stop && w.length >= 3) {
      for (let len = w.length - 1; len <= w.length + 1; len++) {
        for (const v of byLength[len] || []) if (v.length >= 3 && !STOP.has(v) && oneEdit(w, v)) found.push([v, TYPO, true]);
      }
    }
    return found;
  };

  // Each word, or the longest phrase synonyms know, with its spellings.
  const understand = (query, typed) => {
    const endsTyping = !/\s$/.test(query);
    const folded = (from, to) => typed.slice(from, to).map((t) => t.folded);
    // Several words count only side by side; a corrected word is not held to a phrase.
    const alt = (slots, weight, shown, ws, open) => {
      const corrected = slots.some((s) => s.length && s.every((x) => x[2]));
      return { slots, weight, shown, corrected, phrase: ws.length > 1 && !corrected ? ' ' + ws.join(' ') + (open ? '' : ' ') : null };
    };
    const units = [];
    for (let i = 0; i < typed.length;) {
      let len = 0, alternatives = [];
      for (let l = Math.min(4, typed.length - i); l >= 1 && !len; l--) {
        // Not one the query spells out next (`ốm` in `ốm đau`).
        alternatives = (synonyms.get(folded(i, i + l).join(' ')) || [])
          .filter((a) => folded(i, i + a.words.length).join(' ') !== a.words.join(' '));
        if (alternatives.length) len = l;
      }
      len = len || 1;
      const part = typed.slice(i, i + len), last = endsTyping && i + len === typed.length;
      const stop = part.every((t) => STOP.has(t.folded));
      units.push({ words: part, stop, alternatives: [
        alt(part.map((t, j) => spellings(t.folded, last && j === len - 1, stop)), stop ? STOPPED : 1, null, folded(i, i + len), last),
        ...alternatives.map((a) => alt(a.words.map((w) => spellings(w, false).filter((x) => !x[2])), SYNONYM, a.shown, a.words))] });
      i += len;
    }
    return units;
  };

  const search = (query) => {
    const typed = Array.from(String(query).normalize('NFC').matchAll(WORD), ([text]) => ({ text, folded: fold(text) }))
      .filter((t) => t.folded);
    if (!items || !typed.length) return { results: [], understood: null, marked: new Set() };
    const n = items.length, whole = fold(query).trim();
    const units = understand(query, typed);
    const total = new Float64Array(n), matched = new Uint8Array(n), touched = [];
    const best = units.map(() => new Int8Array(n).fill(-1)), scoreOf = units.map(() => new Float32Array(n));
    const acc = new Float32Array(n), hits = new Uint8Array(n), slot = new Float32Array(n);
    const posOf = units.map(() => new Uint8Array(n)), pos = new Uint8Array(n).fill(255);
    const marked = new Set();
    units.forEach((unit, u) => {
      unit.alternatives.forEach((alt, a) => {
        const docs = [];
        alt.slots.forEach((spelled, si) => {
          const seen = [];
          for (const [w, weight] of spelled) {
            const id = postings.get(w);
            for (let k = starts[id]; k < starts[id + 1]; k++) {
              const d = D[k], v = weight * W[k];
              if (v > slot[d]) { if (!slot[d]) seen.push(d); slot[d] = v; }
              if (!si && P[k] < pos[d]) pos[d] = P[k];
            }
          }
          for (const d of seen) { if (!hits[d]) docs.push(d); acc[d] += slot[d]; hits[d]++; slot[d] = 0; }
        });
        const need = alt.slots.length, factor = alt.weight * Math.sqrt(need) / need;
        for (const d of docs) {
          if (hits[d] === need && (!alt.phrase || items[d].titleSp.includes(alt.phrase) || items[d].wordsSp.includes(alt.phrase))) {
            const v = acc[d] * factor;
            if (v > scoreOf[u][d]) { scoreOf[u][d] = v; best[u][d] = a; posOf[u][d] = pos[d]; }
          }
          acc[d] = 0; hits[d] = 0; pos[d] = 255;
        }
      });
      // IDF over all spellings: a rare synonym does not outweigh common words.
      let df = 0;
      for (let d = 0; d < n; d++) if (best[u][d] >= 0) df++;
      // A word no procedure has is not required.
      if (!df) unit.stop = true;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let d = 0; d < n; d++) {
        if (best[u][d] < 0) continue;
        if (!total[d]) touched.push(d);
        scoreOf[u][d] *= idf * (1 + LEAD / (1 + posOf[u][d]));
        total[d] += scoreOf[u][d] + 1e-9;
        if (!unit.stop) matched[d]++;
      }
    });
    // Neighbouring units side by side in the title.
    const typedAs = (x) => x.slots.map((s) => (s[0] && s[0][1] === 1 ? s[0][0] : null));
    const phrases = units.slice(1).map((unit, k) => {
      const pairs = [];
      for (const x of units[k].alternatives) for (const y of unit.alternatives) {
        const both = [...typedAs(x), ...typedAs(y)];
        if (!both.includes(null)) pairs.push(' ' + both.join(' ') + ' ');
      }
      return pairs;
    });
    const required = units.filter((u) => !u.stop).length;
    const found = touched.map((d) => {
      const it = items[d];
      let score = total[d];
      phrases.forEach((pairs, k) => {
        if (units[k].stop && units[k + 1].stop && required) return;
        if (pairs.some((p) => it.titleSp.includes(p))) score += 0.75 * (scoreOf[k][d] + scoreOf[k + 1][d]);
      });
      const exact = +(it.code === whole || typed.some((t) => t.folded === it.code));
      return { it, d, score, exact, all: +(matched[d] >= required) };
    });
    found.sort((a, b) => (b.exact - a.exact) || (b.all - a.all) || (b.score - a.score) ||
      (a.it.titleLen - b.it.titleLen) || (a.d - b.d));
    // How the query was understood: the synonym or correction that found the first result.
    let understood = null;
    if (found.length) {
      const d = found[0].d;
      let changed = false;
      const parts = units.map((unit, u) => {
        const alt = unit.alternatives[best[u][d]] || {};
        if (alt.shown || alt.corrected) changed = true;
        return alt.shown || (alt.corrected ? alt.slots.map((s, j) => (s.every((x) => x[2]) ? s[0][0] : unit.words[j].text))
          : unit.words.map((t) => t.text)).join(' ');
      });
      if (changed) understood = parts.join(' ');
    }
    for (const f of found.slice(0, MAX)) {
      units.forEach((unit, u) => {
        const alt = unit.alternatives[best[u][f.d]];
        if (alt) for (const s of alt.slots) for (const [w] of s) marked.add(w);
      });
    }
    return { results: found.map((f) => f.it), understood, marked };
  };

  const el = (tag, cls, ...children) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    e.append(...children);
    return e;
  };
  const link = (href, ...children) => Object.assign(el('a', null, ...children), { href });

  // The title as text nodes, its matched words in <mark>: never HTML from the index.
  const highlighted = (title, marked) => title.split(WORD)
    .map((part, k) => (k % 2 && marked.has(fold(part)) ? el('mark', null, part) : part));

  const render = ({ results, marked }) => {
    list.replaceChildren(...results.slice(0, MAX).map(({ p }) => {
      const a = link('/thu-tuc/' + encodeURIComponent(p.code) + '/', ...highlighted(p.title, marked));
      const online = LABELS[p.online] ? p.online : 'none';
      const meta = el('span', 'search-results__meta');
      if (fields[p.field]) meta.append(fields[p.field], ' · ');
      meta.append(el('span', 'badge badge--' + online, LABELS[online]));
      return el('li', null, el('span', 'code', p.code), ' ', a, meta);
    }));
    list.hidden = !results.length;
  };

  // Announcement, suggestions, address wait for a typing pause; results do not.
  let timer = 0;
  const announce = (query, found, now) => {
    clearTimeout(timer);
    const run = () => {
      const q = query.trim(), n = found.results.length;
      const cho = found.understood ? 'Kết quả cho “' + found.understood + '”: ' : '';
      status.textContent = !q ? '' : !n ? 'Không tìm thấy thủ tục nào'
        : cho + (cho ? 'tìm' : 'Tìm') + ' thấy ' + n + ' thủ tục' + (n > MAX ? ', hiển thị ' + MAX + ' thủ tục đầu tiên' : '');
      if (none) none.hidden = !q || n > 0;
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
    const found = search(query);
    render(found);
    renderOthers(query);
    announce(query, found, now);
  };

  input.addEventListener('input', () => update(false));
  form.addEventListener('submit', (e) => { e.preventDefault(); update(true); });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; update(true); }

  window.__search = Object.freeze({
    get ready() { return load(); },
    run: (q) => search(q).results.map((it) => it.p.code),
  });
})();
