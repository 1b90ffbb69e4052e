-- A caller with little English: a chip-pan fire in a ground-floor flat in a block of three
-- floors. The mother got out with her son; the smoke is going up the shared stairs, and the old
-- man in the flat above, who walks with a frame, has not come out. She cannot say so in
-- English: asked "Is anyone still inside?", she answers about herself ("No, no, not inside, I
-- am out"). The call-taker must get the address and what is burning in short, plain
-- sentences, send help at once, and conference in the telephone interpreting service, through
-- which she tells them about her neighbour. Without the interpreter she manages to say it
-- only much later. She also asks whether to go back in and throw water on the pan, and must be
-- told no, simply and firmly.
--
-- Seeded: the caller's language and name, her starting distress, when she asks about the water
-- and when, with no interpreter, she manages to say that her neighbour is inside.

local callers = {
  { lang = "Polish", native = "Polski", name = "Agnieszka Nowak", son = "Kuba", please = "Proszę",
    said_name = "Agnieszka... Nowak. N, O, W, A, K.", god = "Boże", yes = "Tak" },
  { lang = "Portuguese", native = "Português", name = "Ana Ferreira", son = "Tiago", please = "Por favor",
    said_name = "Ana. Ana Ferreira. F, E, R, R... Ferreira.", god = "Meu Deus", yes = "Sim" },
  { lang = "Urdu", native = "Urdu", name = "Samina Akhtar", son = "Ayaan", please = "Meharbani karke",
    said_name = "Samina. Samina Akhtar. A, K, H, T, A, R.", god = "Ya Allah", yes = "Haan" },
}
local who = callers[math.random(#callers)]
local water_at = 40 + math.random(0, 12)
local blurts_at = 100 + math.random(0, 25)

scenario {
  id = "language_limited_fire",
  version = "1.0.0",
  title = "Fire in a flat, caller with little English",
  procedure = "emergency",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7", "CC38-2.1",
               "CC38-2.2", "CC38-2.3", "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5",
               "CC39-3.2", "CC39-3.3" },
  tags = { "fire", "flat", "persons_reported", "interpreter", "plain_language", "occupier",
           "caller:language_limited", "event:advice_refused" },
  summary = "A woman with little English rings from the grass outside 12 Heron Court, Northam: a pan of oil caught "
         .. "fire in the kitchen of her ground-floor flat. She and her son are out. Smoke is going up the shared "
         .. "stairs, and Mr Hughes, who is in his eighties and walks with a frame, has not come out of the flat above. "
         .. "She cannot say so in English.",
}

place { id = "northam_fire",   name = "Northam Fire Station, Bridge Street",  x = 4.0, y = 5.0 }
place { id = "eastgate_fire",  name = "Eastgate Fire Station",                x = 8.5, y = 6.0 }
place { id = "westfield_fire", name = "Westfield Fire Station (on-call)",     x = 1.0, y = 2.0 }
place { id = "northam_amb",    name = "Northam Ambulance Station",            x = 5.0, y = 4.0 }
place { id = "westfield_amb",  name = "Westfield Ambulance Station",          x = 1.5, y = 6.5 }
place { id = "northam_police", name = "Northam Police Station",               x = 4.5, y = 5.5 }
place { id = "heron_court",    name = "12 Heron Court, Northam (three-storey block of flats)", x = 4.4, y = 6.0 }

resource { id = "F1", type = "fire_engine", name = "Northam One",   base = "northam_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "F2", type = "fire_engine", name = "Northam Two",   base = "northam_fire",
           speed_kmh = 48, turnout_s = 75, channel = "radio" }
resource { id = "F3", type = "fire_engine", name = "Eastgate One",  base = "eastgate_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }
resource { id = "F4", type = "fire_engine", name = "Westfield One", base = "westfield_fire",
           speed_kmh = 45, turnout_s = 300, channel = "radio" }            -- on-call crew
resource { id = "A1", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A2", type = "ambulance", name = "Westfield Ambulance 1", base = "westfield_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "PC1", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }

caller {
  name = who.name,
  kind = "language_limited",
  agitation = 60 + math.random(0, 8),
  patience_s = 35,
  ring_patience_s = 40,
  location = "heron_court",
  truth = {
    incident = "fire",
    address = "12 Heron Court",
    at_scene = "yes",
    caller_name = who.name,
    callback = "07700 900628",
    fire_type = "flat",
    persons_reported = "no",     -- what she says when asked; the interpreter finds out otherwise
    smoke = "heavy",
    interpreter = "yes",
  },
  told = { interpreter = "yes" },   -- "my English... not good"
  says = {
    opening = "Hello? Hello! Fire... fire! " .. who.please .. "... My English, not good. Sorry. Fire!",
    incident = "Exactly...? Sorry. Fire. In kitchen. The pan, with oil... is fire, big, very big. I take my son, we "
            .. "go out. " .. who.please .. ", you come!",
    address = "Address... yes. Heron Court. Number twelve. Heron Court twelve. Flat two... down. Ground. In Northam.",
    at_scene = "Sorry? ...I see, yes. I am outside. On the grass. With my son. I see smoke.",
    fire_type = "Fire is... my flat. Kitchen. The building is flats. Three... three floor. Brick.",
    persons_reported = "Inside? No, no. Not inside. I am out. My son is out. We are okay. Not inside.",
    smoke = "Smoke, yes. Black. Much! From kitchen window, and... in the door, the stairs. Is going up. Up.",
    interpreter = "Language...? " .. who.lang .. ". " .. who.native .. ". You have " .. who.lang .. "? " .. who.please .. ".",
    caller_name = "My name? " .. who.said_name,
    callback = "Number... this phone? Zero, seven, seven... sorry. Zero seven seven zero zero, nine zero zero, six two eight.",
    unknown = "Sorry... I don't understand. Sorry.",
    panic = "I don't understand! " .. who.god .. "! Fire, you come, " .. who.please:lower() .. "!",
    ["repeat"] = "Again? I say already... sorry. I say again?",
    reassured = "Okay. Okay. " .. who.yes .. ". Thank you.",
    hangup = "I go. I go help him... (the line goes dead)",
  },
}

-- The interpreter joins the call, and through her she tells them about her neighbour.
event { when = function(s) return s.answered and s.contacted.interpreter end,
        say = "(The interpreting service joins the call.) Interpreter: \"Hello, " .. who.lang .. " interpreter on the "
           .. "line.\" ...(the caller speaks fast, crying) Interpreter: \"She says she and her son are out and safe. But "
           .. "she is very frightened for the old man upstairs, in flat five, Mr Hughes. He walks with a frame. She "
           .. "banged on his door and shouted, and he did not answer. She thinks he is still inside. She tried to tell "
           .. "you before. She will try to answer you in English, and I will help when she cannot.\"",
        facts = { persons_reported = "yes" }, told = true, agitation = -10 }

-- With no interpreter, she manages to say it herself, much later.
event { when = function(s) return s.answered and s.time_s > blurts_at and s.known.persons_reported ~= "yes" end,
        say = "Old man! Upstairs! Mister Hughes... he is old, he walk with... (searching for the word) ...with the metal, "
           .. "for walking. I knock, knock, he not open! He is inside! Inside! " .. who.please .. "!",
        facts = { persons_reported = "yes" }, told = true, agitation = 10 }

-- She asks about going back in with water.
event { at_s = water_at,
        say = "My son, he say... water? I go back, I put water on the pan? Quick, I can do. Small... is small, maybe. Yes?",
        agitation = 5 }

-- The first fire engine arrives.
event { when = function(s) return s.status.F1 == "on_scene" or s.status.F2 == "on_scene" or s.status.F3 == "on_scene" end,
        say = "Fire car! Is here! Big, red. I go to them? I show them... upstairs, man upstairs?",
        agitation = -20 }

-- Knowledge check at the debrief.
knowledge { id = "k_lang_channel", criterion = "CC39-3.3",
  text = "The caller's English is limited. Which way of communicating with her suits this call best, and why?",
  choices = { "Keep going in English, slowly and loudly: an interpreter takes too long on a fire call",
              "Ask her son to translate: it is quick, but a frightened child may not know the words, may get them "
           .. "wrong, and should not have to carry it",
              "Send help on the address and what is burning, then conference in the telephone interpreting service: "
           .. "it takes a minute, but she can then say everything she knows, and what she says reaches the crews "
           .. "accurately",
              "Send her a text message with the questions" },
  answer = 3,
  explain = "Clear communication decides what the crews are told. Broken English gets the address and 'fire', enough "
         .. "to send help, but not the detail that changes the response: here, a man who cannot get out. An "
         .. "interpreter takes a little time and is the most accurate channel to a caller with little English; a "
         .. "child interpreting is quick but unreliable and unfair on the child. Help goes first, then the "
         .. "interpreter, so the delay costs nothing." }

knowledge { id = "k_lang_yes_no", criterion = "CC39-3.2",
  text = "Asked \"Is anyone still inside?\", a caller with little English answers \"No, no, not inside, I am out.\" "
      .. "What are the strength and the weakness of grading the fire on that answer?",
  choices = { "A closed question always gives a reliable answer, so there is no weakness",
              "A closed question is quick and easy to answer with little English, but she may be answering a "
           .. "different question (whether she is inside): confirm it another way, through the interpreter, before "
           .. "you rule out persons reported",
              "Open questions are always better with callers who have little English, so the answer should be ignored",
              "It does not matter: the fire service searches every building anyway" },
  answer = 2,
  explain = "Every way of establishing the facts has strengths and weaknesses. Short closed questions suit a caller "
         .. "with little English, but a yes or no can answer a question she thought you asked. An answer that would "
         .. "lower the priority, 'nobody inside', is the one to confirm. Through the interpreter the answer was the "
         .. "opposite: a person reported, an ambulance, a search and rescue, and the duty officer told." }
