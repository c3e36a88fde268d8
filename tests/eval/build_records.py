#!/usr/bin/env python3
"""Turns the eval documents (DIR/*.txt, pages separated by form feeds) into the page-record
JSON Lines that `foia ingest` would write: DIR/records.jsonl. Files named ocr_* are marked as
OCR pages with a confidence, as a scanner would produce them."""
import hashlib
import json
import pathlib
import sys


def main() -> int:
    folder = pathlib.Path(sys.argv[1])
    lines = []
    for source in sorted(folder.glob("*.txt")):
        data = source.read_bytes()
        doc = hashlib.sha256(data).hexdigest()
        pages = data.decode("utf-8").split("\f\n")
        path = source.stem + ".pdf"
        ocr = source.stem.startswith("ocr_")
        lines.append({"kind": "document", "doc": doc, "path": path, "format": "pdf",
                      "pages": len(pages), "encrypted": False, "metadata": {}, "error": None})
        for number, text in enumerate(pages, start=1):
            lines.append({"kind": "page", "doc": doc, "path": path, "page": number,
                          "method": "ocr" if ocr else "text",
                          "confidence": 81.5 if ocr else None, "chars": len(text),
                          "error": None, "notes": [], "text": text})
    with open(folder / "records.jsonl", "w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
