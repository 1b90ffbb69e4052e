-- refused: removing a file with os.remove
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
os.remove("scenarios/house_fire.lua")
