scenario { id = "bad", version = "1", title = "Bad", procedure = "mini" }
place { id = "ho=use", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
event { at_s = 10, unit = "E9", status = "unavailable" }
