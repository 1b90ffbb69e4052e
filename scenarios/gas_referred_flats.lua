-- Referred escape: a colleague going on her break hands over a call about a smell of gas in a
-- third-floor flat. Her note says the caller turned the gas off at the meter, so she graded it
-- a controlled escape, two-hour attendance, and no engineer has been allocated yet. Re-asked,
-- the caller says the smell is still strong after the meter was turned off, and her father,
-- who uses a wheelchair, cannot manage the stairs: the lift must not be used. That is an
-- uncontrolled escape with a person unable to leave, in a block of flats: E1, the fire service
-- by 999 to help him out, and the duty engineer told. The first engineer's van breaks down on
-- the way and must be replaced; the replacement's progress is checked.
--
-- Seeded: when the first van breaks down, how anxious the caller is, and her father's name.

local breakdown_at = 100 + math.random(0, 15)    -- 100..115 s after the phone starts ringing
local start_agitation = 55 + math.random(0, 8)
local dad = ({ "Yusuf", "Karim", "Samir" })[math.random(3)]

scenario {
  id = "gas_referred_flats",
  version = "1.0.0",
  title = "Referred call: strong smell in a flat graded controlled",
  procedure = "gas_emergency",
  level = "CC39",
  difficulty = 5,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7", "CC38-2.1", "CC38-2.2", "CC38-2.3",
               "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5", "CC39-1.6",
               "CC39-3.2", "CC39-3.3", "CC39-3.6" },
  tags = { "gas", "gas_escape", "referral", "wrong_grading", "flats", "multi_occupancy", "wheelchair_user",
           "fire_service", "unit_failure", "monitoring", "event:unit_unavailable",
           "event:escalation_beyond_authority" },
  summary = "Chloe Ward hands over Amira Haddad's call from Flat 9, Tennyson Court, Northam: gas turned off at the "
         .. "meter, graded controlled (E2), no engineer yet. The smell is still strong, and Amira's father, who "
         .. "uses a wheelchair, cannot get down three floors without the lift. The first van breaks down on "
         .. "its way.",
}

referral { by = "Chloe Ward, call-handler (going on her break)", code = "GE-CON", priority = "E2",
           note = "Smell of gas, Flat 9 Tennyson Court, Northam. Caller has turned the gas off at the meter on my advice. "
               .. "Graded controlled, 2 hrs. No van allocated yet. Caller still on the line, can you take it? Thanks!" }

place { id = "northam_depot",  name = "Northam gas depot, Foundry Lane",              x = 3.0, y = 4.0 }
place { id = "eastgate_depot", name = "Eastgate gas depot",                           x = 8.6, y = 5.5 }
place { id = "bridge_st",      name = "Bridge Street (engineer free)",                x = 5.2, y = 5.4 }
place { id = "market_sq",      name = "Market Square (engineer finishing a job)",     x = 4.1, y = 4.3 }
place { id = "westfield",      name = "Westfield (engineer on a job)",                x = 1.2, y = 2.4 }
place { id = "tennyson_court", name = "Flat 9, Tennyson Court, Wordsworth Road, Northam", x = 5.8, y = 6.8 }

resource { id = "V1", type = "fco", name = "Van 214, engineer Lee Barker", base = "bridge_st",
           speed_kmh = 40, turnout_s = 45, channel = "data" }
resource { id = "V2", type = "fco", name = "Van 211, engineer Tom Reid", base = "market_sq",
           speed_kmh = 40, turnout_s = 60, channel = "data" }
resource { id = "V3", type = "fco", name = "Van 231, engineer Priya Shah", base = "westfield",
           speed_kmh = 40, turnout_s = 60, channel = "data", status = "unavailable" }  -- making safe another escape
resource { id = "V4", type = "fco", name = "Van 208, engineer Sam Okafor", base = "eastgate_depot",
           speed_kmh = 40, turnout_s = 120, channel = "data" }
resource { id = "R1", type = "repair_team", name = "Repair gang 2 (Northam)", base = "northam_depot",
           speed_kmh = 35, turnout_s = 600, channel = "radio" }

caller {
  name = "Amira Haddad",
  kind = "occupier",
  agitation = start_agitation,
  patience_s = 40,
  ring_patience_s = 30,
  location = "tennyson_court",
  truth = {
    report = "smell",
    address = "Tennyson Court",
    premises = "flat",
    caller_name = "Amira Haddad",
    callback = "07700 900268",
    smell_where = "inside",
    strength = "strong",
    ecv = "off",
    reported = "no",
    fire = "no",
    ignition = "no",
    occupants = "father",
    cannot_leave = "yes",
  },
  says = {
    opening = "Hello? Is that someone else now? The lady said she was passing me on. I turned the gas off like "
           .. "she said, but it's still really strong. It's not going away.",
    report = "There's a smell of gas in the flat. I noticed it when I came in from work, about quarter of an hour ago. "
          .. "The lady told me to turn it off at the meter and I did, but it hasn't made any difference.",
    address = "Flat nine, Tennyson Court. It's the block on Wordsworth Road, in Northam. We're on the third floor.",
    smell_where = "Inside, in the flat. The kitchen and the hall. It's worst by the cupboard where the boiler is. "
               .. "And... I think I can smell it on the landing outside as well.",
    strength = "Strong. Really strong. It's giving me a headache. It's worse than when I first rang, honestly.",
    ecv = "Yes, I turned the lever by the meter, so it's sideways, across the pipe. Ten minutes ago. "
       .. "But the smell's still just as strong.",
    reported = "No, I don't think so. I'm the one who rang. I haven't spoken to any of the neighbours.",
    fire = "No, no fire. Nothing like that.",
    ignition = "No, nothing's on. The boiler's off, the cooker's off. I haven't touched anything since.",
    occupants = "It's me and my dad, " .. dad .. ". He's eighty-four. He had a stroke last year, he's in a wheelchair.",
    cannot_leave = "He can't do the stairs. Not at all. We always use the lift. I can't carry him down three floors, "
                .. "I can't.",
    premises = "It's a flat. A block of flats, twelve flats, four floors.",
    caller_name = "Amira Haddad. H, A, double D, A, D.",
    callback = "This is my mobile. Oh-seven-seven-double-oh, nine-double-oh, two-six-eight.",
    unknown = "I don't know. I'm sorry, I don't know.",
    panic = "Please, I don't know what to do with him, just tell me what to do!",
    ["repeat"] = "I told the other lady all this already. Please, can someone just come?",
    reassured = "Okay. Thank you. Okay, I'm listening.",
    hangup = "I'm going to try and get him in the lift. (the line goes dead)",
  },
}

