#!/usr/bin/env python3
"""Checks the host's pack.csv against the pandas pipeline's figures, cell by cell; optionally DuckDB's volumes too.

usage: compare.py HOST_PACK_CSV PANDAS_CSV [DUCKDB_CSV]

Every service-desk cell the pandas pipeline computes (volumes per priority and in total, open at period end, % within
SLA per priority and overall) for each organisation, the combined "Shared service" and each month must be in the
host's pack with the same value: counts exactly, percentages as printed (the Display column, 2 decimals); the set of
cells must be the same on both sides. The DuckDB anchor's per-priority volumes must equal pandas' too. Prints the
mismatching cells and exits 1 on any mismatch.
"""

import csv
import sys

SECTION = "Service desk KPIs"


def read_host(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {(r["Organisation"], r["KPI"], r["Month"]): (r["Value"], r["Display"])
                for r in csv.DictReader(f) if r["Section"] == SECTION}


def read_pandas(path):
    with open(path, encoding="utf-8", newline="") as f:
        return {(r["organisation"], r["kpi"], r["month"]): (r["value"], r["display"]) for r in csv.DictReader(f)}


def main(host_path, pandas_path, duckdb_path=None):
    host = read_host(host_path)
    ours = read_pandas(pandas_path)
    kpis = {k[1] for k in ours}
    host = {k: v for k, v in host.items() if k[1] in kpis}
    problems = []
    for key in sorted(set(host) | set(ours)):
        if key not in host:
            problems.append(f"{key}: pandas {ours[key][1]}, not in the host's pack")
        elif key not in ours:
            problems.append(f"{key}: host {host[key][1]}, not computed by pandas")
        elif host[key][1] != ours[key][1] or (not host[key][1].endswith("%") and host[key][0] != ours[key][0]):
            problems.append(f"{key}: host {host[key][1]} ({host[key][0]}), pandas {ours[key][1]} ({ours[key][0]})")
    percent_cells = [k for k in ours if ours[k][1].endswith("%") and k in host]
    exact = sum(1 for k in percent_cells if float(host[k][0]) == float(ours[k][0]))
    organisations = sorted({k[0] for k in ours})
    print(f"compare: {len(ours)} cells ({', '.join(organisations)}; {len({k[2] for k in ours})} months): "
          f"{len(ours) - len(problems)} agree, {len(problems)} differ; "
          f"{exact} of {len(percent_cells)} percentages equal to the last bit")

    if duckdb_path:
        with open(duckdb_path, encoding="utf-8", newline="") as f:
            duck = {(r["organisation"], f"Volume of {r['priority']} Calls", r["month"]): r["calls"] for r in csv.DictReader(f)}
        volumes = {k: v[0] for k, v in ours.items() if k[1].startswith("Volume of ") and k[0] in duck_orgs(duck)}
        duck_in = {k: v for k, v in duck.items() if k[2] in {m[2] for m in volumes}}
        duck_problems = [f"{k}: duckdb {duck_in.get(k)}, pandas {volumes.get(k)}"
                         for k in sorted(set(volumes) | set(duck_in)) if duck_in.get(k, "0") != volumes.get(k, "0")]
        print(f"compare: duckdb volumes: {len(volumes) - len(duck_problems)} of {len(volumes)} agree with pandas")
        problems += ["duckdb " + p for p in duck_problems]

    for p in problems:
        print("MISMATCH " + p)
    if problems:
        print(f"compare: FAILED, {len(problems)} mismatching cells")
        return 1
    return 0


def duck_orgs(duck):
    return {k[0] for k in duck}


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__.split("\n\n")[1])
    sys.exit(main(*sys.argv[1:]))
