-- A second small shift for the checks of the supervisor's shift (tests/checks): three
-- incidents of different priority referred by one colleague, with a planted mistake of every
-- kind (priority, code, key question, advice, escalation); one ambulance on the run when the
-- P1 collapse comes in, so the collision's must be re-allocated; an engine that breaks down at the
-- bin fire; a query and a complaint in the queue; improvements; a knowledge question.
scenario { id = "mini_shift2", version = "1.0.0", title = "Mini shift 2", procedure = "emergency", level = "CC39",
           difficulty = 3, criteria = { "CC39-1.2", "CC39-1.5", "CC39-1.6", "CC39-1.7", "CC39-2.3", "CC39-3.6" } }
shift { duration_s = 1800, compression = 4, briefing = "One ambulance on the run until A2 is back; Kim is on calls." }
place { id = "fire_stn", name = "Fire station", x = 0, y = 0 }
place { id = "amb_stn", name = "Ambulance station", x = 1, y = 0 }
place { id = "oak", name = "Oak Road by the school", x = 2, y = 1 }
place { id = "ash", name = "7 Ash Close", x = 0, y = 2 }
place { id = "park", name = "Park car park", x = 3, y = 0 }
resource { id = "A1", type = "ambulance", base = "amb_stn", turnout_s = 60 }
resource { id = "A2", type = "ambulance", base = "amb_stn", turnout_s = 60, status = "unavailable" }
resource { id = "PC1", type = "police_car", base = "fire_stn", turnout_s = 30 }
resource { id = "F1", type = "fire_engine", base = "fire_stn", turnout_s = 60 }
resource { id = "F2", type = "fire_engine", base = "fire_stn", turnout_s = 60 }
colleague { id = "kim", name = "Kim", need = "prioritising",
  says = { general = "Busy, but fine.", prioritising = "I am never sure which grade a call gets." } }
-- P2: the colleague graded it P3, told them to give a drink (forbidden) and did not escalate
-- three casualties to the duty inspector
incident { id = "crash", at_s = 60, title = "Collision, Oak Road", place = "oak", colleague = "kim",
  truth = { incident = "collision", address = "Oak Road by the school", at_scene = "yes", caller_name = "B", callback = "2",
            caller_role = "witness", casualties = "3", injuries = "minor", trapped = "no", fuel_leak = "no",
            road_blocked = "no" },
  code = "RTC-MIN", priority = "P3",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_casualties", "q_injuries", "q_trapped",
            "q_fuel", "q_blocked" },
  advice = { "stay_safe_road", "give_drink" }, log = "Two cars, three people with cuts and bruises." }
-- P1: coded as a general medical call, and breathing never asked
incident { id = "collapse", at_s = 300, title = "Collapse, 7 Ash Close", place = "ash", colleague = "kim",
  truth = { incident = "medical", address = "7 Ash Close", at_scene = "yes", caller_name = "C", callback = "3",
            caller_role = "neighbour", patient_age = "50", conscious = "no", breathing = "yes" },
  code = "MED-GEN", priority = "P1",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_age", "q_conscious" },
  advice = { "unlock_door" }, log = "Man collapsed in the street, not answering." }
-- P3: right in every decision
incident { id = "bins", at_s = 600, title = "Bins on fire, park car park", place = "park", colleague = "kim",
  truth = { incident = "fire", address = "Park car park", at_scene = "yes", caller_name = "D", callback = "4",
            caller_role = "passer-by", fire_type = "outdoor", persons_reported = "no", smoke = "light" },
  code = "FIRE-OUT", priority = "P3",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_fire_type", "q_persons", "q_smoke" },
  advice = { "keep_clear" }, log = "Wheelie bins alight in the car park." }
event { at_s = 500, unit = "A2", status = "available", report = "A2 back on the run" }
event { at_s = 900, unit = "F1", status = "unavailable", report = "F1 pump failure, off the run" }
contact { id = "eta_crash", at_s = 700, kind = "query", incident = "crash", caller = "Mr B", says = "Where is the ambulance? My wife is hurt." }
contact { id = "cmp_crash", at_s = 1100, kind = "complaint", incident = "crash", caller = "Mrs E",
  says = "You sent an ambulance to the crash and then took it away!" }
improvement { id = "imp_prio", area = "prioritising", text = "Refresher scenarios on grading" }
improvement { id = "imp_adv", area = "advice", text = "Briefing on the limits of advice" }
knowledge { id = "k_review", criterion = "CC39-3.6", text = "Why review the shift's results?",
  choices = { "To blame someone", "To find patterns and act on them", "Because it is required" }, answer = 2,
  explain = "A pattern in the results calls for a team action; a single slip is a matter for the colleague." }
