-- Shift: Friday evening at Northshire Combined Control. The trainee is the duty supervisor
-- from 18:00 to 18:45. Three call-takers refer eleven incidents; up to seven are open at once.
--
-- What the shift holds:
-- * Kieran Doyle, six months on the desk, gets the address and the nature and then sends:
--   he misses a key question on three incidents (the fall: chest pain; the shop theft:
--   weapons; the bypass collision: fuel, which also gives him the wrong code). His need is
--   questioning; coaching or buddying fits it.
-- * Priya Nair grades the bin fire Urgent instead of Routine and does not tell the duty
--   inspector about the knife outside the Red Lion. Jo Hartley tells a driver to have a go at
--   his burning car with an extinguisher. Single slips: a word with each, no team action.
-- * The ambulances run out at 18:12: all three are committed when the gym reports a cardiac
--   arrest, so the ambulance on its way to the fall at Hill Farm (Urgent, far out) is
--   re-allocated to the arrest, and the fall gets the next ambulance that clears.
-- * Eastgate One crashes on its way to the house fire in Hawthorn Road and must be replaced.
-- * The fall's daughter rings to chase the ambulance (a query); the son rings later to
--   complain that it was turned round (a complaint).
-- * The results show questioning (3) and prioritising (2): those are the team actions.

scenario {
  id = "shift_friday_evening",
  version = "1.0.0",
  title = "Shift: Friday evening, the ambulances run out",
  procedure = "emergency",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5", "CC39-1.6", "CC39-1.7",
               "CC39-2.1", "CC39-2.2", "CC39-2.3", "CC39-3.1", "CC39-3.4", "CC39-3.5" },
  tags = { "shift", "supervisor", "reallocation", "colleague_support", "unit_failure",
           "event:unit_unavailable", "event:follow_up_complaint" },
  summary = "Forty-five minutes of a Friday evening in Northam: eleven incidents from three call-takers, the "
         .. "ambulances all committed when a man arrests at the gym, a fire engine crashes on its way to a "
         .. "house fire, a daughter chasing an ambulance and her brother complaining that it was turned round.",
}

shift { duration_s = 2700, compression = 4,
  briefing = "You are the duty supervisor at Northshire Combined Control, 18:00 to 18:45 on a Friday. Kieran "
          .. "Doyle, Priya Nair and Jo Hartley are taking the 999 calls and refer each incident to you: check "
          .. "their decisions, send, brief and task the crews, keep track of them, and take the calls that "
          .. "come to the supervisor. You have five fire engines, three ambulances, one paramedic car and "
          .. "four police cars. At the end, review the shift's results and choose what the team should work on." }

-- Northam on the Northshire town map (km; west-east x, south-north y).
place { id = "northam_fire",   name = "Northam Fire Station, Bridge Street",  x = 4.0, y = 5.0 }
place { id = "eastgate_fire",  name = "Eastgate Fire Station",               x = 8.5, y = 6.0 }
place { id = "westfield_fire", name = "Westfield Fire Station (on-call)",    x = 1.0, y = 2.0 }
place { id = "northam_amb",    name = "Northam Ambulance Station",           x = 5.0, y = 4.0 }
place { id = "westfield_amb",  name = "Westfield Ambulance Station",         x = 1.5, y = 6.5 }
place { id = "northam_police", name = "Northam Police Station",              x = 4.5, y = 5.5 }
place { id = "eastgate_police", name = "Eastgate Police Office",            x = 8.0, y = 6.5 }

place { id = "station_road",   name = "Station Road at the level crossing, Northam", x = 4.8, y = 3.2 }
place { id = "market_yard",    name = "Service yard behind 2-8 Market Street, Northam", x = 4.3, y = 4.6 }
place { id = "coop_high_st",   name = "Co-op, 41 High Street, Northam",      x = 4.6, y = 5.0 }
place { id = "victoria_park",  name = "Victoria Park, by the bandstand, Northam", x = 3.2, y = 6.0 }
place { id = "hill_farm",      name = "2 Hill Farm Cottages, Upper Westfield", x = 0.4, y = 0.6 }
place { id = "pulse_gym",      name = "Pulse Gym, Riverside Retail Park, Northam", x = 5.9, y = 4.4 }
place { id = "hawthorn_road",  name = "17 Hawthorn Road, Northam",          x = 6.0, y = 7.4 }
place { id = "red_lion",       name = "The Red Lion, 3 Church Street, Northam", x = 4.2, y = 5.6 }
place { id = "bypass",         name = "A61 Northam bypass, northbound, by the Mill Lane bridge", x = 2.6, y = 3.8 }
place { id = "leisure_car_park", name = "Leisure centre car park, Northam",  x = 5.4, y = 5.9 }
place { id = "canal_bridge",   name = "Canal footbridge at Lock 7, Northam", x = 3.6, y = 4.2 }

