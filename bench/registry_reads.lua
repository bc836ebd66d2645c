-- wrk script: the reads every Kafka client makes, in turn: a schema by id, a subject's latest version, and a
-- lookup of a schema under its subject (what a serializer with auto.register.schemas=false asks).
-- Ids and subjects come from the environment: IDS (how many ids exist), SUBJECTS (how many read-* subjects).
local ids = tonumber(os.getenv("IDS") or "100")
local subjects = tonumber(os.getenv("SUBJECTS") or "8")
local lookup = '{"schemaType":"PROTOBUF","schema":"syntax = \\"proto3\\";\\npackage bench.v1;\\n\\nmessage Read {\\n  string field_1 = 1;\\n}\\n"}'
local n = 0
request = function()
  n = n + 1
  local kind = n % 3
  if kind == 0 then
    return wrk.format("GET", "/schemas/ids/" .. (n % ids + 1))
  elseif kind == 1 then
    return wrk.format("GET", "/subjects/read-" .. (n % subjects) .. "/versions/latest")
  end
  return wrk.format("POST", "/subjects/read-" .. (n % subjects), {["Content-Type"] = "application/vnd.schemaregistry.v1+json"}, lookup)
end
