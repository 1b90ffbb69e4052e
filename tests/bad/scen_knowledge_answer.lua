scenario { id = "bad", version = "1", title = "Bad", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
knowledge { id = "k1", criterion = "CC38-3.3", text = "Why?",
  choices = { "a", "b", "c" }, answer = 4 }
