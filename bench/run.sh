#!/usr/bin/env bash
# ISHC Manager benchmark: throughput and latency (p50/p95/p99, errors) of the main API calls and pages
# under concurrent clients, start-up time, resident memory and heap, and the member import, on data
# from bench/generate.sh (no demo data):
#
#   bash bench/run.sh            city scale (50 clubs, ~3,000 members) on the embedded H2 file and on
#                                PostgreSQL; under 10 minutes on the 2-core machine
#   bash bench/run.sh country    country scale (~15,400 units, 10,000 clubs, ~585,000 members) on
#                                PostgreSQL, generated first (about 11 minutes), with a national plan
#
# In every scenario the dashboard (/api/v1/indicators for the root of the caller's scope, units of the date
# and the plan's units) is timed as single HTTP requests and against the hand-written SQL of
# bench/dashboard-sql/ run on the same database by bench/SqlTimer.java; the figures of both must be equal
# (dashboard.tsv, "Dashboard against hand-written SQL" in the report).
#
# Writes raw results to bench/results/<UTC timestamp>/ (gitignored) and prints a Markdown report.
# Only talks to 127.0.0.1; every loop is bounded in count and time; the application is stopped on exit.
#
# Settings (environment):
#   BENCH_DURATION  seconds measured per endpoint and connection count (default 4)
#   BENCH_CONNS     concurrent clients of the city load runs (default "1 50")
#   BENCH_WARMUP    seconds of warm-up per endpoint, with 8 connections (default 2)
#   BENCH_PORT      first port tried for the application (default 18080; the next 99 are tried too)
#   BENCH_DEADLINE  seconds after which remaining measurements are skipped (default 585 for city, 1500
#                   for country)
#   BENCH_SKIP_H2=1 / BENCH_SKIP_PG=1   leave a city scenario out
#   BENCH_ONLY      run only some measurements (no other load runs): "import" (member import, city),
#                   "reload" (graph-reload probe, PostgreSQL), "dashboard" (the dashboard against the
#                   hand-written SQL; at country scale with its load runs), "sheet" (the meeting sheet: GET
#                   and saves of new meetings, every scenario), "periodic" (the year report of the city, or
#                   at country scale of the sample province, as .xlsx and PDF), e.g. BENCH_ONLY="import reload";
#                   default: everything
#   BENCH_SHEET_DURATION / BENCH_SHEET_WARMUP / BENCH_SHEET_CLUBS   the sheet save: seconds per connection
#                   count (default 10), seconds of warm-up with 4 clients (default 8), clubs rotated (default 30)
#   BENCH_SOAK_SECONDS   "soak" (only with BENCH_ONLY=soak): seconds of the soak per scenario (default 600),
#                   BENCH_SOAK_SECONDS_PG for the PostgreSQL scenario (default the same), BENCH_SOAK_RATE
#                   requests per second (default 9: one of each kind of the mix, bench/soak.py),
#                   BENCH_SOAK_WARMUP seconds of the mix before (default 30), BENCH_SOAK_CLUBS clubs written
#                   to (default 5); BENCH_PG_DB defaults to ishc_bench_soak then
#   BENCH_DASHBOARD_RUNS   timed requests, and timed SQL runs, per dashboard view (default 10; 5 warm-up each)
#   BENCH_IMPORT_SIZES / BENCH_IMPORT_REPEAT   member import: rows per file (default "10000") and
#                   imports per size, each into a new club (default 2)
#   BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER, BENCH_PG_PASSWORD   PostgreSQL (default 127.0.0.1:5432,
#                   postgres, empty)
#   BENCH_PG_DB, BENCH_PG_DB_COUNTRY   the databases of the city and country scenarios (default ishc_bench
#                   and ishc_bench_country; names must start with ishc_bench): DROPPED and recreated
#   BENCH_SOURCE    what is measured: head (default: the committed code, packaged privately), worktree
#                   (the working tree, packaged privately) or target (target/*.jar; packaged if missing)
#   JAVA_OPTS       JVM options of the application (default: those docs/operations.md recommends,
#                   "-Xmx256m -XX:+UseSerialGC" for city and "-Xmx1g" for country; "none" for the JVM's
#                   own defaults)
#   BENCH_CDS       1 (default): start the application as docs/operations.md recommends, from the
#                   extracted jar with a class data sharing archive made by a training run; 0: java -jar.
#                   Either way one start of the plain jar is timed too (pg-city and pg-country).
set -euo pipefail

SCALE=${1:-city}
case "$SCALE" in city | country) ;; *) echo "usage: bash bench/run.sh [city|country]" >&2; exit 2 ;; esac
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
DURATION=${BENCH_DURATION:-4}
CONNS=${BENCH_CONNS:-1 50}
WARMUP=${BENCH_WARMUP:-2}
FIRST_PORT=${BENCH_PORT:-18080}
if [ "$SCALE" = city ]; then DEADLINE=${BENCH_DEADLINE:-585}; else DEADLINE=${BENCH_DEADLINE:-1500}; fi
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
PG_PASSWORD=${BENCH_PG_PASSWORD:-}
PG_DB=${BENCH_PG_DB:-ishc_bench}
ONLY=${BENCH_ONLY:-}
# The soak runs on its own database, so that it never collides with a benchmark run beside it.
[ -n "${BENCH_PG_DB:-}" ] || [[ " $ONLY " != *" soak "* ]] || PG_DB=ishc_bench_soak
case $PG_DB in ishc_bench*) ;; *) echo "BENCH_PG_DB must start with ishc_bench" >&2; exit 2 ;; esac
PG_DB_COUNTRY=${BENCH_PG_DB_COUNTRY:-ishc_bench_country}
DASHBOARD_RUNS=${BENCH_DASHBOARD_RUNS:-10}
if [ "$SCALE" = city ]; then JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}; else JAVA_OPTS=${JAVA_OPTS:--Xmx1g}; fi
[ "$JAVA_OPTS" != none ] || JAVA_OPTS=""
# The soak attributes the process's memory to the JVM's parts (heap, code, metaspace, threads, ...): native
# memory tracking, summary level (a few per cent of overhead), sampled with memory() below.
# The heap is touched whole at the start (AlwaysPreTouch), so that RSS does not grow as the collector first
# uses pages it had committed (up to -Xmx): what grows then is memory the application keeps or native memory.
[[ " $ONLY " != *" soak "* ]] || JAVA_OPTS="$JAVA_OPTS -XX:NativeMemoryTracking=summary -XX:+AlwaysPreTouch"
CDS=${BENCH_CDS:-1}
IMPORT_SIZES=${BENCH_IMPORT_SIZES:-10000}
IMPORT_REPEAT=${BENCH_IMPORT_REPEAT:-2}
START=$(date +%s)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$BENCH_DIR/results/$STAMP-$SCALE"
WORK=$(mktemp -d /tmp/ishc-bench.XXXXXX)
CLK_TCK=$(getconf CLK_TCK)
APP_PID=""
BASE=""
SCENARIO=""

mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
MEMORY="$OUT/memory.tsv"
PROBES="$OUT/probes.tsv"
IMPORTS="$OUT/imports.tsv"
DASHBOARD="$OUT/dashboard.tsv"
DASHBOARD_PARTS="$OUT/dashboard-parts.tsv"
printf 'scenario\tendpoint\tpath\tuser\tconns\trequests\trps\tp50_ms\tp90_ms\tp95_ms\tp99_ms\tmax_ms\terrors\tavg_bytes\tapp_cores\tother_cores\tapp_cpu_ms_per_req\tloadavg1\n' >"$RESULTS"
printf 'scenario\tlabel\trss_kb\thwm_kb\theap_used_kb\theap_committed_kb\theap_live_after_gc_kb\trss_after_gc_kb\n' >"$MEMORY"
printf 'scenario\tprobe\trepetition\tvalue\tunit\n' >"$PROBES"
printf 'scenario\tview\tuser\tpath\tapp_median_ms\tapp_min_ms\tapp_max_ms\tapp_n\tsql_median_ms\tsql_min_ms\tsql_max_ms\tsql_n\tratio\tfigures_equal\trows\trecording_units\tsql_no_jit_median_ms\n' >"$DASHBOARD"
printf 'scenario\tview\tpart\tmedian_ms\tmin_ms\tmax_ms\n' >"$DASHBOARD_PARTS"
printf 'scenario\trows\trepetition\tclub\tupload_s\tpreview_s\tcommit_s\ttotal_s\trows_per_s\tmembers_after\tstatus\n' >"$IMPORTS"

