scenario { id = "n", version = "1", title = "N", procedure = "emergency", level = "CC39" }
shift { duration_s = 1800 }
place { id = "a", x = 0, y = 0 }
incident { id = "i", at_s = 0/0, title = "T", place = "a", truth = { incident = "fire" }, code = "FIRE-DW", priority = "P1" }
