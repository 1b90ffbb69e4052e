-- Non-emergency: at two in the morning an angry man rings 999 about his neighbours' party.
-- Nobody is hurt or threatened. He wants the police round now and threatens to "sort it
-- out" himself. The right answer is no attendance: calm him, explain 999, refer to the
-- council's out-of-hours noise team and pass the report on.

scenario {
  id = "non_emergency",
  version = "1.0.0",
  title = "Noisy neighbours at 2 a.m. (999 misuse)",
  procedure = "emergency",
  level = "CC38",
  difficulty = 2,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-2.1",
               "CC38-2.2", "CC38-3.6", "CC39-3.2" },
  tags = { "non_emergency", "nuisance", "angry", "no_attendance", "referral" },
  summary = "Gary Pollard of 10 Canal Street is kept awake by a party next door. He is angry, "
         .. "demands the police, and says he will go round himself.",
}

place { id = "northam_police",  name = "Northam Police Station",              x = 4.5, y = 5.5 }
place { id = "northam_fire",    name = "Northam Fire Station, Bridge Street", x = 4.0, y = 5.0 }
place { id = "northam_amb",     name = "Northam Ambulance Station",           x = 5.0, y = 4.0 }
place { id = "canal_street",    name = "12 Canal Street, Northam",            x = 5.8, y = 5.1 }

resource { id = "PC1", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "PC2", type = "police_car", name = "Northam Response 2", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "F1", type = "fire_engine", name = "Northam One", base = "northam_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "A1", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }

caller {
  name = "Gary Pollard",
  kind = "neighbour",
  agitation = 45,
  patience_s = 50,
  ring_patience_s = 60,
  location = "canal_street",
  truth = {
    incident = "nuisance",
    address = "12 Canal Street",
    at_scene = "yes",
    caller_name = "Gary Pollard",
    callback = "07700 900135",
    caller_role = "neighbour",
    danger = "no",
  },
  told = { caller_role = "neighbour" },   -- "next door"
  says = {
    opening = "Yeah, I want the police round here, now. It's gone two in the morning and next door are at it again. "
           .. "I've got work at six!",
    incident = "They're having a party. Music blasting, bass going through the wall, people shouting in the garden. "
            .. "Third weekend running. I've knocked, I've asked nicely, they just laugh at me.",
    address = "Number twelve. Twelve Canal Street. I'm at number ten, next door.",
    at_scene = "I'm in my bedroom, mate, I can hear every word. Listen. (thumping bass down the line)",
    danger = "Hurt? No. No one's hurt. They're just taking the mick. Nobody's fighting or anything, it's just the noise.",
    caller_name = "Gary Pollard.",
    callback = "Oh-seven-seven-double-oh, nine-double-oh, one-three-five.",
    caller_role = "I'm next door.",
    unknown = "How should I know?",
    panic = "I'm not answering any more questions, just send someone!",
    ["repeat"] = "I've just told you! Are you even listening?",
    reassured = "Fine. Fine. Go on then.",
    hangup = "Forget it, I'll sort it out myself.",
  },
}

-- He loses his temper.
event { at_s = 28,
        say = "Are you even listening to me? If you lot don't come out, I'm going round there and I'll sort him out myself!",
        agitation = 20 }

-- If he hears nothing useful, he gets worse.
event { when = function(s) return s.answered and s.time_s > 75 and not s.advised.refer_council and not s.advised.use_101 end,
        say = "So what, you're just going to do nothing? That's what I pay my taxes for, is it?",
        agitation = 15 }
