-- A referred incident at level 3: the colleague logged the fire as advice only.
scenario { id = "mini_referral", version = "1", title = "Mini referral", procedure = "mini", level = "CC39",
           difficulty = 2, criteria = { "CC39-1.6", "CC39-1.5" } }
place { id = "station", x = 0, y = 0 }
place { id = "house", x = 1, y = 1 }
resource { id = "E1", type = "engine", base = "station", speed_kmh = 30, turnout_s = 60 }
resource { id = "E2", type = "engine", base = "station", speed_kmh = 30, turnout_s = 60 }
caller { agitation = 20, patience_s = 300, location = "house",
  truth = { address = "3 Mill Rd", nature = "fire", trapped = "no" } }
referral { by = "Dan, call-taker", code = "ADV", priority = "P1", note = "Smell of burning, advice given." }
event { at_s = 100, unit = "E1", status = "unavailable", report = "E1 defect" }