resource { id = "F1", type = "fire_engine", name = "Northam One", base = "northam_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "F2", type = "fire_engine", name = "Northam Two", base = "northam_fire",
           speed_kmh = 48, turnout_s = 75, channel = "radio" }
resource { id = "F3", type = "fire_engine", name = "Eastgate One", base = "eastgate_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "F4", type = "fire_engine", name = "Westfield One", base = "westfield_fire",
           speed_kmh = 45, turnout_s = 240, channel = "radio" }   -- on-call crew
resource { id = "F5", type = "fire_engine", name = "Eastgate Two", base = "eastgate_fire",
           speed_kmh = 48, turnout_s = 75, channel = "radio" }
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
resource { id = "PC4", type = "police_car", name = "Eastgate Response 1", base = "eastgate_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }

------------------------------------------------------------------------------------------
-- The call-takers.
------------------------------------------------------------------------------------------
colleague { id = "kieran", name = "Kieran Doyle", role = "call-taker",
  need = "questioning",
  support = { "coaching", "buddying" },
  says = {
    general = "Busy one, isn't it? I'm trying to keep the queue down. Once I know where it is and what it "
           .. "is, I get it on the board so you can send someone. The rest I can always add after.",
    questioning = "Yeah... I suppose I do stop once I've got the gist. The lady at Hill Farm said her mum had "
               .. "fallen, so I didn't think of chest pain, and the man at the Co-op said the lad had run off, "
               .. "so I didn't ask about a knife. I know the questions are on the screen, I just skip ahead "
               .. "when it sounds obvious. Could somebody sit with me on a few calls?",
    prioritising = "The codes I'm all right with, as long as I've got the facts. The bypass one, I didn't know "
                .. "about the diesel, so I put it down as a plain minor collision.",
    advice = "Advice I read off the cards, word for word. I'm fine with that.",
    escalation = "I've not had one this shift that needed the inspector or the duty officer, I don't think.",
  } }

colleague { id = "priya", name = "Priya Nair", role = "call-taker",
  need = nil,
  says = {
    general = "All good, thanks. It's been steady. Sorry about the bins: the man was shouting about the "
           .. "shops going up and I graded it on that instead of on what he could actually see.",
    prioritising = "Bins behind the shops, nothing near the building: that's Routine. I knew that really.",
    escalation = "The Red Lion, yes. I was so busy getting the description that I forgot the inspector. I "
              .. "don't usually.",
    questioning = "I go through the screen in order. I'm fine with the questions.",
  } }

colleague { id = "jo", name = "Jo Hartley", role = "call-taker",
  need = nil,
  says = {
    general = "Fine. Eleven years on this desk, I've seen worse Fridays.",
    advice = "The car park? He said he had an extinguisher in the boot and I said give it a go if it's "
          .. "small. I shouldn't have: the cards say keep back. I'll ring him back if you like.",
    questioning = "Questions are fine. I've done them in my sleep for years.",
  } }

------------------------------------------------------------------------------------------
-- The incidents, in the order they are referred. `truth` is what is so; the rest is what
-- the call-taker decided. Planted mistakes are noted beside them.
------------------------------------------------------------------------------------------
incident { id = "station_rd_rtc", at_s = 60, title = "Two cars collided, Station Road level crossing",
  place = "station_road", colleague = "priya",
  truth = { incident = "collision", address = "Station Road at the level crossing", at_scene = "yes",
            caller_name = "Martin Cole", callback = "07700 900611", caller_role = "victim",
            casualties = "1", injuries = "minor", trapped = "no", fuel_leak = "no", road_blocked = "yes" },
  code = "RTC-MIN", priority = "P2",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_casualties", "q_injuries",
            "q_trapped", "q_fuel", "q_blocked" },
  advice = { "stay_safe_road", "hazard_lights" },
  escalated = nil,
  log = "Caller Martin Cole, driver of a blue Fiesta, shunted from behind waiting at the crossing. Other driver "
     .. "has a cut on his forehead and a sore neck, walking about. Nobody trapped, no fuel. Both cars across "
     .. "the road, barrier traffic backing up. Told to stay on the pavement with hazards on." }

