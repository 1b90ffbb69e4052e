-- House fire, persons reported: a panicking occupier outside her burning house, her father
-- upstairs. The smoke worsens while she is on the line; she threatens to go back in if she
-- is not told to stay out.

scenario {
  id = "house_fire",
  version = "1.1.0",
  title = "House fire, persons reported",
  procedure = "emergency",
  level = "CC38",
  difficulty = 3,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-1.7",
               "CC38-2.1", "CC38-2.2", "CC38-2.3", "CC38-3.4", "CC38-3.7", "CC38-3.8",
               "CC39-1.2", "CC39-1.4" },
  tags = { "fire", "persons_reported", "panicking", "occupier", "worsening", "caller:panicking", "event:deterioration" },
  summary = "Sarah Jones is on the pavement outside 14 Mill Lane: the kitchen is on fire and her "
         .. "father, who cannot manage the stairs, is in the upstairs front bedroom. The smoke "
         .. "turns black while she is on the line.",
}

-- Northam, on the Northshire town map (km; west-east x, south-north y).
place { id = "northam_fire",    name = "Northam Fire Station, Bridge Street",   x = 4.0, y = 5.0 }
place { id = "eastgate_fire",   name = "Eastgate Fire Station",                 x = 8.5, y = 6.0 }
place { id = "westfield_fire",  name = "Westfield Fire Station (on-call)",      x = 1.0, y = 2.0 }
place { id = "northam_amb",     name = "Northam Ambulance Station",             x = 5.0, y = 4.0 }
place { id = "westfield_amb",   name = "Westfield Ambulance Station",           x = 1.5, y = 6.5 }
place { id = "northam_police",  name = "Northam Police Station",                x = 4.5, y = 5.5 }
place { id = "hospital",        name = "Northshire General Hospital",           x = 6.0, y = 2.5 }
place { id = "mill_lane",       name = "14 Mill Lane, Northam",                 x = 5.0, y = 6.9 }

resource { id = "F1", type = "fire_engine", name = "Northam One",    base = "northam_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "F2", type = "fire_engine", name = "Northam Two",    base = "northam_fire",
           speed_kmh = 48, turnout_s = 75, channel = "radio" }
resource { id = "F3", type = "fire_engine", name = "Eastgate One",   base = "eastgate_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "F4", type = "fire_engine", name = "Westfield One",  base = "westfield_fire",
           speed_kmh = 45, turnout_s = 300, channel = "radio" }            -- on-call crew
resource { id = "A1", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A2", type = "ambulance", name = "Westfield Ambulance 1", base = "westfield_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "PC1", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }

caller {
  name = "Sarah Jones",
  kind = "occupier",
  agitation = 80,
  patience_s = 40,
  ring_patience_s = 40,
  location = "mill_lane",
  truth = {
    incident = "fire",
    address = "14 Mill Lane",
    at_scene = "yes",
    caller_name = "Sarah Jones",
    callback = "07700 900461",
    caller_role = "occupier",
    fire_type = "dwelling",
    persons_reported = "yes",
    smoke = "light",
  },
  told = { caller_role = "occupier" },   -- "it's my house"
  says = {
    opening = "Fire! Oh my God, there's a fire, it's my house, it's my house, please, you've got to help me!",
    incident = "The kitchen's on fire! I was upstairs and the alarm went and there's smoke, "
            .. "there's smoke coming up the stairs, I just ran, I just got out!",
    address = "Fourteen Mill Lane. Mill Lane, in Northam, by the... by the church. Fourteen!",
    persons_reported = "My dad! My dad's still in there, he's upstairs in the front bedroom, "
                    .. "he can't do the stairs on his own, he's seventy-eight, oh God!",
    fire_type = "It's the house! It's our house, it's a normal house, two floors, the kitchen's at the back!",
    at_scene = "I'm outside, I'm on the pavement, I'm looking at it, the kitchen window's all orange!",
    smoke = "There's grey smoke, coming out the back and out the door. I can't see flames at the front.",
    caller_name = "Sarah. Sarah Jones.",
    callback = "It's oh-seven-seven-double-oh... nine-double-oh... four-six-one.",
    caller_role = "It's my house!",
    unknown = "I don't know! I don't know!",
    panic = "I can't, I can't think, please, just send someone, please!",
    ["repeat"] = "I've told you! Why are you asking me again?",
    reassured = "Okay. Okay. I'm listening.",
    hangup = "I can't just stand here, I'm going in for him!",
  },
}

