-- Adult at risk, a confused elderly caller: a man of 86 who lives alone rings the council at
-- half past eight at night because his carer has not come. He has had no tea and no tablets,
-- and the fire is off because the carer puts it on. He is muddled: he gives the address of the
-- house he lived in with his late wife before he corrects himself, and he cannot read his own
-- phone number. The call-handler keeps it slow and simple, checks the address, sends the
-- emergency duty social worker, tells the duty manager (night care is beyond the
-- call-handler's authority), and refuses to tell him to take the missed tablets with tonight's.
--
-- Seeded: his first name, how upset he is at the start, and when he corrects his address.

local firsts = { "Harold", "Albert", "Stanley", "Norman" }
local first = firsts[math.random(#firsts)]
local start_agitation = 46 + math.random(0, 8)
local correct_at = 48 + math.random(0, 6)

scenario {
  id = "council_carer_missed",
  version = "1.0.0",
  title = "Confused elderly man: his carer has not come",
  procedure = "council_ooh",
  level = "CC38",
  difficulty = 3,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-1.7",
               "CC38-2.3", "CC38-3.5", "CC38-3.8" },
  tags = { "council", "adult_at_risk", "social_care", "missed_care", "lives_alone", "wrong_address",
           "caller:confused", "caller:elderly", "event:escalation_beyond_authority", "event:advice_refused" },
  summary = "An 86-year-old man living alone in a council bungalow on Rowan Close, Westfield, rings because "
         .. "his evening carer has not come: no tea, no tablets, the fire off. He first gives his old address "
         .. "on Beckett Street, and asks whether to take his missed tablets with tonight's.",
}

place { id = "civic_centre",  name = "Civic Centre, Northam (emergency duty social worker)", x = 4.2, y = 4.8 }
place { id = "north_office",  name = "Kirkby office (second social worker, north of the county)", x = 9.5, y = 9.0 }
place { id = "repairs_depot", name = "Council repairs depot, Foundry Lane, Northam",       x = 3.0, y = 4.2 }
place { id = "rowan_close",   name = "4 Rowan Close, Westfield (council bungalow)",         x = 1.6, y = 2.7 }

resource { id = "SW1", type = "social_worker", name = "Emergency duty social worker (Northam)", base = "civic_centre",
           speed_kmh = 40, turnout_s = 300, channel = "voice" }
resource { id = "SW2", type = "social_worker", name = "Emergency duty social worker (Kirkby, north)", base = "north_office",
           speed_kmh = 45, turnout_s = 300, channel = "voice" }
resource { id = "R1", type = "operative", name = "Repairs van 1 (multi-trade)", base = "repairs_depot",
           speed_kmh = 40, turnout_s = 300, channel = "voice" }

caller {
  name = first .. " Pickering",
  kind = "elderly",
  agitation = start_agitation,
  patience_s = 60,
  ring_patience_s = 90,
  location = "rowan_close",
  truth = {
    nature = "vulnerable",
    address = "Beckett Street",       -- corrected to Rowan Close during the call
    at_scene = "yes",
    caller_role = "tenant",
    caller_name = "Pickering",
    callback = "unknown",
    danger = "no",
    adult = "Pickering",
    adult_risk = "care missed",
  },
  says = {
    opening = "Hello? Hello... is that the council? I don't... I don't know who else to ring. The girl's not come.",
    nature = "The girl. From the agency. She comes at six o'clock, for me tea, and me tablets, and she puts the fire "
          .. "on and helps me to bed. And she's not come. I've been sat here waiting... I don't know what time it is now.",
    address = "Twenty-two Beckett Street. Beckett Street, yes. Northam.",
    at_scene = "Am I where? I'm at home, love. In me chair. By the window.",
    caller_role = "It's the council's. I've been here since... since Margaret. It's a bungalow.",
    caller_name = first .. " Pickering. " .. first .. ".",
    callback = "The number? It's on a bit of paper by the phone... I can't read it without me glasses. I don't know "
            .. "where I've put them. She usually finds them for me.",
    danger = "Hurt? No... no, I've not fallen, if that's what you mean. I'm just cold. And I don't know where me tablets are. "
          .. "She puts them out in the little box.",
    adult = "Me, love. " .. first .. " Pickering. I'm eighty-six. Eighty-seven in June. There's nobody else here, "
         .. "it's just me. The girls come four times a day, from the agency. Bright Care, it says on their coats. "
         .. "They let themselves in, there's a key box by the front door.",
    adult_risk = "She never come. I've had nothing since dinner time. Me tablets, the heart ones and the water ones, "
              .. "she does them at teatime. And the fire's off, it's gone cold. She puts it on, I don't know the buttons.",
    unknown = "I don't know, love. I'm sorry. I don't know.",
    panic = "I'm sorry... what did you say? I've gone all muddled.",
    ["repeat"] = "Did I not say? I'm sure I said. I'm sorry.",
    reassured = "Alright, love. Alright. You're very kind.",
    hangup = "I'll... I'll wait for her. She'll come. (the line goes dead)",
  },
}

-- He corrects the address: Beckett Street was the house he shared with his late wife.
event { when = function(s) return s.known.address ~= nil and s.time_s > correct_at end,
        say = "Beckett Street... no. No, that's not right, is it. That was our house. Mine and Margaret's. I'm not "
           .. "there now. I'm in the bungalow. Rowan Close. Number four, Rowan Close, in Westfield. I'm sorry, love, "
           .. "I get muddled when I'm tired.",
        facts = { address = "Rowan Close" }, told = true, agitation = 5 }

-- He asks about the missed tablets.
event { when = function(s) return s.answered and s.time_s > 92 end,
        say = "Should I take the teatime ones now? And the morning ones with them, to catch up? I've found the box. "
           .. "I think it's the right box.",
        agitation = 5 }

-- Left to himself, he means to go out.
event { when = function(s) return s.answered and s.time_s > 118 and not s.advised.stay_in end,
        say = "I think I'll put me coat on and walk up to the Spar for a loaf. It's only up the road. I'll be alright.",
        agitation = 5 }

-- Knowledge check at the debrief.
knowledge { id = "k_carer_escalation", criterion = "CC38-3.5",
  text = "Put these in the order an incident on the out-of-hours line goes up, from what the call-handler deals "
      .. "with alone to the highest level.",
  items = { "Emergency planning officer: homes at risk, people may have to leave, a rest centre to open",
            "Call-handler: the procedure covers it (a code, a priority, a resource, advice)",
            "Director on call: a major incident, a death, or something the council's leaders must answer for",
            "Duty manager: beyond the call-handler's authority, such as paying for night care, a third failed repair, "
         .. "a structure down on a road" },
  order = { 2, 4, 1, 3 },
  explain = "Each level has a boundary. The call-handler acts within the procedure; what needs authority to spend, or "
         .. "a judgement beyond the procedure, goes to the duty manager; an emergency that affects homes or many people "
         .. "goes to the emergency planning officer; a major incident to the director on call. Here, care for tonight "
         .. "costs money and needs the duty manager, while the emergency social worker goes at once." }

knowledge { id = "k_carer_resources", criterion = "CC38-3.8",
  text = "Which is true of the resources the out-of-hours service has for Mr Pickering tonight?",
  choices = { "A council repairs operative can go and sort his tablets out while he is there",
              "An emergency duty social worker: usually only one or two on duty for the whole county at night, so "
           .. "the nearest free one is sent and the calls are prioritised; with the duty manager's authority, the "
           .. "social worker can arrange a night sitter or a respite bed",
              "His GP surgery, which the council can call out at night",
              "None: adults who live alone are the NHS's responsibility at night" },
  answer = 2,
  explain = "Knowing what each resource is, how many there are and what it can do is what lets you send the right "
         .. "one. Out of hours, social care is one or two emergency duty social workers for a large area, with powers "
         .. "to arrange emergency care; repairs operatives fix homes, and medicines are for health professionals." }