incident { id = "market_bins", at_s = 180, title = "Bins alight behind Market Street shops",
  place = "market_yard", colleague = "priya",
  truth = { incident = "fire", address = "Service yard behind 2-8 Market Street", at_scene = "yes",
            caller_name = "Gary Walsh", callback = "07700 900624", caller_role = "witness",
            fire_type = "outdoor", persons_reported = "no", smoke = "light" },
  code = "FIRE-OUT", priority = "P2",            -- mistake: an outdoor fire is Routine (P3)
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_fire_type", "q_persons", "q_smoke" },
  advice = { "keep_clear" },
  escalated = nil,
  log = "Two wheelie bins on fire in the yard behind the shops, about 10 m from the back doors. Caller very "
     .. "worked up, says the shops will go up. Light smoke, nobody in the yard. Graded Urgent." }

incident { id = "coop_theft", at_s = 300, title = "Shop assistant pushed over by a shoplifter, Co-op High Street",
  place = "coop_high_st", colleague = "kieran",
  truth = { incident = "crime", address = "Co-op, 41 High Street", at_scene = "yes",
            caller_name = "Dawn Pearce", callback = "01632 960412", caller_role = "witness",
            crime_timing = "just happened", weapons = "no",
            suspects = "white male, about 20, grey hoodie, ran towards the bus station" },
  code = "CRIME-REC", priority = "P2",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_crime_when", "q_suspects" },
                                                 -- mistake: never asked about weapons (q_weapons)
  advice = { "preserve_scene" },
  escalated = nil,
  log = "Manager Dawn Pearce. Lad took a basket of spirits, pushed the assistant over at the door, ran off "
     .. "towards the bus station two minutes ago. Grey hoodie, about 20. Assistant shaken, not hurt." }

incident { id = "park_unconscious", at_s = 420, title = "Man unconscious by the bandstand, Victoria Park",
  place = "victoria_park", colleague = "jo",
  truth = { incident = "medical", address = "Victoria Park, by the bandstand", at_scene = "yes",
            caller_name = "Ellie Grant", callback = "07700 900655", caller_role = "passer-by",
            patient_age = "about 40", conscious = "no", breathing = "yes" },
  code = "MED-UNC", priority = "P1",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_age", "q_conscious", "q_breathing" },
  advice = { "recovery_position", "check_breathing" },
  escalated = nil,
  log = "Passer-by found a man about 40 on the grass by the bandstand. Won't wake up, breathing, snoring. "
     .. "Caller has put him on his side and is watching his breathing." }

incident { id = "hill_farm_fall", at_s = 540, title = "Elderly woman fallen at home, Hill Farm Cottages",
  place = "hill_farm", colleague = "kieran",
  truth = { incident = "medical", address = "2 Hill Farm Cottages, Upper Westfield", at_scene = "yes",
            caller_name = "Sunita Shah", callback = "07700 900672", caller_role = "relative",
            patient_age = "81", conscious = "yes", breathing = "yes", chest_pain = "no" },
  code = "MED-GEN", priority = "P2",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_age", "q_conscious", "q_breathing" },
                                                 -- mistake: never asked about chest pain (q_chest_pain)
  advice = { "keep_still_warm" },
  escalated = nil,
  log = "Daughter calling. Mother, 81, fell in the kitchen, on the floor, awake and talking, breathing okay, "
     .. "pain in her left hip, can't get up. Told to keep her still and warm with a blanket." }

incident { id = "gym_arrest", at_s = 720, title = "Man collapsed, not breathing, Pulse Gym",
  place = "pulse_gym", colleague = "jo",
  truth = { incident = "medical", address = "Pulse Gym, Riverside Retail Park", at_scene = "yes",
            caller_name = "Liam Ford", callback = "07700 900688", caller_role = "witness",
            patient_age = "55", conscious = "no", breathing = "no" },
  code = "MED-ARR", priority = "P1",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_age", "q_conscious", "q_breathing" },
  advice = { "cpr" },
  escalated = nil,
  log = "Gym instructor calling. Member, 55, collapsed on the treadmill, not breathing. Instructor doing CPR "
     .. "with me counting, second member fetching the defibrillator from reception." }

