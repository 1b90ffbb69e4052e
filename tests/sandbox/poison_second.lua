-- ok: loaded while poison_first is still loaded: sees nothing of it
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
assert(("x"):upper() == "X" and string.upper("y") == "Y")
assert(table.insert and pairs and math.random(1, 1) == 1)
