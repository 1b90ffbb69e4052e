-- A busy shift for the desk's layout tests: eight incidents open at once from two colleagues,
-- contacts queueing and resources running short. In a folder of its own so that the menu
-- of tests/data (and the monkey's walk through it) stays as it was.
scenario { id = "mini_shift_busy", version = "1.0.0", title = "Busy shift with a long title to see how the top bar cuts it", procedure = "emergency",
           level = "CC39", difficulty = 4, criteria = { "CC39-1.2", "CC39-1.6", "CC39-1.7" } }
shift { duration_s = 1800, compression = 4, briefing = "A busy evening: eight incidents in ten minutes and too few engines." }
place { id = "stn", name = "Fire station", x = 0, y = 0 }
place { id = "amb", name = "Ambulance station", x = 1, y = 0 }
place { id = "a", name = "1 A Road", x = 2, y = 0 }
place { id = "b", name = "2 B Road", x = 0, y = 3 }
place { id = "c", name = "3 C Road, a long way out beyond the ring road", x = 4, y = 4 }
resource { id = "F1", type = "fire_engine", base = "stn", turnout_s = 60 }
resource { id = "F2", type = "fire_engine", base = "stn", turnout_s = 60 }
resource { id = "F3", type = "fire_engine", base = "stn", turnout_s = 60 }
resource { id = "A1", type = "ambulance", base = "amb", turnout_s = 60 }
resource { id = "A2", type = "ambulance", base = "amb", turnout_s = 60 }
colleague { id = "sam", name = "Sam Okafor-Whitehead", need = "questioning",
            says = { general = "It is busy tonight.", questioning = "I never know which questions come next, and tonight every caller talks over me." } }
colleague { id = "kim", name = "Kim", says = { general = "Fine, thanks." } }
incident { id = "fire_1", at_s = 60, title = "Shed fire, 1 A Road", place = "a", colleague = "sam",
  truth = { incident = "fire", address = "Shed fire, 1 A Road", at_scene = "yes", caller_name = "C0", callback = "0",
            caller_role = "occupier", fire_type = "dwelling", persons_reported = "no", smoke = "light" },
  code = "FIRE-DW", priority = "P2", asked = { "q_what" }, log = "Fire reported: Shed fire, 1 A Road. Caller at the scene, nobody inside." }
incident { id = "fire_2", at_s = 120, title = "Smoke from a house, 2 B Road", place = "b", colleague = "kim",
  truth = { incident = "fire", address = "Smoke from a house, 2 B Road", at_scene = "yes", caller_name = "C1", callback = "1",
            caller_role = "occupier", fire_type = "dwelling", persons_reported = "no", smoke = "light" },
  code = "FIRE-DW", priority = "P2", asked = { "q_what" }, log = "Fire reported: Smoke from a house, 2 B Road. Caller at the scene, nobody inside." }
incident { id = "fire_3", at_s = 180, title = "Bin fire behind the shops on the long parade at 3 C Road", place = "c", colleague = "sam",
  truth = { incident = "fire", address = "Bin fire behind the shops on the long parade at 3 C Road", at_scene = "yes", caller_name = "C2", callback = "2",
            caller_role = "occupier", fire_type = "dwelling", persons_reported = "no", smoke = "light" },
  code = "FIRE-DW", priority = "P2", asked = { "q_what" }, log = "Fire reported: Bin fire behind the shops on the long parade at 3 C Road. Caller at the scene, nobody inside." }
incident { id = "fire_4", at_s = 240, title = "Garage fire, 1 A Road", place = "a", colleague = "kim",
  truth = { incident = "fire", address = "Garage fire, 1 A Road", at_scene = "yes", caller_name = "C3", callback = "3",
            caller_role = "occupier", fire_type = "dwelling", persons_reported = "no", smoke = "light" },
  code = "FIRE-DW", priority = "P2", asked = { "q_what" }, log = "Fire reported: Garage fire, 1 A Road. Caller at the scene, nobody inside." }
incident { id = "fire_5", at_s = 300, title = "Kitchen fire, 2 B Road", place = "b", colleague = "sam",
  truth = { incident = "fire", address = "Kitchen fire, 2 B Road", at_scene = "yes", caller_name = "C4", callback = "4",
            caller_role = "occupier", fire_type = "dwelling", persons_reported = "no", smoke = "light" },
  code = "FIRE-DW", priority = "P2", asked = { "q_what" }, log = "Fire reported: Kitchen fire, 2 B Road. Caller at the scene, nobody inside." }
incident { id = "fire_6", at_s = 360, title = "Chimney fire, 3 C Road", place = "c", colleague = "kim",
  truth = { incident = "fire", address = "Chimney fire, 3 C Road", at_scene = "yes", caller_name = "C5", callback = "5",
            caller_role = "occupier", fire_type = "dwelling", persons_reported = "no", smoke = "light" },
  code = "FIRE-DW", priority = "P2", asked = { "q_what" }, log = "Fire reported: Chimney fire, 3 C Road. Caller at the scene, nobody inside." }
incident { id = "fire_7", at_s = 420, title = "Car fire, 1 A Road", place = "a", colleague = "sam",
  truth = { incident = "fire", address = "Car fire, 1 A Road", at_scene = "yes", caller_name = "C6", callback = "6",
            caller_role = "occupier", fire_type = "dwelling", persons_reported = "no", smoke = "light" },
  code = "FIRE-DW", priority = "P2", asked = { "q_what" }, log = "Fire reported: Car fire, 1 A Road. Caller at the scene, nobody inside." }
incident { id = "fire_8", at_s = 480, title = "Hedge fire, 2 B Road", place = "b", colleague = "kim",
  truth = { incident = "fire", address = "Hedge fire, 2 B Road", at_scene = "yes", caller_name = "C7", callback = "7",
            caller_role = "occupier", fire_type = "dwelling", persons_reported = "no", smoke = "light" },
  code = "FIRE-DW", priority = "P2", asked = { "q_what" }, log = "Fire reported: Hedge fire, 2 B Road. Caller at the scene, nobody inside." }
contact { id = "c1", at_s = 300, kind = "query", incident = "fire_1", caller = "Caller 1", says = "Where are they? It has been ages and nobody has told me anything at all.", patience_s = 900 }
contact { id = "c2", at_s = 340, kind = "complaint", incident = "fire_2", caller = "Caller 2", says = "Where are they? It has been ages and nobody has told me anything at all.", patience_s = 900 }
contact { id = "c3", at_s = 380, kind = "query", incident = "fire_3", caller = "Caller 3", says = "Where are they? It has been ages and nobody has told me anything at all.", patience_s = 900 }
contact { id = "c4", at_s = 420, kind = "complaint", incident = "fire_4", caller = "Caller 4", says = "Where are they? It has been ages and nobody has told me anything at all.", patience_s = 900 }
contact { id = "c5", at_s = 460, kind = "query", incident = "fire_5", caller = "Caller 5", says = "Where are they? It has been ages and nobody has told me anything at all.", patience_s = 900 }
improvement { id = "imp_q", area = "questioning", text = "Briefing on key questions" }
improvement { id = "imp_p", area = "prioritising", text = "Refresher on priorities" }
