scenario { id = "bad", version = "1", title = "Bad", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
event { when = function(s) place { id = "p2", x = 1, y = 1 } return false end, say = "x" }
