-- A complaint that becomes an emergency: an angry council tenant rings out of hours to
-- complain that the leak from the flat above, reported three times, is still coming through
-- his kitchen ceiling. While he is on the line the water starts coming out of the ceiling light.
-- The call-handler takes the complaint through the council's complaint procedure, in order,
-- checks the earlier jobs before saying anything about them, raises the emergency repair the
-- moment the water reaches the electrics (an operative told about the hazard, the history and
-- the flat above), keeps him safe, refuses to tell him to poke a hole in the ceiling or to stop
-- paying his rent, tells the duty manager of a third failed repair, and neither admits
-- liability nor promises compensation.
--
-- What the repairs system shows (the trainee sees it at the "check_history" step): job 58812,
-- four weeks ago, "water stain on kitchen ceiling", operative attended, "no access to flat
-- above, card left"; job 59407, two weeks ago, "leak from flat above", attended, "flat above
-- empty, tenant away, no access, bucket left, refer to day team"; job 60133, last Thursday,
-- "ceiling wet", attended, "ceiling checked, no drip at time of visit, closed".
--
-- Seeded: his first name, the flat number, how angry he is at the start, and the moment the
-- water reaches the light.

local firsts = { "Darren", "Dean", "Gary", "Wayne" }
local first = firsts[math.random(#firsts)]
local flat = math.random(3, 18)
local start_agitation = 60 + math.random(0, 6)
local leak_at = 78 + math.random(0, 6)

scenario {
  id = "council_leak_complaint",
  version = "1.0.0",
  title = "Complaint: the same leak, reported three times, reaches the light",
  procedure = "council_ooh",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7", "CC38-2.3",
               "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5", "CC39-1.7",
               "CC39-3.3", "CC39-3.6" },
  tags = { "council", "housing", "complaint", "repeat_repair", "leak", "electrics", "tenant", "hostile",
           "caller:angry", "event:follow_up_complaint", "event:deterioration", "event:advice_refused",
           "event:escalation_beyond_authority" },
  summary = "A council tenant in Kestrel House rings to complain that the leak from the empty flat above, "
         .. "reported three times in four weeks, is still coming through his kitchen ceiling. During the "
         .. "call the water starts running out of the ceiling light.",
}

place { id = "depot",        name = "Council repairs depot, Foundry Lane, Northam",       x = 3.0, y = 4.2 }
place { id = "mere_road",    name = "Mere Road, Northam (operative finishing a job)",      x = 5.2, y = 6.0 }
place { id = "westfield",    name = "Westfield (operative at a boarding-up job)",           x = 1.2, y = 2.4 }
place { id = "kestrel_house", name = "Kestrel House, Mere Road estate, Northam",           x = 6.0, y = 5.2 }

resource { id = "R1", type = "operative", name = "Repairs van 1 (multi-trade, finishing on Mere Road)", base = "mere_road",
           speed_kmh = 36, turnout_s = 60, channel = "voice" }
resource { id = "R2", type = "operative", name = "Repairs van 2 (plumber, at the depot)", base = "depot",
           speed_kmh = 40, turnout_s = 300, channel = "voice" }
resource { id = "R3", type = "operative", name = "Repairs van 3 (joiner, boarding up in Westfield)", base = "westfield",
           speed_kmh = 40, turnout_s = 900, channel = "voice" }

caller {
  name = first .. " Whitlock",
  kind = "tenant",
  agitation = start_agitation,
  patience_s = 60,
  ring_patience_s = 60,
  location = "kestrel_house",
  truth = {
    nature = "complaint",
    address = "Kestrel House",
    complaint_about = "kitchen ceiling",
    reports = "3",
    problem_now = "no",
    caller_name = "Whitlock",
    callback = "07700 900218",
    complaint_wants = "fixed properly",
  },
  says = {
    opening = "Yeah. Is this the council? The emergency line? Right. I want to make a complaint, and I want "
           .. "somebody to actually listen this time.",
    nature = "It's the leak. The same bloody leak. It's coming through my kitchen ceiling from the flat above, "
          .. "and I've rung you about it three times. Three times! And every time some fella comes out, looks at "
          .. "it, and goes away again. I want to make a complaint.",
    address = "Flat " .. flat .. ", Kestrel House. The Mere Road estate. Second floor.",
    complaint_about = "The kitchen ceiling. It started about a month ago, a brown patch. First time, your bloke "
                   .. "said he couldn't get in upstairs. Second time, he said upstairs is empty, nobody's there, "
                   .. "left me a bucket. A bucket! Last Thursday they came and said it wasn't dripping so they "
                   .. "closed it. I've got the numbers written on the calendar: five-eight-eight-one-two, "
                   .. "five-nine-four-oh-seven and six-oh-one-three-three.",
    reports = "Three. Three times I've rung, three job numbers. This is the fourth call.",
    problem_now = "Same as it's been. It's dripping in the bucket, and the ceiling's gone all brown and saggy, "
               .. "right round the light. I've had to empty the bucket twice tonight.",
    caller_name = first .. " Whitlock. Mister Whitlock.",
    callback = "Oh-seven-seven-double-oh, nine-double-oh, two-one-eight.",
    complaint_wants = "I want it fixed properly. Somebody getting into that flat upstairs and finding where it's "
                   .. "coming from, instead of sending a different bloke every week to look at my ceiling.",
    unknown = "How would I know? That's your job, isn't it?",
    panic = "Are you even listening to me? I'm not going through it all again!",
    ["repeat"] = "I've just told you that! This is exactly what I mean!",
    reassured = "...Alright. Alright, go on. Sorry. It's not you, I know.",
    hangup = "Forget it. I'm ringing my councillor in the morning. (the line goes dead)",
  },
}

-- Nobody acknowledges him: he gets worse.
event { when = function(s) return s.answered and s.time_s > 20 and s.time_s < 60 and s.agitation >= 60 end,
        say = "Don't give me 'can I take your details'. I've given my details three times. Three times!",
        agitation = 10 }

-- The water reaches the ceiling light.
event { at_s = leak_at,
        say = "Oh, you are joking. You are JOKING. It's coming through the light now! The kitchen light, "
           .. "it's running out the light fitting, right down the wall by the switch!",
        facts = { problem_now = "electrics" }, told = true, agitation = 15 }

-- He asks whether to poke a hole in the ceiling or take the fitting down.
event { when = function(s) return s.known.problem_now == "electrics" and s.time_s > leak_at + 10 end,
        say = "My mate says you poke a hole in the ceiling with a screwdriver to let the water out, before it "
           .. "all comes down. Or should I get up on a chair and take the light fitting off? Shall I do that?",
        agitation = 5 }

-- Compensation and the rent.
event { when = function(s) return s.answered and s.time_s > 118 end,
        say = "And who's paying for my kitchen? The cupboards are ruined, the microwave's done. I'm not paying "
           .. "another penny of rent till it's sorted, I'm telling you now. I can do that, can't I?",
        agitation = 5 }

-- The operative arrives.
event { when = function(s) return s.status.R1 == "on_scene" or s.status.R2 == "on_scene" end,
        say = "There's a council van pulling up outside. Is that him? ...Yeah, he's getting his toolbag out.",
        agitation = -15 }

-- Knowledge check at the debrief.
knowledge { id = "k_leak_channel", criterion = "CC39-3.3",
  text = "The operative is driving to Kestrel House. He needs to know about the water in the light fitting and "
      .. "about the three earlier jobs. How do you get it to him?",
  choices = { "Put everything on his handheld as data: he will read it when he arrives",
              "Ring him and read out the three job numbers and all their notes while he drives",
              "Call him by voice for what he must know before he gets there (water in the light fitting, isolate "
           .. "the electrics first, he needs access to the empty flat above), and send the job history and "
           .. "numbers as data for him to read on arrival",
              "Nothing: he can ask the tenant when he gets there" },
  answer = 3,
  explain = "Clear communication means choosing the channel for the message. A safety hazard and what to do first "
         .. "must reach him before he arrives, by voice, short and clear. Long detail that he needs on site (job "
         .. "numbers, what each visit found) is better as data he can read, so nothing is misheard or lost. Relying "
         .. "on the tenant repeats the failure that caused the complaint." }

knowledge { id = "k_leak_review", criterion = "CC39-3.6",
  text = "Why does the council review a repair that has needed three visits, instead of just sending the next operative?",
  choices = { "To find out which operative to discipline",
              "Because the Ombudsman requires a review of every repair",
              "To see why the job kept being closed without the cause being found (here: no access to the empty flat "
           .. "above, and nothing linking the three jobs), change how such jobs are handled, and check that it worked",
              "It does not need to: the fourth visit will fix it" },
  answer = 3,
  explain = "Reviewing results finds the pattern that single jobs hide. Three jobs, each closed on its own terms, "
         .. "added up to a month of water through a tenant's ceiling. A review looks at the records, finds the cause "
         .. "in the process (access to empty flats, linking repeat reports), agrees a change and checks later results. "
         .. "It is about learning, not blame; blame makes people hide problems." }
