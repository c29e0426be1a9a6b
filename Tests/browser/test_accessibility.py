"""axe-core (WCAG 2.0 / 2.1, levels A and AA) finds no violation on any kind of page."""

from __future__ import annotations

import pytest

import browser_support as support

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then((r) => done({
    version: axe.version,
    passes: r.passes.length,
    violations: r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({target: n.target, summary: n.failureSummary, html: n.html})),
    })),
  }))
  .catch((e) => done({error: String(e && e.stack || e)}));
"""


@pytest.fixture(scope="module")
def axe_script():
    return support.axe_source()


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} [{v['impact']}]: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            lines.append(f"    at {target}: {node['html'][:160]}")
    return "\n".join(lines)


@pytest.mark.parametrize("path", list(support.PAGES.values()), ids=list(support.PAGES.keys()))
def test_every_kind_of_page_has_no_wcag_a_or_aa_violation_under_axe(open_page, axe_script, path):
    driver = open_page(path)
    driver.execute_script(axe_script)
    result = driver.execute_async_script(RUN_AXE, WCAG_TAGS)
    assert "error" not in result, f"axe failed to run on {path}: {result.get('error')}"
    assert result["version"].startswith("4."), f"expected axe-core 4.x, found {result['version']}"
    assert result["passes"] > 0, f"axe checked nothing on {path}"
    violations = result["violations"]
    assert not violations, f"axe-core {result['version']} found {len(violations)} violation(s) on {path}:\n" + describe(
        violations
    )


def run_axe(driver, axe_script, where: str):
    driver.execute_script(axe_script)
    result = driver.execute_async_script(RUN_AXE, WCAG_TAGS)
    assert "error" not in result, f"axe failed to run on {where}: {result.get('error')}"
    violations = result["violations"]
    assert not violations, f"axe-core {result['version']} found {len(violations)} violation(s) on {where}:\n" + describe(
        violations
    )


def test_the_search_page_showing_results_has_no_wcag_a_or_aa_violation_under_axe(open_page, axe_script):
    driver = open_page(support.PAGES["search"])
    support.type_into(support.search_input(driver), "thai san")
    assert support.wait_for_first_result(driver, "2.000693"), "no search result to check"
    run_axe(driver, axe_script, "/tim-kiem/ showing the results of 'thai san'")


def test_the_search_page_reading_a_synonym_or_finding_nothing_has_no_wcag_a_or_aa_violation_under_axe(open_page, axe_script):
    driver = open_page(support.PAGES["search"])
    field = support.search_input(driver)
    support.type_into(field, "rut bhxh 1 lan")
    assert support.wait_for_first_result(driver, "1.014173"), "no search result to check"
    assert support.wait_until(lambda: (support.status_text(driver) or "").startswith("Kết quả cho")), support.status_text(driver)
    run_axe(driver, axe_script, "/tim-kiem/ showing how it read 'rut bhxh 1 lan'")
    support.type_into(field, "xyzzy khongcothutucnay")
    shown = support.wait_until(lambda: driver.execute_script("return !document.getElementById('tim-kiem-khong-co').hidden"))
    assert shown, "no suggestion is shown when nothing is found"
    run_axe(driver, axe_script, "/tim-kiem/ suggesting where to look when nothing is found")


def test_the_filtered_catalogue_has_no_wcag_a_or_aa_violation_under_axe(open_page, axe_script):
    driver = open_page(support.PAGES["catalogue"])
    control = support.filter_control(driver, "full")
    assert control is not None, "the catalogue has no filter offering the online level 'full'"
    total = len(support.catalogue_rows(driver))
    support.choose(driver, control, "full")
    assert support.wait_until(lambda: 0 < len(support.visible_codes(driver)) < total), "the filter did not narrow the rows"
    run_axe(driver, axe_script, "/thu-tuc/ filtered to online level 'full'")


@pytest.mark.parametrize("name", ["service quality", "report"])
def test_the_transparency_pages_printed_have_no_wcag_a_or_aa_violation_under_axe(open_page, axe_script, name):
    # The print stylesheet stacks each chart above its table and darkens the bars: checked as printed.
    driver = open_page(support.PAGES[name])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert driver.execute_script("return matchMedia('print').matches")
        run_axe(driver, axe_script, support.PAGES[name] + " (print)")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
