-- Not the council's: a council tenant rings the out-of-hours repairs line about a smell of
-- gas by the boiler in her flat. She wants the council's repairs man. A smell of gas is the
-- gas emergency line's, whoever owns the boiler: the call-handler gets her and her little boy
-- out, tells her to ring the gas emergency line, tells the gas line as well, and sends no
-- council operative into a gas escape. Twice she asks for something that must be refused: to
-- put the kitchen light on to look for the leak, and whether she should stop paying her rent.
--
-- Seeded: her first name, the flat number, how worried she is at the start, and when she
-- brings up the rent.

local firsts = { "Kayleigh", "Jade", "Shannon", "Leanne" }
local first = firsts[math.random(#firsts)]
local flat = math.random(2, 24)
local start_agitation = 40 + math.random(0, 8)
local rent_at = 62 + math.random(0, 8)

scenario {
  id = "council_gas_flat",
  version = "1.0.0",
  title = "Smell of gas in a council flat: not the council's",
  procedure = "council_ooh",
  level = "CC38",
  difficulty = 2,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-2.1", "CC38-2.2",
               "CC38-2.3", "CC38-3.1", "CC38-3.2", "CC38-3.6" },
  tags = { "council", "gas", "housing", "tenant", "referral_out", "not_ours", "no_attendance",
           "advice_limits", "event:advice_refused" },
  summary = "A young mother in a council flat in Ashby House, Corporation Street, smells gas by the "
         .. "boiler and rings the council for a repairs man. She must be got out with her toddler and "
         .. "told to ring the gas emergency line, which the council also tells; she asks to put the "
         .. "light on to look for the leak, and whether to stop paying her rent.",
}

place { id = "depot",      name = "Council repairs depot, Foundry Lane, Northam",  x = 3.0, y = 4.2 }
place { id = "eastgate",   name = "Eastgate (operative at a job)",                  x = 8.4, y = 5.6 }
place { id = "ashby_house", name = "Ashby House, Corporation Street, Northam",     x = 4.6, y = 5.3 }

resource { id = "R1", type = "operative", name = "Repairs van 1 (multi-trade operative)", base = "depot",
           speed_kmh = 40, turnout_s = 300, channel = "voice" }
resource { id = "R2", type = "operative", name = "Repairs van 2 (plumber)", base = "eastgate",
           speed_kmh = 40, turnout_s = 600, channel = "voice" }

caller {
  name = first .. " Doyle",
  kind = "tenant",
  agitation = start_agitation,
  patience_s = 45,
  ring_patience_s = 60,
  location = "ashby_house",
  truth = {
    nature = "gas",
    address = "Ashby House",
    at_scene = "yes",
    caller_role = "tenant",
    caller_name = "Doyle",
    callback = "07700 900642",
    danger = "no",
  },
  says = {
    opening = "Hiya, is that the council? The repairs? I need someone out tonight, love, it's the boiler.",
    nature = "There's a smell of gas. In the kitchen, by the boiler cupboard. It's, like, rotten eggs, it's "
          .. "stinking. I noticed it when I come in from putting our Tyler down, and it's getting worse, I think.",
    at_scene = "Yeah, I'm in the kitchen now. I'm stood right by it. It's really strong when you open the cupboard.",
    address = "Flat " .. flat .. ", Ashby House. On Corporation Street. It's the block behind the Co-op, "
           .. "the third floor, on the walkway.",
    caller_role = "It's my flat, yeah. Council. I've been here two years.",
    caller_name = first .. " Doyle. D, O, Y, L, E.",
    callback = "Oh-seven-seven-double-oh, nine-double-oh, six-four-two. That's me mobile.",
    danger = "No... no, nobody's hurt. My head's a bit thick, but that's probably just me. Tyler's alright, he's still asleep, bless him.",
    unknown = "I don't know, love, I'm not a gas man.",
    panic = "Sorry, what? I can't think, I just want it sorted.",
    ["repeat"] = "I've told you that, haven't I?",
    reassured = "Okay. Okay. Sorry. I'm alright.",
    hangup = "Oh, I'll ring our Darren, he'll know. (the line goes dead)",
  },
}

-- Told to get out, she worries about the baby, and asks to put the light on to find the leak.
event { when = function(s) return s.advised.leave_gas end,
        say = "Out? What, now? Tyler's asleep in the bedroom... Hang on, can I not just put the big light on "
           .. "in the kitchen first? So I can see if it's the pipe? It's pitch black in that cupboard.",
        agitation = 15 }

-- Out on the walkway with him.
event { when = function(s) return s.advised.leave_gas and s.time_s > 45 and s.agitation < 60 end,
        say = "Right, I've got him, he's in his blanket, we're out on the walkway. I've left the door open. "
           .. "You can still smell it out here a bit.",
        agitation = -5 }

-- She wants the council's man: it is the council's boiler.
event { when = function(s) return s.answered and s.time_s > 60 and not s.advised.call_gas_line end,
        say = "Can you not just send your own man? It's your boiler, your lot service it every year. "
           .. "I don't want to be ringing round everyone.",
        agitation = 5 }

-- Second time with this boiler: should she stop paying her rent?
event { when = function(s) return s.answered and s.time_s > rent_at end,
        say = "And honestly, this is the second time with this boiler. Our Darren says I should stop paying "
           .. "me rent till yous sort it properly. Should I?",
        agitation = 5 }

-- Knowledge check at the debrief.
knowledge { id = "k_gas_services", criterion = "CC38-3.1",
  text = "Which of these does Northshire Council's out-of-hours service deal with itself, by sending its own people?",
  choices = { "A smell of gas in a council flat, because the council owns the boiler",
              "A leak through a council tenant's ceiling light, a wall about to fall on a pavement, an adult left "
           .. "without care tonight, and loud music going on now",
              "A burglary in progress on a council estate",
              "A leak in a privately rented flat whose landlord cannot be reached" },
  answer = 2,
  explain = "The service sends its own people to emergency repairs in council homes, dangerous structures, the "
         .. "highway, adults at risk and noise while it is happening. A smell of gas goes to the gas emergency line "
         .. "whoever owns the boiler (the council's gas contractor fixes the boiler once the gas engineer has made "
         .. "it safe); a crime goes to the police; a private landlord's tenant gets advice." }

knowledge { id = "k_gas_law", criterion = "CC38-3.2",
  text = "Which is true of the law behind what you did on this call?",
  choices = { "As her landlord, the council must send its own operative to any gas smell in its homes",
              "The gas emergency service must attend every reported gas escape and make it safe; the council, as "
           .. "landlord, must keep its gas appliances safe (annual safety check) and repair the boiler afterwards. "
           .. "So the call goes to the gas line, and the council records it and follows it up",
              "A tenant may legally stop paying rent until a gas repair is done",
              "The council is not allowed to tell the gas line about a tenant's flat without her written consent" },
  answer = 2,
  explain = "Regulation decides who does what. The gas network's emergency service is obliged to respond to gas "
         .. "escapes; landlords are obliged by the gas safety regulations to maintain appliances, and by housing law "
         .. "to repair. Withholding rent is not a legal remedy and puts the tenancy at risk, so it is never advised; "
         .. "passing on a report to prevent danger to life is allowed without consent." }

knowledge { id = "k_gas_advice", criterion = "CC38-3.6",
  text = "She asked to put the kitchen light on to find the leak. What were the limits of the advice you could give her?",
  choices = { "Anything that makes sense to me, as long as I say it is only my opinion",
              "Only the gas safety advice in the procedure (get out, no switches or flames, doors and windows open, "
           .. "meter off if safe, ring the gas line); never anything that could ignite the gas, and no DIY or rent "
           .. "advice: those are outside the role",
              "Nothing at all: a call-handler must never advise a caller",
              "Only what the caller asks for, so that she stays calm" },
  answer = 2,
  explain = "A call-handler gives the advice the procedure sets for the incident, which is written to keep the "
         .. "caller safe until the right people arrive. A light switch can spark and ignite gas. Repairs, legal and "
         .. "tenancy questions are for the people qualified to answer them, so the caller is told who can." }
