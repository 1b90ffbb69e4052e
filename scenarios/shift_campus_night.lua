-- Shift: a Thursday night in Riverside Campus Security Control. The trainee is the control
-- room supervisor from 22:00 to 22:45. Three controllers refer ten incidents; up to seven are
-- open at once.
--
-- What the shift holds:
-- * Ryan Pike, a new controller, grades by how alarmed the caller sounds: the library lift
--   with nobody in it as Urgent, a twisted ankle as a serious injury, two calm people stuck in
--   a lift as a medical emergency. Three wrong gradings: his need is prioritising; coaching
--   or a refresher scenario fits it.
-- * Lena Kowalski tells a student to go and ask the man at the cars what he is doing, and does
--   not ask whether the flood reaches any electrics. Marcus Bell does not ask whether the bike
--   thief is still there, and does not tell the duty manager about the confirmed fire. Two
--   missed questions by two controllers make a pattern; the rest are single slips.
-- * Every patrol is out when two people are seen breaking into the Students' Union bar: the
--   two patrols on Routine jobs (the lift out of use, the stolen bike) are re-allocated.
-- * The lift contractor's engineer is held up on the ring road on his way to the people
--   trapped in the Arts lift: the contractor's second on-call engineer is called out.
-- * A lecturer waiting at the lift rings to ask how long the engineer will be (a query); the
--   bike's owner rings to complain that the officer left him for ten minutes (a complaint).
-- * The results show prioritising (3) and questioning (2).

scenario {
  id = "shift_campus_night",
  version = "1.0.0",
  title = "Shift: campus security control at night",
  procedure = "site_security",
  level = "CC39",
  difficulty = 3,
  criteria = { "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5", "CC39-1.6", "CC39-1.7",
               "CC39-2.1", "CC39-2.2", "CC39-2.3", "CC39-3.4", "CC39-3.6" },
  tags = { "shift", "supervisor", "campus", "reallocation", "colleague_support", "unit_delayed",
           "event:follow_up_complaint" },
  summary = "Forty-five minutes of a Thursday night at Riverside Campus: ten incidents from three controllers, "
         .. "every patrol out when the Students' Union bar is broken into, a lift engineer held up while two "
         .. "people wait in a lift, a lecturer chasing him and a student complaining that the officer left him.",
}

shift { duration_s = 2700, compression = 4,
  briefing = "You are the control room supervisor at Riverside Campus Security Control, 22:00 to 22:45 on a "
          .. "Thursday. Ryan Pike, Lena Kowalski and Marcus Bell are on the emergency extension and refer each "
          .. "incident to you: check their decisions, deploy, brief and task the officers and contractors, "
          .. "keep track of them, and take the calls that come to the supervisor. Four patrol officers, two "
          .. "first-aiders, the fire response team, two maintenance technicians and the lift contractor's "
          .. "two on-call engineers are on. At the end, review the shift's results and choose what the team should "
          .. "work on." }

-- The campus (km on the site plan).
place { id = "control_room",   name = "Security control, Gatehouse",        x = 1.0, y = 1.0 }
place { id = "estates_yard",   name = "Estates yard",                       x = 1.6, y = 0.4 }
place { id = "lift_depot",     name = "Lift contractor's depot, Kingsway trading estate", x = 6.5, y = 4.0 }
place { id = "le2_home",       name = "Second on-call lift engineer's home, Eastgate", x = 7.5, y = 5.5 }
place { id = "library",        name = "Library, lift B (lower ground)",     x = 1.5, y = 1.6 }
place { id = "engineering",    name = "Engineering block, ground-floor toilets", x = 2.0, y = 1.2 }
place { id = "bike_racks",     name = "Cycle racks outside the Hub",        x = 1.3, y = 2.0 }
place { id = "sports_hall",    name = "Sports hall, court 3",               x = 0.4, y = 2.2 }
place { id = "halls_b",        name = "Beech Hall, flat 14, room 3",        x = 2.4, y = 2.4 }
place { id = "car_park_c",     name = "Car park C, top deck",               x = 0.3, y = 0.6 }
place { id = "su_bar",         name = "Students' Union bar, rear fire door", x = 1.8, y = 1.9 }
place { id = "chemistry",      name = "Chemistry building, lab 2.14",       x = 2.2, y = 0.8 }
place { id = "arts_lift",      name = "Arts tower, lift A (between floors 3 and 4)", x = 1.1, y = 2.6 }
place { id = "physics_lab",    name = "Physics building, lab G.07",         x = 2.6, y = 1.5 }

