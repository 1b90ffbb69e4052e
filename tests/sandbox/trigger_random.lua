-- ok: math.random over the whole integer range
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
event { when = function(s) return math.random(math.mininteger, math.maxinteger) == 0 end, say = "x" }
