-- Riverside Campus Security Control: the control room of Riverside University and Riverside
-- Science Park, Northam (teaching and research buildings, the Library Tower, halls of
-- residence, the Student Union, two multi-storey car parks and forty science park tenants).
-- The control room answers the campus emergency line (extension 2222 and the number on every
-- lift and fire alarm sticker), watches CCTV and the fire alarm panels, and deploys the site's
-- own people: patrol officers, first-aid officers, the fire response team and estates
-- maintenance, plus the lift contractor's on-call engineers. Pure declarations
-- (docs/format.md); no functions.
--
-- Shape of a call: answer within 15 s (three rings), open question first ("Tell me exactly
-- what has happened"), then where on site, whether the caller is there (which is also where a
-- false report is challenged), name, call-back number and whether staff, student, visitor or
-- contractor; then the questions of the incident's branch; then classify, prioritise, set
-- validity, deploy, brief, task, advise, call the outside services and escalate.
--
-- The limits of the controller's authority. The controller deploys site staff and the lift
-- contractor, and calls 999 for a fire, a serious injury or illness, or a crime in progress
-- (a `contact` by voice with fire and rescue, ambulance or police). The controller does not
-- decide to evacuate a whole building, close a building, cut the power to it, or lock the
-- campus down: those decisions belong to the campus duty manager (on call, by phone).
-- Anything that puts people at risk on site, or a false or malicious call, goes to the
-- security shift supervisor.

procedure {
  id = "site_security",
  version = "1.0.0",
  title = "Campus security control room: emergency line and site incidents",
  organisation = "Riverside Campus Security Control",
  root = "n_start",
  answer_target_s = 15,   -- site standard: the emergency extension answered within three rings
  pass_percent = 75,
}

------------------------------------------------------------------------------------------
-- Priorities. Dispatch targets run from the moment the call is answered.
------------------------------------------------------------------------------------------
priority { id = "P1", label = "Emergency: deploy now", dispatch_target_s = 120 }
priority { id = "P2", label = "Urgent: on site within 20 minutes", dispatch_target_s = 300 }
priority { id = "P3", label = "Routine: this shift", dispatch_target_s = 1800 }
priority { id = "P4", label = "No attendance: log, advise or refer" }

