-- The caller first says it is not a fire; 40 s in, she says it is.
scenario { id = "mini_change", version = "1", title = "Mini change", procedure = "mini" }
place { id = "station", x = 0, y = 0 }
place { id = "house", x = 1, y = 1 }
resource { id = "E1", type = "engine", base = "station" }
caller { agitation = 10, patience_s = 120, location = "house",
  truth = { address = "2 Low Rd", nature = "other" } }
event { at_s = 40, facts = { nature = "fire" }, told = true, say = "Wait, now there's smoke. It's a fire!" }
