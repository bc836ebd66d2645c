-- wrk script for bench/registry-isolation.sh: each wrk thread is one writer with one connection, registering into
-- its own subjects under BACKWARD_TRANSITIVE. Version k of a subject has fields 1..k, so every registration is
-- compatible and checked against all earlier versions; at MAX versions the writer goes on to a new subject.
-- Run with as many threads as connections: wrk -t8 -c8 -s bench/registry_writers.lua URL
-- Failures are answers other than 2xx/3xx and socket errors, as wrk counts them.
-- Environment: MAX (default 200), PREFIX (subject prefix, default "write").
local most = tonumber(os.getenv("MAX") or "200")
local prefix = os.getenv("PREFIX") or "write"
local threads = {}
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local subject, k = 0, 0

local function schema(n)
  local fields = {}
  for i = 1, n do
    fields[i] = "  string field_" .. i .. " = " .. i .. ";"
  end
  return 'syntax = "proto3";\npackage bench.v1;\n\nmessage Event {\n' .. table.concat(fields, "\n") .. "\n}\n"
end

local function quoted(text)
  return '"' .. text:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub("\n", "\\n") .. '"'
end

request = function()
  k = k + 1
  if k > most then
    subject, k = subject + 1, 1
  end
  local body = '{"schemaType":"PROTOBUF","schema":' .. quoted(schema(k)) .. '}'
  return wrk.format("POST", "/subjects/" .. prefix .. "-" .. id .. "-" .. subject .. "/versions",
    {["Content-Type"] = "application/vnd.schemaregistry.v1+json"}, body)
end

done = function(summary, latency)
  io.write(string.format("writers: %d, registrations: %d (%.0f/s), failures: %d; latency ms p50 %.1f, p99 %.1f, max %.1f\n",
    #threads, summary.requests, summary.requests / (summary.duration / 1e6), summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
