-- Medical collapse: an elderly woman calls because her husband has collapsed in the kitchen.
-- He is unconscious but breathing, then, while she is on the line, his breathing turns to
-- gasps and stops. The call-taker must see the change, upgrade the response and talk her
-- through chest compressions.

scenario {
  id = "medical_collapse",
  version = "1.1.0",
  title = "Collapse at home, breathing stops",
  procedure = "emergency",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-2.3",
               "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5", "CC39-3.3", "CC39-3.4" },
  tags = { "medical", "elderly", "deteriorating", "cpr", "caller:elderly", "event:deterioration" },
  summary = "Margaret Hale, 79, finds her husband Ron, 82, on the kitchen floor. He does not "
         .. "answer her but is snoring. About two minutes in, the snoring becomes gasps and then nothing.",
}

place { id = "westfield_amb",  name = "Westfield Ambulance Station",  x = 1.5, y = 6.5 }
place { id = "northam_amb",    name = "Northam Ambulance Station",    x = 5.0, y = 4.0 }
place { id = "eastgate_amb",   name = "Eastgate Ambulance Standby Point", x = 8.8, y = 5.2 }
place { id = "westfield_fire", name = "Westfield Fire Station (on-call)", x = 1.0, y = 2.0 }
place { id = "northam_police", name = "Northam Police Station",       x = 4.5, y = 5.5 }
place { id = "hospital",       name = "Northshire General Hospital",  x = 6.0, y = 2.5 }
place { id = "orchard_close",  name = "7 Orchard Close, Westfield",   x = 2.4, y = 4.6 }

resource { id = "A1", type = "ambulance", name = "Westfield Ambulance 1", base = "westfield_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A2", type = "ambulance", name = "Northam Ambulance 1", base = "northam_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "A3", type = "ambulance", name = "Eastgate Ambulance 1", base = "eastgate_amb",
           speed_kmh = 55, turnout_s = 30, channel = "data" }
resource { id = "RR1", type = "rapid_response", name = "Northam Paramedic Car", base = "northam_amb",
           speed_kmh = 60, turnout_s = 15, channel = "data" }
resource { id = "RR2", type = "rapid_response", name = "Eastgate Paramedic Car", base = "eastgate_amb",
           speed_kmh = 60, turnout_s = 15, channel = "data", status = "unavailable" }  -- at hospital
resource { id = "F4", type = "fire_engine", name = "Westfield One", base = "westfield_fire",
           speed_kmh = 45, turnout_s = 300, channel = "radio" }
resource { id = "PC1", type = "police_car", name = "Northam Response 1", base = "northam_police",
           speed_kmh = 60, turnout_s = 20, channel = "radio" }

caller {
  name = "Margaret Hale",
  kind = "elderly",
  agitation = 55,
  patience_s = 60,
  ring_patience_s = 60,
  location = "orchard_close",
  truth = {
    incident = "medical",
    address = "7 Orchard Close",
    at_scene = "yes",
    caller_name = "Margaret Hale",
    callback = "01632 960384",
    caller_role = "relative",
    patient_age = "82",
    conscious = "no",
    breathing = "yes",
  },
  told = { caller_role = "relative" },   -- "it's my husband"
  says = {
    opening = "Oh, hello? Hello, is that the ambulance? It's my husband. It's Ron. He's on the floor and he won't... he won't get up.",
    incident = "I was in the front room with the television and I heard a bang, and I came through and he's "
            .. "just lying there on the kitchen floor, by the sink. He's gone a funny colour. I keep saying his name.",
    address = "Seven, Orchard Close. In Westfield. It's the bungalow at the end, with the green door.",
    at_scene = "Yes, yes, I'm in the kitchen with him, I've got the phone from the hall, it just reaches.",
    patient_age = "He's eighty-two. Eighty-two in March.",
    conscious = "No... no, he's not. I've been saying 'Ron, Ron' and he doesn't say anything. His eyes are shut.",
    breathing = "He's... yes, he's breathing, he's making a sort of snoring noise. Is that all right?",
    caller_name = "Margaret Hale. Mrs Hale.",
    callback = "It's oh-one-six-three-two... nine-six-oh, three-eight-four.",
    caller_role = "He's my husband.",
    unknown = "I don't know, dear. I don't know.",
    panic = "Oh, I can't... I don't know what to do, I don't know what to do...",
    ["repeat"] = "I think I told you that, dear... didn't I?",
    reassured = "All right. All right, dear. I'll do what you say.",
    hangup = "I'm going to go and knock next door, I can't do this...",
  },
}

-- His breathing fails.
event { at_s = 110,
        say = "Oh... oh, Ron? He's making a horrible noise, like gasping, and now he's gone quiet. "
           .. "I don't think he's breathing. Oh, Ron. Ron!",
        facts = { breathing = "no" }, told = true, agitation = 30 }

-- Nothing on its way after a minute and a half.
event { when = function(s) return s.answered and s.time_s > 90 and not s.dispatched.A1 and not s.dispatched.A2
                                  and not s.dispatched.A3 end,
        say = "Are they coming? He's so grey. Please, are they coming?", agitation = 15 }

-- Compressions started.
event { when = function(s) return s.advised.cpr end,
        say = "I'm pushing... I'm pushing as hard as I can... oh, my arms...", agitation = -10 }

-- The paramedic arrives.
event { when = function(s) return s.status.RR1 == "on_scene" or s.status.A1 == "on_scene" end,
        say = "There's someone at the door! Oh, it's them, it's the ambulance people. Oh, thank God.",
        agitation = -30 }

-- Knowledge check at the debrief.
knowledge { id = "k_monitor_line", criterion = "CC39-3.4",
  text = "While help is on its way to Ron, which way of monitoring the incident suits this call best?",
  choices = { "Wait for the crew to report their arrival: it costs nothing, but you learn nothing until they are there",
              "Ask Margaret to ring back if anything changes: it frees the line, but she may not notice a change, or "
           .. "may not be able to call",
              "Watch the ambulance on the map: it shows where the vehicle is, but nothing about the patient",
              "Stay on the line with Margaret and ask the crew for their status: you hear at once if his breathing "
           .. "changes and know where help is, though it ties you to one call" },
  answer = 4,
  explain = "Each way of monitoring has a strength and a weakness. Crew reports and the map tell you about the "
         .. "resource, not the patient; a call-back relies on a frightened, untrained caller to spot a change. Staying "
         .. "on the line, with status requests to the crew, caught Ron's arrest the moment it happened, at the cost "
         .. "of one call-taker's time: the right trade for a patient who may deteriorate." }

knowledge { id = "k_channel_crew", criterion = "CC39-3.3",
  text = "Ron has stopped breathing. Westfield Ambulance 1 takes routine messages on its data terminal. How do you "
      .. "make sure the crew knows?",
  choices = { "Update the incident on the data terminal and also tell the crew by radio, so that they know now that "
           .. "they are going to a cardiac arrest, and you know that they heard",
              "Update the incident on the data terminal only: it is on the record, so they will see it",
              "Ask Margaret to tell the crew when they arrive",
              "Nothing: the call was already graded Immediate" },
  answer = 1,
  explain = "The channel must fit the message. Data gives a clear, lasting record of the detail; urgent news that "
         .. "changes what a crew does on arrival also goes by voice, which reaches them at once and lets them "
         .. "confirm it. A message that is sent but not read in time has not been communicated." }
