#!/usr/bin/env python3
"""Prints the table of scripts/bench from its measurements.

    summarize.py RESULTS.tsv

RESULTS.tsv holds one line per build: tool, run, wall seconds, max RSS in KB, pages
(index.html files in the output), files and bytes in the output. Prints, per tool: runs, median and minimum wall time,
per-page time (median / pages), peak memory (the largest max RSS), pages; then the ratio
ours/Hugo of the median times and of the peak memories. Asserts nothing. Standard library only.
"""

import statistics
import sys

OURS, HUGO = "build-site", "hugo"
# The default build, with its .gz and .br copies (OURS is built with --no-precompress, as Hugo
# writes none).
COPIES = "build-site+gz"


def main():
    runs = {}
    with open(sys.argv[1], encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            tool, run, wall, rss, pages, files, size = line.rstrip("\n").split("\t")
            runs.setdefault(tool, []).append((int(run), float(wall), int(rss), int(pages), int(files), int(size)))

    rows = {}
    for tool, measured in runs.items():
        walls = [entry[1] for entry in measured]
        pages = sorted({entry[3] for entry in measured})
        median = statistics.median(walls)
        rows[tool] = {
            "runs": len(measured),
            "median": median,
            "min": min(walls),
            "pages": pages[-1],
            "per_page_ms": 1000 * median / pages[-1] if pages[-1] else float("nan"),
            "peak_mb": max(entry[2] for entry in measured) / 1024,
            "all_pages": pages,
        }

    print()
    print("run   tool           wall s   max RSS MB   pages   output files   output MB")
    for tool in (OURS, COPIES, HUGO):
        for run, wall, rss, pages, files, size in runs.get(tool, []):
            print(
                f"{run:>3}   {tool:<13} {wall:>7.2f}   {rss / 1024:>10.1f}   {pages:>5}"
                f"   {files:>12}   {size / 1048576:>9.1f}"
            )
    print()
    header = f"{'tool':<13} {'runs':>4} {'median s':>9} {'min s':>8} {'ms/page':>8} {'peak RSS MB':>12} {'pages':>6}"
    print(header)
    print("-" * len(header))
    for tool in (OURS, COPIES, HUGO):
        row = rows.get(tool)
        if row is None:
            continue
        print(
            f"{tool:<13} {row['runs']:>4} {row['median']:>9.2f} {row['min']:>8.2f} {row['per_page_ms']:>8.3f}"
            f" {row['peak_mb']:>12.1f} {row['pages']:>6}"
        )
        if len(row["all_pages"]) > 1:
            print(f"  note: {tool} built different page counts across runs: {row['all_pages']}")
    if OURS in rows and HUGO in rows:
        ours, hugo = rows[OURS], rows[HUGO]
        time_ratio = ours["median"] / hugo["median"] if hugo["median"] else float("inf")
        memory_ratio = ours["peak_mb"] / hugo["peak_mb"] if hugo["peak_mb"] else float("inf")
        per_page_ratio = ours["per_page_ms"] / hugo["per_page_ms"] if hugo["per_page_ms"] else float("inf")
        print("-" * len(header))
        print(f"ours/hugo: median time {time_ratio:.2f}x, per page {per_page_ratio:.2f}x, peak memory {memory_ratio:.2f}x")
        if COPIES in rows:
            copies = rows[COPIES]
            print(
                f"the .gz and .br copies add {copies['median'] - ours['median']:.2f} s"
                f" (+{(copies['median'] / ours['median'] - 1) * 100:.0f} %) and"
                f" {copies['peak_mb'] - ours['peak_mb']:.0f} MB of peak memory; with them ours/hugo {copies['median'] / hugo['median']:.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
