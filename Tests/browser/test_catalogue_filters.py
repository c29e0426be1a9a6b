"""Catalogue filters on /thu-tuc/: each narrows the rows to those that match, in the address, resettable."""

from __future__ import annotations

import pytest

import browser_support as support

CATALOGUE = support.PAGES["catalogue"]

# dimension → (row key, whether the row holds a list of values)
DIMENSIONS = {
    "online level": ("online", False),
    "field": ("field", False),
    "level": ("levels", True),
    "audience": ("audiences", True),
}


def matches(row: dict, key: str, many: bool, value: str) -> bool:
    return value in row[key] if many else row[key] == value


def pick_value(driver, rows, key, many):
    """A value offered by a filter control that some rows but not all have."""
    values = sorted({v for r in rows for v in (r[key] if many else [r[key]])})
    total = len(rows)
    for value in values:
        count = sum(matches(r, key, many, value) for r in rows)
        control = support.filter_control(driver, value)
        if control is not None and 0 < count < total:
            return value, control
    return None, None


def test_the_filter_form_is_shown_when_javascript_runs(open_page):
    driver = open_page(CATALOGUE)
    shown = driver.execute_script(
        "return Array.from(document.querySelectorAll('main form')).filter("
        "(f) => f.querySelector('select, input[type=radio], input[type=checkbox]') && f.getClientRects().length > 0"
        ").length"
    )
    assert shown, f"{CATALOGUE} shows no filter form (a form in main with select, radio or checkbox controls)"
    rows = support.catalogue_rows(driver)
    assert len(rows) >= 10 and all(r["visible"] for r in rows), "before filtering every row should be visible"


@pytest.mark.parametrize("dimension", list(DIMENSIONS))
def test_choosing_a_filter_shows_exactly_the_matching_rows_keeps_it_in_the_address_and_reset_restores_all(
    open_page, dimension
):
    key, many = DIMENSIONS[dimension]
    driver = open_page(CATALOGUE)
    rows = support.catalogue_rows(driver)
    all_codes = sorted(r["code"] for r in rows)
    assert rows, f"{CATALOGUE} has no tr[data-code] rows"
    value, control = pick_value(driver, rows, key, many)
    assert control is not None, (
        f"no filter control on {CATALOGUE} offers a {dimension} value ('{key}') that narrows the rows; "
        f"row values: {sorted({str(r[key]) for r in rows})}"
    )
    expected = sorted(r["code"] for r in rows if matches(r, key, many, value))

    support.choose(driver, control, value)
    shown = support.wait_until(lambda: sorted(support.visible_codes(driver)) == expected and expected)
    assert shown, (
        f"{dimension} = {value!r}: visible rows {sorted(support.visible_codes(driver))}, expected {expected}"
    )

    def value_in_address():
        params = support.query_params(driver.current_url)
        return any(value in values for values in params.values())

    assert support.wait_until(value_in_address, timeout=3), f"the address does not carry {value!r}: {driver.current_url}"

    address = driver.current_url
    driver.refresh()
    support.wait_for_load(driver)
    assert driver.current_url == address
    restored = support.wait_until(lambda: sorted(support.visible_codes(driver)) == expected)
    assert restored, f"after a reload of {address}: visible rows {sorted(support.visible_codes(driver))}, expected {expected}"
    control = support.filter_control(driver, value)
    assert support.control_value(driver, control) == value, "after a reload the control no longer shows the choice"

    reset = driver.execute_script(
        "for (const f of document.querySelectorAll('main form')) {"
        "  const r = f.querySelector('button[type=reset], input[type=reset]'); if (r) return r; }"
        "return null;"
    )
    assert reset is not None, f"{CATALOGUE}'s filter form has no reset button"
    reset.click()
    everything = support.wait_until(lambda: sorted(support.visible_codes(driver)) == all_codes)
    assert everything, f"after reset {len(support.visible_codes(driver))} of {len(all_codes)} rows are visible"
    assert support.wait_until(lambda: not value_in_address(), timeout=3), f"after reset the address still carries {value!r}"
    assert support.control_value(driver, control) != value


def test_two_filters_together_show_only_rows_matching_both(open_page):
    driver = open_page(CATALOGUE)
    rows = support.catalogue_rows(driver)
    online, online_control = pick_value(driver, rows, "online", False)
    assert online_control is not None, "no online-level filter"
    audience_control = support.filter_control(driver, "organization")
    assert audience_control is not None, "no audience filter offering 'organization'"
    expected = sorted(r["code"] for r in rows if r["online"] == online and "organization" in r["audiences"])
    support.choose(driver, online_control, online)
    support.choose(driver, audience_control, "organization")
    shown = support.wait_until(lambda: sorted(support.visible_codes(driver)) == expected)
    assert shown, f"online={online} and audience=organization: visible {sorted(support.visible_codes(driver))}, expected {expected}"
