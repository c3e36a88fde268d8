#!/usr/bin/env python3
"""Checks an evaluation part written as annotated sources (blind13, blind14, blind15):
  tests/eval/check_part.py PART [--lint]
records.jsonl is valid JSON Lines with one document line and its pages per .txt file; every row
of spans.jsonl has its text at its page, line and column in records.jsonl; expected.jsonl is
spans.jsonl without line, col and text; kinds, values and dates are well formed.
--lint also prints candidate words outside every labelled span, for a reader to review: the
part's own review words, in PART/lint.json ("ignore_case" and, if any, "case_sensitive")."""
import datetime
import json
import pathlib
import re
import sys

EVAL = pathlib.Path(__file__).resolve().parent
VALUES = {"optout": {"available", "unavailable", "unclear"},
          "email": {"From", "Sent", "To", "Cc", "Subject"},
          "exemption": {"(b)(5)", "(b)(6)", "(b)(7)(C)", "(b)(7)(E)"}}


def fail(message):
    print("FAIL:", message)
    return 1


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    HERE = EVAL / args[0]
    words = json.loads((HERE / "lint.json").read_text(encoding="utf-8"))
    lints = [re.compile(words["ignore_case"], re.IGNORECASE | re.MULTILINE)]
    if "case_sensitive" in words:
        lints.append(re.compile(words["case_sensitive"]))
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
            hits = sorted((m for lint in lints for m in lint.finditer(text)), key=lambda m: m.start())
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
