#!/usr/bin/python3
"""Opens the reference page in Debian's chromium (through chromedriver and
Selenium) and checks what a reader does with it.

usage: check_page_in_browser.py SIPCODES_COMMAND DATA_DIR OUTPUT_DIR

SIPCODES_COMMAND writes the page (--html, --html --lang tr) and answers
--json, whose English and Turkish texts are the oracle for the filter: the
filter is JavaScript in the page, the oracle is folded here in Python, so the
two implementations check each other. DATA_DIR holds the hand-typed registry
fixture the row count comes from. Screenshots (both languages, both themes,
a phone's width) are written to OUTPUT_DIR. Prints one line per failed check
and a summary; exits 1 if any check failed.
"""

import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE_WIDTH = 375

checks = 0
failures = []


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        failures.append(message)
    return condition


# --- the oracle --------------------------------------------------------------

def fold(text):
    """Case folding as a reader expects, on both pages (Turkish words are on
    the English page too): the four letters I, İ, ı and i are one, since a
    reader on another keyboard types I for İ and for ı, and İ must not become
    i and a combining dot, as a plain lower() makes it."""
    return text.replace("\u0130", "i").replace("I", "i").replace("\u0131", "i").lower()


def words_of(text):
    """The words of a folded text, as the command finds them: runs of ASCII
    letters and digits and of any other character past ASCII."""
    return re.findall("[0-9a-z\u0080-\U0010ffff]+", text)


def class_words(words):
    """The words that name a class of codes, "4xx", and the others."""
    classes = [w for w in words if len(w) == 3 and w[0] in "123456" and w[1:] == "xx"]
    return classes, [w for w in words if w not in classes]


def has_words(words, text):
    """Each word starts a word of the text: the filter matches the words a
    reader types, or their beginnings while typing, never inside a word."""
    text_words = words_of(fold(text))
    return all(any(t.startswith(w) for t in text_words) for w in words)


def searchable_texts(entry):
    """What the page lets a reader find a code by: number, phrases in both
    languages, former phrases, name, descriptions, Q.850 causes both ways."""
    parts = [str(entry["code"]), entry["reason"], entry["reason_tr"], entry["name"], entry["description"],
             entry["description_tr"]]
    parts += [alias["phrase"] for alias in entry["aliases"]]
    if entry.get("q850_cause"):
        parts.append(str(entry["q850_cause"]["cause"]))
    parts += [str(cause) for cause in entry["from_q850_causes"]]
    return " ".join(parts)


def expected_codes(entries, query):
    classes, words = class_words(words_of(fold(query)))
    return {entry["code"] for entry in entries
            if all(str(entry["code"])[0] == c[0] for c in classes) and has_words(words, searchable_texts(entry))}


def expected_warn_codes(warn_entries, query):
    """The warn-codes the filter shows: by code and texts in both languages;
    a class word ("3xx") names response codes, so it shows none."""
    classes, words = class_words(words_of(fold(query)))
    if classes:
        return set()
    return {entry["code"] for entry in warn_entries
            if has_words(words, " ".join([str(entry["code"]), entry["text"], entry["text_tr"], entry["description"],
                                          entry["description_tr"]]))}


def expected_count(lang, codes, warn_codes):
    """The line above the tables: what the filter shows, codes and warn-codes."""
    if lang == "tr":
        return f"{codes} kod ve {warn_codes} uyarı kodu gösteriliyor"
    return (f"{codes} code{'' if codes == 1 else 's'} and {warn_codes} warn-code{'' if warn_codes == 1 else 's'}"
            " shown")


# --- the page ------------------------------------------------------------------

