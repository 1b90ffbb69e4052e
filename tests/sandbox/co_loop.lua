-- refused: an endless loop inside a coroutine
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local co = coroutine.create(function() while true do end end)
local ok, err = coroutine.resume(co)
local x = 1
