#!/usr/bin/env python3
"""Writes the units of a synthetic country, before and after a 2025-style reorganisation, as a CSV
that `java -jar ishc-manager.jar --import-units=FILE.csv` loads (format: UnitCsvImport.java).

The shape follows Viet Nam's 1 July 2025 reorganisation at a chosen scale (defaults ~ the real one):

* 63 old provinces: 11 stay as they are, 23 continue and absorb the other 29 (merged_into, one
  change per absorbing province, like Phú Yên into Đắk Lắk in the seed data);
* about 11 districts per old province (~700), all abolished on 1/7/2025 (legal_reference, no lineage);
* about 15 wards/communes per district (~10,400), all ended on 30/6/2025;
* about 3,400 new wards/communes under the 34 new provinces, each formed from 2-4 old ones of the
  same new province (formed_from), a few old ones split between two new ones, and a few of those
  splits crossing a province border (so that territory computations meet both cases).

Standard library only; deterministic for a given --seed. A JSON summary (--meta) names sample units
(by their unique names) for the benchmark to look up.
"""
import argparse
import csv
import json
import random
import sys

HEADER = ["key", "code", "name", "type", "parent", "valid_from", "valid_to", "formed_from",
          "merged_into", "change_kind", "legal_reference", "note"]

SYLLABLES = ["An", "Bình", "Hòa", "Tân", "Phú", "Thành", "Long", "Hưng", "Đông", "Tây", "Nam", "Bắc",
             "Phước", "Thạnh", "Mỹ", "Lợi", "Thuận", "Xuân", "Hiệp", "Quang", "Minh", "Sơn", "Lâm",
             "Trung", "Vĩnh", "Đức", "Khánh", "Hải", "Thắng", "Nhất", "Tiến", "Lập", "Cường", "Định"]

OLD_END = "2025-06-30"
NEW_START = "2025-07-01"
PROVINCE_ACT = "Nghị quyết 202/2025/QH15"


