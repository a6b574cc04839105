-- One fixed request with a credential header and an optional JSON body.
-- Usage: wrk ... -s request.lua http://127.0.0.1:8080 -- METHOD PATH "Header-Name: value" [BODY]
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "common.lua")

local prepared

function init(args)
   local method, path, header, body = args[1], args[2], args[3], args[4]
   if method == nil or path == nil or header == nil then
      error("request.lua: pass METHOD PATH 'Header: value' [BODY] after --")
   end
   local name, value = header:match("^([^:]+):%s*(.*)$")
   if name == nil then
      error("request.lua: the header must read 'Name: value'")
   end
   local headers = {["Accept"] = "application/json", [name] = value}
   if body ~= nil and body ~= "" then
      headers["Content-Type"] = "application/json"
   end
   prepared = wrk.format(method, path, headers, body)
end

function request()
   return prepared
end