log() { printf '[bench %s +%ss] %s\n' "$(date -u +%H:%M:%S)" "$(($(date +%s) - START))" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
time_left() { echo $((DEADLINE - ($(date +%s) - START))); }
wanted() { [ -z "$ONLY" ] || [[ " $ONLY " == *" $1 "* ]]; } # PART: is it measured in this run (BENCH_ONLY)?

stop_pid() { # PID: TERM, wait up to 30 s, then KILL; only ever the processes this script started
    local pid=$1 i
    [ -n "$pid" ] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

stop_app() {
    if [ -n "$APP_PID" ]; then
        log "stopping the application (pid $APP_PID)"
        stop_pid "$APP_PID"
        APP_PID=""
    fi
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_app
    rm -rf "$WORK"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------
# Prerequisites

if ! command -v wrk >/dev/null; then
    log "wrk is missing: installing it from Debian's packages"
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y wrk >/dev/null 2>&1; } || true
    else
        sudo -n apt-get install -y wrk >/dev/null 2>&1 || true
    fi
    command -v wrk >/dev/null || die "wrk could not be installed (apt-get install -y wrk)"
fi
for tool in java javac jcmd curl python3; do command -v "$tool" >/dev/null || die "$tool is missing"; done

# What is measured (BENCH_SOURCE):
#   head (default)  the committed code: HEAD exported with `git archive` and packaged in a private
#                   directory, so neither a colleague's half-finished edits nor a stale target/ jar are
#                   measured, and target/ (which someone may be running) is never overwritten;
#   worktree        the working tree as it is now (a private copy of it, packaged the same way);
#   target          target/*.jar as it is (packaged in place with ./mvnw if missing).
SOURCE=${BENCH_SOURCE:-head}
if [ "$SOURCE" = head ] && ! git -C "$ROOT" rev-parse --verify -q HEAD >/dev/null 2>&1; then
    log "no git HEAD here: measuring target/*.jar instead"
    SOURCE=target
fi
package_private() { # copies the sources into $WORK/build (by the command given) and packages them there
    mkdir -p "$WORK/build"
    "$@" | tar -C "$WORK/build" -xf - || die "could not copy the sources to build them"
    # The format check is a commit gate, not a build step: it must not stop a benchmark.
    (cd "$WORK/build" && timeout 900 sh ./mvnw -q -Dmaven.test.skip=true -Dspotless.check.skip=true package) \
        >"$OUT/package.log" 2>&1 || die "packaging failed, see $OUT/package.log"
    JAR=$(ls "$WORK"/build/target/ishc-manager-*.jar | grep -v -- '-plain\.jar$' | head -1)
}
case $SOURCE in
    head)
        log "packaging the committed code (HEAD $(git -C "$ROOT" rev-parse --short HEAD)) in a private directory"
        package_private git -C "$ROOT" archive --format=tar HEAD
        JAR_ORIGIN="git HEAD $(git -C "$ROOT" rev-parse --short HEAD), packaged by this run"
        ;;
    worktree)
        log "packaging a private copy of the working tree"
        package_private tar -C "$ROOT" --exclude=./target --exclude=./data --exclude=./bench/results --exclude=./.git -cf - .
        JAR_ORIGIN="working tree (based on $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)), packaged by this run"
        ;;
    target)
        JAR=$(ls "$ROOT"/target/ishc-manager-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
        JAR_ORIGIN="target/ as found"
        if [ -z "$JAR" ]; then
            log "packaging the application (no jar in target/)"
            (cd "$ROOT" && timeout 900 ./mvnw -q -DskipTests -Dspotless.check.skip=true package) >"$OUT/package.log" 2>&1 \
                || die "packaging failed, see $OUT/package.log"
            JAR=$(ls "$ROOT"/target/ishc-manager-*.jar | grep -v -- '-plain\.jar$' | head -1)
            JAR_ORIGIN="target/, packaged by this run"
        fi
        ;;
    *) die "BENCH_SOURCE must be head, worktree or target" ;;
esac
# A private copy, so that a concurrent `mvn clean` or rebuild cannot pull the jar away mid-run.
cp "$JAR" "$WORK/app.jar"
# The deployment docs/operations.md recommends: the jar extracted (no nested jars to open at start) and a
# class data sharing archive of the classes a start loads, written by a training run that starts the
# application on an empty in-memory database and exits once the context is up.
APP_START=(-jar "$WORK/app.jar")
START_HOW="java -jar"
if [ "$CDS" = 1 ]; then
    log "extracting the jar and writing its class data sharing archive (training run)"
    java -Djarmode=tools -jar "$WORK/app.jar" extract --destination "$WORK/ext" >"$OUT/cds-training.log" 2>&1 \
        || die "extracting the jar failed, see $OUT/cds-training.log"
    (cd "$WORK/ext" && ISHC_DEMO=false ISHC_DB_URL="jdbc:h2:mem:cds;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        timeout 300 java $JAVA_OPTS -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar app.jar) \
        >>"$OUT/cds-training.log" 2>&1 || true
    [ -s "$WORK/ext/app.jsa" ] || die "the training run wrote no archive, see $OUT/cds-training.log"
    APP_START=(-XX:SharedArchiveFile="$WORK/ext/app.jsa" -jar "$WORK/ext/app.jar")
    START_HOW="extracted jar, CDS archive"
fi
# The JDBC drivers of that jar, and bench/SqlTimer.java compiled once, for the hand-written SQL.
mkdir -p "$WORK/jdbc" "$WORK/sqltimer"
python3 - "$WORK/app.jar" "$WORK/jdbc" <<'PY'
import os, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    base = os.path.basename(n)
    if n.startswith("BOOT-INF/lib/") and (base.startswith("h2-") or base.startswith("postgresql-")) and base.endswith(".jar"):
        open(os.path.join(sys.argv[2], base), "wb").write(z.read(n))
PY
SQLTIMER_CP="$WORK/sqltimer:$(ls "$WORK"/jdbc/*.jar | tr '\n' ':')"
javac -d "$WORK/sqltimer" "$BENCH_DIR/SqlTimer.java" || die "bench/SqlTimer.java does not compile"

export PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=$PG_USER PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 PGCLIENTENCODING=UTF8
PG_OK=0
if [ "${BENCH_SKIP_PG:-0}" != 1 ] && command -v psql >/dev/null && psql -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    PG_OK=1
fi

{
    echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "host: $(uname -srm), $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "java: $(java -version 2>&1 | sed -n 2p)"
    echo "java_opts: ${JAVA_OPTS:-(none)}; started as: java ${APP_START[*]/$WORK/\$WORK}"
    echo "jvm_defaults: $(java $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2=="MaxHeapSize" {printf "MaxHeapSize=%d MiB ", $4/1048576} $2=="UseG1GC" && $4=="true" {printf "G1GC "} $2=="UseSerialGC" && $4=="true" {printf "SerialGC "}')"
    echo "wrk: $(wrk -v 2>&1 | head -1)"
    echo "postgresql: $([ $PG_OK = 1 ] && psql -d postgres -Atqc 'show server_version' || echo unavailable)"
    echo "jar: $(basename "$JAR") built $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ), from $JAR_ORIGIN"
    echo "git: HEAD $(git -C "$ROOT" log -1 --format='%h %cd %s' --date=iso 2>/dev/null | cut -c1-110)"
    echo "duration_s: $DURATION per endpoint and connection count; warmup_s: $WARMUP"
    echo "only: ${ONLY:-(everything)}; member import: sizes $IMPORT_SIZES, $IMPORT_REPEAT times each"
    echo "loadavg_at_start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "busiest_processes_at_start:"
    ps -eo pid,pcpu,rss,comm --sort=-pcpu | head -6 | sed 's/^/  /'
} >"$OUT/env.txt"
cat "$OUT/env.txt" >&2

# ---------------------------------------------------------------------------------------------------
# The application

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local p
    for p in $(seq "$FIRST_PORT" $((FIRST_PORT + 99))); do
        if port_free "$p"; then echo "$p"; return 0; fi
    done
    return 1
}

start_app() { # SCENARIO DB_URL DB_USER DB_PASSWORD
    local name=$1 url=$2 user=$3 password=$4 port i
    port=$(free_port) || die "no free port in $FIRST_PORT..$((FIRST_PORT + 99))"
    mkdir -p "$WORK/$name"
    log "starting the application for '$name' on port $port"
    local t0; t0=$(date +%s%N)
    # exec: $! is the JVM itself, so it is the one process stopped at the end.
    (cd "$WORK/$name" && exec env ISHC_DEMO=false ISHC_DB_URL="$url" ISHC_DB_USER="$user" ISHC_DB_PASSWORD="$password" \
        java $JAVA_OPTS "${APP_START[@]}" --server.port="$port") >"$OUT/$name-app.log" 2>&1 &
    APP_PID=$!
    BASE="http://127.0.0.1:$port"
    for i in $(seq 1 900); do
        kill -0 "$APP_PID" 2>/dev/null || die "the application exited during start-up, see $OUT/$name-app.log"
        # Readiness turns UP only after the start-up runners have finished.
        if curl -sf --max-time 2 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
            local spring wall
            wall=$(python3 -c "print(round(($(date +%s%N) - $t0) / 1e9, 2))")
            spring=$(grep -o 'Started IshcApplication in [0-9.]* seconds' "$OUT/$name-app.log" | grep -o '[0-9.]*' | head -1 || true)
            log "ready after $wall s (Spring: started in ${spring:-?} s)"
            printf '%s	start-up (%s): launch to ready (wall, polled every 0.2 s)	1	%s	s
' "$SCENARIO" "$START_HOW" "$wall" >>"$PROBES"
            printf '%s	start-up (%s): Spring Boot "started in"	1	%s	s
' "$SCENARIO" "$START_HOW" "${spring:-}" >>"$PROBES"
            return 0
        fi
        sleep 0.2
    done
    die "the application did not become ready within 180 s"
}

