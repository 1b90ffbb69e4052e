-- refused: resuming a coroutine forever
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local co = coroutine.create(function() while true do coroutine.yield() end end)
while true do coroutine.resume(co) end
