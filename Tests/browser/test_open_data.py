"""Open data (issue 5): datasets, content API, feeds and sitemap of the built site, read as files."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

DATASETS = ["procedures", "online-services", "decisions", "feedback", "service-index", "targets", "statistics", "reports"]
ITEM_SEPARATOR = " | "
FIELD_SEPARATOR = "; "
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def load(site: Path, name: str) -> dict:
    return json.loads((site / "du-lieu-mo" / f"{name}.json").read_text(encoding="utf-8"))


def schema(site: Path, name: str) -> dict:
    return json.loads((site / "du-lieu-mo" / f"{name}.schema.json").read_text(encoding="utf-8"))


def record_validator(document_schema: dict) -> Draft202012Validator:
    """Validates one record against the dataset schema's record definition."""
    return Draft202012Validator(
        {"$defs": document_schema["$defs"], "$ref": "#/$defs/record"}, format_checker=FormatChecker()
    )


def flatten(value) -> str:
    """The documented CSV rule, written independently of the generator."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list):
        return ITEM_SEPARATOR.join(flatten(item) for item in value)
    if isinstance(value, dict):
        return FIELD_SEPARATOR.join(f"{key}={flatten(value[key])}" for key in sorted(value) if flatten(value[key]))
    raise AssertionError(f"unexpected JSON value {value!r}")


def pages_under(site: Path, folder: str) -> list[str]:
    """The documents' pages in a folder: not the numbered pages of its list (trang-2/...)."""
    return sorted(p.parent.name for p in (site / folder).glob("*/index.html") if not re.fullmatch(r"trang-\d+", p.parent.name))


def list_pages(site: Path, folder: str) -> list[Path]:
    """A list's first page and its numbered pages, in order."""
    numbered = sorted((site / folder).glob("trang-*/index.html"), key=lambda p: int(p.parent.name.split("-")[1]))
    return [site / folder / "index.html"] + numbered


@pytest.mark.parametrize("name", DATASETS)
def test_each_dataset_validates_against_its_published_schema(site, name):
    errors = sorted(Draft202012Validator(schema(site, name), format_checker=FormatChecker()).iter_errors(load(site, name)), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:20])


@pytest.mark.parametrize(
    "name, folder, key",
    [
        ("procedures", "thu-tuc", "code"),
        ("decisions", "quyet-dinh", None),
        ("feedback", "phan-anh-kien-nghi", "id"),
        ("reports", "bao-cao", "period"),
    ],
)
def test_every_page_record_validates_and_equals_its_dataset_record(site, name, folder, key):
    dataset = load(site, name)
    by_url = {record["url"]: record for record in dataset["records"]}
    validator = record_validator(schema(site, name))
    files = sorted((site / folder).glob("*/index.json"))
    assert len(files) == dataset["count"] == len(dataset["records"]) > 0
    for file in files:
        record = json.loads(file.read_text(encoding="utf-8"))
        errors = list(validator.iter_errors(record))
        assert not errors, f"{file}: {[e.message for e in errors]}"
        assert record["url"].endswith(f"/{folder}/{file.parent.name}/")
        assert by_url[record["url"]] == record, f"{file} differs from its record in {name}.json"
        if key:
            assert record[key] == file.parent.name