CONTRAST_SCRIPT = """
function rgba(text) {
  var m = text.match(/rgba?\\(([^)]*)\\)/);
  if (!m) return null;
  var p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(parseFloat);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function luminance(c) {
  var v = c.slice(0, 3).map(function (x) {
    x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}
function ratio(a, b) {
  var la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
function background(el) {
  for (; el; el = el.parentElement) {
    var c = rgba(getComputedStyle(el).backgroundColor);
    if (c && c[3] > 0) return c;
  }
  return rgba(getComputedStyle(document.documentElement).backgroundColor) || [255, 255, 255, 1];
}
var worst = 99, failures = [], checked = 0;
var all = document.querySelectorAll('body *');
for (var i = 0; i < all.length; i++) {
  var el = all[i];
  var own = Array.prototype.some.call(el.childNodes, function (n) {
    return n.nodeType === 3 && n.textContent.trim() !== '';
  });
  if (!own || el.getClientRects().length === 0) continue;
  var style = getComputedStyle(el);
  if (style.visibility === 'hidden') continue;
  var size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
  var needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
  var r = ratio(rgba(style.color), background(el));
  checked += 1;
  worst = Math.min(worst, r);
  if (r < needed) failures.push(el.tagName + '.' + el.className + ' "' + el.textContent.trim().slice(0, 30) +
                                '" ' + r.toFixed(2) + ' < ' + needed);
}
// Non-text contrast (WCAG 1.4.11): the filter's border and the focus ring.
var input = document.getElementById('filter');
var border = ratio(rgba(getComputedStyle(input).borderTopColor), background(input.parentElement));
if (border < 3) failures.push('filter border ' + border.toFixed(2) + ' < 3');
var placeholder = ratio(rgba(getComputedStyle(input, '::placeholder').color), background(input));
if (placeholder < 4.5) failures.push('placeholder ' + placeholder.toFixed(2) + ' < 4.5');
var focusColor = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
var probe = document.createElement('span');
probe.style.color = focusColor;
document.body.appendChild(probe);
var ring = ratio(rgba(getComputedStyle(probe).color), background(document.body));
probe.remove();
if (ring < 3) failures.push('focus ring ' + ring.toFixed(2) + ' < 3');
return {checked: checked, worst: worst, border: border, ring: ring, placeholder: placeholder, failures: failures};
"""


class Page:
    def __init__(self, driver, url):
        self.driver = driver
        self.url = url

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def open(self, fragment=""):
        self.driver.get(self.url + fragment)

    def lang(self):
        return self.js("return document.documentElement.lang")

    def shown_codes(self):
        # Rendered, not merely marked hidden: a style can override [hidden].
        return set(self.js("return Array.prototype.filter.call(document.querySelectorAll("
                           "'section[data-class] tbody tr[id]'), function (r) { return r.getClientRects().length; })"
                           ".map(function (r) { return Number(r.id); })"))

    def count(self):
        return self.driver.find_element(By.ID, "count").text

    def shown_warn_codes(self):
        return set(self.js("return Array.prototype.filter.call(document.querySelectorAll("
                           "'#warn-codes tbody tr[id]'), function (r) { return r.getClientRects().length; })"
                           ".map(function (r) { return Number(r.id.slice(5)); })"))

    def placeholder_fits(self):
        """The placeholder's width in the filter's font, and the room the box
        gives it."""
        return self.js("""
            var input = document.getElementById('filter');
            var style = getComputedStyle(input);
            var context = document.createElement('canvas').getContext('2d');
            context.font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(' ');
            var room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            return [context.measureText(input.placeholder).width, room, input.placeholder];""")

    def filter(self, text):
        box = self.driver.find_element(By.ID, "filter")
        box.clear()
        box.send_keys(text)

    def visible_text(self, selector):
        return " ".join(e.text for e in self.driver.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed())

    def no_horizontal_scroll(self):
        return self.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")

    def theme(self, scheme):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                    {"features": [{"name": "prefers-color-scheme", "value": scheme}]})

    def background(self):
        return self.js("return getComputedStyle(document.documentElement).backgroundColor")


def new_driver(profile):
    options = Options()
    options.binary_location = shutil.which("chromium") or CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", f"--user-data-dir={profile}", "--lang=en-US",
                     "--hide-scrollbars", "--font-render-hinting=none", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-default-apps"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or CHROMEDRIVER), options=options)


