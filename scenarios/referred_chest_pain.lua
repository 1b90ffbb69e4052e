-- Referred incident: a call-taker going off shift passes a call to the trainee with the caller
-- still on the line. His notes say chest pain, but he graded it as a routine general medical
-- call and sent nothing. The trainee must re-check the decision path on the facts (chest pain
-- in a conscious patient is MED-CHEST, Immediate), correct the code and the priority, select
-- an ambulance and a paramedic car that are actually free, brief and task them, keep the
-- patient resting, and monitor: the nearest ambulance breaks down on its way and must be
-- replaced, and the crews' progress checked.

scenario {
  id = "referred_chest_pain",
  version = "1.0.0",
  title = "Referred call: chest pain graded routine",
  procedure = "emergency",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-2.3",
               "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5", "CC39-1.6",
               "CC39-3.2", "CC39-3.4", "CC39-3.5" },
  tags = { "medical", "referral", "chest_pain", "wrong_grading", "unit_failure", "monitoring", "event:unit_unavailable" },
  summary = "Dan Price hands over a call from Helen Carter about her husband Mark, 58, at 27 Beech Grove, "
         .. "Eastgate: chest pain for half an hour, 'probably indigestion', graded routine with nothing sent. "
         .. "Mark is grey and sweating, and the pain spreads to his arm and jaw. The nearest ambulance breaks "
         .. "down on its way.",
}

referral { by = "Dan Price, call-taker (going off shift)", code = "MED-GEN", priority = "P3",
           note = "Male 58, 27 Beech Grove, Eastgate. Wife calling. Pain in his chest for about 30 min, he thinks "
               .. "it's indigestion. Awake and talking. Graded routine, nothing assigned yet. Wife still on the line, "
               .. "can you take it?" }

place { id = "eastgate_amb",  name = "Eastgate Ambulance Standby Point",  x = 8.8, y = 5.2 }
place { id = "northam_amb",   name = "Northam Ambulance Station",         x = 5.0, y = 4.0 }
place { id = "westfield_amb", name = "Westfield Ambulance Station",       x = 1.5, y = 6.5 }
place { id = "eastgate_fire", name = "Eastgate Fire Station",             x = 8.5, y = 6.0 }
place { id = "hospital",      name = "Northshire General Hospital",       x = 6.0, y = 2.5 }
place { id = "beech_grove",   name = "27 Beech Grove, Eastgate",          x = 8.0, y = 3.6 }

resource { id = "A1", type = "ambulance", name = "Eastgate Ambulance 1", base = "eastgate_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A2", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A3", type = "ambulance", name = "Westfield Ambulance 1", base = "westfield_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A4", type = "ambulance", name = "Eastgate Ambulance 2", base = "hospital",
           speed_kmh = 55, turnout_s = 30, channel = "data", status = "unavailable" }  -- handing over at hospital
resource { id = "RR1", type = "rapid_response", name = "Northam Paramedic Car", base = "northam_amb",
           speed_kmh = 60, turnout_s = 15, channel = "data" }
resource { id = "RR2", type = "rapid_response", name = "Eastgate Paramedic Car", base = "eastgate_amb",
           speed_kmh = 60, turnout_s = 15, channel = "data", status = "unavailable" }  -- at another call
resource { id = "F1", type = "fire_engine", name = "Eastgate One", base = "eastgate_fire",
           speed_kmh = 50, turnout_s = 60, channel = "radio" }

caller {
  name = "Helen Carter",
  kind = "relative",
  agitation = 55,
  patience_s = 45,
  ring_patience_s = 30,
  location = "beech_grove",
  truth = {
    incident = "medical",
    address = "27 Beech Grove",
    at_scene = "yes",
    caller_name = "Helen Carter",
    callback = "07700 900317",
    caller_role = "relative",
    patient_age = "58",
    conscious = "yes",
    breathing = "yes",
    chest_pain = "yes",
  },
  told = { caller_role = "relative" },   -- "my husband"
  says = {
    opening = "Hello? Hello, the other man said he was putting me through to someone. Is somebody coming? "
           .. "My husband's still got this pain.",
    incident = "It's Mark, my husband. He's had a pain in his chest for about half an hour now. He keeps saying it's "
            .. "just indigestion, but he's gone all sweaty and he keeps rubbing his arm.",
    address = "Twenty-seven Beech Grove. In Eastgate, off the Eastgate Road. There's a white van on the drive.",
    at_scene = "Yes, I'm right here with him, he's sitting on the settee.",
    patient_age = "He's fifty-eight.",
    conscious = "Yes, he's awake, he's talking to me. He keeps telling me not to fuss.",
    breathing = "He's breathing, yes, but he's a bit puffed. He says it feels tight.",
    chest_pain = "Yes. It's right in the middle of his chest, like a weight sitting on him, he says. And it's going "
              .. "down his left arm now. He's never had anything like it.",
    caller_name = "Helen Carter.",
    callback = "Oh-seven-seven-double-oh, nine-double-oh, three-one-seven.",
    caller_role = "I'm his wife.",
    unknown = "I don't know... I don't know.",
    panic = "Please, I don't know, just send someone, please!",
    ["repeat"] = "I've told you that. I told the other man all of this as well.",
    reassured = "All right. Okay. I'm listening.",
    hangup = "I'm going to put him in the car and take him myself. (the line goes dead)",
  },
}

