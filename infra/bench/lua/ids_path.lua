-- GET a path built from each id in a file, rotating (one id per line, already URL-safe).
-- Usage: wrk ... -s ids_path.lua http://127.0.0.1:8080 -- /path/to/ids.txt /api/v1/songs/%s/likes
-- "%s" in the template is replaced by the id. Threads start far apart in the list.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "common.lua")

local prepared = {}
local position = 0

function init(args)
   local file, template = args[1], args[2]
   if file == nil or template == nil or not template:find("%%s") then
      error("ids_path.lua: pass the id file and a path template with %s after --")
   end
   for line in io.lines(file) do
      local id = line:match("^%s*(.-)%s*$")
      if id ~= "" then
         prepared[#prepared + 1] = wrk.format("GET", (template:gsub("%%s", id)))
      end
   end
   if #prepared == 0 then
      error("ids_path.lua: no ids in " .. file)
   end
   position = (thread_index * math.floor(#prepared / 2 + 1)) % #prepared
end

function request()
   position = position % #prepared + 1
   return prepared[position]
end
