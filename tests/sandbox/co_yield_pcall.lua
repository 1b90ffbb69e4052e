-- ok: yield inside pcall inside a coroutine (allowed)
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local co = coroutine.wrap(function() pcall(coroutine.yield, 1) return 2 end)
assert(co() == 1 and co() == 2)
