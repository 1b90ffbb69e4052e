-- Shift: bonfire night at Northshire Combined Control. The trainee is the duty supervisor
-- from 19:00 to 19:40 on the fifth of November. Three call-takers refer ten incidents; up to
-- eight are open at once.
--
-- What the shift holds:
-- * Bella Osei wants to help and says more than the advice cards allow: aspirin for a boy
--   with a burnt hand, "drive him in yourself" to a wife whose husband has chest pain, "help
--   him up off the road" to a driver who has knocked a man down. Three times advice beyond
--   limits: her need is advice; coaching or a procedure briefing fits it.
-- * Nia Roberts codes a burning allotment shed as a building fire, Immediate. Tom Ashby does
--   not tell the fire service duty officer about the people inside at Oak Street, and does not
--   ask whether the car thieves had weapons. Single slips.
-- * All three fire engines are at Routine outdoor fires when a house fire with a man inside is
--   reported: two are re-allocated, and the outdoor fires get engines back as they come free.
-- * A police car is hit by a firework on its way to the youths at Moor Lane and is off the road.
-- * The burnt boy's mother chases the ambulance (a query). The allotment holder complains that
--   the engine left his shed to burn; Mrs Dale complains that she was told to drive her husband
--   to hospital herself (two complaints).
-- * The results show advice (3) and complaints (2).

scenario {
  id = "shift_bonfire_night",
  version = "1.0.0",
  title = "Shift: bonfire night, the engines run out",
  procedure = "emergency",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5", "CC39-1.6", "CC39-1.7",
               "CC39-2.1", "CC39-2.2", "CC39-2.3", "CC39-3.1", "CC39-3.5" },
  tags = { "shift", "supervisor", "reallocation", "colleague_support", "unit_failure", "fire",
           "event:unit_unavailable", "event:follow_up_complaint" },
  summary = "Forty minutes of bonfire night in Northam: ten incidents from three call-takers, every fire engine "
         .. "at a bonfire when a house fire with a man inside comes in, a police car hit by a firework, a mother "
         .. "chasing an ambulance and two complaints.",
}

shift { duration_s = 2400, compression = 4,
  briefing = "You are the duty supervisor at Northshire Combined Control, 19:00 to 19:40 on the fifth of November. "
          .. "Bella Osei, Nia Roberts and Tom Ashby are taking the 999 calls and refer each incident to you: check "
          .. "their decisions, send, brief and task the crews, keep track of them, and take the calls that come "
          .. "to the supervisor. You have three fire engines, three ambulances, one paramedic car and three police "
          .. "cars. At the end, review the shift's results and choose what the team should work on." }

place { id = "northam_fire",   name = "Northam Fire Station, Bridge Street",  x = 4.0, y = 5.0 }
place { id = "eastgate_fire",  name = "Eastgate Fire Station",               x = 8.5, y = 6.0 }
place { id = "northam_amb",    name = "Northam Ambulance Station",           x = 5.0, y = 4.0 }
place { id = "westfield_amb",  name = "Westfield Ambulance Station",         x = 1.5, y = 6.5 }
place { id = "northam_police", name = "Northam Police Station",              x = 4.5, y = 5.5 }

place { id = "recreation_ground", name = "Recreation ground, Park Road, Northam", x = 3.0, y = 6.4 }
place { id = "ash_grove",      name = "22 Ash Grove, Upper Westfield",       x = 0.8, y = 1.0 }
place { id = "church_allotments", name = "Church Lane allotments, Northam",  x = 2.4, y = 4.4 }
place { id = "moor_lane",      name = "Moor Lane by the shops, Northam",     x = 6.2, y = 5.6 }
place { id = "tower_view",     name = "Outside Tower View flats, Northam",   x = 7.4, y = 6.8 }
place { id = "chip_shop",      name = "Golden Fry, 9 Market Street, Northam", x = 4.4, y = 4.7 }
place { id = "oak_street",     name = "41 Oak Street, Northam",              x = 5.0, y = 6.2 }
place { id = "railway_bridge", name = "Railway footbridge, Canal Walk, Northam", x = 3.4, y = 3.6 }
place { id = "park_road",      name = "Park Road by the display entrance, Northam", x = 3.2, y = 6.1 }
place { id = "station_car_park", name = "Northam station car park",         x = 4.9, y = 3.0 }

