-- Shift: the first cold night of winter on the gas emergency line. The trainee is the team
-- leader from 17:00 to 18:00. Three call-handlers refer eleven jobs; up to seven are open at
-- once, and the six emergency engineers (first-call operatives) are all out by 17:16.
--
-- What the shift holds:
-- * Megan Price, new to the team from the supplier's customer line, grades well but does not
--   tell the duty engineer or network control when a rule says so: the flat in Linden House,
--   the school, and the street of homes off gas (three missed escalations). Her need is
--   escalation; buddying, a refresher scenario or a procedure briefing fits it.
-- * Callum Baxter grades an old man's loss of supply as a two-hour emergency because of the
--   cold, and does not ask whether the smell in Mill Street is already a job. Aisha Khan tells a builder
--   to stuff a rag into the pipe his digger has holed, and grades a car against a meter box
--   with no gas escaping as a one-hour job. Single slips each; together, two gradings wrong.
-- * All six vans are committed when the school caretaker smells gas: the van on its way to
--   the loss of supply (12 hours) is re-allocated, and the old man gets the next free van.
-- * The van sent to the rented house with carbon monoxide symptoms is stuck behind a
--   jack-knifed lorry and must be replaced.
-- * The old man's daughter rings to ask when the engineer is coming (a query); a customer
--   rings to complain that the engineer capped her boiler and left her with no heating.
-- * The results show escalation (3) and prioritising (2): those are the team actions.

scenario {
  id = "shift_gas_cold_snap",
  version = "1.0.0",
  title = "Shift: gas emergency line, the first cold night",
  procedure = "gas_emergency",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5", "CC39-1.6", "CC39-1.7",
               "CC39-2.1", "CC39-2.2", "CC39-2.3", "CC39-3.2", "CC39-3.3", "CC39-3.6" },
  tags = { "shift", "supervisor", "gas", "reallocation", "colleague_support", "unit_failure",
           "event:unit_unavailable", "event:follow_up_complaint", "event:escalation_beyond_authority" },
  summary = "Sixty minutes of the first cold night at Northshire Gas Networks: eleven jobs from three "
         .. "call-handlers, every van out when a school smells of gas, a van stuck behind a lorry on its way "
         .. "to a carbon monoxide report, a daughter chasing an engineer and a customer complaining that her "
         .. "boiler was capped.",
}

shift { duration_s = 3600, compression = 5,
  briefing = "You are the contact centre team leader at Northshire Gas Networks, 17:00 to 18:00, the first frost "
          .. "of the winter. Megan Price, Callum Baxter and Aisha Khan are taking the emergency calls and refer each "
          .. "job to you: check their decisions, allocate, brief and task the engineers, track them, and take the "
          .. "calls that come to the team leader. Six first-call operatives and two repair teams are on. At the "
          .. "end, review the shift's results and choose what the team should work on." }

place { id = "northam_depot",  name = "Northam gas depot, Foundry Lane",    x = 3.0, y = 4.0 }
place { id = "eastgate_depot", name = "Eastgate gas depot",                 x = 8.6, y = 5.5 }
place { id = "westfield_yard", name = "Westfield engineers' yard",         x = 1.2, y = 2.4 }

place { id = "pit_lane",       name = "6 Pit Lane, Northam",                x = 2.2, y = 3.1 }
place { id = "linden_house",   name = "Flat 12, Linden House, Northam",     x = 4.6, y = 6.2 }
place { id = "rowan_drive",    name = "31 Rowan Drive, Eastgate",           x = 7.9, y = 4.8 }
place { id = "quarry_road",    name = "88 Quarry Road, Westfield",          x = 1.6, y = 3.5 }
place { id = "kings_road",     name = "Outside 140 Kings Road, Northam",    x = 5.6, y = 3.3 }
place { id = "st_marys",       name = "St Mary's Primary School, Chapel Street, Northam", x = 3.8, y = 5.6 }
place { id = "orchard_way",    name = "Orchard Way, Eastgate (nos. 1-24)",  x = 8.2, y = 6.6 }
place { id = "brook_terrace",  name = "9 Brook Terrace, Northam",           x = 3.6, y = 4.6 }
place { id = "chapel_row",     name = "4 Chapel Row, Westfield",            x = 1.0, y = 1.2 }
place { id = "mill_street",    name = "Mill Street by the post office, Northam", x = 3.4, y = 4.9 }
place { id = "station_cafe",   name = "Station Cafe, 2 Railway Approach, Eastgate", x = 7.4, y = 5.2 }