@pytest.mark.parametrize("name", DATASETS)
def test_each_csv_parses_back_to_the_json_records(site, name):
    raw = (site / "du-lieu-mo" / f"{name}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the CSV must start with a UTF-8 byte-order mark"
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    schema_keys = list(schema(site, name)["$defs"]["record"]["properties"])
    assert sorted(header) == sorted(schema_keys), "the CSV columns are the record's fields"
    records = load(site, name)["records"]
    assert len(body) == len(records)
    for row, record in zip(body, records):
        assert len(row) == len(header)
        for column, cell in zip(header, row):
            assert cell == flatten(record.get(column)), f"{name}.csv, {column} of {record.get('code') or record.get('number') or record.get('id') or record.get('period')}"


def test_counts_match_the_pages_of_the_site(site):
    assert load(site, "procedures")["count"] == len(pages_under(site, "thu-tuc"))
    assert load(site, "decisions")["count"] == len(pages_under(site, "quyet-dinh"))
    assert load(site, "feedback")["count"] == len(pages_under(site, "phan-anh-kien-nghi"))
    online_rows = sum(p.read_text(encoding="utf-8").count('<td class="code">') for p in list_pages(site, "dich-vu-cong-truc-tuyen"))
    assert load(site, "online-services")["count"] == online_rows
    open_data_page = (site / "du-lieu-mo" / "index.html").read_text(encoding="utf-8")
    for name in DATASETS:
        assert f'href="/du-lieu-mo/{name}.json"' in open_data_page
        assert f'href="/du-lieu-mo/{name}.schema.json"' in open_data_page
        assert f"<dt>Số bản ghi</dt><dd>{load(site, name)['count']}</dd>" in open_data_page


def test_abolished_procedures_are_marked_not_dropped(site):
    records = {r["code"]: r for r in load(site, "procedures")["records"]}
    abolished = [r for r in records.values() if r["status"] == "abolished"]
    assert abolished, "the sample site has abolished procedures"
    for record in abolished:
        assert record["abolished_by"]
        assert record["history"][-1]["act"] == "abolished"
        assert (site / "thu-tuc" / record["code"] / "index.html").is_file()
    online_codes = {r["code"] for r in load(site, "online-services")["records"]}
    assert not online_codes & {r["code"] for r in abolished}


def test_the_dataset_dates_come_from_the_content(site):
    decisions = load(site, "decisions")
    assert decisions["modified"] == max(r["issued"] for r in decisions["records"])
    feedback = load(site, "feedback")
    assert feedback["modified"] == max(max(r["received"], r.get("handled") or "") for r in feedback["records"])


@pytest.mark.parametrize("feed, folder", [("quyet-dinh/feed.xml", "quyet-dinh"), ("phan-anh-kien-nghi/feed.xml", "phan-anh-kien-nghi")])
def test_feeds_are_well_formed_atom_with_stable_entry_ids(site, feed, folder):
    root = ET.parse(site / feed).getroot()
    assert root.tag == f"{ATOM}feed"
    for element in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{element}") is not None and root.find(f"{ATOM}{element}").text
    assert root.find(f"{ATOM}id").text.endswith("/" + feed)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(pages_under(site, folder))
    ids = [entry.find(f"{ATOM}id").text for entry in entries]
    assert len(set(ids)) == len(ids)
    for entry, entry_id in zip(entries, ids):
        assert re.fullmatch(r"https://[^/]+/" + folder + r"/[A-Za-z0-9.-]+/", entry_id), entry_id
        assert (site / folder / entry_id.rstrip("/").rsplit("/", 1)[1] / "index.html").is_file()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T00:00:00Z", entry.find(f"{ATOM}updated").text)
        assert entry.find(f"{ATOM}title").text
    html = (site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="alternate" type="application/atom+xml"' in html and f'href="/{feed}"' in html


def test_the_sitemap_lists_exactly_the_built_pages(site):
    root = ET.parse(site / "sitemap.xml").getroot()
    locs = [url.find(f"{SITEMAP}loc").text for url in root.findall(f"{SITEMAP}url")]
    base = re.match(r"https://[^/]+", locs[0]).group(0)
    listed = sorted(loc[len(base):] for loc in locs)
    built = sorted("/" if p.parent == site else "/" + str(p.parent.relative_to(site)) + "/" for p in site.rglob("index.html"))
    assert listed == built
    for url in root.findall(f"{SITEMAP}url"):
        lastmod = url.find(f"{SITEMAP}lastmod")
        if lastmod is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", lastmod.text)
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {base}/sitemap.xml" in robots


def test_field_pages_and_numbered_pages_are_in_the_sitemap_dated_like_their_list(site):
    root = ET.parse(site / "sitemap.xml").getroot()
    lastmod = {}
    for url in root.findall(f"{SITEMAP}url"):
        date = url.find(f"{SITEMAP}lastmod")
        lastmod[re.sub(r"^https://[^/]+", "", url.find(f"{SITEMAP}loc").text)] = None if date is None else date.text
    fields = sorted("/" + str(p.parent.relative_to(site)) + "/" for p in (site / "thu-tuc" / "linh-vuc").glob("*/index.html"))
    assert fields, "every field has its own page under /thu-tuc/linh-vuc/"
    newest_field = max((lastmod[f] for f in fields if lastmod[f]), default=None)
    assert newest_field == lastmod["/thu-tuc/"], "the catalogue is as new as its newest field"
    for path in site.rglob("trang-*/index.html"):
        address = "/" + str(path.parent.relative_to(site)) + "/"
        assert lastmod[address] == lastmod[re.sub(r"trang-\d+/$", "", address)], f"{address} is not dated like its list"


def test_pages_carry_canonical_links_descriptions_and_open_graph(site):
    for page in [site / "index.html", site / "thu-tuc" / "2.000693" / "index.html", site / "du-lieu-mo" / "index.html"]:
        html = page.read_text(encoding="utf-8")
        assert re.search(r'<link rel="canonical" href="https://[^"]+">', html), page
        assert '<meta name="description" content="' in html, page
        for prop in ("og:title", "og:url", "og:type", "og:locale", "og:site_name", "og:description"):
            assert f'<meta property="{prop}" content="' in html, f"{page}: {prop}"
