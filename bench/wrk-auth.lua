-- wrk script for the ISHC Manager benchmark (bench/run.sh).
--
-- Authentication, from the environment:
--   BENCH_USER / BENCH_PASSWORD  -> an HTTP Basic "Authorization" header (the API, /api/v1/**);
--   BENCH_COOKIE                 -> a "Cookie" header, e.g. "SESSION=..." from a form login (the pages);
--   neither                      -> no credentials (e.g. /actuator/health).
--   BENCH_BODY                   -> POST this JSON body instead of a GET.
-- At the end it prints one line "BENCH_JSON {...}" with the figures run.sh records (latencies in
-- microseconds), so nothing has to be scraped from wrk's human-readable output.

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

local user = os.getenv("BENCH_USER")
local password = os.getenv("BENCH_PASSWORD") or "demo"
local cookie = os.getenv("BENCH_COOKIE")

if user and user ~= "" then
  wrk.headers["Authorization"] = "Basic " .. base64(user .. ":" .. password)
end
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") or "application/json"
-- BENCH_BODY: a JSON body, sent with POST (e.g. a loan repayment); otherwise GET.
local body = os.getenv("BENCH_BODY")
if body and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
wrk.headers["Accept-Language"] = "vi"

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
end