# With BENCH_CDS=1, one start of the plain jar (java -jar, same JVM options) on the scenario's database,
# timed and stopped again, so the report has both start-up figures.
plain_start_probe() { # DB_URL DB_USER DB_PASSWORD
    [ "$CDS" = 1 ] || return 0
    local saved=("${APP_START[@]}") how=$START_HOW
    APP_START=(-jar "$WORK/app.jar")
    START_HOW="java -jar"
    start_app "$SCENARIO-plain-jar" "$@"
    stop_app
    APP_START=("${saved[@]}")
    START_HOW=$how
}

api() { # USER PATH -> body (demo password)
    curl -sf --max-time 30 -u "$1:demo" -H 'Accept: application/json' "$BASE$2"
}

login_session() { # USER -> "SESSION=..." after a form login
    local jar="$WORK/cookies-$1-$SCENARIO" token
    rm -f "$jar"
    token=$(curl -s --max-time 10 -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    [ -n "$token" ] || die "no CSRF token on the login page"
    curl -s --max-time 10 -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" \
        --data-urlencode "password=demo" --data-urlencode "_csrf=$token" "$BASE/login"
    awk '$6 == "SESSION" {s = $7} END {if (s != "") print "SESSION=" s}' "$jar"
}

cpu_snapshot() { # -> "wall_ns busy_ticks app_ticks"
    local busy app
    busy=$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat)
    app=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat" 2>/dev/null || echo 0)
    echo "$(date +%s%N) $busy $app"
}

# measure ENDPOINT_LABEL PATH AUTH [CONNS]
#   AUTH: "basic:USER", "cookie:SESSION=..." (a page) or "none"; CONNS default $CONNS (BENCH_CONNS).
measure() {
    local label=$1 path=$2 auth=$3 conns=${4:-$CONNS} user="" cookie="" accept="application/json" c threads code size
    local raw snap0 snap1 json
    case $auth in
        basic:*) user=${auth#basic:} ;;
        cookie:*) cookie=${auth#cookie:}; accept="text/html"; user="(session)" ;;
        none) user="-" ;;
    esac
    local n_conns; n_conns=$(wc -w <<<"$conns")
    if [ "$(time_left)" -lt $((WARMUP + n_conns * (DURATION + 2) + 10)) ]; then
        log "SKIPPED (deadline): $label"
        printf '%s\t%s\t%s\t%s\t-\t0\t\t\t\t\t\t\tskipped (deadline)\t\t\t\t\t\n' "$SCENARIO" "$label" "$path" "$user" >>"$RESULTS"
        return 0
    fi
    local curl_auth=()
    [ -n "$cookie" ] && curl_auth=(-H "Cookie: $cookie")
    [ "$auth" != "${auth#basic:}" ] && curl_auth=(-u "${auth#basic:}:demo")
    local post=()
    [ -z "${BENCH_BODY:-}" ] || post=(-X POST -H 'Content-Type: application/json' --data "$BENCH_BODY")
    read -r code size < <(curl -s --max-time 60 -o /dev/null -w '%{http_code} %{size_download}\n' \
        -H "Accept: $accept" "${curl_auth[@]}" "${post[@]}" "$BASE$path" || echo "000 0")
    if [ "$code" != 200 ] && [ "$code" != 201 ]; then
        log "NOT MEASURED: $label answers HTTP $code"
        printf '%s\t%s\t%s\t%s\t-\t0\t\t\t\t\t\t\tHTTP %s\t\t\t\t\t\n' "$SCENARIO" "$label" "$path" "$user" "$code" >>"$RESULTS"
        return 0
    fi
    log "measuring $label ($path, $size bytes) as $user"
    local envs=(BENCH_ACCEPT="$accept" BENCH_BODY="${BENCH_BODY:-}")
    [ -n "$cookie" ] && envs+=(BENCH_COOKIE="$cookie")
    [ "$auth" != "${auth#basic:}" ] && envs+=(BENCH_USER="${auth#basic:}")
    env "${envs[@]}" timeout $((WARMUP + 30)) wrk -t2 -c8 -d"${WARMUP}s" --timeout 10s -s "$BENCH_DIR/wrk-auth.lua" "$BASE$path" >/dev/null 2>&1 || true
    for c in $conns; do
        threads=$((c < 2 ? 1 : 2))
        raw="$OUT/wrk-$SCENARIO-$(echo "$label" | tr -c 'A-Za-z0-9' '_' | cut -c1-60)-c$c.txt"
        snap0=$(cpu_snapshot)
        env "${envs[@]}" timeout $((DURATION + 30)) wrk -t"$threads" -c"$c" -d"${DURATION}s" --timeout 10s --latency \
            -s "$BENCH_DIR/wrk-auth.lua" "$BASE$path" >"$raw" 2>&1 || true
        snap1=$(cpu_snapshot)
        json=$(sed -n 's/^BENCH_JSON //p' "$raw" | tail -1)
        if [ -z "$json" ]; then
            log "wrk gave no result for $label with $c connections (see $raw)"
            printf '%s\t%s\t%s\t%s\t%s\t0\t\t\t\t\t\t\twrk failed\t\t\t\t\t\n' "$SCENARIO" "$label" "$path" "$user" "$c" >>"$RESULTS"
            continue
        fi
        python3 - "$json" "$snap0" "$snap1" "$CLK_TCK" "$SCENARIO" "$label" "$path" "$user" "$c" "$(cut -d' ' -f1 /proc/loadavg)" >>"$RESULTS" <<'PY'
import json, sys
j = json.loads(sys.argv[1])
t0, b0, a0 = map(int, sys.argv[2].split()); t1, b1, a1 = map(int, sys.argv[3].split())
hz = int(sys.argv[4]); wall = (t1 - t0) / 1e9
app = (a1 - a0) / hz; busy = (b1 - b0) / hz
n = j["requests"]
errors = j["err_status"] + j["err_connect"] + j["err_read"] + j["err_write"] + j["err_timeout"]
ms = lambda us: f"{us / 1000:.1f}"
print("\t".join([sys.argv[5], sys.argv[6], sys.argv[7], sys.argv[8], sys.argv[9], str(n), f"{j['rps']:.1f}",
                 ms(j["p50_us"]), ms(j["p90_us"]), ms(j["p95_us"]), ms(j["p99_us"]), ms(j["max_us"]), str(errors),
                 str(j["bytes"] // n if n else 0), f"{app / wall:.2f}", f"{max(busy - app, 0) / wall:.2f}",
                 f"{app * 1000 / n:.1f}" if n else "", sys.argv[10]]))
PY
    done
}

memory() { # LABEL: RSS and heap of the application now, then after a full GC
    local label=$1 rss hwm used committed live rss2
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status")
    timeout 30 jcmd "$APP_PID" GC.heap_info >"$OUT/heap-$SCENARIO-$label-before-gc.txt" 2>&1 || true
    # G1 prints one "garbage-first heap total …, used …" line, the serial collector one per generation.
    read -r committed used < <(awk '(/heap/ || /generation/) && /total/ && /used/ {gsub(/[K,]/, ""); for (i = 1; i <= NF; i++) {if ($i == "total") t += $(i + 1); if ($i == "used") u += $(i + 1)}} END {print t, u}' \
        "$OUT/heap-$SCENARIO-$label-before-gc.txt") || true
    timeout 60 jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
    sleep 1
    timeout 30 jcmd "$APP_PID" GC.heap_info >"$OUT/heap-$SCENARIO-$label-after-gc.txt" 2>&1 || true
    live=$(awk '(/heap/ || /generation/) && /total/ && /used/ {gsub(/[K,]/, ""); for (i = 1; i <= NF; i++) if ($i == "used") u += $(i + 1)} END {print u}' \
        "$OUT/heap-$SCENARIO-$label-after-gc.txt" || true)
    rss2=$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")
    # With native memory tracking on (the soak), the JVM's own account of it, part by part.
    [[ " $JAVA_OPTS " != *NativeMemoryTracking* ]] \
        || timeout 30 jcmd "$APP_PID" VM.native_memory summary scale=KB >"$OUT/nmt-$SCENARIO-$label.txt" 2>&1 || true
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$SCENARIO" "$label" "$rss" "$hwm" "${used:-}" "${committed:-}" "${live:-}" "$rss2" >>"$MEMORY"
    log "memory ($label): RSS $((rss / 1024)) MiB, heap used ${used:-?} KiB of ${committed:-?} KiB, live after GC ${live:-?} KiB"
}

