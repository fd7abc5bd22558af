#!/usr/bin/python3
"""Checks the reference page `sipcodes --html` writes, without a browser.

usage: check_page.py PAGE.html DATA_DIR

The page is parsed strictly by html5lib (a parse error fails), then checked
for what a reader and a screen reader rely on (one h1, headings in order,
landmarks, labelled controls, unique ids, in-page links that land), for being
self-contained (nothing it would fetch), and for its content against the
hand-typed fixtures under DATA_DIR, which are not derived from the library:
every registered code once, in its class's section, with its registry phrase,
the RFC 3398 mappings both ways, the header rules and the warn-codes.
Prints one line per failed check and exits 1 if any failed.
"""

import csv
import re
import sys
from pathlib import Path

import html5lib

MAX_BYTES = 200_000
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def rows_of(path):
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def text_of(element):
    return "".join(element.itertext())


def main(page_path, data_dir):
    raw = Path(page_path).read_bytes()
    check(len(raw) < MAX_BYTES, f"the page is {len(raw)} bytes; it must stay under {MAX_BYTES}")

    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        document = parser.parse(raw)
    except html5lib.html5parser.ParseError as error:
        print(f"FAIL: strict HTML5 parse: {error}")
        return 1

    root = document
    check(root.tag == "html" and root.get("lang") in ("en", "tr"), "<html> needs lang en or tr")
    everything = list(root.iter())

    # Self-contained: nothing is fetched when the page opens.
    for element in everything:
        for attribute in ("src", "srcset", "poster", "data", "background"):
            check(attribute not in element.attrib, f"<{element.tag}> has {attribute}=, which would fetch")
        check(element.tag not in ("link", "img", "iframe", "object", "embed", "video", "audio", "base"),
              f"<{element.tag}> would fetch or redirect")
    style = "".join(text_of(e) for e in root.iter("style"))
    script = "".join(text_of(e) for e in root.iter("script"))
    check("url(" not in style and "@import" not in style, "the style loads something")
    for word in ("fetch(", "XMLHttpRequest", "import(", "WebSocket", "sendBeacon", ".src"):
        check(word not in script, f"the script uses {word}")

    # Ids are unique and in-page links land on one.
    ids = [e.get("id") for e in everything if e.get("id") is not None]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    check(not duplicates, f"ids used more than once: {duplicates}")
    for a in root.iter("a"):
        href = a.get("href", "")
        if href.startswith("#"):
            check(href[1:] in ids, f"link {href} goes nowhere")
        else:
            check(re.fullmatch(r"https://www\.rfc-editor\.org/rfc/rfc\d+#section-[\d.]+", href) is not None,
                  f"unexpected link {href!r}")

    # Headings in order, landmarks, labels.
    headings = [int(e.tag[1]) for e in everything if re.fullmatch(r"h[1-6]", str(e.tag))]
    check(headings[:1] == [1] and headings.count(1) == 1, "the page needs exactly one h1, first")
    check(all(b - a <= 1 for a, b in zip(headings, headings[1:])), f"heading levels skip: {headings}")
    body = root.find("body")
    for landmark in ("header", "main", "footer"):
        check(len(body.findall(landmark)) == 1, f"the body needs one <{landmark}>")
    navs = list(root.iter("nav"))
    check(len(navs) == 1 and navs[0].get("aria-label"), "one <nav> with an aria-label")
    labels = {e.get("for") for e in root.iter("label")}
    for control in list(root.iter("input")) + list(root.iter("select")) + list(root.iter("textarea")):
        check(control.get("id") in labels, f"<{control.tag} id={control.get('id')}> has no <label>")
    for button in root.iter("button"):
        check(text_of(button).strip() != "", "a button without text")
        check(button.get("type") == "button", "a button without type=button")
    for group in (e for e in everything if e.get("role") == "group"):
        check(group.get("aria-label"), "a group without aria-label")
    for table in root.iter("table"):
        check(table.find("thead") is not None and table.find("tbody") is not None, "a table without thead/tbody")

    # Every code of the fixtures once, in its class's section, with its phrase.
    registry = {int(r["code"]): r for r in rows_of(Path(data_dir) / "iana-response-codes.csv")}
    code_rows = {}
    for section in root.iter("section"):
        cls = section.get("data-class")
        if cls is None:
            continue
        for tr in section.iter("tr"):
            if tr.get("id") is None:
                continue
            code = int(tr.get("id"))
            check(code not in code_rows, f"{code} is on the page twice")
            check(str(code)[0] == cls, f"{code} is in the {cls}xx section")
            code_rows[code] = tr
    check(sorted(code_rows) == sorted(registry),
          f"codes on the page differ from the registry: missing {sorted(set(registry) - set(code_rows))}, "
          f"extra {sorted(set(code_rows) - set(registry))}")
    for code, fact in registry.items():
        tr = code_rows.get(code)
        if tr is None:
            continue
        text = text_of(tr)
        check(fact["phrase"] in text, f"{code}: the registry phrase {fact['phrase']!r} is not in its row")
        rfc = re.search(r"\d+", fact["reference"]).group()
        check(f"RFC {rfc}" in text or f"rfc{rfc}" in text, f"{code}: RFC {rfc} is not named in its row")
        lifecycle = [text_of(s) for s in tr.iter("span") if s.get("class") == "badge"]
        if fact["origin"] == "rfc2543":
            check(any("historic" in b for b in lifecycle), f"{code}: an RFC 2543 code is not shown as historic")
        elif "Deprecated" in fact["phrase"]:
            check(any("deprecated" in b for b in lifecycle), f"{code}: not shown as deprecated")
        elif code == 402:  # RFC 3261 section 21.4.3: "Reserved for future use."
            check(any("reserved" in b for b in lifecycle), f"{code}: not shown as reserved")
        else:
            check(not lifecycle, f"{code}: shown as {lifecycle} though current")

    def detail(code, label):
        """The text of the <dd> after the <dt> that starts with `label` in the English span."""
        tr = code_rows.get(code)
        if tr is None:
            return None
        for dl in tr.iter("dl"):
            children = list(dl)
            for dt, dd in zip(children, children[1:]):
                if dt.tag == "dt" and dd.tag == "dd" and text_of(dt).startswith(label):
                    return text_of(dd)
        return None

    for row in rows_of(Path(data_dir) / "rfc3398-sip-to-q850.csv"):
        code, cause = int(row["sip"]), int(row["cause"])
        found = detail(code, "Q.850 cause")
        if cause == 0:
            check(found is None, f"{code}: RFC 3398 gives no cause, the page shows {found!r}")
        else:
            check(found is not None and found.startswith(f"{cause} "), f"{code}: Q.850 cause {cause}, page {found!r}")
    from_causes = {}
    for row in rows_of(Path(data_dir) / "rfc3398-q850-to-sip.csv"):
        if int(row["sip"]) != 0:
            from_causes.setdefault(int(row["sip"]), set()).add(int(row["cause"]))
    for code in code_rows:
        found = detail(code, "From Q.850 causes")
        shown = {int(n) for n in re.findall(r"(?:^|, )(\d+) ", found or "")}
        check(shown == from_causes.get(code, set()),
              f"{code}: from Q.850 causes {sorted(from_causes.get(code, set()))}, page {sorted(shown)}")
        data = {int(n) for n in tr_data(code_rows[code])}
        check(from_causes.get(code, set()) <= data, f"{code}: data-q850 lacks a cause that maps to it")

    for row in rows_of(Path(data_dir) / "header-rules.csv"):
        code = int(row["code"])
        found = detail(code, "Header fields") or ""
        check(f"{row['header']} {row['level']}" in found,
              f"{code}: the rule {row['header']} {row['level']} (RFC {row['rfc']} {row['section']}) is missing")

    retry_codes = {404, 413, 480, 486, 500, 503, 600, 603}  # RFC 3261 section 20.33
    for code in code_rows:
        shown = detail(code, "Retry-After") is not None
        check(shown == (code in retry_codes), f"{code}: Retry-After shown {shown}, RFC 3261 20.33 says otherwise")

    warn = {int(r["code"]): r["text"] for r in rows_of(Path(data_dir) / "warn-codes.csv")}
    warn_section = next((s for s in root.iter("section") if s.get("id") == "warn-codes"), None)
    if check(warn_section is not None, "no warn-codes section"):
        shown = {int(tr.get("id")[5:]): text_of(tr) for tr in warn_section.iter("tr") if tr.get("id")}
        check(sorted(shown) == sorted(warn), f"warn-codes differ: page {sorted(shown)}, registry {sorted(warn)}")
        for code, text in warn.items():
            check(text in shown.get(code, ""), f"warn-code {code}: {text!r} is not on the page")

    for failure in failures:
        print(f"FAIL: {failure}")
    checks = "strict parse, self-contained, ids and links, headings, landmarks, labels, codes, Q.850, rules"
    print(f"{page_path}: {len(raw)} bytes, {len(code_rows)} codes, {len(warn)} warn-codes; "
          f"{'ok' if not failures else str(len(failures)) + ' failures'} ({checks})")
    return 1 if failures else 0


def tr_data(tr):
    return (tr.get("data-q850") or "").split()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
