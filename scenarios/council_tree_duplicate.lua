-- Referred call, a duplicate: a colleague hands over a taxi driver on the line about a tree
-- down across Long Lane. She has coded it as a new highway obstruction, Immediate, and was
-- about to send the second highways crew. But the same tree was reported 25 minutes ago and
-- Highways 1 is already on its way to it (the open job). The trainee checks the decision path:
-- the same tree, already being dealt with, is a duplicate, linked to the open job, and nothing
-- more is sent. What the driver adds is new and matters: a cable has come down with the tree,
-- so the electricity network operator must hear of it by voice, and he must keep away from
-- it. He asks to lift the wire with his umbrella to get his cab under it: refused.
--
-- Open job 7713 on the board: "Tree down, Long Lane, Kirkby, road blocked. Reported 21:12 by a
-- resident; police aware. Highways 1 assigned 21:15, on the way from Westfield." No mention of
-- cables.
--
-- Seeded: the driver's first name, how wound up he is, and when he asks about the wire.

local firsts = { "Sajid", "Imran", "Tariq", "Asif" }
local first = firsts[math.random(#firsts)]
local start_agitation = 38 + math.random(0, 8)
local wire_at = 66 + math.random(0, 8)

scenario {
  id = "council_tree_duplicate",
  version = "1.0.0",
  title = "Referred call: a second report of the tree on Long Lane, with a cable down",
  procedure = "council_ooh",
  level = "CC39",
  difficulty = 3,
  criteria = { "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-2.1", "CC38-2.2", "CC38-2.3",
               "CC39-1.1", "CC39-1.6", "CC39-3.2", "CC39-3.5" },
  tags = { "council", "highway", "fallen_tree", "cable", "duplicate", "referral", "validity", "driver",
           "no_attendance", "event:duplicate_call", "event:advice_refused" },
  summary = "A colleague hands over a taxi driver reporting a tree across Long Lane, Kirkby, coded as a new "
         .. "Immediate obstruction with a second crew about to be sent. The tree is already an open job with "
         .. "Highways 1 on its way; the driver adds that a cable has come down with it.",
}

referral { by = "Priya Shah, call-handler (taking another call)", code = "HWY-OBS", priority = "IMM",
           note = "Tree down across Long Lane, Kirkby. Caller's a taxi driver, still on the line. Road blocked. "
               .. "Coded it HWY-OBS, Immediate; was about to send Highways 2. Can you take him?" }

place { id = "westfield_depot", name = "Highways depot, Westfield",                   x = 1.4, y = 2.0 }
place { id = "on_the_way",      name = "Kirkby Road (Highways 1 on its way to job 7713)", x = 6.8, y = 7.4 }
place { id = "northam_depot",   name = "Highways depot, Foundry Lane, Northam",       x = 3.2, y = 4.4 }
place { id = "long_lane",       name = "Long Lane, Kirkby, past the garden centre",   x = 7.6, y = 8.3 }

-- Highways 1 is committed to the open job on the same tree.
resource { id = "H1", type = "highways_team", name = "Highways crew 1 (job 7713: tree down, Long Lane)", base = "on_the_way",
           speed_kmh = 40, turnout_s = 0, channel = "voice", status = "unavailable" }
resource { id = "H2", type = "highways_team", name = "Highways crew 2 (Northam)", base = "northam_depot",
           speed_kmh = 40, turnout_s = 180, channel = "voice" }

caller {
  name = first .. " Mahmood",
  kind = "driver",
  agitation = start_agitation,
  patience_s = 45,
  ring_patience_s = 40,
  location = "long_lane",
  truth = {
    nature = "highway",
    address = "Long Lane",
    at_scene = "yes",
    caller_role = "driver",
    caller_name = "Mahmood",
    callback = "07700 900487",
    danger = "no",
    reported = "yes",
    hazard = "blocked",
    cables = "yes",
  },
  says = {
    opening = "Hello? Yeah, the lady said she's putting me through. I've been holding ages, man. It's this tree.",
    nature = "There's a tree come down right across the road. A big one, an oak or something. Right across, both "
          .. "lanes, there's no getting past it. I've got a fare waiting in Kirkby and I'm stuck.",
    address = "Long Lane. In Kirkby. Just past the garden centre, before you get to the Kirkby Road junction.",
    at_scene = "Yeah, I'm sat in my cab, about ten yards from it. Headlights right on it.",
    caller_role = "I'm a taxi driver, bro. Northshire Cars. Just driving through.",
    caller_name = first .. " Mahmood.",
    callback = "Oh-seven-seven-double-oh, nine-double-oh, four-eight-seven.",
    danger = "No, no one's hurt. The car in front stopped just in time, he's reversed back now. Nobody under it.",
    reported = "I think so, yeah. There's a police car at the far end with its blue lights going. I asked him, "
            .. "and he said the council's been rung and they're on their way. But I thought I'd ring anyway, "
            .. "'cause of the wire.",
    hazard = "It's blocking the whole road. Nobody can get by either way. Cars are turning round in the garden "
          .. "centre.",
    cables = "Yeah, that's what I'm saying. There's a wire come down with it. Off the pole. It's hanging right "
          .. "across the road, the end's lying on the tarmac. I don't know if it's phone or electric.",
    unknown = "I don't know, man.",
    panic = "What? Say that again?",
    ["repeat"] = "I just told the other lady all this. And you.",
    reassured = "Alright. Alright, fair enough.",
    hangup = "Forget it, I'll go round. (the line goes dead)",
  },
}

-- He wants to lift the wire and drive under it.
event { when = function(s) return s.answered and s.time_s > wire_at end,
        say = "Look, can I just lift the wire up with my umbrella and nip under it in the cab? It's only hanging. "
           .. "My fare's been waiting twenty minutes.",
        agitation = 5 }

-- Left without being told to keep away, he goes to look.
event { when = function(s) return s.answered and s.time_s > 95 and not s.advised.dont_touch_cable end,
        say = "I'm going to have a closer look at it. It doesn't look live, it's not sparking or nothing.",
        agitation = 5 }

-- Knowledge check at the debrief.
knowledge { id = "k_dup_validity", criterion = "CC39-3.2",
  text = "How did you decide that Mr Mahmood's call was a duplicate, and what is the weakness of that method?",
  choices = { "Any second call about a tree is a duplicate; there is no weakness",
              "By matching his location and description against the open jobs, and by his answer that the police "
           .. "said the council was on its way: quick, and it stops a second crew being wasted; the weakness is that "
           .. "a match can hide something new, so what he adds (the cable) still has to be assessed and acted on",
              "By trusting the colleague's code, because she spoke to him first",
              "By sending Highways 2 to look: the only certain method" },
  answer = 2,
  explain = "Checking a call against open jobs and the caller's own account is fast and saves scarce crews. But a "
         .. "duplicate is only the same facts again: a new fact (a cable down, someone hurt, a second tree) can "
         .. "change what must be done. So the call is linked to the open job, and the new hazard is passed on and "
         .. "acted on; sending a crew to check duplicates every report and leaves the county uncovered." }

knowledge { id = "k_dup_colleague", criterion = "CC39-3.5",
  text = "Priya coded the call as a new obstruction and was about to send Highways 2. Which support suits her best?",
  choices = { "Say nothing: she will see the change on the log",
              "A quick private word after her call: show her job 7713 on the board, agree that she checks open jobs by "
           .. "location before coding, and ask whether she would find a short refresher on duplicates useful",
              "Report it to the duty manager as an error",
              "Remind the whole team at the next briefing that Priya nearly sent a second crew" },
  answer = 2,
  explain = "Prompt, private feedback based on what happened keeps trust and fixes the habit; agreeing the support "
         .. "with her makes it fit what she needs. Saying nothing teaches nothing; formal reporting suits repeated or "
         .. "serious problems; a team reminder is useful only if it does not single her out." }