incident { id = "hawthorn_fire", at_s = 840, title = "Kitchen fire, 17 Hawthorn Road, family out",
  place = "hawthorn_road", colleague = "jo",
  truth = { incident = "fire", address = "17 Hawthorn Road", at_scene = "yes",
            caller_name = "Paul Bennett", callback = "07700 900697", caller_role = "occupier",
            fire_type = "dwelling", persons_reported = "no", smoke = "heavy" },
  code = "FIRE-DW", priority = "P1",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_fire_type", "q_persons", "q_smoke" },
  advice = { "get_out", "dont_go_back" },
  escalated = nil,
  log = "Occupier. Chip pan caught in the kitchen, flames up the wall, thick black smoke through the house. "
     .. "All four of the family out on the front lawn, dog too. Told to stay out." }

incident { id = "red_lion_knife", at_s = 1000, title = "Man waving a knife outside the Red Lion",
  place = "red_lion", colleague = "priya",
  truth = { incident = "crime", address = "The Red Lion, 3 Church Street", at_scene = "yes",
            caller_name = "Tony Marsh", callback = "01632 960477", caller_role = "witness",
            crime_timing = "in progress", weapons = "yes",
            suspects = "white male, 30s, shaved head, black puffer jacket, kitchen knife" },
  code = "CRIME-WPN", priority = "P1",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_crime_when", "q_weapons", "q_suspects" },
  advice = { "keep_safe_crime" },
  escalated = nil,                               -- mistake: weapons seen: the duty inspector
  log = "Landlord calling from behind the bar. Man thrown out 10 min ago is back outside the front door "
     .. "waving a kitchen knife and shouting for his brother. Shaved head, black puffer jacket. Doors locked, "
     .. "customers kept inside." }

incident { id = "bypass_rtc", at_s = 1140, title = "Van into the barrier, A61 bypass northbound",
  place = "bypass", colleague = "kieran",
  truth = { incident = "collision", address = "A61 bypass northbound by the Mill Lane bridge", at_scene = "yes",
            caller_name = "Rob Tanner", callback = "07700 900713", caller_role = "passer-by",
            casualties = "1", injuries = "minor", trapped = "no", fuel_leak = "yes", road_blocked = "yes" },
  code = "RTC-MIN", priority = "P2",            -- mistake: fuel leaking makes it RTC-MINF
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_casualties", "q_injuries",
            "q_trapped", "q_blocked" },          -- mistake: never asked about fuel (q_fuel)
  advice = { "stay_safe_road" },
  escalated = nil,
  log = "Passing driver. White van has gone into the central barrier, driver out and sitting on the verge, "
     .. "cut hand, says his wrist hurts. Van blocking lane one. Caller stopped on the hard shoulder." }

incident { id = "car_park_fire", at_s = 1320, title = "Car on fire, leisure centre car park",
  place = "leisure_car_park", colleague = "jo",
  truth = { incident = "fire", address = "Leisure centre car park", at_scene = "yes",
            caller_name = "Dev Mistry", callback = "07700 900729", caller_role = "occupier",
            fire_type = "vehicle", persons_reported = "no", smoke = "heavy" },
  code = "FIRE-VEH", priority = "P2",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_fire_type", "q_persons", "q_smoke" },
  advice = { "keep_clear", "tackle_fire" },     -- mistake: told him to have a go with his extinguisher
  escalated = nil,
  log = "Owner. Smoke then flames from under the bonnet of his Astra as he parked, everyone out of it. "
     .. "Has an extinguisher in the boot, told him give it a go if it's small, otherwise keep back." }

incident { id = "canal_concern", at_s = 1560, title = "Woman alone and distressed on the canal footbridge",
  place = "canal_bridge", colleague = "priya",
  truth = { incident = "other", address = "Canal footbridge at Lock 7", at_scene = "yes",
            caller_name = "Helen Ward", callback = "07700 900741", caller_role = "passer-by",
            danger = "yes" },
  code = "CONCERN", priority = "P2",
  asked = { "q_what", "q_address", "q_at_scene", "q_name", "q_callback", "q_danger" },
  advice = { "call_back" },
  escalated = nil,
  log = "Dog walker. Young woman sitting on the rail of the footbridge, crying, said 'leave me alone'. Caller "
     .. "keeping her distance and watching. Told to ring back at once if anything changes." }

------------------------------------------------------------------------------------------
-- What happens to the crews.
------------------------------------------------------------------------------------------
event { at_s = 960, unit = "F3", status = "unavailable",
        report = "Eastgate One to Control: we've been in collision with a car at the Eastgate Road roundabout. "
              .. "Nobody hurt, but the nearside is stoved in and we can't steer. Unable to proceed to Hawthorn Road." }