resource { id = "V1", type = "fco", name = "Van 211, engineer Tom Reid", base = "northam_depot",
           speed_kmh = 40, turnout_s = 60, channel = "data" }
resource { id = "V2", type = "fco", name = "Van 214, engineer Lee Barker", base = "northam_depot",
           speed_kmh = 40, turnout_s = 60, channel = "data" }
resource { id = "V3", type = "fco", name = "Van 208, engineer Sam Okafor", base = "eastgate_depot",
           speed_kmh = 40, turnout_s = 90, channel = "data" }
resource { id = "V4", type = "fco", name = "Van 231, engineer Priya Shah", base = "westfield_yard",
           speed_kmh = 40, turnout_s = 60, channel = "data" }
resource { id = "V5", type = "fco", name = "Van 240, engineer Dean Hollis", base = "eastgate_depot",
           speed_kmh = 40, turnout_s = 90, channel = "data" }
resource { id = "V6", type = "fco", name = "Van 250, engineer Jo Marsh", base = "westfield_yard",
           speed_kmh = 40, turnout_s = 60, channel = "data" }
resource { id = "R1", type = "repair_team", name = "Repair gang 2 (Northam)", base = "northam_depot",
           speed_kmh = 35, turnout_s = 600, channel = "radio" }
resource { id = "R2", type = "repair_team", name = "Repair gang 5 (Eastgate)", base = "eastgate_depot",
           speed_kmh = 35, turnout_s = 600, channel = "radio" }

------------------------------------------------------------------------------------------
-- The call-handlers.
------------------------------------------------------------------------------------------
colleague { id = "megan", name = "Megan Price", role = "call-handler",
  need = "escalation",
  support = { "buddying", "refresher_scenario", "procedure_briefing" },
  says = {
    general = "It's mad tonight, isn't it? I'm fine on the calls themselves. I get the people out and the "
           .. "engineer booked.",
    escalation = "The duty engineer? I thought the engineer going out was the duty engineer... On the supplier "
              .. "line we never had to tell anyone above us, the job just went in the queue. I don't really know "
              .. "which ones need the duty engineer or network control. Is it all flats?",
    prioritising = "The gradings I'm okay with, I follow the screen.",
    questioning = "I ask everything on the screen, I'm a bit slow but I get there.",
  } }

colleague { id = "callum", name = "Callum Baxter", role = "call-handler",
  need = nil,
  says = {
    general = "Fine, thanks. Sorry about Mr Hughes at Pit Lane: he's 84 and it's freezing, so I put him in "
           .. "for two hours. I know loss of supply is a twelve-hour job.",
    prioritising = "Pit Lane: R1, I know. I let the weather grade it for me. The vulnerable customer goes on the "
                .. "job and the engineer prioritises on the day.",
    questioning = "Mill Street, whether anyone had already rung it in? It's the high street, somebody probably "
               .. "had, and I just didn't ask. If it's a job already, it's a duplicate. Won't happen again.",
  } }

colleague { id = "aisha", name = "Aisha Khan", role = "call-handler",
  need = nil,
  says = {
    general = "Good, busy. The digger one shook me a bit.",
    advice = "The builder wanted to do something, and I said a rag would slow it down. I know, I know: never "
          .. "tell them to touch it. Keep away, no flames, that's it.",
    prioritising = "The cafe. The meter box was smashed, so I went straight to E1. He said there was no smell "
                .. "at all, though, so it's two hours. I jumped.",
  } }

------------------------------------------------------------------------------------------
-- The jobs, in the order they are referred.
------------------------------------------------------------------------------------------
incident { id = "pit_lane_supply", at_s = 60, title = "No gas, elderly man, 6 Pit Lane",
  place = "pit_lane", colleague = "callum",
  truth = { report = "no supply", address = "6 Pit Lane, Northam", premises = "house", caller_name = "Karen Hughes",
            callback = "07700 900802", prepay = "no", neighbours = "no",
            occupants = "Mr Dennis Hughes, 84, lives alone, walks with a frame" },
  code = "NS", priority = "E2",                  -- mistake: a single loss of supply is R1
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_prepay", "q_neighbours", "q_occupants" },
  advice = { "appliances_off", "no_relight" },
  escalated = nil,
  log = "Daughter calling for her father, 84, alone. Boiler and fire went off this afternoon, credit meter so "
     .. "not prepay, next door have gas. Appliances off. Vulnerable: put in as E2 because of the cold." }

