-- Hoax: late on a Friday night a young man, friends sniggering behind him, reports a huge tree
-- down across Station Road with cars crashing into it. Asked whether he is there and can see
-- it, he gives himself away: they are in a bedroom "seeing if anyone answers at night". The
-- council's only highways crew on duty must not be sent on a hoax. The call-handler challenges
-- before committing anything, takes what details he gives, warns him, records it as a hoax,
-- tells the duty manager and passes the details to the police.
--
-- Seeded: how giddy he is at the start, and when he gets bored and hangs up.

local start_agitation = 10 + math.random(0, 12)
local bored_at = 140 + math.random(0, 25)

scenario {
  id = "council_hoax_tree",
  version = "1.0.0",
  title = "Hoax: tree across Station Road",
  procedure = "council_ooh",
  level = "CC38",
  difficulty = 2,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7", "CC38-2.1",
               "CC38-2.2", "CC38-2.3", "CC38-3.3", "CC38-3.7" },
  tags = { "council", "hoax", "highway", "validity", "challenge", "no_attendance", "time_wasting",
           "caller:hoax" },
  summary = "A young man with friends laughing behind him reports a tree down across Station Road, Northam, "
         .. "with cars crashing into it. Asked whether he can see it, he admits they are in a bedroom seeing "
         .. "if anyone answers.",
}

place { id = "northam_depot",   name = "Highways depot, Foundry Lane, Northam", x = 3.2, y = 4.4 }
place { id = "westfield_depot", name = "Highways depot, Westfield",             x = 1.4, y = 2.0 }
place { id = "station_road",    name = "Station Road, Northam, by the railway bridge", x = 5.4, y = 4.9 }

resource { id = "H1", type = "highways_team", name = "Highways crew 1 (Northam)", base = "northam_depot",
           speed_kmh = 40, turnout_s = 120, channel = "voice" }
resource { id = "H2", type = "highways_team", name = "Highways crew 2 (Westfield)", base = "westfield_depot",
           speed_kmh = 40, turnout_s = 180, channel = "voice" }

caller {
  name = "Unknown male (young)",
  kind = "hoax",
  agitation = start_agitation,
  patience_s = 40,
  ring_patience_s = 60,
  location = "station_road",
  truth = {
    nature = "highway",
    address = "Station Road",
    at_scene = "hoax",
    caller_role = "passer-by",
    caller_name = "Justin Case",
    callback = "07700 900964",
    danger = "no",
  },
  says = {
    opening = "Yeah, hiya, is that the council? The, er, the emergency council? (someone behind him: 'go on, tell her!')",
    nature = "There's a tree. A massive tree, yeah, it's fell right across the road. Both sides. And cars are, like, "
          .. "crashing into it and that. Loads of them. (snorting) It's carnage, mate.",
    address = "Station Road. By the bridge. The railway bridge, yeah. Station Road.",
    at_scene = "Am I... what, now? (laughter) Nah. Nah, I'm in me mate's bedroom. We're just seeing if anyone "
            .. "actually answers this at night, innit. You do! Respect.",
    caller_role = "I'm a concerned citizen. (laughter) Just passing, like. Passing by.",
    caller_name = "Justin. Justin Case. (howls of laughter) Justin Case, yeah.",
    callback = "This one? Oh-seven-seven-double-oh, nine-double-oh, nine-six-four. (someone: 'don't give her your number, you idiot!')",
    danger = "Yeah, everyone's dead. (laughter) Nah, I'm joking. Nobody. There's no tree, is there.",
    unknown = "Dunno. Dunno, mate.",
    panic = "Eh? What?",
    ["repeat"] = "You asked me that already. Are you a robot?",
    hangup = "Yeah, whatever. Laters. (the line goes dead)",
  },
}

-- Warned, he hangs up.
event { when = function(s) return s.advised.warn_misuse end, hangup = true }

-- Not challenged, he plays it up.
event { when = function(s) return s.answered and s.time_s > 30 and s.known.at_scene == nil end,
        say = "You sending someone, then? Send the big lorry with the saw. (laughter) And a pizza.",
        agitation = 5 }

-- He gets bored anyway.
event { at_s = bored_at, hangup = true }

-- Knowledge check at the debrief.
knowledge { id = "k_hoax_tree", criterion = "CC38-3.3",
  text = "Why does the procedure's decision tree ask \"Are you there with it now? Can you see it?\" before it "
      .. "reaches the highway questions and a crew is sent?",
  choices = { "To keep the call short",
              "Because every caller is asked the same things in the same order, and this early check is where a false "
           .. "report shows itself, before the only crew on duty is sent to nothing",
              "Because the council only accepts reports from people at the scene",
              "So the caller can be prosecuted" },
  answer = 2,
  explain = "A decision tree makes the assessment consistent, complete under pressure, and checkable afterwards. Its "
         .. "order matters: the check on whether the caller is with what they report comes before anything is "
         .. "committed, so a hoax costs a minute of the call-handler's time and not an hour of the highways crew's." }

knowledge { id = "k_hoax_codes", criterion = "CC38-3.7",
  text = "What goes on the log for this call?",
  choices = { "Nothing: a hoax call is not logged",
              "HWY-OBS, Immediate, as he reported it, in case it was true",
              "The code HOAX, priority NCA (no council action), validity hoax, and what he said in his own words, "
           .. "with the number he called from",
              "A complaint against the caller" },
  answer = 3,
  explain = "Standard codes and wording let anyone reading the log, the duty manager, the police or an auditor, "
         .. "understand it at once. A hoax is logged as a hoax, with the evidence (what was said, the number), "
         .. "because the record is what the police and the network operator act on if it happens again." }
