-- POST /api/v1/auth/token with one account's username and password: sign-ins per second, bounded
-- by bcrypt. Usage: wrk ... -s login.lua http://127.0.0.1:8080 -- <username> <password>
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "common.lua")

local prepared

function init(args)
   if args[1] == nil or args[2] == nil then
      error("login.lua: pass the username and the password after --")
   end
   local body = string.format('{"username":"%s","password":"%s"}', args[1], args[2])
   prepared = wrk.format("POST", "/api/v1/auth/token", {["Content-Type"] = "application/json",
      ["Accept"] = "application/json"}, body)
end

function request()
   return prepared
end
