#!/usr/bin/env bash
# Adds every public symbol that the build reports as undeclared (RS0016) to src/KpiCore/PublicAPI.Unshipped.txt,
# then sorts the file (keeping the #nullable header). Review the diff: that is the API change.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/KpiCore/PublicAPI.Unshipped.txt
# Branch merges use git's union driver for this file, which can leave duplicates: sort and de-duplicate first.
{ echo '#nullable enable'; grep -v -e '^#nullable enable$' -e '^$' "$file" | LC_ALL=C sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
for _ in 1 2 3; do
    out=$(dotnet build src/KpiCore/KpiCore.csproj -p:TreatWarningsAsErrors=false 2>&1 || true)
    new=$(printf '%s\n' "$out" | grep 'RS0016' | sed -n "s/.*Symbol '\(.*\)' is not part of the declared public API.*/\1/p" | sort -u || true)
    [ -z "$new" ] && break
    { tail -n +2 "$file"; printf '%s\n' "$new"; } | grep -v '^$' | LC_ALL=C sort -u > "$file.tmp"
    { echo '#nullable enable'; cat "$file.tmp"; } > "$file"
    rm -f "$file.tmp"
done
# Drop entries whose symbol no longer exists (RS0017).
out=$(dotnet build src/KpiCore/KpiCore.csproj -p:TreatWarningsAsErrors=false 2>&1 || true)
gone=$(printf '%s\n' "$out" | grep 'RS0017' | sed -n "s/.*Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" | sort -u || true)
if [ -n "$gone" ]; then
    grep -vxF -f <(printf '%s\n' "$gone") "$file" > "$file.tmp" || true
    mv "$file.tmp" "$file"
fi
echo "public API listing: $(($(wc -l < "$file") - 1)) entries"
