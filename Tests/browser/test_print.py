"""A printed procedure keeps every section, its address and the data date, and leaves out the navigation."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import unicodedata

import pytest

import browser_support as support

PROCEDURE = support.PAGES["procedure in force"]
SECTIONS = [
    "Thông tin chung",
    "Cách thức thực hiện",
    "Trình tự thực hiện",
    "Thành phần hồ sơ",
    "Yêu cầu, điều kiện",
    "Căn cứ pháp lý",
    "Lịch sử công bố",
]


class Printed(str):
    """The PDF's text, carrying the navigation items that must not appear in it."""

    def __new__(cls, text: str, nav_only: list[str]):
        made = super().__new__(cls, text)
        made.nav_only = nav_only
        return made


@pytest.fixture(scope="module")
def printed(browser, base_url, artifacts):
    """The text of /thu-tuc/2.000693/ printed to PDF by Chromium, as pdftotext reads it."""
    assert shutil.which("pdftotext"), "pdftotext is missing (Debian poppler-utils)"
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.get(base_url + PROCEDURE)
    support.wait_for_load(browser)
    pdf = base64.b64decode(
        browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": False, "paperWidth": 8.27, "paperHeight": 11.69})[
            "data"
        ]
    )
    # Navigation items whose text appears nowhere else on the page must not be in the PDF.
    nav_only = browser.execute_script(
        "const items = Array.from(document.querySelectorAll('nav.site-nav a, header nav a'), (a) => a.textContent.trim());"
        "const rest = document.body.cloneNode(true);"
        "rest.querySelectorAll('nav, .skip-link, script, noscript').forEach((n) => n.remove());"
        "const text = rest.textContent.replace(/\\s+/g, ' ');"
        "return items.filter((t) => t && !text.includes(t));"
    )
    path = artifacts / "procedure-2.000693.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    (artifacts / "procedure-2.000693.txt").write_text(text, encoding="utf-8")
    return Printed(unicodedata.normalize("NFC", text), nav_only)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("title", SECTIONS)
def test_the_printed_procedure_contains_every_section_title(printed, title):
    assert title in flat(printed), f"the PDF of {PROCEDURE} lacks the section '{title}' (see artifacts/procedure-2.000693.txt)"


def test_the_printed_procedure_shows_its_address_and_the_data_date(printed):
    no_spaces = re.sub(r"\s+", "", printed)
    assert PROCEDURE in no_spaces, f"the PDF of {PROCEDURE} does not show the page address"
    assert "Dữ liệu cập nhật" in flat(printed), f"the PDF of {PROCEDURE} does not show the data date ('Dữ liệu cập nhật')"
    assert re.search(r"Dữ liệu cập nhật[^.]*\d{2}/\d{2}/\d{4}", flat(printed)), "the data date has no date dd/mm/yyyy"


def test_the_printed_procedure_leaves_out_the_navigation(printed):
    assert "Chuyển đến nội dung chính" not in flat(printed), "the skip link (navigation) is printed"


def test_the_printed_procedure_leaves_out_the_main_navigation_items(printed):
    nav_only = printed.nav_only
    assert nav_only, "found no main-navigation item whose text is unique to the navigation"
    printed_items = [t for t in nav_only if t in flat(printed)]
    assert not printed_items, f"navigation items printed: {printed_items}"


def test_the_printed_procedure_is_the_procedure(printed):
    assert "Giải quyết hưởng chế độ thai sản" in flat(printed)
    assert "2.000693" in printed


@pytest.fixture(scope="module")
def printed_service_page(browser, base_url, artifacts):
    """The text of /chi-so-phuc-vu/ printed to PDF by Chromium."""
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.get(base_url + support.PAGES["service quality"])
    support.wait_for_load(browser)
    pdf = base64.b64decode(
        browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": False, "paperWidth": 8.27, "paperHeight": 11.69})["data"]
    )
    path = artifacts / "chi-so-phuc-vu.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFC", text)


def test_the_printed_service_page_keeps_the_charts_and_their_tables(printed_service_page):
    text = flat(printed_service_page)
    # The charts' own words (SVG text) and the tables beside them both print.
    assert "Mục tiêu 95" in text
    assert "17,8/18" in text
    for heading in ["Điểm từng nhóm tiêu chí so với điểm tối đa", "Mục tiêu và tình trạng", "Thủ tục đang có hiệu lực theo lĩnh vực"]:
        assert heading in text
    assert "✓ Đạt" in text and "✗ Không đạt" in text
