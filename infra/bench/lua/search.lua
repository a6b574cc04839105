-- GET /api/v1/songs?<param>=<word>&limit=<n>, rotating over a few words.
-- Usage: wrk ... -s search.lua http://127.0.0.1:8080 -- title 20 love night blue
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "common.lua")

local prepared = {}
local position = 0

local function encode(text)
   return (text:gsub("[^%w%-%._~]", function(c)
      return string.format("%%%02X", string.byte(c))
   end))
end

function init(args)
   local param = args[1] or "title"
   local limit = tonumber(args[2] or "20") or 20
   for i = 3, #args do
      if args[i] ~= "" then
         prepared[#prepared + 1] = wrk.format("GET",
            "/api/v1/songs?" .. encode(param) .. "=" .. encode(args[i]) .. "&limit=" .. limit)
      end
   end
   if #prepared == 0 then
      error("search.lua: pass the parameter, the limit and at least one word after --")
   end
   position = thread_index % #prepared
end

function request()
   position = position % #prepared + 1
   return prepared[position]
end
