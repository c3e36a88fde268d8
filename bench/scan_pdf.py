#!/usr/bin/env python3
"""scan_pdf.py DPI OUT.pdf PAGE.pgm...: wraps 8-bit grayscale PGM pages (pdftoppm -gray output)
into an image-only PDF, each page one Flate-compressed image drawn full-page at DPI, so the
scan's own resolution is DPI. Used by bench/scan_dpi.sh; standard library only."""
import sys
import zlib


def read_pgm(path):
    with open(path, "rb") as file:
        data = file.read()
    fields, at = [], 0
    while len(fields) < 4:  # magic, width, height, maxval, with comments and white space
        while data[at:at + 1].isspace():
            at += 1
        if data[at:at + 1] == b"#":
            at = data.index(b"\n", at)
            continue
        end = at
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    if fields[0] != b"P5" or fields[3] != b"255":
        sys.exit(f"{path}: not an 8-bit binary PGM")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[at + 1:at + 1 + width * height]


def main():
    dpi, out, pages = float(sys.argv[1]), sys.argv[2], sys.argv[3:]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for path in pages:
        width, height, pixels = read_pgm(path)
        points_w, points_h = width * 72 / dpi, height * 72 / dpi
        page_id = len(objects) + 1
        kids.append(f"{page_id} 0 R")
        content = f"q {points_w:.4f} 0 0 {points_h:.4f} 0 0 cm /Im0 Do Q\n".encode()
        image = zlib.compress(pixels, 6)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {points_w:.4f} {points_h:.4f}] "
            f"/Resources << /XObject << /Im0 {page_id + 2} 0 R >> >> "
            f"/Contents {page_id + 1} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
            % (width, height, len(image)) + image + b"\nendstream")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    body, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        body += b"%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    with open(out, "wb") as file:
        file.write(body)


main()
