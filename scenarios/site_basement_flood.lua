-- Flood in a research building's basement that gets worse, and the technician sent to it who
-- never arrives. A researcher working late in the Darwin Building rings: water pouring through
-- the ceiling of the basement corridor outside the freezer room. At first it is nowhere near
-- electrics (a flood: Urgent, one estates technician). Then it runs under the door of the
-- switch room, where the electricity network operator's substation is, and the lights flicker:
-- now it is Immediate, with a second technician (an electrician), a patrol to keep people out,
-- a phone call to the network operator and the duty manager (who alone decides to cut the power
-- to a building full of freezers). Then the first technician's van gets a puncture on the way:
-- he must be replaced. The caller wants to save her samples and must be kept away from them.
--
-- Seeded: the caller's starting worry, when the water reaches the switch room, and when the
-- technician's van breaks down.

local worse_at = 78 + math.random(0, 10)
local puncture_at = 140 + math.random(0, 10)

scenario {
  id = "site_basement_flood",
  version = "1.0.0",
  title = "Campus: basement flood reaches the switch room, technician breaks down",
  procedure = "site_security",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7", "CC38-2.1", "CC38-2.2",
               "CC38-2.3", "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5",
               "CC39-3.2", "CC39-3.3", "CC39-3.4" },
  tags = { "site_security", "flood", "utility", "electrics", "reprioritise", "monitoring", "researcher",
           "event:deterioration", "event:unit_unavailable", "event:escalation_beyond_authority",
           "event:advice_refused" },
  summary = "Dr Priya Raman is working late in the basement of the Darwin Building when water starts pouring "
         .. "through the corridor ceiling outside the freezer room. A minute and a half later it runs under the "
         .. "door of the switch room and the lights flicker. The estates technician sent to her gets a puncture "
         .. "on the perimeter road. She wants to rescue fifteen years of samples from the freezers.",
}

place { id = "control",      name = "Security Control, Gatehouse",        x = 2.0, y = 1.0 }
place { id = "estates_yard", name = "Estates Yard",                       x = 1.2, y = 0.4 }
place { id = "sports",       name = "Sports Centre (Estates 2 on a job)", x = 1.0, y = 2.6 }
place { id = "science_quad", name = "Science Quad (foot patrol beat)",    x = 1.7, y = 2.1 }
place { id = "union",        name = "Student Union",                      x = 2.3, y = 1.5 }
place { id = "oncall_home",  name = "On-call engineer's home, Westfield", x = 6.0, y = 5.0 }
place { id = "darwin",       name = "Darwin Building, basement corridor (freezer room B.04)", x = 1.6, y = 2.0 }

resource { id = "M1", type = "maintenance", name = "Estates 1 (plumber, van)", base = "estates_yard",
           speed_kmh = 20, turnout_s = 60, channel = "radio" }
resource { id = "M2", type = "maintenance", name = "Estates 2 (electrician, van)", base = "sports",
           speed_kmh = 20, turnout_s = 60, channel = "radio" }
resource { id = "M3", type = "maintenance", name = "On-call estates engineer (from home)", base = "oncall_home",
           speed_kmh = 40, turnout_s = 900, channel = "phone" }
resource { id = "P1", type = "patrol", name = "Patrol 1 (van)", base = "control",
           speed_kmh = 20, turnout_s = 30, channel = "radio" }
resource { id = "P2", type = "patrol", name = "Patrol 2 (foot, Science Quad)", base = "science_quad",
           speed_kmh = 5, turnout_s = 10, channel = "radio" }
resource { id = "FA1", type = "first_aider", name = "First-aid officer Dev Mistry (on foot)", base = "union",
           speed_kmh = 6, turnout_s = 15, channel = "radio" }
resource { id = "FT1", type = "fire_team", name = "Fire response team", base = "control",
           speed_kmh = 20, turnout_s = 45, channel = "radio" }

caller {
  name = "Dr Priya Raman",
  kind = "staff",
  agitation = 38 + math.random(0, 10),
  patience_s = 45,
  ring_patience_s = 45,
  location = "darwin",
  truth = {
    incident = "flood",
    location = "Darwin Building",
    at_scene = "yes",
    caller_name = "Priya Raman",
    callback = "07700 900691",
    caller_role = "staff",
    electrics = "no",
  },
  says = {
    opening = "Hi, is that Security? I'm in the Darwin Building, in the basement, and there's water coming "
           .. "through the ceiling. Quite a lot of water.",
    incident = "It's pouring through the ceiling tiles in the corridor outside the freezer room. Two of the tiles "
            .. "have come down. It must be a pipe upstairs. It's all over the floor and it's spreading, it's about "
            .. "an inch deep by the door.",
    location = "The Darwin Building. Basement level, the corridor outside B.04, the minus-eighty freezer room. "
            .. "You come down the stairs by the goods lift.",
    at_scene = "Yes, I'm standing at the bottom of the stairs, I can see it coming down.",
    caller_name = "Priya Raman. Doctor Raman, I'm a research fellow in Biosciences.",
    callback = "My mobile's oh-seven-seven-double-oh, nine-double-oh, six-nine-one.",
    caller_role = "Staff, yes. I was just finishing some samples. Everyone else has gone home.",
    electrics = "No... not yet, I don't think. It's in the corridor. The sockets are up on the walls, and the "
             .. "freezers are in the room behind the door. The water hasn't got under the door yet.",
    unknown = "Sorry, I don't know.",
    panic = "I don't know! There's water everywhere, I can't... sorry, say that again?",
    ["repeat"] = "I've just told you that.",
    reassured = "Okay. Okay, sorry. What do I do?",
    hangup = "I can't do this, I'm going to sort the freezers out myself. (the line goes dead)",
  },
}

