-- refused: table.move of a trillion elements
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
table.move({}, 1, 1e15, 1)
