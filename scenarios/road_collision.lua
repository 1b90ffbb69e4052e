-- Road collision on the A61 bypass: a shaken passing driver reports a van into a car, three
-- hurt, one seriously, fuel leaking across a blocked carriageway. One of the ambulances sent
-- breaks down on the way; a bystander lights a cigarette near the fuel if nobody warns them.

scenario {
  id = "road_collision",
  version = "1.1.0",
  title = "Road collision, three casualties, fuel leak",
  procedure = "emergency",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7",
               "CC38-2.1", "CC38-2.2", "CC38-2.3", "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4",
               "CC39-1.5", "CC39-3.1", "CC39-3.3" },
  tags = { "road", "collision", "third_party", "multi_casualty", "fuel", "escalation", "unit_failure", "caller:third_party", "caller:panicking", "event:unit_unavailable", "event:escalation_beyond_authority" },
  summary = "Dan Whitworth stopped at a collision on the A61 bypass: a van has hit a car head-on. "
         .. "Three people are hurt, the car's driver seriously; petrol is running across both "
         .. "lanes. An ambulance sent to it blows a tyre on the way.",
}

place { id = "eastgate_fire",     name = "Eastgate Fire Station",               x = 8.5, y = 6.0 }
place { id = "northam_fire",      name = "Northam Fire Station, Bridge Street", x = 4.0, y = 5.0 }
place { id = "eastgate_amb",      name = "Eastgate Ambulance Standby Point",    x = 8.8, y = 5.2 }
place { id = "northam_amb",       name = "Northam Ambulance Station",           x = 5.0, y = 4.0 }
place { id = "westfield_amb",     name = "Westfield Ambulance Station",         x = 1.5, y = 6.5 }
place { id = "eastgate_police",   name = "Eastgate Police Office",              x = 8.6, y = 5.0 }
place { id = "northam_police",    name = "Northam Police Station",              x = 4.5, y = 5.5 }
place { id = "hospital",          name = "Northshire General Hospital",         x = 6.0, y = 2.5 }
place { id = "bypass_roundabout", name = "A61 bypass, northbound, before the Eastgate roundabout",
        x = 7.6, y = 8.2 }

resource { id = "A1", type = "ambulance", name = "Eastgate Ambulance 1", base = "eastgate_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A2", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A3", type = "ambulance", name = "Westfield Ambulance 1", base = "westfield_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "RR1", type = "rapid_response", name = "Northam Paramedic Car", base = "northam_amb",
           speed_kmh = 60, turnout_s = 15, channel = "data" }
resource { id = "F1", type = "fire_engine", name = "Eastgate One", base = "eastgate_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "F2", type = "fire_engine", name = "Northam One", base = "northam_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "PC1", type = "police_car", name = "Eastgate Response 1", base = "eastgate_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "PC2", type = "police_car", name = "Northam Response 2", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "PC3", type = "police_car", name = "Roads Policing 7", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio", status = "unavailable" } -- at another job