incident { id = "linden_flat", at_s = 240, title = "Faint smell of gas, Flat 12 Linden House",
  place = "linden_house", colleague = "megan",
  truth = { report = "smell", address = "Flat 12, Linden House", premises = "flat", caller_name = "Joe Adeyemi",
            callback = "07700 900815", smell_where = "inside", strength = "faint", reported = "no", fire = "no",
            ignition = "no", ecv = "off", occupants = "caller and his partner" },
  code = "GE-CON", priority = "E2",
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_smell_where", "q_strength",
            "q_reported", "q_fire", "q_ignition", "q_ecv", "q_occupants" },
  advice = { "ventilate", "no_switches", "no_flames", "call_back" },
  escalated = nil,                               -- mistake: a flat: the duty engineer
  log = "Faint smell by the cooker in a fourth-floor flat. Turned off at the meter, windows open, smell "
     .. "fading. Two adults, both fine. Nothing lit." }

incident { id = "rowan_co_alarm", at_s = 420, title = "Carbon monoxide alarm sounding, 31 Rowan Drive",
  place = "rowan_drive", colleague = "aisha",
  truth = { report = "carbon monoxide", address = "31 Rowan Drive, Eastgate", premises = "house",
            caller_name = "Fiona Kerr", callback = "07700 900827", co_symptoms = "none", co_alarm = "yes",
            appliance = "boiler in the kitchen, now off", occupants = "caller and two children" },
  code = "CO-ALM", priority = "E1",
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_co_symptoms", "q_co_alarm",
            "q_appliance", "q_occupants" },
  advice = { "co_fresh_air", "co_appliance_off" },
  escalated = nil,
  log = "CO alarm going off in the kitchen since the heating came on. Nobody unwell. Boiler turned off, "
     .. "family outside in the car with the windows open." }

incident { id = "quarry_strong", at_s = 600, title = "Strong smell of gas in the hall, 88 Quarry Road",
  place = "quarry_road", colleague = "callum",
  truth = { report = "smell", address = "88 Quarry Road, Westfield", premises = "house", caller_name = "Ian Booth",
            callback = "07700 900839", smell_where = "inside", strength = "strong", reported = "no", fire = "no",
            ignition = "no", ecv = "off", occupants = "caller and his wife", cannot_leave = "no" },
  code = "GE-UNC", priority = "E1",
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_smell_where", "q_strength",
            "q_reported", "q_fire", "q_ignition", "q_ecv", "q_occupants", "q_leave" },
  advice = { "turn_off_ecv", "ventilate", "no_switches", "no_flames", "get_out" },
  escalated = nil,
  log = "Strong smell in the hall by the meter cupboard. Gas off at the meter, doors open, both out on the "
     .. "drive. Still smells strong from the door." }

incident { id = "chapel_row_faint", at_s = 690, title = "Faint smell in the kitchen, 4 Chapel Row",
  place = "chapel_row", colleague = "aisha",
  truth = { report = "smell", address = "4 Chapel Row, Westfield", premises = "house", caller_name = "Bill Tranter",
            callback = "07700 900846", smell_where = "inside", strength = "faint", reported = "no", fire = "no",
            ignition = "no", ecv = "off", occupants = "caller alone" },
  code = "GE-CON", priority = "E2",
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_smell_where", "q_strength",
            "q_reported", "q_fire", "q_ignition", "q_ecv", "q_occupants" },
  advice = { "ventilate", "no_switches", "no_flames", "call_back" },
  escalated = nil,
  log = "Faint smell by the cooker on and off since teatime. Turned off at the meter, back door open, smell "
     .. "nearly gone. Lives alone, well." }

incident { id = "kings_road_digger", at_s = 780, title = "Digger through a gas pipe, outside 140 Kings Road",
  place = "kings_road", colleague = "aisha",
  truth = { report = "damage", address = "Outside 140 Kings Road, Northam", premises = "house",
            caller_name = "Gary Wood", callback = "07700 900841",
            damage = "mini digger bucket through the service pipe in the front garden",
            escaping = "yes", fire = "no" },
  code = "DMG-ESC", priority = "E1",
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_damage", "q_escaping", "q_fire" },
  advice = { "keep_away", "no_flames", "get_out", "call_back", "fix_pipe" },  -- mistake: told him to plug it
  escalated = nil,
  log = "Builder digging a soakaway has gone through the yellow pipe to no. 140. Loud hissing. Occupants out, "
     .. "machine off. Told him to push a rag into it to slow it down and keep everyone back." }

