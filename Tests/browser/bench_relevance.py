"""Relevance of /tim-kiem/ on built sites: the query set of search_queries.json, in headless Chromium.

    python3 Tests/browser/bench_relevance.py SITE_DIR [SITE_DIR…]

Prints hit@1, hit@5, mean reciprocal rank, the queries without a result and those whose
procedure is not in the first five. A benchmark: asserts nothing (test_search_relevance.py
holds the floor on the sample site).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import browser_support as support  # noqa: E402
import search_relevance  # noqa: E402


def main() -> int:
    driver = support.start_browser()
    try:
        for argument in sys.argv[1:]:
            site = Path(argument).resolve()
            index = json.loads((site / "tim-kiem" / "chi-muc.json").read_text(encoding="utf-8"))
            with support.StaticServer(site) as server:
                driver.get(server.base_url + "/tim-kiem/")
                support.wait_for_load(driver)
                figures = search_relevance.measure(driver, index)
            print(f"relevance on {site} ({len(index['procedures'])} procedures in the index)")
            print("  " + search_relevance.summary(figures))
            for query in figures["empty"]:
                print(f"  without a result: {query!r}")
            for query, rank, first in figures["missed"]:
                print(f"  not in the first five: {query!r} (rank {'none' if rank is None else rank + 1}; first {', '.join(first)})")
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