------------------------------------------------------------------------------------------
-- Incident codes (the control room's log codes; never read out to a caller).
------------------------------------------------------------------------------------------
code { id = "FIRE-CONF-P", text = "Fire alarm, fire or smoke seen, person needing help to evacuate" }
code { id = "FIRE-CONF",   text = "Fire alarm, fire or smoke seen" }
code { id = "FIRE-INV",    text = "Fire alarm activation, no fire or smoke seen: investigate" }
code { id = "LIFT-MED",    text = "Persons trapped in a lift, one unwell or injured" }
code { id = "LIFT-ENT",    text = "Persons trapped in a lift" }
code { id = "LIFT-FLT",    text = "Lift fault, nobody trapped" }
code { id = "SEC-WPN",     text = "Intruder or offender on site, weapon seen" }
code { id = "SEC-INP",     text = "Intruder on site, crime in progress" }
code { id = "SEC-SUS",     text = "Suspicious person on site, no crime seen" }
code { id = "SEC-RPT",     text = "Crime or intrusion reported after the event" }
code { id = "MED-ARR",     text = "Medical: not breathing" }
code { id = "MED-UNC",     text = "Medical: unconscious, breathing" }
code { id = "MED-SER",     text = "Medical: serious injury or illness (chest pain, head injury, heavy bleeding, fall from height)" }
code { id = "MED-MIN",     text = "Medical: minor injury or illness, first aid" }
code { id = "UTIL-FLE",    text = "Flood or water leak reaching electrics" }
code { id = "UTIL-FLD",    text = "Flood or water leak" }
code { id = "UTIL-GAS",    text = "Smell of gas in a building" }
code { id = "UTIL-PWR-S",  text = "Power failure across the site or several buildings" }
code { id = "UTIL-PWR",    text = "Power failure in one room or building" }
code { id = "GEN-CON",     text = "Concern for the safety of a person on site" }
code { id = "GEN-ADV",     text = "Non-emergency: advice given, referred to the helpdesk" }
code { id = "HOAX",        text = "False or malicious call" }
code { id = "COMPLAINT",   text = "Complaint or query about the handling of an earlier incident" }

------------------------------------------------------------------------------------------
-- Facts the controller must establish. A fact with values is one the tree tests.
------------------------------------------------------------------------------------------
fact { id = "incident", text = "What kind of incident it is",
       values = { "fire alarm", "lift", "intruder", "medical", "flood", "gas", "power cut", "other", "complaint" } }
fact { id = "location", text = "Where on site: building, floor and room, or the nearest building outside" }
fact { id = "at_scene", text = "Whether the caller is there and can see it (where a false report is challenged)",
       values = { "yes", "no", "hoax" } }
fact { id = "caller_name", text = "The caller's name" }
fact { id = "callback", text = "The number or extension to call the caller back on" }
fact { id = "caller_role", text = "Whether the caller is staff, a student, a visitor, a contractor or a tenant",
       values = { "staff", "student", "visitor", "contractor", "tenant", "public" } }

fact { id = "fire_seen", text = "Whether smoke or fire can be seen or smelt", values = { "yes", "no" } }
fact { id = "people_at_risk", text = "Whether anyone cannot get out on their own or is still in the affected area",
       values = { "yes", "no" } }

fact { id = "trapped", text = "Whether anyone is in the lift and unable to get out", values = { "yes", "no" } }
fact { id = "trapped_unwell", text = "Whether anyone trapped in the lift is hurt or unwell", values = { "yes", "no" } }

fact { id = "intruder_now", text = "Whether the person is still there now", values = { "yes", "no" } }
fact { id = "intruder_crime", text = "Whether they are breaking in, damaging or taking anything", values = { "yes", "no" } }
fact { id = "weapons", text = "Whether any weapon has been seen", values = { "yes", "no" } }
fact { id = "suspect", text = "Description of the person and which way they went" }

fact { id = "conscious", text = "Whether the person is awake and answering", values = { "yes", "no" } }
fact { id = "breathing", text = "Whether the person is breathing normally", values = { "yes", "no" } }
fact { id = "serious_injury", text = "Chest pain, heavy bleeding, a head injury or a fall from height",
       values = { "yes", "no" } }

fact { id = "electrics", text = "Whether the water is reaching electrics, or lights or equipment are affected",
       values = { "yes", "no" } }
fact { id = "power_extent", text = "How far the power failure reaches", values = { "room", "building", "campus" } }

fact { id = "danger", text = "Whether anyone is hurt or in danger right now", values = { "yes", "no" } }

fact { id = "complaint_incident", text = "Which earlier incident the complaint is about (where, date and time)" }
fact { id = "complaint_harm", text = "Whether the complaint says someone was hurt or put at risk by the handling",
       values = { "yes", "no" } }
fact { id = "complaint_wants", text = "What the complainant wants to happen" }

------------------------------------------------------------------------------------------
-- Log fields.
------------------------------------------------------------------------------------------
field { id = "location",        label = "Location (building, floor, room)",   fact = "location" }
field { id = "nature",          label = "Nature of incident",                 fact = "incident" }
field { id = "caller_position", label = "Caller there / challenge",           fact = "at_scene" }
field { id = "caller_name",     label = "Caller name",                        fact = "caller_name" }
field { id = "callback",        label = "Call-back number or extension",      fact = "callback" }
field { id = "caller_role",     label = "Staff / student / visitor / contractor", fact = "caller_role" }
field { id = "fire_signs",      label = "Smoke or fire seen",                 fact = "fire_seen" }
field { id = "people",          label = "People needing help to get out",     fact = "people_at_risk" }
field { id = "trapped",         label = "Persons trapped in lift",            fact = "trapped" }
field { id = "unwell",          label = "Anyone trapped hurt or unwell",      fact = "trapped_unwell" }
field { id = "intruder_now",    label = "Intruder still there",               fact = "intruder_now" }
field { id = "intruder_crime",  label = "Breaking in / damage / theft now",   fact = "intruder_crime" }
field { id = "weapons",         label = "Weapons seen",                       fact = "weapons" }
field { id = "suspect",         label = "Description / direction of travel",  fact = "suspect" }
field { id = "conscious",       label = "Awake and answering",                fact = "conscious" }
field { id = "breathing",       label = "Breathing normally",                 fact = "breathing" }
field { id = "serious",         label = "Serious injury or illness signs",    fact = "serious_injury" }
field { id = "electrics",       label = "Water reaching electrics",           fact = "electrics" }
field { id = "power_extent",    label = "Extent of power failure",            fact = "power_extent" }
field { id = "danger",          label = "Anyone hurt or in danger now",       fact = "danger" }
field { id = "complaint_incident", label = "Complaint: original incident (where, date, time)", fact = "complaint_incident" }
field { id = "complaint_harm",  label = "Complaint: harm or risk alleged",    fact = "complaint_harm" }
field { id = "complaint_wants", label = "Complaint: outcome wanted",         fact = "complaint_wants" }

------------------------------------------------------------------------------------------
-- Questions. Open first; closed questions narrow down. Plain words only: callers include
-- children, visitors and contractors with little English.
------------------------------------------------------------------------------------------
question { id = "q_what", kind = "open", fact = "incident", field = "nature",
           text = "Tell me exactly what has happened." }
question { id = "q_where", kind = "closed", fact = "location", field = "location",
           text = "Which building are you in, and which floor and room? If you're outside, which building are you nearest?" }
question { id = "q_at_scene", kind = "closed", fact = "at_scene", field = "caller_position",
           text = "Are you there now? Can you see what's happening from where you are?" }
question { id = "q_name", kind = "closed", fact = "caller_name", field = "caller_name",
           text = "Can I take your name, please?" }
question { id = "q_callback", kind = "closed", fact = "callback", field = "callback",
           text = "What number can I call you back on, if we get cut off?" }
question { id = "q_role", kind = "closed", fact = "caller_role", field = "caller_role",
           text = "Are you staff, a student, a visitor, or working here for a company?" }

question { id = "q_fire_signs", kind = "closed", fact = "fire_seen", field = "fire_signs",
           text = "Can you see or smell any smoke or fire? Where exactly?" }
question { id = "q_people", kind = "closed", fact = "people_at_risk", field = "people",
           text = "Is there anyone who can't get out on their own, or anyone still on that floor?" }

question { id = "q_trapped", kind = "closed", fact = "trapped", field = "trapped",
           text = "Is anyone inside the lift now and unable to get out? How many people?" }
question { id = "q_unwell", kind = "closed", fact = "trapped_unwell", field = "unwell",
           text = "Is anyone in the lift hurt, or unwell, or finding it hard to breathe?" }

question { id = "q_intruder_now", kind = "closed", fact = "intruder_now", field = "intruder_now",
           text = "Are they still there now? Where exactly?" }
question { id = "q_intruder_doing", kind = "closed", fact = "intruder_crime", field = "intruder_crime",
           text = "What are they doing? Are they breaking in, damaging anything or taking anything?" }
question { id = "q_weapons", kind = "closed", fact = "weapons", field = "weapons",
           text = "Have you seen anything in their hands: a knife, a bar, anything that could be used as a weapon?" }
question { id = "q_description", kind = "open", fact = "suspect", field = "suspect",
           text = "Describe them to me: what they look like, what they're wearing, and which way they're going." }

question { id = "q_conscious", kind = "closed", fact = "conscious", field = "conscious",
           text = "Is the person awake? Do they answer you when you talk to them?" }
question { id = "q_breathing", kind = "closed", fact = "breathing", field = "breathing",
           text = "Is the person breathing normally? Watch their chest for ten seconds and tell me." }
question { id = "q_serious", kind = "closed", fact = "serious_injury", field = "serious",
           text = "Is there any chest pain, heavy bleeding or a head injury? Did they fall from a height?" }

question { id = "q_electrics", kind = "closed", fact = "electrics", field = "electrics",
           text = "Is the water near any sockets, lights, cables or equipment? Has anything gone off, flickered or started buzzing?" }
question { id = "q_power_extent", kind = "closed", fact = "power_extent", field = "power_extent",
           text = "Is it just your room, your whole building, or are other buildings dark as well?" }

question { id = "q_danger", kind = "closed", fact = "danger", field = "danger",
           text = "Is anyone hurt, or in danger, right now?" }

question { id = "q_complaint_incident", kind = "closed", fact = "complaint_incident", field = "complaint_incident",
           text = "So I can find it on our log: what happened, where, and on which day and at what time?" }
question { id = "q_complaint_harm", kind = "closed", fact = "complaint_harm", field = "complaint_harm",
           text = "Was anyone hurt, or put at risk, because of the way it was handled?" }
question { id = "q_complaint_wants", kind = "closed", fact = "complaint_wants", field = "complaint_wants",
           text = "What would you like to happen as a result of your complaint?" }

------------------------------------------------------------------------------------------
-- Standard phrases.
------------------------------------------------------------------------------------------
phrase { id = "reassure", kind = "reassure",
         text = "I'm here with you and help is being sent. Stay on the line with me." }
phrase { id = "reassure_coming", kind = "reassure",
         text = "Someone is on their way to you right now. You're doing really well." }
phrase { id = "reassure_child", kind = "reassure",
         text = "You're being really brave, and you're doing everything right. I'm going to stay on the phone with you the whole time." }
phrase { id = "control", kind = "control",
         text = "I need you to listen to me and answer my questions. Answering them won't slow anything down." }
phrase { id = "control_simple", kind = "control",
         text = "Slowly. Short answers are fine. I am listening. Help is coming." }
phrase { id = "keep_line_open", kind = "control",
         text = "Stay where you are and keep this line open. I'm not going anywhere." }
phrase { id = "acknowledge", kind = "reassure",
         text = "I'm sorry for what happened, and I can hear how upsetting it was. I'm listening, and I'll make sure your complaint is properly looked into." }
phrase { id = "repeat_back", kind = "repeat_back",
         text = "Let me read that back to you to make sure I've got it right." }
phrase { id = "next_steps", kind = "next_steps",
         text = "Here's what happens next: help is on its way to you. When they get there, show them where to go if it's safe." }
phrase { id = "close_call", kind = "next_steps",
         text = "I'm going to end the call now. If anything changes, ring this number again straight away." }

------------------------------------------------------------------------------------------
-- Advice. Required, permitted or forbidden depending on the outcome.
------------------------------------------------------------------------------------------
-- fire alarm
advice { id = "evacuate_floor", text = "Leave the building now by the nearest stairs and take everyone near you with you. Don't use the lifts." }
advice { id = "tell_marshal", text = "When you're out, find the fire marshal in the yellow jacket at the assembly point and tell them what you saw, and where anyone still inside is." }
advice { id = "close_doors", text = "Close the doors behind you as you go, if you can do it on your way out." }
advice { id = "tackle_fire", text = "Go back and try to put it out with the extinguisher." }                          -- forbidden
advice { id = "use_lift", text = "Use the lift to get someone who can't manage the stairs down and out." }            -- forbidden
advice { id = "reset_alarm", text = "Silence or reset the alarm at the panel." }                                      -- forbidden
-- lifts
advice { id = "stay_in_lift", text = "Stay inside the lift and keep back from the doors. You're safe in there: the lift can't fall, and there is plenty of air." }
advice { id = "keep_talking", text = "Keep talking to the person with you, and tell me straight away if they stop answering you or their breathing changes." }
advice { id = "force_doors", text = "Try to prise the doors open and climb out." }                                    -- forbidden
-- security
advice { id = "keep_safe", text = "Don't go near them or challenge them. Stay where you are, lock the door if you can, and keep this line open." }
advice { id = "watch_safely", text = "Only if they can't see you, keep watching and tell me where they go." }
advice { id = "preserve_scene", text = "Don't touch anything they may have touched, so it can be checked for evidence." }
advice { id = "challenge", text = "Go and challenge them and ask what they're doing here." }                           -- forbidden
-- medical
advice { id = "keep_still", text = "Keep them still and warm with a coat, and don't move them unless they are in danger where they are." }
advice { id = "recovery_position", text = "Roll them onto their side, tilt the head back and lift the chin so they can breathe." }
advice { id = "check_breathing", text = "Keep watching their breathing and tell me straight away if it changes or stops." }
advice { id = "cpr", text = "Push hard and fast in the centre of the chest, twice a second. I'll count with you. Don't stop until the first-aider takes over." }
advice { id = "guide_in", text = "If someone else is with you, send them to the entrance to show the first-aider and the ambulance the way." }
advice { id = "move_injured", text = "Help them up, sit them up, or move them somewhere more comfortable." }              -- forbidden
advice { id = "give_drink", text = "Give them a drink of water or something to eat." }                               -- forbidden
advice { id = "drive_hospital", text = "Put them in a car and take them to the hospital yourselves; it will be quicker." } -- forbidden
-- utilities
advice { id = "stay_clear", text = "Keep yourself and everyone else out of the water, and away from anything electrical near it." }
advice { id = "leave_area", text = "Leave the area now and take everyone with you. Don't go back in for equipment or belongings." }
advice { id = "gas_safety", text = "Don't use any light switches, phones or anything electrical in there. Open the doors and windows if you can on your way out, and leave the room." }
advice { id = "power_safety", text = "Stay where you are until you can see, use your phone's torch, and don't use the lifts until the power is back." }
advice { id = "touch_electrics", text = "Switch the power off yourself at the sockets or the fuse board." }             -- forbidden
advice { id = "move_equipment", text = "Unplug the equipment and drag it out of the water." }                          -- forbidden
advice { id = "find_leak", text = "Look for where the smell is coming from and try to turn it off yourself." }         -- forbidden
-- general, false calls
advice { id = "helpdesk", text = "This isn't an emergency, so I've logged it for the Estates helpdesk, who open at eight in the morning." }
advice { id = "call_back", text = "If anything changes, or anyone is hurt or in danger, ring this number again straight away." }
advice { id = "warn_misuse", text = "False reports to Security take officers away from real emergencies. This call is recorded and will be reported to the police." }
-- complaints: never
advice { id = "admit_fault", text = "You're right, we got it wrong and it's our fault." }                             -- forbidden
advice { id = "promise_outcome", text = "I promise you the officer will be disciplined and you'll get compensation." } -- forbidden

------------------------------------------------------------------------------------------
-- Resources, what they must be told, and what they may be asked to do.
------------------------------------------------------------------------------------------
resource_type { id = "patrol",        name = "Security patrol officer" }
resource_type { id = "first_aider",   name = "First-aid trained officer (carries a defibrillator)" }
resource_type { id = "fire_team",     name = "Fire response team (fire marshals, evacuation chair)" }
resource_type { id = "maintenance",   name = "Estates maintenance technician" }
resource_type { id = "lift_engineer", name = "Lift contractor's on-call engineer" }

briefing_item { id = "location",       text = "Building, floor and room, and the best way in" }
briefing_item { id = "nature",         text = "What has happened, and its code" }
briefing_item { id = "persons",        text = "Who is involved: trapped, hurt, or needing help to get out, and where" }
briefing_item { id = "hazards",        text = "Known hazards: smoke, water, electrics, gas, weapons" }
briefing_item { id = "suspect",        text = "Description of the person and direction of travel" }
briefing_item { id = "caller_contact", text = "Caller's name and call-back number" }

task { id = "sweep_evacuate",   text = "Sweep the floor in alarm and the floors around it, and make sure everyone has left" }
task { id = "assist_refuge",    text = "Bring the person waiting at the refuge down the stairs with the evacuation chair" }
task { id = "investigate_alarm", text = "Go to the zone in alarm, find the cause and report back before anything is reset" }
task { id = "meet_services",    text = "Meet the emergency services at the main gate and guide them in" }
task { id = "release",          text = "Release the people trapped in the lift and make the lift safe" }
task { id = "reassure_trapped", text = "Go to the lift landing, talk to the people inside through the doors and keep them calm" }
task { id = "secure_lift",      text = "Take the lift out of use and put barriers at the landings" }
task { id = "observe_safely",   text = "Find and watch the person from a safe distance, with CCTV; do not challenge them" }
task { id = "check_person",     text = "Find the person with CCTV cover and check whether they have a reason to be on site" }
task { id = "take_report",      text = "Take the report, check the CCTV and secure the building" }
task { id = "resuscitate",      text = "Start CPR and use the defibrillator" }
task { id = "first_aid",        text = "Assess the casualty, give first aid and stay with them" }
task { id = "isolate",          text = "Isolate the supply (water, power or gas) and make the area safe" }
task { id = "cordon",           text = "Keep people out of the affected area" }
task { id = "restore",          text = "Find the fault, make it safe and restore the supply where it is safe to" }
task { id = "welfare_check",    text = "Find the person and check their safety and welfare" }

------------------------------------------------------------------------------------------
-- Escalation levels and outside organisations. 999 is a voice call to the service itself.
------------------------------------------------------------------------------------------
level { id = "shift_supervisor", name = "Security shift supervisor" }
level { id = "duty_manager",     name = "Campus duty manager (on call)" }

organisation { id = "fire_rescue",     name = "Fire and rescue service (999)",
               channels = { "voice" }, preferred = "voice" }
organisation { id = "ambulance",       name = "Ambulance service (999)",
               channels = { "voice" }, preferred = "voice" }
organisation { id = "police",          name = "Police (999 for a crime in progress; 101 or the online report otherwise)",
               channels = { "voice", "data" }, preferred = "voice" }
organisation { id = "lift_contractor", name = "Apex Lifts 24-hour service desk",
               channels = { "data", "voice" }, preferred = "data" }
organisation { id = "gas_emergency",   name = "National gas emergency line",
               channels = { "voice" }, preferred = "voice" }
organisation { id = "power_network",   name = "Electricity network operator control (power cuts: 105)",
               channels = { "voice", "data" }, preferred = "data" }

-- Words that mean nothing, or the wrong thing, to a caller.
jargon { "PIR", "zone 4B", "zone 5B", "L1", "L1 system", "CCTV op", "code red", "code blue", "AFA", "MCP",
         "RVP", "FRS", "DNO", "ETA", "entrapment", "PEEP", "casualty", "DM", "sitrep", "mobilised" }

------------------------------------------------------------------------------------------
-- Complaint procedure: a complaint or query about the handling of an earlier incident, taken
-- in this order on the call. The controller does not decide the complaint; the Security
-- Services Manager does, through the campus complaints procedure.
------------------------------------------------------------------------------------------
complaint_step { id = "acknowledge", order = 1,
  text = "Listen, acknowledge the complaint and apologise for the experience" }
complaint_step { id = "record", order = 2,
  text = "Record the complainant's details and the complaint, in their own words, on the complaints log" }
complaint_step { id = "check_log", order = 3,
  text = "Find the original incident on the control room log and check what it shows: times, decisions, who attended, officers' notes and CCTV" }
complaint_step { id = "explain", order = 4,
  text = "Explain what the log shows, factually and within the limits of the role: no admission of liability, "
      .. "no promise of an outcome, no blame on colleagues" }
complaint_step { id = "refer", order = 5,
  text = "Refer the complaint to the Security Services Manager through the campus complaints procedure, with the log reference" }
complaint_step { id = "agree_contact", order = 6,
  text = "Agree how and when the complainant will be contacted, and give them the complaint reference" }

------------------------------------------------------------------------------------------
-- The decision tree. Branches are tried in order; the first that matches is taken.
------------------------------------------------------------------------------------------
node { id = "n_start", ask = { "q_what" },
       branches = {
         { fact = "incident", equals = "complaint", go = "n_complaint" },
         { otherwise = true, go = "n_call" },
       } }

node { id = "n_complaint",
       ask = { "q_complaint_incident", "q_complaint_harm", "q_name", "q_callback", "q_complaint_wants" },
       outcome = "complaint" }

-- Every new incident: where, whether the caller is there (the challenge), who is calling.
node { id = "n_call",
       ask = { "q_where", "q_at_scene", "q_name", "q_callback", "q_role" },
       branches = {
         { fact = "at_scene", equals = "hoax", go = "n_hoax" },
         { fact = "incident", equals = "fire alarm", go = "n_alarm" },
         { fact = "incident", equals = "lift", go = "n_lift" },
         { fact = "incident", equals = "intruder", go = "n_intruder" },
         { fact = "incident", equals = "medical", go = "n_medical" },
         { fact = "incident", equals = "flood", go = "n_flood" },
         { fact = "incident", equals = "gas", go = "n_gas" },
         { fact = "incident", equals = "power cut", go = "n_power" },
         { otherwise = true, go = "n_general" },
       } }

-- Fire alarm: on this site everyone leaves on the alarm; smoke or fire seen makes it a
-- confirmed fire (999, and the duty manager decides on evacuating the rest of the building).
node { id = "n_alarm", ask = { "q_fire_signs", "q_people" },
       branches = {
         { fact = "fire_seen", equals = "yes", go = "n_fire_seen" },
         { otherwise = true, go = "n_fire_inv" },
       } }
node { id = "n_fire_seen",
       branches = {
         { fact = "people_at_risk", equals = "yes", go = "n_fire_persons" },
         { otherwise = true, go = "n_fire_conf" },
       } }
node { id = "n_fire_persons", outcome = "fire_persons" }
node { id = "n_fire_conf",    outcome = "fire_confirmed" }
node { id = "n_fire_inv",     outcome = "fire_investigate" }

-- Lifts
node { id = "n_lift", ask = { "q_trapped" },
       branches = {
         { fact = "trapped", equals = "yes", go = "n_lift_trapped" },
         { otherwise = true, go = "n_lift_fault" },
       } }
node { id = "n_lift_trapped", ask = { "q_unwell" },
       branches = {
         { fact = "trapped_unwell", equals = "yes", go = "n_lift_med" },
         { otherwise = true, go = "n_lift_ent" },
       } }
node { id = "n_lift_med",   outcome = "lift_medical" }
node { id = "n_lift_ent",   outcome = "lift_trapped" }
node { id = "n_lift_fault", outcome = "lift_fault" }

-- Intruders and suspicious persons
node { id = "n_intruder", ask = { "q_intruder_now", "q_weapons", "q_description" },
       branches = {
         { fact = "weapons", equals = "yes", go = "n_sec_weapons" },
         { fact = "intruder_now", equals = "no", go = "n_sec_report" },
         { otherwise = true, go = "n_intruder_now" },
       } }
node { id = "n_intruder_now", ask = { "q_intruder_doing" },
       branches = {
         { fact = "intruder_crime", equals = "yes", go = "n_sec_crime" },
         { otherwise = true, go = "n_sec_suspicious" },
       } }
node { id = "n_sec_weapons",    outcome = "intruder_weapons" }
node { id = "n_sec_crime",      outcome = "intruder_crime" }
node { id = "n_sec_suspicious", outcome = "intruder_suspicious" }
node { id = "n_sec_report",     outcome = "intruder_report" }

-- Medical: not breathing, or not sure, is treated as not breathing.
node { id = "n_medical", ask = { "q_conscious", "q_breathing" },
       branches = {
         { fact = "breathing", equals = "no", go = "n_med_arrest" },
         { fact = "conscious", equals = "yes", go = "n_med_awake" },
         { fact = "breathing", equals = "yes", go = "n_med_unc" },
         { otherwise = true, go = "n_med_arrest" },
       } }
node { id = "n_med_awake", ask = { "q_serious" },
       branches = {
         { fact = "serious_injury", equals = "yes", go = "n_med_serious" },
         { otherwise = true, go = "n_med_minor" },
       } }
node { id = "n_med_arrest",  outcome = "med_arrest" }
node { id = "n_med_unc",     outcome = "med_unconscious" }
node { id = "n_med_serious", outcome = "med_serious" }
node { id = "n_med_minor",   outcome = "med_minor" }

-- Floods, gas, power
node { id = "n_flood", ask = { "q_electrics" },
       branches = {
         { fact = "electrics", equals = "yes", go = "n_flood_elec" },
         { otherwise = true, go = "n_flood_only" },
       } }
node { id = "n_flood_elec", outcome = "flood_electrics" }
node { id = "n_flood_only", outcome = "flood" }
node { id = "n_gas", outcome = "gas" }
node { id = "n_power", ask = { "q_power_extent" },
       branches = {
         { fact = "power_extent", equals = "campus", go = "n_power_site" },
         { otherwise = true, go = "n_power_local" },
       } }
node { id = "n_power_site",  outcome = "power_site" }
node { id = "n_power_local", outcome = "power_local" }

-- Anything else
node { id = "n_general", ask = { "q_danger" },
       branches = {
         { fact = "danger", equals = "yes", go = "n_concern" },
         { otherwise = true, go = "n_advice" },
       } }
node { id = "n_concern", outcome = "concern" }
node { id = "n_advice",  outcome = "advice_only" }

-- False or malicious: challenged, the caller admits it or plainly is not there.
node { id = "n_hoax", outcome = "hoax" }

------------------------------------------------------------------------------------------
-- Outcomes.
------------------------------------------------------------------------------------------
outcome { id = "fire_persons", code = "FIRE-CONF-P", priority = "P1", validity = "genuine",
  resources = { fire_team = 1, patrol = 1 },
  briefing = { "location", "nature", "persons", "hazards" },
  tasks = { fire_team = { "sweep_evacuate", "assist_refuge" }, patrol = { "meet_services" } },
  advice = { "evacuate_floor", "tell_marshal" },
  permitted = { "close_doors", "call_back" },
  forbidden = { "tackle_fire", "use_lift", "reset_alarm" },
  notify = { { org = "fire_rescue", channel = "voice" } } }

outcome { id = "fire_confirmed", code = "FIRE-CONF", priority = "P1", validity = "genuine",
  resources = { fire_team = 1, patrol = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fire_team = { "sweep_evacuate" }, patrol = { "meet_services" } },
  advice = { "evacuate_floor", "tell_marshal" },
  permitted = { "close_doors", "call_back" },
  forbidden = { "tackle_fire", "use_lift", "reset_alarm" },
  notify = { { org = "fire_rescue", channel = "voice" } } }

outcome { id = "fire_investigate", code = "FIRE-INV", priority = "P1", validity = "genuine",
  resources = { fire_team = 1 },
  briefing = { "location", "nature" },
  tasks = { fire_team = { "investigate_alarm" } },
  advice = { "evacuate_floor" },
  permitted = { "close_doors", "tell_marshal", "call_back" },
  forbidden = { "tackle_fire", "use_lift", "reset_alarm" } }

outcome { id = "lift_medical", code = "LIFT-MED", priority = "P1", validity = "genuine",
  resources = { first_aider = 1, lift_engineer = 1 },
  briefing = { "location", "nature", "persons" },
  tasks = { first_aider = { "first_aid" }, lift_engineer = { "release" } },
  advice = { "stay_in_lift", "keep_talking" },
  permitted = { "call_back" },
  forbidden = { "force_doors" },
  notify = { { org = "fire_rescue", channel = "voice" }, { org = "ambulance", channel = "voice" } } }

outcome { id = "lift_trapped", code = "LIFT-ENT", priority = "P2", validity = "genuine",
  resources = { lift_engineer = 1, patrol = 1 },
  briefing = { "location", "nature", "persons" },
  tasks = { lift_engineer = { "release" }, patrol = { "reassure_trapped" } },
  advice = { "stay_in_lift" },
  permitted = { "keep_talking", "call_back" },
  forbidden = { "force_doors" } }

outcome { id = "lift_fault", code = "LIFT-FLT", priority = "P3", validity = "genuine",
  resources = { patrol = 1 },
  briefing = { "location", "nature" },
  tasks = { patrol = { "secure_lift" } },
  permitted = { "call_back" },
  forbidden = { "force_doors" },
  notify = { { org = "lift_contractor", channel = "data" } } }

outcome { id = "intruder_weapons", code = "SEC-WPN", priority = "P1", validity = "genuine",
  resources = { patrol = 2 },
  briefing = { "location", "nature", "suspect", "hazards" },
  tasks = { patrol = { "observe_safely", "meet_services" } },
  advice = { "keep_safe" },
  permitted = { "watch_safely", "preserve_scene", "call_back" },
  forbidden = { "challenge" },
  notify = { { org = "police", channel = "voice" } } }

outcome { id = "intruder_crime", code = "SEC-INP", priority = "P1", validity = "genuine",
  resources = { patrol = 2 },
  briefing = { "location", "nature", "suspect" },
  tasks = { patrol = { "observe_safely", "meet_services" } },
  advice = { "keep_safe" },
  permitted = { "watch_safely", "preserve_scene", "call_back" },
  forbidden = { "challenge" },
  notify = { { org = "police", channel = "voice" } } }

outcome { id = "intruder_suspicious", code = "SEC-SUS", priority = "P2", validity = "genuine",
  resources = { patrol = 1 },
  briefing = { "location", "nature", "suspect" },
  tasks = { patrol = { "check_person" } },
  advice = { "keep_safe" },
  permitted = { "watch_safely", "call_back" },
  forbidden = { "challenge" } }

outcome { id = "intruder_report", code = "SEC-RPT", priority = "P3", validity = "genuine",
  resources = { patrol = 1 },
  briefing = { "location", "nature", "caller_contact" },
  tasks = { patrol = { "take_report" } },
  advice = { "preserve_scene" },
  permitted = { "call_back" },
  forbidden = { "challenge" },
  notify = { { org = "police", channel = "data" } } }

outcome { id = "med_arrest", code = "MED-ARR", priority = "P1", validity = "genuine",
  resources = { first_aider = 1, patrol = 1 },
  briefing = { "location", "nature", "persons" },
  tasks = { first_aider = { "resuscitate" }, patrol = { "meet_services" } },
  advice = { "cpr" },
  permitted = { "recovery_position", "check_breathing", "guide_in", "call_back" },
  forbidden = { "move_injured", "give_drink", "drive_hospital" },
  notify = { { org = "ambulance", channel = "voice" } } }

outcome { id = "med_unconscious", code = "MED-UNC", priority = "P1", validity = "genuine",
  resources = { first_aider = 1, patrol = 1 },
  briefing = { "location", "nature", "persons" },
  tasks = { first_aider = { "first_aid" }, patrol = { "meet_services" } },
  advice = { "recovery_position", "check_breathing" },
  permitted = { "guide_in", "call_back" },
  forbidden = { "move_injured", "give_drink", "drive_hospital" },
  notify = { { org = "ambulance", channel = "voice" } } }

outcome { id = "med_serious", code = "MED-SER", priority = "P1", validity = "genuine",
  resources = { first_aider = 1, patrol = 1 },
  briefing = { "location", "nature", "persons" },
  tasks = { first_aider = { "first_aid" }, patrol = { "meet_services" } },
  advice = { "keep_still" },
  permitted = { "check_breathing", "guide_in", "call_back" },
  forbidden = { "move_injured", "give_drink", "drive_hospital" },
  notify = { { org = "ambulance", channel = "voice" } } }

outcome { id = "med_minor", code = "MED-MIN", priority = "P2", validity = "genuine",
  resources = { first_aider = 1 },
  briefing = { "location", "nature", "persons" },
  tasks = { first_aider = { "first_aid" } },
  advice = { "keep_still" },
  permitted = { "guide_in", "call_back" },
  forbidden = { "move_injured" } }

outcome { id = "flood_electrics", code = "UTIL-FLE", priority = "P1", validity = "genuine",
  resources = { maintenance = 2, patrol = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { maintenance = { "isolate" }, patrol = { "cordon" } },
  advice = { "stay_clear", "leave_area" },
  permitted = { "call_back" },
  forbidden = { "touch_electrics", "move_equipment" },
  notify = { { org = "power_network", channel = "voice" } } }

outcome { id = "flood", code = "UTIL-FLD", priority = "P2", validity = "genuine",
  resources = { maintenance = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { maintenance = { "isolate" } },
  advice = { "stay_clear" },
  permitted = { "leave_area", "call_back" },
  forbidden = { "touch_electrics", "move_equipment" } }

outcome { id = "gas", code = "UTIL-GAS", priority = "P1", validity = "genuine",
  resources = { maintenance = 1, patrol = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { maintenance = { "isolate" }, patrol = { "cordon" } },
  advice = { "gas_safety", "leave_area" },
  permitted = { "call_back" },
  forbidden = { "touch_electrics", "find_leak" },
  notify = { { org = "gas_emergency", channel = "voice" } } }

outcome { id = "power_site", code = "UTIL-PWR-S", priority = "P2", validity = "genuine",
  resources = { maintenance = 1 },
  briefing = { "location", "nature" },
  tasks = { maintenance = { "restore" } },
  advice = { "power_safety" },
  permitted = { "call_back" },
  forbidden = { "touch_electrics" },
  notify = { { org = "power_network", channel = "data" } } }

outcome { id = "power_local", code = "UTIL-PWR", priority = "P3", validity = "genuine",
  resources = { maintenance = 1 },
  briefing = { "location", "nature" },
  tasks = { maintenance = { "restore" } },
  advice = { "power_safety" },
  permitted = { "call_back" },
  forbidden = { "touch_electrics" } }

outcome { id = "concern", code = "GEN-CON", priority = "P2", validity = "genuine",
  resources = { patrol = 1 },
  briefing = { "location", "nature", "caller_contact" },
  tasks = { patrol = { "welfare_check" } },
  advice = { "call_back" },
  permitted = { "keep_safe" },
  forbidden = { "challenge" } }

outcome { id = "advice_only", code = "GEN-ADV", priority = "P4", validity = "non_emergency",
  advice = { "helpdesk" },
  permitted = { "call_back" } }

outcome { id = "hoax", code = "HOAX", priority = "P4", validity = "hoax",
  advice = { "warn_misuse" },
  notify = { { org = "police", channel = "data" } } }

outcome { id = "complaint", code = "COMPLAINT", priority = "P4", validity = "genuine",
  complaint = true,
  forbidden = { "admit_fault", "promise_outcome" } }

------------------------------------------------------------------------------------------
-- Escalation: what goes beyond the controller's authority, and to whom.
------------------------------------------------------------------------------------------
-- Evacuating the rest of a building, closing it, cutting its power, locking the campus
-- down: the duty manager decides.
escalation { id = "fire_confirmed", fact = "fire_seen", equals = "yes",
             level = "duty_manager", within_s = 120 }
escalation { id = "weapons", fact = "weapons", equals = "yes",
             level = "duty_manager", within_s = 60 }
escalation { id = "gas_leak", fact = "incident", equals = "gas",
             level = "duty_manager", within_s = 180 }
escalation { id = "flood_electrics", fact = "electrics", equals = "yes",
             level = "duty_manager", within_s = 180 }
escalation { id = "power_site", fact = "power_extent", equals = "campus",
             level = "duty_manager", within_s = 300 }
-- People hurt or at risk on site, crime in progress, false and malicious calls: the shift
-- supervisor is told during the call.
escalation { id = "lift_unwell", fact = "trapped_unwell", equals = "yes",
             level = "shift_supervisor", within_s = 180 }
escalation { id = "casualty_serious", fact = "serious_injury", equals = "yes",
             level = "shift_supervisor", within_s = 180 }
escalation { id = "casualty_unconscious", fact = "conscious", equals = "no",
             level = "shift_supervisor", within_s = 180 }
escalation { id = "casualty_not_breathing", fact = "breathing", equals = "no",
             level = "shift_supervisor", within_s = 120 }
escalation { id = "crime_in_progress", fact = "intruder_crime", equals = "yes",
             level = "shift_supervisor", within_s = 180 }
escalation { id = "false_call", fact = "at_scene", equals = "hoax",
             level = "shift_supervisor", within_s = 300 }
escalation { id = "complaint_harm", fact = "complaint_harm", equals = "yes",
             level = "shift_supervisor", within_s = 180 }
