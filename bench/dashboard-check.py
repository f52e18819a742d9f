#!/usr/bin/env python3
"""Compares the dashboard's figures from /api/v1/indicators (API_JSON) with those of the hand-written SQL
(SQL_JSON, from bench/SqlTimer.java): numerator and denominator of every computed indicator, and for
NEW_CLUBS_YEAR its year and the count of every year. Prints "yes" when every figure is equal, else one
line per difference; exit status 0 either way (the harness records the answer), 2 on unreadable input.

    python3 bench/dashboard-check.py API_JSON SQL_JSON
"""
import json
import sys


def main():
    try:
        api = json.load(open(sys.argv[1], encoding="utf-8"))
        sql = json.load(open(sys.argv[2], encoding="utf-8"))
    except (OSError, ValueError, IndexError) as e:
        print(f"cannot compare: {e}")
        sys.exit(2)
    diffs = []
    view = lambda plan, unit, as_of, units_of: f"plan {plan}, unit {unit}, as of {as_of}, units of {units_of}"
    api_view = view(api.get("planId"), api.get("unitId"), api.get("asOf"), api.get("unitsOf"))
    sql_view = view(sql.get("plan"), sql.get("unit"), sql.get("asOf"), sql.get("unitsOf"))
    if api_view != sql_view:
        diffs.append(f"view: API {api_view}, SQL {sql_view}")
    computed = {i["code"]: i for i in api["indicators"] if i.get("status") != "NO_DATA" and i.get("numerator") is not None}
    expected = sql["indicators"]
    for code in sorted(set(computed) | set(expected)):
        a, s = computed.get(code), expected.get(code)
        if a is None or s is None:
            diffs.append(f"{code}: only in the {'SQL' if a is None else 'API'}")
            continue
        for field in ("numerator", "denominator"):
            if a.get(field) != s.get(field):
                diffs.append(f"{code} {field}: API {a.get(field)}, SQL {s.get(field)}")
        if code == "NEW_CLUBS_YEAR":
            if a.get("year") != s.get("year"):
                diffs.append(f"{code} year: API {a.get('year')}, SQL {s.get('year')}")
            ay = {str(k): v for k, v in (a.get("perYear") or {}).items()}
            if ay != s.get("perYear"):
                diffs.append(f"{code} perYear: API {ay}, SQL {s.get('perYear')}")
    print("yes" if not diffs else "; ".join(diffs))


if __name__ == "__main__":
    main()