warm_up_jvm() { # SESSION CLUB: 2 s of traffic on each city endpoint, so the JIT has seen the common paths
    local session=$1 club=$2 path
    for path in "/api/v1/units?asOf=2021-01-01&parent=3" /api/v1/units/42 "/api/v1/units/42/origins?asOf=2021-01-01" \
        /api/v1/clubs "/api/v1/clubs/$club" "/api/v1/members?club=$club"; do
        BENCH_USER=bench-city timeout 30 wrk -t2 -c8 -d2s --timeout 10s -s "$BENCH_DIR/wrk-auth.lua" "$BASE$path" >/dev/null 2>&1 || true
    done
    for path in "/units?asOf=2021-01-01&parent=3" /clubs "/clubs/$club" "/members?club=$club"; do
        BENCH_COOKIE="$session" BENCH_ACCEPT=text/html timeout 30 wrk -t2 -c8 -d2s --timeout 10s -s "$BENCH_DIR/wrk-auth.lua" "$BASE$path" >/dev/null 2>&1 || true
    done
}

# Reads /api/v1/clubs from stdin, a plain list or a page ({"content": [...], "total": n}).
CLUB_LIST_PY='import json, sys
c = json.load(sys.stdin)
total = c.get("total", len(c.get("content", []))) if isinstance(c, dict) else len(c)
c = c.get("content", []) if isinstance(c, dict) else c
'

# Generates the data of a scale into a new database (bench/generate.sh) with the jar being measured,
# and reads what was generated: GEN_CLUB (an active club), GEN_WARD (its ward), GEN_FOUNDED (its
# founding day, on which the ward was valid), GEN_CITY (the city or district above the ward).
generate() { # SCALE TARGET
    log "generating $1 data into $2 (bench/generate.sh)"
    GEN_JAR="$WORK/app.jar" GEN_OUT="$OUT/generated-$SCENARIO" bash "$BENCH_DIR/generate.sh" "$1" "$2" \
        >"$OUT/$SCENARIO-generate.txt" 2>"$OUT/$SCENARIO-generate.log" || die "generating failed, see $OUT/$SCENARIO-generate.log"
    cat "$OUT/$SCENARIO-generate.txt" >&2
    read -r GEN_CLUB GEN_WARD GEN_FOUNDED GEN_CITY < <(python3 -c "import json; c = json.load(open('$OUT/generated-$SCENARIO/generated.json'))['sample_club']; print(c['id'], c['unit_id'], c['founded_on'], c['city_id'])")
    local secs; secs=$(sed -n 's/.* in all \([0-9.]*\) s$/\1/p' "$OUT/$SCENARIO-generate.txt")
    printf '%s\tdata generation, %s scale (bench/generate.sh, whole run)\t1\t%s\ts\n' "$SCENARIO" "$1" "$secs" >>"$PROBES"
}

city_endpoints() { # sets CITY_SESSION and CITY_CLUB
    local session club=$GEN_CLUB total
    session=$(login_session bench-city)
    CITY_SESSION=$session
    [ -n "$session" ] || die "form login as bench-city failed"
    total=$(api bench-city /api/v1/clubs | python3 -c "$CLUB_LIST_PY"'print(total)')
    log "bench-city sees $total clubs"
    printf '%s\tclubs visible to bench-city\t1\t%s\tclubs\n' "$SCENARIO" "$total" >>"$PROBES"
    CITY_CLUB=$club
    warm_up_jvm "$session" "$club"
    if wanted dashboard; then
        dashboard today "city, units of today" bench-city ""
        dashboard plan "city, plan units" bench-city "units=plan"
    fi
    if [ -z "$ONLY" ]; then
        city_load_runs "$session" "$club"
    fi
    wanted sheet && sheet_endpoints "$CONNS"
    wanted periodic && periodic_probe bench-city "$GEN_CITY" "the city"
    return 0
}

