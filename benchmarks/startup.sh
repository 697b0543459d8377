#!/usr/bin/env bash
# Start-up of `medborgarlofte validate examples/bastad-2024.json` as a whole process, medians of N interleaved
# runs (default 21), beside two yardsticks: an empty framework-dependent app (`dotnet publish`, the way most .NET
# programs run) and an empty Native AOT app (the floor for a native program). The tool is packed and installed with
# `dotnet tool install` as users get it: Medborgarlofte.Cli.Native (Native AOT, this machine's runtime) and the
# portable Medborgarlofte.Cli (JIT). Targets (issue #26): native tool <= 0.5 x empty framework-dependent and
# <= 5 x empty Native AOT.
#   bash benchmarks/startup.sh [N]
# Not part of CI. The start-up table in docs/benchmarks.md comes from this script.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
out=artifacts/startup
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;; Darwin-arm64) rid=osx-arm64 ;; *) rid=win-x64 ;;
esac
mkdir -p "$out/empty-src"
cat > "$out/empty-src/empty.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
</Project>
XML
echo 'return 0;' > "$out/empty-src/Program.cs"
dotnet publish "$out/empty-src" -c Release -o "$out/empty-fdd" -v quiet --nologo
dotnet publish "$out/empty-src" -c Release -r "$rid" -p:PublishAot=true -o "$out/empty-aot" -v quiet --nologo

# The command as `dotnet tool install` gives it, each packed here and installed from its folder. The native
# tool's pointer package comes from one pack, its runtime package from a pack for this runtime (Native AOT does
# not cross-compile between operating systems).
version=$(dotnet msbuild src/Medborgarlofte.Cli -getProperty:Version -p:Configuration=Release)
rm -rf "$out/native-packages" "$out/portable-packages" "$out/tool-native" "$out/tool-portable" "$out/tool-nuget"
dotnet pack src/Medborgarlofte.Cli -c Release -p:NativeToolPackage=true -p:RuntimeIdentifiers="$rid" -o "$out/native-packages" -v quiet --nologo
dotnet pack src/Medborgarlofte.Cli -c Release -p:NativeToolPackage=true -p:RuntimeIdentifiers="$rid" -r "$rid" -o "$out/native-packages" -v quiet --nologo
dotnet pack src/Medborgarlofte.Cli -c Release -o "$out/portable-packages" -v quiet --nologo
NUGET_PACKAGES="$PWD/$out/tool-nuget" dotnet tool install Medborgarlofte.Cli.Native --version "$version" \
  --tool-path "$out/tool-native" --add-source "$out/native-packages" > /dev/null
NUGET_PACKAGES="$PWD/$out/tool-nuget" dotnet tool install Medborgarlofte.Cli --version "$version" \
  --tool-path "$out/tool-portable" --add-source "$out/portable-packages" > /dev/null

commands=(
  "$out/empty-fdd/empty"
  "$out/empty-aot/empty"
  "$out/tool-native/medborgarlofte validate examples/bastad-2024.json"
  "$out/tool-native/medborgarlofte --help"
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
    times[$i]="${times[$i]:-} $(( (end - start) / 10000 ))"  # hundredths of a millisecond
  done
done
median() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fdd=$(median "${times[0]}")
aot=$(median "${times[1]}")
printf '%9s  %8s  %8s  %s\n' median '÷ fdd' '÷ aot' command
for i in "${!commands[@]}"; do
  m=$(median "${times[$i]}")
  awk -v m="$m" -v f="$fdd" -v a="$aot" -v c="${commands[$i]}" 'BEGIN {printf "%6.2f ms  %7.2f x  %7.2f x  %s\n", m / 100, m / f, m / a, c}'
done
native=$(median "${times[2]}")
awk -v n="$native" -v f="$fdd" -v a="$aot" 'BEGIN {
  ok = (n <= 0.5 * f && n <= 5 * a);
  printf "native validate: %.2f x empty framework-dependent (target <= 0.5), %.2f x empty Native AOT (target <= 5): %s\n", n / f, n / a, ok ? "met" : "NOT met"
}'
