-- Complaint about yesterday's ambulance: an angry daughter rings the control room the day
-- after her mother lay on the kitchen floor for nearly four hours. She is hostile and swears
-- until someone acknowledges her. She says her mother was harmed, so the supervisor must hear
-- of it during the call. The call-taker takes the complaint through the complaint procedure,
-- in order, checks the log before saying anything about what happened, and neither admits
-- fault nor promises an outcome. Nothing is sent.
--
-- What the incident log of the original call shows (the trainee sees it at the "investigate"
-- step): 999 call at 19:36 yesterday from Lorraine Webb about her mother, Joan Webb, 84, at
-- 7 Larch Avenue, Northam: a fall in the kitchen, awake, talking, breathing normally, pain in
-- the hip. Coded MED-GEN, graded Urgent (P2). Advice given: keep her still and warm, do not
-- try to lift her. No ambulance free: 31 calls waiting, eleven of them Immediate. Welfare
-- call-back at 21:05: no change reported, still P2. Northam Ambulance 1 allocated 22:41,
-- arrived 23:12.

scenario {
  id = "complaint_followup",
  version = "1.0.0",
  title = "Complaint: the ambulance took four hours",
  procedure = "emergency",
  level = "CC39",
  difficulty = 3,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7", "CC38-2.3",
               "CC39-1.1", "CC39-1.7", "CC39-3.2", "CC39-3.5", "CC39-3.6" },
  tags = { "complaint", "follow_up", "hostile", "relative", "harm_alleged", "no_attendance", "caller:angry", "event:follow_up_complaint" },
  summary = "Lorraine Webb rings the day after her mother, Joan, 84, lay on her kitchen floor at "
         .. "7 Larch Avenue for nearly four hours with a broken hip, waiting for an ambulance. "
         .. "The log shows a 999 call at 19:36, graded Urgent (awake, talking, breathing normally), "
         .. "a welfare call-back at 21:05, and an ambulance arriving at 23:12 after a night of very high demand.",
}

place { id = "northam_amb",    name = "Northam Ambulance Station",    x = 5.0, y = 4.0 }
place { id = "westfield_amb",  name = "Westfield Ambulance Station",  x = 1.5, y = 6.5 }
place { id = "northam_police", name = "Northam Police Station",       x = 4.5, y = 5.5 }
place { id = "larch_avenue",   name = "7 Larch Avenue, Northam",      x = 3.9, y = 3.1 }

resource { id = "A1", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A2", type = "ambulance", name = "Westfield Ambulance 1", base = "westfield_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "PC1", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }

caller {
  name = "Lorraine Webb",
  kind = "complainant",
  agitation = 70,
  patience_s = 60,
  ring_patience_s = 60,
  location = "larch_avenue",
  truth = {
    incident = "complaint",
    caller_name = "Lorraine Webb",
    callback = "07700 900583",
    caller_role = "relative",
    complaint_incident = "7 Larch Avenue",
    complaint_harm = "yes",
    complaint_wants = "an explanation",
  },
  told = { caller_role = "relative" },   -- "my mum"
  says = {
    opening = "Is this the ambulance lot? Right. I want to make a complaint. My mum lay on her kitchen floor "
           .. "for nearly four hours last night waiting for you people. Four bloody hours!",
    incident = "She's eighty-four. She fell in the kitchen about half seven, I got there and I rang you, and "
            .. "some girl said an ambulance was on its way. On its way! It didn't turn up till gone eleven. She was "
            .. "lying on that cold floor the whole time, and I couldn't lift her because you told me not to move her.",
    complaint_incident = "Seven Larch Avenue, Northam. Her house. I rang about twenty-five to eight last night. "
                      .. "And somebody rang me back about nine, asked if she was the same, and that was it.",
    complaint_harm = "Course she's been harmed! She's broken her hip, and the hospital said she was frozen from "
                  .. "lying there, her temperature was right down. She's on a ward now and she's all confused, she "
                  .. "doesn't even know where she is. She wasn't like that before.",
    complaint_wants = "I want an explanation. I want somebody to tell me why it took four hours. And I want to know "
                   .. "it won't happen to somebody else's mum.",
    caller_name = "Lorraine Webb. W, E, double B.",
    callback = "Oh-seven-seven-double-oh, nine-double-oh, five-eight-three. That's my mobile.",
    caller_role = "She's my mum.",
    unknown = "I don't know, do I? You tell me, it's your system.",
    panic = "I'm not going through all this again with you! Just listen to me!",
    ["repeat"] = "I've just told you that! Are you even writing any of this down?",
    reassured = "...Right. Okay. Sorry. I've not slept. I just want somebody to actually listen to me.",
    hangup = "Forget it. I'll go to the papers. (the line goes dead)",
  },
}