city_load_runs() { # SESSION CLUB: the load runs of every city endpoint
    local session=$1 club=$2
    [ "$SCENARIO" = h2-city ] && measure "health (no auth: the floor)" "/actuator/health" none
    measure "API units ?parent=3 (21 wards, 2021)" "/api/v1/units?asOf=2021-01-01&parent=3" basic:bench-city
    measure "API unit 42 (history, lineage)" "/api/v1/units/42" basic:bench-city
    measure "API clubs (city scope)" "/api/v1/clubs" basic:bench-city
    measure "API club $club" "/api/v1/clubs/$club" basic:bench-city
    measure "API members of club $club" "/api/v1/members?club=$club" basic:bench-city
    measure "page /units?parent=3 (session)" "/units?asOf=2021-01-01&parent=3" "cookie:$session"
    measure "page /clubs (session)" "/clubs" "cookie:$session"
    measure "page /clubs/$club (club page, session)" "/clubs/$club" "cookie:$session"
    measure "page /members?club=$club (member list, session)" "/members?club=$club" "cookie:$session"
    measure "API indicators (dashboard, city, units of today)" "/api/v1/indicators" basic:bench-city
    measure "API indicators (dashboard, city, plan units, 2023-12-31)" "/api/v1/indicators?asOf=2023-12-31&units=plan" basic:bench-city
    measure "page /dashboard (session)" "/dashboard" "cookie:$session"
    measure "page /clubs/$club/funds (funds page, session)" "/clubs/$club/funds" "cookie:$session"
    # Loan repayments under load: 1,000 đồng each on the club's active loan with the most outstanding, as
    # its board (bench-club) takes them; every request is a write (ledger entries, the loan's row lock).
    local loan
    loan=$(api bench-club "/api/v1/clubs/$club/loans" | python3 -c 'import json, sys
loans = [l for l in json.load(sys.stdin) if l["status"] == "ACTIVE"]
print(max(loans, key=lambda l: l["outstanding"])["id"] if loans else "")' || true)
    if [ -n "$loan" ]; then
        BENCH_BODY="{\"amount\": 1000, \"date\": \"$(date +%F)\"}" \
            measure "API loan repayment (POST, 1,000 đồng, one loan)" "/api/v1/loans/$loan/repayments" basic:bench-club
    else
        log "NOT MEASURED: loan repayment (club $club has no active loan)"
    fi
}

# The meeting sheet (R5) of a club of about 60 members: GET of the sheet with what each member owes, and the
# sheet saved, POST /api/v1/clubs/{id}/meetings, each request a NEW meeting (bench/wrk-sheet.lua): the
# generated active clubs with 55-65 members and funds (the generator's "sheet_clubs", up to BENCH_SHEET_CLUBS
# of them), each on days going back from yesterday that it has no meeting on, a new key each time, every
# member of the club on that day on a line (attendance and the club's fee, every 17th excused, every 23rd
# absent without a fee) and a repayment of 1,000 đồng of each running loan, as bench-admin. The slots
# (club, day) run on across the warm-up and the measured runs, so no day is taken twice.
SHEET_NEXT=0
sheet_endpoints() { # CONNS
    local conns=$1 data="$WORK/sheet-$SCENARIO.lua" info club day
    info=$(python3 - "$OUT/generated-$SCENARIO/generated.json" "$data" "${BENCH_SHEET_CLUBS:-30}" <<'PY'
import datetime as dt, json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
today = dt.date.fromisoformat(g["today"])
epoch = dt.date(1970, 1, 1)
clubs = sorted(g.get("sheet_clubs", []), key=lambda c: (abs(len(c["members"]) - 60), -len(c["loans"]), c["id"]))
clubs = clubs[:int(sys.argv[3])]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("return {\n")
    for c in clubs:
        days, d = [], today - dt.timedelta(days=1)
        while d >= dt.date.fromisoformat(c["first_day"]):
            if d.day != c["meeting_day"]:
                days.append((d - epoch).days)
            d -= dt.timedelta(days=1)
        members = ",".join("{%d,%d}" % (p, j) for p, j in c["members"])
        loans = ",".join("{%d,%d,%d}" % tuple(l) for l in c["loans"])
        f.write("{id=%d,fee=%d,days={%s},members={%s},loans={%s}},\n"
                % (c["id"], c["fee"], ",".join(map(str, days)), members, loans))
    f.write("}\n")
if clubs:
    c = clubs[0]
    n = [len(x["members"]) for x in clubs]
    print(len(clubs), c["id"], (today - dt.timedelta(days=1)).isoformat(), min(n), max(n),
          round(sum(n) / len(n), 1), sum(len(x["loans"]) for x in clubs))
else:
    print(0)
PY
)
    if [ "${info%% *}" = 0 ]; then
        log "NOT MEASURED: the meeting sheet (the generator found no active club of 55-65 members with funds)"
        return 0
    fi
    read -r _ club day _ <<<"$info"
    printf '%s\tsheet save: clubs rotated, members min/max/mean, running loans repaid (1,000 đồng each)\t1\t%s\tclubs, members, loans\n' \
        "$SCENARIO" "$(cut -d' ' -f1,4- <<<"$info")" >>"$PROBES"
    log "meeting sheet: $(cut -d' ' -f1 <<<"$info") clubs of $(cut -d' ' -f4-6 <<<"$info" | sed 's/ /-/; s/ / members (mean /')), $(cut -d' ' -f7 <<<"$info") running loans"
    measure "API meeting sheet (GET, club $club, ~60 members)" "/api/v1/clubs/$club/meeting-sheet?on=$day" basic:bench-admin "$conns"
    sheet_save "API meeting sheet save (POST, new meeting, ~60 lines)" "$data" "$conns"
    # Statements per save (PostgreSQL: transactions are counted, statements by pg_stat_statements if present).
}

sheet_save() { # LABEL DATA_FILE CONNS
    local label=$1 data=$2 conns=$3 c threads raw snap0 snap1 json duration=${BENCH_SHEET_DURATION:-10}
    local n_conns; n_conns=$(wc -w <<<"$conns")
    if [ "$(time_left)" -lt $((${BENCH_SHEET_WARMUP:-8} + n_conns * (duration + 2) + 10)) ]; then
        log "SKIPPED (deadline): $label"
        printf '%s\t%s\t%s\t%s\t-\t0\t\t\t\t\t\t\tskipped (deadline)\t\t\t\t\t\n' "$SCENARIO" "$label" "/api/v1/clubs/{id}/meetings" bench-admin >>"$RESULTS"
        return 0
    fi
    sheet_wrk() { # CONNS SECONDS RAW
        local t=$(( $1 < 2 ? 1 : 2 ))
        BENCH_USER=bench-admin BENCH_SHEET_DATA="$data" BENCH_SHEET_BASE=$SHEET_NEXT BENCH_SHEET_TAG="$STAMP-$SCENARIO" \
            BENCH_THREADS=$t timeout $(($2 + 30)) wrk -t"$t" -c"$1" -d"${2}s" --timeout 10s --latency \
            -s "$BENCH_DIR/wrk-sheet.lua" "$BASE" >"$3" 2>&1 || true
        local next; next=$(sed -n 's/^BENCH_SHEET_NEXT //p' "$3" | tail -1)
        [ -z "$next" ] || SHEET_NEXT=$next
        grep -q '^BENCH_SHEET_ERRORS' "$3" && log "sheet save: errors, see $3: $(grep -m1 '^BENCH_SHEET_ERRORS' "$3" | cut -c1-300)"
        return 0
    }
    log "measuring $label as bench-admin"
    # A longer warm-up than the other endpoints': a save runs much code the JVM warm-up did not touch.
    sheet_wrk 4 "${BENCH_SHEET_WARMUP:-8}" "$OUT/wrk-$SCENARIO-sheet-save-warmup.txt"
    for c in $conns; do
        raw="$OUT/wrk-$SCENARIO-sheet-save-c$c.txt"
        snap0=$(cpu_snapshot)
        sheet_wrk "$c" "$duration" "$raw"
        snap1=$(cpu_snapshot)
        json=$(sed -n 's/^BENCH_JSON //p' "$raw" | tail -1)
        if [ -z "$json" ]; then
            log "wrk gave no result for $label with $c connections (see $raw)"
            printf '%s\t%s\t%s\t%s\t%s\t0\t\t\t\t\t\t\twrk failed\t\t\t\t\t\n' "$SCENARIO" "$label" "/api/v1/clubs/{id}/meetings" bench-admin "$c" >>"$RESULTS"
            continue
        fi
        # A replayed key (200) is no new meeting: counted as an error here.
        local replayed; replayed=$(sed -n 's/^BENCH_SHEET_REPLAYED //p' "$raw" | tail -1)
        json=$(python3 -c "import json, sys; j = json.loads(sys.argv[1]); j['err_status'] += int(sys.argv[2] or 0); print(json.dumps(j))" "$json" "${replayed:-0}")
        python3 - "$json" "$snap0" "$snap1" "$CLK_TCK" "$SCENARIO" "$label" "/api/v1/clubs/{id}/meetings" bench-admin "$c" "$(cut -d' ' -f1 /proc/loadavg)" >>"$RESULTS" <<'PY'
import json, sys
j = json.loads(sys.argv[1])
t0, b0, a0 = map(int, sys.argv[2].split()); t1, b1, a1 = map(int, sys.argv[3].split())
hz = int(sys.argv[4]); wall = (t1 - t0) / 1e9
app = (a1 - a0) / hz; busy = (b1 - b0) / hz
n = j["requests"]
errors = j["err_status"] + j["err_connect"] + j["err_read"] + j["err_write"] + j["err_timeout"]
ms = lambda us: f"{us / 1000:.1f}"
print("\t".join([sys.argv[5], sys.argv[6], sys.argv[7], sys.argv[8], sys.argv[9], str(n), f"{j['rps']:.1f}",
                 ms(j["p50_us"]), ms(j["p90_us"]), ms(j["p95_us"]), ms(j["p99_us"]), ms(j["max_us"]), str(errors),
                 str(j["bytes"] // n if n else 0), f"{app / wall:.2f}", f"{max(busy - app, 0) / wall:.2f}",
                 f"{app * 1000 / n:.1f}" if n else "", sys.argv[10]]))
PY
        log "sheet save, $c connections: $(tail -1 "$RESULTS" | cut -f6,7,8,10,11,13 | sed 's/\t/ requests, /; s/\t/ req\/s, p50 /; s/\t/ ms, p95 /; s/\t/ ms, p99 /; s/\t/ ms, errors /')"
    done
}

pg_sql() { psql -d "$PG_DB" -v ON_ERROR_STOP=1 -Atq "$@"; }

# Graph reload: after the unit version moves (and the application's once-a-second version check has
# come round), the next request reloads the whole unit graph, and the next scoped request recomputes
# that account's territory. Timed as single page requests with a session
# (no password hashing, so the difference is not lost in its noise), 5 times each.
reload_probe() { # CITY_SESSION SCOPED_USER SCOPED_SESSION CLUB_ID
    local city=$1 user=$2 scoped=$3 club=$4 i t
    local page="/units?asOf=2021-01-01&parent=3"
    for i in 1 2 3 4 5; do
        pg_sql -c "update reference_data_version set version = version + 1 where name = 'units'"
        # The application re-checks the version at most once a second (UnitDirectory.graph()): wait
        # past that, or the timed request is answered from the old snapshot (an ordinary page).
        sleep 1.2
        t=$(curl -s -o /dev/null --max-time 60 -w '%{time_total}' -H "Cookie: $city" "$BASE$page")
        printf '%s\tpage %s right after a unit version bump (graph reload)\t%s\t%s\ts\n' "$SCENARIO" "$page" "$i" "$t" >>"$PROBES"
        t=$(curl -s -o /dev/null --max-time 60 -w '%{time_total}' -H "Cookie: $city" "$BASE$page")
        printf '%s\tsame page, graph loaded\t%s\t%s\ts\n' "$SCENARIO" "$i" "$t" >>"$PROBES"
        t=$(curl -s -o /dev/null --max-time 60 -w '%{time_total}' -H "Cookie: $scoped" "$BASE/clubs/$club")
        printf '%s\tpage /clubs/%s as %s, first after the reload (territory computed)\t%s\t%s\ts\n' "$SCENARIO" "$club" "$user" "$i" "$t" >>"$PROBES"
        t=$(curl -s -o /dev/null --max-time 60 -w '%{time_total}' -H "Cookie: $scoped" "$BASE/clubs/$club")
        printf '%s\tpage /clubs/%s as %s, territory cached\t%s\t%s\ts\n' "$SCENARIO" "$club" "$user" "$i" "$t" >>"$PROBES"
    done
}

# Member import through the screens, as a ward officer does it: bench-ward logs in with the form, founds
# a club in its ward (the generated club's ward, on that club's founding day, when the ward was valid)
# and uploads a workbook from bench/gen-members-xlsx.py (every row valid, unique names, no national
# IDs); then the preview page and the commit. Each of the three requests is timed with curl; the club's
# member count (API, total) must grow by the number of rows. Each size IMPORT_REPEAT times, a new club
# and a new file (other names) each time.
import_probe() {
    local jar token seed=0 rows rep run runs="" code t url club imp total up pre com status
    if [ "$(time_left)" -lt 30 ]; then log "SKIPPED (deadline): member import"; return 0; fi
    login_session bench-ward >/dev/null
    jar="$WORK/cookies-bench-ward-$SCENARIO"
    token=$(curl -s --max-time 30 -b "$jar" -c "$jar" -H 'Accept: text/html' "$BASE/clubs/new" \
        | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    [ -n "$token" ] || { log "member import: no CSRF token for bench-ward on /clubs/new"; return 0; }
    # First one import of the smallest size that is not counted (repetition 0): the JIT has not seen
    # the import's code yet, and the first request of each step would be several times slower.
    for rows in $IMPORT_SIZES; do
        [ -n "$runs" ] || runs="$rows:0"
        for rep in $(seq 1 "$IMPORT_REPEAT"); do runs="$runs $rows:$rep"; done
    done
    for run in $runs; do
        rows=${run%:*}; rep=${run#*:}
        [ "$(time_left)" -gt 10 ] || { log "SKIPPED (deadline): member import of $rows rows"; return 0; }
        seed=$((seed + 1))
        python3 "$BENCH_DIR/gen-members-xlsx.py" --rows "$rows" --seed $((seed % 16)) --out "$WORK/members-$seed.xlsx"
        status=ok; up=""; pre=""; com=""; club=""; total=""
        read -r code url < <(curl -s --max-time 30 -o /dev/null -b "$jar" -c "$jar" -w '%{http_code} %{redirect_url}\n' \
            --data-urlencode "name=CLB bench nhập $SCENARIO $rows-$rep" -d unitId="$GEN_WARD" -d foundedOn="$GEN_FOUNDED" \
            --data-urlencode "_csrf=$token" "$BASE/clubs/new" || echo "000 -")
        club=$(sed -n 's#.*/clubs/\([0-9][0-9]*\)$#\1#p' <<<"$url")
        if [ "$code" != 302 ] || [ -z "$club" ]; then
            status="founding the club: HTTP $code $url"
        else
            read -r code t url < <(curl -s --max-time 300 -o "$WORK/import-upload.html" -b "$jar" -c "$jar" \
                -w '%{http_code} %{time_total} %{redirect_url}\n' -F "_csrf=$token" \
                -F "file=@$WORK/members-$seed.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
                "$BASE/clubs/$club/members/import" || echo "000 0 -")
            up=$t
            imp=$(sed -n 's#.*/member-imports/\([0-9][0-9]*\)$#\1#p' <<<"$url")
            if [ "$code" != 302 ] || [ -z "$imp" ]; then
                status="upload: HTTP $code $url"
            else
                read -r code t < <(curl -s --max-time 300 -o "$WORK/import-preview.html" -b "$jar" -c "$jar" \
                    -H 'Accept: text/html' -w '%{http_code} %{time_total}\n' "$BASE/member-imports/$imp" || echo "000 0")
                pre=$t
                if [ "$code" != 200 ]; then
                    status="preview: HTTP $code"
                else
                    grep -q 'row-error' "$WORK/import-preview.html" && status="preview shows row errors"
                    read -r code t url < <(curl -s --max-time 300 -o /dev/null -b "$jar" -c "$jar" \
                        -w '%{http_code} %{time_total} %{redirect_url}\n' --data-urlencode "_csrf=$token" \
                        "$BASE/member-imports/$imp/commit" || echo "000 0 -")
                    com=$t
                    [[ "$code" == 302 && "$url" == */clubs/$club ]] || status="commit: HTTP $code $url"
                    total=$(api bench-ward "/api/v1/members?club=$club&size=1" \
                        | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])' || echo "?")
                    [ "$status" != ok ] || [ "$total" = "$rows" ] || status="club has $total members, not $rows"
                fi
            fi
        fi
        python3 - "$SCENARIO" "$rows" "$rep" "$club" "$up" "$pre" "$com" "$total" "$status" >>"$IMPORTS" <<'PY'
import sys
scenario, rows, rep, club, up, pre, com, total, status = sys.argv[1:]
steps = [up, pre, com]
s = sum(float(x) for x in steps) if all(steps) and status == "ok" else None
print("\t".join([scenario, rows, rep, club, up, pre, com, f"{s:.3f}" if s else "",
             f"{int(rows) / s:.0f}" if s else "", total, status]))
PY
        log "member import of $rows rows ($rep/$IMPORT_REPEAT, 0 = warm-up) into club ${club:-?}: upload ${up:-?} s, preview ${pre:-?} s, commit ${com:-?} s; $status"
    done
}

single_request() { # LABEL USER_OR_COOKIE PATH: a request too heavy for a load run, timed twice
    local label=$1 auth=$2 path=$3 i t opts=()
    case $auth in
        basic:*) opts=(-u "${auth#basic:}:demo") ;;
        cookie:*) opts=(-H "Cookie: ${auth#cookie:}" -H "Accept: text/html") ;;
    esac
    for i in 1 2; do
        [ "$(time_left)" -gt 60 ] || return 0
        t=$(curl -s -o /dev/null --max-time 120 -w '%{http_code} %{time_total} %{size_download}' "${opts[@]}" "$BASE$path" || true)
        printf '%s\t%s (HTTP %s, %s bytes)\t%s\t%s\ts\n' "$SCENARIO" "$label" "$(cut -d' ' -f1 <<<"$t")" \
            "$(cut -d' ' -f3 <<<"$t")" "$i" "$(cut -d' ' -f2 <<<"$t")" >>"$PROBES"
    done
}

# The periodic report (issue 16): last year's year report of a unit, made (or found) over the API as USER,
# then its .xlsx and PDF downloaded, each timed twice as single requests (single_request: the first
# request of a kind also loads the fonts and POI), and the JSON of its sections once. The figures are
# computed on every download, from the same indicator engine as the dashboard plus the fund totals.
periodic_probe() { # USER UNIT LABEL
    local user=$1 unit=$2 label=$3 year id code
    year=$(($(date +%Y) - 1))
    code=$(curl -s --max-time 60 -o "$WORK/periodic-$SCENARIO.json" -w '%{http_code}' -u "$user:demo" \
        -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -d "{\"kind\":\"YEAR\",\"year\":$year,\"unitId\":$unit,\"era\":\"CURRENT\"}" \
        "$BASE/api/v1/reports/periodic" || true)
    if [ "$code" = 201 ]; then
        id=$(python3 -c "import json; print(json.load(open('$WORK/periodic-$SCENARIO.json'))['id'])")
    else # made by an earlier run on the same database
        id=$(api "$user" /api/v1/reports/periodic | python3 -c "import json, sys
r = [x for x in json.load(sys.stdin) if x['kind'] == 'YEAR' and x['year'] == $year and x['unitId'] == $unit and x['era'] == 'CURRENT']
print(r[0]['id'] if r else '')" || true)
    fi
    if [ -z "$id" ]; then
        log "NOT MEASURED: the periodic report of $label (HTTP $code: $(head -c 300 "$WORK/periodic-$SCENARIO.json" 2>/dev/null))"
        return 0
    fi
    log "periodic report $id: year $year of $label"
    single_request "periodic report, year $year of $label, sections as JSON" "basic:$user" "/api/v1/reports/periodic/$id"
    single_request "periodic report, year $year of $label, .xlsx" "basic:$user" "/api/v1/reports/periodic/$id.xlsx"
    single_request "periodic report, year $year of $label, PDF" "basic:$user" "/api/v1/reports/periodic/$id.pdf"
}

# Database transactions one request causes (pg_stat_database.xact_commit; each autocommit statement is
# one). Backends publish their counters when idle, at the latest after 10 s, hence the pauses.
statements_probe() { # LABEL AUTH PATH
    local label=$1 auth=$2 path=$3 before after i opts=()
    case $auth in
        basic:*) opts=(-u "${auth#basic:}:demo") ;;
        cookie:*) opts=(-H "Cookie: ${auth#cookie:}") ;;
    esac
    sleep 11
    before=$(pg_sql -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$PG_DB'")
    for i in $(seq 1 10); do curl -s -o /dev/null --max-time 60 "${opts[@]}" "$BASE$path"; done
    sleep 11
    after=$(pg_sql -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$PG_DB'")
    printf '%s\tdatabase transactions per request: %s\t10\t%s\ttransactions\n' "$SCENARIO" "$label" \
        "$(python3 -c "print(round(($after - $before) / 10, 1))")" >>"$PROBES"
    log "transactions per request, $label: $(python3 -c "print(round(($after - $before) / 10, 1))")"
}

# The dashboard against the hand-written SQL. dashboard ID LABEL USER QUERY fetches /api/v1/indicators
# (with no unit: the root of the caller's scope) once, keeping its JSON, then times it as single requests
# with curl: 5 warm-up requests, then BENCH_DASHBOARD_RUNS timed ones, one after the other, each as of
# another day before the view's date (so that H2 cannot answer from a reused result). sql_timer runs
# bench/SqlTimer.java on the same database for the view the API showed (plan, unit, date, units): it times
# bench/dashboard-sql/dashboard.sql warm the same number of times, and each part of it (parts.sql). The
# figures are compared (bench/dashboard-check.py) and dashboard.tsv gets a row. On PostgreSQL the SQL runs
# right after the requests, the application idle. The embedded H2 file admits one process at a time, and
# the member import writes to it before the application stops: there the SQL runs before the application
# starts, on the generated data that nothing changes before the dashboard requests, for the view
# bench-city's dashboard shows (the city, plan 1, today); the check compares the views too.
DB_URL=""; DB_USER=""; DB_PASSWORD=""

sql_timer() { # OUT_JSON PLAN UNIT AS_OF UNITS [URL, default DB_URL; without the parts]
    local parts=(--parts "$BENCH_DIR/dashboard-sql/parts.sql")
    [ -z "${6:-}" ] || parts=()
    timeout 900 java -cp "$SQLTIMER_CP" SqlTimer --url "${6:-$DB_URL}" --user "$DB_USER" --password "$DB_PASSWORD" \
        --plan "$2" --unit "$3" --as-of "$4" --units "$5" --warmup 5 --runs "$DASHBOARD_RUNS" \
        --sql "$BENCH_DIR/dashboard-sql/dashboard.sql" "${parts[@]}" \
        >"$1" 2>"${1%.json}.log" || log "the hand-written SQL failed, see ${1%.json}.log"
}

dashboard() { # ID LABEL USER QUERY
    local id=$1 label=$2 user=$3 query=$4 path api sql i t times="" plan unit asof units equal
    path="/api/v1/indicators${query:+?$query}"
    api="$OUT/dashboard-$SCENARIO-$id-api.json"
    sql="$OUT/dashboard-$SCENARIO-$id-sql.json"
    if ! curl -sf --max-time 120 -u "$user:demo" -H 'Accept: application/json' -o "$api" "$BASE$path"; then
        log "NOT MEASURED: dashboard, $label ($path as $user) failed"
        printf '%s\t%s\t%s\t%s\t\t\t\t0\t\t\t\t0\t\tthe API failed\t\t\t\n' "$SCENARIO" "$label" "$user" "$path" >>"$DASHBOARD"
        return 0
    fi
    # Each timed request asks for another day before the view's date (the same work): H2 answers a
    # statement repeated with the same parameters on unchanged tables from its last result, which would
    # time a cache, not the computation (the SQL timer turns that reuse off).
    local day0 sep
    day0=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['asOf'])" "$api")
    sep=$([ -n "$query" ] && echo "&" || echo "?")
    for i in $(seq 1 $((5 + DASHBOARD_RUNS))); do
        t=$(curl -s -o /dev/null --max-time 120 -w '%{time_total}' -u "$user:demo" -H 'Accept: application/json' \
            "$BASE$path${sep}asOf=$(date -d "$day0 - $i days" +%F)" || echo "")
        [ "$i" -le 5 ] || times="$times $t"
    done
    if [ "$SCENARIO" != h2-city ]; then
        read -r plan unit asof units < <(python3 -c "import json, sys; d = json.load(open(sys.argv[1])); print(d['planId'], d['unitId'], d['asOf'], d['units'])" "$api")
        sql_timer "$sql" "$plan" "$unit" "$asof" "$units"
        # Again with PostgreSQL's JIT compilation off for the session, as the application's connections run
        # (vn.ishc.shared.DatabaseConfig; the server's default is on): the report compares with this one.
        sql_timer "${sql%.json}-nojit.json" "$plan" "$unit" "$asof" "$units" "$DB_URL?options=-c%20jit=off"
    fi
    equal=$(python3 "$BENCH_DIR/dashboard-check.py" "$api" "$sql" || true)
    python3 - "$SCENARIO" "$label" "$user" "$path" "$sql" "$equal" "$DASHBOARD_PARTS" $times >>"$DASHBOARD" <<'PY'
import json, statistics, sys
scenario, label, user, path, sql_file, equal, parts_file = sys.argv[1:8]
app = [float(t) * 1000 for t in sys.argv[8:] if t]
def load(name):
    try:
        return json.load(open(name, encoding="utf-8"))
    except (OSError, ValueError):
        return {}
sql = load(sql_file)
nojit = load(sql_file[:-len(".json")] + "-nojit.json")
f = lambda v: f"{v:.1f}" if v is not None else ""
app_median = statistics.median(app) if app else None
sql_median = sql.get("median_ms")
ratio = f"{app_median / sql_median:.2f}" if app_median and sql_median else ""
print("\t".join([scenario, label, user, path, f(app_median), f(min(app) if app else None), f(max(app) if app else None),
                 str(len(app)), f(sql_median), f(sql.get("min_ms")), f(sql.get("max_ms")), str(sql.get("runs", 0)),
                 ratio, equal, str(sql.get("rows", "")), str(sql.get("recordingUnits", "")), f(nojit.get("median_ms"))]))
with open(parts_file, "a", encoding="utf-8") as out:
    for part, t in sql.get("parts", {}).items():
        out.write("\t".join([scenario, label, part, f(t["median_ms"]), f(t["min_ms"]), f(t["max_ms"])]) + "\n")
PY
    log "dashboard, $label, as $user: $(tail -1 "$DASHBOARD" | cut -f5,9,13 | sed 's/\t/ ms app, /; s/\t/ ms SQL, ratio /'); figures equal: $equal"
}

# The soak (BENCH_ONLY=soak only, never part of "everything"): bench/soak.py sends a fixed mix of reads and
# writes at a constant rate for BENCH_SOAK_SECONDS (after BENCH_SOAK_WARMUP s of the same mix and the figures
# before), while the memory is sampled as memory() does (a full GC, then the heap's live size, and RSS):
# once the warm-up is over (soak-00m), every minute, and after the figures after (soak-end). The verdicts
# (errors, figures, memory) are bench/soak.py report's, at the end of the run.
soak_wanted() { [[ " $ONLY " == *" soak "* ]]; }

soak_run() { # SECONDS
    local seconds=$1 drv ready="$WORK/soak-ready-$SCENARIO" t0 i n rc=0
    rm -f "$ready"
    log "soak: $seconds s at ${BENCH_SOAK_RATE:-9} requests/s after ${BENCH_SOAK_WARMUP:-30} s of warm-up (bench/soak.py)"
    python3 "$BENCH_DIR/soak.py" drive --base "$BASE" --session "$CITY_SESSION" \
        --generated "$OUT/generated-$SCENARIO/generated.json" --out "$OUT/soak-$SCENARIO" --seconds "$seconds" \
        --rate "${BENCH_SOAK_RATE:-9}" --warmup "${BENCH_SOAK_WARMUP:-30}" --clubs "${BENCH_SOAK_CLUBS:-5}" \
        --ready "$ready" 2>"$OUT/soak-$SCENARIO.log" &
    drv=$!
    for i in $(seq 1 1200); do # the warm-up and the figures before: at most 10 minutes
        [ -e "$ready" ] && break
        kill -0 "$drv" 2>/dev/null || break
        sleep 0.5
    done
    if [ ! -e "$ready" ]; then
        stop_pid "$drv"
        log "soak: the driver did not get past its warm-up, see $OUT/soak-$SCENARIO.log"
        return 0
    fi
    t0=$(date +%s)
    memory soak-00m
    n=$((seconds / 60))
    for i in $(seq 1 "$n"); do # a sample each minute while the driver runs
        while kill -0 "$drv" 2>/dev/null && [ "$(date +%s)" -lt $((t0 + 60 * i)) ]; do sleep 1; done
        kill -0 "$drv" 2>/dev/null || break
        [ "$(date +%s)" -lt $((t0 + seconds)) ] || break # the last one is soak-end
        memory "soak-$(printf '%02d' "$i")m"
    done
    # The driver ends by itself: the last request is due after $seconds s, answered or given up within 90 s.
    for i in $(seq 1 $((seconds + 300))); do kill -0 "$drv" 2>/dev/null || break; sleep 1; done
    kill -0 "$drv" 2>/dev/null && { log "soak: the driver overran, stopping it"; stop_pid "$drv"; }
    wait "$drv" || rc=$?
    [ "$rc" = 0 ] || log "soak: the driver failed (exit $rc), see $OUT/soak-$SCENARIO.log"
    memory soak-end
}

# ---------------------------------------------------------------------------------------------------
# (a) City scale, embedded H2 file

if [ "$SCALE" = city ] && [ "${BENCH_SKIP_H2:-0}" != 1 ]; then
    SCENARIO=h2-city
    mkdir -p "$WORK/h2-db"
    H2_URL="jdbc:h2:file:$WORK/h2-db/ishc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    # The embedded database admits one process at a time: the data is generated, then the measured start.
    generate city "h2:$WORK/h2-db/ishc"
    DB_URL=$H2_URL; DB_USER=sa; DB_PASSWORD=""
    if wanted dashboard; then # before the start: the embedded file admits one process (see dashboard())
        log "timing the hand-written SQL of the dashboard (before the application starts)"
        # "Today" as the application's clock has it (Vietnam, vn.ishc.shared.ClockConfig), not UTC's: from
        # 17:00 UTC the two differ by a day and the views would not be the same.
        today_vn=$(TZ=Asia/Ho_Chi_Minh date +%F)
        sql_timer "$OUT/dashboard-$SCENARIO-today-sql.json" 1 "$GEN_CITY" "$today_vn" current
        sql_timer "$OUT/dashboard-$SCENARIO-plan-sql.json" 1 "$GEN_CITY" "$today_vn" plan
    fi
    start_app "$SCENARIO" "$H2_URL" sa ""
    city_endpoints
    [ -n "$ONLY" ] || memory after-load
    soak_wanted && soak_run "${BENCH_SOAK_SECONDS:-600}"
    # After the memory figures, so that they stay those of the load runs.
    wanted import && import_probe
    stop_app
fi

# ---------------------------------------------------------------------------------------------------
# (b) City scale, PostgreSQL

if [ "$SCALE" = city ] && [ $PG_OK = 1 ]; then
    SCENARIO=pg-city
    generate city "pg:$PG_DB"
    plain_start_probe "jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" "$PG_USER" "$PG_PASSWORD"
    start_app "$SCENARIO" "jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" "$PG_USER" "$PG_PASSWORD"
    DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"; DB_USER=$PG_USER; DB_PASSWORD=$PG_PASSWORD
    city_endpoints
    wanted reload && reload_probe "$CITY_SESSION" bench-city "$CITY_SESSION" "$CITY_CLUB"
    [ -n "$ONLY" ] || memory after-load
    soak_wanted && soak_run "${BENCH_SOAK_SECONDS_PG:-${BENCH_SOAK_SECONDS:-600}}"
    # After the memory figures, so that they stay those of the load runs.
    wanted import && import_probe
    stop_app
elif [ "$SCALE" = city ]; then
    log "PostgreSQL not reachable at $PG_HOST:$PG_PORT (or BENCH_SKIP_PG=1): the PostgreSQL scenario is skipped"
fi

# ---------------------------------------------------------------------------------------------------
# (c) Country scale, PostgreSQL

if [ "$SCALE" = country ]; then
    [ $PG_OK = 1 ] || die "the country scale needs PostgreSQL at $PG_HOST:$PG_PORT"
    SCENARIO=pg-country
    PG_DB=$PG_DB_COUNTRY
    generate country "pg:$PG_DB"
    META="$OUT/generated-$SCENARIO/units.json"
    # A viewer scoped to the largest new province (the generator's bench-city is scoped to a district).
    prov_name=$(python3 -c "import json; print(json.load(open('$META'))['sample_province']['name'])")
    ward_name=$(python3 -c "import json; print(json.load(open('$META'))['sample_new_commune']['name'])")
    PROV=$(pg_sql -c "select id from admin_unit where name = '$prov_name'")
    WARD=$(pg_sql -c "select id from admin_unit where name = '$ward_name'")
    [ -n "$PROV" ] && [ -n "$WARD" ] || die "sample units not found after generating"
    pg_sql -c "insert into app_user (username, display_name, password_hash, role, scope_unit_id, created_at) select 'bench-province', 'Bench province viewer', password_hash, 'VIEWER', $PROV, now() from app_user where username = 'bench-viewer'" \
        || die "adding the province account failed (has the app_user table changed?)"
    plain_start_probe "jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" "$PG_USER" "$PG_PASSWORD"
    start_app "$SCENARIO" "jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" "$PG_USER" "$PG_PASSWORD"
    DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"; DB_USER=$PG_USER; DB_PASSWORD=$PG_PASSWORD
    for t in admin_unit club person membership; do
        printf '%s\trows in %s\t1\t%s\trows\n' "$SCENARIO" "$t" "$(pg_sql -c "select count(*) from $t")" >>"$PROBES"
    done
    printf '%s\tclubs visible to bench-province\t1\t%s\tclubs\n' "$SCENARIO" \
        "$(api bench-province /api/v1/clubs | python3 -c "$CLUB_LIST_PY"'print(total)')" >>"$PROBES"
    log "sample province id $PROV ($prov_name), sample new ward id $WARD ($ward_name)"
    SESSION_ADMIN=$(login_session bench-admin)
    SESSION_PROV=$(login_session bench-province)
    [ -n "$SESSION_PROV" ] || die "form login as bench-province failed"
    PROV_CLUB=$(api bench-province /api/v1/clubs | python3 -c "$CLUB_LIST_PY"'print(c[0]["id"])')
    # The dashboard: as bench-admin, the root of an administrator's scope (no unit given: the unit above
    # the plan's units, see IndicatorViews; the synthetic country has no single root unit), and as
    # bench-province, the root of its scope (the sample province); each with the units of today and the
    # plan's units, timed alone, against the hand-written SQL, then under load.
    if wanted dashboard; then
        dashboard admin-today "country, admin's root, units of today" bench-admin ""
        dashboard admin-plan "country, admin's root, plan units" bench-admin "units=plan"
        dashboard province-today "country, sample province, units of today" bench-province ""
        dashboard province-plan "country, sample province, plan units" bench-province "units=plan"
        measure "API indicators (dashboard, admin's root, units of today)" "/api/v1/indicators" basic:bench-admin "1 8"
        measure "API indicators (dashboard, admin's root, plan units)" "/api/v1/indicators?units=plan" basic:bench-admin "1 8"
        measure "API indicators (dashboard, sample province, units of today)" "/api/v1/indicators" basic:bench-province "1 8"
        measure "API indicators (dashboard, sample province, plan units)" "/api/v1/indicators?units=plan" basic:bench-province "1 8"
    fi
    wanted reload && reload_probe "$SESSION_ADMIN" bench-province "$SESSION_PROV" "$PROV_CLUB"
    wanted sheet && sheet_endpoints "1 50"
    wanted periodic && periodic_probe bench-admin "$PROV" "the sample province"
    if [ -z "$ONLY" ]; then # everything else
        measure "API units ?parent=province (new wards, 2025)" "/api/v1/units?asOf=2025-07-01&parent=$PROV" basic:bench-admin 1
        measure "API units ?parent=province (districts, 2021)" "/api/v1/units?asOf=2021-01-01&parent=$PROV" basic:bench-admin 1
        measure "API unit (new ward: history, lineage)" "/api/v1/units/$WARD" basic:bench-admin "1 8"
        measure "API origins (province -> 2021)" "/api/v1/units/$PROV/origins?asOf=2021-01-01" basic:bench-admin 1
        measure "API clubs (province scope)" "/api/v1/clubs" basic:bench-province "1 8"
        measure "API clubs (admin scope)" "/api/v1/clubs" basic:bench-admin "1 8"
        measure "API club $PROV_CLUB" "/api/v1/clubs/$PROV_CLUB" basic:bench-province "1 8"
        measure "API members of club $PROV_CLUB" "/api/v1/members?club=$PROV_CLUB" basic:bench-province "1 8"
        measure "page /clubs (province scope)" "/clubs" "cookie:$SESSION_PROV" "1 8"
        measure "page /clubs/$PROV_CLUB (club page)" "/clubs/$PROV_CLUB" "cookie:$SESSION_PROV" "1 8"
        measure "page /members (province scope)" "/members" "cookie:$SESSION_PROV" "1 8"
        single_request "page /clubs as bench-admin (everything)" "cookie:$SESSION_ADMIN" /clubs
        single_request "page /members as bench-admin (everything)" "cookie:$SESSION_ADMIN" /members
        if [ "$(time_left)" -gt 120 ]; then
            statements_probe "API unit (new ward)" basic:bench-admin "/api/v1/units/$WARD"
            statements_probe "API clubs (province scope)" basic:bench-province /api/v1/clubs
            statements_probe "page /clubs (province scope)" "cookie:$SESSION_PROV" /clubs
        fi
        memory after-load
        timeout 60 jcmd "$APP_PID" GC.class_histogram >"$OUT/pg-country-class-histogram.txt" 2>&1 || true
    fi
    stop_app
fi

log "done in $(($(date +%s) - START)) s; raw results in $OUT"
python3 "$BENCH_DIR/report.py" "$OUT" | tee "$OUT/report.md"
if soak_wanted; then # its verdicts: the run fails when one does
    soak_rc=0
    python3 "$BENCH_DIR/soak.py" report "$OUT" >"$OUT/soak-report.md" || soak_rc=$?
    cat "$OUT/soak-report.md"
    exit $soak_rc
fi
