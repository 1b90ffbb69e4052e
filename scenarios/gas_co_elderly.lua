-- Carbon monoxide at an elderly couple's bungalow: Albert Pickering, 81, rings the number on
-- the alarm in his hall because it will not stop beeping. He has a thumping headache, his wife
-- has been sick and keeps nodding off, and the gas fire has been on all afternoon with a
-- yellow flame. Carbon monoxide is muddling him: he gives the wrong house number first, loses
-- the thread and repeats himself. It is cold, and he asks to put the fire back on. While he is
-- on the line his wife stops responding properly: a carbon monoxide casualty, who needs an
-- ambulance by 999 and the duty engineer told. The bungalow is rented from a housing
-- association, whose gas safety contact must be informed.
--
-- Seeded: when his wife deteriorates, his wife's name, and how worried he is at the start.

local wife = ({ "Edna", "Mavis", "Irene" })[math.random(3)]
local worse_at = 90 + math.random(0, 10)          -- 90..100 s after the phone starts ringing
local start_agitation = 30 + math.random(0, 10)

scenario {
  id = "gas_co_elderly",
  version = "1.0.0",
  title = "Carbon monoxide alarm, elderly couple unwell",
  procedure = "gas_emergency",
  level = "CC38",
  difficulty = 4,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-1.7",
               "CC38-2.1", "CC38-2.2", "CC38-2.3", "CC38-3.2", "CC38-3.3", "CC38-3.5",
               "CC39-1.2", "CC39-1.4" },
  tags = { "gas", "carbon_monoxide", "elderly", "rented", "landlord", "ambulance", "worsening",
           "caller:elderly", "caller:confused", "event:deterioration", "event:advice_refused" },
  summary = "Albert Pickering, 81, at 8 Laburnum Close, Westfield, rings about the beeping alarm in his "
         .. "hall: he has a headache, his wife has been sick and drowsy, and the gas fire has burned "
         .. "yellow all afternoon. He is muddled, and wants to put the fire back on. His wife stops "
         .. "responding while he is on the line. The bungalow belongs to Northshire Homes.",
}

place { id = "westfield_depot", name = "Westfield gas depot, Mill Road",          x = 1.4, y = 2.0 }
place { id = "northam_depot",   name = "Northam gas depot, Foundry Lane",          x = 3.0, y = 4.0 }
place { id = "station_rd",      name = "Station Road, Westfield (engineer free)",  x = 2.6, y = 2.2 }
place { id = "eastgate",        name = "Eastgate (engineer on a job)",             x = 8.2, y = 4.9 }
place { id = "laburnum_close",  name = "8 Laburnum Close, Westfield",              x = 2.1, y = 3.4 }

resource { id = "V1", type = "fco", name = "Van 226, engineer Dave Mills", base = "station_rd",
           speed_kmh = 40, turnout_s = 60, channel = "data" }
resource { id = "V2", type = "fco", name = "Van 208, engineer Sam Okafor", base = "northam_depot",
           speed_kmh = 40, turnout_s = 120, channel = "data" }
resource { id = "V3", type = "fco", name = "Van 219, engineer Beth Carr", base = "eastgate",
           speed_kmh = 40, turnout_s = 60, channel = "data", status = "unavailable" }  -- on another carbon monoxide job
resource { id = "R2", type = "repair_team", name = "Repair gang 1 (Westfield)", base = "westfield_depot",
           speed_kmh = 35, turnout_s = 600, channel = "radio" }

caller {
  name = "Albert Pickering",
  kind = "elderly",
  agitation = start_agitation,
  patience_s = 60,
  ring_patience_s = 60,
  location = "laburnum_close",
  truth = {
    report = "carbon monoxide",
    address = "8 Laburnum Close",
    premises = "house",
    caller_name = "Albert Pickering",
    callback = "01632 960418",
    co_symptoms = "mild",
    co_alarm = "yes",
    appliance = "gas fire",
    occupants = "wife",
    tenure = "rented",
  },
  says = {
    opening = "Hello? Hello, is that the gas people? Your number's on this little box in the hall. "
           .. "It keeps beeping at me and I can't make it stop. I've pressed the button and everything.",
    report = "It's the alarm, the white one, the carbon... the carbon thingy alarm. It's flashing red and beeping. "
          .. "And I've got a thumping head, I have, and " .. wife .. "'s been sick. I thought it was the battery. "
          .. "Is it the battery, do you think?",
    address = "Number six, Laburnum Close. Westfield. No... no, hang on. Six was the old house. "
           .. "We're eight now. Eight Laburnum Close. Sorry, love, my head's all over the place.",
    premises = "Pardon? ...Oh, a house. Well, it's a bungalow. One of the old council ones.",
    co_symptoms = "Well, I've had this headache since dinner, thumping, it is. And " .. wife .. "'s been sick twice, "
               .. "and she's ever so sleepy, she keeps nodding off in her chair. That's not like her. "
               .. "I feel a bit funny myself, if I'm honest. Sort of woozy.",
    co_alarm = "That's what I'm telling you, it's going now. Can you hear it? Beep, beep. On and on.",
    appliance = "We've had the gas fire on all afternoon, it's bitter out. The flame's gone a funny colour, "
             .. "sort of yellow, not blue like it should be. And there's black marks on the wall above it.",
    occupants = "Just me and " .. wife .. ". My wife. She's seventy-nine. I'm eighty-one.",
    tenure = "We rent it. From the housing association, Northshire Homes. They send a man to do the boiler every year.",
    caller_name = "Pickering. Albert Pickering. Bert, everyone calls me.",
    callback = "It's... oh, it's written on the phone here somewhere. Oh-one-six-three-two... nine-six-oh... "
            .. "four-one-eight. That's the house phone.",
    unknown = "I don't know, love. I'm sorry. I don't know.",
    panic = "What? I... I can't think straight. What did you say?",
    ["repeat"] = "Did I not tell you that? I'm sorry, my head's all muddled. I'm sure I told you.",
    reassured = "Right. Right you are. Thank you, love.",
    hangup = "I'm going to have to go and see to her. (the line goes dead)",
  },
}

