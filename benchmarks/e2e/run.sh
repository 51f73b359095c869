#!/usr/bin/env bash
# The whole-process benchmark of issue #12. For each N: generate N calls (plus the other default data files) into a
# temporary folder, then run, one after the other on that folder, the host's `pack --no-terminal` twice (the Release
# build run by `dotnet`, and the single-file executable an analyst without .NET gets, which is ReadyToRun), the
# pandas+numpy pipeline and the DuckDB ingestion-only query, each under GNU time (wall seconds, user + system
# CPU seconds, peak RSS), and check that the host's pack.csv and pandas agree cell by cell (and DuckDB's volumes
# with pandas'). Prints one Markdown table row per N and exits 1 on a mismatch, after printing the mismatching cells.
# check_semantics.sh beside it checks the pandas pipeline on edge cases the generated files do not have.
#
# usage: benchmarks/e2e/run.sh N [N...]        e.g. run.sh 1000000 2000000 10000000
# env:   SEED (default 12), PYTHON (default /usr/bin/python3, Debian's, with python3-pandas and python3-numpy),
#        TMPDIR (where the generated files go; each is deleted when its N is done)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
seed="${SEED:-12}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "$#" -eq 0 ]; then
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi

for n in "$@"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "run.sh: '$n' is not a number of calls" >&2; exit 2; }
done

[ -x /usr/bin/time ] || { echo "run.sh: needs GNU time: apt-get install -y time" >&2; exit 2; }
"$python" -c 'import pandas, numpy' 2>/dev/null \
    || { echo "run.sh: $python needs pandas and numpy: apt-get install -y python3-pandas python3-numpy" >&2; exit 2; }

build() {
    local log
    log="$(mktemp)"
    if ! dotnet build "$1" -c Release -nologo >"$log" 2>&1; then
        grep -E 'error|Error' "$log" | head -20 >&2
        rm -f "$log"
        echo "run.sh: building $1 failed" >&2
        exit 2
    fi
    rm -f "$log"
}

echo "==> building (Release): host, generator, DuckDB anchor"
build "$repo/samples/KpiCore.Sample"
build "$here/Generator"
build "$here/DuckDbAnchor"
host="$repo/samples/KpiCore.Sample/bin/Release/net10.0/kpicore-sample.dll"
generator="$here/Generator/bin/Release/net10.0/calls-generator.dll"
duckdb="$here/DuckDbAnchor/bin/Release/net10.0/duckdb-anchor.dll"

echo "==> machine"
lscpu | grep -E '^(Model name|CPU\(s\)|Thread\(s\) per core)' | sed 's/  */ /g'
echo "$(uname -srm); .NET SDK $(dotnet --version); $("$python" -c 'import sys, pandas, numpy; print(f"Python {sys.version.split()[0]}, pandas {pandas.__version__}, numpy {numpy.__version__}")'); DuckDB.NET.Data.Full 1.5.6.1"

work="$(mktemp -d "${TMPDIR:-/tmp}/kpicore-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "==> publishing the single-file host (linux-x64, self-contained, ReadyToRun)"
if ! dotnet publish "$repo/samples/KpiCore.Sample/KpiCore.Sample.csproj" -c Release -r linux-x64 --self-contained \
        -p:PublishSingleFile=true -o "$work/single" -nologo -v quiet >"$work/publish.log" 2>&1; then
    tail -20 "$work/publish.log" >&2
    echo "run.sh: publishing the single-file host failed" >&2
    exit 2
fi
single="$work/single/kpicore-sample"
export DOTNET_BUNDLE_EXTRACT_BASE_DIR="$work/bundle" # its first run extracts it here (not timed: the default data below)
"$single" pack --no-terminal --quiet --out "$work/warm" >/dev/null 2>&1 || true

# measure NAME STDOUT STDERR COMMAND...: runs the command under GNU time; sets seconds (wall), cpu (user + system)
# and peak_mb (peak RSS, MiB).
measure() {
    local name="$1" out="$2" err="$3"
    shift 3
    if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >"$out" 2>"$err"; then
        echo "run.sh: $name failed (exit code above the time line):" >&2
        cat "$work/time" >&2
        tail -20 "$err" >&2
        exit 1
    fi
    local kb user system
    read -r seconds kb user system < <(tail -1 "$work/time")
    peak_mb=$((kb / 1024))
    cpu="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.1f", u + s }')"
}

