-- Third-party damage: a groundworker digging out a front garden for a new drive has gone
-- through the gas pipe into the house with his mini digger. Gas is roaring out of the trench.
-- He is practical, a bit embarrassed, and wants to fix it himself: he has gaffer tape in the
-- van, shall he wrap it round the pipe or knock a bit of wood into the hole? That advice must
-- be refused. The householder, an older woman, is still inside. The network sends a first-call
-- operative to make safe and a repair team to dig out and repair the damaged pipe.
--
-- Seeded: how rattled he is when the call is answered.

local start_agitation = 40 + math.random(0, 12)

scenario {
  id = "gas_digger_damage",
  version = "1.0.0",
  title = "Digger through the gas pipe: caller wants to tape it up",
  procedure = "gas_emergency",
  level = "CC38",
  difficulty = 3,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-2.3",
               "CC38-3.2", "CC38-3.8", "CC39-1.2", "CC39-1.4" },
  tags = { "gas", "third_party_damage", "damage", "repair_team", "contractor", "safety_advice",
           "event:advice_refused" },
  summary = "Darren Tulley, a groundworker, has hit the gas pipe to 17 Orchard Way, Eastgate, with a mini "
         .. "digger while digging out a drive. Gas is hissing from the trench, the householder is still "
         .. "indoors, and he asks whether he can tape the pipe up or plug it himself.",
}

place { id = "eastgate_depot", name = "Eastgate gas depot",                       x = 8.6, y = 5.5 }
place { id = "northam_depot",  name = "Northam gas depot, Foundry Lane",          x = 3.0, y = 4.0 }
place { id = "mill_rd",        name = "Mill Road, Eastgate (engineer free)",      x = 7.6, y = 4.4 }
place { id = "harbour",        name = "Harbour Street (repair gang finishing)",   x = 9.4, y = 3.1 }
place { id = "orchard_way",    name = "17 Orchard Way, Eastgate",                 x = 8.1, y = 3.5 }

resource { id = "V1", type = "fco", name = "Van 219, engineer Beth Carr", base = "mill_rd",
           speed_kmh = 40, turnout_s = 60, channel = "data" }
resource { id = "V2", type = "fco", name = "Van 208, engineer Sam Okafor", base = "northam_depot",
           speed_kmh = 40, turnout_s = 120, channel = "data" }
resource { id = "R1", type = "repair_team", name = "Repair gang 3 (Eastgate)", base = "harbour",
           speed_kmh = 35, turnout_s = 300, channel = "radio" }
resource { id = "R2", type = "repair_team", name = "Repair gang 2 (Northam)", base = "northam_depot",
           speed_kmh = 35, turnout_s = 600, channel = "radio" }

caller {
  name = "Darren Tulley",
  kind = "contractor",
  agitation = start_agitation,
  patience_s = 40,
  ring_patience_s = 45,
  location = "orchard_way",
  truth = {
    report = "damage",
    address = "17 Orchard Way",
    premises = "house",
    caller_name = "Darren Tulley",
    callback = "07700 900442",
    damage = "digger",
    escaping = "yes",
    fire = "no",
  },
  says = {
    opening = "Yeah, hiya. Gas board, is it? Right. I've, er... I've gone through a gas pipe. It's hissing like mad.",
    report = "I'm digging out a front garden for a drive, and I've caught a pipe with the digger. The yellow one, "
          .. "going into the house. I've pulled it clean apart, mate. There's gas coming out the trench, you can hear it.",
    address = "Seventeen Orchard Way. Eastgate. It's the semi with the skip outside, you can't miss it.",
    damage = "It's the gas pipe into the house, the yellow plastic one, about two foot down. I didn't know it was there, "
          .. "nobody said. The bucket on the mini digger's snapped it, it's split right across. "
          .. "Digger's off now, it stalled when I hit it.",
    escaping = "Yeah, it's roaring. You can hear it from the pavement. And you can smell it all down the path, it's proper strong.",
    fire = "No, no fire. God, no. Nothing like that.",
    premises = "It's a house. A semi. It's Mrs Gale's, the lady I'm doing the drive for.",
    caller_name = "Darren. Darren Tulley. Tulley Groundworks, it's my firm.",
    callback = "It's my mobile, oh-seven-seven-double-oh, nine-double-oh, four-four-two.",
    unknown = "I don't know, mate, I'm just the digger man.",
    panic = "Look, mate, it's really going, what do I do?",
    ["repeat"] = "I've told you that, mate.",
    reassured = "Right. Okay. Sorry. Go on.",
    hangup = "I'll sort it myself. (the line goes dead)",
  },
}

-- As soon as he has said it is escaping, he offers to fix it.
event { when = function(s) return s.known.escaping == "yes" end,
        say = "Look, I've got a roll of gaffer tape in the van. Shall I just wrap that round it? Or I could knock a "
           .. "bit of dowel in the end, that'd stop it, wouldn't it? Save you lot coming out.",
        agitation = 5 }

-- Told to keep clear and to get the householder out.
event { when = function(s) return s.advised.get_out end,
        say = "Right, I've knocked on. Mrs Gale's out, she's stood on the pavement with me in her slippers. "
           .. "She's left the door open.",
        agitation = -10 }

-- Nobody has told him to keep people back: a crowd gathers.
event { when = function(s) return s.answered and s.time_s > 60 and not s.advised.keep_away end,
        say = "There's people stopping to look now, and the kids are coming out of school up the road. "
           .. "One bloke's stood right by the trench having a fag!",
        agitation = 15 }

-- Told to fix it himself: off he goes.
event { when = function(s) return s.advised.fix_pipe end,
        say = "Right you are, I'll go and get the tape out the van. Hang on.", agitation = -5 }

knowledge { id = "k_damage_resources", criterion = "CC38-3.8",
  text = "Why does the procedure send a repair team as well as a first-call operative to Orchard Way?",
  choices = { "Because every job needs two vans in case one breaks down",
              "The first-call operative makes the escape safe and checks the house and the neighbours, but a pipe "
           .. "broken under the ground has to be dug out and repaired by a repair gang with its equipment",
              "The repair team is there to find out who is to blame",
              "It isn't needed: the first-call operative can dig out and repair any pipe on his own" },
  answer = 2,
  explain = "Resources differ in what they can do. First-call operatives are engineers with a van and a detector: "
         .. "they respond fast, control the escape and make safe. Repair gangs excavate and repair mains and service "
         .. "pipes, and take longer to turn out. Knowing the type and extent of each resource tells you what a job "
         .. "needs and why." }

knowledge { id = "k_damage_law", criterion = "CC38-3.2",
  text = "Darren offers to tape up the broken pipe himself. Which rule makes that advice one you must refuse?",
  choices = { "There is no rule; it is just company policy to send an engineer",
              "Only the householder is allowed to repair her own pipes",
              "The Gas Safety (Installation and Use) Regulations 1998 allow only a competent person, a Gas Safe "
           .. "registered engineer, to work on gas pipework; and the network's own emergency service, required by "
           .. "the Gas Safety (Management) Regulations, is what makes the escape safe",
              "Taping is allowed if the gas is turned off at the meter first" },
  answer = 3,
  explain = "Legislation sets the limits of what a caller may be told to do. Work on gas fittings by anyone not "
         .. "competent and registered is unlawful, and a taped or plugged pipe under pressure can blow off and "
         .. "leave a hidden escape. The gas network must provide a round-the-clock emergency service to deal with "
         .. "exactly this, so the call-handler's job is to keep everyone clear and get the engineer there." }