resource { id = "F1", type = "fire_engine", name = "Northam One", base = "northam_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "F2", type = "fire_engine", name = "Northam Two", base = "northam_fire",
           speed_kmh = 48, turnout_s = 75, channel = "radio" }
resource { id = "F3", type = "fire_engine", name = "Eastgate One", base = "eastgate_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "A1", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A2", type = "ambulance", name = "Northam Ambulance 2", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A3", type = "ambulance", name = "Westfield Ambulance 1", base = "westfield_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "RR1", type = "rapid_response", name = "Northam Paramedic Car", base = "northam_amb",
           speed_kmh = 60, turnout_s = 15, channel = "data" }
resource { id = "PC1", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "PC2", type = "police_car", name = "Northam Response 2", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "PC3", type = "police_car", name = "Northam Response 3", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }

------------------------------------------------------------------------------------------
-- The call-takers.
------------------------------------------------------------------------------------------
colleague { id = "bella", name = "Bella Osei", role = "call-taker",
  need = "advice",
  support = { "coaching", "procedure_briefing" },
  says = {
    general = "It's full on tonight! I'm okay. I just hate leaving people with nothing to do while they wait.",
    advice = "The aspirin... his mum asked what she could give him for the pain and I said aspirin, I didn't think. "
          .. "And Mrs Dale said the ambulance would be ages and could she take him, and I said if it's quicker. I "
          .. "know some of it isn't on the cards. I don't always know which bits I'm allowed to say and which I'm "
          .. "not. Can we go through them?",
    prioritising = "Grading's fine, I follow the tree.",
    questioning = "I get all the questions in, I'm quick.",
  } }

colleague { id = "nia", name = "Nia Roberts", role = "call-taker",
  need = nil,
  says = {
    general = "Good, thanks. The allotment shed: he said building, so I put building. It's a shed in the middle "
           .. "of the allotments, nowhere near anything. Outdoor, Routine. I'll think twice next time.",
    prioritising = "A shed on its own is an outdoor fire. I rushed it.",
  } }

colleague { id = "tom", name = "Tom Ashby", role = "call-taker",
  need = nil,
  says = {
    general = "All right. Oak Street: I was getting the crews moving and the duty officer went out of my head.",
    escalation = "Persons reported, duty officer within two minutes. I know it. It won't happen again.",
    questioning = "The station car park, weapons? They'd gone hours ago, so I didn't ask. I should have.",
  } }

------------------------------------------------------------------------------------------
-- The incidents, in the order they are referred.
------------------------------------------------------------------------------------------
incident { id = "rec_ground_bonfire", at_s = 60, title = "Unattended bonfire spreading to a hedge, recreation ground",
  place = "recreation_ground", colleague = "nia",
  truth = { incident = "fire", address = "Recreation ground, Park Road", at_scene = "yes",
            caller_name = "Graham Hill", callback = "07700 901004", caller_role = "neighbour",
            fire_type = "outdoor", persons_reported = "no", smoke = "heavy" },
  code = "FIRE-OUT", priority = "P3",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_fire_type", "q_persons", "q_smoke" },
  advice = { "keep_clear" },
  escalated = nil,
  log = "Neighbour backing onto the rec. Kids lit a bonfire and left, it's caught the hawthorn hedge along the "
     .. "back fences. Nobody there. Told to keep back." }

