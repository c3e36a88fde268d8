#!/usr/bin/env python3
"""Builds an evaluation part written as annotated sources (blind13, blind14):
  tests/eval/make_part.py PART
PART/annotated/DOC.ann -> PART/DOC.txt, PART/expected.jsonl and PART/spans.jsonl (the same rows,
in the same order, with the page line and the marked text).

Marks: [[visible text|K:spec]] with K one of
  a:AGENCY   d:DATE   x:EXEMPTION   b:BATES   e:HEADER   o:VALUE;SPEAKER[;DATE]
SPEAKER "-" is null; an optout without DATE takes the last "%D=YYYY-MM-DD" directive.
Lines "%PAGE" separate pages; other lines starting with "%" are directives, not text."""
import json
import pathlib
import re
import sys

EVAL = pathlib.Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([^\[\]|]+)\|([adxbeo]):([^\[\]\n]+?)\]\]")
KINDS = {"a": "agency", "d": "date", "x": "exemption", "b": "bates", "e": "email", "o": "optout"}


def build(src: pathlib.Path):
    doc = src.stem
    pages, dates = [[]], [[]]  # page lines; per page, (line index, default date) changes
    default_date = None
    for raw in src.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("%PAGE"):
            pages.append([])
            dates.append([(0, default_date)])
            continue
        if raw.startswith("%D="):
            default_date = raw[3:].strip()
            dates[-1].append((len(pages[-1]), default_date))
            continue
        if raw.startswith("%"):
            continue
        pages[-1].append(raw)
    texts, rows = [], []
    for number, (lines, changes) in enumerate(zip(pages, dates), start=1):
        source = "\n".join(lines)
        out, pos = "", 0
        for m in MARK.finditer(source):
            out += source[pos:m.start()]
            text, k, spec = m.group(1), m.group(2), m.group(3)
            line_index = source.count("\n", 0, m.start())
            line_no = line_index + 1
            col = len(out) - (out.rfind("\n") + 1)
            row = {"doc": doc, "page": number, "kind": KINDS[k]}
            if k == "o":
                parts = spec.split(";")
                when = None
                for at, value in changes:
                    if at <= line_index:
                        when = value
                row["value"] = parts[0]
                row["agency"] = None if parts[1] == "-" else parts[1]
                row["date"] = parts[2] if len(parts) > 2 else when
            else:
                row["value"] = spec
            rows.append((row, line_no, col, text))
            out += text
            pos = m.end()
        out += source[pos:]
        if "[[" in out or "]]" in out:
            sys.exit(f"{doc}: unparsed mark on page {number}: {out[out.find('[['):][:80]!r}")
        texts.append(out)
    return doc, texts, rows


def main() -> int:
    if len(sys.argv) != 2 or not (EVAL / sys.argv[1] / "annotated").is_dir():
        sys.exit("usage: make_part.py PART (a folder of tests/eval with annotated/*.ann)")
    part = EVAL / sys.argv[1]
    expected, spans = [], []
    for src in sorted((part / "annotated").glob("*.ann")):
        doc, texts, rows = build(src)
        (part / f"{doc}.txt").write_text("\n\f\n".join(texts), encoding="utf-8")
        for row, line, col, text in rows:
            expected.append(row)
            spans.append(dict(row, line=line, col=col, text=text))
    with open(part / "expected.jsonl", "w", encoding="utf-8") as out:
        for row in expected:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(part / "spans.jsonl", "w", encoding="utf-8") as out:
        for row in spans:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
