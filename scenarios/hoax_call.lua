-- Hoax call: a teenager, with friends laughing in the background, reports the local high
-- school "on fire". Challenged, he admits it is a joke. Nothing must be sent; the call is
-- warned, recorded, reported to the supervisor and passed to the network operator.

scenario {
  id = "hoax_call",
  version = "1.1.0",
  title = "Hoax call: school on fire",
  procedure = "emergency",
  level = "CC38",
  difficulty = 2,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7",
               "CC38-2.1", "CC38-2.2", "CC38-2.3", "CC38-3.2", "CC38-3.3" },
  tags = { "hoax", "validity", "challenge", "no_attendance", "caller:hoax" },
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

-- Knowledge check at the debrief.
knowledge { id = "k_hoax_law", criterion = "CC38-3.2",
  text = "Which is true of the law on hoax calls like this one, and what it means for the control room?",
  choices = { "It is only an offence if a fire engine actually goes out, so a call caught in time can just be ended",
              "It is not an offence if the caller is under 18, so nothing needs recording",
              "Knowingly giving a false alarm of fire is an offence (Fire and Rescue Services Act 2004), and so is "
           .. "persistently misusing the phone network (Communications Act 2003): the call is logged, the caller "
           .. "warned and the number passed on",
              "The call cannot be recorded or passed on, because the caller has not agreed to it" },
  answer = 3,
  explain = "Legislation shapes what the centre does. Because a hoax is an offence whether or not anything is sent, "
         .. "the call is kept on the log as evidence, the caller is warned, the supervisor is told and the number "
         .. "goes to the network operator's malicious calls bureau. Young callers can still be dealt with, and data "
         .. "protection law allows calls to be recorded and shared to prevent and detect crime." }

knowledge { id = "k_call_tree", criterion = "CC38-3.3",
  text = "Put the first questions of the procedure's decision tree in the order it asks them: the order that caught "
      .. "this hoax before anything was sent.",
  items = { "Are you there with it now? Can you see it? (the challenge)",
            "Tell me exactly what has happened (the open question)",
            "Your name and the number you are calling from",
            "The address of the emergency" },
  order = { 2, 4, 1, 3 },
  explain = "A decision tree puts the same questions, in the same order, to every caller, so the assessment is "
         .. "consistent, nothing is missed under pressure, and every decision can be checked afterwards. Its early "
         .. "challenge, whether the caller can see what they report, is where a hoax gives itself away, before a "
         .. "fire engine is taken off the run." }