resource { id = "PT1", type = "patrol", name = "Patrol 1 (Dev)", base = "control_room",
           speed_kmh = 20, turnout_s = 20, channel = "radio" }
resource { id = "PT2", type = "patrol", name = "Patrol 2 (Amy)", base = "control_room",
           speed_kmh = 20, turnout_s = 20, channel = "radio" }
resource { id = "PT3", type = "patrol", name = "Patrol 3 (Sol)", base = "control_room",
           speed_kmh = 20, turnout_s = 20, channel = "radio" }
resource { id = "PT4", type = "patrol", name = "Patrol 4 (Jen)", base = "control_room",
           speed_kmh = 20, turnout_s = 20, channel = "radio" }
resource { id = "FA1", type = "first_aider", name = "First-aider 1 (Kofi)", base = "control_room",
           speed_kmh = 15, turnout_s = 30, channel = "radio" }
resource { id = "FA2", type = "first_aider", name = "First-aider 2 (Beth)", base = "control_room",
           speed_kmh = 15, turnout_s = 30, channel = "radio" }
resource { id = "FT1", type = "fire_team", name = "Fire response team", base = "control_room",
           speed_kmh = 20, turnout_s = 30, channel = "radio" }
resource { id = "M1", type = "maintenance", name = "Maintenance technician (Paul)", base = "estates_yard",
           speed_kmh = 15, turnout_s = 60, channel = "radio" }
resource { id = "M2", type = "maintenance", name = "Maintenance technician (Gita)", base = "estates_yard",
           speed_kmh = 15, turnout_s = 60, channel = "radio" }
resource { id = "LE1", type = "lift_engineer", name = "Lift contractor's on-call engineer", base = "lift_depot",
           speed_kmh = 40, turnout_s = 60, channel = "phone" }
resource { id = "LE2", type = "lift_engineer", name = "Lift contractor's second on-call engineer (from home)",
           base = "le2_home", speed_kmh = 40, turnout_s = 240, channel = "phone" }

------------------------------------------------------------------------------------------
-- The controllers.
------------------------------------------------------------------------------------------
colleague { id = "ryan", name = "Ryan Pike", role = "controller",
  need = "prioritising",
  support = { "coaching", "refresher_scenario" },
  says = {
    general = "Manic, isn't it? I'd rather send too much than too little, to be honest.",
    prioritising = "The girl at the sports hall was screaming, so I thought serious. And the two in the lift, "
                .. "the woman was really wound up, so I went medical. I suppose I grade on how they sound. How "
                .. "do you tell when it's actually serious and when they're just scared?",
    questioning = "I ask everything on the screen, I'm good on that.",
    advice = "I give the advice the screen gives me.",
  } }

colleague { id = "lena", name = "Lena Kowalski", role = "controller",
  need = nil,
  says = {
    general = "Fine. The car park one, yes, I shouldn't have told him to go and ask the man. He'd said the man "
           .. "looked lost and I just said it.",
    questioning = "The flood: I didn't ask about the electrics. It was toilets, I assumed there weren't any. I "
               .. "should have asked.",
    advice = "Never send a caller to challenge anyone. I know. It won't happen again.",
  } }

colleague { id = "marcus", name = "Marcus Bell", role = "controller",
  need = nil,
  says = {
    general = "Busy enough. Sorry about the duty manager on the chemistry fire: I got the fire team going and "
           .. "then the lift call came in.",
    questioning = "The bike? He said it had gone, so I took it as a report. I didn't ask if the thief was still "
               .. "about. Should have.",
    escalation = "Confirmed fire, duty manager within two minutes. I know the rule. I got caught up.",
  } }

