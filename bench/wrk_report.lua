-- wrk script for bench/load_extract.sh: POSTs the article named by the
-- ARTICLE environment variable (plain text) when it is set, GETs otherwise;
-- at the end prints one machine-readable line with throughput, latency
-- percentiles and every kind of error (non-2xx statuses included).
local path = os.getenv("ARTICLE")
if path and path ~= "" then
  local f = assert(io.open(path, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
