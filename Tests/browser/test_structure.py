"""Every page has one h1, the landmarks header / nav / main#noi-dung / footer, and a skip link first."""

from __future__ import annotations

import html.parser

FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary"}


class Outline(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.h1 = 0
        self.mains = []
        self.tags = set()
        self.first_focusable = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if tag == "h1":
            self.h1 += 1
        if tag == "main":
            self.mains.append(a.get("id"))
        if self.first_focusable is None and "body" in self.tags and (
            (tag == "a" and a.get("href") is not None) or (tag in FOCUSABLE - {"a"} and a.get("type") != "hidden")
        ):
            self.first_focusable = (tag, a.get("href"))


def test_every_html_page_has_one_h1_the_landmarks_and_a_skip_link_to_main_first(site):
    files = sorted(site.rglob("*.html"))
    assert len(files) >= 10
    failures = []
    for file in files:
        outline = Outline()
        outline.feed(file.read_text(encoding="utf-8"))
        where = file.relative_to(site)
        if outline.h1 != 1:
            failures.append(f"{where}: {outline.h1} h1 elements")
        if outline.mains != ["noi-dung"]:
            failures.append(f"{where}: main elements {outline.mains}, expected one main#noi-dung")
        for landmark in ("header", "nav", "footer"):
            if landmark not in outline.tags:
                failures.append(f"{where}: no <{landmark}>")
        if outline.first_focusable != ("a", "#noi-dung"):
            failures.append(f"{where}: the first focusable element is {outline.first_focusable}, not the skip link to #noi-dung")
    assert not failures, "\n".join(failures)
