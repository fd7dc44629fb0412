-- wrk script for load_test.py: round-robin over BENCH_PATHS (separated by "|||"), counting
-- responses per status class. Prints "BENCHJSON {...}" at the end.
local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "([^|]+)") do
  table.insert(paths, p)
end
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  s2, s3, s4, s5, other = 0, 0, 0, 0, 0
end

function request()
  n = n + 1
  local path = paths[((n + offset) % #paths) + 1]
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  elseif status >= 200 then s2 = s2 + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local t2, t3, t4, t5, to = 0, 0, 0, 0, 0
  for _, t in ipairs(threads) do
    t2 = t2 + t:get("s2"); t3 = t3 + t:get("s3"); t4 = t4 + t:get("s4")
    t5 = t5 + t:get("s5"); to = to + t:get("other")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests": %d, "duration_s": %.3f, "rps": %.2f, "p50_ms": %.3f, "p95_ms": %.3f, ' ..
    '"p99_ms": %.3f, "max_ms": %.3f, "status_2xx": %d, "status_3xx": %d, "status_4xx": %d, ' ..
    '"status_5xx": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, t2, t3, t4, t5, e.connect, e.read, e.write, e.timeout))
end
