#!/usr/bin/env bash
# Start-up of `medborgarlofte validate` as a whole process beside an empty console app: medians of N
# interleaved runs (default 21). The tool is published as its project publishes for a runtime
# (self-contained, trimmed, ReadyToRun-composite) and framework-dependent ReadyToRun, and installed with
# `dotnet tool install` from both its tool packages; the empty app framework-dependent ReadyToRun (the
# issue's yardstick) and the tool's way, so both ratios can be read.
#   bash benchmarks/startup.sh [N]
# Not part of CI. The start-up table in docs/benchmarks.md comes from this script on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
out=artifacts/startup
rid="linux-x64"
mkdir -p "$out/empty-src"
cat > "$out/empty-src/empty.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
</Project>
XML
echo 'return 0;' > "$out/empty-src/Program.cs"
dotnet publish "$out/empty-src" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/empty" -v quiet --nologo
dotnet publish "$out/empty-src" -c Release -r "$rid" --self-contained true -p:PublishTrimmed=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -p:EventSourceSupport=false -o "$out/empty-composite" -v quiet --nologo
dotnet publish src/Medborgarlofte.Cli -c Release -f net10.0 -r "$rid" -o "$out/cli" -v quiet --nologo
dotnet publish src/Medborgarlofte.Cli -c Release -f net10.0 -r "$rid" --self-contained false -o "$out/cli-fdd" -v quiet --nologo
# The command as `dotnet tool install` gives it: the RID-specific Medborgarlofte.Cli.Native (.NET 10 SDK) and
# the portable Medborgarlofte.Cli, each packed here and installed from its folder.
version=$(dotnet msbuild src/Medborgarlofte.Cli -getProperty:Version -p:Configuration=Release)
rm -rf "$out/native-packages" "$out/portable-packages" "$out/tool-native" "$out/tool-portable" "$out/tool-nuget"
dotnet pack src/Medborgarlofte.Cli -c Release -p:NativeToolPackage=true -p:RuntimeIdentifiers="$rid" \
  -p:ToolPackageRuntimeIdentifiers="$rid" -o "$out/native-packages" -v quiet --nologo
dotnet pack src/Medborgarlofte.Cli -c Release -o "$out/portable-packages" -v quiet --nologo
NUGET_PACKAGES="$PWD/$out/tool-nuget" dotnet tool install Medborgarlofte.Cli.Native --version "$version" \
  --tool-path "$out/tool-native" --add-source "$out/native-packages" > /dev/null
NUGET_PACKAGES="$PWD/$out/tool-nuget" dotnet tool install Medborgarlofte.Cli --version "$version" \
  --tool-path "$out/tool-portable" --add-source "$out/portable-packages" > /dev/null
echo '{}' > "$out/empty-object.json"

commands=(
  "$out/empty/empty"
  "$out/empty-composite/empty"
  "$out/cli/medborgarlofte --help"
  "$out/cli/medborgarlofte validate examples/bastad-2024.json"
  "$out/cli/medborgarlofte validate $out/empty-object.json"
  "$out/cli-fdd/medborgarlofte validate examples/bastad-2024.json"
  "$out/tool-native/medborgarlofte validate examples/bastad-2024.json"
  "$out/tool-portable/medborgarlofte validate examples/bastad-2024.json"
)
# A crashed process would look fast: each must first end with exit code 0 (valid) or 1 (findings).
for command in "${commands[@]}"; do
  code=0; ${command} > /dev/null 2>&1 || code=$?
  if (( code > 1 )); then echo "startup.sh: '${command}' ended with exit code ${code}" >&2; exit 1; fi
done
declare -A times
for _ in $(seq 1 "$runs"); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    ${commands[$i]} > /dev/null 2>&1 || true
    end=$(date +%s%N)
    times[$i]="${times[$i]:-} $(( (end - start) / 100000 ))"  # tenths of a millisecond
  done
done
empty=$(echo ${times[0]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
for i in "${!commands[@]}"; do
  median=$(echo ${times[$i]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  awk -v m="$median" -v e="$empty" -v c="${commands[$i]}" 'BEGIN {printf "%6.1f ms  %5.2f x empty  %s\n", m / 10, m / e, c}'
done
