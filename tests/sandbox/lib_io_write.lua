-- refused: creating a file with io
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
io.open("/tmp/incidesk-sandbox-attack", "w"):write("x")
