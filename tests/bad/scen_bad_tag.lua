scenario { id = "bad", version = "1", title = "Bad", procedure = "mini",
           tags = { "fire", "two words" } }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