def check_logs(driver, page_urls, where):
    """No console message of level SEVERE; no request but the page itself."""
    for entry in driver.get_log("browser"):
        check(entry["level"] not in ("SEVERE", "WARNING"), f"{where}: console {entry['level']}: {entry['message']}")
    ours = set()  # the requests our pages made, by id
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        method, params = message["method"], message.get("params", {})
        if method == "Network.requestWillBeSent" and params.get("documentURL", "").split("#")[0] in page_urls:
            ours.add(params["requestId"])
            url = params["request"]["url"].split("#")[0]
            check(url in page_urls, f"{where}: the page requested {url}")
        elif method == "Network.loadingFailed" and params.get("requestId") in ours:
            check(False, f"{where}: a request failed: {params.get('errorText')}")
    check(ours, f"{where}: no request of the page was seen; the network log does not work")


def main(command, data_dir, output_dir):
    output = Path(output_dir)
    output.mkdir(parents=True, exist_ok=True)
    entries = json.loads(subprocess.run([command, "--json"], check=True, capture_output=True).stdout)
    by_code = {e["code"]: e for e in entries}
    # Every warn-code of 300..399 the tool knows (it exits 1 for the others).
    warnings = json.loads(subprocess.run([command, "--json", "--warning"] + [str(c) for c in range(300, 400)],
                                         capture_output=True).stdout)
    warn_entries = [w for w in warnings if w["known"]]
    lines = [line for line in (Path(data_dir) / "iana-response-codes.csv").read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    registry_size = len(list(csv.DictReader(lines)))

    pages = {}
    for lang in ("en", "tr"):
        path = output / f"sipcodes-{lang}.html"
        path.write_bytes(subprocess.run([command, "--html", "--lang", lang], check=True, capture_output=True).stdout)
        pages[lang] = path.resolve().as_uri()
    page_urls = set(pages.values())

    with tempfile.TemporaryDirectory() as profile:
        driver = new_driver(profile)
        try:
            run_checks(driver, pages, page_urls, by_code, warn_entries, registry_size, output)
        finally:
            driver.quit()

    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"browser checks: {checks - len(failures)} of {checks} passed; screenshots in {output}")
    return 1 if failures else 0


