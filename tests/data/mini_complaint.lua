scenario { id = "mini_complaint", version = "1", title = "Mini complaint", procedure = "mini", level = "CC39" }
place { id = "house", x = 1, y = 1 }
place { id = "station", x = 0, y = 0 }
resource { id = "E1", type = "engine", base = "station" }
caller { agitation = 60, patience_s = 300, location = "house",
  truth = { address = "4 Mill Rd", nature = "complaint" } }