------------------------------------------------------------------------------------------
-- The incidents, in the order they are referred.
------------------------------------------------------------------------------------------
incident { id = "library_lift", at_s = 60, title = "Library lift B stuck between floors, empty",
  place = "library", colleague = "ryan",
  truth = { incident = "lift", location = "Library, lift B", at_scene = "yes", caller_name = "Tom Greaves",
            callback = "ext 4410", caller_role = "staff", trapped = "no" },
  code = "LIFT-FLT", priority = "P2",            -- mistake: an empty lift out of use is Routine (P3)
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role", "q_trapped" },
  advice = { "call_back" },
  escalated = nil,
  log = "Library night supervisor. Lift B has stopped between LG and ground with the doors shut, display "
     .. "blank. Nobody inside, he checked with the intercom. Students keep pressing the button." }

incident { id = "eng_flood", at_s = 200, title = "Burst pipe in the Engineering block toilets",
  place = "engineering", colleague = "lena",
  truth = { incident = "flood", location = "Engineering block, ground-floor toilets", at_scene = "yes",
            caller_name = "Priya Das", callback = "07700 900931", caller_role = "student", electrics = "no" },
  code = "UTIL-FLD", priority = "P2",
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role" },
                                                 -- mistake: never asked about electrics (q_electrics)
  advice = { "stay_clear" },
  escalated = nil,
  log = "Student. Water pouring from a pipe under the sinks in the ground-floor gents, across the floor and "
     .. "into the corridor. Told to keep out of it." }

incident { id = "bike_theft", at_s = 330, title = "Bike stolen from the Hub cycle racks",
  place = "bike_racks", colleague = "marcus",
  truth = { incident = "intruder", location = "Cycle racks outside the Hub", at_scene = "yes",
            caller_name = "Jack Moran", callback = "07700 900944", caller_role = "student",
            intruder_now = "no", weapons = "no", suspect = "not seen" },
  code = "SEC-RPT", priority = "P3",
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role", "q_weapons", "q_description" },
                                                 -- mistake: never asked whether the thief is still there (q_intruder_now)
  advice = { "preserve_scene" },
  escalated = nil,
  log = "Student. Came out of the Hub to find his bike gone, cut lock on the ground. Didn't see anyone. "
     .. "Told not to touch the lock." }

incident { id = "sports_ankle", at_s = 480, title = "Student hurt her ankle, sports hall",
  place = "sports_hall", colleague = "ryan",
  truth = { incident = "medical", location = "Sports hall, court 3", at_scene = "yes", caller_name = "Holly Fenn",
            callback = "07700 900952", caller_role = "student", conscious = "yes", breathing = "yes",
            serious_injury = "no" },
  code = "MED-SER", priority = "P1",             -- mistake: a twisted ankle is MED-MIN, Urgent (P2)
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role", "q_conscious", "q_breathing",
            "q_serious" },
  advice = { "keep_still" },
  escalated = nil,
  log = "Netball. Player went over on her ankle, in a lot of pain, screaming. Awake, talking, breathing fine. "
     .. "No head injury, no bleeding, didn't fall from anything. Told to keep her still." }

incident { id = "beech_hall_concern", at_s = 600, title = "Student not answering her door, Beech Hall",
  place = "halls_b", colleague = "marcus",
  truth = { incident = "other", location = "Beech Hall, flat 14, room 3", at_scene = "yes",
            caller_name = "Zoe Clarke", callback = "07700 900967", caller_role = "student", danger = "yes" },
  code = "GEN-CON", priority = "P2",
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role", "q_danger" },
  advice = { "call_back" },
  escalated = nil,
  log = "Flatmate. Student in room 3 sent a worrying message two hours ago and isn't answering the door or "
     .. "her phone. Light on. Flatmate frightened something is wrong." }

