"""Real requests to nginx serving a built site with docs/nginx/build-site.conf (scripts/nginx-test).

Headers on every kind of answer, caching per kind, types, compression, the 404 page and refusals.
"""

from __future__ import annotations

import gzip
import http.client
import os
import re
import socket
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
CONF = REPO / "docs" / "nginx" / "build-site.conf"
BASE = urlparse(os.environ.get("NGINX_TEST_BASE_URL", ""))
SITE = Path(os.environ.get("NGINX_TEST_SITE", "/nonexistent"))

if not BASE.port:
    pytest.skip("run by scripts/nginx-test, which starts nginx ($NGINX_TEST_BASE_URL)", allow_module_level=True)

# One address answered by each location of the block: a location the block gains must be
# added here, so that every location is seen to keep the headers.
BY_LOCATION = {
    "/": "/",
    "/assets/": "/assets/style.css",
    r"~ /\.(?!well-known/)": "/.nginx-test-secret",
    r"~* \.csv$": "/du-lieu-mo/procedures.csv",
    r"~ /feed\.xml$": "/quyet-dinh/feed.xml",
}

PAGE = "/thu-tuc/2.000693/"
RECORD = "/thu-tuc/2.000693/index.json"
MISSING = "/khong-co-trang-nay/"
HIDDEN = ["/.nginx-test-secret", "/.git/config", "/assets/.nginx-test-secret"]
ONE_YEAR = "public, max-age=31536000, immutable"

# Each kind of answer, the caching it must have.
KINDS = {
    "page": (PAGE, "short"),
    "home": ("/", "short"),
    "asset": ("/assets/style.css?v=0123abcd", "long"),
    "script": ("/assets/search.js", "long"),
    "not found": (MISSING, "short"),
    "missing asset": ("/assets/khong-co.css", "short"),
    "record": (RECORD, "short"),
    "dataset": ("/du-lieu-mo/procedures.json", "short"),
    "csv": ("/du-lieu-mo/procedures.csv", "short"),
    "feed": ("/quyet-dinh/feed.xml", "short"),
    "search index": ("/tim-kiem/chi-muc.json", "short"),
    "hidden file": ("/.nginx-test-secret", "short"),
    "folder without index": ("/files/", "short"),
    "folder without slash": ("/thu-tuc", "short"),
}


class Answer:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def header(self, name: str) -> str | None:
        values = self.headers.get_all(name) or []
        assert len(values) <= 1, f"{name} sent {len(values)} times: {values}"
        return values[0] if values else None


