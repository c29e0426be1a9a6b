"""Measures /tim-kiem/ of a built site in headless Chromium, keystroke by keystroke.

    python3 Tests/browser/bench_search.py SITE_DIR

Run by scripts/bench-search, which makes and builds a synthetic site first. A benchmark:
it prints figures and asserts nothing about time.
"""

from __future__ import annotations

import gzip
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import browser_support as support  # noqa: E402

# What people type: names of benefits, with and without accents, codes, agencies, forms.
QUERIES = [
    "thai san",
    "thai sản",
    "giải quyết hưởng chế độ ốm đau",
    "dang ky dong bhxh bat buoc",
    "cấp lại sổ bhxh",
    "the bhyt",
    "lương hưu",
    "tro cap that nghiep",
    "tử tuất",
    "điều chỉnh thông tin",
    "thanh toan truc tiep chi phi kham benh",
    "hưu trí bảo lưu",
    "1.0001",
    "2.000693",
    "người lao động nghỉ việc",
    "hồ sơ điện tử",
]

MEASURE_JS = r"""
const queries = arguments[0];
const done = arguments[arguments.length - 1];
(async () => {
  try {
    const t0 = performance.now();
    await window.__search.ready;
    const loadMs = performance.now() - t0;
    const t1 = performance.now();
    window.__search.run(queries[0]);
    const firstMs = performance.now() - t1;
    const input = document.querySelector('main input[type=search]');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const run = [], handler = [], render = [], counts = [];
    // Warm up the engine on one query so the first keystroke is not all JIT.
    for (const q of ['a', 'ab', 'abc']) window.__search.run(q);
    for (const query of queries) {
      input.value = '';
      input.dispatchEvent(new Event('input', {bubbles: true}));
      await frame();
      for (let i = 1; i <= query.length; i++) {
        const prefix = query.slice(0, i);
        let start = performance.now();
        const codes = window.__search.run(prefix);
        run.push(performance.now() - start);
        counts.push(codes.length);
        input.value = prefix;
        start = performance.now();
        input.dispatchEvent(new Event('input', {bubbles: true}));
        handler.push(performance.now() - start);
        await frame();
        render.push(performance.now() - start);
      }
    }
    done({loadMs, firstMs, run, handler, render, counts});
  } catch (e) {
    done({error: String(e && e.stack || e)});
  }
})();
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[rank]


def line(name: str, values: list[float]) -> str:
    return (f"  {name:<38} median {statistics.median(values):7.2f}  p95 {percentile(values, 95):7.2f}  "
            f"max {max(values):7.2f} ms  ({len(values)} keystrokes)")


def main() -> int:
    site = Path(sys.argv[1]).resolve()
    index = site / "tim-kiem" / "chi-muc.json"
    if not index.is_file():
        print(f"bench-search: {index} is missing", file=sys.stderr)
        return 2
    raw = index.read_bytes()
    procedures = len(list((site / "thu-tuc").glob("*/index.html")))
    print(f"site: {site} ({procedures} procedure pages)")
    print(f"index /tim-kiem/chi-muc.json: {len(raw) / 1024:.1f} KB, {len(gzip.compress(raw, 6)) / 1024:.1f} KB gzipped (-6), "
          f"{len(gzip.compress(raw, 9)) / 1024:.1f} KB (-9)")

    with support.StaticServer(site) as server:
        driver = support.start_browser()
        try:
            started = time.monotonic()
            driver.get(server.base_url + "/tim-kiem/")
            support.wait_for_load(driver)
            print(f"page load: {(time.monotonic() - started) * 1000:.0f} ms (wall clock, WebDriver)")
            driver.set_script_timeout(600)
            result = driver.execute_async_script(MEASURE_JS, QUERIES)
        finally:
            driver.quit()
    if "error" in result:
        print(f"bench-search: the page failed: {result['error']}", file=sys.stderr)
        return 1
    print(f"index fetch + parse + prepare (window.__search.ready): {result['loadMs']:.1f} ms")
    print(f"first search after load: {result['firstMs']:.1f} ms; ready + first search: "
          f"{result['loadMs'] + result['firstMs']:.1f} ms")
    print(f"{len(QUERIES)} queries typed character by character; results per keystroke: "
          f"median {statistics.median(result['counts']):.0f}, max {max(result['counts'])}")
    print("per keystroke:")
    print(line("window.__search.run(prefix)", result["run"]))
    print(line("input event handler (synchronous part)", result["handler"]))
    print(line("input event → next animation frame", result["render"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
