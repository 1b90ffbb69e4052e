-- A child on 999: an eight-year-old rings because her dad has collapsed on the living-room
-- floor. He said his head hurt "the worst ever", then fell; he does not wake, but he is
-- breathing. Mum is at work; a little brother is in the house. The child knows her street but
-- not the house number, and not the phone's number. The call-taker must use short, plain,
-- closed questions, keep her on the line (she wanders off to the neighbour if left in
-- silence), have her read the number from the front door, get her dad onto his side, refuse
-- the drink of water she wants to give him, and stay with her until the ambulance is at the
-- door.
--
-- Seeded: the child's first name, her little brother's name, how frightened she is at first,
-- and when she asks about the water and when her brother starts crying.

local names = { "Ellie", "Ruby", "Amelia", "Poppy" }
local child = names[math.random(#names)]
local brothers = { "Leo", "Alfie", "Noah", "Teddy" }
local brother = brothers[math.random(#brothers)]
local water_at = 44 + math.random(0, 12)
local brother_at = 96 + math.random(0, 20)

scenario {
  id = "child_caller",
  version = "1.0.0",
  title = "Child caller: Dad has collapsed and won't wake up",
  procedure = "emergency",
  level = "CC38",
  difficulty = 3,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6",
               "CC38-2.3", "CC38-3.2", "CC38-3.6", "CC39-1.2", "CC39-1.4" },
  tags = { "medical", "unconscious", "child", "plain_language", "address_unknown", "stay_on_line",
           "safeguarding", "caller:child", "event:advice_refused" },
  summary = "An eight-year-old girl rings from her mum's mobile: her dad, 40, said his head hurt "
         .. "'the worst ever' and fell on the living-room floor in Brook Street, Westfield. He will not wake "
         .. "but is breathing. She does not know the house number or the phone number; her little brother "
         .. "is with her and Mum is at work. The nearest free ambulance is about four minutes away.",
}

place { id = "westfield_amb",  name = "Westfield Ambulance Station",        x = 1.5, y = 6.5 }
place { id = "northam_amb",    name = "Northam Ambulance Station",          x = 5.0, y = 4.0 }
place { id = "eastgate_amb",   name = "Eastgate Ambulance Standby Point",   x = 8.8, y = 5.2 }
place { id = "hospital",       name = "Northshire General Hospital",        x = 6.0, y = 2.5 }
place { id = "westfield_fire", name = "Westfield Fire Station (on-call)",   x = 1.0, y = 2.0 }
place { id = "northam_police", name = "Northam Police Station",             x = 4.5, y = 5.5 }
-- The phone's location fix gives the street, not the house.
place { id = "brook_street",   name = "Brook Street, Westfield (mobile location: street only)", x = 2.6, y = 3.9 }

resource { id = "A1", type = "ambulance", name = "Westfield Ambulance 1", base = "westfield_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A2", type = "ambulance", name = "Northam Ambulance 1", base = "hospital",
           speed_kmh = 55, turnout_s = 30, channel = "data", status = "unavailable" }  -- handing over at hospital
resource { id = "A3", type = "ambulance", name = "Eastgate Ambulance 1", base = "eastgate_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "RR1", type = "rapid_response", name = "Northam Paramedic Car", base = "northam_amb",
           speed_kmh = 60, turnout_s = 15, channel = "data", status = "unavailable" }  -- at another call
resource { id = "F4", type = "fire_engine", name = "Westfield One", base = "westfield_fire",
           speed_kmh = 45, turnout_s = 300, channel = "radio" }
resource { id = "PC1", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }

caller {
  name = child .. " Clarke",
  kind = "child",
  agitation = 60 + math.random(0, 8),
  patience_s = 25,          -- a child left in silence wanders off to find a grown-up
  ring_patience_s = 30,
  location = "brook_street",
  truth = {
    incident = "medical",
    address = "Brook Street",           -- until she reads the number on the front door
    at_scene = "yes",
    caller_name = child .. " Clarke",
    callback = "unknown",
    caller_role = "relative",
    patient_age = "40",
    conscious = "no",
    breathing = "yes",
  },
  told = { caller_role = "relative" },   -- "my daddy"
  says = {
    opening = "Hello? ...Is that the ambulance? My daddy fell down. He fell down on the floor and he won't wake up. "
           .. "(sniffing) He won't wake up.",
    incident = "He said his head hurt. He said it was the worst ever, and he was holding it, like this. And then he "
            .. "just... fell down. On the carpet. Bang. And I said Daddy, Daddy, and he won't wake up.",
    address = "Brook Street. We live on Brook Street. In Westfield. By the park with the big slide. "
           .. "...I don't know the number. Our door's red.",
    at_scene = "Yes. I'm here. I'm sitting on the floor next to him. In the living room.",
    caller_name = child .. ". " .. child .. " Clarke. I'm eight.",
    callback = "I don't know it. It's Mummy's phone, she left it for us. It's got a sparkly case.",
    caller_role = "He's my daddy.",
    patient_age = "He's forty. He had a party and there were balloons with a four and a zero on.",
    conscious = "No. His eyes are shut. I shouted in his ear, really loud, and he didn't wake up. Not even a bit.",
    breathing = "Yes... his tummy's going up and down. Up and down. And he's breathing really loud, like puffing.",
    unknown = "I don't know... I don't know that.",
    panic = "I don't know! I want my daddy to wake up! (crying)",
    ["repeat"] = "I already said that...",
    reassured = "Okay. Okay. I'm being brave.",
    hangup = "I'm going to get Mrs Patel next door... (the phone clatters onto the floor, and the line goes dead)",
  },
}

-- Asked to look, she reads the number from the front door.
event { when = function(s) return s.answered and s.advised.find_address end,
        say = "Okay... wait. (footsteps) I'm at the door. It's got gold numbers on it. A one... and a four. One, four. "
           .. "Fourteen! ...I'm going back to Daddy now.",
        facts = { address = "14 Brook Street" }, told = true }

-- Frightened and not yet calmed.
event { when = function(s) return s.answered and s.time_s > 30 and s.agitation >= 68 end,
        say = "Are you still there? I'm scared. Please make him wake up.", agitation = 5 }

-- She wants to give him a drink.
event { at_s = water_at,
        say = "His lips are all dry. Shall I get him a drink of water? Mummy always gives me water when I'm poorly. "
           .. "I can hold the cup for him.",
        agitation = 5 }

-- Told to roll him onto his side.
event { when = function(s) return s.advised.recovery_position end,
        say = "I pushed him... he's really heavy... he's on his side now, like you said. His head's on the carpet. "
           .. "He's still breathing. I can hear him.",
        agitation = -10 }

-- Her little brother wakes up.
event { at_s = brother_at,
        say = brother .. "'s crying. He's only three. He came downstairs and he keeps saying Daddy, Daddy. "
           .. "...Mummy's at work. She's a nurse. She does nights.",
        agitation = 10 }

-- The ambulance arrives.
event { when = function(s) return s.status.A1 == "on_scene" or s.status.A3 == "on_scene" end,
        say = "There's a nee-naw! It's stopped outside! I can see the blue lights in the window! Can I open the door?",
        agitation = -25 }

-- Knowledge check at the debrief.
knowledge { id = "k_child_water", criterion = "CC38-3.6",
  text = child .. " asks if she can give her dad a drink of water because his lips are dry. What do you tell her?",
  choices = { "\"Yes, just little sips, and hold his head up so he doesn't spill it.\"",
              "\"No, don't give Daddy anything to drink, not even a sip. He's asleep and it could make him choke. "
           .. "Just keep him on his side and watch his tummy go up and down.\"",
              "\"I'm not allowed to give you advice. Wait for the ambulance.\"",
              "\"Ask your little brother to help you sit him up first.\"" },
  answer = 2,
  explain = "The advice a call-taker may give is set by the procedure for each outcome. Nothing by mouth to someone "
         .. "who is not awake: he cannot swallow safely and may choke. That is forbidden advice for this call "
         .. "whoever asks. But refusing to say anything leaves a child to do it anyway: tell her plainly what not to "
         .. "do, and give her something safe to do instead." }

knowledge { id = "k_child_safeguard", criterion = "CC38-3.2",
  text = "Mum is at work and the ambulance will take Dad to hospital. An eight-year-old and a three-year-old will be "
      .. "left in the house. What does this mean for the call-taker?",
  choices = { "Nothing: looking after the children is a matter for the family",
              "Tell " .. child .. " to lock the door and wait on her own until Mum comes home",
              "The police and the ambulance service have a legal duty to safeguard children (Children Act 2004, "
           .. "section 11): record that two young children are in the house with no other adult, and make sure "
           .. "the crew knows, so that they are not left alone",
              "Ring the children's school to come and collect them" },
  answer = 3,
  explain = "Legislation shapes what the control room does. Section 11 of the Children Act 2004 places a duty on "
         .. "police forces and NHS trusts, among others, to safeguard and promote the welfare of children. On a "
         .. "call, that means noticing that children will be left alone, recording it, and passing it to the crew, "
         .. "who will wait for an adult or involve the police or social care. It is part of the incident, not an "
         .. "afterthought." }
