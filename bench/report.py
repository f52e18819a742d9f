#!/usr/bin/env python3
"""Prints the Markdown report of one benchmark run: python3 bench/report.py bench/results/<run>/"""
import csv
import json
import os
import statistics
import sys

SCENARIOS = {
    "h2-city": "City scale, embedded H2 file",
    "pg-city": "City scale, PostgreSQL",
    "pg-country": "Country scale (synthetic country), PostgreSQL",
}


def rows(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def other(cores):
    try:
        return f"**{cores}**" if float(cores) > 0.5 else cores
    except ValueError:
        return cores


def main():
    out = sys.argv[1]
    print(f"# ISHC Manager benchmark, run {os.path.basename(os.path.normpath(out))}\n")
    env = os.path.join(out, "env.txt")
    if os.path.exists(env):
        print("```")
        print(open(env, encoding="utf-8").read().rstrip())
        print("```\n")
    for key in SCENARIOS:
        gen = os.path.join(out, f"{key}-generate.txt")
        if os.path.exists(gen):
            print(f"Data of {key} (bench/generate.sh):\n\n```\n{open(gen, encoding='utf-8').read().rstrip()}\n```\n")
    meta_path = os.path.join(out, "generated-pg-country", "units.json")
    if os.path.exists(meta_path):
        m = json.load(open(meta_path, encoding="utf-8"))
        p = m["sample_province"]
        print(f"Country units: {m['rows']} ({m['old_provinces']} old provinces, "
              f"{m['absorbed_provinces']} of them absorbed into {m['continuing_provinces']}"
              f" that continue; {m['districts']} districts abolished; {m['old_communes']} old wards/communes "
              f"formed into {m['new_communes']} new ones, {m['splits_inside_province']} split inside a province and "
              f"{m['splits_across_border']} across a border). Sample province: {p['name']} (absorbed "
              f"{len(p['absorbed'])}, {p['old_communes']} old and {p['new_communes']} new wards/communes).\n")

    dashboard = rows(os.path.join(out, "dashboard.tsv"))
    if dashboard:
        print("## Dashboard against hand-written SQL\n")
        print("/api/v1/indicators for the root of the caller's scope, timed as single requests with curl on the"
              " warm application (median of the timed requests after 5 warm-up requests), against"
              " bench/dashboard-sql/dashboard.sql run on the same database by bench/SqlTimer.java (median of as"
              " many warm runs, the view's recording units worked out beforehand and not timed); *ratio* = app /"
              " SQL; *figures equal*: numerator and denominator of every computed indicator and the per-year"
              " counts of both, compared one by one.\n")
        print("On PostgreSQL the application's connections run with JIT compilation off (vn.ishc.shared."
              "DatabaseConfig), so the SQL is compared as it runs with JIT off for its session too; *SQL ms, JIT"
              " on* is the same SQL with the server's default (JIT on), to show what JIT would cost it. On H2"
              " there is no JIT.\n")
        print("| scenario | view | as | rows | app ms | SQL ms | ratio | figures equal | SQL ms, JIT on |")
        print("|---|---|---|--:|--:|--:|--:|---|--:|")
        for r in dashboard:
            no_jit = r.get("sql_no_jit_median_ms", "")
            sql, jit_on = (no_jit, r["sql_median_ms"]) if no_jit else (r["sql_median_ms"], "")
            try:
                ratio = f"{float(r['app_median_ms']) / float(sql):.2f}"
            except (ValueError, ZeroDivisionError):
                ratio = ""
            r["ratio_as_the_application_runs"] = ratio
            print(f"| {r['scenario']} | {r['view']} | {r['user']} | {r['rows']} | {r['app_median_ms']} | "
                  f"{sql} | {ratio} | {r['figures_equal']} | {jit_on} |")
        print()
        parts = rows(os.path.join(out, "dashboard-parts.tsv"))
        if parts:
            print("Parts of the hand-written SQL, each timed alone (bench/dashboard-sql/parts.sql), median ms:\n")
            names = list(dict.fromkeys(r["part"] for r in parts))
            print("| scenario | view | " + " | ".join(f"{i + 1}" for i in range(len(names))) + " |")
            print("|---|---|" + "--:|" * len(names))
            views = {}
            for r in parts:
                views.setdefault((r["scenario"], r["view"]), {})[r["part"]] = r["median_ms"]
            for (scenario, view), t in views.items():
                print(f"| {scenario} | {view} | " + " | ".join(t.get(n, "") for n in names) + " |")
            print()
            for i, n in enumerate(names):
                print(f"{i + 1}. {n}")
            print()

    results = rows(os.path.join(out, "results.tsv"))
    print("Latency in milliseconds; *app CPU/req* is the application's CPU time per request (user + system,"
          " from /proc), *other* the CPU cores busy outside the application during the run (wrk and any other"
          " process on the machine); **bold** marks a run during which more than half a core was busy elsewhere,"
          " i.e. the application did not have the machine to itself.\n")
    for key, title in SCENARIOS.items():
        rs = [r for r in results if r["scenario"] == key]
        if not rs:
            continue
        print(f"## {title}\n")
        print("| endpoint | as | conns | req/s | p50 | p95 | p99 | max | app CPU/req (ms) | errors | other cores |")
        print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
        for r in rs:
            if r["conns"] == "-":
                print(f"| {r['endpoint']} | {r['user']} | | | | | | | | {r['errors']} | |")
                continue
            print(f"| {r['endpoint']} | {r['user']} | {r['conns']} | {r['rps']} | {r['p50_ms']} | {r['p95_ms']} | "
                  f"{r['p99_ms']} | {r['max_ms']} | {r['app_cpu_ms_per_req']} | {r['errors']} | {other(r['other_cores'])} |")
        print()

    mem = rows(os.path.join(out, "memory.tsv"))
    if mem:
        print("## Memory after the load\n")
        print("| scenario | RSS (MiB) | peak RSS (MiB) | heap used (MiB) | heap committed (MiB) |"
              " live heap after full GC (MiB) | RSS after full GC (MiB) |")
        print("|---|--:|--:|--:|--:|--:|--:|")
        mib = lambda v, d=0: f"{int(v) / 1024:.{d}f}" if v else "?"
        for r in mem:
            print(f"| {r['scenario']} | {mib(r['rss_kb'])} | {mib(r['hwm_kb'])} | {mib(r['heap_used_kb'])} | "
                  f"{mib(r['heap_committed_kb'])} | {mib(r['heap_live_after_gc_kb'], 1)} | {mib(r['rss_after_gc_kb'])} |")
        print()

    imports = rows(os.path.join(out, "imports.tsv"))
    if imports:
        print("## Member import\n")
        print("An .xlsx member list (bench/gen-members-xlsx.py, every row valid) imported as bench-ward through the"
              " screens into a new club: upload, preview page, commit, each one HTTP request timed with curl;"
              " medians of the successful repetitions (after one uncounted warm-up import), *rows/s* = rows / (upload"
              " + preview + commit).\n")
        print("| scenario | rows | upload (s) | preview (s) | commit (s) | total (s) | rows/s | ok / runs |")
        print("|---|--:|--:|--:|--:|--:|--:|--:|")
        groups = {}
        for r in imports:
            if r["repetition"] == "0":
                continue  # the warm-up import
            groups.setdefault((r["scenario"], int(r["rows"])), []).append(r)
        med = lambda rs, k, f: f.format(statistics.median(float(r[k]) for r in rs)) if rs else ""
        for (scenario, n), rs in groups.items():
            ok = [r for r in rs if r["status"] == "ok"]
            print(f"| {scenario} | {n} | {med(ok, 'upload_s', '{:.2f}')} | {med(ok, 'preview_s', '{:.2f}')} | "
                  f"{med(ok, 'commit_s', '{:.2f}')} | {med(ok, 'total_s', '{:.2f}')} | {med(ok, 'rows_per_s', '{:.0f}')} | "
                  f"{len(ok)} / {len(rs)} |")
        failed = [r for r in imports if r["status"] != "ok" and r["repetition"] != "0"]
        for r in failed:
            print(f"\n- {r['scenario']}, {r['rows']} rows, repetition {r['repetition']}: {r['status']}")
        print()

    probes = rows(os.path.join(out, "probes.tsv"))
    if probes:
        print("## Single-request probes\n")
        print("| scenario | probe | median | min | max | n |")
        print("|---|---|--:|--:|--:|--:|")
        groups = {}
        for r in probes:
            groups.setdefault((r["scenario"], r["probe"], r["unit"]), []).append(r["value"])
        for (scenario, probe, unit), values in groups.items():
            try:
                nums = [float(v) for v in values]
            except ValueError:
                print(f"| {scenario} | {probe} | {' '.join(values)} | | | {len(values)} |")
                continue
            if unit == "s":
                fmt = lambda v: f"{v * 1000:.0f} ms"
            else:
                fmt = lambda v: f"{v:g} {unit}"
            print(f"| {scenario} | {probe} | {fmt(statistics.median(nums))} | {fmt(min(nums))} | {fmt(max(nums))} | "
                  f"{len(nums)} |")
        print()


def write_json(out):
    """Everything the run measured, as one JSON document beside the TSV files (results.json)."""
    doc = {"run": os.path.basename(os.path.normpath(out))}
    env = os.path.join(out, "env.txt")
    if os.path.exists(env):
        doc["environment"] = dict(line.split(": ", 1) for line in open(env, encoding="utf-8").read().splitlines()
                                  if ": " in line and not line.startswith(" "))
    for name in ("results", "memory", "imports", "probes", "dashboard", "dashboard-parts"):
        doc[name] = rows(os.path.join(out, name + ".tsv"))
    for key in SCENARIOS:
        gen = os.path.join(out, f"generated-{key}", "generated.json")
        if os.path.exists(gen):
            doc.setdefault("generated", {})[key] = json.load(open(gen, encoding="utf-8"))
    with open(os.path.join(out, "results.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
    write_json(sys.argv[1])
