scenario { id = "mini_fire", version = "1", title = "Mini fire", procedure = "mini", level = "CC38",
           difficulty = 1, criteria = { "CC38-1.1" }, tags = { "test" } }
place { id = "station", name = "Station", x = 0, y = 0 }
place { id = "house", name = "1 High St", x = 3, y = 4 }
resource { id = "E1", type = "engine", base = "station", speed_kmh = 60, turnout_s = 30 }
resource { id = "E2", type = "engine", base = "station", speed_kmh = 60, turnout_s = 30 }
caller { name = "Al", agitation = 40, patience_s = 30, location = "house",
  truth = { address = "1 High St", nature = "fire", trapped = "yes" },
  says = { opening = "There's a fire!", address = "1 High St.", trapped = "Yes, my son!" } }
event { at_s = 0/0, say = "It's getting worse!", agitation = 20 }
event { when = function(s) return s.time_s > 20 and not s.dispatched.E1 end, say = "Where are they?" }
knowledge { id = "k_tree", criterion = "CC38-3.3", text = "What is the decision tree for?",
  choices = { "Speed", "Consistent assessment and the right response", "Nothing" }, answer = 2,
  explain = "It makes every assessment consistent." }
knowledge { id = "k_order", criterion = "CC38-3.5", text = "Order the levels",
  items = { "Duty officer", "Call-taker", "Silver" }, order = { 2, 1, 3 } }
