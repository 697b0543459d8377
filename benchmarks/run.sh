#!/usr/bin/env bash
# Runs every benchmark and Ajv on the same documents in one sitting, and prints the ratios the
# targets are stated in. Usage: bash benchmarks/run.sh [BenchmarkDotNet arguments, e.g. --job short]
# Not part of CI (minutes of measuring); docs/benchmarks.md's figures come from this script.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/ajv ] || npm ci --no-audit --no-fund --loglevel=error
out=artifacts/benchmarks
mkdir -p "$out"
dotnet build benchmarks/Medborgarlofte.Benchmarks -c Release --nologo -v quiet
dotnet benchmarks/Medborgarlofte.Benchmarks/bin/Release/net10.0/Medborgarlofte.Benchmarks.dll --write-inputs "$out/inputs"
node benchmarks/ajv/bench.mjs schemas/medborgarlofte.schema.json "$out"/inputs/*.json | tee "$out/ajv.jsonl"
dotnet benchmarks/Medborgarlofte.Benchmarks/bin/Release/net10.0/Medborgarlofte.Benchmarks.dll --filter '*' --artifacts "$out/bdn" "$@"
python3 benchmarks/ratios.py "$out/bdn/results" "$out/ajv.jsonl"
