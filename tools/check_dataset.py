#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the embedded dataset (resources/data/ai-race.json) for completeness and integrity.

Asserts what the product promises about its story: enough events and companies, every event
and series point traceable to a declared source, every claim pointing at things that exist,
unique ids, valid dates at their precision, both languages present. Exits 1 and lists every
problem found (not just the first), 0 when the dataset is sound.

Usage: tools/check_dataset.py [DATASET_JSON]
"""

import datetime
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
COLOR_RE = re.compile(r"^#[0-9a-f]{6}$")
VERDICTS = {"correct", "redefined", "contradicted", "unsourced", "partly-correct"}
KINDS = {"share", "price", "count", "other"}
CONFIDENCE = {"verified-primary", "verified-secondary", "partly-verified", "unverified-memory"}
MIN_CONTRAST = 3.0  # WCAG 2.1 minimum for graphical objects, against white and a dark background
DARK_BACKGROUND = "#1e1e1e"
MIN_EVENTS = 150
MIN_COMPANIES = 8


def luminance(color):
    """WCAG relative luminance of "#rrggbb"."""
    def channel(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b):
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


class Checker:
    def __init__(self):
        self.problems = []

    def expect(self, ok, message):
        if not ok:
            self.problems.append(message)
        return ok

    def date(self, value, where):
        """A date at its precision: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar day."""
        m = DATE_RE.match(value) if isinstance(value, str) else None
        if not self.expect(m is not None, f"{where}: bad date {value!r}"):
            return None
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        try:
            datetime.date(year, int(month or 1), int(day or 1))
        except ValueError:
            self.expect(False, f"{where}: date {value!r} does not exist")
            return None
        # Compare ranges by the first day each value covers; enough for "end not before start".
        return (year, int(month or 1), int(day or 1))

    def bilingual(self, text, where):
        self.expect(isinstance(text, dict) and text.get("en") and text.get("zh"), f"{where}: needs both en and zh text")

    def unique(self, items, what):
        ids = [i.get("id") for i in items]
        seen = set()
        for i in ids:
            self.expect(isinstance(i, str) and i, f"{what}: missing id")
            self.expect(i not in seen, f"{what}: duplicate id {i!r}")
            seen.add(i)
        return seen


def check(doc):
    c = Checker()
    c.expect(doc.get("format") == "chronoscope" and doc.get("version") == 1, "format/version must be chronoscope/1")
    meta = doc.get("meta", {})
    c.bilingual(meta.get("title"), "meta.title")
    c.bilingual(meta.get("description"), "meta.description")
    c.date(meta.get("asOf"), "meta.asOf")
    c.expect(bool(meta.get("license")), "meta.license missing")

    companies = c.unique(doc.get("companies", []), "companies")
    c.expect(len(companies) >= MIN_COMPANIES, f"only {len(companies)} companies (want >= {MIN_COMPANIES})")
    for co in doc.get("companies", []):
        c.bilingual(co.get("name"), f"company {co.get('id')}")
        if c.expect(COLOR_RE.match(co.get("color", "")) is not None, f"company {co.get('id')}: colour must be #rrggbb"):
            for bg in ("#ffffff", DARK_BACKGROUND):
                ratio = contrast(co["color"], bg)
                c.expect(ratio >= MIN_CONTRAST, f"company {co.get('id')}: colour {co['color']} has contrast {ratio:.2f} on {bg}")
    colors = [co.get("color") for co in doc.get("companies", [])]
    c.expect(len(colors) == len(set(colors)), "company colours are not distinct")

    categories = c.unique(doc.get("categories", []), "categories")
    for cat in doc.get("categories", []):
        c.bilingual(cat.get("name"), f"category {cat.get('id')}")

    sources = c.unique(doc.get("sources", []), "sources")
    for s in doc.get("sources", []):
        where = f"source {s.get('id')}"
        c.expect(bool(s.get("publisher")) and bool(s.get("title")), f"{where}: needs publisher and title")
        if s.get("date"):
            c.date(s["date"], where)
        url = s.get("url", "")
        c.expect(url == "" or re.match(r"^https?://\S+$", url) is not None, f"{where}: bad url {url!r}")

    for era in doc.get("eras", []):
        where = f"era {era.get('id')}"
        c.bilingual(era.get("title"), where)
        start, end = c.date(era.get("start"), where), c.date(era.get("end"), where)
        c.expect(start is None or end is None or start <= end, f"{where}: ends before it starts")
    c.unique(doc.get("eras", []), "eras")

    events = c.unique(doc.get("events", []), "events")
    c.expect(len(events) >= MIN_EVENTS, f"only {len(events)} events (want >= {MIN_EVENTS})")
    for ev in doc.get("events", []):
        where = f"event {ev.get('id')}"
        start = c.date(ev.get("start"), where)
        if "end" in ev:
            end = c.date(ev["end"], where)
            c.expect(start is None or end is None or start <= end, f"{where}: ends before it starts")
        c.expect(ev.get("company") in companies, f"{where}: unknown company {ev.get('company')!r}")
        c.expect(ev.get("category") in categories, f"{where}: unknown category {ev.get('category')!r}")
        c.bilingual(ev.get("title"), where + " title")
        c.bilingual(ev.get("description"), where + " description")
        c.expect(ev.get("importance") in (1, 2, 3, 4, 5), f"{where}: importance must be 1..5")
        c.expect(ev.get("confidence") in CONFIDENCE, f"{where}: unknown confidence {ev.get('confidence')!r}")
        refs = ev.get("sources", [])
        c.expect(len(refs) >= 1, f"{where}: no source")
        for r in refs:
            c.expect(r in sources, f"{where}: unknown source {r!r}")

    series = c.unique(doc.get("series", []), "series")
    groups = {s.get("group") for s in doc.get("series", [])}
    claim_points = 0
    for s in doc.get("series", []):
        where = f"series {s.get('id')}"
        c.expect(bool(s.get("group")), f"{where}: no group")
        c.expect(s.get("kind") in KINDS, f"{where}: unknown kind {s.get('kind')!r}")
        c.expect("company" not in s or s["company"] in companies, f"{where}: unknown company {s.get('company')!r}")
        c.bilingual(s.get("title"), where)
        c.expect(bool(s.get("unit")), f"{where}: no unit")
        points = s.get("points", [])
        c.expect(len(points) >= 1, f"{where}: no points")
        last = None
        for n, p in enumerate(points):
            pw = f"{where} point {n + 1}"
            d = c.date(p.get("date"), pw)
            c.expect(d is None or last is None or last <= d, f"{pw}: points not sorted by date")
            last = d or last
            c.expect(isinstance(p.get("value"), (int, float)) and not isinstance(p.get("value"), bool), f"{pw}: value must be a number")
            c.expect(p.get("source") in sources, f"{pw}: unknown or missing source {p.get('source')!r}")
            status = p.get("status", "measured")
            c.expect(status in ("measured", "claim"), f"{pw}: bad status {status!r}")
            if status == "claim":
                claim_points += 1
                c.expect(re.search(r"see S\d+", p.get("note", "")) is not None, f"{pw}: a claim point must name its claim in the note")

    claims = c.unique(doc.get("claims", []), "claims")
    for cl in doc.get("claims", []):
        where = f"claim {cl.get('id')}"
        c.expect(bool(cl.get("quote")), f"{where}: no quote")
        c.bilingual(cl.get("claim"), where + " claim")
        c.bilingual(cl.get("evidence"), where + " evidence")
        c.expect(cl.get("verdict") in VERDICTS, f"{where}: unknown verdict {cl.get('verdict')!r}")
        c.expect(len(cl.get("sources", [])) >= 1, f"{where}: no source")
        for r in cl.get("sources", []):
            c.expect(r in sources, f"{where}: unknown source {r!r}")
        for r in cl.get("series", []):
            c.expect(r in series or r in groups, f"{where}: unknown series or group {r!r}")
        for r in cl.get("events", []):
            c.expect(r in events, f"{where}: unknown event {r!r}")
    claim_refs = {m.group(0)[4:] for s in doc.get("series", []) for p in s.get("points", []) for m in [re.search(r"see S\d+", p.get("note", ""))] if m}
    for ref in claim_refs:
        c.expect(ref in claims, f"a claim point refers to {ref}, which is not in claims")

    stats = {"events": len(events), "companies": len(companies), "sources": len(sources), "series": len(series),
             "groups": len(groups), "claim points": claim_points, "claims": len(claims)}
    return c.problems, stats


def main(argv):
    path = argv[0] if argv else os.path.join(REPO, "resources", "data", "ai-race.json")
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print(f"check_dataset: {path}: {e}", file=sys.stderr)
        return 1
    problems, stats = check(doc)
    for p in problems:
        print(f"{path}: {p}", file=sys.stderr)
    print(", ".join(f"{v} {k}" for k, v in stats.items()))
    if problems:
        print(f"check_dataset: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("check_dataset: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
