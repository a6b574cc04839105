-- POSTs one fixed JSON body to a list of paths, moving to the next path after each thread has sent
-- its share of LIMIT requests to the current one: no playlist of the add scenario takes more than
-- LIMIT entries (the service refuses more than 10,000 per playlist), and all threads add to the
-- same playlist at about the same time.
-- Usage: wrk ... -s append.lua http://127.0.0.1:8080 -- "Header-Name: value" BODY THREADS LIMIT PATH...
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "common.lua")

local prepared = {}
local per_thread
local sent = 0

function init(args)
   local header, body, threads, limit = args[1], args[2], tonumber(args[3]), tonumber(args[4])
   if header == nil or body == nil or threads == nil or limit == nil or args[5] == nil then
      error("append.lua: pass 'Header: value' BODY THREADS LIMIT PATH... after --")
   end
   local name, value = header:match("^([^:]+):%s*(.*)$")
   if name == nil then
      error("append.lua: the header must read 'Name: value'")
   end
   local headers = {["Accept"] = "application/json", ["Content-Type"] = "application/json", [name] = value}
   for i = 5, #args do
      prepared[#prepared + 1] = wrk.format("POST", args[i], headers, body)
   end
   per_thread = math.max(1, math.floor(limit / threads))
end

function request()
   local index = math.floor(sent / per_thread) % #prepared + 1
   sent = sent + 1
   return prepared[index]
end
