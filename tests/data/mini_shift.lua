-- A small shift for the engine's tests: two fires referred by one colleague, one engine short.
scenario { id = "mini_shift", version = "1.0.0", title = "Mini shift", procedure = "emergency", level = "CC39",
           difficulty = 3, criteria = { "CC39-1.2", "CC39-1.6" } }
shift { duration_s = 1800, compression = 4, briefing = "Two fires and one engine short." }
place { id = "stn", name = "Fire station", x = 0, y = 0 }
place { id = "amb", name = "Ambulance station", x = 1, y = 0 }
place { id = "a", name = "1 A Road", x = 2, y = 0 }
place { id = "b", name = "2 B Road", x = 0, y = 3 }
resource { id = "F1", type = "fire_engine", base = "stn", turnout_s = 60 }
resource { id = "F2", type = "fire_engine", base = "stn", turnout_s = 60 }
resource { id = "A1", type = "ambulance", base = "amb", turnout_s = 60 }
colleague { id = "sam", name = "Sam", need = "questioning", says = { questioning = "I never know which questions come next." } }
incident { id = "fire_a", at_s = 60, title = "Shed fire, 1 A Road", place = "a", colleague = "sam",
  truth = { incident = "fire", address = "1 A Road", at_scene = "yes", caller_name = "A", callback = "1",
            caller_role = "occupier", fire_type = "dwelling", persons_reported = "no", smoke = "light" },
  code = "FIRE-DW", priority = "P2", asked = { "q_what" }, log = "Fire at 1 A Road." }
contact { id = "eta_a", at_s = 600, kind = "query", incident = "fire_a", caller = "Mrs A", says = "Where are they?" }
improvement { id = "imp_q", area = "questioning", text = "Briefing on key questions" }
improvement { id = "imp_p", area = "prioritising", text = "Refresher on priorities" }
