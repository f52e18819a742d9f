-- wrk script of the meeting-sheet save (bench/run.sh, sheet_save): every request records a NEW meeting,
-- POST /api/v1/clubs/{id}/meetings, of one of the generated clubs of about 60 members on a day it has no
-- meeting yet (a club holds one meeting a day), with a key never sent before.
--
-- Environment:
--   BENCH_USER / BENCH_PASSWORD  HTTP Basic (an account that may write to those clubs: bench-admin);
--   BENCH_SHEET_DATA   a Lua file (written by bench/run.sh from the generator's summary) returning the
--                      clubs: { {id=, fee=, days={epoch days, latest first}, members={{personId, joined}},
--                      loans={{loanId, personId, disbursed}}}, ... } (days as days since 1970-01-01);
--   BENCH_SHEET_BASE   the first slot of this run (slots used by earlier runs are not used again);
--   BENCH_SHEET_TAG    makes the keys unique across runs and scenarios;
--   BENCH_THREADS      wrk's -t (the threads share the slots: thread t takes t, t + threads, ...).
-- Slot n is club n mod K on that club's (n div K)-th free day, going back from yesterday. Each line: a member
-- of the club on that day (joined by then), mostly PRESENT with the club's fee, every 17th EXCUSED with the
-- fee, every 23rd ABSENT without; each borrower with a running loan disbursed by then repays 1,000 đồng of it.
-- At the end it prints "BENCH_JSON {...}" as bench/wrk-auth.lua does, and "BENCH_SHEET_NEXT n" (the next
-- free slot), "BENCH_SHEET_REPLAYED n" (200 answers: a key or day already used) and the first error bodies.

local function base64(s)
  local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  local out = {}
  for i = 1, #s, 3 do
    local a, b, c = s:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local c1 = math.floor(n / 262144) % 64
    local c2 = math.floor(n / 4096) % 64
    local c3 = math.floor(n / 64) % 64
    local c4 = n % 64
    out[#out + 1] = alphabet:sub(c1 + 1, c1 + 1) .. alphabet:sub(c2 + 1, c2 + 1)
      .. (b and alphabet:sub(c3 + 1, c3 + 1) or "=")
      .. (c and alphabet:sub(c4 + 1, c4 + 1) or "=")
  end
  return table.concat(out)
end

local user = os.getenv("BENCH_USER") or "bench-admin"
local password = os.getenv("BENCH_PASSWORD") or "demo"
wrk.headers["Authorization"] = "Basic " .. base64(user .. ":" .. password)
wrk.headers["Accept"] = "application/json"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "vi"
wrk.method = "POST"

local clubs = dofile(os.getenv("BENCH_SHEET_DATA"))
local base = tonumber(os.getenv("BENCH_SHEET_BASE") or "0")
local tag = os.getenv("BENCH_SHEET_TAG") or "x"
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")

-- Main state: the threads, for done().
local threads = {}
local created = 0
function setup(thread)
  thread:set("tid", created)
  created = created + 1
  table.insert(threads, thread)
end

-- Thread state.
k = 0
replayed = 0
wrapped = 0
errors = ""

function request()
  local slot = base + tid + nthreads * k
  k = k + 1
  local K = #clubs
  local c = clubs[slot % K + 1]
  local di = math.floor(slot / K)
  if di >= #c.days then
    wrapped = wrapped + 1
    di = di % #c.days
  end
  local day = c.days[di + 1]
  local lines = {}
  local borrowed = {}
  for _, l in ipairs(c.loans) do
    if l[3] <= day then
      borrowed[l[2]] = borrowed[l[2]] or {}
      table.insert(borrowed[l[2]], l[1])
    end
  end
  for i, m in ipairs(c.members) do
    if m[2] <= day then
      local pid = m[1]
      local att, fee = "PRESENT", c.fee
      local loans = borrowed[pid]
      if not loans then
        if i % 23 == 0 then att, fee = "ABSENT", nil elseif i % 17 == 0 then att = "EXCUSED" end
      end
      local line = '{"personId":' .. pid .. ',"attendance":"' .. att .. '"'
      if fee then line = line .. ',"fee":' .. fee end
      if loans then
        local r = {}
        for _, loan in ipairs(loans) do r[#r + 1] = '{"loanId":' .. loan .. ',"amount":1000}' end
        line = line .. ',"repayments":[' .. table.concat(r, ",") .. "]"
      end
      lines[#lines + 1] = line .. "}"
    end
  end
  local body = '{"key":"bench-' .. tag .. "-" .. slot .. '","heldOn":"' .. os.date("!%Y-%m-%d", day * 86400)
    .. '","place":"Nhà văn hóa","topics":"Sinh hoạt định kỳ","lines":[' .. table.concat(lines, ",") .. "]}"
  return wrk.format("POST", "/api/v1/clubs/" .. c.id .. "/meetings", wrk.headers, body)
end

function response(status, headers, body)
  if status == 200 then
    replayed = replayed + 1
  elseif status >= 300 and #errors < 2000 then
    errors = errors .. "HTTP " .. status .. ": " .. string.sub(body or "", 1, 400) .. "\n"
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"seconds":%.3f,"rps":%.2f,"bytes":%d,'
      .. '"p50_us":%d,"p90_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,'
      .. '"err_connect":%d,"err_read":%d,"err_write":%d,"err_status":%d,"err_timeout":%d}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout))
  local next, rep, wrap = base, 0, 0
  for _, t in ipairs(threads) do
    local n = base + t:get("tid") + nthreads * t:get("k")
    if n > next then next = n end
    rep = rep + t:get("replayed")
    wrap = wrap + t:get("wrapped")
    local err = t:get("errors")
    if err and err ~= "" then io.write("BENCH_SHEET_ERRORS " .. err) end
  end
  io.write(string.format("BENCH_SHEET_NEXT %d\nBENCH_SHEET_REPLAYED %d\nBENCH_SHEET_WRAPPED %d\n", next, rep, wrap))
end
