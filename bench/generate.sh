#!/usr/bin/env bash
# Fills a NEW database with realistic data at a scale factor, straight into the database (bulk COPY on
# PostgreSQL, CSVREAD on H2), deterministically from a seed. See docs/performance.md.
#
#   bash bench/generate.sh city     pg:ishc_bench_city
#   bash bench/generate.sh province pg:ishc_bench_province
#   bash bench/generate.sh country  pg:ishc_bench_country
#   bash bench/generate.sh city     h2:/tmp/ishc-city/ishc        (a new H2 file /tmp/ishc-city/ishc.mv.db)
#
# Arguments: SCALE (city | province | country), TARGET (pg:DATABASE, dropped and created afresh, whose
# name must start with ishc_bench; or h2:PATH, refused if PATH.mv.db exists), optional SEED (default 1336).
# Settings: GEN_TODAY (the day the data ends, default today), GEN_JAR (the application jar; default
# target/ishc-manager-*.jar, built with ./mvnw when missing), GEN_OUT (a directory to copy the summaries
# to: generated.json, and units.json for province and country), BENCH_PG_HOST/PORT/USER/PASSWORD.
#
# Steps: the application jar creates the schema (--migrate) or, for province and country, imports the
# synthetic units of bench/gen-units.py (--import-units, which migrates first); the wards and communes
# are exported; bench/generate.py writes one CSV per table; the files are loaded in one transaction and
# the identity columns moved past the ids written; for province and country, a national plan over all
# their wards and communes (step 5). Start the application on the database afterwards
# as bench-admin, bench-city, bench-ward, bench-club or bench-viewer, password "demo" (the city, ward
# and club of the first active club generated). ISHC_DEMO=true would add the demo data on top.
set -euo pipefail

SCALE=${1:?usage: generate.sh city|province|country pg:DATABASE|h2:PATH [SEED]}
TARGET=${2:?usage: generate.sh city|province|country pg:DATABASE|h2:PATH [SEED]}
SEED=${3:-1336}
TODAY=${GEN_TODAY:-$(date +%F)}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
export PGPASSWORD=${BENCH_PG_PASSWORD:-}

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { date +%s%3N; }

case "$SCALE" in city | province | country) ;; *) die "unknown scale '$SCALE' (city, province or country)" ;; esac

WORK=$(mktemp -d /tmp/ishc-generate.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

case "$TARGET" in
pg:*)
    KIND=pg
    DB=${TARGET#pg:}
    [[ "$DB" =~ ^ishc_bench[a-z0-9_]*$ ]] || die "the PostgreSQL database name must start with ishc_bench (it is dropped): '$DB'"
    URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
    psql_db() { psql -v ON_ERROR_STOP=1 -q -X -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" "$@"; }
    psql -v ON_ERROR_STOP=1 -q -X -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
        -c "drop database if exists $DB" -c "create database $DB" || die "cannot (re)create database $DB"
    ;;
h2:*)
    KIND=h2
    H2_PATH=$(realpath -m "${TARGET#h2:}")
    [ ! -e "$H2_PATH.mv.db" ] || die "$H2_PATH.mv.db exists; choose a new path"
    mkdir -p "$(dirname "$H2_PATH")"
    URL="jdbc:h2:file:$H2_PATH;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    ;;
*) die "TARGET must be pg:DATABASE or h2:PATH, not '$TARGET'" ;;
esac

JAR=${GEN_JAR:-$(ls "$ROOT"/target/ishc-manager-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then
    log "packaging the application (./mvnw -DskipTests package)"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package) >&2
    JAR=$(ls "$ROOT"/target/ishc-manager-*.jar | grep -v original | head -1)
fi
app() { (cd "$WORK" && ISHC_DB_URL="$URL" ISHC_DB_USER=${DB_USER:-} ISHC_DB_PASSWORD="${PGPASSWORD:-}" ISHC_DEMO=false \
    java -jar "$JAR" "$@") >"$WORK/app.log" 2>&1 || { tail -30 "$WORK/app.log" >&2; die "the application failed: $*"; }; }
if [ "$KIND" = pg ]; then DB_USER=$PG_USER; else DB_USER=sa; PGPASSWORD=""; fi

# H2's own tools (Shell, RunScript) from the application jar: the same H2 version as the application.
h2_sql() {
    [ -f "$WORK/h2.jar" ] || python3 - "$JAR" "$WORK/h2.jar" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
name = next(n for n in z.namelist() if n.startswith("BOOT-INF/lib/h2-") and n.endswith(".jar"))
open(sys.argv[2], "wb").write(z.read(name))
PY
    java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$URL" -user sa -script "$1" -showResults >"$WORK/h2.log" 2>&1 \
        || { tail -20 "$WORK/h2.log" >&2; die "H2 script $1 failed"; }
}

T0=$(now_ms)
# 1. Schema and units.
case "$SCALE" in
city)
    log "creating the schema (Buôn Ma Thuột's units come with it)"
    app --migrate
    ;;
