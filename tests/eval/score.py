#!/usr/bin/env python3
"""Precision, recall and F1 per tag kind: `foia analyze` output against expected tags.

usage: score.py TAGS EXPECTED [--check]

A predicted tag matches an expected one with the same document, page, kind and value (agency
names compared without case); each expected tag matches at most once. For optout tags the
speaker (agency) and date of matched statements are scored as attribution accuracy; on a page
with several statements of one value, pairs whose speaker and date agree are made first. --check
exits 1 when a kind is below its target (F1 0.95 dates, exemptions, Bates; 0.90 agencies,
optout stance, email headers)."""
import collections
import json
import pathlib
import sys

TARGETS = {"date": 0.95, "exemption": 0.95, "bates": 0.95, "agency": 0.90, "optout": 0.90,
           "email": 0.90}


def key_value(kind, value):
    return value.lower() if kind == "agency" else value


def same_speaker(tag, item):
    return (tag.get("agency") or "").lower() == (item.get("agency") or "").lower()


def same_attribution(tag, item):
    return same_speaker(tag, item) and tag.get("date") == item.get("date")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    verbose = "--verbose" in sys.argv
    tags = [json.loads(line) for line in open(args[0], encoding="utf-8") if line.strip()]
    expected = [json.loads(line) for line in open(args[1], encoding="utf-8") if line.strip()]
    predicted = collections.defaultdict(list)
    for tag in tags:
        if tag["kind"] not in TARGETS:
            continue
        doc = pathlib.PurePath(tag["path"]).stem
        predicted[(tag["kind"], doc, tag["page"])].append(tag)
    wanted = collections.defaultdict(list)
    for item in expected:
        wanted[(item["kind"], item["doc"], item["page"])].append(item)

    counts = {kind: [0, 0, 0] for kind in TARGETS}  # matched, predicted, expected
    attribution = [0, 0, 0]  # agency right, date right, matched
    for key in sorted(set(predicted) | set(wanted)):
        kind = key[0]
        left = list(wanted.get(key, []))
        got = predicted.get(key, [])
        counts[kind][1] += len(got)
        counts[kind][2] += len(left)
        # Pairs with the same value, those whose attribution also agrees first: the number of
        # matches is the same in any order, and a statement is not charged with another's
        # speaker because it came first on the page.
        pairs = []
        unmatched = list(got)
        for agrees in (same_attribution, same_speaker, lambda tag, item: True):
            for tag in list(unmatched):
                match = next((item for item in left
                              if key_value(kind, item["value"]) == key_value(kind, tag["value"])
                              and (kind != "optout" or agrees(tag, item))), None)
                if match is not None:
                    left.remove(match)
                    unmatched.remove(tag)
                    pairs.append((tag, match))
        for tag in unmatched:
            if verbose:
                print(f"  false positive {key}: {tag['value']!r} <- {tag['text'][:90]!r}")
        for tag, match in pairs:
            counts[kind][0] += 1
            if kind == "optout":
                attribution[2] += 1
                attribution[0] += same_speaker(tag, match)
                attribution[1] += tag.get("date") == match.get("date")
                if verbose and not same_attribution(tag, match):
                    print(f"  attribution {key}: got {tag.get('agency')} {tag.get('date')}, "
                          f"want {match.get('agency')} {match.get('date')} <- {tag['text'][:60]!r}")
        if verbose:
            for item in left:
                print(f"  missed {key}: {item['value']!r}")

    failed = []
    print(f"{'kind':<10} {'expected':>8} {'found':>6} {'right':>6} {'P':>6} {'R':>6} {'F1':>6}  target")
    for kind, (matched, found, total) in counts.items():
        if found == 0 and total == 0:
            print(f"{kind:<10} {total:>8} {found:>6} {matched:>6}      -      -      -  {TARGETS[kind]:.2f}")
            continue
        precision = matched / found if found else 0.0
        recall = matched / total if total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        mark = "" if f1 >= TARGETS[kind] else "  BELOW TARGET"
        if mark:
            failed.append(kind)
        print(f"{kind:<10} {total:>8} {found:>6} {matched:>6} {precision:6.3f} {recall:6.3f} {f1:6.3f}  "
              f"{TARGETS[kind]:.2f}{mark}")
    if attribution[2]:
        print(f"optout attribution on {attribution[2]} matched statements: agency "
              f"{attribution[0] / attribution[2]:.3f}, date {attribution[1] / attribution[2]:.3f}")
    if check and failed:
        print("below target: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
