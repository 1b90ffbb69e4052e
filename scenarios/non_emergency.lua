-- Non-emergency: at two in the morning an angry man rings 999 about his neighbours' party.
-- Nobody is hurt or threatened. He wants the police round now and threatens to "sort it
-- out" himself. The right answer is no attendance: calm him, explain 999, refer to the
-- council's out-of-hours noise team and pass the report on.

scenario {
  id = "non_emergency",
  version = "1.1.0",
  title = "Noisy neighbours at 2 a.m. (999 misuse)",
  procedure = "emergency",
  level = "CC38",
  difficulty = 2,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-2.1",
               "CC38-2.2", "CC38-3.1", "CC38-3.2", "CC38-3.6" },
  tags = { "non_emergency", "nuisance", "angry", "no_attendance", "referral", "caller:angry" },
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

-- Knowledge check at the debrief.
knowledge { id = "k_services", criterion = "CC38-3.1",
  text = "Gary wants the police round about the noise. Which service does the control room offer for a call like his?",
  choices = { "A police car, because every 999 call gets someone sent",
              "Advice and a referral: nobody is in danger, so the report goes to the council's out-of-hours noise "
           .. "service, and he is told about 101 and online reporting",
              "None: the call is ended at once as a misuse of 999",
              "The fire service, which deals with nuisance at night" },
  answer = 2,
  explain = "The centre offers emergency response by police, fire and ambulance when life or property is in danger "
         .. "now, and, for everything else, advice and referral to the right service: 101, online reporting, the "
         .. "council. Knowing what the centre and its partners each offer meets the caller's need without taking an "
         .. "emergency resource off the road, and without simply turning him away." }

knowledge { id = "k_data_sharing", criterion = "CC38-3.2",
  text = "You pass Gary's report, with his name and number, to the council's out-of-hours team. What does data "
      .. "protection law (UK GDPR and the Data Protection Act 2018) require of this?",
  choices = { "Nothing: an emergency control room is exempt from data protection law",
              "His details can never be shared with anyone outside the emergency services",
              "The neighbours must be told who complained, so that they can answer the complaint",
              "Share only what the council needs to act on the report, by the agreed secure route, and tell Gary "
           .. "that it is being passed on" },
  answer = 4,
  explain = "Personal data may be shared for a clear purpose, on a lawful basis, and no more than is needed: here, so "
         .. "that the council can deal with the noise. The caller is told where his details go; the neighbours are not "
         .. "told who complained. Law like this shapes what the centre records, who it shares it with, and how." }

knowledge { id = "k_noise_advice", criterion = "CC38-3.6",
  text = "Gary asks: \"Can I at least go round and pull the plug on their speakers?\" Which reply is within the limits "
      .. "of your advice?",
  choices = { "\"If they won't listen to you, you're entitled to switch it off yourself.\"",
              "\"I can't give you any advice at all on a non-emergency call.\"",
              "\"Please don't go round tonight; it could turn into a fight. The council's team deals with the noise, and "
           .. "if anyone threatens you or it turns violent, call 999 straight away.\"",
              "\"Ring them and say the police are on their way; that usually works.\"" },
  answer = 3,
  explain = "Advice stays inside the procedure: keep yourself safe, use the right service, call back if it becomes an "
         .. "emergency. Encouraging a confrontation or a bluff about the police goes beyond the role and could put "
         .. "him in danger; refusing all advice leaves an angry caller likely to act on his own." }