incident { id = "st_marys_school", at_s = 960, title = "Smell of gas in the school hall, St Mary's Primary",
  place = "st_marys", colleague = "megan",
  truth = { report = "smell", address = "St Mary's Primary School, Chapel Street", premises = "public building",
            caller_name = "Alan Frost", callback = "07700 900853", smell_where = "inside", strength = "faint",
            reported = "no", fire = "no", ignition = "no", ecv = "cannot",
            occupants = "caretaker and 30 people at a parents' evening" },
  code = "GE-UNC", priority = "E1",
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_smell_where", "q_strength",
            "q_reported", "q_fire", "q_ignition", "q_ecv", "q_occupants" },
  advice = { "turn_off_ecv", "ventilate", "no_switches", "no_flames", "get_out" },
  escalated = nil,                               -- mistake: a public building: the duty engineer
  log = "Caretaker. Smell of gas in the hall during a parents' evening, about 30 people. Can't find the meter "
     .. "key. Hall being emptied, windows open, nothing lit." }

incident { id = "orchard_way_outage", at_s = 1140, title = "Street without gas, Orchard Way",
  place = "orchard_way", colleague = "megan",
  truth = { report = "no supply", address = "Orchard Way, Eastgate", premises = "house", caller_name = "Lesley Hart",
            callback = "07700 900866", prepay = "no", neighbours = "yes",
            occupants = "caller and husband; an elderly neighbour at no. 3" },
  code = "NS-AREA", priority = "E2",
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_prepay", "q_neighbours", "q_occupants" },
  advice = { "appliances_off", "no_relight" },
  escalated = nil,                               -- mistake: several homes off: network control
  log = "Whole of Orchard Way has lost gas in the last half hour, at least ten houses she has spoken to. Told "
     .. "to turn all appliances off. Elderly neighbour at no. 3." }

incident { id = "brook_co_symptoms", at_s = 1320, title = "Headaches and a gas fire, 9 Brook Terrace (rented)",
  place = "brook_terrace", colleague = "callum",
  truth = { report = "carbon monoxide", address = "9 Brook Terrace, Northam", premises = "house",
            caller_name = "Nadia Ali", callback = "07700 900878", co_symptoms = "mild", co_alarm = "no",
            appliance = "gas fire in the front room", occupants = "caller and her son, 6", tenure = "rented" },
  code = "CO-SYM", priority = "E1",
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_co_symptoms", "q_co_alarm",
            "q_appliance", "q_occupants", "q_tenure" },
  advice = { "co_fresh_air", "co_appliance_off", "co_doctor" },
  escalated = nil,
  log = "Mother and son, 6, both headaches and sick since the gas fire went on this afternoon. No alarm. Fire "
     .. "off, both out at a neighbour's. Rented from Brookside Lettings." }

incident { id = "mill_street_outside", at_s = 1500, title = "Smell of gas in the street, Mill Street",
  place = "mill_street", colleague = "callum",
  truth = { report = "smell", address = "Mill Street by the post office, Northam", premises = "business",
            caller_name = "Rita Gomez", callback = "07700 900889", smell_where = "outside", strength = "strong",
            reported = "no", fire = "no", ignition = "no" },
  code = "GE-EXT", priority = "E1",
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_smell_where", "q_strength",
            "q_fire", "q_ignition" },               -- mistake: never asked whether it is already a job (q_reported)
  advice = { "keep_away", "no_flames", "call_back" },
  escalated = nil,
  log = "Post office assistant. Strong smell of gas on the pavement outside, by the ironwork cover. Not inside "
     .. "the shop. Told to keep people away from it." }

incident { id = "station_cafe_meter", at_s = 1680, title = "Car into a meter box, Station Cafe",
  place = "station_cafe", colleague = "aisha",
  truth = { report = "damage", address = "Station Cafe, 2 Railway Approach, Eastgate", premises = "business",
            caller_name = "Marco Russo", callback = "07700 900891",
            damage = "reversing car smashed the meter box on the front wall",
            escaping = "no", fire = "no" },
  code = "DMG", priority = "E1",                 -- mistake: no gas escaping is E2
  asked = { "q_what", "q_address", "q_premises", "q_name", "q_callback", "q_damage", "q_escaping", "q_fire" },
  advice = { "no_flames", "call_back" },
  escalated = nil,
  log = "Owner. Customer reversed into the meter box, door hanging off, meter looks bent. No smell, no hissing. "
     .. "Cafe open. Told to ring back if he smells anything." }

------------------------------------------------------------------------------------------
-- What happens to the engineers.
------------------------------------------------------------------------------------------
event { at_s = 1440, unit = "V4", status = "unavailable",
        report = "Van 231 to control: stuck on the A61 behind a jack-knifed lorry, road closed both ways, police "
              .. "turning nobody round yet. I can't get to Brook Terrace." }

