-- cyclist_collision: a passer-by calls 999 after a car turns across a cyclist at the Station
-- Road / Mill Street junction. One casualty, conscious, minor injuries (wrist, graze), not
-- trapped, no fuel; the road is clear at first and becomes blocked by a bus at 110 s.
-- Outcome on the emergency procedure: rtc_minor (RTC-MIN, P2, one ambulance, one police car).
-- Started from `incidesk new scenario emergency cyclist_collision` (docs/authoring.md).

scenario {
  id = "cyclist_collision",
  version = "1.0.0",
  title = "Cyclist knocked off at a junction, passer-by calling",
  procedure = "emergency",
  level = "CC38",
  difficulty = 2,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-2.3",
               "CC38-3.6", "CC39-1.2", "CC39-1.4" },
  tags = { "collision", "cyclist", "passer-by", "caller:third_party", "event:deterioration" },
  summary = "A passer-by sees a car turn across a cyclist at a junction; the cyclist is down, conscious, with a hurt wrist.",
}

-- The town map, in km: where the units wait and where the incident is.
place { id = "amb_station", name = "Northam Ambulance Station", x = 5.0, y = 4.0 }
place { id = "police_station", name = "Northam Police Station", x = 3.0, y = 6.0 }
place { id = "fire_station", name = "Northam Fire Station", x = 4.0, y = 5.0 }
place { id = "station_road", name = "Station Road at Mill Street, Northam", x = 6.0, y = 6.5 }

resource { id = "A1", type = "ambulance", name = "Northam Ambulance 1", base = "amb_station",
           speed_kmh = 55, turnout_s = 30 }
resource { id = "A2", type = "ambulance", name = "Northam Ambulance 2", base = "amb_station",
           speed_kmh = 55, turnout_s = 45 }
resource { id = "PC1", type = "police_car", name = "Northam Police 1", base = "police_station",
           speed_kmh = 60, turnout_s = 20 }
resource { id = "PC2", type = "police_car", name = "Northam Police 2", base = "police_station",
           speed_kmh = 60, turnout_s = 40 }
resource { id = "F1", type = "fire_engine", name = "Northam One", base = "fire_station",
           speed_kmh = 50, turnout_s = 60 }


caller {
  name = "Priya Shah",
  kind = "third_party",
  agitation = 40,           -- 0 calm .. 100 panicking
  patience_s = 60,          -- hangs up when ignored this long
  location = "station_road",
  truth = {
    incident = "collision", address = "Station Road at Mill Street", at_scene = "yes",
    caller_name = "Priya Shah", callback = "07700 900462",
    casualties = "1", injuries = "minor", trapped = "no", fuel_leak = "no", road_blocked = "no",
  },
  says = {
    opening = "Hello, ambulance, I think, a car's just knocked a cyclist off his bike!",
    incident = "A car turned left and went straight across him, he's come off and he's on the pavement.",
    address = "It's Station Road, at Mill Street, by the junction, near the Co-op.",
    at_scene = "Yes, I'm right here with him, I'm kneeling next to him.",
    caller_name = "Priya. Priya Shah.",
    callback = "It's oh-seven-seven-hundred, nine-hundred, four-six-two.",
    casualties = "Just him, just the one. The driver's fine, she's out of the car.",
    injuries = "He's talking, he's awake. His wrist, he's holding his wrist, and there's a graze on his face. A bit of blood.",
    trapped = "No, no, he's not in a car, he's on the pavement. The bike's under the car a bit.",
    fuel_leak = "No, I can't smell anything. The car's fine, it's just stopped.",
    road_blocked = "No, she's pulled in to the side, cars are getting past.",
    unknown = "Sorry, I don't know.",
    panic = "Sorry, what? He's... sorry, say that again?",
    ["repeat"] = "I've just said, haven't I?",
    reassured = "Okay. Okay, thank you.",
  },
}

-- Things that happen during the call.
event { at_s = 75, say = "He's trying to sit up now. Should I help him up, get him off the ground?",
        agitation = 10 }
event { at_s = 110, say = "Oh, now a bus has stopped behind her car, it can't get round. It's all backing up.",
        facts = { road_blocked = "yes" }, told = true, agitation = 5 }
event { when = function(s) return s.time_s > 150 and not s.dispatched.A1 and not s.dispatched.A2 end,
        say = "Is the ambulance coming? He's shaking a bit.", agitation = 20 }

-- A knowledge question for the "understand" criteria, asked at the debrief.
knowledge { id = "k_dont_move", criterion = "CC38-3.6",
  text = "The caller asks whether she should help the cyclist up off the ground. What may you tell her?",
  choices = { "Yes, help him up and sit him on a wall, it is kinder than leaving him on the ground",
              "Keep him still and warm and keep talking to him; do not move him unless he is in danger where he is",
              "Give him a drink of water to calm him down" },
  answer = 2,
  explain = "Moving an injured person can make a hidden injury worse; the procedure forbids telling a caller to move them or give them a drink." }
