#!/usr/bin/python3
"""Validates every line of a tags file against docs/schemas/tags.schema.json.
usage: validate_tags.py SCHEMA TAGS   (needs Debian's python3-jsonschema: call /usr/bin/python3)"""
import json
import sys

import jsonschema


def main() -> int:
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    bad = 0
    count = 0
    for number, line in enumerate(open(sys.argv[2], encoding="utf-8"), start=1):
        if not line.strip():
            continue
        count += 1
        for error in validator.iter_errors(json.loads(line)):
            bad += 1
            print(f"{sys.argv[2]}:{number}: {error.message} at {list(error.absolute_path)}")
    if count == 0:
        print(f"{sys.argv[2]}: no tags")
        return 1
    print(f"{count} tags checked, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