------------------------------------------------------------------------------------------
-- Calls that come to the team leader.
------------------------------------------------------------------------------------------
contact { id = "pit_lane_eta", at_s = 1230, kind = "query", incident = "pit_lane_supply",
  caller = "Karen Hughes",
  says = "Hello, it's Karen Hughes again, about my dad at 6 Pit Lane. The engineer was with him and then he got a "
      .. "call and went off to an emergency, and Dad's sitting in his coat. Is anybody coming back tonight?",
  patience_s = 180 }

contact { id = "rowan_complaint", at_s = 2700, kind = "complaint", incident = "rowan_co_alarm",
  caller = "Fiona Kerr",
  says = "It's Fiona Kerr, Rowan Drive. Your engineer has just cut off my boiler, stuck a label on it and gone. "
      .. "It's minus three, I've got two kids, and he said it's not his job to fix it. I want to complain. "
      .. "You've left us with no heat.",
  patience_s = 180 }

------------------------------------------------------------------------------------------
-- Actions to improve the team.
------------------------------------------------------------------------------------------
improvement { id = "escalation_prompts", area = "escalation",
  text = "An on-screen prompt for each escalation rule (flats and public buildings, persons unable to leave, "
      .. "carbon monoxide casualties, several homes off) and a walk-through of them at the next team meeting" }
improvement { id = "grading_scenarios", area = "prioritising",
  text = "Refresher scenarios on the attendance standards: grade on the facts of the report, and record "
      .. "vulnerability on the job instead of raising the priority" }
improvement { id = "reported_prompt", area = "questioning",
  text = "Show the open jobs within 200 m on the call screen, so that 'has anyone already rung us?' is asked and checked" }
improvement { id = "advice_cards", area = "advice",
  text = "Re-brief everyone on the advice that must never be given, with the damage examples" }
improvement { id = "winter_standby", area = "response_times",
  text = "Put two more engineers on standby for cold nights" }

------------------------------------------------------------------------------------------
-- Knowledge, at the debrief.
------------------------------------------------------------------------------------------
knowledge { id = "k_grading_vulnerable", criterion = "CC39-3.2",
  text = "Callum graded Mr Hughes's loss of supply as a two-hour emergency because he is 84 and it is "
      .. "freezing. What is the strength, and the weakness, of grading strictly on the procedure's facts?",
  choices = { "It is consistent and keeps the one-hour and two-hour engineers for gas escaping, but it does not "
           .. "see that a frail man in the cold is at risk: that is recorded on the job and handled by the "
           .. "engineer's order of work, not by changing the grade",
              "It has no weakness: a loss of supply is never urgent",
              "It is unfair to vulnerable customers, so call-handlers should grade on how worried they feel",
              "It is slower than the call-handler's judgement, so it should be used only when the queue is short" },
  answer = 1,
  explain = "A grading method based on set facts is quick, consistent and auditable; its weakness is what the "
         .. "facts leave out. Vulnerability is recorded and acted on through the job, without taking an engineer "
         .. "away from an escape." }

knowledge { id = "k_channel_engineers", criterion = "CC39-3.3",
  text = "Van 231 is stuck behind a lorry. You send Van 250 to Brook Terrace instead. Which channel for which "
      .. "message?",
  choices = { "Everything by text: it leaves a record",
              "Everything by phone: it is quicker",
              "The job with its address, code and briefing by data to the van's terminal, where it is recorded "
           .. "and can be read again, and a voice call to the engineer to make sure a carbon monoxide job with a "
           .. "child is taken on at once",
              "Email the depot and let them tell the engineer" },
  answer = 3,
  explain = "Data is exact and recorded but can sit unread; voice is immediate and confirms understanding but "
         .. "leaves no text to refer back to. An urgent change uses both, each for what it is good at." }

knowledge { id = "k_review_results", criterion = "CC39-3.6",
  text = "Why review a shift's results with the team, and not only correct each job as it comes?",
  choices = { "To find out who to blame for the missed escalations",
              "Because the regulator requires a report every night",
              "Corrections fix one job; the results show patterns (three missed escalations, two wrong "
           .. "gradings) that need a team action, and show whether earlier actions worked",
              "There is no need once every job has been corrected" },
  answer = 3,
  explain = "Reviewing results turns single corrections into learning: a pattern across jobs and colleagues points "
         .. "to training, prompts or procedure changes, and the next review shows whether they worked." }
