-- Strong smell of gas in the kitchen: a young mother, alone with her two-year-old, rings the
-- gas emergency line in a panic. The kitchen reeks and something hisses behind the cooker;
-- the boiler is running. She needs controlling before she can answer, and safety advice
-- before the rest of the questions: turn the gas off at the meter, open up, no switches, no
-- flames, get out. In the dark under the stairs she asks whether to put the light on.
--
-- Seeded: how panicked she is when the call is answered, and when the smell starts to make
-- her feel sick.

local start_agitation = 78 + math.random(0, 10)   -- 78..88: panicking either way
local sick_at = 45 + math.random(0, 30)            -- 45..75 s after the phone starts ringing
local child = ({ "Alfie", "Archie", "Freddie" })[math.random(3)]

scenario {
  id = "gas_strong_smell",
  version = "1.0.0",
  title = "Strong smell of gas in the kitchen, caller panicking",
  procedure = "gas_emergency",
  level = "CC38",
  difficulty = 3,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-2.3",
               "CC38-3.1", "CC38-3.6", "CC38-3.7", "CC39-1.2", "CC39-1.4" },
  tags = { "gas", "gas_escape", "uncontrolled", "strong_smell", "safety_advice", "child_present",
           "caller:panicking", "event:advice_refused" },
  summary = "Kayleigh Dunn, alone with her toddler at 41 Canal Street, Northam, smells gas all through "
         .. "the kitchen and hears hissing behind the cooker. The boiler is on. She cannot find the "
         .. "meter lever in the dark and asks whether to switch the light on.",
}

place { id = "northam_depot",  name = "Northam gas depot, Foundry Lane",         x = 3.0, y = 4.0 }
place { id = "eastgate_depot", name = "Eastgate gas depot",                      x = 8.6, y = 5.5 }
place { id = "bridge_st",      name = "Bridge Street (engineer finishing a job)", x = 5.4, y = 5.1 }
place { id = "westfield",      name = "Westfield (engineer on a job)",           x = 1.2, y = 2.4 }
place { id = "canal_st",       name = "41 Canal Street, Northam",                x = 4.7, y = 6.3 }

resource { id = "V1", type = "fco", name = "Van 214, engineer Lee Barker", base = "bridge_st",
           speed_kmh = 40, turnout_s = 60, channel = "data" }
resource { id = "V2", type = "fco", name = "Van 208, engineer Sam Okafor", base = "northam_depot",
           speed_kmh = 40, turnout_s = 120, channel = "data" }
resource { id = "V3", type = "fco", name = "Van 231, engineer Priya Shah", base = "westfield",
           speed_kmh = 40, turnout_s = 60, channel = "data", status = "unavailable" }  -- making safe another escape
resource { id = "R1", type = "repair_team", name = "Repair gang 3 (Eastgate)", base = "eastgate_depot",
           speed_kmh = 35, turnout_s = 600, channel = "radio" }

caller {
  name = "Kayleigh Dunn",
  kind = "occupier",
  agitation = start_agitation,
  patience_s = 35,
  ring_patience_s = 45,
  location = "canal_st",
  truth = {
    report = "smell",
    address = "41 Canal Street",
    premises = "house",
    caller_name = "Kayleigh Dunn",
    callback = "07700 900624",
    smell_where = "inside",
    strength = "strong",
    ecv = "on",
    reported = "no",
    fire = "no",
    occupants = "son",
    ignition = "yes",
    cannot_leave = "no",
  },
  says = {
    opening = "Gas! Is this the gas? It stinks of gas, the whole kitchen, I can hear it, it's hissing, "
           .. "oh my God, I've got my little boy here!",
    report = "I came down and the kitchen just... it stinks, it really stinks of gas, it's like... and there's "
          .. "this hissing, behind the cooker, like a tyre going down. I haven't touched nothing, I swear!",
    address = "Forty-one Canal Street. Canal Street, Northam. It's the one with the blue door, by the bridge.",
    premises = "It's a house. Like, a terrace. Two up two down.",
    smell_where = "In the kitchen, inside, it's worst by the cooker, round the back of it. It's in the hall "
               .. "now as well, I can smell it in the hall.",
    strength = "It's strong! It's really strong, it's making my eyes water. It's not just a whiff, it's bad.",
    ecv = "The meter? I don't... it's under the stairs I think. I haven't touched it, I don't know how.",
    reported = "No. No, I don't think so. I've only just come down. Nobody's rang, it's just me.",
    fire = "No! No, nothing's on fire. God. No.",
    occupants = "Just me and " .. child .. ". He's two. He's in his high chair, he's... he's fine, he's just looking at me.",
    ignition = "The boiler's on, I can hear it going, the heating's on. Is that bad? Oh God, is that bad?",
    cannot_leave = "Yeah, we can get out. It's just me and him. I can carry him.",
    caller_name = "Kayleigh. Kayleigh Dunn.",
    callback = "Oh-seven-seven-double-oh, nine-double-oh, six-two-four. That's this phone.",
    unknown = "I don't know! I don't know!",
    panic = "I can't... what? What do I do? Just tell me what to do!",
    ["repeat"] = "I've told you! Why are you asking me again?",
    reassured = "Okay. Okay. I'm listening. Sorry. Okay.",
    hangup = "I'm just going to run, I can't do this! (the line goes dead)",
  },
}

