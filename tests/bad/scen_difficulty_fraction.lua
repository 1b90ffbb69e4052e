scenario { id = "bad", version = "1", title = "Bad", procedure = "mini", difficulty = 1.5 }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
