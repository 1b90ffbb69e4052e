-- ok: a scenario that poisons everything it can reach (its own state only)
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
string.upper = function() return "pwned" end
table.insert = nil
math.random = function() return 4 end
rawset(_G, "pairs", nil)
scenario = nil
