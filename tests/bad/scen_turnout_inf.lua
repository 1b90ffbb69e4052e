scenario { id = "bad", version = "1", title = "Bad", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
resource { id = "E1", type = "engine", base = "house", turnout_s = 1/0 }
