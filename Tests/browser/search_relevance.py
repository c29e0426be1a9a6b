"""The relevance query set (search_queries.json) run through the search page's own script.

A query is a hit at rank r when the r-th code returned is one it expects, or a procedure whose
title, folded, is the title of one it expects, or contains every part (joined by `+`) of one of
the query's title phrases: a generated site repeats real titles, and has hundreds of procedures
as right as the sample's (`Hưởng trợ cấp ốm đau` for `nghỉ ốm`); the citizen who finds one of
them has found what they looked for.
"""

from __future__ import annotations

import json
from pathlib import Path

QUERIES = Path(__file__).resolve().parent / "search_queries.json"

RUN_JS = r"""
const queries = arguments[0];
const done = arguments[arguments.length - 1];
window.__search.ready.then(
  () => done(queries.map((q) => window.__search.run(q))),
  (e) => done({error: String(e)}));
"""


def load_queries() -> list[tuple[str, list[str], list[str]]]:
    return [(entry[0], entry[1], entry[2] if len(entry) > 2 else []) for entry in json.loads(QUERIES.read_text(encoding="utf-8"))]


def measure(driver, index: dict, queries=None) -> dict:
    """hit@1, hit@5, MRR and the queries without a result or without a hit in the first five."""
    from browser_support import fold

    queries = queries or load_queries()
    driver.set_script_timeout(120)
    ranked = driver.execute_async_script(RUN_JS, [q for q, _, _ in queries])
    if isinstance(ranked, dict):
        raise RuntimeError(ranked["error"])
    titles = {p["code"]: " ".join(fold(p["title"]).split()) for p in index["procedures"]}
    hit1 = hit5 = 0
    reciprocal = 0.0
    empty, missed = [], []
    for (query, expected, phrases), codes in zip(queries, ranked):
        wanted = {titles[c] for c in expected if c in titles}

        def right(code: str) -> bool:
            title = titles.get(code, "")
            return code in expected or title in wanted or any(all(part in title for part in phrase.split("+")) for phrase in phrases)

        rank = next((i for i, c in enumerate(codes) if right(c)), None)
        if rank == 0:
            hit1 += 1
        if rank is not None and rank < 5:
            hit5 += 1
        else:
            missed.append((query, rank, codes[:3]))
        if rank is not None:
            reciprocal += 1 / (rank + 1)
        if not codes:
            empty.append(query)
    n = len(queries)
    return {"queries": n, "hit1": hit1 / n, "hit5": hit5 / n, "mrr": reciprocal / n, "empty": empty, "missed": missed}


def summary(figures: dict) -> str:
    return (f"{figures['queries']} queries: hit@1 {figures['hit1'] * 100:.1f} %, hit@5 {figures['hit5'] * 100:.1f} %, "
            f"MRR {figures['mrr']:.3f}, without a result: {len(figures['empty'])}")