province | country)
    if [ "$SCALE" = province ]; then
        # Two old provinces merged into one (like Đắk Lắk and Phú Yên): ~400 old and ~140 new wards/communes.
        UNIT_ARGS="--old-provinces 2 --kept 0 --new-provinces 1 --districts 12 --communes 15 --cross-border-splits 0"
    else
        UNIT_ARGS="" # the whole country: 63 -> 34 provinces, ~10,400 old and ~3,400 new wards/communes
    fi
    python3 "$BENCH_DIR/gen-units.py" --seed "$SEED" $UNIT_ARGS --out "$WORK/units-in.csv" --meta "$WORK/units.json" >&2
    log "creating the schema and importing $(python3 -c "import json; print(json.load(open('$WORK/units.json'))['rows'])") synthetic units"
    app --import-units="$WORK/units-in.csv"
    ;;
esac
T1=$(now_ms)

# 2. The wards and communes, for the generator.
UNITS_SQL="select id, type, valid_from, valid_to, name, parent_id from admin_unit where type in ('WARD', 'COMMUNE', 'TOWNSHIP') order by id"
if [ "$KIND" = pg ]; then
    psql_db -c "\\copy ($UNITS_SQL) to '$WORK/units.csv' csv header"
else
    printf "call csvwrite('%s', '%s', 'charset=UTF-8');\n" "$WORK/units.csv" "${UNITS_SQL//\'/\'\'}" >"$WORK/export.sql"
    h2_sql "$WORK/export.sql"
fi

# 3. The rows, as CSV.
log "generating $SCALE data (seed $SEED, up to $TODAY)"
python3 "$BENCH_DIR/generate.py" --scale "$SCALE" --seed "$SEED" --today "$TODAY" --units "$WORK/units.csv" \
    --out "$WORK/csv" >"$WORK/summary.json"
T2=$(now_ms)

CLUBS_GENERATED=$(python3 -c "import json; print(json.load(open('$WORK/summary.json'))['rows']['club'])")

# 4. Load, in one transaction, and move the identity columns past the ids written.
last_id() { python3 -c "import json; print(json.load(open('$WORK/summary.json'))['last_ids']['$1'])"; }
if [ "$KIND" = pg ]; then
    # The plain indexes and the foreign keys of the loaded tables are dropped for the load and made again
    # after it (one sort per index, one join per foreign key, instead of one index entry and one lookup per
    # row: at country scale tens of millions of ledger entries and attendance rows); primary keys and unique
    # indexes stay. All in the load's one transaction.
    TABLE_LIST=$(cut -d' ' -f1 "$WORK/csv/load-order.txt" | grep -v '^app_user$' | sed "s/.*/'&'::regclass/" | paste -sd,)
    {
        cat <<SQL
create temp table gen_redo (ord serial, ddl text);
insert into gen_redo (ddl) select pg_get_indexdef(i.indexrelid) from pg_index i
  where i.indrelid in ($TABLE_LIST) and not i.indisprimary and not i.indisunique;
insert into gen_redo (ddl) select format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname,
  pg_get_constraintdef(c.oid)) from pg_constraint c where c.contype = 'f' and c.conrelid in ($TABLE_LIST);
do \$\$ declare r record; begin
  for r in select i.indexrelid::regclass as ix from pg_index i
    where i.indrelid in ($TABLE_LIST) and not i.indisprimary and not i.indisunique loop
    execute format('drop index %s', r.ix);
  end loop;
  for r in select c.conrelid::regclass as t, c.conname from pg_constraint c
    where c.contype = 'f' and c.conrelid in ($TABLE_LIST) loop
    execute format('alter table %s drop constraint %I', r.t, r.conname);
  end loop;
end \$\$;
SQL
        while read -r table columns; do
            echo "\\copy $table ($columns) from '$WORK/csv/$table.csv' csv header"
        done <"$WORK/csv/load-order.txt"
        echo "do \$\$ declare r record; begin for r in select ddl from gen_redo order by ord loop execute r.ddl; end loop; end \$\$;"
        for t in club person membership fund_loan_product fund_loan fund_entry meeting; do
            echo "select setval(pg_get_serial_sequence('$t', 'id'), greatest($(last_id $t), (select coalesce(max(id), 1) from $t)));"
        done
        echo "select setval('fund_posting_seq', greatest($(last_id fund_posting_seq), 1));"
    } >"$WORK/load.sql"
    log "loading with COPY"
    psql_db -1 -f "$WORK/load.sql" >/dev/null
    T3=$(now_ms)
    psql_db -c "analyze"