-- Told to turn the fire off and get out: it is cold, and he wants the fire back on.
event { when = function(s) return s.advised.co_appliance_off and s.advised.co_fresh_air and s.time_s > 40 end,
        say = "I've turned the fire off, the knob's at off. And I've opened the front door. But it's perishing in here "
           .. "now, love, and " .. wife .. " feels the cold something terrible. Can I not just put it back on, "
           .. "low, just for ten minutes? Or the boiler?",
        agitation = 5 }

-- His wife stops responding properly.
event { at_s = worse_at,
        say = wife .. "? " .. wife .. "! ...She won't wake up properly. She's gone all floppy in the chair and she's "
           .. "not making any sense, she's mumbling. Her face looks all... oh, love, what's happening to her?",
        facts = { co_symptoms = "severe" }, told = true, agitation = 35 }

-- The engineer arrives.
event { when = function(s) return s.status.V1 == "on_scene" or s.status.V2 == "on_scene" end,
        say = "There's somebody at the door, love. It's your man, the gas man, he's here.",
        agitation = -15 }

knowledge { id = "k_co_escalate", criterion = "CC38-3.5",
  text = "Albert's wife stops responding while he is on the line. What goes beyond your own authority as a call-handler?",
  choices = { "Nothing: you give the advice, and the engineer sorts it out when he arrives",
              "Her care: you ring the ambulance service by 999 and tell the duty engineer at once, because a "
           .. "carbon monoxide casualty needs medical help and a manager's oversight you cannot give",
              "Telling Albert what to do: you should wait until the duty engineer gives permission to advise him",
              "The job's priority: only the duty engineer may raise a carbon monoxide job to E1" },
  answer = 2,
  explain = "A call-handler can code and prioritise the job, send the engineer and give the safety advice. A "
         .. "casualty needs an ambulance, which only the ambulance service can send, and a carbon monoxide "
         .. "casualty is an incident the duty engineer must manage and report. Knowing where your authority ends "
         .. "is what makes you escalate at once instead of coping alone." }

knowledge { id = "k_landlord", criterion = "CC38-3.2",
  text = "Why does the procedure have you inform Northshire Homes, the Pickerings' landlord?",
  choices = { "So that the landlord can pay for the engineer's visit",
              "Because the Gas Safety (Installation and Use) Regulations make a landlord responsible for keeping the "
           .. "gas appliances it provides safe, with a check every year by a Gas Safe registered engineer; a "
           .. "suspected carbon monoxide incident means the landlord must act before the fire is used again",
              "Because tenants are not allowed to call the gas emergency line themselves",
              "There is no need: a landlord has no duties about gas appliances" },
  answer = 2,
  explain = "Regulation shapes the procedure. The Gas Safety (Installation and Use) Regulations 1998 require "
         .. "landlords to maintain gas appliances and have them safety-checked every year; the network must "
         .. "attend reports of gas escapes and carbon monoxide, and report carbon monoxide casualties. Passing the "
         .. "report to the landlord's gas safety contact lets the responsible person put the fire right." }

knowledge { id = "k_tree", criterion = "CC38-3.3",
  text = "The decision tree took Albert's call to 'carbon monoxide, symptoms' and later to 'carbon monoxide, "
      .. "casualty'. What does that show about the purpose of the tree?",
  choices = { "That the first answer you get is the one that counts",
              "That the tree is a checklist to read out, whatever the caller says",
              "That the same facts always lead to the same code, priority and response, and that when the facts "
           .. "change, following the tree again changes the response with them",
              "That you can skip the tree when the caller is elderly" },
  answer = 3,
  explain = "A decision tree makes the assessment consistent and auditable: every call-handler asks the same key "
         .. "questions and reaches the same outcome on the same facts. It is not a one-off: when the facts change, "
         .. "here from headache and drowsiness to a casualty, the tree leads to a new outcome with new actions, an "
         .. "ambulance and an escalation." }