def run_checks(driver, pages, page_urls, by_code, warn_entries, registry_size, output):
    entries = list(by_code.values())
    en = Page(driver, pages["en"])
    tr = Page(driver, pages["tr"])

    # Opening: every code of the registry, all shown, the language asked for.
    en.open()
    en.js("localStorage.clear()")
    en.open()
    check(en.lang() == "en", f"the English page opens in {en.lang()}")
    check(driver.title == "SIP response codes", f"title {driver.title!r}")
    rows = en.js("return document.querySelectorAll('section[data-class] tbody tr[id]').length")
    check(rows == registry_size, f"{rows} code rows; the registry fixture has {registry_size}")
    check(len(en.shown_codes()) == registry_size and
          en.count() == expected_count("en", registry_size, len(warn_entries)),
          f"{len(en.shown_codes())} rows shown, count says {en.count()!r}")
    check(en.no_horizontal_scroll(), "horizontal scroll at 1280 px")
    check(len(warn_entries) >= 15 and en.shown_warn_codes() == {w["code"] for w in warn_entries},
          f"warn-codes shown {sorted(en.shown_warn_codes())}")

    # The placeholder is read whole at 1280 px, in both languages.
    for lang, page in (("en", en), ("tr", tr)):
        page.open()
        width, room, text = page.placeholder_fits()
        check(width <= room, f"{lang} page at 1280 px: the placeholder {text!r} needs {width:.0f} px, has {room:.0f}")

    # The filter, against the oracle, in both languages.
    busy = expected_codes(entries, "busy")
    check(busy == {486, 600}, f"the oracle finds {sorted(busy)} for busy")
    check(expected_codes(entries, "here") == {486, 488}, f"the oracle finds {sorted(expected_codes(entries, 'here'))} "
                                                   "for here")
    queries = [("en", "busy"), ("en", "BUSY here"), ("en", "here"), ("en", "bus"), ("en", "does not exist"),
               ("en", "proxy"), ("en", "17"), ("en", "Meşgul"), ("en", "KISA"), ("en", "invite"), ("en", "zzzz"),
               ("en", "istek"), ("en", "İSTEK"), ("en", "ıstek"), ("en", "ISTEK"), ("en", "Request-URI"),
               ("tr", "meşgul"), ("tr", "MEŞGUL"), ("tr", "Meşgul"), ("tr", "KISA"), ("tr", "kısa"),
               ("tr", "İSTEK"), ("tr", "istek"), ("tr", "ISTEK"), ("tr", "invite"), ("tr", "INVITE"),
               ("tr", "vekil sunucu"), ("tr", "here"),
               ("en", "370"), ("en", "bandwidth"), ("en", "4xx"), ("en", "6XX"), ("en", "4xx busy"), ("en", "3xx 17"),
               ("tr", "370"), ("tr", "2xx"), ("tr", "4XX MEŞGUL"), ("tr", "ıstek"), ("tr", "kisa"), ("tr", "İNVİTE")]
    for lang, query in queries:
        page = en if lang == "en" else tr
        if page.lang() != lang or query in ("busy", "meşgul"):
            page.open()
        page.filter(query)
        want = expected_codes(entries, query)
        got = page.shown_codes()
        check(got == want, f"{lang} page, filter {query!r}: shows {sorted(got)}, expected {sorted(want)}")
        empty = page.js("return Array.prototype.filter.call(document.querySelectorAll('section[data-class]'),"
                        "function (s) { return s.getClientRects().length; }).map(function (s) { return s.id; })")
        check(set(empty) == {f"class-{str(c)[0]}xx" for c in want},
              f"{lang} page, filter {query!r}: sections shown {empty}")
        want_warn = expected_warn_codes(warn_entries, query)
        got_warn = page.shown_warn_codes()
        check(got_warn == want_warn, f"{lang} page, filter {query!r}: warn-codes {sorted(got_warn)}, "
                                     f"expected {sorted(want_warn)}")
        warn_section = page.js("return document.getElementById('warn-codes').getClientRects().length > 0")
        check(warn_section == bool(want_warn), f"{lang} page, filter {query!r}: the warn-code section "
                                               f"{'is' if warn_section else 'is not'} shown")
        count = expected_count(lang, len(want), len(want_warn))
        check(page.count() == count, f"{lang} page, filter {query!r}: the count says {page.count()!r}, not {count!r}")
    tr.open()
    for query in ("meşgul", "MEŞGUL", "Meşgul"):
        tr.filter(query)
        check(tr.shown_codes() == {486, 600}, f"Turkish page, {query!r} shows {sorted(tr.shown_codes())}")
    tr.filter("KISA")
    check({422, 423} <= tr.shown_codes(), "Turkish page: KISA (kısa) finds 422 and 423")
    tr.filter("istek")
    istek = tr.shown_codes()
    for query in ("ISTEK", "İSTEK", "Istek"):
        tr.filter(query)
        check(len(istek) > 20 and tr.shown_codes() == istek,
              f"Turkish page: {query!r} shows {len(tr.shown_codes())} codes, istek {len(istek)}")
    tr.filter("KISA")
    kisa = tr.shown_codes()
    tr.filter("kısa")
    check(kisa == tr.shown_codes(), "Turkish page: KISA and kısa differ")
    # The English page folds I, İ, ı and i as the Turkish one does.
    en.open()
    for query in ("istek", "ISTEK", "İSTEK", "ıstek", "Istek"):
        en.filter(query)
        check(en.shown_codes() == istek, f"English page: {query!r} shows {len(en.shown_codes())} codes, the Turkish "
                                         f"page's istek {len(istek)}")
    # Whole words, or their beginnings while typing; never inside a word.
    en.filter("here")
    check(600 not in en.shown_codes() and 486 in en.shown_codes(),
          f"here shows {sorted(en.shown_codes())}: 600 Busy Everywhere has no word here")
    en.filter("bus")
    check(en.shown_codes() == {486, 600}, f"bus (busy, being typed) shows {sorted(en.shown_codes())}")
    en.filter("370")
    check(en.shown_warn_codes() == {370} and not en.shown_codes() and
          en.count() == "0 codes and 1 warn-code shown",
          f"370 shows warn-codes {sorted(en.shown_warn_codes())} and codes {sorted(en.shown_codes())}; "
          f"the count says {en.count()!r}")
    driver.find_element(By.CSS_SELECTOR, "[data-set-lang=tr]").click()
    check(en.count() == "0 kod ve 1 uyarı kodu gösteriliyor", f"370 in Turkish: the count says {en.count()!r}")
    driver.find_element(By.CSS_SELECTOR, "[data-set-lang=en]").click()
    en.js("localStorage.clear()")
    en.filter("4xx")
    check(en.shown_codes() == {c for c in by_code if 400 <= c < 500} and not en.shown_warn_codes(),
          f"4xx shows {sorted(en.shown_codes())}")
    en.open()
    en.filter("17")
    check(486 in en.shown_codes(), "Q.850 cause 17 finds 486")

    # An anchor opens its code highlighted, scrolled to, even when filtered away.
    en.open("#486")
    check(en.js("return document.getElementById('486').classList.contains('target')"), "#486 is not highlighted")
    in_view = en.js("var r = document.getElementById('486').getBoundingClientRect();"
                    "return r.top >= 0 && r.bottom <= window.innerHeight && window.scrollY > 0")
    check(in_view, "#486 is not scrolled into view")
    colours = en.js("return [getComputedStyle(document.getElementById('486')).backgroundColor,"
                    "getComputedStyle(document.getElementById('487')).backgroundColor]")
    check(colours[0] != colours[1], f"#486 looks like its neighbour: {colours}")
    en.filter("busy")
    en.js("location.hash = '#200'")
    check(en.js("return !document.getElementById('200').hidden && "
                "document.getElementById('200').classList.contains('target')"),
          "#200 while filtered to busy is not shown highlighted")
    check(not en.js("return document.getElementById('486').classList.contains('target')"),
          "#486 stays highlighted after #200")

    # The language switch: text, lang attribute, title, remembered on reload.
    en.open("#486")
    phrase = en.visible_text("[id='486'] .phrase")
    check(phrase == "Busy Here", f"486 in English: {phrase!r}")
    driver.find_element(By.CSS_SELECTOR, "[data-set-lang=tr]").click()
    check(en.lang() == "tr", "the switch did not set lang=tr")
    check(driver.title == "SIP yanıt kodları", f"Turkish title {driver.title!r}")
    phrase, description = en.visible_text("[id='486'] .phrase"), en.visible_text("[id='486'] .description")
    check(phrase == by_code[486]["reason_tr"] == "Meşgul", f"486 in Turkish: {phrase!r}")
    check(description == by_code[486]["description_tr"], f"486's Turkish description: {description!r}")
    check(en.js("return document.querySelector('[data-set-lang=tr]').getAttribute('aria-pressed')") == "true",
          "the Turkish button is not pressed")
    names = en.js("return [document.querySelector('nav').getAttribute('aria-label'),"
                  "document.querySelector('[role=group]').getAttribute('aria-label'),"
                  "document.getElementById('filter').placeholder]")
    check(names == ["Sınıflar", "Dil", "kod, ifade, sözcük ya da Q.850 nedeni"],
          f"the accessible names stay English: {names}")
    en.open()
    check(en.lang() == "tr", "the Turkish choice is forgotten on reload")
    driver.find_element(By.CSS_SELECTOR, "[data-set-lang=en]").click()
    tr.open()
    check(tr.lang() == "en", "the English choice is forgotten by the page that opens in Turkish")
    en.js("localStorage.clear()")
    tr.open()
    check(tr.lang() == "tr", "the Turkish page does not open in Turkish")
    check(all(e.get_attribute("lang") in ("en", "tr")
              for e in driver.find_elements(By.CSS_SELECTOR, "span.en, span.tr")[:50]),
          "bilingual spans without their own lang")

    # The keyboard alone.
    en.open()
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    skip = driver.switch_to.active_element
    check(skip.get_attribute("class") == "skip", "the first Tab does not reach the skip link")
    check(en.js("var r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.top >= 0", skip),
          "the focused skip link is off screen")
    skip.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    check(focused.get_attribute("id") == "filter", "the second Tab does not reach the filter")
    outline = en.js("var s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]")
    check(outline[0] != "none" and float(outline[1].rstrip("px")) >= 2, f"no visible focus on the filter: {outline}")
    focused.send_keys(Keys.TAB)
    button = driver.switch_to.active_element
    check(button.get_attribute("data-set-lang") == "en", "the third Tab does not reach the language switch")
    button.send_keys(Keys.TAB)
    button = driver.switch_to.active_element
    button.send_keys(Keys.ENTER)
    check(en.lang() == "tr", "Enter on the Türkçe button does not switch")
    driver.switch_to.active_element.send_keys(Keys.SHIFT, Keys.TAB)
    driver.switch_to.active_element.send_keys(" ")
    check(en.lang() == "en", "Space on the English button does not switch back")
    en.open()
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    check(driver.switch_to.active_element.get_attribute("id") == "filter", "/ does not focus the filter")
    driver.switch_to.active_element.send_keys("busy")
    check(en.shown_codes() == {486, 600}, "typing after / does not filter")
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    check(en.js("return document.getElementById('filter').value") == "" and len(en.shown_codes()) == registry_size,
          "Escape does not clear the filter")

    # Themes: the system's choice, each with AA contrast (highlighted row included).
    screenshots = []
    for scheme in ("light", "dark"):
        en.theme(scheme)
        for lang, page in (("en", en), ("tr", tr)):
            page.open("#486")
            if page.lang() != lang:
                driver.find_element(By.CSS_SELECTOR, f"[data-set-lang={lang}]").click()
            background = page.background()
            dark = scheme == "dark"
            level = sum(int(x) for x in background[background.index("(") + 1:-1].split(",")[:3])
            check((level < 200) == dark, f"{scheme} theme, {lang}: background {background}")
            result = page.js(CONTRAST_SCRIPT)
            check(not result["failures"] and result["checked"] > 100,
                  f"{scheme} theme, {lang}: contrast failures {result['failures'][:5]} ({result['checked']} checked)")
            print(f"contrast {scheme}/{lang}: {result['checked']} text elements, lowest {result['worst']:.2f}:1; "
                  f"filter border {result['border']:.2f}:1, focus ring {result['ring']:.2f}:1, "
                  f"placeholder {result['placeholder']:.2f}:1")
            page.js("window.scrollTo(0, 0)")
            page.filter("busy" if lang == "en" else "meşgul")
            shot = output / f"reference-page-{lang}-{scheme}.png"
            driver.save_screenshot(str(shot))
            screenshots.append(shot)
        en.js("localStorage.clear()")
    en.theme("light")

    # A phone's width: no horizontal scroll in either language, even with a code open.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": PHONE_WIDTH, "height": 812, "deviceScaleFactor": 2, "mobile": True})
    for lang, page in (("en", en), ("tr", tr)):
        page.open("#608")
        check(page.js("return window.innerWidth") == PHONE_WIDTH, "the phone width was not applied")
        check(page.no_horizontal_scroll(),
              f"{lang} page at {PHONE_WIDTH} px scrolls sideways: {page.js('return document.documentElement.scrollWidth')}")
        page.filter("")
        wide = page.js("return Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {"
                       "var r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 1; })"
                       ".map(function (e) { return e.tagName + '#' + e.id + '.' + e.className; }).slice(0, 5)")
        check(not wide, f"{lang} page at {PHONE_WIDTH} px: elements past the edge {wide}")
    tr.filter("meşgul")
    check(tr.shown_codes() == {486, 600}, f"Turkish page at {PHONE_WIDTH} px, meşgul shows {sorted(tr.shown_codes())}")
    shot = output / "reference-page-tr-phone.png"
    driver.save_screenshot(str(shot))
    screenshots.append(shot)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    # Print: the table alone, black on white.
    en.open()
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = en.js("return ['.controls', 'nav'].map(function (s) {"
                   "return getComputedStyle(document.querySelector(s)).display; })")
    check(hidden == ["none", "none"], f"print shows the controls: {hidden}")
    check(en.background() == "rgb(255, 255, 255)", f"print background {en.background()}")
    check(en.js("return getComputedStyle(document.getElementById('486')).display") != "none",
          "print hides the codes")
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
    check(len(pdf["data"]) > 10000, "printing gives an empty PDF")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    check_logs(driver, page_urls, "the whole session")
    for shot in screenshots:
        check(shot.stat().st_size > 10000, f"{shot} is empty")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
