-- GET /api/v1/songs/{id}, rotating over the ids in a file (one per line, already URL-safe).
-- Usage: wrk ... -s by_id.lua http://127.0.0.1:8080 -- /path/to/ids.txt ["Header-Name: value"]
-- The optional header is sent with every request (a Bearer token or an API key).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "common.lua")

local prepared = {}
local position = 0

function init(args)
   local file = args[1]
   if file == nil then
      error("by_id.lua: pass the id file after --")
   end
   if args[2] ~= nil and args[2] ~= "" then
      local name, value = args[2]:match("^([^:]+):%s*(.*)$")
      if name == nil then
         error("by_id.lua: the header must read 'Name: value'")
      end
      wrk.headers[name] = value
   end
   for line in io.lines(file) do
      local id = line:match("^%s*(.-)%s*$")
      if id ~= "" then
         prepared[#prepared + 1] = wrk.format("GET", "/api/v1/songs/" .. id)
      end
   end
   if #prepared == 0 then
      error("by_id.lua: no ids in " .. file)
   end
   -- threads start far apart in the list so they do not ask for the same song at once
   position = (thread_index * 7919) % #prepared
end

function request()
   position = position % #prepared + 1
   return prepared[position]
end
