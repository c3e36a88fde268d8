#!/usr/bin/python3
"""Validates JSON Lines (or one JSON document with --whole) against a JSON Schema.

usage: validate.py SCHEMA FILE [--whole]
Prints one line per invalid record (FILE:LINE: reason) and exits 1 if any; 0 otherwise.
Needs Debian's python3-jsonschema (run with /usr/bin/python3).
"""
import json
import sys

import jsonschema


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path, data_path = sys.argv[1], sys.argv[2]
    whole = "--whole" in sys.argv[3:]
    with open(schema_path, encoding="utf-8") as schema_file:
        schema = json.load(schema_file)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    with open(data_path, encoding="utf-8") as data_file:
        if whole:
            documents = [(1, json.load(data_file))]
        else:
            documents = [(number, json.loads(line))
                         for number, line in enumerate(data_file, 1) if line.strip()]
    failures = 0
    for number, document in documents:
        for error in validator.iter_errors(document):
            failures += 1
            where = "/".join(str(part) for part in error.absolute_path)
            print(f"{data_path}:{number}: {where}: {error.message}")
    if not documents:
        print(f"{data_path}: nothing to validate")
        return 1
    print(f"{data_path}: {len(documents)} records checked, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
