-- wrk script: counts non-2xx responses and responses lacking the expected markers.
-- BENCH_MARKERS: markers separated by "|||"; every one must appear in the body.
-- At the end prints one line: "BENCHJSON {...}" with latency percentiles (ms), rps and counts.
local markers = {}
local spec = os.getenv("BENCH_MARKERS") or ""
for m in string.gmatch(spec, "([^|]+)") do
  table.insert(markers, m)
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  missing = 0
  responses = 0
  bytes = 0
end

function response(status, headers, body)
  responses = responses + 1
  bytes = bytes + #body
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    return
  end
  for _, m in ipairs(markers) do
    if not string.find(body, m, 1, true) then
      missing = missing + 1
      return
    end
  end
end

function done(summary, latency, requests)
  local n2, miss, resp, b = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    n2 = n2 + t:get("non2xx")
    miss = miss + t:get("missing")
    resp = resp + t:get("responses")
    b = b + t:get("bytes")
  end
  local secs = summary.duration / 1e6
  local errs = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests": %d, "duration_s": %.3f, "rps": %.2f, "p50_ms": %.3f, "p90_ms": %.3f, ' ..
    '"p95_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "mean_ms": %.3f, "non2xx": %d, "missing_marker": %d, ' ..
    '"checked": %d, "body_bytes": %d, "socket_errors": %d, "timeouts": %d}\n',
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    n2, miss, resp, b,
    errs.connect + errs.read + errs.write, errs.timeout))
end