-- Her samples.
event { at_s = 50,
        say = "There's a whole room of minus-eighty freezers through that door. Fifteen years of samples. If the "
           .. "water gets in there... Can I unplug them and drag them up onto the pallets, out of the way?",
        agitation = 5 }

-- The water reaches the switch room.
event { at_s = worse_at,
        say = "Oh no. Oh no, it's going under the door of the switch room. The one with the yellow high-voltage "
           .. "sign, it says it's the electricity company's. And the lights just flickered. There's a buzzing "
           .. "noise coming from in there. It's getting louder.",
        facts = { electrics = "yes" }, told = true, agitation = 20 }

-- Nobody has told her to get out: she goes for the freezers.
event { when = function(s)
          return s.known.electrics == "yes" and not s.advised.leave_area and s.time_s > worse_at + 30
        end,
        say = "I'm going to switch the big freezer off at the wall before the water gets to it. It's just by the "
           .. "door, I can reach it.",
        agitation = 10 }

-- The first technician's van gets a puncture.
event { at_s = puncture_at, unit = "M1", status = "unavailable",
        report = "Estates 1 to Control: I've got a flat tyre on the perimeter road by the lake. The van's not "
              .. "going any further. On foot with the pump and the kit I'm twenty-five minutes, sorry." }

-- Help arrives.
event { when = function(s) return s.status.P2 == "on_scene" or s.status.P1 == "on_scene" or s.status.M2 == "on_scene" end,
        say = "Someone's here, a security officer in a yellow jacket. He's putting tape across the stairs.",
        agitation = -20 }

knowledge { id = "k_regrade", criterion = "CC39-3.2",
  text = "You graded the flood Urgent at first, because Dr Raman said the water was nowhere near electrics. A "
      .. "minute later it was Immediate. What does that show about assessing priority from a caller's answers?",
  choices = { "The first grading was wrong: floods should always be graded Immediate",
              "A caller's answers are quick and usually the best information there is, but they describe one "
           .. "moment: the grading holds only until something changes, so the controller stays on the line, listens "
           .. "for change and re-grades at once",
              "Callers exaggerate, so the priority should be set from what the technician finds",
              "The priority should not be changed once resources are on their way" },
  answer = 2,
  explain = "Structured questions make priority quick and consistent, but they rest on one person's view at one "
         .. "moment. Their weakness is change: water spreads, people get worse. Keeping the caller on the line, "
         .. "asking again when something changes and re-grading (with the resources, advice and escalation the new "
         .. "grade brings) is how the method copes with it." }

knowledge { id = "k_channel_network", criterion = "CC39-3.3",
  text = "For a power cut across the campus you report to the electricity network operator online. Tonight, with "
      .. "water running into their substation, you ring them. Why the difference?",
  choices = { "There is no reason; either would do",
              "The online form is only for daytime",
              "Water in live high-voltage equipment is a danger now: it needs their immediate attention and a "
           .. "conversation (can they isolate the supply, what should our people not touch). A routine power cut "
           .. "needs an exact record they can work from, which the online report gives without tying up their "
           .. "emergency line",
              "Ringing creates a better written record than the online form" },
  answer = 3,
  explain = "Clear communication means choosing the channel that fits the message. Voice is immediate and "
         .. "two-way, for danger and for questions that need answers now; data is exact, lasting and does not "
         .. "interrupt anyone, for information that is needed accurately rather than instantly." }

knowledge { id = "k_monitor_staff", criterion = "CC39-3.4",
  text = "Estates 1 called in his puncture himself. Which is true of the ways you can monitor the staff you deploy?",
  choices = { "Their own radio reports are enough: staff always report problems at once",
              "The vehicle trackers on the map show everything a status request would",
              "Their own reports cost nothing but depend on them being able to call; status requests confirm "
           .. "progress at the cost of radio time; the trackers show where a van is but not what is happening; "
           .. "CCTV shows the scene only where there is a camera. Used together, a failure is noticed in time",
              "Status requests should be avoided because they distract staff who are driving" },
  answer = 3,
  explain = "Each way of monitoring has a strength and a weakness. A report from the person is the richest but "
         .. "only comes if they can send it; the map shows position, not progress; a status request costs a "
         .. "little time but confirms what is happening. A controller who combines them notices a unit that has "
         .. "stopped, and replaces it before the incident suffers." }
