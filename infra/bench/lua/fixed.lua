-- One fixed URL (the one given to wrk): admin /ping, the first page, the deep page.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "common.lua")
