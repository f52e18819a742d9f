#!/usr/bin/env python3
"""The soak of bench/run.sh (BENCH_ONLY=soak): mixed reads and writes at a constant arrival rate.

  python3 bench/soak.py drive --base URL --session SESSION=... --generated generated.json --out DIR \
      --seconds 600 [--rate 9] [--warmup 30] [--clubs 5] [--ready FILE]
  python3 bench/soak.py report RUN_DIR        prints the Markdown report of every soak of a run; exit 1
                                              when a criterion fails

drive: open loop, not closed: request k of the run is due at start + k / rate whatever happened to the
earlier ones (a pool of worker threads sends them; a request not started within 60 s of its due time is
not sent and counts as an error), cycling through a fixed mix: reads (the dashboard API, the club list,
a club's member list, a club's fund page with a session, its fund balance and its loans) and writes as
bench-admin (a cash-book receipt and a smaller expense of the activity fund, a repayment of 1,000 đồng of
a running loan), over a few generated clubs with funds and running loans. Every answer's status and
latency (from its due time, so a stalled server shows, and from its sending) goes to requests.tsv; any
answer but 2xx, or no answer, is an error. First a warm-up of the same mix (not counted), then the
figures before: the dashboard's indicators (bench-city, units of today and plan units) and the fund
balances of every club written to; the same after the last answer. The indicators must be equal; each
balance must equal the one before plus exactly the writes acknowledged (a 2xx write counted once).
Standard library only; only 127.0.0.1; every loop bounded in count and time.
"""
import base64
import concurrent.futures
import csv
import json
import math
import os
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request

TIMEOUT = 60  # seconds per request of the mix
SLOW_TIMEOUT = 300  # seconds for the figures before and after (a cold dashboard on a loaded machine)
LATE = 60  # a request not started this long after its due time is not sent (an error)
PASSWORD = "demo"

# The mix, in the order it is sent; one cycle per len(MIX) / rate seconds.
MIX = ["indicators", "clubs", "members", "funds-page", "balance", "loans", "receipt", "expense", "repayment"]
WRITES = {"receipt", "expense", "repayment"}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect (an expired session sent to the login page) is an answer of its own: not 2xx, an error."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _auth(user):
    return "Basic " + base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()


class Client:
    def __init__(self, base, session):
        if not base.startswith("http://127.0.0.1:"):
            raise SystemExit("soak: the base URL must be http://127.0.0.1:PORT")
        self.base = base
        self.session = session

    def call(self, method, path, user=None, body=None, html=False, timeout=TIMEOUT):
        """-> (status, body bytes, error text); status 0 when there was no answer."""
        headers = {"Accept": "text/html" if html else "application/json"}
        if user:
            headers["Authorization"] = _auth(user)
        else:
            headers["Cookie"] = self.session
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with _OPENER.open(req, timeout=timeout) as r:
                return r.status, r.read(), ""
        except urllib.error.HTTPError as e:
            return e.code, e.read(), f"HTTP {e.code}"
        except Exception as e:  # connection refused or reset, timeout: no answer
            return 0, b"", f"{type(e).__name__}: {e}"[:200]

    def json(self, path, user):
        status, body, err = self.call("GET", path, user, timeout=SLOW_TIMEOUT)
        if status != 200:
            raise SystemExit(f"soak: GET {path} as {user} failed: {err} {body[:300]!r}")
        return json.loads(body)


BALANCE_KEYS = ["loanCash", "capital", "income", "outstanding", "writtenOff", "transfers", "activityBalance"]


def figures(client, clubs):
    ind = {
        "today": client.json("/api/v1/indicators", "bench-city"),
        "plan": client.json("/api/v1/indicators?units=plan", "bench-city"),
    }
    bal = {}
    for c in clubs:
        b = client.json(f"/api/v1/clubs/{c['id']}/funds/balance", "bench-admin")
        bal[str(c["id"])] = {k: b[k] for k in BALANCE_KEYS}
    return {"indicators": ind, "balances": bal}


