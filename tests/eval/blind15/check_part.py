#!/usr/bin/env python3
"""Checks blind15 (blind14's checker with a --lint list for this part's vocabulary): records.jsonl is valid JSON Lines with one document line and its pages per
.txt file; every row of spans.jsonl has its text at its page, line and column in records.jsonl;
expected.jsonl is spans.jsonl without line, col and text; kinds, values and dates are well formed.
--lint also prints candidate words outside every labelled span, for a reader to review."""
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
VALUES = {"optout": {"available", "unavailable", "unclear"},
          "email": {"From", "Sent", "To", "Cc", "Subject"},
          "exemption": {"(b)(5)", "(b)(6)", "(b)(7)(C)", "(b)(7)(E)"}}
LINT = re.compile(
    r"\b[il]ce\b|\b[il]ce'|"
    r"Immigration|[Il]mmigration|Homeland|Horneland|Federal Bureau|Inspector|Sheriff|Police|P[o0]lice|Patrol|"
    r"Department|Departrnent|Bureau|Division|Board|Council|Commission|Cornrnission|Court|Office|[O0]ff[il]ce|Ofﬁce|"
    r"Justice|Legislature|Counsel|Attorney|Defender|Supervisors|Clerk|Center|Enforcement|Removal|Privacy|"
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|[O0]ctober|"
    r"\b[0-9lO]{1,2}/[0-9lO]{1,2}(/[0-9lO]{2,4})?\b|\b[0-9lO]{1,2}/(19|20)[0-9l]{2}\b|"
    r"\b[0-9l]{1,2}-[0-9l]{1,2}-(19|20)[0-9l]{2}\b|\b[A-Z]{3}-[0-9]{2}-20[0-9]{2}\b|"
    r"\b(19|20)[0-9l]{2}\b|\b20[0-9l]{2}-[0-9]{2}|\b20[0-9l]{2}\.[0-9]{2}|\bFY ?[0-9]{2}|"
    r"\(b\)|\bb[5-7]|^\s*(From|Sent|To|Cc|Subject):|"
    r"opt|withdr|declin|remov|rernov|leave|exclu|exempt|particip|voluntar|mandator|switch|ramp|choice|choose|"
    r"consent|agreement|door|unplug|shut|carve|deactivat|desactiv|honou?r|defer|way out|left out|kept out|"
    r"stuck|step away|pull|turned? off|get out|ask out|drop out|sign(s|ed)? (up|out)|\bout\b",
    re.IGNORECASE | re.MULTILINE)
ACRONYMS = re.compile(r"\b(DHS|FBI|FB[l1]|ERO|ER0|CJIS|OIG|OPR|DOJ|DPS|AZDPS|DPSCS|PSP|ISP|WSP|SBI|GCIC|GC[l1]C|"
                      r"NYS|DCJS|HQ|PMO|OPLA|OGC|DLS|SO|S0|PD|CSO|PIO)\b|\bS\.[O0]\.")


def fail(message):
    print("FAIL:", message)
    return 1


def main() -> int:
    errors = 0
    pages = {}
    docs = {}
    for number, line in enumerate(open(HERE / "records.jsonl", encoding="utf-8"), start=1):
        record = json.loads(line)
        stem = pathlib.PurePath(record["path"]).stem
        if record["kind"] == "document":
            docs[stem] = record["pages"]
        else:
            pages[(stem, record["page"])] = record["text"]
    for txt in HERE.glob("*.txt"):
        if txt.stem not in docs:
            errors += fail(f"{txt.name} has no document line")
    for stem, count in docs.items():
        for page in range(1, count + 1):
            if (stem, page) not in pages:
                errors += fail(f"{stem} page {page} missing")
    spans = [json.loads(line) for line in open(HERE / "spans.jsonl", encoding="utf-8")]
    expected = [json.loads(line) for line in open(HERE / "expected.jsonl", encoding="utf-8")]
    if [{k: v for k, v in s.items() if k not in ("line", "col", "text")} for s in spans] != expected:
        errors += fail("expected.jsonl and spans.jsonl differ")
    marked = {}
    for row in spans:
        key = (row["doc"], row["page"])
        text = pages.get(key)
        if text is None:
            errors += fail(f"no page for {row}")
            continue
        lines = text.split("\n")
        offset = sum(len(l) + 1 for l in lines[:row["line"] - 1]) + row["col"]
        if text[offset:offset + len(row["text"])] != row["text"]:
            errors += fail(f"text not at its place: {row}")
        marked.setdefault(key, []).append((offset, offset + len(row["text"])))
        keys = set(row)
        want = {"doc", "page", "kind", "value", "line", "col", "text"}
        if row["kind"] == "optout":
            want |= {"agency", "date"}
        if keys != want:
            errors += fail(f"keys {sorted(keys)}: {row}")
        if row["kind"] in VALUES and row["value"] not in VALUES[row["kind"]]:
            errors += fail(f"value: {row}")
        for field in ("value",) if row["kind"] == "date" else ("date",) if row["kind"] == "optout" else ():
            value = row[field]
            try:
                if len(value) == 10:
                    datetime.date.fromisoformat(value)
                elif len(value) == 7:
                    datetime.date.fromisoformat(value + "-01")
                elif not re.fullmatch(r"(19|20)\d\d", value):
                    raise ValueError(value)
            except (ValueError, TypeError):
                errors += fail(f"bad date: {row}")
        if row["kind"] == "bates" and row["value"] != row["text"]:
            errors += fail(f"bates value differs from text: {row}")
    if "--lint" in sys.argv:
        for (stem, page), text in sorted(pages.items()):
            ranges = marked.get((stem, page), [])
            hits = sorted(list(LINT.finditer(text)) + list(ACRONYMS.finditer(text)), key=lambda m: m.start())
            for m in hits:
                if any(a <= m.start() < b for a, b in ranges):
                    continue
                line = text.count("\n", 0, m.start()) + 1
                context = text.split("\n")[line - 1].strip()
                print(f"{stem} p{page} l{line}: {m.group(0)!r:14} | {context[:110]}")
    print("errors:", errors, "| rows:", len(expected), "| pages:", len(pages), "| docs:", len(docs))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
