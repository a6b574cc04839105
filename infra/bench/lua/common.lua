-- Shared part of the Cadenza wrk scenarios, loaded by each scenario script.
--
-- * gives every thread its index (global `thread_index`) so rotating scenarios
--   can start at different offsets;
-- * counts responses whose status is not 2xx (wrk itself only counts >= 400);
-- * prints one machine-readable line from done() that bench.sh parses:
--     CADENZA_BENCH requests=... rps=... p50_ms=... p99_ms=... non2xx=... ...

wrk.headers["Accept"] = "application/json"

local threads = {}
local thread_count = 0

thread_index = 0
non2xx = 0

function setup(thread)
   thread:set("thread_index", thread_count)
   thread_count = thread_count + 1
   threads[thread_count] = thread
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

local function ms(microseconds)
   return microseconds / 1000.0
end

function done(summary, latency, requests)
   local bad = 0
   for _, thread in ipairs(threads) do
      bad = bad + (tonumber(thread:get("non2xx")) or 0)
   end
   local seconds = summary.duration / 1e6
   local rps = 0
   if seconds > 0 then
      rps = summary.requests / seconds
   end
   local e = summary.errors
   io.write(string.format(
      "CADENZA_BENCH requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f"
         .. " non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
      summary.requests, seconds, rps,
      ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)), ms(latency.max),
      bad, e.connect, e.read, e.write, e.timeout))
end