incident { id = "car_park_suspicious", at_s = 720, title = "Man trying car doors, car park C",
  place = "car_park_c", colleague = "lena",
  truth = { incident = "intruder", location = "Car park C, top deck", at_scene = "yes", caller_name = "Sam Whitby",
            callback = "07700 900973", caller_role = "staff", intruder_now = "yes", weapons = "no",
            intruder_crime = "no", suspect = "man, 20s, dark tracksuit, rucksack" },
  code = "SEC-SUS", priority = "P2",
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role", "q_intruder_now", "q_weapons",
            "q_description", "q_intruder_doing" },
  advice = { "keep_safe", "challenge" },          -- mistake: told the caller to go and ask him
  escalated = nil,
  log = "Lecturer in her car. Man in a dark tracksuit walking along the top deck pulling at door handles, "
     .. "nothing broken that she can see. Told to stay in her car; said she could ask him what he's doing if "
     .. "she felt okay." }

incident { id = "su_bar_breakin", at_s = 840, title = "Two people breaking into the Students' Union bar",
  place = "su_bar", colleague = "marcus",
  truth = { incident = "intruder", location = "Students' Union bar, rear fire door", at_scene = "yes",
            caller_name = "Omar Haddad", callback = "07700 900988", caller_role = "student", intruder_now = "yes",
            weapons = "no", intruder_crime = "yes", suspect = "two men, hoods up, one in a red jacket" },
  code = "SEC-INP", priority = "P1",
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role", "q_intruder_now", "q_weapons",
            "q_description", "q_intruder_doing" },
  advice = { "keep_safe", "watch_safely" },
  escalated = "shift_supervisor",
  log = "Student walking past. Two men levering the rear fire door of the SU bar with a bar, one has gone in. "
     .. "Hoods up, one red jacket. Caller across the road, not approaching. Police called by the student too." }

incident { id = "chem_fire", at_s = 1000, title = "Fire alarm and smoke, Chemistry lab 2.14",
  place = "chemistry", colleague = "marcus",
  truth = { incident = "fire alarm", location = "Chemistry building, lab 2.14", at_scene = "yes",
            caller_name = "Dr Ruth Allen", callback = "ext 2214", caller_role = "staff", fire_seen = "yes",
            people_at_risk = "no" },
  code = "FIRE-CONF", priority = "P1",
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role", "q_fire_signs", "q_people" },
  advice = { "evacuate_floor", "tell_marshal" },
  escalated = nil,                               -- mistake: a confirmed fire: the duty manager
  log = "Researcher. Smoke from a fume cupboard in lab 2.14, alarm sounding, she's out on the stairs. "
     .. "Building emptying, everyone accounted for on her floor." }

incident { id = "arts_lift_trapped", at_s = 1200, title = "Two people stuck in Arts tower lift A",
  place = "arts_lift", colleague = "ryan",
  truth = { incident = "lift", location = "Arts tower, lift A", at_scene = "yes", caller_name = "Mia Rossi",
            callback = "07700 900996", caller_role = "student", trapped = "yes", trapped_unwell = "no" },
  code = "LIFT-MED", priority = "P1",            -- mistake: nobody unwell: LIFT-ENT, Urgent (P2)
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role", "q_trapped", "q_unwell" },
  advice = { "stay_in_lift", "keep_talking" },
  escalated = nil,
  log = "Student calling from inside lift A with a friend, stopped between 3 and 4. Both fine, no injuries, "
     .. "no medical conditions, but she's very anxious about being shut in." }

incident { id = "physics_power", at_s = 1380, title = "Power off in Physics lab G.07",
  place = "physics_lab", colleague = "lena",
  truth = { incident = "power cut", location = "Physics building, lab G.07", at_scene = "yes",
            caller_name = "Dr Ken Ito", callback = "ext 3107", caller_role = "staff", power_extent = "room" },
  code = "UTIL-PWR", priority = "P3",
  asked = { "q_what", "q_where", "q_at_scene", "q_name", "q_callback", "q_role", "q_power_extent" },
  advice = { "power_safety" },
  escalated = nil,
  log = "Researcher. Lights and sockets off in G.07 only, corridor fine. Freezers on a separate supply. Told "
     .. "not to touch the board." }

