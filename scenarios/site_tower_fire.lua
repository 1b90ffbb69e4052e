-- Fire alarm with smoke seen in the Library Tower. The panel shows zone 4B in alarm; a library
-- assistant rings from the fourth floor: grey smoke from under the print room door, and a
-- student who uses a wheelchair waiting at the refuge by the east stairs. The Tower has a
-- phased evacuation: only the floors in alarm leave first. A confirmed fire is beyond the
-- controller's authority in two ways: 999 for fire and rescue, and the duty manager, who alone
-- decides whether the rest of the Tower (twelve floors, four hundred people) is evacuated.
-- The controller sends the fire response team with the evacuation chair and a patrol to meet
-- the fire engines, gets the caller and her floor out, and refuses the lift and the extinguisher.

scenario {
  id = "site_tower_fire",
  version = "1.0.0",
  title = "Campus: fire alarm with smoke, Library Tower",
  procedure = "site_security",
  level = "CC38",
  difficulty = 4,
  criteria = { "CC38-1.1", "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.5", "CC38-1.6", "CC38-1.7",
               "CC38-2.1", "CC38-2.2", "CC38-2.3", "CC38-3.5", "CC38-3.7", "CC38-3.8", "CC39-1.2", "CC39-1.4" },
  tags = { "site_security", "fire_alarm", "smoke", "evacuation", "refuge", "disabled_person", "staff",
           "event:escalation_beyond_authority", "event:advice_refused", "event:deterioration" },
  summary = "Janet Moss, a library assistant, rings from the fourth floor of the Library Tower: the alarm is "
         .. "sounding and smoke is coming from under the print room door. Tom, a student who uses a wheelchair, "
         .. "is waiting at the east stairs refuge. The alarm spreads to the fifth floor; the rest of the Tower "
         .. "is still working. Only the duty manager can order the whole Tower out.",
}

place { id = "control",    name = "Security Control, Gatehouse",    x = 2.0,  y = 1.0 }
place { id = "main_gate",  name = "Main Gate",                      x = 2.0,  y = 0.8 }
place { id = "library_sq", name = "Library Square (foot patrol beat)", x = 2.5, y = 1.65 }
place { id = "union",      name = "Student Union",                  x = 2.3,  y = 1.5 }
place { id = "halls",      name = "Meadow Halls of Residence",      x = 0.5,  y = 3.0 }
place { id = "estates_yard", name = "Estates Yard",                 x = 1.2,  y = 0.4 }
place { id = "apex_depot", name = "Apex Lifts depot, Northam Trading Estate", x = 7.5, y = 4.0 }
place { id = "tower",      name = "Library Tower, 4th floor, print room (east)", x = 2.55, y = 1.75 }

resource { id = "FT1", type = "fire_team", name = "Fire response team 1 (evacuation chair)", base = "union",
           speed_kmh = 12, turnout_s = 30, channel = "radio" }
resource { id = "FT2", type = "fire_team", name = "Fire response team 2", base = "halls",
           speed_kmh = 15, turnout_s = 30, channel = "radio" }
resource { id = "P1", type = "patrol", name = "Patrol 1 (van)", base = "control",
           speed_kmh = 20, turnout_s = 30, channel = "radio" }
resource { id = "P2", type = "patrol", name = "Patrol 2 (foot)", base = "library_sq",
           speed_kmh = 5, turnout_s = 10, channel = "radio" }
resource { id = "FA1", type = "first_aider", name = "First-aid officer Dev Mistry (on foot)", base = "library_sq",
           speed_kmh = 6, turnout_s = 15, channel = "radio" }
resource { id = "M1", type = "maintenance", name = "Estates technician", base = "estates_yard",
           speed_kmh = 20, turnout_s = 60, channel = "radio" }
resource { id = "LE1", type = "lift_engineer", name = "Apex Lifts on-call engineer", base = "apex_depot",
           speed_kmh = 40, turnout_s = 300, channel = "phone" }

caller {
  name = "Janet Moss",
  kind = "staff",
  agitation = 52,
  patience_s = 40,
  ring_patience_s = 45,
  location = "tower",
  truth = {
    incident = "fire alarm",
    location = "Library Tower",
    at_scene = "yes",
    caller_name = "Janet Moss",
    callback = "07700 900372",
    caller_role = "staff",
    fire_seen = "yes",
    people_at_risk = "yes",
  },
  says = {
    opening = "Security? It's Janet, in the library. The Tower. The fire alarm's going off on our floor and... "
           .. "there's smoke. I'm sure there's smoke.",
    incident = "The alarm went about a minute ago, on four. I thought it was another false one, we had one on "
            .. "Tuesday, but there's smoke coming from under the door of the print room. And it smells of burning "
            .. "plastic. It's not a drill, is it? Nobody said there was a drill.",
    location = "The Library Tower. Fourth floor. The print room's at the east end, past the group study rooms.",
    at_scene = "Yes, I'm on four, by the issue desk. I can see the print room door from here.",
    caller_name = "Janet Moss. I'm one of the library assistants.",
    callback = "This is my mobile. Oh-seven-seven-double-oh, nine-double-oh, three-seven-two. I'm taking it with me.",
    caller_role = "Staff. Library staff, I've worked here eleven years.",
    fire_seen = "Yes! Grey smoke, from under the print room door, and it's getting thicker. You can really smell "
             .. "it now, burning plastic. I can't see flames, the door's shut.",
    people_at_risk = "There's a student in a wheelchair, Tom, he's in the refuge by the east stairs, he knows to "
                  .. "wait there. And a few students were in the group study rooms. I think they've gone down.",
    unknown = "I don't know, I'm sorry, I don't know.",
    panic = "Sorry, I... the alarm's so loud, I can't think!",
    ["repeat"] = "I've told you, haven't I? Sorry. It's so loud up here.",
    reassured = "Right. Right. Okay. What do you want me to do?",
    hangup = "I can't hear you with this alarm, I'm going. (the line goes dead)",
  },
}