------------------------------------------------------------------------------------------
-- Calls that come to the supervisor.
------------------------------------------------------------------------------------------
contact { id = "fall_eta", at_s = 900, kind = "query", incident = "hill_farm_fall",
  caller = "Sunita Shah",
  says = "It's Sunita Shah, from Hill Farm Cottages. My mum's still on the kitchen floor. The man said an "
      .. "ambulance was on its way six minutes ago and I've been watching the lane and there's nothing. "
      .. "Where is it? How long?",
  patience_s = 150 }

contact { id = "fall_complaint", at_s = 2100, kind = "complaint", incident = "hill_farm_fall",
  caller = "Raj Shah",
  says = "My name's Raj Shah. My mum's the lady at Hill Farm Cottages. The paramedics have just told my sister "
      .. "that the first ambulance was turned round and sent somewhere else. She's eighty-one and she was on "
      .. "that floor another quarter of an hour because of it. I want to make a complaint, and I want to know who decided that.",
  patience_s = 180 }

------------------------------------------------------------------------------------------
-- Actions to improve the team, for the review at the end of the shift.
------------------------------------------------------------------------------------------
improvement { id = "key_questions_huddle", area = "questioning",
  text = "Ten-minute huddle at the start of each shift on the key questions of one branch, with a call "
      .. "recording where a missed question changed the response" }
improvement { id = "grading_refresher", area = "prioritising",
  text = "Refresher scenarios on grading and coding from the caller's facts, not the caller's alarm" }
improvement { id = "escalation_cards", area = "escalation",
  text = "Reissue the escalation cards and add an on-screen prompt for every escalation rule" }
improvement { id = "advice_audit", area = "advice",
  text = "Audit a sample of every call-taker's advice against the advice cards each month" }
improvement { id = "extra_ambulance", area = "response_times",
  text = "Ask the ambulance service for an extra crew on Friday evenings" }

------------------------------------------------------------------------------------------
-- Knowledge, at the debrief.
------------------------------------------------------------------------------------------
knowledge { id = "k_services", criterion = "CC39-3.1",
  text = "A caller asks the control room to send someone to sort out a neighbour's loud party. What does the "
      .. "combined control room offer for that?",
  choices = { "A police car, as soon as one is free: every 999 call gets an attendance",
              "Nothing at all: the caller should not have rung",
              "999 is for danger to life or property now; for noise the call-taker advises 101 and passes the "
           .. "report to the council's out-of-hours noise team, unless someone is hurt or in danger",
              "A fire engine, because fire crews have time between calls" },
  answer = 3,
  explain = "The centre's services are emergency attendance by fire, ambulance and police, graded by the "
         .. "procedure, and advice and referral for everything else. Knowing what the centre does, and what "
         .. "other services do, is what lets a supervisor keep scarce crews for the emergencies." }

knowledge { id = "k_monitor_ways", criterion = "CC39-3.4",
  text = "Eastgate One told you itself that it had crashed. You also asked every crew for its status during "
      .. "the shift. What is the weakness of relying only on crews to report?",
  choices = { "There is none: crews always report problems at once",
              "A crew that cannot report, or does not think to, leaves you believing help is coming when it is "
           .. "not; asking for status costs radio time but finds a silent problem sooner",
              "Crew reports are always late because crews are busy driving",
              "Status requests are better in every way, so reports should be switched off" },
  answer = 2,
  explain = "Reports cost the supervisor nothing but depend on the crew; status requests take radio time but "
         .. "confirm progress; the map shows where a vehicle is but not what is happening to it. A supervisor "
         .. "uses all three." }

knowledge { id = "k_support_types", criterion = "CC39-3.5",
  text = "Kieran misses key questions when a call sounds obvious. Which is true of the kinds of support you "
      .. "could agree with him?",
  choices = { "A refresher course is always best: it is thorough and he will be off the desk for a day",
              "Buddying with an experienced call-taker shows him good questioning on live calls, but depends on "
           .. "the buddy's habits; coaching on his own recorded calls targets exactly what he skips, but takes "
           .. "a supervisor's time",
              "A procedure briefing to the whole team fixes it fastest, because everyone hears it",
              "Support is not needed: the supervisor corrects his incidents anyway" },
  answer = 2,
  explain = "Each type of support has strengths and weaknesses: buddying is realistic but only as good as the "
         .. "buddy; coaching is focused but costly; refreshers are thorough but slow and general; briefings reach "
         .. "everyone but change little for one person's habit. Agreeing the area first makes the support fit." }