def name(rng, prefix, serial):
    """A Vietnamese-looking name, made unique by its serial number."""
    return f"{prefix} {rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)} {serial}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="CSV file to write")
    ap.add_argument("--meta", help="JSON summary to write (sample units, counts)")
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--old-provinces", type=int, default=63)
    ap.add_argument("--kept", type=int, default=11, help="old provinces left unchanged")
    ap.add_argument("--new-provinces", type=int, default=34)
    ap.add_argument("--districts", type=int, default=11, help="mean districts per old province")
    ap.add_argument("--communes", type=int, default=16, help="mean wards/communes per district")
    ap.add_argument("--split-share", type=float, default=0.02, help="share of old communes split in two")
    ap.add_argument("--cross-border-splits", type=int, default=20)
    a = ap.parse_args()

    if not (0 <= a.kept < a.new_provinces <= a.old_provinces):
        sys.exit("need 0 <= kept < new-provinces <= old-provinces")
    rng = random.Random(a.seed)
    rows = []
    serial = 0

    def nxt():
        nonlocal serial
        serial += 1
        return serial

    # Old provinces and what becomes of them.
    old_provinces = [f"P{i:02d}" for i in range(1, a.old_provinces + 1)]
    kept = old_provinces[:a.kept]
    continuing = old_provinces[a.kept:a.new_provinces]
    absorbed = old_provinces[a.new_provinces:]
    target_of = {p: continuing[i % len(continuing)] for i, p in enumerate(absorbed)}
    new_provinces = kept + continuing  # a kept or continuing province keeps its row (and key)
    members = {p: [p] for p in new_provinces}
    for p, t in target_of.items():
        members[t].append(p)

    province_name = {}
    for i, p in enumerate(old_provinces):
        municipality = i % 13 == 0
        province_name[p] = name(rng, "Thành phố" if municipality else "Tỉnh", nxt())
        row = {"key": p, "code": f"{i + 1:02d}", "name": province_name[p],
               "type": "MUNICIPALITY" if municipality else "PROVINCE"}
        if p in target_of:
            row.update(valid_to=OLD_END, merged_into=target_of[p], change_kind="MERGE",
                       legal_reference=PROVINCE_ACT, note=f"Nhập vào {target_of[p]}")
        rows.append(row)

    # Old districts and communes.
    communes_of = {p: [] for p in old_provinces}  # old commune keys, district by district
    code_of = {}
    district_count = commune_count = 0
    for p in old_provinces:
        for d in range(1, max(1, round(rng.gauss(a.districts, 2))) + 1):
            dk = f"{p}D{d:02d}"
            district_count += 1
            rows.append({"key": dk, "code": f"{p[1:]}{d:03d}", "name": name(rng, "Huyện", nxt()),
                         "type": rng.choice(["DISTRICT"] * 8 + ["TOWN", "CITY"]), "parent": p,
                         "valid_to": OLD_END, "legal_reference": PROVINCE_ACT,
                         "note": "Kết thúc hoạt động của đơn vị hành chính cấp huyện"})
            for c in range(1, max(2, round(rng.gauss(a.communes, 3))) + 1):
                ck = f"{dk}C{c:02d}"
                commune_count += 1
                kind = rng.choice(["COMMUNE"] * 6 + ["WARD"] * 3 + ["TOWNSHIP"])
                rows.append({"key": ck, "code": f"{commune_count + 10000:05d}",
                             "name": name(rng, {"COMMUNE": "Xã", "WARD": "Phường", "TOWNSHIP": "Thị trấn"}[kind],
                                          nxt()),
                             "type": kind, "parent": dk, "valid_to": OLD_END})
                communes_of[p].append(ck)
                code_of[ck] = f"{commune_count + 10000:05d}"

    # New wards/communes: consecutive old communes of the new province, 2-4 at a time.
    formed = []  # (new key, province, [old keys])
    for n, p in enumerate(new_provinces):
        olds = [c for m in members[p] for c in communes_of[m]]
        i = 0
        while i < len(olds):
            size = rng.choice([2, 3, 3, 3, 4])
            group = olds[i:i + size]
            i += size
            if len(group) < 2 and formed and formed[-1][1] == p:
                formed[-1][2].extend(group)  # no new unit from one old one: join the previous group
                continue
            formed.append((f"{p}N{len(formed) + 1:04d}", p, list(group)))
    # Splits inside a province: an old commune also gives part of its land to the next new unit.
    splits = 0
    for j in range(len(formed) - 1):
        if formed[j][1] == formed[j + 1][1] and rng.random() < a.split_share * 3:
            formed[j + 1][2].append(formed[j][2][-1])
            splits += 1
    # Splits across a border: the last old commune of one new province also goes to the first new
    # unit of the next province.
    cross = 0
    for j in range(len(formed) - 1):
        if cross >= a.cross_border_splits:
            break
        if formed[j][1] != formed[j + 1][1]:
            formed[j + 1][2].append(formed[j][2][-1])
            cross += 1
    province_act = {p: f"Nghị quyết {1600 + n}/NQ-UBTVQH15" for n, p in enumerate(new_provinces)}
    for key, p, olds in formed:
        kind = rng.choice(["COMMUNE"] * 7 + ["WARD"] * 3)
        rows.append({"key": key, "code": code_of[olds[0]], "name": name(rng, "Xã" if kind == "COMMUNE" else "Phường", nxt()),
                     "type": kind, "parent": p, "valid_from": NEW_START, "formed_from": "|".join(olds),
                     "change_kind": "MERGE", "legal_reference": province_act[p],
                     "note": f"Thành lập từ {len(olds)} đơn vị"})

    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in HEADER})

    # Samples for the benchmark: the largest new province, one of its new communes, an old district.
    big = max(new_provinces, key=lambda p: (len(members[p]), sum(len(communes_of[m]) for m in members[p])))
    big_formed = [f for f in formed if f[1] == big]
    sample_new = max(big_formed, key=lambda f: len(f[2]))
    by_key = {r["key"]: r for r in rows}
    meta = {
        "rows": len(rows),
        "old_provinces": len(old_provinces), "new_provinces": len(new_provinces),
        "kept_provinces": len(kept), "continuing_provinces": len(continuing),
        "absorbed_provinces": len(absorbed), "districts": district_count,
        "old_communes": commune_count, "new_communes": len(formed),
        "splits_inside_province": splits, "splits_across_border": cross,
        "sample_province": {"key": big, "name": province_name[big], "absorbed": members[big][1:],
                            "new_communes": len(big_formed),
                            "old_communes": sum(len(communes_of[m]) for m in members[big])},
        "sample_new_commune": {"key": sample_new[0], "name": by_key[sample_new[0]]["name"],
                               "formed_from": len(sample_new[2])},
        "sample_district": {"key": f"{big}D01", "name": by_key[f"{big}D01"]["name"]},
    }
    if a.meta:
        with open(a.meta, "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=2)
    print(json.dumps({k: v for k, v in meta.items() if not k.startswith("sample")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