-- Told to get out while her father cannot: she will not leave him.
event { when = function(s) return s.advised.get_out and not s.advised.help_by_window end,
        say = "I'm not leaving him! I can't just leave my dad up here on his own!", agitation = 15 }

-- Told what to do for him: the window.
event { when = function(s) return s.advised.help_by_window end,
        say = "Okay. I've pushed him into the front room and opened the big window right up. "
           .. "He's right by it. I'm staying with him.",
        agitation = -10 }

-- Nobody has said anything about the lift: she is about to use it.
event { when = function(s) return s.answered and s.time_s > 70 and s.known.cannot_leave == "yes" and not s.advised.no_lift end,
        say = "Shall I just take him down in the lift? It's right outside the door. That's quickest, isn't it?",
        agitation = 5 }

-- The first van breaks down on its way.
event { at_s = breakdown_at, unit = "V1", status = "unavailable",
        report = "Van 214 to control: clutch has gone on Wordsworth Road roundabout. I'm stuck. "
              .. "Can't get to Tennyson Court, you'll need to send someone else." }

-- The fire service arrives to help her father down.
event { when = function(s) return s.contacted.fire and s.time_s > 150 end,
        say = "There's a fire engine outside! I can see them from the window. They're coming in.",
        agitation = -15 }

-- The engineer arrives.
event { when = function(s) return s.status.V2 == "on_scene" or s.status.V4 == "on_scene" or s.status.V1 == "on_scene" end,
        say = "The gas man's here, he's just come up the stairs. Thank you. Thank you so much.",
        agitation = -15 }

knowledge { id = "k_grading_ecv", criterion = "CC39-3.2",
  text = "Chloe graded the job controlled because the caller had turned the gas off at the meter. What is the strength, "
      .. "and the weakness, of grading an escape by whether the meter has been turned off?",
  choices = { "It has no weakness: once the meter is off no more gas can escape, so every such escape is controlled",
              "It is a quick, objective test that a caller can carry out, but it only shows the escape is controlled "
           .. "if the smell then fades: a smell that stays strong means gas is still coming from somewhere the meter "
           .. "does not isolate, so the strength has to be asked again after turning it off",
              "It is unreliable because callers cannot find their meters, so it should never be used",
              "It is slower than asking about the smell, so it should be left to the engineer" },
  answer = 2,
  explain = "Every method of assessing priority has strengths and weaknesses. Turning off the emergency control valve "
         .. "is quick and easy to check, and it does control an escape on the customer's side of the meter. But "
         .. "gas from a neighbour's flat, a riser or the service pipe is not stopped by it: the test only means "
         .. "'controlled' if the smell then goes. Re-asking the strength after isolation is what found the error." }

knowledge { id = "k_channel_fire", criterion = "CC39-3.3",
  text = "The procedure has you inform a landlord's gas safety contact by a data message, but the fire service by a "
      .. "999 voice call. Why does the fire service get a voice call for Amira's father?",
  choices = { "Because the fire service has no data link",
              "Because a voice call gets an immediate answer and lets you give and check the details that matter now "
           .. "(third floor, wheelchair user, lift not to be used, strong smell); a data message can wait unread "
           .. "and cannot be questioned",
              "It makes no difference which channel is used, as long as it is logged",
              "Because data messages are only for complaints" },
  answer = 2,
  explain = "Clear communication by the right channel is part of managing an incident. For an urgent request that "
         .. "needs action and questions answered, voice gives immediate, two-way confirmation. For information that "
         .. "needs no reply now (a landlord's notification, an update to a job), data is accurate, leaves a record and "
         .. "does not tie up a phone line." }

knowledge { id = "k_review", criterion = "CC39-3.6",
  text = "Your team leader reviews every job whose grading was changed after a referral. Why is reviewing results "
      .. "like this important?",
  choices = { "To find out which call-handler to discipline",
              "It isn't: each call is different, so results say nothing about the next one",
              "Only to produce figures for the regulator",
              "It shows patterns, such as grading on the meter being off without re-checking the smell, that can be "
           .. "fixed by coaching, a change to the procedure or the script, and then checked in later results" },
  answer = 4,
  explain = "Reviewing incident results turns single mistakes into learning for the team. A pattern across jobs "
         .. "shows whether the cause is a person's knowledge, the script or the procedure, and what to change; "
         .. "looking at the results again later shows whether the change worked. Blame teaches people to hide errors." }
