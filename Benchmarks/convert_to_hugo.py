#!/usr/bin/env python3
"""Converts a site folder in our content format into the same site for Hugo.

    convert_to_hugo.py --site DIR --output HUGODIR [--templates DIR] [--theme-dir DIR]

DIR is a site folder as `make-corpus` writes it (content/site.yml, content/procedures,
content/decisions, content/feedback, content/pages). HUGODIR receives a Hugo site
(config.json, content/, static/assets/) that uses the minimal theme in
Benchmarks/hugo-theme, so `hugo --source HUGODIR` builds the same pages at the same
addresses: /thu-tuc/<code>/, /thu-tuc/, /dich-vu-cong-truc-tuyen/, /quyet-dinh/<slug>/,
/phan-anh-kien-nghi/<id>/, /<page>/, plus one page per field (/fields/<field>/).

Markdown bodies are copied byte for byte (CRLF line endings included); only the front
matter is re-emitted, as YAML whose values are written in JSON syntax (JSON is valid YAML),
with a few keys Hugo needs: url, date, weight, fields (the taxonomy), abolished. A field
written several ways (as make-corpus writes some, like the national data) is written as
build-site shows it, so that both sites have one field page and one group per field.

The front matter parser reads the YAML subset that make-corpus writes (double-quoted
strings, plain words and dates, flow lists, block lists, lists of one-level mappings) and
stops with the file and line on anything else. Standard library only.
"""

import argparse
import json
import os
import re
import shutil
import sys
import unicodedata

KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$")
INTEGER = re.compile(r"^-?[0-9]+$")
# Characters YAML does not allow raw in a double-quoted scalar (JSON leaves some raw).
NOT_PRINTABLE = re.compile("[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


class ConversionError(Exception):
    pass


# MARK: - Reading our files


def split_file(path):
    """Returns (front matter lines as [(line number, text)], body text verbatim)."""
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        raise ConversionError(f"{path}:1: the file does not start with a '---' line")
    position = text.index("\n") + 1
    lines = []
    number = 1
    while True:
        end = text.find("\n", position)
        if end < 0:
            raise ConversionError(f"{path}: the front matter has no closing '---' line")
        number += 1
        line = text[position:end].rstrip("\r")
        position = end + 1
        if line == "---":
            return lines, text[position:]
        lines.append((number, line))


def parse_scalar(raw, where):
    raw = raw.strip()
    if raw.startswith('"'):
        try:
            value, end = json.JSONDecoder().raw_decode(raw)
        except ValueError as error:
            raise ConversionError(f"{where}: bad quoted string: {error}")
        if raw[end:].strip():
            raise ConversionError(f"{where}: text after a quoted string")
        return value
    if raw.startswith(("'", "&", "*", "!", "|", ">", "{")):
        raise ConversionError(f"{where}: YAML syntax outside the supported subset: {raw!r}")
    if INTEGER.match(raw):
        return int(raw)
    if raw in ("true", "false"):
        return raw == "true"
    return raw


def parse_flow_list(raw, where):
    inner = raw.strip()
    if not (inner.startswith("[") and inner.endswith("]")):
        raise ConversionError(f"{where}: unterminated flow list")
    inner = inner[1:-1].strip()
    items = []
    decoder = json.JSONDecoder()
    index = 0
    while index < len(inner):
        if inner[index] == '"':
            value, index = decoder.raw_decode(inner, index)
            items.append(value)
        else:
            end = inner.find(",", index)
            end = len(inner) if end < 0 else end
            items.append(parse_scalar(inner[index:end], where))
            index = end
        while index < len(inner) and inner[index] == " ":
            index += 1
        if index < len(inner):
            if inner[index] != ",":
                raise ConversionError(f"{where}: expected ',' in a flow list")
            index += 1
            while index < len(inner) and inner[index] == " ":
                index += 1
    return items


def parse_front_matter(lines, path):
    data = {}
    index = 0
    while index < len(lines):
        number, line = lines[index]
        where = f"{path}:{number}"
        if not line.strip() or line.lstrip().startswith("#"):
            index += 1
            continue
        match = KEY.match(line)
        if not match:
            raise ConversionError(f"{where}: expected 'key: value', found {line!r}")
        key, rest = match.group(1), match.group(2)
        index += 1
        if rest is not None and rest.strip():
            rest = rest.strip()
            data[key] = parse_flow_list(rest, where) if rest.startswith("[") else parse_scalar(rest, where)
            continue
        items = []
        while index < len(lines) and lines[index][1].startswith("  "):
            number, line = lines[index]
            where = f"{path}:{number}"
            if not line.startswith("  - "):
                raise ConversionError(f"{where}: expected a list item '  - '")
            item = line[4:]
            field = KEY.match(item)
            index += 1
            if field and not item.startswith('"'):
                record = {field.group(1): parse_scalar(field.group(2) or "", where)}
                while index < len(lines) and lines[index][1].startswith("    "):
                    number, line = lines[index]
                    more = KEY.match(line[4:])
                    if not more:
                        raise ConversionError(f"{path}:{number}: expected '    key: value' in a list of mappings")
                    record[more.group(1)] = parse_scalar(more.group(2) or "", f"{path}:{number}")
                    index += 1
                items.append(record)
            else:
                items.append(parse_scalar(item, where))
        data[key] = items
    return data


def read_document(path):
    lines, body = split_file(path)
    return parse_front_matter(lines, path), body


def field_slug(text):
    """The address build-site makes of a field: without accents, lowercase, words joined by dashes."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", folded))


def shown_fields(pairs):
    """Each field text -> the spelling build-site shows for its field: of the texts with one
    address, the one most procedures write, among equals the one of the lowest code."""
    tally = {}
    for code, field in pairs:
        count, lowest = tally.get(field, (0, code))
        tally[field] = (count + 1, min(lowest, code))
    best = {}
    for field, (count, lowest) in tally.items():
        slug = field_slug(field)
        if slug not in best or (-count, lowest) < (-tally[best[slug]][0], tally[best[slug]][1]):
            best[slug] = field
    return {field: best[field_slug(field)] for field in tally}


def markdown_files(folder):
    if not os.path.isdir(folder):
        return []
    return sorted(name for name in os.listdir(folder) if name.endswith(".md"))


# MARK: - Writing the Hugo site


def yaml_value(value):
    text = json.dumps(value, ensure_ascii=False)
    return NOT_PRINTABLE.sub(lambda match: "\\u%04x" % ord(match.group(0)), text)


def write_document(path, front_matter, body):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = ["---"]
    for key, value in front_matter.items():
        if value is None:
            continue
        lines.append(f"{key}: {yaml_value(value)}")
    lines.append("---")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(lines) + "\n" + body)


def as_list(value):
    if value is None:
        return None
    return value if isinstance(value, list) else [value]


def convert(site, output, templates, theme_dir):
    content = os.path.join(site, "content")
    settings, _ = read_document_yaml(os.path.join(content, "site.yml"))
    target = os.path.join(output, "content")
    if os.path.exists(output):
        shutil.rmtree(output)
    os.makedirs(target)

    # Decisions first: which decision abolishes which procedure.
    abolished_by = {}
    decisions = []
    for name in markdown_files(os.path.join(content, "decisions")):
        data, body = read_document(os.path.join(content, "decisions", name))
        slug = name[: -len(".md")]
        decisions.append((slug, data, body))
        for code in data.get("abolished", []):
            abolished_by[code] = {"number": data["number"], "url": f"/quyet-dinh/{slug}/", "issued": data["issued"]}
    for slug, data, body in decisions:
        front = {"title": data["title"], "url": f"/quyet-dinh/{slug}/", "date": data["issued"]}
        front.update(data)
        front["title"] = data["title"]
        write_document(os.path.join(target, "quyet-dinh", f"{slug}.md"), front, body)

    counts = {"procedures": 0, "decisions": len(decisions), "feedback": 0, "pages": 0}
    procedures = [(name, *read_document(os.path.join(content, "procedures", name)))
                  for name in markdown_files(os.path.join(content, "procedures"))]
    shown = shown_fields([(data["code"], data["field"]) for _, data, _ in procedures])
    for name, data, body in procedures:
        code = data["code"]
        field = shown[data["field"]]
        front = {"title": data["title"], "url": f"/thu-tuc/{code}/", "fields": [field]}
        for key, value in data.items():
            if key in ("agency", "competent_agency", "coordinating_agency", "delegated_agency", "levels"):
                value = as_list(value)
            front[key] = value
        front["field"] = field
        if code in abolished_by:
            front["abolished"] = True
            front["abolished_by"] = abolished_by[code]
        write_document(os.path.join(target, "thu-tuc", name), front, body)
        counts["procedures"] += 1

    for name in markdown_files(os.path.join(content, "feedback")):
        data, body = read_document(os.path.join(content, "feedback", name))
        front = {"title": data["title"], "url": f"/phan-anh-kien-nghi/{data['id']}/", "date": data["received"]}
        front.update(data)
        write_document(os.path.join(target, "phan-anh-kien-nghi", name), front, body)
        counts["feedback"] += 1

    for name in markdown_files(os.path.join(content, "pages")):
        data, body = read_document(os.path.join(content, "pages", name))
        slug = name[: -len(".md")]
        front = {"title": data["title"], "url": f"/{slug}/", "weight": data.get("order")}
        front.update(data)
        write_document(os.path.join(target, name), front, body)  # top level, as /<slug>/
        counts["pages"] += 1

    # Section pages and the Decree 42/2022 list, titled as ours.
    write_document(os.path.join(target, "_index.md"), {"title": settings.get("title", "")}, "")
    write_document(os.path.join(target, "thu-tuc", "_index.md"), {"title": "Thủ tục hành chính"}, "")
    write_document(
        os.path.join(target, "quyet-dinh", "_index.md"),
        {"title": "Quyết định công bố thủ tục hành chính", "outputs": ["HTML", "RSS"]},
        "",
    )
    write_document(
        os.path.join(target, "phan-anh-kien-nghi", "_index.md"),
        {"title": "Kết quả xử lý phản ánh, kiến nghị", "outputs": ["HTML", "RSS"]},
        "",
    )
    write_document(
        os.path.join(target, "dich-vu-cong-truc-tuyen.md"),
        {"title": "Dịch vụ công trực tuyến", "url": "/dich-vu-cong-truc-tuyen/", "layout": "online-services"},
        "",
    )

    # The stylesheet and icon, as ours copies templates/assets to /assets/.
    if templates and os.path.isdir(os.path.join(templates, "assets")):
        shutil.copytree(os.path.join(templates, "assets"), os.path.join(output, "static", "assets"))

    base_url = settings.get("base_url", "https://example.gov.vn")
    config = {
        "baseURL": base_url.rstrip("/") + "/",
        "languageCode": "vi",
        "defaultContentLanguage": "vi",
        "title": settings.get("title", ""),
        "themesDir": os.path.abspath(os.path.dirname(theme_dir)),
        "theme": os.path.basename(os.path.normpath(theme_dir)),
        "taxonomies": {"field": "fields"},
        "enableRobotsTXT": True,
        # Feeds only where ours has them (decisions, feedback: set in their _index.md).
        "outputs": {"home": ["HTML"], "section": ["HTML"], "taxonomy": ["HTML"], "term": ["HTML"]},
        "params": {
            "agency": settings.get("agency"),
            "description": settings.get("description"),
            "portal_url": settings.get("portal_url"),
            "contact_lines": [line for line in (settings.get("contact") or "").split("\n") if line.strip()],
            "navigation": settings.get("navigation", []),
        },
        "removePathAccents": True,
        # Hugo's defaults (GFM tables, strikethrough, linkify, task lists; raw HTML left out),
        # with heading ids folded to ASCII as ours are.
        "markup": {"goldmark": {"renderer": {"unsafe": False}, "parser": {"autoHeadingIDType": "github-ascii"}}},
    }
    with open(os.path.join(output, "config.json"), "w", encoding="utf-8") as handle:
        json.dump(config, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return counts


def read_document_yaml(path):
    """site.yml is front matter without the '---' lines."""
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8").lstrip("\ufeff")
    lines = [(number, line.rstrip("\r")) for number, line in enumerate(text.split("\n"), start=1)]
    return parse_front_matter(lines, path), ""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", required=True, help="our site folder (holding content/)")
    parser.add_argument("--output", required=True, help="the Hugo site folder to write (replaced)")
    parser.add_argument("--templates", help="our templates/ folder, whose assets/ are copied to static/assets/")
    parser.add_argument("--theme-dir", default=os.path.join(here, "hugo-theme"), help="the Hugo theme folder")
    arguments = parser.parse_args()
    try:
        counts = convert(arguments.site, arguments.output, arguments.templates, arguments.theme_dir)
    except (ConversionError, KeyError, OSError) as error:
        print(f"convert_to_hugo: {error}", file=sys.stderr)
        return 1
    print(
        "converted {procedures} procedures, {decisions} decisions, {feedback} feedback results, "
        "{pages} pages into {output}".format(output=arguments.output, **counts)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
