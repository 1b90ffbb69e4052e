-- Crime in progress: a woman woken by breaking glass whispers from a locked bathroom that two
-- men are downstairs, one with a crowbar. Weapons seen: two cars, Immediate, and the duty
-- inspector within a minute. She must be kept hidden and quiet.

scenario {
  id = "burglary_in_progress",
  version = "1.1.0",
  title = "Burglary in progress, weapon seen",
  procedure = "emergency",
  level = "CC38",
  difficulty = 3,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-1.7",
               "CC38-2.3", "CC38-3.5", "CC38-3.6", "CC39-1.2", "CC39-1.4" },
  tags = { "crime", "in_progress", "weapons", "whispering", "escalation", "event:escalation_beyond_authority" },
  summary = "Priya Shah hides in her bathroom at 3 Weaver's Row while two men search the kitchen "
         .. "below. She saw a crowbar from the landing. They leave by the back door towards the canal path.",
}

place { id = "northam_police",  name = "Northam Police Station",   x = 4.5, y = 5.5 }
place { id = "eastgate_police", name = "Eastgate Police Office",   x = 8.6, y = 5.0 }
place { id = "northam_amb",     name = "Northam Ambulance Station", x = 5.0, y = 4.0 }
place { id = "weavers_row",     name = "3 Weaver's Row, Northam",  x = 3.6, y = 6.4 }

resource { id = "PC1", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "PC2", type = "police_car", name = "Northam Response 2", base = "northam_police",
           speed_kmh = 60, turnout_s = 25, channel = "radio" }
resource { id = "PC3", type = "police_car", name = "Eastgate Response 1", base = "eastgate_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }
resource { id = "PC4", type = "police_car", name = "Dog Unit 2", base = "eastgate_police",
           speed_kmh = 55, turnout_s = 30, channel = "radio", status = "unavailable" }  -- on a search
resource { id = "A1", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }

caller {
  name = "Priya Shah",
  kind = "victim",
  agitation = 70,
  patience_s = 40,
  ring_patience_s = 45,
  location = "weavers_row",
  truth = {
    incident = "crime",
    address = "3 Weaver's Row",
    at_scene = "yes",
    caller_name = "Priya Shah",
    callback = "07700 900642",
    caller_role = "victim",
    crime_timing = "in progress",
    weapons = "yes",
    suspects = "two men in dark hoodies",
  },
  told = { caller_role = "victim" },   -- "someone's in my house"
  says = {
    opening = "(whispering) Please... please, there's someone in my house. I can hear them downstairs.",
    incident = "(whispering) I woke up, I heard glass smash, the back door I think. There's two of them, "
            .. "I can hear them talking, they're going through the drawers in the kitchen.",
    address = "(whispering) Three, Weaver's Row. Northam. By the canal. Three.",
    crime_timing = "(whispering) Now. They're here now. I can hear them right under me.",
    weapons = "(whispering) One of them's got a bar, a metal bar, like a crowbar. I saw it from the landing, "
           .. "before I came in here.",
    suspects = "(whispering) Two men in dark hoodies, hoods up. One's tall. The one with the bar is shorter. "
            .. "I didn't see their faces.",
    at_scene = "(whispering) I'm upstairs. In the bathroom. I've locked the door. I'm sitting on the floor.",
    caller_name = "(whispering) Priya. Priya Shah.",
    callback = "(whispering) Oh-seven-seven-double-oh, nine-double-oh, six-four-two.",
    caller_role = "(whispering) It's my house.",
    unknown = "(whispering) I don't know... I don't know.",
    panic = "(a sob, then nothing but breathing)",
    ["repeat"] = "(whispering) I told you... please, they'll hear me.",
    reassured = "(whispering) Okay. Okay. I'm here.",
    hangup = "(a door bangs; the line goes dead)",
  },
}

-- Nobody has told her to stay hidden: she thinks about going out.
event { when = function(s) return s.answered and s.time_s > 45 and not s.advised.keep_safe_crime end,
        say = "(whispering) Should I... should I go out and scream at them? Maybe they'll run?",
        agitation = 10 }

-- They leave.
event { at_s = 75,
        say = "(whispering) The back door... I heard the back door. I think they're going. Out the back, "
           .. "towards the canal path.",
        agitation = -5 }

-- Police arrive.
event { when = function(s) return s.status.PC1 == "on_scene" or s.status.PC2 == "on_scene" end,
        say = "I can see blue lights! Through the window, there's blue lights outside!",
        agitation = -25 }

-- Knowledge check at the debrief.
knowledge { id = "k_escalation_levels", criterion = "CC38-3.5",
  text = "Put these incidents in order of the level of response they must be escalated to, from the lowest level to the highest.",
  items = { "Eight or more casualties at one scene: a possible major incident",
            "A hoax call, taken and recorded",
            "A weapon seen at a crime in progress" },
  order = { 2, 3, 1 },
  explain = "The boundary is set by risk and scale. A hoax is a matter for the control room: the supervisor is told so "
         .. "it is recorded and reported. A weapon at a crime in progress puts the caller, the public and officers at "
         .. "risk, so the police duty inspector, who can authorise a tactical response, must know within a minute. "
         .. "Eight or more casualties can overwhelm the normal response, so the tactical (silver) commander is told "
         .. "and may declare a major incident." }

knowledge { id = "k_burglary_advice", criterion = "CC38-3.6",
  text = "Priya whispers: \"Should I go out and scream at them? Maybe they'll run?\" Which reply is within the limits "
      .. "of what you may tell her?",
  choices = { "\"Stay locked in the bathroom and keep quiet. Don't go out or challenge them; the officers will come to you.\"",
              "\"Yes, making a lot of noise often scares burglars off.\"",
              "\"That's up to you; I can't tell you what to do in your own home.\"",
              "\"Find something heavy to defend yourself with in case they come upstairs.\"" },
  answer = 1,
  explain = "Instructions and advice to a caller are limited to the procedure's safe advice for the incident: keep "
         .. "yourself safe, don't approach or challenge, don't touch what they touched. Advice that puts the caller "
         .. "in danger, such as confronting or arming herself, is forbidden; refusing to advise a frightened caller "
         .. "is no support at all." }
