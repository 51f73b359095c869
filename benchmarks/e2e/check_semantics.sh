#!/usr/bin/env bash
# Checks that the pandas pipeline reproduces the host's SLA semantics on the cases the generated files never have:
# 2,000 generated calls plus edge-calls.csv (bank holidays, London business hours in BST and after the October clock
# change, met exactly at the target and one second over, on-hold time, holds outside the call's life (not judged), an
# empty hold, a repeated id, resolved before logged, a hold ending before it starts, an unknown priority, a problem
# record, lower-case codes, a blank type). The host rejects four of those records, so its exit code 1 is expected.
# usage: benchmarks/e2e/check_semantics.sh   (after run.sh has built the Release binaries)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/kpicore-e2e-edges.XXXXXX")"
trap 'rm -rf "$work"' EXIT
dotnet "$here/Generator/bin/Release/net10.0/calls-generator.dll" --calls 2000 --out "$work/data" --data "$repo/samples/data" 2>/dev/null
cat "$here/edge-calls.csv" >> "$work/data/calls.csv"
rc=0
dotnet "$repo/samples/KpiCore.Sample/bin/Release/net10.0/kpicore-sample.dll" pack --no-terminal --data "$work/data" --out "$work/out" >"$work/host.log" 2>&1 || rc=$?
grep '^calls.csv: ' "$work/host.log"
[ "$rc" -eq 1 ] || { echo "check_semantics: the host exited $rc, expected 1 (rejected records)"; cat "$work/host.log"; exit 1; }
"$python" "$here/pandas_pipeline.py" "$work/data" "$work/pandas.csv"
"$python" "$here/compare.py" "$work/out/pack.csv" "$work/pandas.csv"