incident { id = "ash_grove_burn", at_s = 180, title = "Boy burnt by a firework, 22 Ash Grove, Upper Westfield",
  place = "ash_grove", colleague = "bella",
  truth = { incident = "medical", address = "22 Ash Grove, Upper Westfield", at_scene = "yes",
            caller_name = "Kerry Lane", callback = "07700 901017", caller_role = "relative",
            patient_age = "11", conscious = "yes", breathing = "yes", chest_pain = "no" },
  code = "MED-GEN", priority = "P2",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_age", "q_conscious", "q_breathing",
            "q_chest_pain" },
  advice = { "keep_still_warm", "aspirin" },     -- mistake: aspirin is not advice for this incident
  escalated = nil,
  log = "Mother. Son, 11, holding a sparkler that went off in his hand. Burn to the palm, crying, hand under "
     .. "the cold tap. Awake, breathing fine. Told her she can give him an aspirin for the pain." }

incident { id = "allotment_shed", at_s = 300, title = "Shed alight, Church Lane allotments",
  place = "church_allotments", colleague = "nia",
  truth = { incident = "fire", address = "Church Lane allotments", at_scene = "yes",
            caller_name = "Derek Moss", callback = "07700 901023", caller_role = "witness",
            fire_type = "outdoor", persons_reported = "no", smoke = "heavy" },
  code = "FIRE-BLD", priority = "P1",            -- mistake: a shed on the allotments is FIRE-OUT, Routine (P3)
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_fire_type", "q_persons", "q_smoke" },
  advice = { "keep_clear" },
  escalated = nil,
  log = "Allotment holder. Shed on plot 14 well alight, probably a stray rocket. Nobody in it, nothing "
     .. "else near it but the next shed. He called it a building. Graded as a building fire." }

incident { id = "moor_lane_fireworks", at_s = 420, title = "Youths threw fireworks at a car, Moor Lane",
  place = "moor_lane", colleague = "tom",
  truth = { incident = "crime", address = "Moor Lane by the shops", at_scene = "yes",
            caller_name = "Yusuf Amin", callback = "07700 901035", caller_role = "victim",
            crime_timing = "just happened", weapons = "no",
            suspects = "four youths, dark hoodies, ran into the Moor estate" },
  code = "CRIME-REC", priority = "P2",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_crime_when", "q_weapons", "q_suspects" },
  advice = { "preserve_scene" },
  escalated = nil,
  log = "Driver. Four youths threw a lit rocket at his car at the lights, scorched the bonnet, then ran into "
     .. "the Moor estate. He is not hurt. Dark hoodies, one on a bike." }

incident { id = "tower_view_skip", at_s = 540, title = "Skip on fire outside Tower View flats",
  place = "tower_view", colleague = "tom",
  truth = { incident = "fire", address = "Outside Tower View flats", at_scene = "yes",
            caller_name = "Lisa Grant", callback = "07700 901041", caller_role = "neighbour",
            fire_type = "outdoor", persons_reported = "no", smoke = "light" },
  code = "FIRE-OUT", priority = "P3",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_fire_type", "q_persons", "q_smoke" },
  advice = { "keep_clear" },
  escalated = nil,
  log = "Resident. Builders' skip burning in the car park, 20 m from the flats, light smoke drifting away from "
     .. "the building. Nobody near it." }

incident { id = "chip_shop_chest", at_s = 660, title = "Man with chest pain, Golden Fry, Market Street",
  place = "chip_shop", colleague = "bella",
  truth = { incident = "medical", address = "Golden Fry, 9 Market Street", at_scene = "yes",
            caller_name = "Jean Dale", callback = "07700 901058", caller_role = "relative",
            patient_age = "67", conscious = "yes", breathing = "yes", chest_pain = "yes" },
  code = "MED-CHEST", priority = "P1",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_age", "q_conscious", "q_breathing",
            "q_chest_pain" },
  advice = { "rest_still", "drive_hospital" },   -- mistake: told her she could drive him in herself
  escalated = nil,
  log = "Wife. Husband, 67, crushing pain in his chest in the queue, sweaty, sitting on a chair in the shop. "
     .. "Awake, breathing. Told to keep him sitting still; she asked if she could drive him in and I said if "
     .. "it's quicker, yes." }