caller {
  name = "Dan Whitworth",
  kind = "third_party",
  agitation = 65,
  patience_s = 45,
  ring_patience_s = 45,
  location = "bypass_roundabout",
  truth = {
    incident = "collision",
    address = "A61 bypass before the Eastgate roundabout",
    at_scene = "yes",
    caller_name = "Daniel Whitworth",
    callback = "07700 900218",
    caller_role = "witness",
    casualties = "3",
    injuries = "serious",
    trapped = "no",
    fuel_leak = "yes",
    road_blocked = "yes",
  },
  told = { caller_role = "witness" },   -- "I saw it happen"
  says = {
    opening = "Yeah, hello, there's been a crash, a bad one, I've just pulled over, I saw it happen, "
           .. "a van's gone straight into a car!",
    incident = "A white van just came across, right across the lanes, and went into this car head on. "
            .. "The car's spun round, the front's all smashed in, there's glass everywhere, it's... it's bad.",
    address = "It's the A61, the bypass, coming into town, just before the Eastgate roundabout. "
           .. "Northbound. By the garden centre sign.",
    casualties = "Three. There's three of them. The van driver's walking about holding his arm, "
              .. "and there's a woman in the car and a little lad in the back.",
    injuries = "The woman driving, she's not right, her head's bleeding loads and she's sort of slumped, "
            .. "she's moaning but she's not saying anything. The kid's crying, he's got blood on his face.",
    trapped = "No, no, the door opened, I opened it. She's not stuck, she's just... she's not really moving.",
    fuel_leak = "Yeah! There's petrol, I can smell it, it's running out from under the van, there's a big puddle of it.",
    road_blocked = "Both lanes, yeah. Nobody can get past, the cars are stopping behind.",
    at_scene = "I'm right here, I'm on the verge, next to the car.",
    caller_name = "Dan. Daniel Whitworth.",
    callback = "Oh-seven-seven-double-oh, nine-double-oh, two-one-eight.",
    unknown = "I don't know, mate, I don't know!",
    panic = "I don't... there's blood everywhere, I can't... just get someone here!",
    ["repeat"] = "I've just told you that! Come on!",
    reassured = "Right. Right, okay. What do you need me to do?",
    hangup = "I can't stand here on the phone, I've got to help her!",
  },
}

-- Nothing on its way a minute into the call.
event { when = function(s)
          return s.answered and s.time_s > 60 and not (s.dispatched.A1 or s.dispatched.A2 or s.dispatched.A3)
        end,
        say = "Are you sending someone or what? She's bleeding, man!", agitation = 15 }

-- Nobody has warned about the fuel: a bystander lights up next to it.
event { when = function(s)
          return s.known.fuel_leak == "yes" and s.time_s > 80 and not s.advised.no_smoking
        end,
        say = "There's a lad here lighting a cigarette! Right by the van, right by the petrol!",
        agitation = 15 }

-- One of the ambulances breaks down on its way.
event { at_s = 100, unit = "A2", status = "unavailable",
        report = "A2 to Control: nearside tyre blown on Station Road, we're off the road. Cannot continue to the bypass." }

-- The driver stirs and he wants to get her out of the car.
event { at_s = 140,
        say = "She's trying to get out, she's trying to climb out the car. Should I help her out? Should I lift her out?",
        agitation = 10 }

-- The first police car arrives.
event { when = function(s) return s.status.PC1 == "on_scene" end,
        say = "The police are here, there's a police car here now. Thank God.",
        agitation = -20 }

-- Knowledge check at the debrief.
knowledge { id = "k_services_combined", criterion = "CC39-3.1",
  text = "What does the combined control room provide itself at this collision, and what does it arrange through partners?",
  choices = { "It provides everything itself, including closing the carriageway and clearing the fuel",
              "It only takes the call; the caller must ring each emergency service separately",
              "It sends police, fire and ambulance from its own resources, and tells partners such as the highways "
           .. "authority, which manages the road, the signs and the clean-up",
              "It sends ambulances only; police and fire are dispatched by separate control rooms" },
  answer = 3,
  explain = "A combined control room takes the call once and sends police, fire and ambulance together, so one "
         .. "caller gets every service the incident needs. Some services belong to partners: the highways authority "
         .. "runs the road network, the gas and electricity networks their own emergencies. Knowing who provides what "
         .. "means nothing is forgotten and nobody is called who isn't needed." }

knowledge { id = "k_channel_highways", criterion = "CC39-3.3",
  text = "Why does the procedure say to tell the highways authority about this collision by voice, not by a data message?",
  choices = { "Voice is always better than data for outside organisations",
              "Both lanes are blocked and fuel is on the road: their control room must act now, and a call reaches a "
           .. "person at once and confirms they have it, where a data message may wait unread",
              "Data messages may not be sent to organisations outside the emergency services",
              "The highways authority has no data link to the control room" },
  answer = 2,
  explain = "The channel depends on urgency and on the need to know the message was received. Data is efficient and "
         .. "leaves a clear record for routine information, such as a noise report to the council; urgent, "
         .. "safety-critical information goes by voice so that it is heard and acknowledged. The procedure names the "
         .. "channel for each partner and outcome." }
