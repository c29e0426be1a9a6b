"""The Nu HTML checker finds no error in any HTML file of the site, in one run of the JVM."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import browser_support as support

# A document with a known error, checked in the same run, proves the checker reports errors.
CANARY_BAD = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>canary</title></head>
<body><ul><p>a paragraph cannot be a child of ul</p></ul></body></html>
"""


@pytest.fixture(scope="module")
def nu_report(site, tmp_path_factory):
    files = sorted(site.rglob("*.html"))
    canary = tmp_path_factory.mktemp("nu") / "canary.html"
    canary.write_text(CANARY_BAD, encoding="utf-8")
    command = ["java", "-jar", str(support.vnu_jar()), "--errors-only", "--format", "json", "--exit-zero-always"]
    completed = subprocess.run(
        command + [str(f) for f in files] + [str(canary)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # vnu writes its JSON report to standard error.
    output = completed.stderr.strip() or completed.stdout.strip()
    try:
        report = json.loads(output)
    except json.JSONDecodeError:
        pytest.fail(f"the Nu checker did not answer with JSON (exit {completed.returncode}):\n{output[:2000]}")
    return files, canary, report["messages"]


def file_of(message: dict) -> Path:
    url = message.get("url", "")
    return Path(url.removeprefix("file:"))


def test_the_nu_checker_reports_an_error_in_a_deliberately_broken_document(nu_report):
    files, canary, messages = nu_report
    assert any(file_of(m) == canary and m.get("type") == "error" for m in messages), messages[-5:]


def test_every_html_file_of_the_site_has_no_nu_html_checker_error(site, nu_report):
    files, canary, messages = nu_report
    assert site / "index.html" in files and site / "404.html" in files
    assert len(files) >= 10, f"only {len(files)} HTML files under {site}"
    problems = [m for m in messages if file_of(m) != canary and m.get("type") in ("error", "non-document-error")]
    lines = []
    for m in problems:
        where = file_of(m)
        try:
            where = where.relative_to(site)
        except ValueError:
            pass
        extract = (m.get("extract") or "").replace("\n", " ")
        lines.append(f"{where}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: "
                     f"{m.get('message')}  «{extract[:120]}»")
    assert not problems, f"{len(problems)} error(s) in {len({file_of(m) for m in problems})} of {len(files)} files:\n" + "\n".join(lines)