-- Nobody has acknowledged her: she gets worse.
event { when = function(s) return s.answered and s.time_s > 20 and s.agitation >= 65 end,
        say = "Don't you read me some script. Don't you dare. My mum could have died on that floor, do you understand that?",
        agitation = 10 }

-- She wants someone to pay.
event { when = function(s) return s.answered and s.time_s > 48 end,
        say = "So who's getting the sack for this, then? Because somebody should. And don't think we won't be "
           .. "after compensation.",
        agitation = 5 }

-- Still ignored after a minute and a half, she gives up.
event { when = function(s) return s.answered and s.time_s > 90 and s.agitation >= 80 end,
        hangup = true }

-- Knowledge check at the debrief.
knowledge { id = "k_grading_method", criterion = "CC39-3.2",
  text = "Yesterday's call was graded Urgent, not Immediate, on the answers given: awake, talking, breathing "
      .. "normally. What is the main weakness of grading by a caller's answers to set questions?",
  choices = { "It is inconsistent: two call-takers will grade the same answers differently",
              "It always over-grades, so too many ambulances are sent to minor calls",
              "It cannot be checked afterwards, because the call-taker's reasons are not recorded",
              "It is only as good as what the caller can see and say at that moment: a patient who sounds stable "
           .. "can get worse, which is why there are welfare call-backs and re-grading on new information" },
  answer = 4,
  explain = "Structured questions make grading quick, consistent and auditable: the strengths the other choices "
         .. "deny. Their weakness is that they depend on one report at one moment. A frail patient lying on a cold "
         .. "floor can deteriorate without the caller noticing, so the method needs welfare call-backs, re-grading "
         .. "when anything changes, and review of long waits." }

knowledge { id = "k_support_colleague", criterion = "CC39-3.5",
  text = "Amy, who took yesterday's call, hears about the complaint and is worried she got it wrong. Which support "
      .. "suits her best now?",
  choices = { "Tell her not to worry, complaints are part of the job: quick and kind, but it leaves her worry, and "
           .. "any lesson, where they are",
              "A short private debrief with the supervisor today, then coaching if the review finds a learning point: "
           .. "prompt, confidential and based on the facts",
              "Book her straight onto a full refresher course: thorough, but slow, it takes her off the desk and "
           .. "assumes a fault before the review has found one",
              "Talk it through at the next team briefing so that everyone learns: open, but it exposes her in front "
           .. "of colleagues before the facts are known" },
  answer = 2,
  explain = "Each kind of support has its place. Reassurance is quick but changes nothing; formal training is "
         .. "thorough but slow and can feel like blame; group learning spreads a lesson but must not single anyone "
         .. "out. Prompt, private support based on the facts, then coaching aimed at whatever the review finds, helps "
         .. "the colleague without prejudging the review." }

knowledge { id = "k_review_cycle", criterion = "CC39-3.6",
  text = "Mrs Webb's complaint will lead to a review of yesterday's incident. Put the steps of the review in order.",
  items = { "Agree actions (a change to the procedure, the rota or training) and feed them back to the team and to the family",
            "Gather the records: the call recording, the incident log, the crew's report and the hospital's",
            "Check later results to see whether the actions made a difference",
            "Compare what happened with the procedure and its targets: grading, call-backs, dispatch and response times" },
  order = { 2, 4, 1, 3 },
  explain = "Reviewing results is how a centre learns: one complaint, or a pattern across many incidents, shows "
         .. "whether the procedure, the resourcing or the handling has to change. A review starts from the facts, "
         .. "every organisation's records, judges them against the procedure and its targets, agrees actions and "
         .. "then checks that they worked. Without it, the same thing happens to the next caller." }
