-- Duplicate call: a collision on the Eastgate Road by the Shell garage was reported twelve
-- minutes ago by the van driver. A police car is there and an ambulance is on its way. A
-- second caller, who has pulled in at the garage, rings because "there's no ambulance and
-- nobody's with her". The call-taker must match the location with the open incident, ask
-- whether crews are there and whether anyone is hurt whom they may not have seen, and, since
-- it is the same collision with nothing new, link the call to the open incident (validity
-- "duplicate"), send nothing more, keep the caller off the road and away from the injured
-- woman's car, and tell her in plain words what is happening.
--
-- Seeded: who rings (name and number), how worried she is, when she wants to cross the road
-- to help, and when the ambulance pulls up.

local callers = {
  { name = "Carol Bennett", said = "Carol Bennett. Mrs.", phone = "07700 900742",
    said_phone = "Oh-seven-seven-double-oh, nine-double-oh, seven-four-two." },
  { name = "Denise Hartley", said = "Denise. Denise Hartley. H, A, R, T, L, E, Y.", phone = "07700 900318",
    said_phone = "It's oh-seven-seven-double-oh... nine-double-oh, three-one-eight." },
  { name = "Joanne Pickering", said = "Jo. Joanne Pickering.", phone = "07700 900564",
    said_phone = "Oh-seven-seven-double-oh, nine-double-oh, five-six-four. That's my mobile." },
}
local who = callers[math.random(#callers)]
local cross_at = 33 + math.random(0, 10)       -- she decides to go across to the car
local ambulance_at = 72 + math.random(0, 18)   -- the ambulance of the open incident pulls up

scenario {
  id = "duplicate_rtc",
  version = "1.0.0",
  title = "Second call about a collision already being dealt with",
  procedure = "emergency",
  level = "CC38",
  difficulty = 2,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-2.3",
               "CC38-3.3", "CC38-3.4" },
  tags = { "road", "collision", "duplicate", "validity", "no_attendance", "passer-by",
           "caller:third_party", "event:duplicate_call" },
  summary = "A collision on the Eastgate Road by the Shell garage was reported twelve minutes ago by the van "
         .. "driver: a car into the back of his van, the car's driver with neck and arm pain. Eastgate Response 2 "
         .. "is at the scene and Eastgate Ambulance 1 is on its way. A woman who has pulled in at the garage rings: "
         .. "there's no ambulance, and nobody is with the lady in the car.",
}

place { id = "eastgate_amb",    name = "Eastgate Ambulance Standby Point",    x = 8.8, y = 5.2 }
place { id = "northam_amb",     name = "Northam Ambulance Station",           x = 5.0, y = 4.0 }
place { id = "westfield_amb",   name = "Westfield Ambulance Station",         x = 1.5, y = 6.5 }
place { id = "eastgate_fire",   name = "Eastgate Fire Station",               x = 8.5, y = 6.0 }
place { id = "eastgate_police", name = "Eastgate Police Office",              x = 8.6, y = 5.0 }
place { id = "northam_police",  name = "Northam Police Station",              x = 4.5, y = 5.5 }
place { id = "mill_rd",         name = "Mill Road, Eastgate (ambulance on its way to the Eastgate Road collision)", x = 8.3, y = 4.2 }
place { id = "eastgate_rd",     name = "Eastgate Road by the Shell garage, before the Eastgate roundabout", x = 7.9, y = 4.6 }

-- Committed to the open incident: "RTC, Eastgate Road by the Shell garage, reported 16:41 by the
-- van driver; one casualty, car driver, neck and arm pain; RTC-MIN, P2".
resource { id = "PC2", type = "police_car", name = "Eastgate Response 2 (at the open RTC, Eastgate Road by the Shell garage)",
           base = "eastgate_rd", speed_kmh = 60, turnout_s = 20, channel = "radio", status = "unavailable" }
resource { id = "A1", type = "ambulance", name = "Eastgate Ambulance 1 (on its way to the open RTC, Eastgate Road)",
           base = "mill_rd", speed_kmh = 55, turnout_s = 30, channel = "data", status = "unavailable" }
-- Free.
resource { id = "A2", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A3", type = "ambulance", name = "Westfield Ambulance 1", base = "westfield_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "PC1", type = "police_car", name = "Eastgate Response 1", base = "eastgate_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "PC3", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "F1", type = "fire_engine", name = "Eastgate One", base = "eastgate_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }

caller {
  name = who.name,
  kind = "passer-by",
  agitation = 52 + math.random(0, 8),
  patience_s = 40,
  ring_patience_s = 45,
  location = "eastgate_rd",
  truth = {
    incident = "collision",
    address = "Eastgate Road",
    at_scene = "yes",
    caller_name = who.name,
    callback = who.phone,
    casualties = "1",
    injuries = "minor",
    trapped = "no",
    fuel_leak = "no",
    road_blocked = "no",
    already_reported = "yes",
    new_casualty = "no",
  },
  says = {
    opening = "Hello, yes, ambulance please. There's been a crash, and there's a lady sat in her car crying, and "
           .. "there's no ambulance. Nobody's with her!",
    incident = "A car's gone into the back of a van. A little silver car, right into the back of a white van. The front's "
            .. "all crumpled. And the lady driving it, she's just sat there, holding her neck, crying. I don't think "
            .. "anyone's even looked at her.",
    address = "The Eastgate Road. By the Shell garage, just before the big roundabout. I've pulled in at the garage, "
           .. "I'm stood by the air machine.",
    at_scene = "Yes, I'm looking right at it. It's just across the road from me, twenty yards, if that.",
    casualties = "Just the lady. Just her, one. The van man's out, walking about on his phone.",
    injuries = "She's holding her neck, and her arm, this arm, and she's crying. But she's talking, she's talking to "
            .. "the policeman. I can't see any blood or anything.",
    trapped = "No, no, her door's open. She's sat sideways in the seat with her feet out. The policeman told her to stay put.",
    fuel_leak = "No. No smell, no smoke, nothing like that. Just bits of the bumper all over the road.",
    road_blocked = "There's cones out round it. One lane's getting past, it's slow, but it's moving.",
    already_reported = "Well... there's a police car there, yes, I said, didn't I? Parked behind the van with its lights "
                    .. "going. One policeman. But he's talking to the van man mostly. There's no ambulance!",
    new_casualty = "Anyone else? ...No. No, I've had a good look. It's just her in the car, and the van man, and he's fine. "
                .. "There's nobody else.",
    caller_name = who.said,
    callback = who.said_phone,
    unknown = "I don't know. I'm just telling you what I can see.",
    panic = "I don't know! Look, is someone coming for her or not?",
    ["repeat"] = "I've just told you that.",
    reassured = "Right. Okay. Sorry, I'm a bit shaken, that's all. It made such a bang.",
    hangup = "Oh, I'll go over and see to her myself. (the line goes dead)",
  },
}

-- She means to go across the road to the car.
event { at_s = cross_at,
        say = "She's getting upset, bless her. I'm going to nip across and sit with her. She wants to get out of the car, "
           .. "I could help her out and sit her on the verge. It's only across the road.",
        agitation = 5 }

-- Told nothing about what is happening, she gets crosser.
event { when = function(s) return s.answered and s.time_s > 25 and s.agitation >= 60 end,
        say = "Are you sending an ambulance or not? She's been sat there ages. Somebody should be doing something!",
        agitation = 5 }

-- The ambulance of the open incident pulls up.
event { at_s = ambulance_at,
        say = "Oh, hang on. There's an ambulance coming now... yes, it's pulling in behind the police car. Two of them "
           .. "getting out, green uniforms. They're going to her. Oh, thank goodness.",
        agitation = -20 }

-- Knowledge check at the debrief.
knowledge { id = "k_dup_tree", criterion = "CC38-3.3",
  text = "Before it calls this a duplicate, the decision tree asks two things: whether crews are already there, and "
      .. "whether anyone is hurt whom they may not have seen. Why the second question?",
  choices = { "To keep the caller talking until the ambulance arrives",
              "Because a second caller is more likely to be making a hoax call",
              "Because the same collision can hold a casualty the crews have not found: a duplicate is the same "
           .. "facts again, and the call is linked with nothing sent; a casualty they do not know about still links "
           .. "the call, but adds an ambulance (DUP-ADD, Immediate)",
              "To decide whether the fire service should go" },
  answer = 3,
  explain = "A decision tree makes sure the same facts always lead to the same response, and that no call is written "
         .. "off on an assumption. 'Same place' is not enough to call a duplicate: a second caller may see someone "
         .. "thrown clear, in a ditch, or walking away hurt. The tree asks, and only the same facts with nothing new "
         .. "leads to 'link and send nothing'." }

knowledge { id = "k_dup_allocation", criterion = "CC38-3.4",
  text = "She says: \"There's no ambulance here!\" Eastgate Ambulance 1 is already assigned to this collision and on "
      .. "its way. Northam Ambulance 1 is free. What is the right allocation?",
  choices = { "Send Northam Ambulance 1 as well, because the caller is worried",
              "Stand down Eastgate Ambulance 1 and send Northam Ambulance 1, because the caller says there's no ambulance",
              "Send nothing more: the patient already has an ambulance on its way. Tell the caller so, pass anything new "
           .. "to the crews, and keep Northam Ambulance 1 free for the next emergency; add a resource only if a new "
           .. "fact, such as another casualty, changes the need",
              "Ask the caller to drive the injured woman to hospital herself" },
  answer = 3,
  explain = "Resources are allocated by the facts of the incident, not by the number of calls or how worried a caller "
         .. "is. One injured woman needs one ambulance, and one is on its way. A second ambulance to the same patient "
         .. "leaves an area without cover for the next 999 call. The answer changes only when the facts do." }