rows=()
status=0
for n in "$@"; do
    data="$work/data"
    out="$work/out"
    rm -rf "$data" "$out"
    echo
    echo "==> $n calls (seed $seed)"
    measure generator /dev/null "$work/generate.log" dotnet "$generator" --calls "$n" --out "$data" --data "$repo/samples/data" --seed "$seed"
    gen="$seconds s"
    bytes="$(stat -c %s "$data/calls.csv")"
    mb="$(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }')"
    echo "calls.csv: $mb MB, generated in $gen"
    load_before="$(uptime | sed 's/.*load average: //')"

    measure host "$work/host.out" "$work/host.err" dotnet "$host" pack --no-terminal --data "$data" --out "$out"
    host_cell="$seconds s ($cpu s CPU) / $peak_mb MB"
    echo "host pack:     $host_cell   ($(grep '^calls.csv:' "$work/host.err"))"

    # The single-file host writes into the same folder name (its messages name it), after the build's files are moved aside.
    mv "$out" "$work/out-build"
    measure single "$work/single.out" "$work/single.err" "$single" pack --no-terminal --data "$data" --out "$out"
    single_cell="$seconds s ($cpu s CPU) / $peak_mb MB"
    echo "host single-file: $single_cell"
    for f in "$work/out-build"/*; do
        cmp -s "$f" "$out/$(basename "$f")" || { echo "run.sh: the single-file host's $(basename "$f") differs from the build's" >&2; status=1; }
    done
    # The stage lines end in timings (`stage read calls.csv: ... in 6.1 s (1.6M records/s)`): compared without them.
    untimed() { sed -E '/^stage /s/[0-9][0-9.,]*[kM]?( records\/s| s)/N\1/g' "$1"; }
    if ! cmp -s <(untimed "$work/host.err") <(untimed "$work/single.err"); then
        echo "run.sh: the single-file host's messages differ from the build's:" >&2
        diff <(untimed "$work/host.err") <(untimed "$work/single.err") | head -20 >&2
        status=1
    fi

    measure pandas /dev/null "$work/pandas.err" "$python" "$here/pandas_pipeline.py" "$data" "$work/pandas.csv"
    pandas_cell="$seconds s ($cpu s CPU) / $peak_mb MB"
    echo "pandas:        $pandas_cell"

    measure duckdb "$work/duckdb.csv" "$work/duckdb.err" dotnet "$duckdb" "$data/calls.csv"
    duckdb_cell="$seconds s ($cpu s CPU) / $peak_mb MB"
    echo "duckdb:        $duckdb_cell"
    load_after="$(uptime | sed 's/.*load average: //')"
    echo "load average before: $load_before; after: $load_after"

    if "$python" "$here/compare.py" "$out/pack.csv" "$work/pandas.csv" "$work/duckdb.csv" >"$work/compare.log"; then
        agreement="$(sed -n 1p "$work/compare.log" | sed 's/^compare: //')"
        agree_cell="yes: $(echo "$agreement" | sed 's/ (.*)//; s/;.*//')"
        cat "$work/compare.log"
    else
        cat "$work/compare.log"
        agree_cell="**NO** (see above)"
        status=1
    fi

    rows+=("| $n | $mb | $host_cell | $single_cell | $pandas_cell | $duckdb_cell | $agree_cell | $load_before / $load_after |")
    rm -rf "$data" "$out" "$work/out-build"
done

echo
echo "| calls | calls.csv MB | host \`pack\` (dotnet build) wall (CPU) / peak RSS | host single-file (ReadyToRun) | pandas wall (CPU) / peak RSS | DuckDB wall (CPU) / peak RSS | host = pandas | load before / after |"
echo "|---:|---:|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ "$status" -ne 0 ]; then
    echo "run.sh: the host's and pandas' figures DISAGREE (MISMATCH lines above)" >&2
fi
exit "$status"