def choose_clubs(client, generated, n):
    """Generated active clubs with funds (the generator's sheet clubs), each with its running loan of the
    largest outstanding, enough for 10 minutes of repayments."""
    g = json.load(open(generated, encoding="utf-8"))
    chosen = []
    for c in sorted(g.get("sheet_clubs", []), key=lambda c: (-len(c["loans"]), c["id"])):
        if len(chosen) >= n:
            break
        loans = [l for l in client.json(f"/api/v1/clubs/{c['id']}/loans", "bench-admin") if l["status"] == "ACTIVE"]
        if not loans:
            continue
        loan = max(loans, key=lambda l: l["outstanding"])
        if loan["outstanding"] < 2_000_000:
            continue
        chosen.append({"id": c["id"], "loan": loan["id"], "loan_outstanding": loan["outstanding"]})
    if not chosen:
        raise SystemExit("soak: no generated club with funds and a running loan of 2,000,000 đồng or more")
    return chosen


class Driver:
    def __init__(self, client, clubs, today, rate):
        self.client = client
        self.clubs = clubs
        self.today = today
        self.rate = rate
        self.lock = threading.Lock()
        self.rows = []
        self.acked = {}  # club id -> expected changes of its balances
        self.unanswered = {}  # club id -> [kind, amount, k] of the writes sent that got no answer

    def request(self, k):
        """Request k of the mix: (kind, club, method, path, user, body, html)."""
        kind = MIX[k % len(MIX)]
        club = self.clubs[(k // len(MIX)) % len(self.clubs)]
        c = club["id"]
        if kind == "indicators":
            return kind, c, "GET", "/api/v1/indicators", "bench-city", None, False
        if kind == "clubs":
            return kind, c, "GET", "/api/v1/clubs", "bench-city", None, False
        if kind == "members":
            return kind, c, "GET", f"/api/v1/members?club={c}", "bench-admin", None, False
        if kind == "funds-page":
            return kind, c, "GET", f"/clubs/{c}/funds", None, None, True
        if kind == "balance":
            return kind, c, "GET", f"/api/v1/clubs/{c}/funds/balance", "bench-admin", None, False
        if kind == "loans":
            return kind, c, "GET", f"/api/v1/clubs/{c}/loans", "bench-admin", None, False
        if kind == "receipt":
            amount = 5_000 + (k % 7) * 1_000
            return kind, c, "POST", f"/api/v1/clubs/{c}/cashbook", "bench-admin", {
                "kind": "OTHER_RECEIPT", "amount": amount, "date": self.today,
                "counterpart": "soak", "documentNo": f"SOAK-{k}", "note": "bench/soak.py"}, False
        if kind == "expense":
            amount = 1_000 + (k % 3) * 500
            return kind, c, "POST", f"/api/v1/clubs/{c}/cashbook", "bench-admin", {
                "kind": "OTHER_EXPENSE", "amount": amount, "date": self.today,
                "counterpart": "soak", "documentNo": f"SOAK-{k}", "note": "bench/soak.py"}, False
        return kind, c, "POST", f"/api/v1/loans/{club['loan']}/repayments", "bench-admin", {
            "amount": 1_000, "date": self.today, "documentNo": f"SOAK-{k}", "note": "bench/soak.py"}, False

    def send(self, phase, k, due, t0):
        kind, club, method, path, user, body, html = self.request(k)
        start = time.monotonic()
        if start - due > LATE:
            status, answer, err = 0, b"", f"not sent: {start - due:.0f} s late"
        else:
            status, answer, err = self.client.call(method, path, user, body, html)
        end = time.monotonic()
        note = ""
        if 200 <= status < 300 and kind in WRITES:
            note = self.acknowledge(kind, club, body, status, answer) if phase == "soak" else ""
        elif status == 0 and kind in WRITES and phase == "soak" and not err.startswith("not sent"):
            # Sent, no answer (the client gave up): the write may or may not have landed. Not acknowledged,
            # so not expected in the balances; listed so that a difference can be told from a lost write.
            with self.lock:
                self.unanswered.setdefault(str(club), []).append([kind, body["amount"], k])
        with self.lock:
            self.rows.append([phase, k, f"{due - t0:.3f}", kind, club, method, path, status,
                              f"{(end - due) * 1000:.1f}", f"{(end - start) * 1000:.1f}", len(answer), err or note])

    def acknowledge(self, kind, club, body, status, answer):
        with self.lock:
            d = self.acked.setdefault(str(club), {k: 0 for k in BALANCE_KEYS} | {"writes": 0, "pending": 0})
            d["writes"] += 1
            if kind == "receipt":
                d["activityBalance"] += body["amount"]
            elif kind == "expense":
                if status == 202:  # beyond the balance: waits for a second approver, nothing posted
                    d["pending"] += 1
                    return "pending"
                d["activityBalance"] -= body["amount"]
            else:
                # The cash is the amount paid in; the application's split (fee first, then principal, then
                # a credit held) says how income and outstanding move; the three must add up to the amount.
                a = json.loads(answer)
                d["loanCash"] += body["amount"]
                d["income"] += a["fee"]
                d["outstanding"] -= a["principal"]
                if a["fee"] + a["principal"] + a["credit"] != body["amount"]:
                    d.setdefault("split_errors", 0)
                    d["split_errors"] += 1
                    return "split does not add up"
            return ""

    def run(self, phase, seconds, workers):
        """Sends seconds * rate requests, request k due at start + k / rate; returns when all are answered."""
        total = int(seconds * self.rate)
        base = getattr(self, "next_k", 0)
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
        t0 = time.monotonic()
        for i in range(total):
            due = t0 + i / self.rate
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            pool.submit(self.send, phase, base + i, due, t0)
        pool.shutdown(wait=True)  # bounded: each request is sent within LATE s or not at all, TIMEOUT s each
        self.next_k = base + total
        return time.monotonic() - t0


def drive(args):
    client = Client(args["base"], args["session"])
    rate = float(args.get("rate", 9))
    seconds = int(args["seconds"])
    workers = int(args.get("workers", 32))
    out = args["out"]
    os.makedirs(out, exist_ok=True)
    clubs = choose_clubs(client, args["generated"], int(args.get("clubs", 5)))
    today = client.json("/api/v1/indicators", "bench-city")["asOf"]  # the application's today
    d = Driver(client, clubs, today, rate)
    log = lambda m: print(f"[soak {time.strftime('%H:%M:%S')}] {m}", file=sys.stderr, flush=True)
    log(f"clubs {[c['id'] for c in clubs]}, loans {[c['loan'] for c in clubs]}, today {today}, {rate} requests/s")
    warmup = int(args.get("warmup", 30))
    if warmup > 0:
        d.run("warmup", warmup, workers)
        log(f"warm-up done: {len(d.rows)} requests")
    before = figures(client, clubs)
    json.dump(before, open(os.path.join(out, "figures-before.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    if args.get("ready"):
        open(args["ready"], "w").write(f"{time.time()}\n")
    load0 = open("/proc/loadavg").read().split()[:3]
    wall = d.run("soak", seconds, workers)
    load1 = open("/proc/loadavg").read().split()[:3]
    log(f"soak done: {sum(1 for r in d.rows if r[0] == 'soak')} requests in {wall:.1f} s")
    with open(os.path.join(out, "requests.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["phase", "k", "due_s", "kind", "club", "method", "path", "status", "latency_ms", "service_ms",
                    "bytes", "note"])
        w.writerows(sorted(d.rows, key=lambda r: (r[0] != "warmup", r[1])))
    json.dump({"acknowledged": d.acked, "unanswered": d.unanswered},
              open(os.path.join(out, "acknowledged.json"), "w", encoding="utf-8"), indent=1)
    after = figures(client, clubs)
    json.dump(after, open(os.path.join(out, "figures-after.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    summary = summarise(d.rows, before, after, d.acked, d.unanswered)
    summary.update({"warmup_requests": sum(1 for r in d.rows if r[0] == "warmup"),
                    "warmup_errors": sum(1 for r in d.rows if r[0] == "warmup" and not 200 <= int(r[7]) < 300),
                    "clubs": clubs, "today": today, "rate_target": rate, "seconds": seconds, "wall_s": round(wall, 1),
                    "warmup_s": warmup, "workers": workers, "mix": MIX,
                    "loadavg_start": load0, "loadavg_end": load1})
    json.dump(summary, open(os.path.join(out, "summary.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    return 0


def pct(values, p):
    if not values:
        return None
    v = sorted(values)
    return v[min(len(v) - 1, max(0, math.ceil(p / 100 * len(v)) - 1))]  # nearest rank


def summarise(rows, before, after, acked, unanswered=None):
    soak = [r for r in rows if r[0] == "soak"]
    errors = [r for r in soak if not (200 <= int(r[7]) < 300)]
    lat = [float(r[8]) for r in soak]
    svc = [float(r[9]) for r in soak]
    kinds = {}
    for r in soak:
        k = kinds.setdefault(r[3], {"requests": 0, "errors": 0, "lat": []})
        k["requests"] += 1
        k["errors"] += 0 if 200 <= int(r[7]) < 300 else 1
        k["lat"].append(float(r[8]))
    by_kind = {k: {"requests": v["requests"], "errors": v["errors"], "p50_ms": pct(v["lat"], 50),
                   "p95_ms": pct(v["lat"], 95), "p99_ms": pct(v["lat"], 99)} for k, v in kinds.items()}
    diffs = []
    for view in before["indicators"]:
        if before["indicators"][view] != after["indicators"][view]:
            b, a = before["indicators"][view], after["indicators"][view]
            for i, (x, y) in enumerate(zip(b.get("indicators", []), a.get("indicators", []))):
                if x != y:
                    diffs.append(f"indicators ({view}) {x.get('code', i)}: "
                                 f"{json.dumps(x, ensure_ascii=False)[:300]} -> {json.dumps(y, ensure_ascii=False)[:300]}")
            if not diffs:
                diffs.append(f"indicators ({view}) differ outside the indicator list")
    balances = {}
    for club, b in before["balances"].items():
        a = after["balances"][club]
        d = acked.get(club, {})
        expected = {k: b[k] + d.get(k, 0) for k in BALANCE_KEYS}
        lost = (unanswered or {}).get(club, [])
        balances[club] = {"before": b, "after": a, "expected": expected, "writes": d.get("writes", 0),
                          "pending": d.get("pending", 0), "split_errors": d.get("split_errors", 0),
                          "unanswered_writes": lost}
        for k in BALANCE_KEYS:
            if a[k] != expected[k]:
                diffs.append(f"club {club} {k}: before {b[k]:,} + acknowledged {d.get(k, 0):+,} = {expected[k]:,},"
                             f" after {a[k]:,} (off by {a[k] - expected[k]:+,} đồng); writes sent without an answer"
                             f" (may have landed): {', '.join(f'{w[0]} {w[1]:,}' for w in lost) or 'none'}")
        if d.get("split_errors"):
            diffs.append(f"club {club}: {d['split_errors']} repayments whose fee + principal + credit is not the amount")
    return {"requests": len(soak), "errors": len(errors),
            "error_samples": [f"{r[3]} {r[6]}: {r[7]} {r[11]}" for r in errors[:10]],
            "writes_acknowledged": sum(1 for r in soak if r[3] in WRITES and 200 <= int(r[7]) < 300),
            "p50_ms": pct(lat, 50), "p95_ms": pct(lat, 95), "p99_ms": pct(lat, 99), "max_ms": max(lat) if lat else None,
            "service_p50_ms": pct(svc, 50), "service_p99_ms": pct(svc, 99),
            "by_kind": by_kind, "figures_equal": not diffs, "diffs": diffs, "balances": balances}


# ---------------------------------------------------------------------------------------------------
# The report

HEAP_TOLERANCE = (0.10, 8 * 1024)  # live heap after a full GC at the end: within 10 % or 8 MiB of the first
RSS_TOLERANCE = (0.10, 32 * 1024)  # RSS at the end: within 10 % or 32 MiB of the first sample


def memory_verdict(samples, code=None):
    """samples: memory.tsv rows of one scenario's soak, in order (first: after the warm-up, last: the end).
    code: the JIT's code cache (committed KiB) at each sample, from native memory tracking, or None. The RSS
    judged is the process's less that code cache: compiled code grows while more methods become hot, up to
    -XX:ReservedCodeCacheSize, and is not memory the requests keep (the report shows it apart)."""
    if len(samples) < 2:
        return False, "fewer than two memory samples"
    live = [int(s["heap_live_after_gc_kb"] or 0) for s in samples]
    rss = [int(s["rss_after_gc_kb"] or s["rss_kb"] or 0) for s in samples]
    if code and len(code) == len(rss) and all(c is not None for c in code):
        rss = [r - c for r, c in zip(rss, code)]
    msgs, ok = [], True
    allowed = max(live[0] * HEAP_TOLERANCE[0], HEAP_TOLERANCE[1])
    if live[-1] - live[0] > allowed:
        ok = False
        msgs.append(f"live heap grew {(live[-1] - live[0]) / 1024:.1f} MiB (allowed {allowed / 1024:.1f} MiB)")
    else:
        msgs.append(f"live heap {live[-1] - live[0]:+,} KiB, within {allowed / 1024:.1f} MiB")
    allowed = max(rss[0] * RSS_TOLERANCE[0], RSS_TOLERANCE[1])
    second_half = rss[len(rss) // 2:]
    rising = len(second_half) >= 3 and all(b > a for a, b in zip(second_half, second_half[1:]))
    if rss[-1] - rss[0] > allowed:
        ok = False
        msgs.append(f"RSS grew {(rss[-1] - rss[0]) / 1024:.1f} MiB (allowed {allowed / 1024:.1f} MiB)")
    else:
        msgs.append(f"RSS {(rss[-1] - rss[0]) / 1024:+.1f} MiB, within {allowed / 1024:.1f} MiB")
    if rising:
        ok = False
        msgs.append("RSS rose at every sample of the second half")
    return ok, "; ".join(msgs)


NMT_PART = re.compile(r"^-\s+(.+?) \(reserved=(\d+)KB, committed=(\d+)KB\)")


def native_memory(run, scenario, label):
    """{part: committed KiB} from the JVM's native memory tracking (bench/run.sh writes it in the soak), with
    "Total" and "threads"; {} when there is none."""
    path = os.path.join(run, f"nmt-{scenario}-{label}.txt")
    if not os.path.exists(path):
        return {}
    parts = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^Total: reserved=(\d+)KB, committed=(\d+)KB", line)
        if m:
            parts["Total"] = int(m.group(2))
        m = NMT_PART.match(line)
        if m:
            parts[m.group(1).strip()] = int(m.group(3))
        m = re.match(r"^\s+\(thread #(\d+)\)", line)
        if m:
            parts["threads"] = int(m.group(1))
    return parts


def native_memory_table(run, scenario, samples):
    """Markdown: each part of the JVM's memory at the first and the last sample, largest change first."""
    if len(samples) < 2:
        return ""
    first = native_memory(run, scenario, samples[0]["label"])
    last = native_memory(run, scenario, samples[-1]["label"])
    if not first or not last:
        return ""
    rows = sorted(set(first) | set(last), key=lambda k: (k != "Total", -abs(last.get(k, 0) - first.get(k, 0)), k))
    out = [f"The JVM's own account (native memory tracking, committed KiB; `threads` is a count), "
           f"{samples[0]['label']} → {samples[-1]['label']}:\n", "| part | first | last | change |", "|---|--:|--:|--:|"]
    for k in rows:
        a, b = first.get(k, 0), last.get(k, 0)
        out.append(f"| {k} | {a:,} | {b:,} | {b - a:+,} |")
    return "\n".join(out) + "\n"


def report(run):
    mem = []
    path = os.path.join(run, "memory.tsv")
    if os.path.exists(path):
        mem = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    failed = False
    print(f"# ISHC Manager soak, run {os.path.basename(os.path.normpath(run))}\n")
    scenarios = sorted(d[len("soak-"):] for d in os.listdir(run) if d.startswith("soak-") and os.path.isdir(os.path.join(run, d)))
    if not scenarios:
        print("No soak ran.")
        return 1
    for sc in scenarios:
        p = os.path.join(run, f"soak-{sc}", "summary.json")
        print(f"## {sc}\n")
        if not os.path.exists(p):
            print("The soak did not finish (no summary.json): FAILED.\n")
            failed = True
            continue
        s = json.load(open(p, encoding="utf-8"))
        samples = [m for m in mem if m["scenario"] == sc and m["label"].startswith("soak-")]
        code = [native_memory(run, sc, m["label"]).get("Code") for m in samples]
        mem_ok, mem_msg = memory_verdict(samples, code)
        rate = s["requests"] / s["wall_s"] if s["wall_s"] else 0
        f = lambda v: "" if v is None else f"{v:.0f}" if v >= 100 else f"{v:.1f}"
        print(f"{s['seconds']} s at {s['rate_target']:g} requests/s (after {s['warmup_s']} s of warm-up), "
              f"the mix {', '.join(s['mix'])} over clubs {', '.join(str(c['id']) for c in s['clubs'])}; "
              f"load average {' '.join(s['loadavg_start'])} at the start, {' '.join(s['loadavg_end'])} at the end.\n")
        print("| requests | rate sent | answered 2xx | errors | p50 ms | p95 ms | p99 ms | max ms | writes acknowledged | figures equal | memory |")
        print("|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|")
        ok_rate = (s["requests"] - s["errors"]) / s["wall_s"] if s["wall_s"] else 0
        print(f"| {s['requests']} | {rate:.2f}/s | {ok_rate:.2f}/s | {s['errors']} | {f(s['p50_ms'])} | {f(s['p95_ms'])} | {f(s['p99_ms'])} | "
              f"{f(s['max_ms'])} | {s['writes_acknowledged']} | {'yes' if s['figures_equal'] else '**no**'} | "
              f"{'ok' if mem_ok else '**grows**'} |\n")
        print("Latency from each request's due time (queueing included), per kind:\n")
        print("| kind | requests | errors | p50 ms | p95 ms | p99 ms |")
        print("|---|--:|--:|--:|--:|--:|")
        for k in s["mix"]:
            v = s["by_kind"].get(k)
            if v:
                print(f"| {k} | {v['requests']} | {v['errors']} | {f(v['p50_ms'])} | {f(v['p95_ms'])} | {f(v['p99_ms'])} |")
        print()
        for e in s["error_samples"]:
            print(f"- error: {e}")
        for dline in s["diffs"]:
            print(f"- figures differ: {dline}")
        print("\n| club | writes | pending | activity balance before | after | loan cash before | after |")
        print("|--:|--:|--:|--:|--:|--:|--:|")
        for club, b in s["balances"].items():
            print(f"| {club} | {b['writes']} | {b['pending']} | {b['before']['activityBalance']:,} | "
                  f"{b['after']['activityBalance']:,} | {b['before']['loanCash']:,} | {b['after']['loanCash']:,} |")
        print("\nMemory (after a full GC: `jcmd GC.run`, then `GC.heap_info`; RSS of the process):\n")
        judged = all(c is not None for c in code)
        print("| sample | RSS MiB | JIT code cache MiB | RSS less the code cache MiB | live heap KiB |" if judged
              else "| sample | RSS MiB | live heap KiB |")
        print("|---|--:|--:|--:|--:|" if judged else "|---|--:|--:|")
        for m, c in zip(samples, code):
            r = int(m['rss_after_gc_kb'] or m['rss_kb'])
            print(f"| {m['label']} | {r / 1024:.1f} | {c / 1024:.1f} | {(r - c) / 1024:.1f} | {m['heap_live_after_gc_kb']} |"
                  if judged else f"| {m['label']} | {r / 1024:.1f} | {m['heap_live_after_gc_kb']} |")
        nmt = native_memory_table(run, sc, samples)
        if nmt:
            print()
            print(nmt)
        print(f"\nMemory verdict: {'ok' if mem_ok else 'FAILED'} ({mem_msg}; tolerance: live heap at the end within "
              f"{HEAP_TOLERANCE[0]:.0%} or {HEAP_TOLERANCE[1] // 1024} MiB of the first sample, RSS"
              f"{' less the JIT code cache' if judged else ''} within "
              f"{RSS_TOLERANCE[0]:.0%} or {RSS_TOLERANCE[1] // 1024} MiB and not rising at every sample of the second half).\n")
        ok = s["errors"] == 0 and s["figures_equal"] and mem_ok and s["requests"] > 0
        print(f"**{sc}: {'passed' if ok else 'FAILED'}** (errors {s['errors']}, figures "
              f"{'equal' if s['figures_equal'] else 'differ'}, memory {'ok' if mem_ok else 'grows'}).\n")
        failed |= not ok
    return 1 if failed else 0


def main(argv):
    if len(argv) >= 2 and argv[0] == "report":
        return report(argv[1])
    if argv and argv[0] == "drive":
        args, rest = {}, argv[1:]
        if len(rest) % 2:
            raise SystemExit("soak: options come in pairs (--name value)")
        for name, value in zip(rest[::2], rest[1::2]):
            args[name.lstrip("-")] = value
        for needed in ("base", "session", "generated", "out", "seconds"):
            if needed not in args:
                raise SystemExit(f"soak: --{needed} is missing")
        return drive(args)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
