scenario { id = "bad_shift", version = "1", title = "Bad shift", procedure = "emergency", level = "CC39" }
shift { duration_s = 1800 }
place { id = "a", name = "A", x = 1, y = 1 }
colleague { id = "sam", need = "typing" }
incident { id = "i1", at_s = 60, title = "Fire", place = "a", colleague = "sam", truth = { incident = "fire" }, code = "FIRE-DW", priority = "P1" }