def get(path: str, encoding: str | None = None) -> Answer:
    """A GET of `path` exactly as written, without compression unless `encoding` is asked for."""
    connection = http.client.HTTPConnection(BASE.hostname, BASE.port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        if encoding:
            connection.putheader("Accept-Encoding", encoding)
        connection.endheaders()
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


def raw_get(path: str) -> tuple[int, bytes]:
    """A GET sent byte for byte over a socket: no client tidies `..` away."""
    with socket.create_connection((BASE.hostname, BASE.port), timeout=10) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {BASE.hostname}\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


def security_headers_problems(answer: Answer) -> list[str]:
    problems = []
    csp = answer.header("Content-Security-Policy") or ""
    directives = {d.strip() for d in csp.split(";")}
    for needed in ("default-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"):
        if needed not in directives:
            problems.append(f"Content-Security-Policy {csp!r} lacks {needed!r}")
    if answer.header("X-Content-Type-Options") != "nosniff":
        problems.append(f"X-Content-Type-Options is {answer.header('X-Content-Type-Options')!r}")
    referrer = answer.header("Referrer-Policy")
    if referrer not in ("strict-origin-when-cross-origin", "same-origin", "no-referrer", "strict-origin"):
        problems.append(f"Referrer-Policy is {referrer!r}")
    permissions = answer.header("Permissions-Policy") or ""
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        if feature not in [p.strip() for p in permissions.split(",")]:
            problems.append(f"Permissions-Policy {permissions!r} does not deny {feature}")
    return problems


def test_every_location_of_the_block_is_requested_below():
    locations = re.findall(r"^\s*location\s+(.+?)\s*\{", CONF.read_text(encoding="utf-8"), flags=re.M)
    assert sorted(locations) == sorted(BY_LOCATION), "add an address for each location of the block to BY_LOCATION"


@pytest.mark.parametrize("location", list(BY_LOCATION))
def test_each_location_sends_the_security_headers(location):
    answer = get(BY_LOCATION[location])
    problems = security_headers_problems(answer)
    assert not problems, f"{BY_LOCATION[location]} (location {location}, {answer.status}): " + "; ".join(problems)


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_of_answer_has_the_security_headers_and_its_caching(kind):
    path, caching = KINDS[kind]
    answer = get(path)
    problems = security_headers_problems(answer)
    assert not problems, f"{path} ({answer.status}): " + "; ".join(problems)
    cache = answer.header("Cache-Control") or ""
    if caching == "long":
        assert answer.status == 200, f"{path} answered {answer.status}"
        assert cache == ONE_YEAR, f"{path} has Cache-Control {cache!r}, not {ONE_YEAR!r}"
    else:
        short = cache == "no-cache" or any(
            int(m) <= 300 for m in re.findall(r"max-age=(\d+)", cache)
        ) and "immutable" not in cache
        assert short, f"{path} has Cache-Control {cache!r}: pages and data must be kept 5 minutes at most"


def test_an_unknown_address_gets_the_sites_404_page_with_status_404():
    answer = get(MISSING)
    assert answer.status == 404
    assert answer.body == (SITE / "404.html").read_bytes(), "the body is not the site's 404.html"
    assert answer.header("Content-Type") == "text/html; charset=utf-8"


@pytest.mark.parametrize(
    "path, kind",
    [
        ("/", "text/html; charset=utf-8"),
        (PAGE, "text/html; charset=utf-8"),
        (RECORD, "application/json"),
        ("/du-lieu-mo/procedures.json", "application/json"),
        ("/du-lieu-mo/procedures.schema.json", "application/json"),
        ("/du-lieu-mo/procedures.csv", "text/csv; charset=utf-8"),
        ("/bao-cao/2026-Q1/bao-cao.csv", "text/csv; charset=utf-8"),
        ("/quyet-dinh/feed.xml", "application/atom+xml; charset=utf-8"),
        ("/phan-anh-kien-nghi/feed.xml", "application/atom+xml; charset=utf-8"),
        ("/sitemap.xml", "text/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/assets/search.js", "application/javascript; charset=utf-8"),
        ("/assets/favicon.svg", "image/svg+xml; charset=utf-8"),
    ],
)
def test_each_kind_of_file_has_its_content_type(path, kind):
    answer = get(path)
    assert answer.status == 200, f"{path} answered {answer.status}"
    assert answer.header("Content-Type") == kind
    assert answer.body == file_of(path).read_bytes()


def file_of(path: str) -> Path:
    name = path.split("?")[0].lstrip("/")
    return SITE / name / "index.html" if name == "" or name.endswith("/") else SITE / name


# Files over 1 KB of each kind: build-site writes a .gz and a .br beside each.
COMPRESSIBLE = [
    "/",
    PAGE,
    RECORD,
    "/assets/style.css",
    "/assets/search.js",
    "/tim-kiem/chi-muc.json",
    "/du-lieu-mo/procedures.csv",
    "/quyet-dinh/feed.xml",
    "/sitemap.xml",
]


@pytest.mark.parametrize("path", COMPRESSIBLE)
def test_gzip_is_sent_when_asked_the_builds_own_gz_when_there_is_one(path):
    original = file_of(path)
    assert original.stat().st_size > 1024, f"{path} is too small to be compressed"
    answer = get(path, "gzip")
    assert answer.status == 200
    assert answer.header("Content-Encoding") == "gzip", f"{path} was not compressed"
    assert "Accept-Encoding" in (answer.header("Vary") or ""), f"{path} has no Vary: Accept-Encoding"
    assert gzip.decompress(answer.body) == original.read_bytes(), f"{path} does not decompress to the file"
    precompressed = original.with_name(original.name + ".gz")
    if precompressed.is_file():
        assert answer.body == precompressed.read_bytes(), f"{path}: nginx compressed it itself, not sending {precompressed.name}"
    plain = get(path)
    assert plain.header("Content-Encoding") is None and plain.body == original.read_bytes()


@pytest.mark.parametrize("path", COMPRESSIBLE)
def test_brotli_is_the_builds_own_br_or_nothing(path):
    original = file_of(path)
    answer = get(path, "br")
    assert answer.status == 200
    precompressed = original.with_name(original.name + ".br")
    if precompressed.is_file():
        assert answer.header("Content-Encoding") == "br", f"{path}: {precompressed.name} is there but was not sent"
        assert answer.body == precompressed.read_bytes()
    else:
        assert answer.header("Content-Encoding") is None
        assert answer.body == original.read_bytes()


@pytest.mark.parametrize("path", ["/nginx-test-plain.json", "/nginx-test-plain.css"])
def test_a_file_without_its_gz_is_compressed_by_nginx(path):
    original = file_of(path)
    assert original.stat().st_size > 1024 and not original.with_name(original.name + ".gz").exists()
    answer = get(path, "gzip")
    assert answer.header("Content-Encoding") == "gzip", f"{path} was not compressed"
    assert gzip.decompress(answer.body) == original.read_bytes()


def test_a_file_under_1_kb_is_sent_as_it_is():
    answer = get("/assets/favicon.svg", "gzip, br")
    assert (SITE / "assets/favicon.svg").stat().st_size < 1024
    assert answer.header("Content-Encoding") is None


@pytest.mark.parametrize(
    "path",
    [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/assets/..%2f..%2f..%2fetc/passwd",
        "/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/..%2f..%2f..%2fetc/passwd",
        "/thu-tuc/../../../../etc/passwd",
    ],
)
def test_a_path_leading_outside_the_site_is_refused(path):
    status, data = raw_get(path)
    assert status in (400, 404), f"{path} answered {status}"
    assert b"root:" not in data


@pytest.mark.parametrize("path", HIDDEN)
def test_a_hidden_file_is_never_served(path):
    assert file_of(path).is_file(), f"scripts/nginx-test did not put {path} in the site"
    answer = get(path)
    assert answer.status == 404, f"{path} answered {answer.status}"
    assert b"nginx-test secret" not in answer.body


def test_a_folder_is_never_listed():
    answer = get("/files/")
    assert (SITE / "files").is_dir() and not (SITE / "files/index.html").exists()
    assert answer.status == 404
    assert answer.body == (SITE / "404.html").read_bytes()


def test_a_folder_without_its_slash_is_redirected_within_the_site():
    answer = get("/thu-tuc")
    assert answer.status == 301
    assert answer.header("Location") == "/thu-tuc/", "a relative redirect, right behind an HTTPS proxy too"


def test_a_versioned_asset_is_the_file_whatever_the_version():
    assert get("/assets/style.css?v=0123abcd").body == (SITE / "assets/style.css").read_bytes()