else
    {
        echo "set autocommit false;"
        while read -r table columns; do
            echo "insert into $table ($columns) select * from csvread('$WORK/csv/$table.csv', null, 'charset=UTF-8');"
        done <"$WORK/csv/load-order.txt"
        for t in club person membership fund_loan_product fund_loan fund_entry meeting; do
            echo "alter table $t alter column id restart with $(($(last_id $t) + 1));"
        done
        echo "alter sequence fund_posting_seq restart with $(($(last_id fund_posting_seq) + 1));"
        echo "commit;"
    } >"$WORK/load.sql"
    log "loading with CSVREAD"
    h2_sql "$WORK/load.sql"
    T3=$(now_ms)
fi
# 5. Province and country: a plan over every ward and commune of the data (the city has the seeded
# Buôn Ma Thuột plan of V20), shaped like it: 2021-2025, the units of 1 January 2021, the same rules,
# targets for the whole scope, no roadmap. Not locked.
if [ "$SCALE" != city ]; then
    PLAN_NAME="Kế hoạch nhân rộng mô hình CLB Liên thế hệ tự giúp nhau toàn quốc đến năm 2025 (dữ liệu thử)"
    cat >"$WORK/plan.sql" <<SQL
insert into plan (name, legal_reference, period_start, period_end, units_date, members_min, members_max,
                  women_min_percent, women_max_percent, older_min_percent, older_max_percent, younger_min_percent,
                  younger_max_percent, older_age, borrowers_min_percent, fully_active_areas, fully_active_meetings, locked)
values ('$PLAN_NAME', 'bench/generate.sh', date '2021-01-01', date '2025-12-31', date '2021-01-01',
        50, 70, 60, 70, 60, 70, 30, 40, 60, 50, 8, 10, false);
insert into plan_unit (plan_id, unit_id)
select p.id, u.id from plan p, admin_unit u
where p.name = '$PLAN_NAME' and u.type in ('WARD', 'COMMUNE', 'TOWNSHIP', 'SPECIAL_ZONE')
  and (u.valid_from is null or u.valid_from <= date '2021-01-01')
  and (u.valid_to is null or u.valid_to >= date '2021-01-01');
insert into plan_target (plan_id, indicator, target_value)
select p.id, t.indicator, t.target_value from plan p,
  (values ('UNITS_WITH_CLUB', 100), ('NEW_CLUBS', $((CLUBS_GENERATED / 2))), ('NEW_CLUBS_YEAR', $((CLUBS_GENERATED / 10))),
          ('NEW_CLUB_MEMBERS', $((CLUBS_GENERATED * 25))), ('NEW_CLUB_OLDER_MEMBERS', $((CLUBS_GENERATED * 15))),
          ('OLD_CLUBS_MAINTAINED', 100), ('CLUBS_COMPOSITION_OK', 100), ('CLUBS_FULLY_ACTIVE_WELL_MANAGED', 70),
          ('MEMBERS_WITH_LOANS', 50), ('CLUBS_WITH_BOTH_FUNDS', 100), ('CLUBS_TRAINED_MONITORED', 100))
  as t (indicator, target_value)
where p.name = '$PLAN_NAME';
SQL
    log "adding the national plan"
    if [ "$KIND" = pg ]; then psql_db -1 -f "$WORK/plan.sql" >/dev/null; else h2_sql "$WORK/plan.sql"; fi
fi
T4=$(now_ms)

# GEN_OUT: a directory to keep the generator's summary (and the synthetic units' summary) in.
if [ -n "${GEN_OUT:-}" ]; then
    mkdir -p "$GEN_OUT"
    cp "$WORK/summary.json" "$GEN_OUT/generated.json"
    [ ! -f "$WORK/units.json" ] || cp "$WORK/units.json" "$GEN_OUT/units.json"
fi

python3 - "$WORK/summary.json" "$SCALE" "$TARGET" "$T0" "$T1" "$T2" "$T3" "$T4" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
t0, t1, t2, t3, t4 = (int(x) for x in sys.argv[4:9])
rows = s["rows"]
total = sum(rows.values())
print(f"{sys.argv[2]} into {sys.argv[3]} (seed {s['seed']}, up to {s['today']}): {s['units']} wards/communes")
for table, n in rows.items():
    print(f"  {table:<20} {n:>10,}")
print(f"  {'rows':<20} {total:>10,}")
print(f"  clubs by status {s['clubs_by_status']}, by cohort {s['clubs_by_cohort']}")
print(f"time: schema and units {(t1 - t0) / 1000:.1f} s, generating {(t2 - t1) / 1000:.1f} s, "
      f"loading {(t3 - t2) / 1000:.1f} s ({total / max((t3 - t2) / 1000, 0.001):,.0f} rows/s), "
      f"statistics {(t4 - t3) / 1000:.1f} s; in all {(t4 - t0) / 1000:.1f} s")
PY
