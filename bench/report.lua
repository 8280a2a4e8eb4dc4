-- Prints one JSON line with what wrk measured: throughput, latency percentiles and failures.
-- With BENCH_COMMIT set, every request is a commitment of EUR 1.00 with a reference of its own,
-- and the line also says how many were sent and how many acknowledged (201), for the correctness
-- check: when wrk stops, up to one request per connection has been sent and not answered yet.
-- With BENCH_PROPOSALS set ("id version token" per line, one per thread, one connection each),
-- every request submits the thread's proposal again at the version the last receipt left it.
local threads = {}
local commit = os.getenv("BENCH_COMMIT")
if commit == "" then
  commit = nil
end
local proposals = {}
for line in (os.getenv("BENCH_PROPOSALS") or ""):gmatch("[^\n]+") do
  table.insert(proposals, line)
end

function setup(thread)
  thread:set("id", #threads + 1)
  thread:set("proposal", proposals[#threads + 1])
  table.insert(threads, thread)
end

function init(args)
  created = 0
  sent = 0
  wrk.headers["Content-Type"] = "application/json"
  if proposal then
    local token
    proposal_id, version, token = proposal:match("(%d+) (%d+) (%S+)")
    version = tonumber(version)
    wrk.headers["Authorization"] = "Bearer " .. token
  end
end

if #proposals > 0 then
  function request()
    sent = sent + 1
    return wrk.format("POST", wrk.path .. proposal_id .. "/submission", nil,
      string.format('{"version":%d}', version))
  end

  function response(status, headers, body)
    if status == 201 then
      created = created + 1
      version = version + 1
    end
  end
elseif commit then
  function request()
    sent = sent + 1
    local body = string.format('{"type":"COMMITMENT","amount":1.00,"reference":"bench-%s-%d-%d"}', commit, id, sent)
    return wrk.format("POST", nil, nil, body)
  end

  function response(status, headers, body)
    if status == 201 then
      created = created + 1
    end
  end
end

function done(summary, latency, requests)
  local acknowledged, issued = 0, 0
  for _, t in ipairs(threads) do
    acknowledged = acknowledged + (t:get("created") or 0)
    issued = issued + (t:get("sent") or 0)
  end
  local e = summary.errors
  io.write(string.format('BENCH {"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,'
    .. '"failed":%d,"non_2xx":%d,"acknowledged":%d,"sent":%d}\n', summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status, acknowledged, issued))
end
