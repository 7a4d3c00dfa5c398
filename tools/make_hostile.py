#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hostile-input corpus (tests/data/hostile/) and its MANIFEST.tsv.

Every file is built here from a fixed recipe (random bytes from a fixed seed), so the corpus
is reproducible and reviewable: `python3 tools/make_hostile.py` rewrites it byte for byte.
The expected line and column of each first diagnostic are computed from the bytes written,
not typed by hand.

The big cases are not committed: `python3 tools/make_hostile.py --big DIR` writes a 10 MB
one-line CSV and 2 GiB sparse files into DIR (tests/cli/tst_hostile.cpp makes the same files
itself at test time, so the tests need no Python).

MANIFEST.tsv columns: file, reader, expect (error | dropped | warning | ok), line, column ('-'
when the column is not pinned), description. `line` is the line of the first diagnostic of that
severity; for "ok" files it is '-'. "dropped": the file loads, and the reader's first warning
that leaves something out (a row, a value, a column) is at that place; `validate` reports it as
an error and exits 1. "warning": the file loads with a warning about what is kept.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "data", "hostile")
BOM = b"\xef\xbb\xbf"

cases = []  # (file, reader, expect, line, column, description)


def location(data, offset):
    """1-based line and column (in code points; an invalid byte counts as one) of a byte offset.
    LF, CRLF and lone CR end lines."""
    line, start, i = 1, 0, 0
    while i < offset:
        c = data[i]
        if c == 0x0A or (c == 0x0D and (i + 1 >= len(data) or data[i + 1] != 0x0A)):
            line += 1
            start = i + 1
        i += 1
    column = len(data[start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def at(data, needle, nth=0, delta=0):
    """Location of the nth occurrence of needle (plus delta bytes)."""
    pos = -1
    for _ in range(nth + 1):
        pos = data.index(needle, pos + 1)
    return location(data, pos + delta)


files = {}  # name -> bytes, written at the end


def add(name, reader, data, expect, where, description, pin_column=True):
    assert name not in files, name
    files[name] = data
    assert len(data) < 100 * 1024, name
    line, column = where if where else ("-", "-")
    if not pin_column:
        column = "-"
    cases.append((name, reader, expect, str(line), str(column), description))


def random_bytes(seed, size):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


def first_bad_utf8(data):
    """Offset of the first NUL or byte that is not valid UTF-8."""
    i = 0
    while i < len(data):
        try:
            data[i:].decode("utf-8")
            rest_ok = True
        except UnicodeDecodeError as e:
            rest_ok = False
            bad = i + e.start
        nul = data.find(b"\0", i)
        if rest_ok:
            return nul if nul >= 0 else None
        return min(bad, nul) if nul >= 0 else bad
    return None


# ---------------------------------------------------------------------------------------------
# Native JSON (docs/data-format.md). Errors are reported at the offending value.

def native(events_text, extra=""):
    return ('{\n  "format": "chronoscope",\n  "version": 1,\n' + extra +
            '  "companies": [ { "id": "deepseek", "name": "DeepSeek" } ],\n'
            '  "categories": [ { "id": "release", "name": "Release" } ],\n'
            '  "events": [\n' + events_text + '\n  ]\n}\n').encode()


def event(eid, start, title="DeepSeek-R1 released", more=""):
    return ('    {\n      "id": "%s",\n      "start": "%s",\n      "company": "deepseek",\n'
            '      "category": "release",\n      "title": { "en": "%s", "zh": "发布" }%s\n    }'
            % (eid, start, title, more))


GOOD = event("v3", "2024-12-26", "DeepSeek-V3")

add("native_empty.json", "native", b"", "error", (1, 1), "zero bytes")
add("native_whitespace.json", "native", b"  \t   ", "error", (1, 7), "blanks only, no newline", pin_column=False)
d = native(GOOD + ",\n" + event("r1", "2025-01-20"))
cut = d.index(b"DeepSeek-R1 released") + 8
add("native_truncated.json", "native", d[:cut], "error", at(d, b'"DeepSeek-R1 released"'),
    "cut inside a title string: the unclosed string is named")
d = native(GOOD).replace(b'"version": 1', b'"version": "1"')
add("native_version_string.json", "native", d, "error", at(d, b'"1"'), "version is a string")
d = native(GOOD).replace(b'"events": [\n', b'"events": { "a": [\n').replace(b"\n  ]\n}", b"\n  ] }\n}")
add("native_events_object.json", "native", d, "error", at(d, b'{ "a"'), "events is an object, not an array")
d = native(GOOD + ",\n" + event("r1", "2025-13-01"))
add("native_month13.json", "native", d, "error", at(d, b'"2025-13-01"'), "impossible date: month 13")
d = native(GOOD + ",\n" + event("r1", "2025-02-30"))
add("native_feb30.json", "native", d, "error", at(d, b'"2025-02-30"'), "impossible date: 30 February")
d = native(GOOD + ",\n" + event("osw", "2025-02-28", "Open-Source Week", ',\n      "end": "2025-02-24"'))
add("native_end_before_start.json", "native", d, "error", at(d, b'"2025-02-24"'), "range ends before it starts")
d = native(GOOD + ",\n" + event("r1", "2025-01-20").replace('"company": "deepseek"', '"company": "nosuch"'))
add("native_unknown_company.json", "native", d, "warning", at(d, b'"nosuch"'), "reference to an undeclared company (warning only)")
d = native(event("r1", "2025-01-20").replace('"category": "release"', '"category": "nosuch"') + ",\n" + GOOD + ",\n" + event("r1", "2025-01-21"))
add("native_unknown_ref_and_duplicate.json", "native", d, "error", at(d, b'"r1"', nth=1),
    "undeclared category (warning) followed by a duplicate event id (error)")
d = native(GOOD + ",\n" + event("v3", "2025-01-20"))
add("native_duplicate_id.json", "native", d, "error", at(d, b'"v3"', nth=1), "two events with the same id")
head = b'{"format":"chronoscope","version":1,"meta":{"x":'
d = head + b"[" * 100000
# The document and meta take two of the 64 levels: the 63rd bracket is one too many.
add("native_deep_nesting.json", "native", d, "error", location(d, len(head) + 62), "100,000 nested arrays under an unknown key (limit 64 levels)")
d = native(GOOD + ",\n" + event("r1", "2025-01-20", "Deep\0Seek"))
add("native_nul.json", "native", d, "error", at(d, b"\0"), "NUL byte inside a title")
d = native(GOOD + ",\n" + event("r1", "2025-01-20", "Deep\xffSeek"))
d = d.replace("Deep\xffSeek".encode(), b"Deep\xffSeek")
add("native_invalid_utf8.json", "native", d, "error", at(d, b"\xff"), "a 0xFF byte inside a title")
add("native_bom_garbage.json", "native", BOM + b"garbage{\"format\":\"chronoscope\"}", "error", (1, 1),
    "UTF-8 BOM, then text that is not JSON", pin_column=False)
d = random_bytes(1, 4096)
assert d[0] not in b" \t\r\n"
add("native_random.bin.json", "native", d, "error", (1, 1), "4 KiB of random bytes (seed 1)", pin_column=False)
d = native(GOOD) + b"]\n"
add("native_trailing_garbage.json", "native", d, "error", location(d, len(d) - 2), "a stray ] after the document")
d = native(GOOD, '  "series": [ { "id": "s", "points": [ { "date": "2025-01", "value": 1e400 } ] } ],\n')
add("native_overflow.json", "native", d, "error", at(d, b"1e400"), "1e400 does not fit a double")
d = native(GOOD, '  "series": [ { "id": "s", "points": [ { "date": "2025-01", "value": "12.5%" } ] } ],\n')
add("native_text_for_number.json", "native", d, "error", at(d, b'"12.5%"'), "a string where a number belongs")
d = native(GOOD + ",\n" + event("r1", "2025-01-20", "unbalanced,\n      \"zh"))
add("native_unbalanced_quote.json", "native", d, "error", at(d, b"unbalanced,", delta=11),
    "a title whose closing quote is missing: the raw newline is reported")
d = native(GOOD + ",\n" + event("r1", "2025-01-20").replace('"id": "r1",\n', ""))
add("native_missing_id.json", "native", d, "error", at(d, b"{", nth=5), "an event without an id")
d = native(GOOD + ",\n" + event("r1", "2025-01-20", more=',\n      "importance": 1e300'))
add("native_importance_huge.json", "native", d, "error", at(d, b"1e300"),
    "importance far outside any integer (must not overflow a cast)")
d = native(GOOD, '  "series": [ { "id": "s", "points": [ { "date": 2025, "value": 1 } ] } ],\n')
add("native_date_number.json", "native", d, "error", at(d, b"2025,"), "a number where a date string belongs")
d = native(GOOD).replace(b'"version": 1', b'"version": 99999999999999999999')
add("native_version_huge.json", "native", d, "error", at(d, b"99999"), "a version number beyond any integer")
d = native(GOOD + ",\n" + event("x", "2025-01-20", "<img src=x onerror=alert(1)>") + ",\n" +
           event("y", "2025-01-21", '<a href=\\"javascript:alert(1)\\">x</a>', ',\n      "links": ["javascript:alert(1)", "file:///etc/passwd", "https://example.org/ok"]'))
add("native_html_title.json", "native", d, "ok", None, "HTML and script in titles and javascript:/file: links: loads, shown as text")
# Format version 2: a point's "sources" list (docs/data-format.md, Versions).
d = native(GOOD).replace(b'"version": 1', b'"version": 3')
add("native_version_newer.json", "native", d, "error", at(d, b"3,"), "version 3, newer than this build reads: refused, nothing loaded")
d = native(GOOD, '  "series": [ { "id": "s", "points": [ { "date": "2025-01", "value": 1, "sources": "tracker" } ] } ],\n').replace(b'"version": 1', b'"version": 2')
add("native_point_sources_string.json", "native", d, "error", at(d, b'"tracker"'), "a point's sources is a string, not an array")
d = native(GOOD, '  "series": [ { "id": "s", "points": [ { "date": "2025-01", "value": 1, "sources": ["tracker", 7] } ] } ],\n').replace(b'"version": 1', b'"version": 2')
add("native_point_sources_number.json", "native", d, "error", at(d, b"7]"), "a number inside a point's sources")
d = native(GOOD, '  "sources": [ { "id": "a", "publisher": "A" } ],\n'
           '  "series": [ { "id": "s", "points": [ { "date": "2025-01", "value": 1, "sources": ["a", "a", "ghost"], "source": "a", "status": "unsupported" } ] } ],\n').replace(b'"version": 1', b'"version": 2')
add("native_point_sources_repeated.json", "native", d, "warning", at(d, b'["a"'), "a source listed twice and an undeclared one in a point's sources: kept once, warned")

# ---------------------------------------------------------------------------------------------
# CSV events: bad cells skip the row with a warning; broken structure is an error.

CSV_HEAD = b"title,start,end,company\n"
CSV_ROWS = b"DeepSeek-V3,2024-12-26,,DeepSeek\nDeepSeek-R1,2025-01-20,,DeepSeek\nQwen2.5-Max,2025-01-28,,Alibaba\n"

add("csv_empty.csv", "csv", b"", "error", (1, 1), "zero bytes")
add("csv_whitespace.csv", "csv", b"   \t  ", "error", (1, 1), "blanks only", pin_column=False)
d = CSV_HEAD + CSV_ROWS + b'"Kimi k1.5 rele'
add("csv_truncated.csv", "csv", d, "error", at(d, b'"Kimi'), "cut inside a quoted field")
d = CSV_HEAD + b'DeepSeek-V3,2024-12-26,,DeepSeek\n"R1, the reasoner,2025-01-20,,DeepSeek\nQwen2.5-Max,2025-01-28,,Alibaba\n'
add("csv_unbalanced_quote.csv", "csv", d, "error", at(d, b'"R1'), "a quote that is never closed")
d = CSV_HEAD + CSV_ROWS + b"Bad month,2025-13-01,,DeepSeek\n"
add("csv_month13.csv", "csv", d, "dropped", at(d, b"2025-13"), "month 13 in one row (row skipped: warning)", pin_column=False)
d = CSV_HEAD + b"A,2025-02-30,,DeepSeek\nB,2023-02-29,,DeepSeek\n"
add("csv_feb30_all_rows.csv", "csv", d, "error", (2, 1), "every row has an impossible date: nothing usable", pin_column=False)
d = CSV_HEAD + CSV_ROWS + b"Open-Source Week,2025-02-28,2025-02-24,DeepSeek\n"
add("csv_end_before_start.csv", "csv", d, "dropped", at(d, b"2025-02-24"), "range ends before it starts (row skipped)", pin_column=False)
d = CSV_HEAD + CSV_ROWS + b"Deep\0Seek,2025-02-01,,DeepSeek\n"
add("csv_nul.csv", "csv", d, "error", at(d, b"\0"), "NUL byte in a cell")
d = CSV_HEAD + CSV_ROWS + b"Caf\xe9 r\xe9sum\xe9,2025-02-01,,DeepSeek\n"
add("csv_invalid_utf8.csv", "csv", d, "error", at(d, b"\xe9"), "Latin-1 bytes: not UTF-8")
d = BOM + random_bytes(2, 512)
add("csv_bom_garbage.csv", "csv", d, "error", location(d, first_bad_utf8(d)), "UTF-8 BOM, then binary garbage", pin_column=False)
d = random_bytes(3, 4096)
add("csv_random.csv", "csv", d, "error", location(d, first_bad_utf8(d)), "4 KiB of random bytes (seed 3)", pin_column=False)
d = CSV_HEAD + CSV_ROWS + b"\x01\x02\0\x7f garbage"
add("csv_trailing_garbage.csv", "csv", d, "error", location(d, d.index(b"\0")), "binary bytes after the last row")
add("csv_header_only.csv", "csv", CSV_HEAD, "error", (1, 1), "a header and no rows", pin_column=False)
d = b'"' * 99999
add("csv_quote_storm.csv", "csv", d, "error", (1, 1), "99,999 double quotes: one quoted field that never closes")
d = CSV_HEAD + b"," * 5000 + b"\n" + CSV_ROWS
add("csv_many_fields.csv", "csv", d, "error", (2, 1), "a record of 5,001 fields (limit 4,096)", pin_column=False)
d = CSV_HEAD.replace(b"\n", b"\r") + CSV_ROWS.replace(b"\n", b"\r") + b"Bad,2025-00-10,,DeepSeek\r"
add("csv_lone_cr.csv", "csv", d, "dropped", at(d, b"2025-00"), "old Mac line ends (lone CR), month 0 on line 5", pin_column=False)
d = CSV_HEAD + CSV_ROWS + b"Far future,99999999999-01-01,,DeepSeek\n"
add("csv_year_overflow.csv", "csv", d, "dropped", at(d, b"99999999999"), "a year beyond any integer", pin_column=False)
# The importer judges column types on the first 200 rows; the bad value comes after them, where
# it can only be skipped with a warning.
WIDE = b"Date,A,B\n" + b"".join(b"%d-%02d,%d,%d\n" % (2000 + m // 12, m % 12 + 1, m, 2 * m) for m in range(210))
d = WIDE + b"2017-07,abc,3\n2017-08,4,5\n"
add("csvw_text_for_number.csv", "csv", d, "dropped", at(d, b"abc"), "wide series: text where a number belongs (row 212)")
d = WIDE + b"2017-07,1e400,3\n2017-08,4,5\n"
add("csvw_overflow.csv", "csv", d, "dropped", at(d, b"1e400"), "wide series: 1e400 overflows (row 212)")
d = b"Date,A,B\n2025-01,1,2\n2025-13,1,3\n2025-03,4,5\n"
add("csvw_month13.csv", "csv", d, "dropped", at(d, b"2025-13"), "wide series: month 13 in the date column", pin_column=False)
d = b"Date,A,B\n2025-01,x,y\n2025-02,n/a?,zz\n"
add("csvw_all_text.csv", "csv", d, "error", (1, 1), "wide series: no numeric value at all, so no shape fits", pin_column=False)
LONG = b"Entity,Year,Users\n" + b"".join(b"Entity %d,%d,%d\n" % (i % 7, 1900 + i, i) for i in range(210))
d = LONG + b"ChatGPT,2024,many\nClaude,2024,20\n"
add("csvl_text_for_number.csv", "csv", d, "dropped", at(d, b"many"), "long series: text where a number belongs (row 212)")
d = b"Entity,Year,Users\nChatGPT,2023,100\nChatGPT,184467440737095516160,5\nClaude,2024,20\n"
add("csvl_year_overflow.csv", "csv", d, "dropped", at(d, b"1844674"), "long series: a year beyond 64-bit integers", pin_column=False)
d = b"Entity,Year,Users\nChatGPT,2023,100\n,2024,5\nClaude,2024,20\n"
add("csvl_missing_entity.csv", "csv", d, "dropped", (3, 1), "long series: a row without an entity", pin_column=False)
d = LONG + b"Claude,2024,1e999\n"
add("csvl_overflow.csv", "csv", d, "dropped", at(d, b"1e999"), "long series: 1e999 overflows (row 212)")
d = (b"title,start,company\n" + b'"<img src=x onerror=alert(1)>",2025-01-01,DeepSeek\n' +
     b'"=HYPERLINK(""http://evil.example"",""x"")",2025-01-02,DeepSeek\n')
add("csv_formula_title.csv", "csv", d, "ok", None, "HTML and a spreadsheet formula in titles: loads as text")

# ---------------------------------------------------------------------------------------------
# JSON records: an array of flat objects.

REC = b'[\n  { "title": "DeepSeek-V3", "date": "2024-12-26", "company": "DeepSeek" },\n  { "title": "DeepSeek-R1", "date": "2025-01-20", "company": "DeepSeek" }'
add("records_empty.json", "records", b"", "error", (1, 1), "zero bytes", pin_column=False)
add("records_whitespace.json", "records", b"   \t   ", "error", (1, 1), "blanks only", pin_column=False)
d = REC + b',\n  { "title": "Kimi'
add("records_truncated.json", "records", d, "error", at(d, b'"Kimi'), "cut inside a string")
add("records_top_number.json", "records", b"42\n", "error", (1, 1), "a number instead of records", pin_column=False)
d = b'{\n  "events": "not an array"\n}\n'
add("records_events_string.json", "records", d, "error", (1, 1), "records key holds a string", pin_column=False)
d = REC + b',\n  { "title": "Bad", "date": "2025-13-01", "company": "DeepSeek" }\n]\n'
add("records_month13.json", "records", d, "dropped", at(d, b'"2025-13-01"'), "month 13 in one record (skipped: warning)", pin_column=False)
d = b'[\n  { "title": "A", "date": "2025-02-30" },\n  { "title": "B", "date": "2023-02-29" }\n]\n'
add("records_feb30_all.json", "records", d, "error", at(d, b'"2025-02-30"'), "every record has an impossible date", pin_column=False)
d = b"[" * 100000
add("records_deep_nesting.json", "records", d, "error", (1, 1), "100,000 nested arrays", pin_column=False)
d = REC + b',\n  { "title": "Deep\0Seek", "date": "2025-02-01" }\n]\n'
add("records_nul.json", "records", d, "error", at(d, b"\0"), "NUL byte in a string")
d = REC + b',\n  { "title": "Caf\xe9", "date": "2025-02-01" }\n]\n'
add("records_invalid_utf8.json", "records", d, "error", at(d, b"\xe9"), "Latin-1 byte in a string")
add("records_bom_garbage.json", "records", BOM + b"[garbage]", "error", (1, 1), "UTF-8 BOM, then not JSON", pin_column=False)
d = REC + b"\n]\n} trailing"
add("records_trailing_garbage.json", "records", d, "error", at(d, b"} trailing"), "text after the array")
d = REC + b',\n  { "title": "Huge", "date": "2025-02-01", "importance": 1e400 }\n]\n'
add("records_overflow.json", "records", d, "error", at(d, b"1e400"), "1e400 in a record")
d = REC + b',\n  { "title": "Open, "date": "2025-02-01" }\n]\n'
add("records_unbalanced_quote.json", "records", d, "error", at(d, b'date": "2025-02-01" }'), "a string closed too early", pin_column=False)
d = b"[" + random_bytes(4, 2048)
add("records_random.json", "records", d, "error", (1, 1), "[ then 2 KiB of random bytes (seed 4)", pin_column=False)
d = b'{ "items": [ 1, "two", null, [3] ] }\n'
add("records_not_objects.json", "records", d, "error", (1, 1), "records that are not objects", pin_column=False)

# ---------------------------------------------------------------------------------------------
# TimelineJS JSON.

def tjs(slides):
    return ('{\n  "title": { "text": { "headline": "Women in computing", "text": "" } },\n  "events": [\n' +
            ",\n".join(slides) + "\n  ]\n}\n").encode()


def slide(headline, start, end=None):
    s = '    {\n      "start_date": %s,\n' % start
    if end:
        s += '      "end_date": %s,\n' % end
    return s + '      "text": { "headline": "%s", "text": "<p>text</p>" }\n    }' % headline


OK_SLIDE = slide("Ada Lovelace", '{ "year": "1815", "month": "12", "day": "10" }')
d = tjs([OK_SLIDE, slide("Month 13", '{ "year": "1843", "month": "13" }')])
add("tjs_month13.json", "timelinejs", d, "dropped", at(d, b'"month": "13"'), "month 13 (slide skipped)", pin_column=False)
d = tjs([slide("Feb 30", '{ "year": "1843", "month": "2", "day": "30" }')])
add("tjs_feb30_only.json", "timelinejs", d, "error", at(d, b"{", nth=4), "the only slide has 30 February", pin_column=False)
d = tjs([OK_SLIDE, slide("Backwards", '{ "year": "1900" }', '{ "year": "1850" }')])
add("tjs_end_before_start.json", "timelinejs", d, "dropped", at(d, b'{ "year": "1850"'), "end before start", pin_column=False)
d = tjs([OK_SLIDE, slide("Words", '{ "year": "eighteen forty" }')])
add("tjs_text_for_number.json", "timelinejs", d, "dropped", at(d, b'"eighteen forty"'), "a year in words", pin_column=False)
d = tjs([OK_SLIDE, slide("Huge year", '{ "year": 1e300, "month": 99999999999 }')])
add("tjs_year_overflow.json", "timelinejs", d, "dropped", at(d, b"1e300"), "a year of 1e300 (must not overflow a cast)", pin_column=False)
d = b'{\n  "events": { "start_date": { "year": "1815" }, "text": { "headline": "x" } }\n}\n'
add("tjs_events_object.json", "timelinejs", d, "error", (1, 1), "events is an object", pin_column=False)
d = tjs([OK_SLIDE, slide("Cut", '{ "year": "1900" }')])
d = d[: d.index(b'"Cut"') + 3]
add("tjs_truncated.json", "timelinejs", d, "error", at(d, b'"Cu'), "cut inside a headline", pin_column=False)
d = b'{\n  "events": [ 1, "two", null, [ { "start_date": {}, "text": { "headline": "h" } } ] ]\n}\n'
add("tjs_slides_not_objects.json", "timelinejs", d, "error", at(d, b"[ 1", delta=2), "slides that are not objects: reported at the first")
d = b'{ "events": [ { "start_date": ' + b"[" * 99000 + b'"headline"'
add("tjs_deep_nesting.json", "timelinejs", d, "error", (1, 1), "99,000 nested arrays in a date", pin_column=False)
d = tjs([OK_SLIDE, slide("Bad\0", '{ "year": "1900" }')])
add("tjs_nul.json", "timelinejs", d, "error", at(d, b"\0"), "NUL byte in a headline", pin_column=False)
d = tjs([OK_SLIDE, slide('<img src=x onerror=alert(1)>', '{ "year": "1900" }'),
         slide('<a href=\\"javascript:alert(1)\\">x</a>', '{ "year": "1901" }')])
add("tjs_html_headline.json", "timelinejs", d, "ok", None, "HTML and script in headlines: loads as plain text")

# ---------------------------------------------------------------------------------------------
# Timeline XML (thetimelineproj). No DTDs, no entities: nothing is ever expanded or fetched.

def tl(events, categories=b""):
    return (b'<?xml version="1.0" encoding="utf-8"?>\n<timeline>\n  <version>2.3.0</version>\n'
            b"  <timetype>gregoriantime</timetype>\n  <categories>\n" + categories + b"  </categories>\n"
            b"  <events>\n" + events + b"  </events>\n</timeline>\n")


def tlevent(start, end, text=b"Timeline 0.20.0", category=b""):
    return (b"    <event>\n      <start>" + start + b"</start>\n      <end>" + end + b"</end>\n"
            b"      <text>" + text + b"</text>\n" + (b"      <category>" + category + b"</category>\n" if category else b"") +
            b"    </event>\n")


TLOK = tlevent(b"2013-03-30 11:16:00", b"2013-03-30 11:16:00")
add("tl_empty.timeline", "timelinexml", b"", "error", (1, 1), "zero bytes", pin_column=False)
add("tl_whitespace.timeline", "timelinexml", b"   \n  ", "error", (2, 1), "blanks only", pin_column=False)
d = tl(TLOK + tlevent(b"2014-01-01 00:00:00", b"2014-01-02 00:00:00"))
d = d[: d.index(b"2014-01-02") + 4]
add("tl_truncated.timeline", "timelinexml", d, "error", location(d, len(d)), "cut inside an element", pin_column=False)
d = (b'<?xml version="1.0"?>\n<!DOCTYPE timeline [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
     b"<timeline>\n  <events>\n    <event><start>2013-03-30 11:16:00</start><end>2013-03-30 11:16:00</end><text>&xxe;</text></event>\n"
     b"  </events>\n</timeline>\n")
add("tl_xxe.timeline", "timelinexml", d, "error", (2, 1), "external entity to /etc/passwd: refused, never read")
lol = [b'<!ENTITY lol "lol">']
for i in range(1, 10):
    prev = b"lol" if i == 1 else b"lol%d" % (i - 1)
    lol.append(b'<!ENTITY lol%d "%s">' % (i, (b"&" + prev + b";") * 10))
d = (b'<?xml version="1.0"?>\n<!DOCTYPE timeline [\n' + b"\n".join(lol) + b"\n]>\n"
     b"<timeline><events><event><start>2013-03-30</start><end>2013-03-30</end><text>&lol9;</text></event></events></timeline>\n")
add("tl_billion_laughs.timeline", "timelinexml", d, "error", (2, 1), "billion laughs: entities are refused, never expanded")
d = tl(TLOK + tlevent(b"2013-13-01 00:00:00", b"2013-13-01 00:00:00"))
add("tl_month13.timeline", "timelinexml", d, "dropped", at(d, b"2013-13"), "month 13 (event skipped)", pin_column=False)
d = tl(tlevent(b"2013-02-30 00:00:00", b"2013-02-30 00:00:00"))
add("tl_feb30_only.timeline", "timelinexml", d, "error", at(d, b"2013-02-30"), "the only event has 30 February", pin_column=False)
d = tl(TLOK + tlevent(b"2014-05-01 00:00:00", b"2014-04-01 00:00:00"))
add("tl_end_before_start.timeline", "timelinexml", d, "dropped", at(d, b"2014-04-01"), "end before start (reported at <end>)", pin_column=False)
d = tl(TLOK + tlevent(b"2014-05-01 00:00:00", b"2014-05-01 00:00:00", b"Bad\0text"))
add("tl_nul.timeline", "timelinexml", d, "error", at(d, b"\0"), "NUL byte in a text", pin_column=False)
d = tl(TLOK + tlevent(b"2014-05-01 00:00:00", b"2014-05-01 00:00:00", b"Caf\xe9"))
add("tl_invalid_utf8.timeline", "timelinexml", d, "error", at(d, b"\xe9"), "Latin-1 byte in a UTF-8 document", pin_column=False)
d = b"<timeline>\n<events>\n" + b"<a>" * 30000
add("tl_deep_nesting.timeline", "timelinexml", d, "error", (3, 1), "30,000 nested elements, never closed", pin_column=False)
d = b"<timeline>" + random_bytes(5, 2048)
add("tl_random.timeline", "timelinexml", d, "error", (1, 1), "<timeline> then 2 KiB of random bytes (seed 5)", pin_column=False)
d = tl(TLOK) + b"</timeline>\ngarbage\n"
add("tl_trailing_garbage.timeline", "timelinexml", d, "error", location(d, d.index(b"</timeline>\ngarbage")), "a second end tag and text after the document", pin_column=False)
add("tl_bom_garbage.timeline", "timelinexml", BOM + b"\x00\x01<timeline>", "error", (1, 1), "UTF-8 BOM, then control bytes", pin_column=False)
d = b'<?xml version="1.0"?>\n<html><body><script>alert(1)</script></body></html>\n'
add("tl_wrong_root.timeline", "timelinexml", d, "error", (2, 1), "an HTML document, not a timeline", pin_column=False)
d = tl(TLOK + tlevent(b"2014-05-01 00:00:00", b"2014-05-01 00:00:00", b"&undefined; entity"))
add("tl_undefined_entity.timeline", "timelinexml", d, "error", at(d, b"&undefined;"), "an undeclared entity", pin_column=False)
d = tl(TLOK + tlevent(b"2014-05-01 00:00:00", b"2014-05-01 00:00:00", b"Release", b"No such category"))
add("tl_unknown_category.timeline", "timelinexml", d, "warning", at(d, b"No such category"), "an event naming an undeclared category", pin_column=False)
d = tl(TLOK + tlevent(b"yesterday", b"tomorrow"))
add("tl_text_for_date.timeline", "timelinexml", d, "dropped", at(d, b"yesterday"), "words where dates belong", pin_column=False)
d = tl(tlevent(b"2014-05-01 00:00:00", b"2014-05-01 00:00:00", b"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"))
add("tl_escaped_markup.timeline", "timelinexml", d, "ok", None, "escaped markup in a text: loads as the literal text")


# ---------------------------------------------------------------------------------------------
# vis-timeline items (JSON). "dropped": the file loads, the reader warns that an item is left
# out at that place, and `validate` reports it as an error and exits 1.

def vis(items, groups=None):
    body = '{\n  "items": [\n' + ",\n".join(items) + "\n  ]"
    if groups is not None:
        body += ',\n  "groups": [\n' + ",\n".join(groups) + "\n  ]"
    return (body + "\n}\n").encode()


def item(content, start, end=None, more=""):
    s = '    { "content": "%s", "start": %s' % (content, start)
    if end:
        s += ', "end": %s' % end
    return s + more + " }"


OK_ITEM = item("Race one", '"2014-01-23"')
add("vis_empty.json", "vistimeline", b"", "error", (1, 1), "zero bytes", pin_column=False)
d = vis([OK_ITEM, item("Month 13", '"2014-13-01"')])
add("vis_month13.json", "vistimeline", d, "dropped", at(d, b"2014-13-01"), "month 13 (item left out)")
d = vis([OK_ITEM, item("Backwards", '"2014-05-01"', '"2014-04-01"')])
add("vis_end_before_start.json", "vistimeline", d, "dropped", at(d, b"2014-04-01"), "end before start")
d = vis([OK_ITEM, item("Huge", "1e300")])
add("vis_start_huge.json", "vistimeline", d, "dropped", at(d, b"1e300"), "a start of 1e300 milliseconds (must not overflow a cast)")
d = b'[ 1, "two", { "content": "ok", "start": "2014-01-01" } ]\n'
add("vis_items_not_objects.json", "vistimeline", d, "dropped", at(d, b"1"), "items that are not objects, then one that is")
d = vis([OK_ITEM, item("Cut", '"2014-02-01"')])
d = d[: d.index(b'"Cut"') + 3]
add("vis_truncated.json", "vistimeline", d, "error", at(d, b'"Cu'), "cut inside a content string", pin_column=False)
d = vis([OK_ITEM, item("Bad\0", '"2014-02-01"')])
add("vis_nul.json", "vistimeline", d, "error", at(d, b"\0"), "NUL byte in a content", pin_column=False)
d = b'{ "items": [ { "start": "2014-01-01", "content": ' + b"[" * 99000
add("vis_deep_nesting.json", "vistimeline", d, "error", (1, 1), "99,000 nested arrays in a content", pin_column=False)
d = b'{ "items": "not an array", "groups": [] }\n'
add("vis_items_string.json", "vistimeline", d, "error", (1, 1), "items is a string", pin_column=False)
d = vis([item("<img src=x onerror=alert(1)>Photo", '"2014-01-01"'), item('<a href=\\"javascript:alert(1)\\">x</a>', '"2014-01-02"', None, ', "group": 1')],
        ['    { "id": 1, "content": "<script>alert(1)</script>Lane", "style": "background: url(javascript:alert(1))" }'])
add("vis_html_content.json", "vistimeline", d, "ok", None, "HTML and script in contents and group names: plain text, no colour")

# ---------------------------------------------------------------------------------------------
# thetimelineproj's older text format.

TLT_HEAD = b"# Written by Timeline 0.3.0 on 2009-06-14 10:10:10\nCATEGORY:Work;173,216,230;True\n"
TLT_OK = b"EVENT:2009-06-10 00:00:00;2009-06-12 00:00:00;Kick-off;Work\n"
add("tlt_empty.timeline", "timelinetext", b"", "error", (1, 1), "zero bytes", pin_column=False)
d = TLT_HEAD + TLT_OK + b"EVENT:2009-13-01 00:00:00;2009-13-01 00:00:00;Month 13;Work\n"
add("tlt_month13.timeline", "timelinetext", d, "dropped", at(d, b"2009-13-01"), "month 13 (event left out)")
d = TLT_HEAD + TLT_OK + b"EVENT:2009-06-20 00:00:00;2009-06-01 00:00:00;Backwards;Work\n"
add("tlt_end_before_start.timeline", "timelinetext", d, "dropped", at(d, b"2009-06-01"), "end before start")
d = TLT_HEAD + TLT_OK + b"EVENT:2009-06-20 00:00:00\n"
add("tlt_too_few_fields.timeline", "timelinetext", d, "dropped", at(d, b"EVENT:2009-06-20"), "an event line with one field")
d = TLT_HEAD + TLT_OK + b"GARBAGE:this is not a Timeline line\n"
add("tlt_unknown_line.timeline", "timelinetext", d, "dropped", at(d, b"GARBAGE"), "a line of an unknown kind")
d = TLT_HEAD + b"EVENT:2009-02-30 00:00:00;2009-02-30 00:00:00;Feb 30;Work\n"
add("tlt_feb30_only.timeline", "timelinetext", d, "error", at(d, b"2009-02-30"), "the only event has 30 February", pin_column=False)
d = TLT_HEAD + TLT_OK + b"EVENT:2009-06-20 00:00:00;2009-06-20 00:00:00;Bad\0text;Work\n"
add("tlt_nul.timeline", "timelinetext", d, "error", at(d, b"\0"), "NUL byte in a text", pin_column=False)
d = TLT_HEAD + TLT_OK + b"EVENT:2009-06-20 00:00:00;2009-06-20 00:00:00;Caf\xe9;Work\n"
add("tlt_invalid_utf8.timeline", "timelinetext", d, "error", at(d, b"\xe9"), "a Latin-1 byte in a UTF-8 file", pin_column=False)
d = b"# Written by Timeline 0.3.0\n" + random_bytes(7, 2048)
add("tlt_random.timeline", "timelinetext", d, "error", location(d, first_bad_utf8(d)), "the header line, then 2 KiB of random bytes (seed 7)", pin_column=False)
d = TLT_HEAD + b"EVENT:2009-06-10 00:00:00;2009-06-10 00:00:00;<script>alert(1)</script> \\; \\\\ done;Work\n"
add("tlt_escapes.timeline", "timelinetext", d, "ok", None, "markup and escaped semicolons in a text: loads as the literal text")

# ---------------------------------------------------------------------------------------------
# Markwhen text timelines.

MW_OK = b"2025-01-20: DeepSeek-R1 released #release\n"
add("mw_empty.mw", "markwhen", b"", "error", (1, 1), "zero bytes", pin_column=False)
d = b"---\ntitle: Never closed\n" + MW_OK
add("mw_unclosed_header.mw", "markwhen", d, "error", (1, 1), "a header opened with --- and never closed")
d = MW_OK + b"2025-13-01: Month 13\n"
add("mw_month13.mw", "markwhen", d, "dropped", at(d, b"2025-13-01"), "month 13 (event left out)")
d = MW_OK + b"2025-05 - 2025-01: Backwards\n"
add("mw_end_before_start.mw", "markwhen", d, "dropped", at(d, b"2025-05 -"), "a range that ends before it starts")
d = MW_OK + b"after !r1 2 weeks: A relative date\n"
add("mw_relative_date.mw", "markwhen", d, "dropped", at(d, b"after"), "a relative date this reader does not read")
d = MW_OK + b"1:" * 30000 + b"\n"
add("mw_colon_storm.mw", "markwhen", d, "dropped", at(d, b"1:1:"), "a 60,000-character line of digits and colons (linear time)")
d = MW_OK + b"2025-" * 12000 + b": x\n"
add("mw_dash_storm.mw", "markwhen", d, "dropped", at(d, b"2025-2025-"), "a 60,000-character date of dashes (linear time)")
d = MW_OK + b"2025-02-01: Bad\0text\n"
add("mw_nul.mw", "markwhen", d, "error", at(d, b"\0"), "NUL byte in a title", pin_column=False)
d = MW_OK + b"2025-02-01: Caf\xe9\n"
add("mw_invalid_utf8.mw", "markwhen", d, "error", at(d, b"\xe9"), "a Latin-1 byte in a UTF-8 file", pin_column=False)
d = b"group <b>Lane</b>\n2025-01-01: <script>alert(1)</script> [x](javascript:alert(1))\nendGroup\n"
add("mw_html.mw", "markwhen", d, "ok", None, "markup in a group name and a title: loads as the literal text")


def write_manifest():
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("# file\treader\texpect\tline\tcolumn\tdescription\n")
        f.write("# Generated by tools/make_hostile.py; line/column: first diagnostic of the expected severity ('-': not pinned)\n")
        for c in cases:
            f.write("\t".join(c) + "\n")


def write_big(directory):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "long_line.csv"), "wb") as f:
        f.write(b"title,start\n" + b"x" * (10 * 1024 * 1024))
    for name, head in (("sparse_2g.csv", b"title,start\nA,2025-01-01\n"), ("sparse_2g.json", b""),
                       ("sparse_2g.timeline", b"<timeline>")):
        with open(os.path.join(directory, name), "wb") as f:
            f.write(head)
            f.truncate(2 * 1024 * 1024 * 1024)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--big":
        write_big(sys.argv[2])
    else:
        for old in os.listdir(OUT):
            os.remove(os.path.join(OUT, old))
        for name, data in files.items():
            with open(os.path.join(OUT, name), "wb") as f:
                f.write(data)
        write_manifest()
        print("%d files in %s" % (len(cases), os.path.normpath(OUT)))
