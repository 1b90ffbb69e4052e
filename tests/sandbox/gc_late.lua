-- ok: __gc added to the metatable after setmetatable (Lua never runs it)
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local mt = {}
local t = setmetatable({}, mt)
mt.__gc = function() while true do end end
t = nil