incident { id = "oak_street_fire", at_s = 780, title = "House fire, man inside, 41 Oak Street",
  place = "oak_street", colleague = "tom",
  truth = { incident = "fire", address = "41 Oak Street", at_scene = "yes",
            caller_name = "Carol Webb", callback = "07700 901062", caller_role = "neighbour",
            fire_type = "dwelling", persons_reported = "yes", smoke = "heavy" },
  code = "FIRE-PR", priority = "P1",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_fire_type", "q_persons", "q_smoke" },
  advice = { "get_out", "dont_go_back" },
  escalated = nil,                               -- mistake: persons reported: the duty officer
  log = "Neighbour. Front room of no. 41 on fire, a firework through the letterbox she thinks. Mr Frank "
     .. "Bright, 80s, lives alone, she can't see him, thinks he's upstairs in bed. Thick smoke. Told not to go in." }

incident { id = "footbridge_concern", at_s = 960, title = "Man on the wrong side of the railway footbridge railings",
  place = "railway_bridge", colleague = "nia",
  truth = { incident = "other", address = "Railway footbridge, Canal Walk", at_scene = "yes",
            caller_name = "Sophie Reid", callback = "07700 901079", caller_role = "passer-by",
            danger = "yes" },
  code = "CONCERN", priority = "P2",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_danger" },
  advice = { "call_back" },
  escalated = nil,
  log = "Passer-by. Man in his 30s standing on the outside of the footbridge railings over the line, crying, "
     .. "phone in his hand. Caller talking to him from a distance." }

incident { id = "park_road_rtc", at_s = 1140, title = "Car hit a pedestrian, Park Road by the display",
  place = "park_road", colleague = "bella",
  truth = { incident = "collision", address = "Park Road by the display entrance", at_scene = "yes",
            caller_name = "Adam Kerr", callback = "07700 901086", caller_role = "victim",
            casualties = "1", injuries = "minor", trapped = "no", fuel_leak = "no", road_blocked = "no" },
  code = "RTC-MIN", priority = "P2",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_casualties", "q_injuries",
            "q_trapped", "q_fuel", "q_blocked" },
  advice = { "stay_safe_road", "move_injured" },  -- mistake: told him to help the man up off the road
  escalated = nil,
  log = "Driver. Pulling out of the display car park, a man stepped out, clipped him with the wing mirror. Man "
     .. "sitting in the road holding his arm, talking. Told the driver to help him up onto the pavement." }

incident { id = "station_car_theft", at_s = 1320, title = "Car stolen from the station car park",
  place = "station_car_park", colleague = "tom",
  truth = { incident = "crime", address = "Northam station car park", at_scene = "yes",
            caller_name = "Ravi Patel", callback = "07700 901093", caller_role = "victim",
            crime_timing = "earlier", weapons = "no", suspects = "not seen" },
  code = "CRIME-RPT", priority = "P3",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_crime_when", "q_suspects" },
                                                 -- mistake: never asked about weapons (q_weapons)
  advice = { "preserve_scene" },
  escalated = nil,
  log = "Owner back off the train, silver Golf gone from bay 40, glass on the ground. Parked at 7 this morning." }

------------------------------------------------------------------------------------------
-- What happens to the crews.
------------------------------------------------------------------------------------------
event { at_s = 500, unit = "PC1", status = "unavailable",
        report = "Northam Response 1 to Control: we've just had a rocket through the windscreen on Moor Road. "
              .. "Both of us okay, but the screen's gone. Car off the road. Can't make Moor Lane." }