-- The alarm spreads up a floor, and the rest of the Tower carries on working.
event { at_s = 40,
        say = "The alarm's going on five now as well, I can hear it through the ceiling. And the floors below "
           .. "are still working, they can't hear it down there! Shall I go round and get everybody out? The "
           .. "whole Tower?",
        agitation = 10 }

-- Tom asks for the lift.
event { at_s = 56,
        say = "Tom's asking if I can take him down in the lift. It's right there by the refuge, it'd be so much "
           .. "quicker than waiting. Can I?",
        agitation = 5 }

-- Nobody has told her to leave: she means to tackle it.
event { when = function(s) return s.answered and s.time_s > 70 and not s.advised.evacuate_floor end,
        say = "I've got the extinguisher off the wall. It's only a little room. I'm going to open the door and "
           .. "have a go at it.",
        agitation = 10 }

-- Told to leave, she goes.
event { when = function(s) return s.answered and s.advised.evacuate_floor and s.time_s > 66 end,
        say = "We're on the stairs now, me and two students from the study rooms. Tom said he's okay, he's staying "
           .. "in the refuge. Oh, it's really smoky on the landing.",
        agitation = 5 }

-- The fire response team reaches the fourth floor.
event { when = function(s) return s.status.FT1 == "on_scene" or s.status.FT2 == "on_scene" end,
        say = "The fire team's here! Two of them, with the chair. They're going to Tom.",
        agitation = -20 }

knowledge { id = "k_evac_authority", criterion = "CC38-3.5",
  text = "Janet asks whether she should go round and get the whole Tower out. Why is that passed to the duty "
      .. "manager rather than decided by you or by her?",
  choices = { "Because the duty manager is more senior, so everything should go to them",
              "Because the fire and rescue service will decide it when they arrive",
              "Because evacuating a whole building is beyond the controller's authority: the Tower has a phased "
           .. "evacuation plan, and moving four hundred people at once down shared stairs while the fire team "
           .. "brings Tom down has risks that the duty manager is there to weigh, straight away",
              "Because Janet is not a fire marshal" },
  answer = 3,
  explain = "Escalation follows the boundaries of authority. The controller deploys site staff, calls 999 and "
         .. "gets the people in danger moving; decisions that affect a whole building (full evacuation, closing it, "
         .. "cutting its power) belong to the duty manager, who must hear of a confirmed fire within two minutes "
         .. "so that the decision is made at once, not left to whoever happens to be on the fourth floor." }

knowledge { id = "k_panel_words", criterion = "CC38-3.7",
  text = "The fire panel reads 'FIRE - ZONE 4B - SMOKE DET - L1'. What do you say to Janet?",
  choices = { "\"The panel shows zone 4B in alarm on the L1 system.\"",
              "\"We've got a code red on four.\"",
              "\"The alarm has gone off at the east end of the fourth floor, where you are. Fire engines are on "
           .. "their way.\"",
              "Nothing: callers must not be told what the panel shows" },
  answer = 3,
  explain = "Zone numbers, detector types, 'L1' and 'code red' are the control room's standard wording: exact and "
         .. "quick between colleagues, and on the log. To a caller they mean nothing and waste time in an "
         .. "emergency. The same information goes to the caller in plain words, where it helps her." }

knowledge { id = "k_refuge_resource", criterion = "CC38-3.8",
  text = "Which of the resources available is the one to bring Tom down from the fourth-floor refuge?",
  choices = { "The lift engineer, to run the lift in fire mode",
              "The fire response team: trained fire marshals who carry an evacuation chair for the stairs",
              "The foot patrol in Library Square, because it is closest",
              "Nobody from the site: Tom must wait for the fire and rescue service" },
  answer = 2,
  explain = "Knowing what each resource is and can do is what lets you match it to the need. The fire response "
         .. "team carry an evacuation chair and are trained to take a person down the stairs from a refuge. A "
         .. "patrol officer without the chair or the training cannot; lifts are not used in a fire; and waiting "
         .. "for the fire service leaves Tom in the building longer than he needs to be." }