-- Still inside, the smell starts to make her feel sick.
event { when = function(s) return s.answered and s.time_s >= sick_at and not s.advised.get_out end,
        say = "It's making me feel sick now, and my head's going all funny. Is that the gas? Is it doing that?",
        agitation = 15 }

-- Nobody has told her to get out: she doesn't know whether to stay or go.
event { when = function(s) return s.answered and s.time_s > 45 and not s.advised.get_out end,
        say = "Should I go? Should I stay here? I don't know what to do, I've got " .. child .. " here!",
        agitation = 10 }

-- Told how, she goes to the meter under the stairs: it is dark, and the light switch is right there.
event { when = function(s) return s.advised.turn_off_ecv end,
        say = "It's under the stairs... it's pitch black in there, I can't see a thing. Shall I put the light on? "
           .. "The switch is just here.",
        agitation = 5 }

-- Once she knows switches are out of the question (or is told to put the light on), she finds the lever.
event { when = function(s) return s.advised.turn_off_ecv and (s.advised.no_switches or s.advised.lights_on) end,
        say = "Okay... okay. I can just about see it from the hall. The yellow handle. I've pushed it, "
           .. "it's gone sideways now. It's sideways.",
        facts = { ecv = "off" }, told = true }

-- Out of the house.
event { when = function(s) return s.advised.get_out end,
        say = "We're out. We're out the front, I've got " .. child .. ", I've left the door open. "
           .. "The neighbour's come out to see what's going on.",
        agitation = -10 }

-- The engineer arrives.
event { when = function(s) return s.status.V1 == "on_scene" or s.status.V2 == "on_scene" end,
        say = "There's a van, a gas van, it's pulling up now. Oh thank God.",
        agitation = -20 }

knowledge { id = "k_advice_limits", criterion = "CC38-3.6",
  text = "Kayleigh asks whether she should pull the cooker out to see where the hissing is coming from. "
      .. "What is within the limits of the advice you can give her?",
  choices = { "Tell her how to check the cooker's pipe for a loose joint, since she is already there",
              "Tell her not to: the safety advice is to turn the gas off at the meter, open up, avoid switches "
           .. "and flames and get out; finding and fixing the escape is the engineer's job",
              "Tell her to sniff around the cooker so you can tell the engineer exactly where it is",
              "Say nothing either way: advice is the engineer's job, not yours" },
  answer = 2,
  explain = "A call-handler gives the procedure's safety advice and nothing beyond it. Looking for the leak keeps "
         .. "her in the gas and invites a spark; the engineer has a detector and the training to find it. "
         .. "Saying nothing is wrong too: the safety advice is what keeps her and her son safe until the "
         .. "engineer arrives." }

knowledge { id = "k_codes", criterion = "CC38-3.7",
  text = "The job is coded GE-UNC, priority E1. What do you tell Kayleigh?",
  choices = { "\"It's gone on as an uncontrolled escape, E1, so an FCO will be with you within the hour.\"",
              "\"I can't tell you anything about the job, I'm afraid.\"",
              "\"An emergency engineer is on the way to you now. Stay outside with your little boy until they get there.\"",
              "\"It's a GE-UNC, which is our top code.\"" },
  answer = 3,
  explain = "The job codes, priorities and trade words (uncontrolled escape, FCO, E1, ECV) make the log and the "
         .. "message to the engineer short and unambiguous. They mean nothing to a frightened caller, so she "
         .. "gets the same facts in plain words: who is coming, and what she should do until they arrive." }

knowledge { id = "k_services", criterion = "CC38-3.1",
  text = "Once the engineer has made the gas safe, Kayleigh asks whether he will also fix her cooker. "
      .. "What does the gas emergency service do?",
  choices = { "It makes the gas safe, free of charge, at any hour; it does not repair appliances: the engineer "
           .. "may cap or disconnect the cooker, and a Gas Safe registered engineer repairs it",
              "It repairs anything that uses gas, because the network owns every gas pipe and appliance",
              "It only deals with gas mains in the street; anything inside the house is the landlord's problem",
              "It sends an engineer only if she pays a call-out charge" },
  answer = 1,
  explain = "The network's emergency service makes gas safe wherever it escapes, free and round the clock, and "
         .. "repairs its own pipes and meters up to the meter. Appliances and pipework beyond the meter belong to "
         .. "the customer: the engineer may make them safe by disconnecting them, but repairs are for a Gas Safe "
         .. "registered engineer. Knowing this lets you tell callers honestly what will happen." }