------------------------------------------------------------------------------------------
-- Calls that come to the supervisor.
------------------------------------------------------------------------------------------
contact { id = "ash_grove_eta", at_s = 440, kind = "query", incident = "ash_grove_burn",
  caller = "Kerry Lane",
  says = "It's Kerry Lane at Ash Grove, about my son's hand. It's gone all white and blistered and he's "
      .. "screaming. How long is the ambulance going to be?",
  patience_s = 150 }

contact { id = "allotment_complaint", at_s = 1500, kind = "complaint", incident = "allotment_shed",
  caller = "Derek Moss",
  says = "Derek Moss, from the allotments. The fire engine got there, unrolled one hose, then packed up and "
      .. "drove off with the shed still going! By the time another one came it was ashes, and my tools and my "
      .. "neighbour's shed with it. I want to complain.",
  patience_s = 180 }

contact { id = "chest_complaint", at_s = 1860, kind = "complaint", incident = "chip_shop_chest",
  caller = "Jean Dale",
  says = "My name's Jean Dale. I rang about my husband at the chip shop. The paramedic said I should never "
      .. "have been told to drive him in, that he could have arrested at the wheel. Your girl told me it was "
      .. "fine. Is that what you're supposed to tell people? I want to make a complaint.",
  patience_s = 180 }

------------------------------------------------------------------------------------------
-- Actions to improve the team.
------------------------------------------------------------------------------------------
improvement { id = "advice_cards_briefing", area = "advice",
  text = "A procedure briefing for the team on the advice cards: what may be said for each outcome, what must "
      .. "never be said, and how to answer 'can I drive him in?'" }
improvement { id = "complaints_review", area = "complaints",
  text = "Review the night's complaints at the team meeting, with what caused each and what the team changes" }
improvement { id = "grading_outdoor", area = "prioritising",
  text = "Refresher scenarios on grading outdoor fires and sheds" }
improvement { id = "persons_reported_prompt", area = "escalation",
  text = "An automatic duty-officer alert whenever persons reported is logged" }
improvement { id = "bonfire_cover", area = "response_times",
  text = "Ask the fire service for two extra engines on bonfire night" }

------------------------------------------------------------------------------------------
-- Knowledge, at the debrief.
------------------------------------------------------------------------------------------
knowledge { id = "k_services_partners", criterion = "CC39-3.1",
  text = "Mrs Dale asks why the control room did not simply tell her to drive her husband to hospital. What "
      .. "does the centre provide for a man with chest pain?",
  choices = { "Transport to hospital only, so driving him in would have done the same",
              "An emergency response that starts treatment where he is: a paramedic car and an ambulance sent at "
           .. "once, advice to keep him resting until they arrive, and a crew that can treat him if his heart "
           .. "stops, which a car on the ring road cannot",
              "Advice only: the caller decides how to get to hospital",
              "A doctor's appointment the next day" },
  answer = 2,
  explain = "Knowing the services the centre offers, and what they give that the caller cannot do alone, is what "
         .. "makes advice like 'keep him resting, help is coming' right, and 'drive him in' wrong." }

knowledge { id = "k_support_advice", criterion = "CC39-3.5",
  text = "Bella does not always know which advice she may give. Which support suits her, and why?",
  choices = { "Buddying on live calls: she will pick it up, though it depends on the buddy knowing the cards",
              "Coaching on her own calls against the advice cards, or a procedure briefing on what each outcome "
           .. "permits: both go straight at the limits she is unsure of; coaching is personal but takes a "
           .. "supervisor's time, a briefing is quicker but less personal",
              "A refresher scenario on grading: it is the most thorough",
              "A written warning, so that she takes it seriously" },
  answer = 2,
  explain = "Support works when it fits the need that was agreed. Advice limits are learnt from the cards: coaching "
         .. "and briefings teach them directly, each with its strengths and weaknesses; buddying and grading "
         .. "scenarios aim elsewhere, and a warning teaches nothing." }
