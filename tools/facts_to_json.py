#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Convert the fact sheet (events.csv, series.csv, FACTS.md) into resources/data/ai-race.json.

The fact sheet is the single source of truth for dates, values, sources and confidence; the
hand-written tools/facts_mapping.json adds what the sheet does not hold: company ids, names and
colours, category names, importance, eras, Chinese descriptions and the claim renderings.

The output is deterministic (same input, byte-identical output) and in the native format v1
(docs/data-format.md). Every inconsistency between sheet and mapping is an error, so a new row
in the sheet cannot slip through untranslated or unsourced.

Usage: tools/facts_to_json.py [FACTS_DIR] [-o OUTPUT] [--mapping MAPPING]
"""

import argparse
import csv
import datetime
import hashlib
import json
import os
import re
import sys
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
URL_RE = re.compile(r"https?://[^\s;,]+")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRICE_RE = re.compile(r"^api_price_(input|output|cache_hit):(.+?)( \[CNY\])?$")


# Vendors' own announcement pages: the event they announce is a better title than their URL slug.
ANNOUNCEMENT_HOSTS = {"openai.com", "www.anthropic.com", "blog.google", "x.ai", "z.ai", "mistral.ai", "qwenlm.github.io",
                      "www.kimi.com", "about.fb.com", "ai.meta.com", "developers.googleblog.com", "www.deepseek.com"}


class FactsError(Exception):
    pass


def fail(msg):
    raise FactsError(msg)


def check_date(text, where):
    """Validates YYYY / YYYY-MM / YYYY-MM-DD at its precision and returns it unchanged."""
    m = DATE_RE.match(text)
    if not m:
        fail(f"{where}: bad date {text!r}")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        fail(f"{where}: date {text!r} does not exist")
    return text


def slugify(text, limit=64):
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > limit:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
        slug = slug[: limit - 7].rstrip("-") + "-" + digest
    return slug


def clean_url(url):
    # A URL in free text may carry a closing bracket or full stop of the sentence around it.
    while url and url[-1] in ").]'\"":
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def number(text):
    value = float(text)
    if value.is_integer() and re.fullmatch(r"-?\d+", text.strip()):
        return int(value)
    return value


class Sources:
    """Turns the free-text source fields into Source records, one per distinct URL."""

    def __init__(self, mapping):
        self.publishers = mapping["publishers"]
        self.overrides = mapping["sourceOverrides"]
        self.text_rules = mapping["textSources"]
        self.by_url = {}
        self.by_id = {}

    def publisher_for(self, url):
        host = url.split("/")[2].lower()
        path = [p for p in url.split("/")[3:] if p]
        if host in ("github.com", "raw.githubusercontent.com") and len(path) >= 2:
            return f"GitHub: {path[0]}/{path[1]}"
        if host == "huggingface.co" and len(path) >= 2:
            return f"Hugging Face: {path[0]}/{path[1]}"
        if host == "x.com" and path:
            return f"X: @{path[0]}"
        bare = host[4:] if host.startswith("www.") else host
        return self.publishers.get(host) or self.publishers.get(bare) or bare

    @staticmethod
    def default_title(url, explanation, context):
        """A readable title: the page's own slug when it reads as words, else what cites it."""
        path = [urllib.parse.unquote(p) for p in url.split("?")[0].split("/")[3:] if p]
        last = re.sub(r"\.(html?|php|shtml|md)$", "", path[-1]) if path else ""
        tokens = [t for t in re.split(r"[-_\s]+", last) if t]
        # Opaque parts (article numbers, hashes) say nothing to a reader.
        words = [t for t in tokens if not re.fullmatch(r"\d{5,}|(?=.*\d)[0-9a-fA-F]{8,}|(?=.*\d)[A-Za-z0-9]{12,}", t)]
        host = url.split("/")[2].lower()
        if host == "github.com" and len(path) == 2:
            words = [f"{path[0]}/{path[1]}", "repository"]
        if host in ANNOUNCEMENT_HOSTS and context:
            title = f"Announcement: {context}"
        elif sum(1 for t in words if re.search(r"[A-Za-z\u4e00-\u9fff]{2,}", t)) >= 2 or re.search(r"[\u4e00-\u9fff]{4,}", last):
            title = " ".join(words)
            if "/" not in words[0]:
                title = title[:1].upper() + title[1:]
        else:
            title = f"Report cited for “{context}”"
        if explanation:
            title += " — " + explanation
        return title

    @staticmethod
    def default_date(url, explanation=""):
        # A publication date stated beside the URL ("ITBEAR, 2025-02-25", "article 2025-11-16").
        m = re.search(r"(?:, |article |published |pub )(20\d\d-\d\d-\d\d)\b", explanation)
        if m:
            return m.group(1)
        m = re.search(r"/news/news(\d{2})(\d{2})(\d{2})\b", url)
        if m:
            return f"20{m.group(1)}-{m.group(2)}-{m.group(3)}"
        m = re.search(r"/(20\d{2})/(\d{2})/(\d{2})/", url)
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        m = re.search(r"/(20\d{2})-(\d{2})-(\d{2})(?:[/?]|$)", url)
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        m = re.search(r"/(20\d{2})/(\d{2})/", url)
        if m:
            return f"{m.group(1)}-{m.group(2)}"
        return ""

    def add_url(self, url, explanation, context=""):
        if url in self.by_url:
            return self.by_url[url]
        ov = self.overrides.get(url, {})
        host = url.split("/")[2].lower()
        sid = ov.get("id") or slugify((host[4:] if host.startswith("www.") else host) + url.split(host, 1)[1])
        if sid in self.by_id:
            fail(f"source id {sid!r} is used by two URLs ({url} and {self.by_id[sid]['url']})")
        date = ov.get("date", self.default_date(url, explanation))
        src = {
            "id": sid,
            "publisher": ov.get("publisher") or self.publisher_for(url),
            "title": ov.get("title") or self.default_title(url, explanation, context),
            "date": check_date(date, url) if date else "",
            "url": url,
        }
        self.by_url[url] = sid
        self.by_id[sid] = src
        return sid

    def add_plain(self, rule):
        sid = rule["id"]
        if sid not in self.by_id:
            self.by_id[sid] = {
                "id": sid,
                "publisher": rule["publisher"],
                "title": rule["title"],
                "date": rule.get("date", ""),
                "url": rule.get("url", ""),
            }
        return sid

    def parse(self, field, where, context):
        """Returns (source ids in order, URLs, qualifiers) for one free-text source field."""
        ids, urls, qualifiers = [], [], []

        def keep(sid):
            if sid not in ids:
                ids.append(sid)

        for part in (p.strip() for p in field.split(" ; ")):
            if not part:
                continue
            # A trailing ` - "six months ago"` says which reading of the page the point is.
            qual = ""
            m = re.search(r' - (["“].*|year-ago value.*|very low value.*|lowest since.*|only G20.*)$', part)
            if m:
                qual, part = m.group(1).strip(), part[: m.start()].strip()
            rule = next((r for r in self.text_rules if part.startswith(r["prefix"])), None)
            found = [clean_url(u) for u in URL_RE.findall(part)]
            if rule is not None and rule.get("kind") == "qualifier":
                qualifiers.append(part)
            elif rule is not None and rule.get("kind") == "commit":
                keep(self._commit(rule, part, urls))
            elif found and found[0].startswith(("https://github.com/simonw/llm-prices", "http://github.com/simonw/llm-prices")):
                keep(self._commit({"repo": "https://github.com/simonw/llm-prices"}, part, urls))
            elif found:
                text = URL_RE.sub(lambda m: clean_url(m.group(0)).split("/")[2], part)
                explanation = re.sub(r"\s+", " ", text).strip()
                explanation = re.sub(r"^\((.*)\)$", r"\1", explanation).strip()
                explanation = re.sub(r"\s*\(\s*\)\s*", " ", explanation).strip()
                for url in found:
                    urls.append(url)
                    own = url.split("/")[2]
                    note = explanation
                    if note in (own, f"({own})") or note.startswith(own + " ") and len(found) == 1:
                        note = note[len(own):].strip()
                    note = note.replace(") (", "; ").strip()
                    if note.startswith("(") and note.endswith(")"):
                        note = note[1:-1].strip()
                    keep(self.add_url(url, note, context))
            elif rule is not None and rule.get("kind") == "alias":
                keep(self.by_url.get(rule["url"]) or self.add_url(rule["url"], ""))
            elif rule is not None:
                keep(self.add_plain(rule))
                # Words after the rule's known text qualify this one citation ("(matches V3 technical report)").
                rest = part[len(rule.get("text", part)):].strip()
                if rest:
                    qualifiers.append(rest.strip("()"))
            else:
                fail(f"{where}: source text without a URL and without a rule in textSources: {part!r}")
            if qual:
                qualifiers.append(qual)
        if not ids:
            fail(f"{where}: no source")
        return ids, urls, qualifiers

    def _commit(self, rule, part, urls):
        """simonw/llm-prices references name commits; each commit is its own dated-by-git source."""
        repo = rule["repo"]
        m = re.search(r"commits? ([0-9a-f]{7,40})((?:, [0-9a-f]{7,40})*)", part) or re.search(r"\(commit ([0-9a-f]{7,40})\)()", part)
        if not m:
            sid = self.add_url(repo, "")
            urls.append(repo)
            return sid
        first = None
        for sha in [m.group(1)] + re.findall(r"[0-9a-f]{7,40}", m.group(2)):
            url = f"{repo}/commit/{sha}"
            urls.append(url)
            ov = self.overrides.get(url, {})
            sid = ov.get("id") or f"llm-prices-{sha}"
            if url not in self.by_url:
                self.by_url[url] = sid
                self.by_id[sid] = {
                    "id": sid,
                    "publisher": "GitHub: simonw/llm-prices",
                    "title": ov.get("title") or f"llm-prices commit {sha} (API price history)",
                    "date": ov.get("date", ""),
                    "url": url,
                }
            first = first or sid
        return first


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def parse_claims_table(facts_md):
    """Rows S1..S18 of FACTS.md §2: exact quote, English claim, evidence, status."""
    rows = {}
    for line in facts_md.splitlines():
        m = re.match(r"^\| (S\d+) \| (.*) \|$", line)
        if not m:
            continue
        cells = [c.strip() for c in m.group(2).split(" | ")]
        if len(cells) != 4:
            fail(f"FACTS.md row {m.group(1)} has {len(cells) + 1} cells, expected 5")
        evidence = re.sub(r"\*(\w[^*]*)\*", r"\1", cells[2].replace("**", ""))
        rows[m.group(1)] = {"quote": cells[0], "claim": cells[1], "evidence": evidence, "status": cells[3]}
    return rows


