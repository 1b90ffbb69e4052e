-- A child trapped in a lift with her mother, who is diabetic and becoming unwell. Maya, nine,
-- rings the number on the lift's sticker from her mum's phone. An entrapment on its own is the
-- lift contractor's job; someone unwell inside makes it an emergency: the nearest first-aid
-- officer and the on-call lift engineer, 999 for fire and rescue (who release people from
-- lifts in a medical emergency) and an ambulance, and the shift supervisor told. Maya must be
-- kept calm, in the lift and away from the doors, talking to her mum, in words a child uses.
--
-- Seeded: her starting fright, when she asks to pull the doors open, when her mum gets
-- drowsy, and her mum's name.

local mums = { "Grace", "Joy", "Ruth", "Funmi" }
local mum = mums[math.random(#mums)]
local doors_at = 44 + math.random(0, 14)     -- she asks to pull the doors open
local drowsy_at = 85 + math.random(0, 20)    -- her mum's eyes keep closing

scenario {
  id = "site_lift_child",
  version = "1.0.0",
  title = "Campus: child stuck in a lift, her mum unwell",
  procedure = "site_security",
  level = "CC38",
  difficulty = 3,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-1.7",
               "CC38-2.1", "CC38-2.2", "CC38-2.3", "CC38-3.5", "CC38-3.6", "CC39-1.2", "CC39-1.4" },
  tags = { "site_security", "lift", "entrapment", "medical", "diabetic", "child", "visitor",
           "caller:child", "event:advice_refused" },
  summary = "Maya Okafor, nine, is stuck with her mum in lift 2 of the Kingfisher Building on Riverside "
         .. "Campus. Her mum, a visitor with diabetes, is shaky, sweaty and getting drowsy. Maya asks if she "
         .. "can pull the doors open. Nobody else knows they are there.",
}

place { id = "control",      name = "Security Control, Gatehouse",               x = 2.0, y = 1.0 }
place { id = "library_sq",   name = "Library Square (foot patrol beat)",         x = 2.5, y = 1.65 }
place { id = "union",        name = "Student Union",                             x = 2.3, y = 1.5 }
place { id = "sports",       name = "Sports Centre",                             x = 1.0, y = 2.6 }
place { id = "estates_yard", name = "Estates Yard",                              x = 1.2, y = 0.4 }
place { id = "apex_depot",   name = "Apex Lifts depot, Northam Trading Estate",  x = 7.5, y = 4.0 }
place { id = "kingfisher",   name = "Kingfisher Building, lift 2",               x = 2.6, y = 1.8 }

resource { id = "FA1", type = "first_aider", name = "First-aid officer Dev Mistry (on foot)", base = "library_sq",
           speed_kmh = 6, turnout_s = 15, channel = "radio" }
resource { id = "FA2", type = "first_aider", name = "First-aid officer Sam Hart (buggy)", base = "sports",
           speed_kmh = 15, turnout_s = 30, channel = "radio" }
resource { id = "P1", type = "patrol", name = "Patrol 1 (van)", base = "control",
           speed_kmh = 20, turnout_s = 30, channel = "radio" }
resource { id = "P2", type = "patrol", name = "Patrol 2 (foot)", base = "union",
           speed_kmh = 5, turnout_s = 10, channel = "radio" }
resource { id = "LE1", type = "lift_engineer", name = "Apex Lifts on-call engineer", base = "apex_depot",
           speed_kmh = 40, turnout_s = 300, channel = "phone" }
resource { id = "LE2", type = "lift_engineer", name = "Apex Lifts engineer 2", base = "apex_depot",
           speed_kmh = 40, turnout_s = 300, channel = "phone", status = "unavailable" }  -- at another breakdown
resource { id = "FT1", type = "fire_team", name = "Fire response team", base = "control",
           speed_kmh = 20, turnout_s = 45, channel = "radio" }
resource { id = "M1", type = "maintenance", name = "Estates technician", base = "estates_yard",
           speed_kmh = 20, turnout_s = 60, channel = "radio" }

caller {
  name = "Maya Okafor (child, 9)",
  kind = "child",
  agitation = 58 + math.random(0, 12),
  patience_s = 40,
  ring_patience_s = 45,
  location = "kingfisher",
  truth = {
    incident = "lift",
    location = "Kingfisher Building",
    at_scene = "yes",
    caller_name = "Maya Okafor",
    callback = "unknown",
    caller_role = "visitor",
    trapped = "yes",
    trapped_unwell = "yes",
  },
  says = {
    opening = "Hello? Is that... is it security? It said on the sticker to ring this number. We're stuck. "
           .. "In the lift. Me and my mum.",
    incident = "The lift just stopped. It went bump, and it stopped, and the doors won't open. I pressed all the "
            .. "buttons. And the bell one. Nobody came. And my mum's gone funny.",
    location = "It's the... the Kingfisher Building. The one with the café in it. Mum had a meeting on the top "
            .. "floor. It says lift two on the wall, by the buttons.",
    at_scene = "I'm IN the lift. We're both in it. It's really small.",
    caller_name = "Maya. Maya Okafor. I'm nine.",
    callback = "It's Mum's phone. I don't know the number. Mum knows it but she's... she's not talking properly.",
    caller_role = "We're just visiting. Mum's got a meeting. I'm not at school 'cause it's half term.",
    trapped = "Yes! We can't get out. The doors won't open. It's only me and Mum in here.",
    trapped_unwell = "Mum's poorly. She's got diabetes. She's gone all shaky and sweaty, and she's talking funny, "
                  .. "like when she's really sleepy. She's sat down on the floor. Her name's " .. mum .. ".",
    unknown = "I don't know...",
    panic = "I don't know! I want to get out! Mum! Mummy!",
    ["repeat"] = "I told you already...",
    reassured = "Okay. Okay. I'm being brave.",
    hangup = "(the phone clatters onto the floor of the lift, then the line goes dead)",
  },
}

-- She wants to get them out herself.
event { at_s = doors_at,
        say = "There's a little gap in the doors. I can get my fingers in it. Shall I pull them open? I'm really "
           .. "strong. I can do it.",
        agitation = 5 }

-- Her mum is getting drowsier.
event { at_s = drowsy_at,
        say = "Mum's eyes keep closing. Mum? MUM! ... She said 'mm'. She's still talking a bit but it's all mixed "
           .. "up. Is she going to be okay?",
        agitation = 15 }

-- Told she may try the doors, or never told to stay put: she tries them.
event { when = function(s)
          return s.answered and (s.advised.force_doors or (s.time_s > 75 and not s.advised.stay_in_lift))
        end,
        say = "I'm pulling them... they moved a bit! There's a wall behind! It's all dark and there's just a wall! "
           .. "Mum's saying no, no...",
        agitation = 15 }

-- The first-aid officer reaches the landing.
event { when = function(s) return s.status.FA1 == "on_scene" or s.status.FA2 == "on_scene" end,
        say = "Someone's knocking! There's a man outside, he's shouting through the doors, he says he's from "
           .. "security and he's got a first aid bag! Mum, someone's here!",
        agitation = -25 }

knowledge { id = "k_lift_doors", criterion = "CC38-3.6",
  text = "Maya asks if she can pull the lift doors open: there's a gap and she's strong. Which reply is within the "
      .. "limits of the advice you can give?",
  choices = { "\"Only if your mum says it's okay.\"",
              "\"Try it, but stop if it's too heavy.\"",
              "\"No, Maya, leave the doors shut and stay in the middle with Mum. You're safe in the lift, and the "
           .. "people coming know how to open it safely.\"",
              "\"I can't tell you what to do, I'm not allowed to give advice.\"" },
  answer = 3,
  explain = "A stuck lift is safe: it is held by its brakes and has enough air. Forcing the doors is how people get "
         .. "hurt, falling down the shaft or caught when the lift moves, so the procedure forbids it whoever is "
         .. "asking. Advice has limits, but refusing to advise at all leaves a frightened child to try it anyway: "
         .. "tell her plainly what to do instead." }

knowledge { id = "k_lift_escalate", criterion = "CC38-3.5",
  text = "Most lift entrapments are left to the lift contractor, with a patrol officer at the landing. What puts "
      .. "this one beyond that, so that you call 999 and tell the shift supervisor?",
  choices = { "A child is the caller",
              "Someone trapped in the lift is unwell: fire and rescue will release people at once in a medical "
           .. "emergency, an ambulance is needed, and the supervisor must know that a person's health is at risk "
           .. "on site",
              "The lift contractor's second engineer is busy",
              "The caller does not know her phone number" },
  answer = 2,
  explain = "The boundary is the risk to the person, not the inconvenience. An entrapment with everyone well is a "
         .. "P2 for the contractor. Once anyone inside is hurt or unwell, waiting for the contractor is too slow: "
         .. "999 brings fire and rescue and an ambulance, and the shift supervisor is told so that the site's "
         .. "response is led by someone with the authority to make further decisions." }
