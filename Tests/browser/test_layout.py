"""Full-page screenshots at 360 and 1280 px, and no horizontal scrolling at 320 px."""

from __future__ import annotations

import base64
import struct

import pytest

import browser_support as support

LAYOUT_PAGES = {
    "home": support.PAGES["home"],
    "catalogue": support.PAGES["catalogue"],
    "procedure-2.000693": support.PAGES["procedure in force"],
    "service-quality": support.PAGES["service quality"],
}

OVERFLOW_JS = r"""
const limit = document.documentElement.clientWidth;
const scrolls = (el) => { for (let p = el.parentElement; p; p = p.parentElement) {
  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true; }
  return false; };
const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
  (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
const wide = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width && r.right > limit + 0.5 && !scrolls(el)) wide.push(name(el) + ' right=' + Math.round(r.right));
}
return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
        clientWidth: document.documentElement.clientWidth, wide: wide.slice(0, 15)};
"""


def emulate(driver, width: int, height: int = 800):
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("name", list(LAYOUT_PAGES))
def test_a_full_page_screenshot_is_saved_for_each_main_page_at_phone_and_desktop_width(
    driver, open_page, artifacts, name, width
):
    emulate(driver, width)
    open_page(LAYOUT_PAGES[name])
    content = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    height = int(content["height"] + 0.99)
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {"format": "png", "captureBeyondViewport": True,
         "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}},
    )
    data = base64.b64decode(shot["data"])
    path = artifacts / f"{name}-{width}.png"
    path.write_bytes(data)
    shot_width, shot_height = png_size(data)
    assert shot_width == width
    assert shot_height >= min(height, 800) and shot_height > 300, f"{path.name} is {shot_width}×{shot_height}"


@pytest.mark.parametrize("name", list(LAYOUT_PAGES))
def test_no_main_page_scrolls_horizontally_at_320_px(driver, open_page, name):
    emulate(driver, 320)
    open_page(LAYOUT_PAGES[name])
    m = driver.execute_script(OVERFLOW_JS)
    # A phone browser zooms out a page that is too wide, which widens innerWidth: check both.
    assert m["scrollWidth"] <= m["innerWidth"] and m["innerWidth"] == 320, (
        f"{LAYOUT_PAGES[name]} is {m['scrollWidth']} px wide at 320 px (innerWidth {m['innerWidth']}); "
        f"elements past the right edge: {', '.join(m['wide']) or 'none found'}"
    )
