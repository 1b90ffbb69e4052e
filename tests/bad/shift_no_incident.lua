scenario { id = "bad_shift", version = "1", title = "Bad shift", procedure = "emergency", level = "CC39" }
shift { duration_s = 1800 }
place { id = "a", name = "A", x = 1, y = 1 }