-- He gets worse.
event { at_s = 60,
        say = "He's gone a horrible grey colour, and he's sweating buckets. He says it's going up into his jaw now.",
        agitation = 10 }

-- Nobody has told her to keep him still: they think of driving.
event { when = function(s) return s.answered and s.time_s > 75 and not s.advised.rest_still end,
        say = "He says he's going to get his coat and I should drive him to A&E, it'll be quicker than waiting. "
           .. "Shall I? The car's right outside.",
        agitation = 10 }

-- The nearest ambulance breaks down on its way.
event { at_s = 100, unit = "A1", status = "unavailable",
        report = "A1 to Control: engine warning light and we're losing power on the Eastgate Road. Pulling over. "
              .. "Unable to continue to Beech Grove." }

-- The paramedic arrives.
event { when = function(s) return s.status.RR1 == "on_scene" or s.status.A2 == "on_scene" or s.status.A3 == "on_scene" end,
        say = "There's a car outside with green and yellow on it... it's a paramedic, she's coming up the path. "
           .. "Oh, thank God.",
        agitation = -25 }

-- Knowledge check at the debrief.
knowledge { id = "k_referral_check", criterion = "CC39-3.2",
  text = "Dan graded Mr Carter's call from his notes. What is the strength, and the weakness, of accepting a "
      .. "colleague's grading compared with re-asking the key questions yourself?",
  choices = { "Accepting it is quick but carries forward any error; re-asking the key questions and following the "
           .. "tree on the answers takes a minute more, but checks the grading against the facts: here it found "
           .. "chest pain, which makes the call Immediate",
              "Accepting it is quicker and spares the caller, and a colleague's grading is as reliable as your own, "
           .. "so re-asking wastes time",
              "Re-asking is always wrong: the caller repeats herself and gets upset",
              "Neither matters much: the crew will re-grade the call when they arrive" },
  answer = 1,
  explain = "A referral is a quick way to pass a call on, but it carries forward whatever was missed or misjudged. "
         .. "Re-assessing against the decision tree is slower but finds errors; that is why you make sure the "
         .. "correct decision path was followed. A crew cannot re-grade a call that nothing has been sent to." }

knowledge { id = "k_status_checks", criterion = "CC39-3.4",
  text = "Eastgate Ambulance 1 told you itself that it had broken down. Which is true of relying on crews to report "
      .. "problems, compared with asking them for their status?",
  choices = { "Crew reports are enough: a crew always reports a problem straight away",
              "Status requests should be avoided, because they distract crews who are driving",
              "Crew reports cost you nothing but depend on the crew being able to send them; status requests and "
           .. "watching the vehicles on the map find a silent problem sooner, at the cost of radio time",
              "The map shows everything that a status request would" },
  answer = 3,
  explain = "Each way of monitoring has a strength and a weakness. Reports come free, but only when a crew can and "
         .. "does send them; the map shows where a vehicle is, not what is happening to it; status requests take "
         .. "radio time but confirm progress. Using them together means a failure like A1's is noticed and the "
         .. "patient still gets help in time." }

knowledge { id = "k_support_referrer", criterion = "CC39-3.5",
  text = "Dan's notes said 'chest pain', but he graded the call routine. How do you support him?",
  choices = { "Say nothing: he will see the change on the log",
              "Report him to the supervisor straight away and leave it to them",
              "Tell the whole team at the next handover so that nobody else makes the same mistake",
              "After the call, have a quick private word: show him what the tree gives for chest pain, ask what led "
           .. "him to routine, and agree whether a refresher on medical grading would help" },
  answer = 4,
  explain = "Immediate, private, one-to-one feedback is quick and keeps trust, and agreeing the need with the "
         .. "colleague makes the support fit; saying nothing teaches nothing. Formal routes through the supervisor "
         .. "suit repeated or serious problems; team briefings spread a lesson but should not single anyone out." }