-- The smoke turns black and reaches her father's window.
event { at_s = 75,
        say = "Oh God, it's black now, it's pouring out upstairs, out of his window! Dad! DAD!",
        facts = { smoke = "heavy" }, told = true, agitation = 15 }

-- Nobody has told her to stay out: she means to go back in.
event { when = function(s) return s.answered and s.time_s > 50 and not s.advised.dont_go_back end,
        say = "I'm going to go back in for him. I can get him, I know I can, he's just at the top of the stairs!",
        agitation = 15 }

-- The first crew arrives.
event { when = function(s) return s.status.F1 == "on_scene" end,
        say = "They're here! The fire engine's here! I'm waving at them, they've seen me!",
        agitation = -25 }

-- Knowledge check at the debrief.
knowledge { id = "k_fire_allocation", criterion = "CC38-3.4",
  text = "Put these in the order a call-taker works out what to send to a fire like Sarah's.",
  items = { "Choose the nearest units of each type that are actually available",
            "Establish the facts the decision tree needs: what is burning, and whether anyone is inside",
            "Read what that outcome requires: two fire engines and an ambulance",
            "Follow the tree to its outcome: fire in a building, persons reported, Immediate" },
  order = { 2, 4, 3, 1 },
  explain = "Allocation follows from assessment. The facts take the tree to an outcome; the outcome says how many "
         .. "resources of each type the incident needs; only then do you pick the units, the nearest that are really "
         .. "available. Picking units before the facts are known risks sending too little, or taking resources that "
         .. "another incident needs." }

knowledge { id = "k_fire_resources", criterion = "CC38-3.8",
  text = "Four fire engines show as available for Mill Lane: Northam One and Two, Eastgate One, and Westfield One, "
      .. "which is crewed by on-call firefighters. Which is true of Westfield One?",
  choices = { "It is the same as the others: any available engine will do",
              "On-call engines may only be sent to outdoor fires",
              "Its crew must first get to the station from home or work, so it takes about five minutes to turn out: "
           .. "here it is a reserve, not a first choice",
              "It cannot be sent at all unless the fire duty officer agrees" },
  answer = 3,
  explain = "Resources differ in type and in readiness. Wholetime crews are at the station and turn out in about a "
         .. "minute; on-call (retained) crews respond to the station first. Knowing each resource's type, turnout and "
         .. "whether it is free is what lets you choose the ones that will get there first, and keep the rest in reserve." }

knowledge { id = "k_fire_codes", criterion = "CC38-3.7",
  text = "The incident is coded FIRE-PR on the log and in the message to the crews. What do you tell Sarah?",
  choices = { "\"We've got it as a FIRE-PR, persons reported, so it's our top priority.\"",
              "\"Two appliances have been mobilised; their ETA is five minutes.\"",
              "Nothing about it: codes and crew details must never be shared with a caller.",
              "\"Firefighters are on their way, and they know your dad is upstairs in the front bedroom.\"" },
  answer = 4,
  explain = "Standard codes and wording keep the log and the messages to crews short and unambiguous: every crew "
         .. "reads FIRE-PR the same way. They are for the service. A caller gets the same facts in plain words: "
         .. "'persons reported', 'appliance', 'mobilised' and 'ETA' are on the procedure's jargon list. Telling her "
         .. "nothing would leave her without the reassurance she needs." }