def about_text(path):
    """The About page text: the Markdown file without its H1 title and without the maintainers' part."""
    with open(os.path.join(REPO, path), encoding="utf-8") as f:
        text = f.read()
    text = text.split("<!-- maintainers", 1)[0]
    text = re.sub(r"\A# [^\n]*\n+", "", text)
    return text.strip() + "\n"


def build_meta(meta):
    files = meta["descriptionFiles"]
    return {
        "title": meta["title"],
        "description": {lang: about_text(files[lang]) for lang in ("en", "zh")},
        "asOf": check_date(meta["asOf"], "meta.asOf"),
        "license": meta["license"],
    }


def build(facts_dir, mapping):
    events_csv = read_csv(os.path.join(facts_dir, "events.csv"))
    series_csv = read_csv(os.path.join(facts_dir, "series.csv"))
    with open(os.path.join(facts_dir, "FACTS.md"), encoding="utf-8") as f:
        claims_md = parse_claims_table(f.read())

    sources = Sources(mapping)
    company_ids = {c["id"] for c in mapping["companies"]}
    category_ids = {c["id"] for c in mapping["categories"]}
    aliases = mapping["companyAliases"]

    # ---- events ----
    event_map = {e["key"]: e for e in mapping["events"]}
    if len(event_map) != len(mapping["events"]):
        fail("duplicate key in mapping events")
    used_keys, events = set(), []
    for n, row in enumerate(events_csv, start=2):
        where = f"events.csv:{n}"
        key = f"{row['start']}|{row['title_en']}"
        em = event_map.get(key)
        if em is None:
            fail(f"{where}: no mapping entry for event {key!r}")
        used_keys.add(key)
        alias = aliases.get(row["company"])
        if alias is None:
            fail(f"{where}: unmapped company {row['company']!r}")
        if row["category"] not in category_ids:
            fail(f"{where}: unknown category {row['category']!r}")
        ids, urls, _ = sources.parse(row["source"], where, row["title_en"])
        ev = {"id": em["id"], "start": check_date(row["start"], where)}
        if row["end"]:
            ev["end"] = check_date(row["end"], where)
        ev["company"] = alias["company"]
        ev["category"] = row["category"]
        ev["title"] = {"en": row["title_en"], "zh": em.get("title_zh") or row["title_zh"]}
        ev["description"] = {"en": row["description"], "zh": em["description_zh"]}
        ev["importance"] = em.get("importance") or mapping["importanceDefaults"][row["category"]]
        ev["confidence"] = row["confidence"]
        tags = list(alias.get("tags", [])) + [t for t in em.get("tags", []) if t not in alias.get("tags", [])]
        if tags:
            ev["tags"] = tags
        ev["links"] = list(dict.fromkeys(urls))
        ev["sources"] = ids
        events.append(ev)
    unused = set(event_map) - used_keys
    if unused:
        fail(f"mapping events not in events.csv: {sorted(unused)}")
    if len({e["id"] for e in events}) != len(events):
        fail("duplicate event id")
    events.sort(key=lambda e: (e["start"], e["id"]))

    # ---- series ----
    lines_cfg = mapping["seriesLines"]
    groups_cfg = mapping["seriesGroups"]
    claim_cfg = mapping["claimSeries"]
    verdicts = {c["id"]: c["verdict"] for c in mapping["claims"]}
    series = {}
    for n, row in enumerate(series_csv, start=2):
        where = f"series.csv:{n}"
        name, who = row["series"], row["company"]
        line = lines_cfg.get(who)
        if line is None:
            fail(f"{where}: unmapped series company {who!r}")
        note_parts = []
        status = None
        pm = PRICE_RE.match(name)
        if pm:
            measure, model, cny = pm.group(1), pm.group(2), bool(pm.group(3))
            group = f"api-price-{measure.replace('_', '-')}-{'cny' if cny else 'usd'}"
            sid = f"{group}/{slugify(model)}"
            title = {"en": model, "zh": model}
            gcfg = {"kind": "price"}
            unit = row["unit"]
        elif name in claim_cfg:
            cc = claim_cfg[name]
            group = cc["group"]
            sid = cc["ids"][who]
            title = {"en": f"{line['title']['en']} — {cc['label']['en']}", "zh": f"{line['title']['zh']}——{cc['label']['zh']}"}
            gcfg = {"kind": cc["kind"]}
            unit = row["unit"]
            status = "claim"
            note_parts.append(f"claim (article): {verdicts[cc['claim']]} — see {cc['claim']}")
        elif name in groups_cfg:
            gcfg = groups_cfg[name]
            group = gcfg["group"]
            sid = f"{group}/{line['slug']}"
            title = line["title"]
            unit = gcfg.get("unit", row["unit"])
        else:
            fail(f"{where}: series {name!r} has no entry in seriesGroups or claimSeries")
        ids, _, quals = sources.parse(row["source"], where, f"{row['series']} ({who})")
        if status is None:
            note_parts.append(row["confidence"])
        note_parts += quals
        if gcfg.get("pointUnit") and row["unit"] != unit:
            note_parts.append(row["unit"])
        if len(ids) > 1:
            note_parts.append("also: " + ", ".join(sources.by_id[i]["publisher"] for i in ids[1:]))
        point = {"date": check_date(row["date"], where), "value": number(row["value"]), "source": ids[0]}
        if status:
            point["status"] = status
        point["note"] = "; ".join(note_parts)
        s = series.get(sid)
        if s is None:
            s = series[sid] = {"id": sid, "group": group}
            if line.get("company"):
                s["company"] = line["company"]
            s.update({"title": title, "unit": unit, "kind": gcfg["kind"], "points": []})
        elif s["unit"] != unit:
            fail(f"{where}: unit {unit!r} differs from {s['unit']!r} of series {sid}")
        s["points"].append(point)
    for s in series.values():
        s["points"].sort(key=lambda p: (p["date"], p.get("status", ""), p["value"]))
        if s.get("company") and s["company"] not in company_ids:
            fail(f"series {s['id']}: unknown company {s['company']}")
    group_order = mapping["groupOrder"]

    def group_rank(g):
        for i, prefix in enumerate(group_order):
            if g == prefix or g.startswith(prefix):
                return i
        return len(group_order)

    # Within a chart, measured lines first and the article's claims after them.
    series_list = sorted(series.values(), key=lambda s: (group_rank(s["group"]), s["group"], s["id"].startswith("claim/"), s["id"]))

    # ---- claims ----
    claims = []
    event_ids = {e["id"] for e in events}
    groups = {s["group"] for s in series_list} | {s["id"] for s in series_list}
    for c in mapping["claims"]:
        row = claims_md.get(c["id"])
        if row is None:
            fail(f"claim {c['id']} is not in FACTS.md")
        src_ids = []
        for ref in c["sources"]:
            if ref.startswith("http"):
                sid = sources.by_url.get(ref) or sources.add_url(ref, "")
            else:
                sid = ref
                if sid not in sources.by_id:
                    # Sources that only a claim's evidence names (no event or point cites them).
                    extra = next((r for r in mapping["extraSources"] if r["id"] == sid), None)
                    if extra is None:
                        fail(f"claim {c['id']}: unknown source {sid}")
                    sources.add_plain(extra)
            src_ids.append(sid)
        for g in c["series"]:
            if g not in groups:
                fail(f"claim {c['id']}: unknown series/group {g}")
        for e in c["events"]:
            if e not in event_ids:
                fail(f"claim {c['id']}: unknown event {e}")
        claims.append({
            "id": c["id"],
            "quote": row["quote"],
            "claim": {"en": c.get("claim_en") or row["claim"], "zh": c["claim_zh"]},
            "evidence": {"en": c.get("evidence_en") or row["evidence"], "zh": c["evidence_zh"]},
            "verdict": c["verdict"],
            "sources": src_ids,
            "series": c["series"],
            "events": c["events"],
        })
    missing = set(claims_md) - {c["id"] for c in claims}
    if missing:
        fail(f"claims in FACTS.md without a mapping entry: {sorted(missing)}")

    unused = sorted(set(mapping["sourceOverrides"]) - set(sources.by_url))
    if unused:
        fail(f"sourceOverrides for URLs no fact cites: {unused}")

    srcs = []
    for sid in sorted(sources.by_id):
        s = dict(sources.by_id[sid])
        if not s["date"]:
            del s["date"]
        srcs.append(s)

    return {
        "format": "chronoscope",
        "version": 1,
        "meta": build_meta(mapping["meta"]),
        "companies": [{k: c[k] for k in ("id", "name", "color")} for c in mapping["companies"]],
        "categories": mapping["categories"],
        "sources": srcs,
        "eras": mapping["eras"],
        "events": events,
        "series": series_list,
        "claims": claims,
    }


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("facts", nargs="?", default=os.path.join(REPO, "..", "shared", "facts"))
    ap.add_argument("-o", "--output", default=os.path.join(REPO, "resources", "data", "ai-race.json"))
    ap.add_argument("--mapping", default=os.path.join(REPO, "tools", "facts_mapping.json"))
    args = ap.parse_args(argv)
    with open(args.mapping, encoding="utf-8") as f:
        mapping = json.load(f)
    try:
        doc = build(args.facts, mapping)
    except FactsError as e:
        print(f"facts_to_json: error: {e}", file=sys.stderr)
        return 1
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {args.output}: {len(doc['events'])} events, {len(doc['sources'])} sources, "
          f"{len(doc['series'])} series, {len(doc['claims'])} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
