"""build-site serve in a real browser: a content error appears over the last good page and the
page reloads by itself once it is fixed, with no Content Security Policy violation."""

from __future__ import annotations

import os
import re
import queue
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

import browser_support as support

PROCEDURE = Path("content/procedures/2.000693.md")
PAGE = "/thu-tuc/2.000693/"
OVERLAY = "build-site-preview-errors"
WAIT = 30


def build_site_executable() -> Path | None:
    """$BUILD_SITE, else the debug build that `swift test` leaves in .build/."""
    candidates = [os.environ.get("BUILD_SITE"), support.REPO / ".build/debug/build-site"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


@pytest.fixture
def preview(tmp_path):
    """`build-site serve` over a copy of the sample content, on a free port of 127.0.0.1."""
    executable = build_site_executable()
    if executable is None:
        pytest.skip("no build-site executable: run swift build (or set BUILD_SITE)")
    for folder in ("content", "templates"):
        shutil.copytree(support.REPO / folder, tmp_path / folder)
    process = subprocess.Popen(
        [str(executable), "serve", "--root", str(tmp_path), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    try:
        base_url = None
        deadline = time.monotonic() + 120
        while base_url is None and time.monotonic() < deadline:
            try:
                # "đang phục vụ http://…/" in Vietnamese, the default; "serving http://…/" in English.
                match = re.search(r"(http://127\.0\.0\.1:\d+)/", lines.get(timeout=1))
            except queue.Empty:
                continue
            if match:
                base_url = match.group(1)
        assert base_url, "build-site serve never said where it serves"
        yield tmp_path, base_url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            assert process.wait(timeout=10) == 0, "build-site serve did not stop cleanly on SIGTERM"
        finally:
            if process.poll() is None:
                process.kill()


def overlay_text(driver) -> str | None:
    return driver.execute_script(f"const o = document.getElementById('{OVERLAY}'); return o ? o.innerText : null")


def test_an_error_shows_over_the_last_good_page_and_the_fixed_page_reloads_by_itself(preview, browser):
    from selenium.webdriver.support.ui import WebDriverWait

    root, base_url = preview
    browser.get(base_url + PAGE)
    support.wait_for_load(browser)
    title = browser.find_element("css selector", "h1").text
    assert title, "the procedure page has no heading"
    assert overlay_text(browser) is None
    browser.execute_script("window.__sameDocument = true")

    source = root / PROCEDURE
    original = source.read_text(encoding="utf-8")
    source.write_text(original.replace("---\n", "---\ntitel: Sai khóa\n", 1), encoding="utf-8")
    WebDriverWait(browser, WAIT).until(lambda d: overlay_text(d))
    text = overlay_text(browser)
    # The preview speaks the editor's language: Vietnamese unless asked otherwise.
    assert f"{PROCEDURE}:2:1: lỗi: 'titel' không phải là một khóa; có phải ý bạn là 'title'?" in text
    assert "Nội dung có lỗi" in text
    overlay = browser.find_element("id", OVERLAY)
    assert overlay.get_attribute("role") == "alert"
    assert browser.find_element("css selector", "h1").text == title, "the last good page stays under the errors"
    assert browser.execute_script("return window.__sameDocument === true"), "the page reloaded on an error"
    assert support.csp_violations(browser) == []

    source.write_text(original + "\nĐoạn kiểm tra tải lại 4417.\n", encoding="utf-8")
    WebDriverWait(browser, WAIT).until(lambda d: "Đoạn kiểm tra tải lại 4417." in d.find_element("tag name", "body").text)
    assert overlay_text(browser) is None
    assert not browser.execute_script("return window.__sameDocument === true"), "the page did not reload"
    assert support.csp_violations(browser) == []
    assert not (root / "public").exists(), "serve wrote public/"
