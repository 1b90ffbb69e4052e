-- Duplicate call: a smell of gas in the street on Hollins Road was reported twenty minutes ago
-- by a neighbour, and an engineer is already on the way. A second neighbour rings, cross that
-- "nobody has come": the smell is strong by the lamppost outside her gate and two lads are
-- smoking at the bus stop next to it. The call-handler must find out whether this is the same
-- escape (it is: the smell is outside, not in her house), link it to the open job rather than
-- send a second van, give the safety advice for the street, and calm her down.
--
-- Seeded: who rings (name and number), how cross she is, and when the first engineer's van
-- turns into the road.

local callers = {
  { name = "Pauline Hextall", said = "Pauline Hextall. H, E, X, T, A, double L.", phone = "07700 900835",
    said_phone = "Oh-seven-seven-double-oh, nine-double-oh, eight-three-five." },
  { name = "Janet Rowley", said = "Janet Rowley. Mrs. R, O, W, L, E, Y.", phone = "07700 900571",
    said_phone = "Oh-seven-seven-double-oh, nine-double-oh, five-seven-one." },
  { name = "Sandra Brook", said = "Sandra Brook. Brook, like a stream, no E on the end.", phone = "07700 900196",
    said_phone = "Oh-seven-seven-double-oh, nine-double-oh, one-nine-six." },
}
local who = callers[math.random(#callers)]
local start_agitation = 52 + math.random(0, 10)
local van_at = 70 + math.random(0, 40)           -- the first engineer turns into the road

scenario {
  id = "gas_duplicate",
  version = "1.0.0",
  title = "Second call about a smell in the street already reported",
  procedure = "gas_emergency",
  level = "CC38",
  difficulty = 2,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-2.3",
               "CC38-3.3", "CC38-3.4" },
  tags = { "gas", "gas_escape", "external", "duplicate", "validity", "no_attendance", "neighbour",
           "caller:angry", "event:duplicate_call" },
  summary = "A neighbour on Hollins Road, Northam, rings about a strong smell of gas by the lamppost "
         .. "outside number 24, already reported by Mr Cole at number 22 twenty minutes ago; an "
         .. "engineer is on the way. She is cross that nobody has come, and lads are smoking at the "
         .. "bus stop beside the smell.",
}

place { id = "northam_depot",  name = "Northam gas depot, Foundry Lane",       x = 3.0, y = 4.0 }
place { id = "eastgate_depot", name = "Eastgate gas depot",                    x = 8.6, y = 5.5 }
place { id = "park_rd",        name = "Park Road (engineer on the way to Hollins Road)", x = 5.9, y = 3.8 }
place { id = "westfield",      name = "Westfield (engineer free)",             x = 1.5, y = 2.6 }
place { id = "hollins_rd",     name = "Outside 24 Hollins Road, Northam",      x = 6.4, y = 4.6 }

-- Van 214 is already allocated to the open job at Hollins Road (reported 20 minutes ago).
resource { id = "V1", type = "fco", name = "Van 214, engineer Lee Barker (job at Hollins Road)", base = "park_rd",
           speed_kmh = 40, turnout_s = 60, channel = "data", status = "unavailable" }
resource { id = "V2", type = "fco", name = "Van 208, engineer Sam Okafor", base = "northam_depot",
           speed_kmh = 40, turnout_s = 120, channel = "data" }
resource { id = "V3", type = "fco", name = "Van 226, engineer Dave Mills", base = "westfield",
           speed_kmh = 40, turnout_s = 60, channel = "data" }
resource { id = "R1", type = "repair_team", name = "Repair gang 3 (Eastgate)", base = "eastgate_depot",
           speed_kmh = 35, turnout_s = 600, channel = "radio" }

caller {
  name = who.name,
  kind = "neighbour",
  agitation = start_agitation,
  patience_s = 45,
  ring_patience_s = 50,
  location = "hollins_rd",
  truth = {
    report = "smell",
    address = "24 Hollins Road",
    premises = "house",
    caller_name = who.name,
    callback = who.phone,
    smell_where = "outside",
    strength = "strong",
    reported = "yes",
    fire = "no",
    ignition = "yes",
  },
  says = {
    opening = "Yes, hello. I want to know what's going on. There's gas all down our road and it's been like "
           .. "it for an hour, and nobody's come. Nobody!",
    report = "There's a smell of gas. In the street. You can't miss it, it's like rotten eggs, right by the "
          .. "lamppost outside my gate. People are walking straight through it with their dogs.",
    address = "Hollins Road. Northam. It's outside twenty-four, that's me, by the lamppost, across from the bus shelter.",
    premises = "It's houses. Terraced houses, all down this side. I'm in twenty-four.",
    smell_where = "Outside. It's outside, in the street, round the lamppost and the bit of pavement by the drain. "
               .. "It's not in my house, no. I've been in and sniffed, it's not in the house.",
    strength = "Strong. When you're stood by the lamppost it catches the back of your throat.",
    reported = "Well, yes, Mr Cole at twenty-two said he'd rung you, about twenty minutes ago, he said. "
            .. "And still nobody. That's why I'm ringing!",
    fire = "No. No, nothing like that. Not yet, anyway!",
    ignition = "There's two lads at the bus stop smoking, right next to it. I told them, and they just laughed at me.",
    caller_name = who.said,
    callback = who.said_phone,
    unknown = "I don't know, do I? I'm just telling you what I can smell.",
    panic = "Look, are you actually going to do something or not?",
    ["repeat"] = "I've just told you that. Are you writing any of this down?",
    reassured = "Right. Well. Thank you. I just want somebody to come, that's all.",
    hangup = "Oh, forget it. I'll ring the council. (the line goes dead)",
  },
}

-- Cross at first: if nobody acknowledges her, she gets crosser.
event { when = function(s) return s.answered and s.time_s > 20 and s.agitation >= 55 end,
        say = "Twenty minutes, Mr Cole said. Twenty minutes! What if it goes up? There's kids walking past.",
        agitation = 10 }

-- Told to keep away and no smoking, she tells the lads.
event { when = function(s) return s.advised.no_flames and s.advised.keep_away end,
        say = "Right, I've told them again, they've put them out and gone round the corner. "
           .. "I'm stood at my gate, well back from it.",
        agitation = -5 }

-- The first engineer turns into the road.
event { at_s = van_at,
        say = "Oh, hang on. There's a van. A gas van, it's just turned in at the bottom of the road. "
           .. "Is that yours? Is that the one for us?",
        agitation = -15 }

knowledge { id = "k_dup_allocation", criterion = "CC38-3.4",
  text = "An engineer is already on the way to the smell on Hollins Road. Why do you not send a second van for this call?",
  choices = { "Because second calls are usually hoaxes",
              "Because the facts are the same escape: the engineer already on the job will find it, and a second "
           .. "van would leave another area without cover; new facts (gas in a building, someone unwell, a fire) "
           .. "would change that",
              "Because the caller is not the person who first reported it, so she has no right to a visit",
              "Because outside smells do not need an engineer at all" },
  answer = 2,
  explain = "Resources are allocated by the facts, not by the number of calls. Several calls about one escape are "
         .. "linked to one job; what the later callers add goes to the engineer on it. Sending a second van to the "
         .. "same smell wastes the scarce first-call operatives. A new fact that changes the assessment, such as gas "
         .. "inside a building, makes it a new job." }

knowledge { id = "k_dup_inside", criterion = "CC38-3.3",
  text = "Suppose she had said the smell was in her own front room as well. How does the decision tree treat her call then?",
  choices = { "Still as a duplicate: the street escape has already been reported",
              "As a new escape inside her house, with its own code, priority and engineer: gas from the street may "
           .. "be getting into the building",
              "As a complaint about the wait",
              "It leaves that to the engineer to decide when he arrives" },
  answer = 2,
  explain = "The tree asks whether the smell is inside or outside before it decides a call is a duplicate, because "
         .. "the same street escape can reach a building through the ground. A duplicate is only the same facts again; "
         .. "a smell inside is a different incident, and the tree takes it to the inside-escape questions and outcomes." }
