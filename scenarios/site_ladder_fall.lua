-- A painter falls from a ladder in a science park building. His workmate, a Romanian
-- decorator with little English, rings the number on the site induction card. Awake but
-- muddled, bleeding from the back of the head, one leg bent: a serious injury. The nearest
-- first-aid officer, a patrol to meet the ambulance at the gate, 999 for an ambulance, and the
-- shift supervisor told (a contractor hurt at work on site). The caller needs short, plain
-- sentences; he misunderstands long ones. He wants to sit his friend up and drive him to
-- hospital in the van, and must be told not to, simply and firmly.
--
-- Seeded: the injured man's name, the caller's starting distress and when his friend tries to
-- get up.

local names = { "Florin", "Mihai", "Ionut", "Vasile" }
local friend = names[math.random(#names)]
local gets_up_at = 48 + math.random(0, 8)

scenario {
  id = "site_ladder_fall",
  version = "1.0.0",
  title = "Campus: contractor falls from a ladder, caller with little English",
  procedure = "site_security",
  level = "CC38",
  difficulty = 3,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-1.7",
               "CC38-2.1", "CC38-2.2", "CC38-2.3", "CC38-3.2", "CC38-3.7", "CC39-1.2", "CC39-1.4" },
  tags = { "site_security", "medical", "fall_from_height", "head_injury", "contractor", "plain_language",
           "caller:language_limited", "caller:third_party", "event:advice_refused" },
  summary = "Andrei Popescu, a decorator working for Brightwell in Orion House on Riverside Science Park, "
         .. "rings in broken English: his workmate fell about three metres from a ladder onto the atrium floor. "
         .. "He is awake but confused, bleeding from the back of his head, and one leg is bent. Andrei wants to "
         .. "drive him to hospital in the van.",
}

place { id = "control",      name = "Security Control, Gatehouse",            x = 2.0, y = 1.0 }
place { id = "sp_gate",      name = "Science Park gatehouse",                 x = 3.6, y = 0.4 }
place { id = "sports",       name = "Sports Centre",                          x = 1.0, y = 2.6 }
place { id = "union",        name = "Student Union",                          x = 2.3, y = 1.5 }
place { id = "estates_yard", name = "Estates Yard",                           x = 1.2, y = 0.4 }
place { id = "orion",        name = "Orion House (Unit 4), Riverside Science Park", x = 3.8, y = 0.6 }

resource { id = "FA1", type = "first_aider", name = "First-aid officer Lucy Chan (Science Park, buggy)", base = "sp_gate",
           speed_kmh = 12, turnout_s = 20, channel = "radio" }
resource { id = "FA2", type = "first_aider", name = "First-aid officer Sam Hart (buggy)", base = "sports",
           speed_kmh = 15, turnout_s = 30, channel = "radio" }
resource { id = "P1", type = "patrol", name = "Patrol 1 (van)", base = "control",
           speed_kmh = 20, turnout_s = 30, channel = "radio" }
resource { id = "P2", type = "patrol", name = "Patrol 2 (Science Park, foot)", base = "sp_gate",
           speed_kmh = 5, turnout_s = 10, channel = "radio" }
resource { id = "P3", type = "patrol", name = "Patrol 3 (foot)", base = "union",
           speed_kmh = 5, turnout_s = 10, channel = "radio", status = "unavailable" }  -- at a disturbance in the Union
resource { id = "FT1", type = "fire_team", name = "Fire response team", base = "control",
           speed_kmh = 20, turnout_s = 45, channel = "radio" }
resource { id = "M1", type = "maintenance", name = "Estates technician", base = "estates_yard",
           speed_kmh = 20, turnout_s = 60, channel = "radio" }

caller {
  name = "Andrei Popescu",
  kind = "language_limited",
  agitation = 55 + math.random(0, 13),
  patience_s = 35,
  ring_patience_s = 45,
  location = "orion",
  truth = {
    incident = "medical",
    location = "Orion House",
    at_scene = "yes",
    caller_name = "Andrei Popescu",
    callback = "07700 900254",
    caller_role = "contractor",
    conscious = "yes",
    breathing = "yes",
    serious_injury = "yes",
  },
  says = {
    opening = "Hello? Hello. Security? Please. My friend, he fall. He fall down. Please, you come.",
    incident = "Exactly...? Sorry. My English, not so good. We paint. Big wall, inside. My friend, " .. friend
            .. ", he is on the ladder, high, three metre, and... he fall. On the floor. Hard floor. He hit the head.",
    location = "Where... which building? Is... Orion. Orion House. Science Park. Number four, is written on the "
            .. "door. Inside, the big room with glass. Down. Ground floor.",
    at_scene = "Yes, yes. I am here. With him. He is on the floor, next to me.",
    caller_name = "My name? Andrei. Andrei Popescu. P, O, P, E, S, C, U.",
    callback = "Number... this phone. Is... zero, seven, seven, zero, zero... nine, zero, zero... two, five, four.",
    caller_role = "Staff? No, no, I am not... ah, company! Yes. We are from Brightwell. Decorating, painting. "
               .. "We work here two weeks.",
    conscious = "Awake? ...Yes. Eyes open. He talk, but... strange. He ask me same thing, again, again: "
             .. "'where is my phone, where is my phone'.",
    breathing = "Breathing... yes. He breathe. Fast, I think. Yes, he breathe.",
    serious_injury = "Head, yes, head. Blood, here, on the back of head. Not so much, but blood. And the leg... "
                  .. "the leg is not straight. Is bad. And yes, he fall from high. From the ladder.",
    unknown = "Sorry... I don't know. I don't understand.",
    panic = "Sorry, sorry, I don't understand! Please, you send someone!",
    ["repeat"] = "Again? ...I tell you already. Sorry. I say again?",
    reassured = "Okay. Okay. Thank you. I wait.",
    hangup = "I take him in the van. Is faster. (the line goes dead)",
  },
}

-- His friend tries to get up, and Andrei wants to drive him to hospital.
event { at_s = gets_up_at,
        say = "He try to get up! He say he is okay, he want to stand. " .. friend .. ", no, wait! ...What I do? "
           .. "I help him stand up? I put him in my van, the hospital is close, I drive, yes?",
        agitation = 15 }

-- Nobody has told him to keep his friend still: he sits him up.
event { when = function(s) return s.answered and s.time_s > 90 and not s.advised.keep_still end,
        say = "Okay, I help him. He sit up now, against the wall. Is better, yes? ...He is very white.",
        agitation = 10 }

-- The first-aid officer arrives.
event { when = function(s) return s.status.FA1 == "on_scene" or s.status.FA2 == "on_scene" end,
        say = "Someone is here! A lady from security, with green bag. Here, here! Thank you. Thank you.",
        agitation = -25 }

knowledge { id = "k_contractor_injury", criterion = "CC38-3.2",
  text = "Andrei's friend works for Brightwell, not for the university, and was hurt at work on campus. What does "
      .. "health and safety law mean for how the control room handles the call?",
  choices = { "Nothing: he is another company's employee, so it is their problem",
              "The controller must report it to the Health and Safety Executive personally before the end of the call",
              "The site owes a duty of care to contractors too (Health and Safety at Work Act). A fall from height "
           .. "with a broken leg is likely to be reportable under RIDDOR, so the log must be accurate and the shift "
           .. "supervisor told, so that the accident is investigated and his employer can report it",
              "Only the ambulance service's records count, so the site need only note the time of the call" },
  answer = 3,
  explain = "Legislation shapes what the control room does. The Health and Safety at Work Act 1974 gives the site "
         .. "duties to everyone working on it, and the Reporting of Injuries, Diseases and Dangerous Occurrences "
         .. "Regulations 2013 require specified injuries at work, such as most fractures, to be reported. The "
         .. "employer reports; the site co-operates. The control room's log and the supervisor's early knowledge "
         .. "are the start of that evidence." }

knowledge { id = "k_plain_words", criterion = "CC38-3.7",
  text = "Andrei has little English. Which question keeps to the control room's conventions on wording?",
  choices = { "\"Is the casualty conscious?\"",
              "\"Is he awake? Does he talk to you?\"",
              "\"Can you give me his level of response on the scale?\"",
              "\"What was the mechanism of injury, and is there any loss of consciousness?\"" },
  answer = 2,
  explain = "Codes and technical terms (MED-SER, 'casualty', 'conscious') are for the log and for colleagues on the "
         .. "radio, where they are short and exact. With a caller, and above all one with little English, the "
         .. "convention is short sentences, everyday words, one question at a time. 'Casualty' is on the jargon "
         .. "list for that reason." }
