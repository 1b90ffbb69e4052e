-- Northshire Combined Control: the 999 call-handling procedure shared by police, fire and
-- ambulance call-takers. Pure declarations (docs/format.md); no functions.
--
-- Shape of a call: answer within 10 s, open question first ("Tell me exactly what has
-- happened"), then location, caller position (which is also where a hoax is challenged),
-- name and call-back number; then the questions of the incident's branch; then classify,
-- prioritise, set validity, dispatch, brief, task, advise, notify partners and escalate.
--
-- A call about an earlier incident (a complaint or a query about how it was handled) leaves
-- the 999 tree after the first question: the call-taker takes the complaint through the
-- complaint procedure (complaint_step, below) and sends nothing.
--
-- 1.2.0 adds, without changing any earlier path:
-- * duplicate calls about a road collision already being dealt with: when the location matches
--   an open incident, the call-taker asks whether crews are already there and whether there
--   is a casualty they do not know about; the same collision with nothing new is linked to
--   the open incident (DUP, validity "duplicate") and nothing more is sent; a casualty the
--   crews do not know about adds an ambulance (DUP-ADD);
-- * callers with little English: the telephone interpreting service is conferenced in, and
--   must be, on the fire calls in homes (see the note at "Interpreting" below);
-- * plain words for children and callers with little English: phrases, the "find_address"
--   advice (a child who does not know the house number reads it from the door), and two more
--   jargon words.

procedure {
  id = "emergency",
  version = "1.2.0",
  title = "Combined emergency control room: 999 call handling",
  organisation = "Northshire Combined Control",
  root = "n_start",
  answer_target_s = 10,   -- published answer standard: 90% of 999 calls within 10 s
  pass_percent = 75,
}

------------------------------------------------------------------------------------------
-- Priorities (grading). Dispatch targets run from the moment the call is answered.
------------------------------------------------------------------------------------------
priority { id = "P1", label = "Immediate", dispatch_target_s = 120 }
priority { id = "P2", label = "Urgent", dispatch_target_s = 600 }
priority { id = "P3", label = "Routine", dispatch_target_s = 3600 }
priority { id = "P4", label = "Advice / no attendance" }

------------------------------------------------------------------------------------------
-- Incident codes (standard wording used on the log and to crews).
------------------------------------------------------------------------------------------
code { id = "FIRE-PR",   text = "Fire in a building, persons reported" }
code { id = "FIRE-DW",   text = "Fire in a dwelling, no persons reported" }
code { id = "FIRE-BLD",  text = "Fire in a non-domestic building, no persons reported" }
code { id = "FIRE-VEH",  text = "Vehicle fire" }
code { id = "FIRE-OUT",  text = "Outdoor fire (refuse, grass, hedge)" }
code { id = "RTC-TRAP",  text = "Road traffic collision, persons trapped" }
code { id = "RTC-SERF",  text = "Road traffic collision, serious injuries, fuel leak" }
code { id = "RTC-SER",   text = "Road traffic collision, serious injuries" }
code { id = "RTC-MINF",  text = "Road traffic collision, minor injuries, fuel leak" }
code { id = "RTC-MIN",   text = "Road traffic collision, minor injuries" }
code { id = "RTC-HAZ",   text = "Road traffic collision, no injuries, fuel or other hazard" }
code { id = "RTC-OBS",   text = "Road traffic collision, no injuries, road obstructed" }
code { id = "RTC-DAM",   text = "Road traffic collision, damage only" }
code { id = "MED-ARR",   text = "Medical: not breathing, cardiac or respiratory arrest" }
code { id = "MED-UNC",   text = "Medical: unconscious, breathing" }
code { id = "MED-CHEST", text = "Medical: chest pain, suspected heart attack" }
code { id = "MED-GEN",   text = "Medical: conscious patient, illness or injury" }
code { id = "CRIME-WPN", text = "Crime in progress, weapons seen" }
code { id = "CRIME-NOW", text = "Crime in progress" }
code { id = "CRIME-REC", text = "Crime just occurred, offenders gone" }
code { id = "CRIME-RPT", text = "Crime report, not in progress" }
code { id = "CONCERN",   text = "Concern for safety" }
code { id = "NON-EMG",   text = "Non-emergency: advice given, referred, no attendance" }
code { id = "HOAX",      text = "Hoax or malicious call" }
code { id = "COMPLAINT", text = "Complaint or query about the handling of an earlier incident" }
code { id = "DUP",       text = "Duplicate call: an incident already being dealt with; linked to the open incident, no further attendance" }
code { id = "DUP-ADD",   text = "Linked call with new information: a casualty the crews at the open incident do not know about; response added" }

------------------------------------------------------------------------------------------
-- Facts: what the call-taker must establish. A fact with values is one the tree tests.
------------------------------------------------------------------------------------------
fact { id = "incident", text = "What kind of incident it is",
       values = { "fire", "collision", "medical", "crime", "nuisance", "other", "complaint" } }
fact { id = "address", text = "Where the incident is (address or road and landmark)" }
fact { id = "at_scene", text = "Whether the caller is with the incident (challenged for hoaxes)",
       values = { "yes", "no", "hoax" } }
fact { id = "caller_name", text = "The caller's name" }
fact { id = "callback", text = "The number to call the caller back on" }
fact { id = "caller_role", text = "How the caller is connected to the incident",
       values = { "occupier", "witness", "relative", "victim", "neighbour", "passer-by" } }

fact { id = "fire_type", text = "What is on fire",
       values = { "dwelling", "flat", "commercial", "vehicle", "outdoor" } }
fact { id = "persons_reported", text = "Whether anyone is still inside", values = { "yes", "no" } }
fact { id = "smoke", text = "How much smoke there is and whether it is spreading", values = { "light", "heavy" } }

fact { id = "casualties", text = "How many people are hurt (a number)" }
fact { id = "injuries", text = "How badly people are hurt", values = { "none", "minor", "serious" } }
fact { id = "trapped", text = "Whether anyone is trapped in a vehicle", values = { "yes", "no" } }
fact { id = "fuel_leak", text = "Whether fuel is leaking or a vehicle is smoking", values = { "yes", "no" } }
fact { id = "road_blocked", text = "Whether the road is blocked", values = { "yes", "no" } }

fact { id = "patient_age", text = "The patient's age" }
fact { id = "conscious", text = "Whether the patient is conscious", values = { "yes", "no" } }
fact { id = "breathing", text = "Whether the patient is breathing normally", values = { "yes", "no" } }
fact { id = "chest_pain", text = "Whether a conscious patient has chest pain (or pain spreading to arm, neck or jaw)",
       values = { "yes", "no" } }

fact { id = "crime_timing", text = "Whether the crime is happening now",
       values = { "in progress", "just happened", "earlier" } }
fact { id = "weapons", text = "Whether any weapon has been seen", values = { "yes", "no" } }
fact { id = "suspects", text = "Description of the people responsible and where they went" }

fact { id = "danger", text = "Whether anyone is hurt or in danger right now", values = { "yes", "no" } }

-- Follow-up calls: complaints and queries about an earlier incident
fact { id = "complaint_incident", text = "Which earlier incident the complaint is about (address, date and time)" }
fact { id = "complaint_harm", text = "Whether the complaint alleges that someone was harmed by how the incident was handled",
       values = { "yes", "no" } }
fact { id = "complaint_wants", text = "What the complainant wants to happen as a result of the complaint" }

-- Duplicate calls: whether this is an incident already being dealt with, and whether the
-- caller knows something its crews do not
fact { id = "already_reported", text = "Whether the incident is one already reported and being dealt with (crews there or on their way)",
       values = { "yes", "no" } }
fact { id = "new_casualty", text = "Whether the caller has found a casualty that the crews at the open incident do not know about",
       values = { "yes", "no" } }

-- A caller with little English
fact { id = "interpreter", text = "Whether the caller needs an interpreter to be understood (little or no English)",
       values = { "yes", "no" } }

------------------------------------------------------------------------------------------
-- Log fields. Each records one fact; the scorer compares it with what the caller said.
------------------------------------------------------------------------------------------
field { id = "location",        label = "Location",                          fact = "address" }
field { id = "nature",          label = "Nature of incident",                fact = "incident" }
field { id = "caller_name",     label = "Caller name",                       fact = "caller_name" }
field { id = "callback",        label = "Call-back number",                  fact = "callback" }
field { id = "caller_position", label = "Caller with incident / challenge",  fact = "at_scene" }
field { id = "caller_role",     label = "Caller's connection",               fact = "caller_role" }
field { id = "property",        label = "Property / what is on fire",        fact = "fire_type" }
field { id = "persons",         label = "Persons inside",                    fact = "persons_reported" }
field { id = "smoke",           label = "Smoke and fire spread",             fact = "smoke" }
field { id = "casualties",      label = "Persons involved: number of casualties", fact = "casualties" }
field { id = "injuries",        label = "Injuries",                          fact = "injuries" }
field { id = "trapped",         label = "Persons trapped",                   fact = "trapped" }
field { id = "hazards",         label = "Hazards (fuel, smoke from vehicles)", fact = "fuel_leak" }
field { id = "road",            label = "Road blocked",                      fact = "road_blocked" }
field { id = "patient",         label = "Patient age",                       fact = "patient_age" }
field { id = "conscious",       label = "Conscious",                         fact = "conscious" }
field { id = "breathing",       label = "Breathing normally",                fact = "breathing" }
field { id = "chest_pain",      label = "Chest pain",                        fact = "chest_pain" }
field { id = "crime_timing",    label = "Crime: when",                       fact = "crime_timing" }
field { id = "weapons",         label = "Weapons",                           fact = "weapons" }
field { id = "suspects",        label = "Suspects / direction of travel",    fact = "suspects" }
field { id = "danger",          label = "Anyone hurt or in danger now",      fact = "danger" }
field { id = "complaint_incident", label = "Complaint: original incident (address, date, time)", fact = "complaint_incident" }
field { id = "complaint_harm",  label = "Complaint: harm alleged",           fact = "complaint_harm" }
field { id = "complaint_wants", label = "Complaint: outcome wanted",         fact = "complaint_wants" }
field { id = "reported",        label = "Already reported / crews at scene", fact = "already_reported" }
field { id = "new_casualty",    label = "New casualty not known to crews",   fact = "new_casualty" }
field { id = "language",        label = "Language / interpreter needed",     fact = "interpreter" }

------------------------------------------------------------------------------------------
-- Questions. Open questions first; closed questions narrow down.
------------------------------------------------------------------------------------------
question { id = "q_what", kind = "open", fact = "incident", field = "nature",
           text = "Tell me exactly what has happened." }
question { id = "q_address", kind = "closed", fact = "address", field = "location",
           text = "What is the address of the emergency? Give me the house number, street and town, or the road and the nearest landmark." }
question { id = "q_at_scene", kind = "closed", fact = "at_scene", field = "caller_position",
           text = "Are you there with it now? Can you see it from where you are?" }
question { id = "q_name", kind = "closed", fact = "caller_name", field = "caller_name",
           text = "Can I take your name, please?" }
question { id = "q_callback", kind = "closed", fact = "callback", field = "callback",
           text = "What number are you calling from, in case we get cut off?" }
question { id = "q_role", kind = "closed", fact = "caller_role", field = "caller_role",
           text = "Is it your home, or are you a neighbour, a relative or someone passing?" }

question { id = "q_fire_type", kind = "open", fact = "fire_type", field = "property",
           text = "What is on fire? Describe the building or whatever is burning." }
question { id = "q_persons", kind = "closed", fact = "persons_reported", field = "persons",
           text = "Is anyone still inside? Who, and where are they?" }
question { id = "q_smoke", kind = "closed", fact = "smoke", field = "smoke",
           text = "Can you see smoke or flames? Which windows, and is it spreading?" }

question { id = "q_casualties", kind = "closed", fact = "casualties", field = "casualties",
           text = "How many people are hurt?" }
question { id = "q_injuries", kind = "open", fact = "injuries", field = "injuries",
           text = "Tell me about their injuries. What can you see?" }
question { id = "q_trapped", kind = "closed", fact = "trapped", field = "trapped",
           text = "Is anyone stuck inside a vehicle and unable to get out?" }
question { id = "q_fuel", kind = "closed", fact = "fuel_leak", field = "hazards",
           text = "Can you see or smell any fuel leaking, or any smoke from the vehicles?" }
question { id = "q_blocked", kind = "closed", fact = "road_blocked", field = "road",
           text = "Is the road blocked? Can traffic still get past?" }

question { id = "q_age", kind = "closed", fact = "patient_age", field = "patient",
           text = "How old is the patient?" }
question { id = "q_conscious", kind = "closed", fact = "conscious", field = "conscious",
           text = "Is the patient awake? Do they answer you if you speak to them?" }
question { id = "q_breathing", kind = "closed", fact = "breathing", field = "breathing",
           text = "Is the patient breathing normally? Look at the chest and listen for ten seconds." }
question { id = "q_chest_pain", kind = "closed", fact = "chest_pain", field = "chest_pain",
           text = "Does the patient have any pain or tightness in the chest, or pain spreading to the arm, neck or jaw?" }

question { id = "q_crime_when", kind = "closed", fact = "crime_timing", field = "crime_timing",
           text = "Is it happening right now, or has it just happened?" }
question { id = "q_weapons", kind = "closed", fact = "weapons", field = "weapons",
           text = "Have you seen any weapons: a knife, a gun, a bat, anything?" }
question { id = "q_suspects", kind = "open", fact = "suspects", field = "suspects",
           text = "Describe the people involved to me: what they look like, what they are wearing, and which way they went." }

question { id = "q_danger", kind = "closed", fact = "danger", field = "danger",
           text = "Is anyone hurt, or in danger, right now?" }

question { id = "q_complaint_incident", kind = "closed", fact = "complaint_incident", field = "complaint_incident",
           text = "So that I can find it on our log: what was the address, and what day and time did you call?" }
question { id = "q_complaint_harm", kind = "closed", fact = "complaint_harm", field = "complaint_harm",
           text = "Was anyone hurt, or made worse, by what happened?" }
question { id = "q_complaint_wants", kind = "open", fact = "complaint_wants", field = "complaint_wants",
           text = "What would you like to happen as a result of your complaint?" }

-- Asked when the location matches an incident already open on the system.
question { id = "q_reported", kind = "closed", fact = "already_reported", field = "reported",
           text = "Are police, fire or ambulance already there with you, or on their way? Has anyone told you they have called us?" }
question { id = "q_new_casualty", kind = "closed", fact = "new_casualty", field = "new_casualty",
           text = "Is there anyone hurt that the crews there may not have seen: someone thrown clear, in a hedge or a ditch, or who has walked away?" }

question { id = "q_language", kind = "closed", fact = "interpreter", field = "language",
           text = "Which language do you speak? I can get an interpreter on the phone for you." }

------------------------------------------------------------------------------------------
-- Standard phrases.
------------------------------------------------------------------------------------------
phrase { id = "reassure", kind = "reassure",
         text = "Help is being arranged right now. You're doing really well. Stay on the line with me." }
phrase { id = "reassure_coming", kind = "reassure",
         text = "They're on their way to you now, and I'm staying on the line with you until they get there." }
phrase { id = "reassure_listen", kind = "reassure",
         text = "I understand, and I am going to help you with this. Let's go through it together." }
phrase { id = "acknowledge", kind = "reassure",
         text = "I'm sorry for what you and your family have been through, and I can hear how upsetting it has been. I'm listening, and I'm going to make sure your complaint is properly looked into." }
phrase { id = "control", kind = "control",
         text = "I need you to listen to me carefully and answer my questions. Answering them does not delay help." }
phrase { id = "control_breathe", kind = "control",
         text = "Take a slow breath for me. I'm here, I'm going to help you, and I need you to stay with me." }
phrase { id = "repeat_back", kind = "repeat_back",
         text = "Let me read that back to you to make sure I have it right." }
phrase { id = "next_steps", kind = "next_steps",
         text = "Here's what happens next: help is on the way. When they arrive, show them where to go if it's safe to do so." }
phrase { id = "next_steps_refer", kind = "next_steps",
         text = "Here's what happens next: I'm passing this to the people who deal with it, and I'll tell you how to contact them." }
-- For a child, and for a caller with little English: short sentences, everyday words.
phrase { id = "reassure_child", kind = "reassure",
         text = "You're being really brave, and you're doing everything right. I'm going to stay on the phone with you the whole time." }
phrase { id = "control_child", kind = "control",
         text = "I need you to be my helper. Listen carefully, and do just what I say, one thing at a time." }
phrase { id = "hold_interpreter", kind = "reassure",
         text = "Help is coming. Stay on the phone. I am getting a person who speaks your language." }
phrase { id = "next_steps_linked", kind = "next_steps",
         text = "We already know about this, and help is there with them. I've added what you've told me to that report, and the crews will be told." }
phrase { id = "close_call", kind = "next_steps",
         text = "I'm going to end the call now. If anything changes, call 999 again straight away." }

------------------------------------------------------------------------------------------
-- Advice a call-taker may give. Whether it is required, permitted or forbidden depends on
-- the outcome (see the outcomes below).
------------------------------------------------------------------------------------------
-- fire
advice { id = "get_out", text = "Get everyone out of the building now, close the doors behind you if you can, and stay out." }
advice { id = "dont_go_back", text = "Do not go back inside for anyone or anything. Tell the firefighters who is inside and exactly where." }
advice { id = "stay_low", text = "If you are caught in smoke, keep low, where the air is clearer." }
advice { id = "meet_crew", text = "When the crews arrive, go to them and tell them where the person is." }
advice { id = "keep_clear", text = "Keep well back, at least fifty metres, and keep other people away." }
advice { id = "go_back_in", text = "Go back inside to fetch belongings, pets or documents." }       -- forbidden
advice { id = "tackle_fire", text = "Try to put the fire out yourself with water or an extinguisher." } -- forbidden
-- road
advice { id = "stay_safe_road", text = "Keep yourself safe: stay off the carriageway, behind the barrier or on the verge, away from traffic." }
advice { id = "no_smoking", text = "Keep everyone away from the leaking fuel. No smoking and no naked flames anywhere near it." }
advice { id = "hazard_lights", text = "If you can do it safely, put your hazard warning lights on." }
advice { id = "exchange_details", text = "Exchange names, addresses and insurance details with the other driver. If you cannot, report it to the police within 24 hours." }
advice { id = "move_injured", text = "Move the injured person, or lift them out of the car or up off the floor." } -- forbidden
advice { id = "give_drink", text = "Give them something to eat or drink, water, tea or a drop of brandy." }      -- forbidden
advice { id = "keep_still_warm", text = "Keep the injured person still and warm with a coat or blanket, and keep talking to them." }
-- medical
advice { id = "recovery_position", text = "Roll them onto their side, tilt the head back and lift the chin so they can breathe." }
advice { id = "check_breathing", text = "Keep watching their breathing and tell me straight away if it changes or stops." }
advice { id = "cpr", text = "Push hard and fast in the centre of the chest, twice a second. I will count with you. Don't stop until the crew takes over." }
advice { id = "unlock_door", text = "If someone else is there, ask them to unlock the front door and put the outside light on." }
advice { id = "find_address", text = "If you can do it safely, go to the front door, or find a letter on the mat, and read me the number on it." }
advice { id = "rest_still", text = "Sit him down somewhere comfortable and keep him resting. Don't let him walk about, climb stairs or go outside." }
advice { id = "aspirin", text = "If he is not allergic to aspirin and has not been told not to take it, he can slowly chew one 300 mg aspirin tablet." }
advice { id = "drive_hospital", text = "Put him in the car and drive him to the hospital yourself; it will be quicker." } -- forbidden
-- crime
advice { id = "keep_safe_crime", text = "Keep yourself safe: don't approach them or challenge them. Lock the door and stay inside if you can." }
advice { id = "watch_safely", text = "Only if it is safe, keep watching and tell me which way they go." }
advice { id = "preserve_scene", text = "Don't touch anything they may have touched, so officers can look for evidence." }
advice { id = "confront", text = "Go out and confront them, or follow them." }                      -- forbidden
-- non-emergency and hoax
advice { id = "use_101", text = "999 is for when life or property is in danger right now. For this, call 101 or report it online." }
advice { id = "refer_council", text = "Noise and nuisance are dealt with by the council's out-of-hours team; I am passing your report to them." }
advice { id = "call_back", text = "If anyone is threatened or hurt, or it gets worse, call 999 again straight away." }
advice { id = "warn_misuse", text = "Making a hoax call to 999 is a criminal offence. It can stop help reaching someone whose life is in danger." }
-- complaints: what a call-taker must never say (the limits of the role)
advice { id = "admit_fault", text = "You're right, we got this wrong. It's our fault she was hurt." }                      -- forbidden
advice { id = "promise_outcome", text = "I promise you someone will be disciplined for this, and you'll get compensation." } -- forbidden

------------------------------------------------------------------------------------------
-- Resources, what a crew must be told, and what it may be asked to do.
------------------------------------------------------------------------------------------
resource_type { id = "fire_engine",    name = "Fire engine (pump)" }
resource_type { id = "ambulance",      name = "Emergency ambulance" }
resource_type { id = "rapid_response", name = "Paramedic rapid response car" }
resource_type { id = "police_car",     name = "Police response car" }

briefing_item { id = "location",         text = "Exact location and the best approach" }
briefing_item { id = "nature",           text = "Nature of the incident and its code" }
briefing_item { id = "persons_reported", text = "Persons reported inside: who, and where" }
briefing_item { id = "casualties",       text = "Number of casualties and their injuries" }
briefing_item { id = "hazards",          text = "Known hazards: smoke, fuel, gas, traffic" }
briefing_item { id = "patient",          text = "Patient's age and condition" }
briefing_item { id = "weapons",          text = "Weapons seen" }
briefing_item { id = "suspects",         text = "Description of suspects and direction of travel" }
briefing_item { id = "caller_contact",   text = "Caller's name and call-back number" }

task { id = "firefighting",  text = "Extinguish the fire and stop it spreading" }
task { id = "search_rescue", text = "Search for and rescue the persons reported" }
task { id = "extrication",   text = "Release the trapped casualties" }
task { id = "make_safe",     text = "Make the scene safe: contain fuel, isolate hazards" }
task { id = "treat",         text = "Assess, treat and take casualties to hospital" }
task { id = "resuscitate",   text = "Resuscitate the patient" }
task { id = "road_closure",  text = "Close the road and manage the traffic" }
task { id = "scene_safety",  text = "Protect the scene and the public" }
task { id = "arrest",        text = "Locate and detain the suspects" }
task { id = "investigate",   text = "Take the report and investigate" }
task { id = "welfare_check", text = "Check the safety and welfare of the people involved" }

------------------------------------------------------------------------------------------
-- Escalation levels and partner organisations.
------------------------------------------------------------------------------------------
level { id = "supervisor",        name = "Control room supervisor" }
level { id = "duty_officer",      name = "Fire service duty officer" }
level { id = "duty_inspector",    name = "Police duty inspector" }
level { id = "silver",            name = "Tactical (silver) commander" }
level { id = "clinical_advisor",  name = "Ambulance clinical advisor" }

organisation { id = "gas",             name = "Gas network emergency line",
               channels = { "voice", "data" }, preferred = "voice" }
organisation { id = "highways",        name = "Highways authority regional control centre",
               channels = { "voice", "data" }, preferred = "voice" }
organisation { id = "electricity",     name = "Electricity network operator control",
               channels = { "voice", "data" }, preferred = "voice" }
organisation { id = "local_authority", name = "Northshire Council out-of-hours service",
               channels = { "voice", "data" }, preferred = "data" }
organisation { id = "hospital",        name = "Northshire General Hospital emergency department",
               channels = { "voice", "data" }, preferred = "voice" }
organisation { id = "telecoms",        name = "Telephone network operator, malicious calls bureau",
               channels = { "voice", "data" }, preferred = "data" }
-- Interpreting: the telephone interpreting service is joined to the call (three-way, voice
-- only), day or night, for a caller who cannot be understood in English.
organisation { id = "interpreter",     name = "Telephone interpreting service (three-way call)",
               channels = { "voice" }, preferred = "voice" }

-- Words that mean nothing, or the wrong thing, to a member of the public.
jargon { "ETA", "appliance", "appliances", "RTC", "RTA", "triage", "DOA", "persons reported",
         "Cat 1", "Cat 2", "PDA", "mobilise", "mobilised", "informative message", "FSG", "resus",
         "GCS", "obs", "IC1", "stop message", "casualty", "unresponsive" }

------------------------------------------------------------------------------------------
-- The complaint procedure: every complaint or query about the handling of an earlier
-- incident, taken in this order, on the call. The call-taker does not investigate fault or
-- decide the complaint; the complaints team does. A complaint that alleges harm is also
-- reported to the control room supervisor during the call (escalation rule below).
------------------------------------------------------------------------------------------
complaint_step { id = "acknowledge", order = 1,
  text = "Listen, acknowledge the complaint and say sorry for what the complainant has been through" }
complaint_step { id = "record", order = 2,
  text = "Record the complainant's details and the complaint, in their own words, in the complaints log" }
complaint_step { id = "investigate", order = 3,
  text = "Find the original incident on the incident log and check what it shows: times, grading, resources and updates" }
complaint_step { id = "respond", order = 4,
  text = "Explain what the log shows, factually and within the limits of the role: no admission of fault or liability, "
      .. "no promise about the outcome, no blame on crews or colleagues" }
complaint_step { id = "refer", order = 5,
  text = "Explain the formal complaints route and refer the complaint to the complaints team, with the log reference" }
complaint_step { id = "follow_up", order = 6,
  text = "Agree how and when the complainant will be contacted, and give them the complaint reference" }

------------------------------------------------------------------------------------------
-- The decision tree. Branches are tried in order; the first that matches is taken.
------------------------------------------------------------------------------------------
-- Every call starts with the open question. A follow-up call about an earlier incident goes
-- to the complaint procedure; everything else is a new incident.
node { id = "n_start", ask = { "q_what" },
       branches = {
         { fact = "incident", equals = "complaint", go = "n_complaint" },
         { otherwise = true, go = "n_call" },
       } }

-- Complaint or query about an earlier incident: who is complaining, about which incident,
-- whether harm is alleged, and what they want. Nothing is sent.
node { id = "n_complaint",
       ask = { "q_complaint_incident", "q_complaint_harm", "q_name", "q_callback", "q_complaint_wants" },
       outcome = "complaint" }

-- A new incident: where, whether the caller is with it (the hoax challenge), who is calling.
node { id = "n_call",
       ask = { "q_address", "q_at_scene", "q_name", "q_callback" },
       branches = {
         { fact = "at_scene", equals = "hoax", go = "n_hoax" },
         { fact = "incident", equals = "fire", go = "n_fire" },
         { fact = "incident", equals = "collision", go = "n_rtc" },
         { fact = "incident", equals = "medical", go = "n_medical" },
         { fact = "incident", equals = "crime", go = "n_crime" },
         { otherwise = true, go = "n_non_emergency" },   -- nuisance, other, not known
       } }

-- Fire
node { id = "n_fire", ask = { "q_fire_type", "q_persons", "q_smoke" },
       branches = {
         { fact = "fire_type", equals = "vehicle", go = "n_fire_vehicle" },
         { fact = "fire_type", equals = "outdoor", go = "n_fire_outdoor" },
         { fact = "persons_reported", equals = "yes", go = "n_fire_pr" },
         { fact = "fire_type", one_of = { "dwelling", "flat" }, go = "n_fire_dwelling" },
         { otherwise = true, go = "n_fire_building" },
       } }
-- Interpreting: a caller with little English is joined to the telephone interpreting
-- service. The organisations to inform come from the outcome, so the need is a branch at the
-- end of the path, for the fires in homes only so far; a branch on a fact not yet learned
-- is tested with `unknown` first, so calls where the question never came up are judged as
-- before. The interpreter's question is asked, or the caller's need is plain from her first
-- words.
node { id = "n_fire_pr",
       branches = {
         { fact = "interpreter", unknown = true, go = "n_fire_pr_direct" },
         { fact = "interpreter", equals = "yes", go = "n_fire_pr_interp" },
         { otherwise = true, go = "n_fire_pr_direct" },
       } }
node { id = "n_fire_dwelling",
       branches = {
         { fact = "interpreter", unknown = true, go = "n_fire_dwelling_direct" },
         { fact = "interpreter", equals = "yes", go = "n_fire_dwelling_interp" },
         { otherwise = true, go = "n_fire_dwelling_direct" },
       } }
node { id = "n_fire_pr_direct",       outcome = "fire_persons" }
node { id = "n_fire_pr_interp",       ask = { "q_language" }, outcome = "fire_persons_interp" }
node { id = "n_fire_dwelling_direct", outcome = "fire_dwelling" }
node { id = "n_fire_dwelling_interp", ask = { "q_language" }, outcome = "fire_dwelling_interp" }
node { id = "n_fire_building", outcome = "fire_building" }
node { id = "n_fire_vehicle",  outcome = "fire_vehicle" }
node { id = "n_fire_outdoor",  outcome = "fire_outdoor" }

-- Road traffic collision. When the location matches a collision already open on the system,
-- the call-taker asks whether crews are there (q_reported): a call about the same collision
-- with no casualty they do not know of is a duplicate, linked to the open incident, and
-- nothing more is sent; a casualty they have not seen adds an ambulance. When it never came
-- up (`unknown`), or the answer is no, the collision is assessed as a new incident.
node { id = "n_rtc", ask = { "q_casualties", "q_injuries", "q_trapped", "q_fuel", "q_blocked" },
       branches = {
         { fact = "already_reported", unknown = true, go = "n_rtc_new" },
         { fact = "already_reported", equals = "no", go = "n_rtc_new" },
         { otherwise = true, go = "n_rtc_reported" },
       } }
node { id = "n_rtc_reported", ask = { "q_reported", "q_new_casualty" },
       branches = {
         { fact = "new_casualty", equals = "yes", go = "n_rtc_linked_casualty" },
         { fact = "new_casualty", equals = "no", go = "n_rtc_duplicate" },
         { otherwise = true, go = "n_rtc_new" },          -- cannot say: assess it on its own facts
       } }
node { id = "n_rtc_duplicate",       outcome = "rtc_duplicate" }
node { id = "n_rtc_linked_casualty", outcome = "rtc_linked_casualty" }
node { id = "n_rtc_new",
       branches = {
         { fact = "trapped", equals = "yes", go = "n_rtc_trapped" },
         { fact = "injuries", equals = "serious", go = "n_rtc_serious" },
         { fact = "injuries", equals = "minor", go = "n_rtc_minor" },
         { fact = "injuries", equals = "none", go = "n_rtc_noinj" },
         { otherwise = true, go = "n_rtc_serious" },     -- injuries not known: assume the worst
       } }
node { id = "n_rtc_serious",
       branches = {
         { fact = "fuel_leak", equals = "yes", go = "n_rtc_serious_fuel" },
         { otherwise = true, go = "n_rtc_serious_only" },
       } }
node { id = "n_rtc_minor",
       branches = {
         { fact = "fuel_leak", equals = "yes", go = "n_rtc_minor_fuel" },
         { otherwise = true, go = "n_rtc_minor_only" },
       } }
node { id = "n_rtc_noinj",
       branches = {
         { fact = "fuel_leak", equals = "yes", go = "n_rtc_hazard" },
         { fact = "road_blocked", equals = "yes", go = "n_rtc_obstruction" },
         { otherwise = true, go = "n_rtc_damage" },
       } }
node { id = "n_rtc_trapped",      outcome = "rtc_trapped" }
node { id = "n_rtc_serious_fuel", outcome = "rtc_serious_fuel" }
node { id = "n_rtc_serious_only", outcome = "rtc_serious" }
node { id = "n_rtc_minor_fuel",   outcome = "rtc_minor_fuel" }
node { id = "n_rtc_minor_only",   outcome = "rtc_minor" }
node { id = "n_rtc_hazard",       outcome = "rtc_hazard" }
node { id = "n_rtc_obstruction",  outcome = "rtc_obstruction" }
node { id = "n_rtc_damage",       outcome = "rtc_damage" }

-- Medical
node { id = "n_medical", ask = { "q_age", "q_conscious", "q_breathing" },
       branches = {
         { fact = "conscious", equals = "yes", go = "n_med_conscious" },
         { fact = "breathing", equals = "yes", go = "n_med_unconscious" },
         { otherwise = true, go = "n_med_arrest" },      -- not breathing, or not sure: treat as arrest
       } }
-- Conscious: chest pain is treated as a heart attack until a clinician says otherwise.
node { id = "n_med_conscious", ask = { "q_chest_pain" },
       branches = {
         { fact = "chest_pain", equals = "yes", go = "n_med_chest" },
         { otherwise = true, go = "n_med_general" },
       } }
node { id = "n_med_arrest",      outcome = "med_arrest" }
node { id = "n_med_chest",       outcome = "med_chest" }
node { id = "n_med_unconscious", outcome = "med_unconscious" }
node { id = "n_med_general",     outcome = "med_general" }

-- Crime
node { id = "n_crime", ask = { "q_crime_when", "q_weapons", "q_suspects" },
       branches = {
         { fact = "weapons", equals = "yes", go = "n_crime_weapons" },
         { fact = "crime_timing", equals = "in progress", go = "n_crime_now" },
         { fact = "crime_timing", equals = "just happened", go = "n_crime_recent" },
         { otherwise = true, go = "n_crime_report" },
       } }
node { id = "n_crime_weapons", outcome = "crime_weapons" }
node { id = "n_crime_now",     outcome = "crime_now" }
node { id = "n_crime_recent",  outcome = "crime_recent" }
node { id = "n_crime_report",  outcome = "crime_report" }

-- Nuisance and anything else
node { id = "n_non_emergency", ask = { "q_danger" },
       branches = {
         { fact = "danger", equals = "yes", go = "n_concern" },
         { otherwise = true, go = "n_advice_only" },
       } }
node { id = "n_concern",     outcome = "concern" }
node { id = "n_advice_only", outcome = "advice_only" }

-- Hoax: the caller, challenged, admits it or is plainly not with any emergency
node { id = "n_hoax", outcome = "hoax" }

------------------------------------------------------------------------------------------
-- Outcomes.
------------------------------------------------------------------------------------------
outcome { id = "fire_persons", code = "FIRE-PR", priority = "P1", validity = "genuine",
  resources = { fire_engine = 2, ambulance = 1 },
  briefing = { "location", "nature", "persons_reported", "hazards" },
  tasks = { fire_engine = { "search_rescue", "firefighting" }, ambulance = { "treat" } },
  advice = { "get_out", "dont_go_back" },
  permitted = { "stay_low", "meet_crew", "keep_clear", "call_back" },
  forbidden = { "go_back_in", "tackle_fire" },
  notify = { { org = "gas", channel = "voice" } } }

outcome { id = "fire_dwelling", code = "FIRE-DW", priority = "P1", validity = "genuine",
  resources = { fire_engine = 2 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fire_engine = { "firefighting" } },
  advice = { "get_out", "dont_go_back" },
  permitted = { "stay_low", "meet_crew", "keep_clear", "call_back" },
  forbidden = { "go_back_in", "tackle_fire" },
  notify = { { org = "gas", channel = "voice" } } }

-- The same two outcomes for a caller who needs an interpreter: the service is conferenced in.
outcome { id = "fire_persons_interp", code = "FIRE-PR", priority = "P1", validity = "genuine",
  resources = { fire_engine = 2, ambulance = 1 },
  briefing = { "location", "nature", "persons_reported", "hazards" },
  tasks = { fire_engine = { "search_rescue", "firefighting" }, ambulance = { "treat" } },
  advice = { "get_out", "dont_go_back" },
  permitted = { "stay_low", "meet_crew", "keep_clear", "call_back" },
  forbidden = { "go_back_in", "tackle_fire" },
  notify = { { org = "interpreter", channel = "voice" }, { org = "gas", channel = "voice" } } }

outcome { id = "fire_dwelling_interp", code = "FIRE-DW", priority = "P1", validity = "genuine",
  resources = { fire_engine = 2 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fire_engine = { "firefighting" } },
  advice = { "get_out", "dont_go_back" },
  permitted = { "stay_low", "meet_crew", "keep_clear", "call_back" },
  forbidden = { "go_back_in", "tackle_fire" },
  notify = { { org = "interpreter", channel = "voice" }, { org = "gas", channel = "voice" } } }

outcome { id = "fire_building", code = "FIRE-BLD", priority = "P1", validity = "genuine",
  resources = { fire_engine = 2 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fire_engine = { "firefighting" } },
  advice = { "get_out", "dont_go_back" },
  permitted = { "stay_low", "meet_crew", "keep_clear", "call_back" },
  forbidden = { "go_back_in", "tackle_fire" },
  notify = { { org = "electricity", channel = "voice" } } }

outcome { id = "fire_vehicle", code = "FIRE-VEH", priority = "P2", validity = "genuine",
  resources = { fire_engine = 1, police_car = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fire_engine = { "firefighting" }, police_car = { "scene_safety" } },
  advice = { "keep_clear" },
  permitted = { "stay_safe_road", "call_back" },
  forbidden = { "tackle_fire", "go_back_in" } }

outcome { id = "fire_outdoor", code = "FIRE-OUT", priority = "P3", validity = "genuine",
  resources = { fire_engine = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fire_engine = { "firefighting" } },
  advice = { "keep_clear" },
  permitted = { "call_back" },
  forbidden = { "tackle_fire" } }

outcome { id = "rtc_trapped", code = "RTC-TRAP", priority = "P1", validity = "genuine",
  resources = { fire_engine = 2, ambulance = 2, police_car = 1 },
  briefing = { "location", "nature", "casualties", "hazards" },
  tasks = { fire_engine = { "extrication", "make_safe" }, ambulance = { "treat" },
            police_car = { "road_closure" } },
  advice = { "stay_safe_road" },
  permitted = { "hazard_lights", "keep_still_warm", "no_smoking", "call_back" },
  forbidden = { "move_injured", "give_drink" },
  notify = { { org = "highways", channel = "voice" } } }

outcome { id = "rtc_serious_fuel", code = "RTC-SERF", priority = "P1", validity = "genuine",
  resources = { ambulance = 2, police_car = 1, fire_engine = 1 },
  briefing = { "location", "nature", "casualties", "hazards" },
  tasks = { ambulance = { "treat" }, police_car = { "road_closure" }, fire_engine = { "make_safe" } },
  advice = { "stay_safe_road", "no_smoking" },
  permitted = { "hazard_lights", "keep_still_warm", "call_back" },
  forbidden = { "move_injured", "give_drink" },
  notify = { { org = "highways", channel = "voice" } } }

outcome { id = "rtc_serious", code = "RTC-SER", priority = "P1", validity = "genuine",
  resources = { ambulance = 1, police_car = 1 },
  briefing = { "location", "nature", "casualties", "hazards" },
  tasks = { ambulance = { "treat" }, police_car = { "road_closure" } },
  advice = { "stay_safe_road" },
  permitted = { "hazard_lights", "keep_still_warm", "call_back" },
  forbidden = { "move_injured", "give_drink" },
  notify = { { org = "highways", channel = "voice" } } }

outcome { id = "rtc_minor_fuel", code = "RTC-MINF", priority = "P2", validity = "genuine",
  resources = { ambulance = 1, police_car = 1, fire_engine = 1 },
  briefing = { "location", "nature", "casualties", "hazards" },
  tasks = { ambulance = { "treat" }, police_car = { "scene_safety" }, fire_engine = { "make_safe" } },
  advice = { "stay_safe_road", "no_smoking" },
  permitted = { "hazard_lights", "keep_still_warm", "call_back" },
  forbidden = { "move_injured", "give_drink" },
  notify = { { org = "highways", channel = "voice" } } }

outcome { id = "rtc_minor", code = "RTC-MIN", priority = "P2", validity = "genuine",
  resources = { ambulance = 1, police_car = 1 },
  briefing = { "location", "nature", "casualties" },
  tasks = { ambulance = { "treat" }, police_car = { "scene_safety" } },
  advice = { "stay_safe_road" },
  permitted = { "hazard_lights", "keep_still_warm", "exchange_details", "call_back" },
  forbidden = { "move_injured", "give_drink" } }

outcome { id = "rtc_hazard", code = "RTC-HAZ", priority = "P2", validity = "genuine",
  resources = { fire_engine = 1, police_car = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fire_engine = { "make_safe" }, police_car = { "scene_safety" } },
  advice = { "stay_safe_road", "no_smoking" },
  permitted = { "hazard_lights", "exchange_details", "call_back" },
  forbidden = { "tackle_fire" },
  notify = { { org = "highways", channel = "voice" } } }

outcome { id = "rtc_obstruction", code = "RTC-OBS", priority = "P2", validity = "genuine",
  resources = { police_car = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { police_car = { "road_closure" } },
  advice = { "stay_safe_road" },
  permitted = { "hazard_lights", "exchange_details", "call_back" },
  notify = { { org = "highways", channel = "voice" } } }

-- A second call about a collision already being dealt with: linked to the open incident, with
-- what the caller adds passed to the crews there; nothing more is sent. The call itself is
-- graded "no attendance": the open incident keeps its own grading.
outcome { id = "rtc_duplicate", code = "DUP", priority = "P4", validity = "duplicate",
  advice = { "stay_safe_road", "call_back" },
  permitted = { "hazard_lights", "keep_still_warm", "exchange_details" },
  forbidden = { "move_injured", "give_drink" } }

-- The same collision, but the caller has found someone hurt whom the crews there do not know
-- about: still linked to the open incident, and an ambulance added for the new casualty.
outcome { id = "rtc_linked_casualty", code = "DUP-ADD", priority = "P1", validity = "duplicate",
  resources = { ambulance = 1 },
  briefing = { "location", "nature", "casualties", "hazards" },
  tasks = { ambulance = { "treat" } },
  advice = { "stay_safe_road" },
  permitted = { "hazard_lights", "keep_still_warm", "no_smoking", "call_back" },
  forbidden = { "move_injured", "give_drink" } }

outcome { id = "rtc_damage", code = "RTC-DAM", priority = "P4", validity = "non_emergency",
  advice = { "exchange_details" },
  permitted = { "stay_safe_road", "hazard_lights", "use_101", "call_back" } }

outcome { id = "med_arrest", code = "MED-ARR", priority = "P1", validity = "genuine",
  resources = { ambulance = 1, rapid_response = 1 },
  briefing = { "location", "nature", "patient" },
  tasks = { ambulance = { "resuscitate", "treat" }, rapid_response = { "resuscitate" } },
  advice = { "cpr" },
  -- what was right before the patient stopped breathing stays within limits
  permitted = { "unlock_door", "recovery_position", "check_breathing", "keep_still_warm", "call_back", "find_address" },
  forbidden = { "give_drink", "move_injured" } }

outcome { id = "med_unconscious", code = "MED-UNC", priority = "P1", validity = "genuine",
  resources = { ambulance = 1 },
  briefing = { "location", "nature", "patient" },
  tasks = { ambulance = { "treat" } },
  advice = { "recovery_position", "check_breathing" },
  permitted = { "unlock_door", "keep_still_warm", "call_back", "find_address" },
  forbidden = { "give_drink", "move_injured" } }

outcome { id = "med_chest", code = "MED-CHEST", priority = "P1", validity = "genuine",
  resources = { ambulance = 1, rapid_response = 1 },
  briefing = { "location", "nature", "patient" },
  tasks = { ambulance = { "treat" }, rapid_response = { "treat" } },
  advice = { "rest_still" },
  permitted = { "aspirin", "unlock_door", "check_breathing", "call_back", "find_address" },
  forbidden = { "drive_hospital", "give_drink" } }

outcome { id = "med_general", code = "MED-GEN", priority = "P2", validity = "genuine",
  resources = { ambulance = 1 },
  briefing = { "location", "nature", "patient" },
  tasks = { ambulance = { "treat" } },
  advice = { "keep_still_warm" },
  permitted = { "unlock_door", "check_breathing", "call_back", "find_address" },
  forbidden = { "give_drink", "move_injured" } }

outcome { id = "crime_weapons", code = "CRIME-WPN", priority = "P1", validity = "genuine",
  resources = { police_car = 2 },
  briefing = { "location", "nature", "weapons", "suspects" },
  tasks = { police_car = { "arrest", "scene_safety" } },
  advice = { "keep_safe_crime" },
  permitted = { "watch_safely", "preserve_scene", "call_back" },
  forbidden = { "confront" } }

outcome { id = "crime_now", code = "CRIME-NOW", priority = "P1", validity = "genuine",
  resources = { police_car = 2 },
  briefing = { "location", "nature", "suspects" },
  tasks = { police_car = { "arrest" } },
  advice = { "keep_safe_crime" },
  permitted = { "watch_safely", "preserve_scene", "call_back" },
  forbidden = { "confront" } }

outcome { id = "crime_recent", code = "CRIME-REC", priority = "P2", validity = "genuine",
  resources = { police_car = 1 },
  briefing = { "location", "nature", "suspects" },
  tasks = { police_car = { "investigate" } },
  advice = { "preserve_scene" },
  permitted = { "keep_safe_crime", "call_back" },
  forbidden = { "confront" } }

outcome { id = "crime_report", code = "CRIME-RPT", priority = "P3", validity = "genuine",
  resources = { police_car = 1 },
  briefing = { "location", "nature", "caller_contact" },
  tasks = { police_car = { "investigate" } },
  advice = { "preserve_scene" },
  permitted = { "use_101", "call_back" },
  forbidden = { "confront" } }

outcome { id = "concern", code = "CONCERN", priority = "P2", validity = "genuine",
  resources = { police_car = 1 },
  briefing = { "location", "nature", "caller_contact" },
  tasks = { police_car = { "welfare_check" } },
  advice = { "call_back" },
  permitted = { "keep_safe_crime" },
  forbidden = { "confront" } }

outcome { id = "advice_only", code = "NON-EMG", priority = "P4", validity = "non_emergency",
  advice = { "use_101", "refer_council" },
  permitted = { "call_back" },
  forbidden = { "confront" },
  notify = { { org = "local_authority", channel = "data" } } }

outcome { id = "hoax", code = "HOAX", priority = "P4", validity = "hoax",
  advice = { "warn_misuse" },
  notify = { { org = "telecoms", channel = "data" } } }

-- A complaint or query about an earlier incident: taken through every complaint step, in
-- order; no resources; never an admission of fault or a promise about the outcome.
outcome { id = "complaint", code = "COMPLAINT", priority = "P4", validity = "genuine",
  complaint = true,
  forbidden = { "admit_fault", "promise_outcome" } }

------------------------------------------------------------------------------------------
-- Escalation: facts that oblige the call-taker to escalate within a time.
------------------------------------------------------------------------------------------
escalation { id = "fire_persons", fact = "persons_reported", equals = "yes",
             level = "duty_officer", within_s = 120 }
escalation { id = "rtc_trapped", fact = "trapped", equals = "yes",
             level = "duty_officer", within_s = 180 }
escalation { id = "rtc_multi_casualty", fact = "casualties", at_least = 3,
             level = "duty_inspector", within_s = 180 }
escalation { id = "major_incident", fact = "casualties", at_least = 8,
             level = "silver", within_s = 300 }
escalation { id = "weapons", fact = "weapons", equals = "yes",
             level = "duty_inspector", within_s = 60 }
escalation { id = "hoax_report", fact = "at_scene", equals = "hoax",
             level = "supervisor", within_s = 300 }
-- A complaint that someone was harmed by our handling may be a serious incident: the
-- supervisor hears of it during the call, not from the complaints team days later.
escalation { id = "complaint_harm", fact = "complaint_harm", equals = "yes",
             level = "supervisor", within_s = 180 }
