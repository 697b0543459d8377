#!/usr/bin/env python3
"""Reads BenchmarkDotNet's CSV reports and Ajv's figures and prints the ratios the targets are stated in.

Usage: python3 benchmarks/ratios.py <BenchmarkDotNet results dir> <ajv.jsonl>
"""
import csv, glob, json, os, re, sys

TIME = {"ns": 1e-3, "us": 1.0, "μs": 1.0, "µs": 1.0, "ms": 1e3, "s": 1e6}
SIZE = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def number(text, units):
    text = text.replace(",", "").strip()
    if text in ("", "-", "NA", "?"):
        return None
    match = re.match(r"^([0-9.eE+-]+)\s*(\S+)?$", text)
    if not match:
        return None
    value, unit = float(match.group(1)), match.group(2)
    return value * units.get(unit, 1) if unit else value


def main(results_dir, ajv_path):
    rows = {}
    for path in glob.glob(os.path.join(results_dir, "*-report.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                # GrowthCurveBenchmarks names its input by the number of commitments, not by name.
                name = row.get("Input", "").strip('"')
                if name in ("", "?") and row.get("Commitments", "").strip('"') not in ("", "?"):
                    name = "generated-" + row["Commitments"].strip('"')
                key = (name, row["Method"])
                rows[key] = (number(row["Median"], TIME), number(row.get("Allocated", ""), SIZE))
    ajv = {}
    if os.path.exists(ajv_path):
        with open(ajv_path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    entry = json.loads(line)
                    ajv[entry["input"]] = entry
    inputs = sorted({i for i, _ in rows}, key=lambda i: (ajv.get(i, {}).get("bytes", 0), i))
    methods = sorted({m for _, m in rows})
    print("| input | bytes | method | median µs | ÷ floor | ÷ JsonDocument | ÷ model floor | alloc B/B |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for i in inputs:
        floor = rows.get((i, "Floor"), (None, None))[0]
        document = rows.get((i, "JsonDocumentParse"), (None, None))[0]
        model = rows.get((i, "ModelFloor"), (None, None))[0]
        size = ajv.get(i, {}).get("bytes")
        for m in methods:
            if (i, m) not in rows:
                continue
            t, a = rows[(i, m)]
            if not floor:
                continue  # a class measured without the floor beside it (ColdCacheBenchmarks): growth table only
            print(f"| {i} | {size or ''} | {m} | {t:.2f} | {t / floor:.2f} | {t / document:.2f} | {(f'{t / model:.2f}' if model else '-')} | {(a or 0) / size if size else float('nan'):.2f} |" if t and floor and document else f"| {i} | | {m} | | | | | |")
    print()
    print("| input | Read µs (the library's gate, from bytes) | Ajv from bytes µs | ratio | Ajv on parsed µs |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for i in inputs:
        mine = rows.get((i, "Read"), (None, None))[0]
        theirs = ajv.get(i, {}).get("ajvFromBytesUs")
        if mine and theirs:
            print(f"| {i} | {mine:.2f} | {theirs:.2f} | {mine / theirs:.2f} | {ajv[i]['ajvParsedUs']:.2f} |")
    print()
    print("| method | time 10 000 ÷ 1 000 (target ≤ 11) | allocation 10 000 ÷ 1 000 (target ≤ 11) |")
    print("| --- | ---: | ---: |")
    for m in methods:
        small, large = rows.get(("generated-1000", m)), rows.get(("generated-10000", m))
        if small and large and small[0] and large[0]:
            alloc = f"{large[1] / small[1]:.2f}" if small[1] and large[1] else "-"
            print(f"| {m} | {large[0] / small[0]:.2f} | {alloc} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
