"""Fixtures of the browser suite: the built site, a static server on loopback, one headless Chromium."""

from __future__ import annotations

import pytest

import browser_support as support


@pytest.fixture(scope="session")
def site():
    root = support.site_dir()
    if not (root / "index.html").is_file():
        pytest.exit(f"{root} is not a built site (no index.html)", returncode=2)
    return root


@pytest.fixture(scope="session")
def server(site):
    """Our http.server, or the server at $BROWSER_TEST_BASE_URL (scripts/nginx-test: nginx serving the same site)."""
    if support.external_base_url():
        yield support.ExternalServer(support.external_base_url())
        return
    with support.StaticServer(site) as running:
        yield running


@pytest.fixture(scope="session")
def base_url(server):
    return server.base_url


@pytest.fixture(scope="session")
def artifacts():
    support.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return support.ARTIFACTS


@pytest.fixture(scope="session")
def browser():
    driver = support.start_browser()
    yield driver
    driver.quit()


@pytest.fixture
def driver(browser, base_url):
    """The shared browser, reset to a 1280×900 desktop with an empty console log."""
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.set_window_size(1280, 900)
    browser.get("about:blank")
    browser.get_log("browser")
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.fixture
def open_page(driver, base_url):
    """Opens a page after checking that the server answers it as expected (200, or 404 for the not-found page)."""

    def go(path: str, status: int | None = None):
        expected = status or (404 if path == support.PAGES["not found"] else 200)
        actual = support.http_status(base_url + path)
        assert actual == expected, f"{path} answered {actual}, expected {expected}: the page is missing from the site"
        driver.get(base_url + path)
        support.wait_for_load(driver)
        return driver

    return go