------------------------------------------------------------------------------------------
-- What happens to the resources.
------------------------------------------------------------------------------------------
-- The lift engineer is held up: still on his way, but not moving.
event { at_s = 1330, unit = "LE1", status = "en_route",
        report = "Lift engineer to control: puncture on the ring road by the Kingsway roundabout. Waiting for "
              .. "the recovery van. I'll be at least twenty minutes." }

------------------------------------------------------------------------------------------
-- Calls that come to the supervisor.
------------------------------------------------------------------------------------------
contact { id = "arts_lift_eta", at_s = 1500, kind = "query", incident = "arts_lift_trapped",
  caller = "Dr Alan Webb",
  says = "Hello, Alan Webb, I teach in the Arts tower. I'm on the fourth-floor landing with your officer, "
      .. "talking to the two girls in the lift. They're holding up, but they keep asking me how long. When is "
      .. "the engineer getting here?",
  patience_s = 180 }

contact { id = "bike_complaint", at_s = 2000, kind = "complaint", incident = "bike_theft",
  caller = "Jack Moran",
  says = "It's Jack Moran, my bike was nicked from outside the Hub. Your officer came, looked at the lock for "
      .. "two minutes, then got a call and ran off, and nobody came back for more than ten minutes. Nobody even "
      .. "looked at the cameras while I stood there. I want to make a complaint about that.",
  patience_s = 180 }

------------------------------------------------------------------------------------------
-- Actions to improve the team.
------------------------------------------------------------------------------------------
improvement { id = "grading_on_facts", area = "prioritising",
  text = "Refresher scenarios on grading from the answers, not from how upset the caller sounds" }
improvement { id = "branch_questions", area = "questioning",
  text = "A one-page card of the questions each branch decides on (electrics for floods, 'still there?' for "
      .. "intruders), reviewed at the start of each shift" }
improvement { id = "no_challenge", area = "advice",
  text = "Re-brief all controllers that callers are never sent to challenge anyone" }
improvement { id = "duty_manager_prompt", area = "escalation",
  text = "A duty-manager prompt on the screen whenever fire is confirmed" }
improvement { id = "complaint_refresher", area = "complaints",
  text = "A refresher for all controllers on the complaint procedure" }

------------------------------------------------------------------------------------------
-- Knowledge, at the debrief.
------------------------------------------------------------------------------------------
knowledge { id = "k_monitor_contractor", criterion = "CC39-3.4",
  text = "The lift engineer is a contractor, off site, reached by phone. How do you best keep track of his "
      .. "progress to the people in the lift?",
  choices = { "Wait for him to ring when he arrives: contractors do not like being chased",
              "Ask him for his position and arrival time when he sets off and at set intervals, and have the "
           .. "patrol at the landing report: a contractor is not on our radio or our map, so only asking tells you "
           .. "he has stopped",
              "Watch the patrol's radio traffic: that shows everything",
              "Send a second lift engineer every time, so monitoring does not matter" },
  answer = 2,
  explain = "Different resources are monitored differently. Our patrols are on the radio and the map; a contractor "
         .. "is reached only by phone, so regular status requests, and reports from whoever is at the scene, are "
         .. "the only way to find out that he is held up, in time to tell the people waiting and look for another way." }

knowledge { id = "k_review_patterns", criterion = "CC39-3.6",
  text = "Why does the supervisor go through the shift's results before choosing what the team works on?",
  choices = { "To have a number for the monthly report",
              "So that team actions answer what the results actually show (three over-gradings, two missed "
           .. "questions) and single slips are dealt with one-to-one, not with a course for everyone",
              "Because every area must get an action after every shift",
              "To decide which controller to move off nights" },
  answer = 2,
  explain = "Reviewing results is what tells a pattern from a slip: a pattern needs a team action, a single slip a "
         .. "word with the person. Acting without the review spends training on the wrong things and misses what "
         .. "recurs." }
