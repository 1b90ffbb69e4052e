-- Hoax call: a teenager, with friends laughing in the background, reports the local high
-- school "on fire". Challenged, he admits it is a joke. Nothing must be sent; the call is
-- warned, recorded, reported to the supervisor and passed to the network operator.

scenario {
  id = "hoax_call",
  version = "1.0.0",
  title = "Hoax call: school on fire",
  procedure = "emergency",
  level = "CC38",
  difficulty = 2,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7",
               "CC38-2.1", "CC38-2.2", "CC38-2.3", "CC39-3.2" },
  tags = { "hoax", "validity", "challenge", "no_attendance" },
  summary = "A young male caller reports Northam High School on fire while friends laugh in the "
         .. "background. Asked whether he can see it, he admits it is a wind-up.",
}

place { id = "northam_fire",   name = "Northam Fire Station, Bridge Street", x = 4.0, y = 5.0 }
place { id = "eastgate_fire",  name = "Eastgate Fire Station",               x = 8.5, y = 6.0 }
place { id = "northam_amb",    name = "Northam Ambulance Station",           x = 5.0, y = 4.0 }
place { id = "northam_police", name = "Northam Police Station",              x = 4.5, y = 5.5 }
place { id = "high_school",    name = "Northam High School, Ridgeway",       x = 3.0, y = 3.5 }

resource { id = "F1", type = "fire_engine", name = "Northam One", base = "northam_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "F2", type = "fire_engine", name = "Northam Two", base = "northam_fire",
           speed_kmh = 48, turnout_s = 75, channel = "radio" }
resource { id = "F3", type = "fire_engine", name = "Eastgate One", base = "eastgate_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "A1", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "PC1", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }

caller {
  name = "Unknown male (young)",
  kind = "hoax",
  agitation = 15,
  patience_s = 40,
  ring_patience_s = 60,
  location = "high_school",
  truth = {
    incident = "fire",
    address = "Northam High School",
    at_scene = "hoax",
    caller_name = "Mickey Mouse",
    callback = "07700 900777",
  },
  says = {
    opening = "Yeah, er... hello? There's a fire. At the school. A massive one. (muffled laughing in the background)",
    incident = "The whole school's on fire, innit. Flames everywhere. Big flames. "
            .. "(someone behind him: 'say there's people in it!') Er, yeah, and there's, like, people inside and that.",
    address = "Northam High School. The big one, up the Ridgeway. Yeah.",
    at_scene = "(snorts) Yeah, I'm... nah. Nah, I can't see nothing, we're just messing about, mate. It's a joke, innit.",
    caller_name = "Mickey. Mickey Mouse. (laughter)",
    callback = "Er... this one? Oh-seven-seven-double-oh, nine-double-oh, seven-seven-seven.",
    unknown = "Dunno, mate.",
    ["repeat"] = "You already asked me that, you deaf or something?",
    hangup = "Yeah, yeah, whatever. Bye. (the line goes dead)",
  },
}

-- Once warned, he hangs up.
event { when = function(s) return s.advised.warn_misuse end, hangup = true }

-- He gets bored anyway.
event { at_s = 150, hangup = true }
