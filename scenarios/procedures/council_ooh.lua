-- Northshire Council Out-of-Hours Service: the council's emergency line, staffed from 5 pm to
-- 9 am on working days and all day at weekends and on bank holidays. Pure declarations
-- (docs/format.md); no functions.
--
-- What the line is for: emergency repairs to the council's own homes, dangerous structures
-- (walls, trees, buildings that could fall on a road or a path), the highway (a road blocked
-- or made dangerous), adults at risk (the emergency duty social worker), and noise while it is
-- happening. What it is not for, and where the call-handler sends it instead: a smell of gas
-- (the gas emergency line), a crime (the police), a life in danger (999), a repair to a home
-- the council does not own (the landlord), and anything that can wait for office hours.
--
-- Shape of a call: answer within 20 s; the open question first ("Tell me what the problem
-- is"); then where it is, whether the caller is with it (where a hoax gives itself away), who
-- they are and their number, and whether anyone's life is in danger; then the questions of the
-- service's branch; then code, priority, validity, the resource, its briefing and tasks,
-- advice within limits, partners to inform, and the escalations the rules below require.
-- A call about the council's handling of an earlier report is taken through the complaint
-- procedure; if the problem it is about has become an emergency, the repair is raised too.

procedure {
  id = "council_ooh",
  version = "1.0.0",
  title = "Council out-of-hours service: emergency call handling",
  organisation = "Northshire Council Out-of-Hours Service",
  root = "n_start",
  answer_target_s = 20,   -- the service standard: 80% of calls answered within 20 s
  pass_percent = 75,
}

------------------------------------------------------------------------------------------
-- Priorities. Dispatch targets run from answering the call to assigning the resource; the
-- attendance targets in the labels are what the council promises the caller.
------------------------------------------------------------------------------------------
priority { id = "IMM", label = "Immediate: danger to the public, attend within 1 hour", dispatch_target_s = 300 }
priority { id = "EMG", label = "Emergency repair or care: attend within 2 hours", dispatch_target_s = 900 }
priority { id = "TNT", label = "Tonight: the noise team visits while the noise is going on", dispatch_target_s = 1800 }
priority { id = "URG", label = "Urgent: the day team attends the next working day" }
priority { id = "RTN", label = "Routine: the day team arranges a visit (within 20 working days)" }
priority { id = "LNK", label = "Linked to an open job: no new job, the open job's priority stands" }
priority { id = "REF", label = "Referred: another organisation's emergency" }
priority { id = "NCA", label = "No council action out of hours: advice given or passed to the day team" }

------------------------------------------------------------------------------------------
-- Incident codes: the standard wording on the log and in messages to the teams.
------------------------------------------------------------------------------------------
code { id = "RPR-EM",  text = "Housing repair, emergency: council home, make safe within 2 hours" }
code { id = "RPR-URG", text = "Housing repair, urgent: council home, next working day" }
code { id = "RPR-RTN", text = "Housing repair, routine: council home, raised for the day team" }
code { id = "RPR-HA",  text = "Repair to a housing association home: referred to the association" }
code { id = "RPR-PRV", text = "Repair to a privately rented or owned home: advice only" }
code { id = "DS-COL",  text = "Dangerous structure: collapse onto a road, path or public place" }
code { id = "DS-IMM",  text = "Dangerous structure: in danger of falling onto a road, path or public place" }
code { id = "DS-PRV",  text = "Dangerous structure away from the public: owner's responsibility, inspected next working day" }
code { id = "DS-INS",  text = "Structure of concern, not moving: inspected next working day" }
code { id = "HWY-OBS", text = "Highway: road blocked or made dangerous (fallen tree, debris, spill, failed lights)" }
code { id = "HWY-FLD", text = "Highway: flooding from a burst main or a blocked drain" }
code { id = "HWY-CAB", text = "Highway: road blocked or dangerous, with cables down" }
code { id = "HWY-DEF", text = "Highway: defect, not dangerous tonight (pothole, worn lines, dim street light)" }
code { id = "ASC-ARK", text = "Adult at risk tonight: emergency duty social worker" }
code { id = "ASC-CON", text = "Concern for an adult, no risk tonight: passed to the adult social care day team" }
code { id = "NOISE",   text = "Noise nuisance" }
code { id = "REF-GAS", text = "Smell of gas: gas emergency line" }
code { id = "REF-POL", text = "Crime: police" }
code { id = "REF-999", text = "Life in danger: 999" }
code { id = "NCA",     text = "Not a council out-of-hours matter: advice given" }
code { id = "DUP",     text = "Duplicate: linked to an open job" }
code { id = "HOAX",    text = "Hoax or time-wasting call" }
code { id = "CMP",     text = "Complaint about the council's handling of an earlier report" }
code { id = "CMP-EM",  text = "Complaint, with an emergency repair raised on the same call" }

------------------------------------------------------------------------------------------
-- Facts. A fact with values is one the tree or an escalation rule tests.
------------------------------------------------------------------------------------------
fact { id = "nature", text = "What the call is about",
       values = { "repair", "structure", "highway", "vulnerable", "noise", "gas", "crime", "complaint", "other" } }
fact { id = "address", text = "Where it is (address, or the road and the nearest landmark)" }
fact { id = "at_scene", text = "Whether the caller is there with it (challenged for hoaxes)",
       values = { "yes", "no", "hoax" } }
fact { id = "caller_role", text = "How the caller is connected to it",
       values = { "tenant", "occupier", "neighbour", "relative", "passer-by", "driver" } }
fact { id = "caller_name", text = "The caller's name" }
fact { id = "callback", text = "The number to call the caller back on" }
fact { id = "danger", text = "Whether anyone is hurt or their life in danger right now", values = { "yes", "no" } }

-- housing repairs
fact { id = "tenure", text = "Who owns the home", values = { "council", "housing association", "private", "owner" } }
fact { id = "repair", text = "What has gone wrong in the home",
       values = { "heating", "water", "security", "electrics", "other" } }
fact { id = "vulnerable", text = "Whether anyone in the home is elderly, disabled, seriously ill, pregnant or a young child",
       values = { "yes", "no" } }
fact { id = "water", text = "Whether the water can be caught, or is out of control, or near the electrics",
       values = { "contained", "uncontained", "electrics" } }
fact { id = "secure", text = "Whether the home can be locked or closed up for the night", values = { "yes", "no" } }

-- dangerous structures and the highway
fact { id = "reported", text = "Whether it is already reported and being dealt with (an open job)", values = { "yes", "no" } }
fact { id = "struct_risk", text = "Whether the structure is stable, moving (could fall), or has already come down",
       values = { "stable", "imminent", "fallen" } }
fact { id = "public", text = "Whether it is next to a road, a path or anywhere people go", values = { "yes", "no" } }
fact { id = "homes_at_risk", text = "Whether any home is at risk, so that people may have to leave", values = { "yes", "no" } }
fact { id = "hazard", text = "What the highway problem does: blocks the road, endangers traffic, floods it, or is a defect that can wait",
       values = { "blocked", "danger", "flooding", "defect" } }
fact { id = "cables", text = "Whether any electricity or phone cables are down or hanging", values = { "yes", "no" } }

-- adults at risk, noise, crime
fact { id = "adult", text = "Who the adult at risk is: name, age, and any carers" }
fact { id = "adult_risk", text = "What puts the adult at risk tonight",
       values = { "abuse", "care missed", "concern" } }
fact { id = "noise_now", text = "Whether the noise is going on now", values = { "yes", "no" } }
fact { id = "crime_now", text = "Whether the crime is happening now", values = { "yes", "no" } }

-- complaints about an earlier report
fact { id = "complaint_about", text = "Which earlier report the complaint is about (where, what, when, job numbers)" }
fact { id = "reports", text = "How many times the caller has reported the same problem before (a number)" }
fact { id = "problem_now", text = "Whether the problem complained about is an emergency tonight",
       values = { "electrics", "emergency", "no" } }
fact { id = "complaint_wants", text = "What the complainant wants to happen" }

------------------------------------------------------------------------------------------
-- Log fields.
------------------------------------------------------------------------------------------
field { id = "location",        label = "Location",                               fact = "address" }
field { id = "nature",          label = "Nature of the call",                     fact = "nature" }
field { id = "caller_position", label = "Caller with it / challenge",             fact = "at_scene" }
field { id = "caller_role",     label = "Caller's connection",                    fact = "caller_role" }
field { id = "caller_name",     label = "Caller name",                            fact = "caller_name" }
field { id = "callback",        label = "Call-back number",                       fact = "callback" }
field { id = "danger",          label = "Anyone hurt or in danger of life",       fact = "danger" }
field { id = "tenure",          label = "Tenure (whose home)",                    fact = "tenure" }
field { id = "repair",          label = "Repair: what is wrong",                  fact = "repair" }
field { id = "vulnerable",      label = "Vulnerable household",                   fact = "vulnerable" }
field { id = "water",           label = "Water: contained / uncontained / electrics", fact = "water" }
field { id = "secure",          label = "Home can be secured tonight",            fact = "secure" }
field { id = "reported",        label = "Already reported / open job",            fact = "reported" }
field { id = "structure",       label = "Structure: stable / imminent / fallen",  fact = "struct_risk" }
field { id = "public",          label = "Next to a road, path or public place",   fact = "public" }
field { id = "homes",           label = "Homes at risk",                          fact = "homes_at_risk" }
field { id = "hazard",          label = "Highway: blocked / danger / flooding / defect", fact = "hazard" }
field { id = "cables",          label = "Cables down",                            fact = "cables" }
field { id = "adult",           label = "Adult at risk: name, age, carers",       fact = "adult" }
field { id = "adult_risk",      label = "Adult at risk: what the risk is",        fact = "adult_risk" }
field { id = "noise_now",       label = "Noise going on now",                     fact = "noise_now" }
field { id = "crime_now",       label = "Crime happening now",                    fact = "crime_now" }
field { id = "complaint_about", label = "Complaint: earlier report (where, what, when, job numbers)", fact = "complaint_about" }
field { id = "reports",         label = "Complaint: number of earlier reports",   fact = "reports" }
field { id = "problem_now",     label = "Complaint: is the problem an emergency tonight", fact = "problem_now" }
field { id = "complaint_wants", label = "Complaint: outcome wanted",              fact = "complaint_wants" }

------------------------------------------------------------------------------------------
-- Questions.
------------------------------------------------------------------------------------------
question { id = "q_what", kind = "open", fact = "nature", field = "nature",
           text = "Northshire Council out-of-hours. Tell me what the problem is." }
question { id = "q_address", kind = "closed", fact = "address", field = "location",
           text = "What's the address? Or the road, and the nearest house number or landmark?" }
question { id = "q_at_scene", kind = "closed", fact = "at_scene", field = "caller_position",
           text = "Are you there with it now? Can you see it from where you are?" }
question { id = "q_role", kind = "closed", fact = "caller_role", field = "caller_role",
           text = "Is it your home? Or are you a neighbour, a relative, or someone passing?" }
question { id = "q_name", kind = "closed", fact = "caller_name", field = "caller_name",
           text = "Can I take your name, please?" }
question { id = "q_callback", kind = "closed", fact = "callback", field = "callback",
           text = "And a number I can ring you back on?" }
question { id = "q_danger", kind = "closed", fact = "danger", field = "danger",
           text = "Is anyone hurt, or is anyone's life in danger, right now?" }

question { id = "q_tenure", kind = "closed", fact = "tenure", field = "tenure",
           text = "Who do you rent your home from: Northshire Council, a housing association or a private landlord? Or do you own it?" }
question { id = "q_repair", kind = "open", fact = "repair", field = "repair",
           text = "Tell me exactly what's gone wrong in the home." }
question { id = "q_vulnerable", kind = "closed", fact = "vulnerable", field = "vulnerable",
           text = "Who lives there? Is anyone elderly, disabled, seriously ill, pregnant, or a baby or a young child?" }
question { id = "q_water", kind = "closed", fact = "water", field = "water",
           text = "Can you catch the water in a bucket or a bowl? Is it anywhere near the lights, the sockets or the fuse box?" }
question { id = "q_secure", kind = "closed", fact = "secure", field = "secure",
           text = "Can you lock the door, or close the home up safely for tonight?" }

question { id = "q_reported", kind = "closed", fact = "reported", field = "reported",
           text = "Do you know if it's already been reported to us? Is anybody there dealing with it?" }
question { id = "q_struct_risk", kind = "closed", fact = "struct_risk", field = "structure",
           text = "Is it moving, cracking or leaning more? Has any of it already come down?" }
question { id = "q_public", kind = "closed", fact = "public", field = "public",
           text = "Is it next to a road, a pavement, or anywhere people walk?" }
question { id = "q_homes", kind = "closed", fact = "homes_at_risk", field = "homes",
           text = "Is it close enough to any house that it could fall on it? Would anyone need to leave their home?" }
question { id = "q_hazard", kind = "open", fact = "hazard", field = "hazard",
           text = "Tell me what's on the road, and how it's affecting the traffic." }
question { id = "q_cables", kind = "closed", fact = "cables", field = "cables",
           text = "Are there any wires or cables down with it, or hanging off it?" }

question { id = "q_adult", kind = "closed", fact = "adult", field = "adult",
           text = "Who is the person who needs help? Their name, their age, and do they have carers?" }
question { id = "q_adult_risk", kind = "open", fact = "adult_risk", field = "adult_risk",
           text = "Tell me what's worrying you about their safety tonight." }
question { id = "q_noise_now", kind = "closed", fact = "noise_now", field = "noise_now",
           text = "Is the noise going on right now? Can you hear it as we speak?" }
question { id = "q_crime_now", kind = "closed", fact = "crime_now", field = "crime_now",
           text = "Is it happening now, while we're speaking?" }

question { id = "q_complaint_about", kind = "open", fact = "complaint_about", field = "complaint_about",
           text = "Tell me about the problem you reported: when you reported it, and any job numbers you were given." }
question { id = "q_reports", kind = "closed", fact = "reports", field = "reports",
           text = "How many times have you reported it before tonight?" }
question { id = "q_problem_now", kind = "closed", fact = "problem_now", field = "problem_now",
           text = "How is it right now? Is water near the electrics, is anyone without heating who can't manage, or is the home unsafe?" }
question { id = "q_complaint_wants", kind = "open", fact = "complaint_wants", field = "complaint_wants",
           text = "What would you like to happen as a result of your complaint?" }

------------------------------------------------------------------------------------------
-- Standard phrases.
------------------------------------------------------------------------------------------
phrase { id = "reassure", kind = "reassure",
         text = "You've done the right thing ringing us. I'm going to help you with this now." }
phrase { id = "reassure_coming", kind = "reassure",
         text = "Someone is on their way to you now, and I'll stay with you while we sort out what happens next." }
phrase { id = "reassure_listen", kind = "reassure",
         text = "I understand, and I'm going to help you with this. Let's go through it together." }
phrase { id = "acknowledge", kind = "reassure",
         text = "I'm sorry. Reporting the same thing again and again and still living with it isn't good enough, and I can hear how fed up you are. I'm listening, and I'm going to make sure your complaint is properly looked into." }
phrase { id = "control", kind = "control",
         text = "I need you to listen to me carefully for a moment and answer my questions. Answering them won't slow anything down." }
phrase { id = "control_slow", kind = "control",
         text = "There's no hurry. Let's take it one thing at a time, and I'll ask you simple questions." }
phrase { id = "repeat_back", kind = "repeat_back",
         text = "Let me read that back to you to make sure I've got it right." }
phrase { id = "next_steps", kind = "next_steps",
         text = "Here's what happens next: someone from the council is on the way, and they have your number in case they need to find you." }
phrase { id = "next_steps_refer", kind = "next_steps",
         text = "Here's what happens next: this isn't one the council can deal with tonight, so I'll tell you who can, and how to reach them." }
phrase { id = "close_call", kind = "next_steps",
         text = "I'm going to end the call now. If anything changes, ring us back straight away, or 999 if anyone's life is in danger." }

------------------------------------------------------------------------------------------
-- Advice. Whether it is required, permitted or forbidden depends on the outcome.
------------------------------------------------------------------------------------------
-- in the home
advice { id = "electrics_safety", text = "Don't touch the light switches, the fitting or anything wet near the electrics. If you can reach the fuse box without going through water, with dry hands, switch the main switch off." }
advice { id = "contain_water", text = "Catch the water in buckets or bowls, and move your belongings and anything electrical out of its way." }
advice { id = "keep_warm", text = "Keep warm in one room: put on extra layers, use blankets and have hot drinks. A safe electric heater is fine if you have one." }
advice { id = "secure_home", text = "For tonight, keep everyone together in one room, keep the door wedged or blocked from the inside if you can do it safely, and keep your keys, phone and money with you." }
advice { id = "raised_day_team", text = "I've passed it to the day team: they will contact you on the next working day to arrange a visit." }
advice { id = "diy_repair", text = "Have a go at fixing it yourself: climb up, take it apart or tighten it." }               -- forbidden
advice { id = "withhold_rent", text = "Stop paying your rent until the repair is done." }                                    -- forbidden
advice { id = "use_switches", text = "Put the light on, or use a switch or a torch in there, so you can see where it's coming from." } -- forbidden
-- outside: structures and the highway
advice { id = "keep_clear", text = "Keep well back from it, and keep other people away from it, until our team gets there." }
advice { id = "dont_touch_cable", text = "Don't go near the wire or touch it, or anything it's touching: treat it as live." }
advice { id = "touch_cable", text = "Move the cable out of the way yourself so people can get past." }                          -- forbidden
advice { id = "clear_it_yourself", text = "Climb up and clear it yourself, or drag it out of the road." }                     -- forbidden
-- adults at risk
advice { id = "stay_in", text = "Stay inside in the warm and wait for the social worker. Don't go out looking for help tonight." }
advice { id = "stay_with", text = "If you can, stay with them, or keep checking on them, until the social worker arrives." }
advice { id = "double_dose", text = "Take the tablets you missed along with tonight's, to catch up." }                           -- forbidden
-- noise
advice { id = "no_confront", text = "Don't go round to confront them: let our officers or the police deal with it." }
advice { id = "noise_diary", text = "Keep a diary of the noise: the dates, the times, what you hear and how it affects you. The noise team will use it." }
advice { id = "confront", text = "Go round and have a word with them yourself." }                                          -- forbidden
-- not the council's
advice { id = "leave_gas", text = "Get everyone out of the home now. Don't use light switches, the doorbell or anything electrical inside, and no flames or cigarettes. Open the doors and windows on your way out if you can, and turn the gas off at the meter if you know how and it's on your way." }
advice { id = "call_gas_line", text = "Once you're outside, ring the gas emergency line on 0800 111 999. They'll send an engineer, and I'm telling them about it now as well." }
advice { id = "wait_council", text = "Stay where you are and wait for the council's repairs man to come and have a look at it." } -- forbidden
advice { id = "call_police_999", text = "If it's happening now, hang up and call 999 for the police. Don't go near the people doing it." }
advice { id = "call_101", text = "Report it to the police on 101 or online; they'll give you a crime number." }
advice { id = "call_999", text = "Hang up and call 999 now: this needs the emergency services, not the council." }
advice { id = "call_ha", text = "Your housing association has its own out-of-hours repairs line. I'll give you the number, and I'm passing your report on to them." }
advice { id = "landlord_duty", text = "Repairs are your landlord's responsibility: tell them now, and in writing. If they won't act, the council's private housing team can help; ring them in office hours." }
advice { id = "office_hours", text = "This isn't something the out-of-hours service can deal with tonight: please contact the council in office hours, or online." }
advice { id = "warn_misuse", text = "This line is for emergencies. False reports keep people with real emergencies waiting, and they can be reported to the police." }
advice { id = "call_back", text = "If it gets worse, or anyone is in danger, ring us back straight away, or 999 if anyone's life is at risk." }
-- complaints: what a call-handler may and must never say
advice { id = "contents_insurance", text = "If your belongings have been damaged, you can claim on your contents insurance; the complaints team will also tell you how to claim from the council." }
advice { id = "admit_liability", text = "You're right, it's the council's fault, and we'll pay for everything that's been damaged." }   -- forbidden
advice { id = "promise_compensation", text = "I promise you'll get compensation, and the operative who came out will be disciplined." } -- forbidden

------------------------------------------------------------------------------------------
-- Resources, what they must be told, and what they may be asked to do.
------------------------------------------------------------------------------------------
resource_type { id = "operative",     name = "Out-of-hours repairs operative (van)" }
resource_type { id = "highways_team", name = "Highways duty team (two-person crew: signs, cones, chainsaw, spill kit)" }
resource_type { id = "surveyor",      name = "Dangerous structures surveyor (on call)" }
resource_type { id = "social_worker", name = "Emergency duty social worker" }
resource_type { id = "noise_officer", name = "Noise team officer" }

briefing_item { id = "location",       text = "Exact location and the best way in or to it" }
briefing_item { id = "nature",         text = "What the problem is, and its code" }
briefing_item { id = "hazards",        text = "Known hazards: electrics, traffic, cables, falling material" }
briefing_item { id = "access",         text = "Access: who is at home, keys, entry to other flats" }
briefing_item { id = "vulnerable",     text = "Vulnerable people: who, and what they need" }
briefing_item { id = "history",        text = "History: earlier reports, visits and job numbers" }
briefing_item { id = "caller_contact", text = "Caller's name and call-back number" }

task { id = "stop_leak",         text = "Find the source of the leak (gaining entry to the flat above if needed) and stop it" }
task { id = "isolate_electrics", text = "Isolate the electrics affected and make them safe" }
task { id = "heaters",           text = "Leave temporary heaters and get the heating working if it can be done tonight" }
task { id = "board_up",          text = "Secure the home: board up, or repair or change the lock" }
task { id = "make_safe",         text = "Make the home safe tonight, and find the cause the earlier visits missed" }
task { id = "assess_structure",  text = "Inspect the structure; decide what must be taken down, propped or fenced off" }
task { id = "cordon",            text = "Fence or cone it off, close the path or the lane, and put out warning signs" }
task { id = "clear_road",        text = "Clear the road: cut and move the obstruction, or treat the spill" }
task { id = "welfare_visit",     text = "Visit, check the adult's safety, and arrange care for tonight" }
task { id = "witness_noise",     text = "Visit while the noise is going on, witness it, and warn the person responsible" }

------------------------------------------------------------------------------------------
-- Escalation levels and partner organisations.
------------------------------------------------------------------------------------------
level { id = "duty_manager",       name = "Out-of-hours duty manager" }
level { id = "emergency_planning", name = "Emergency planning officer (on call)" }
level { id = "director_on_call",   name = "Director on call" }

organisation { id = "police",      name = "Northshire Police",
               channels = { "voice", "data" }, preferred = "voice" }
organisation { id = "fire",        name = "Northshire Fire and Rescue Service control",
               channels = { "voice" }, preferred = "voice" }
organisation { id = "gas",         name = "Gas emergency line (0800 111 999)",
               channels = { "voice" }, preferred = "voice" }
organisation { id = "water",       name = "Northshire Water, 24-hour operations",
               channels = { "voice", "data" }, preferred = "voice" }
organisation { id = "electricity", name = "Electricity network operator, power cuts and hazards (105)",
               channels = { "voice" }, preferred = "voice" }
organisation { id = "highways_agency", name = "National Highways regional operations centre (trunk roads)",
               channels = { "voice", "data" }, preferred = "voice" }
organisation { id = "housing_association", name = "Northshire Homes housing association, out-of-hours repairs",
               channels = { "voice", "data" }, preferred = "data" }
organisation { id = "repairs_day",  name = "Council housing repairs day team (job queue)",
               channels = { "data" }, preferred = "data" }
organisation { id = "building_control", name = "Council building control day team (job queue)",
               channels = { "data" }, preferred = "data" }
organisation { id = "highways_day", name = "Council highways day team (job queue)",
               channels = { "data" }, preferred = "data" }
organisation { id = "adult_care_day", name = "Adult social care day team (referrals)",
               channels = { "data" }, preferred = "data" }

-- Words that mean nothing, or the wrong thing, to a member of the public.
jargon { "OOH", "EDT", "AMHP", "SLA", "void", "voids", "DSO", "HHSRS", "RSL", "ASB", "recall",
         "Section 78", "S78", "RPR-EM", "RPR-URG", "DS-IMM", "DS-COL", "HWY-OBS", "ASC-ARK", "LNK",
         "job code", "cat 1" }

------------------------------------------------------------------------------------------
-- The complaint procedure (the council's corporate procedure, stage 1, as it applies on the
-- out-of-hours line). The call-handler does not decide the complaint or fault: the
-- complaints team does, within 10 working days. What cannot wait is put right tonight.
------------------------------------------------------------------------------------------
complaint_step { id = "acknowledge", order = 1,
  text = "Listen, acknowledge the complaint and say sorry for what the complainant has been through" }
complaint_step { id = "record", order = 2,
  text = "Record the complainant's details and the complaint, in their own words, on the complaints system" }
complaint_step { id = "check_history", order = 3,
  text = "Find the earlier reports on the repairs system and check what they show: dates, job numbers, what each visit recorded" }
complaint_step { id = "put_right", order = 4,
  text = "Put right tonight whatever cannot wait and is within the service's authority: raise or chase the repair, tell the duty manager" }
complaint_step { id = "explain", order = 5,
  text = "Explain what the records show and the complaints process (stage 1 reply within 10 working days, then stage 2, then the Ombudsman): "
      .. "no admission of liability, no promise of compensation, no blame on operatives" }
complaint_step { id = "reference", order = 6,
  text = "Give the complaint reference, and agree who will contact the complainant, how and when" }

------------------------------------------------------------------------------------------
-- The decision tree. Branches are tried in order; the first that matches is taken.
------------------------------------------------------------------------------------------
node { id = "n_start", ask = { "q_what" },
       branches = {
         { fact = "nature", equals = "complaint", go = "n_complaint" },
         { otherwise = true, go = "n_call" },
       } }

-- A complaint about an earlier report. If the problem has become an emergency tonight, the
-- emergency repair is raised on the same call as well as the complaint.
node { id = "n_complaint",
       ask = { "q_address", "q_complaint_about", "q_reports", "q_problem_now", "q_name", "q_callback", "q_complaint_wants" },
       branches = {
         { fact = "problem_now", equals = "electrics", go = "n_cmp_electrics" },
         { fact = "problem_now", equals = "emergency", go = "n_cmp_emergency" },
         { otherwise = true, go = "n_cmp" },
       } }
node { id = "n_cmp_electrics", outcome = "complaint_electrics" }
node { id = "n_cmp_emergency", outcome = "complaint_emergency" }
node { id = "n_cmp",           outcome = "complaint" }

-- Every new report: where, whether the caller is with it, who is calling, and whether a
-- life is in danger. What is not the council's leaves the tree here.
node { id = "n_call",
       ask = { "q_address", "q_at_scene", "q_role", "q_name", "q_callback", "q_danger" },
       branches = {
         { fact = "at_scene", equals = "hoax", go = "n_hoax" },
         { fact = "nature", equals = "gas", go = "n_gas" },           -- gas before anything else
         { fact = "nature", equals = "crime", go = "n_crime" },
         { fact = "danger", equals = "yes", go = "n_999" },
         { fact = "nature", equals = "repair", go = "n_repair" },
         { fact = "nature", equals = "structure", go = "n_structure" },
         { fact = "nature", equals = "highway", go = "n_highway" },
         { fact = "nature", equals = "vulnerable", go = "n_vulnerable" },
         { fact = "nature", equals = "noise", go = "n_noise" },
         { otherwise = true, go = "n_not_council" },
       } }

node { id = "n_hoax",        outcome = "hoax" }
node { id = "n_gas",         outcome = "ref_gas" }
node { id = "n_999",         outcome = "ref_999" }
node { id = "n_not_council", outcome = "not_council" }

node { id = "n_crime", ask = { "q_crime_now" },
       branches = {
         { fact = "crime_now", equals = "yes", go = "n_crime_now" },
         { otherwise = true, go = "n_crime_report" },
       } }
node { id = "n_crime_now",    outcome = "ref_police_now" }
node { id = "n_crime_report", outcome = "ref_police_report" }

-- Housing repairs: whose home it is decides whether the council repairs it at all.
node { id = "n_repair", ask = { "q_tenure" },
       branches = {
         { fact = "tenure", equals = "council", go = "n_council_repair" },
         { fact = "tenure", equals = "housing association", go = "n_ha" },
         { otherwise = true, go = "n_private" },
       } }
node { id = "n_ha",      outcome = "repair_ha" }
node { id = "n_private", outcome = "repair_private" }

node { id = "n_council_repair", ask = { "q_repair", "q_vulnerable" },
       branches = {
         { fact = "repair", equals = "heating", go = "n_heating" },
         { fact = "repair", equals = "water", go = "n_water" },
         { fact = "repair", equals = "security", go = "n_security" },
         { fact = "repair", equals = "electrics", go = "n_rpr_electrics" },
         { otherwise = true, go = "n_rpr_routine" },
       } }
-- No heating is an emergency only for a vulnerable household (out of hours, in any season).
node { id = "n_heating",
       branches = {
         { fact = "vulnerable", equals = "yes", go = "n_rpr_heating" },
         { otherwise = true, go = "n_rpr_urgent" },
       } }
node { id = "n_water", ask = { "q_water" },
       branches = {
         { fact = "water", equals = "contained", go = "n_rpr_urgent" },
         { otherwise = true, go = "n_rpr_water" },              -- uncontained, or near the electrics
       } }
node { id = "n_security", ask = { "q_secure" },
       branches = {
         { fact = "secure", equals = "no", go = "n_rpr_secure" },
         { otherwise = true, go = "n_rpr_urgent" },
       } }
node { id = "n_rpr_heating",   outcome = "repair_heating" }
node { id = "n_rpr_water",     outcome = "repair_water" }
node { id = "n_rpr_secure",    outcome = "repair_secure" }
node { id = "n_rpr_electrics", outcome = "repair_electrics" }
node { id = "n_rpr_urgent",    outcome = "repair_urgent" }
node { id = "n_rpr_routine",   outcome = "repair_routine" }

-- Dangerous structures. A second report of a structure already being dealt with is linked.
node { id = "n_structure", ask = { "q_reported", "q_struct_risk", "q_public", "q_homes" },
       branches = {
         { fact = "reported", equals = "yes", go = "n_duplicate" },
         { fact = "struct_risk", equals = "fallen", go = "n_ds_collapse" },
         { fact = "public", equals = "no", go = "n_ds_private" },
         { fact = "struct_risk", equals = "imminent", go = "n_ds_imminent" },
         { otherwise = true, go = "n_ds_inspect" },
       } }
node { id = "n_ds_collapse", outcome = "ds_collapse" }
node { id = "n_ds_imminent", outcome = "ds_imminent" }
node { id = "n_ds_private",  outcome = "ds_private" }
node { id = "n_ds_inspect",  outcome = "ds_inspect" }

-- The highway. Cables down make it the electricity operator's hazard too, on a new job or
-- on one already open.
node { id = "n_highway", ask = { "q_reported", "q_hazard", "q_cables" },
       branches = {
         { fact = "reported", equals = "yes", go = "n_hwy_linked" },
         { fact = "hazard", equals = "defect", go = "n_hwy_defect" },
         { fact = "cables", equals = "yes", go = "n_hwy_cables" },
         { fact = "hazard", equals = "flooding", go = "n_hwy_flood" },
         { fact = "hazard", equals = "blocked", go = "n_hwy_blocked" },
         { otherwise = true, go = "n_hwy_danger" },
       } }
node { id = "n_hwy_linked",
       branches = {
         { fact = "cables", equals = "yes", go = "n_duplicate_cables" },
         { otherwise = true, go = "n_duplicate" },
       } }
node { id = "n_hwy_cables",       outcome = "hwy_cables" }
node { id = "n_hwy_flood",        outcome = "hwy_flood" }
node { id = "n_hwy_blocked",      outcome = "hwy_blocked" }
node { id = "n_hwy_danger",       outcome = "hwy_danger" }
node { id = "n_hwy_defect",       outcome = "hwy_defect" }
node { id = "n_duplicate",        outcome = "duplicate" }
node { id = "n_duplicate_cables", outcome = "duplicate_cables" }

-- Adults at risk: the emergency duty social worker goes to anyone at risk tonight.
node { id = "n_vulnerable", ask = { "q_adult", "q_adult_risk" },
       branches = {
         { fact = "adult_risk", equals = "abuse", go = "n_asc_abuse" },
         { fact = "adult_risk", equals = "care missed", go = "n_asc_care" },
         { otherwise = true, go = "n_asc_concern" },
       } }
node { id = "n_asc_abuse",   outcome = "asc_abuse" }
node { id = "n_asc_care",    outcome = "asc_care" }
node { id = "n_asc_concern", outcome = "asc_concern" }

-- Noise: the team can only witness what is going on.
node { id = "n_noise", ask = { "q_noise_now" },
       branches = {
         { fact = "noise_now", equals = "yes", go = "n_noise_visit" },
         { otherwise = true, go = "n_noise_diary" },
       } }
node { id = "n_noise_visit", outcome = "noise_visit" }
node { id = "n_noise_diary", outcome = "noise_diary" }

------------------------------------------------------------------------------------------
-- Outcomes.
------------------------------------------------------------------------------------------
local home_forbidden = { "diy_repair", "withhold_rent" }
local outside_forbidden = { "clear_it_yourself", "touch_cable" }

-- housing repairs
outcome { id = "repair_water", code = "RPR-EM", priority = "EMG", validity = "genuine",
  resources = { operative = 1 },
  briefing = { "location", "nature", "hazards", "access" },
  tasks = { operative = { "stop_leak", "isolate_electrics" } },
  advice = { "electrics_safety", "contain_water" },
  permitted = { "call_back" },
  forbidden = { "diy_repair", "withhold_rent", "use_switches" } }

outcome { id = "repair_heating", code = "RPR-EM", priority = "EMG", validity = "genuine",
  resources = { operative = 1 },
  briefing = { "location", "nature", "vulnerable", "access" },
  tasks = { operative = { "heaters" } },
  advice = { "keep_warm" },
  permitted = { "call_back" },
  forbidden = home_forbidden }

outcome { id = "repair_secure", code = "RPR-EM", priority = "EMG", validity = "genuine",
  resources = { operative = 1 },
  briefing = { "location", "nature", "access" },
  tasks = { operative = { "board_up" } },
  advice = { "secure_home" },
  permitted = { "call_101", "no_confront", "call_back" },
  forbidden = { "diy_repair", "withhold_rent", "confront" } }

outcome { id = "repair_electrics", code = "RPR-EM", priority = "EMG", validity = "genuine",
  resources = { operative = 1 },
  briefing = { "location", "nature", "hazards", "access" },
  tasks = { operative = { "isolate_electrics" } },
  advice = { "electrics_safety" },
  permitted = { "keep_warm", "call_back" },
  forbidden = { "diy_repair", "withhold_rent", "use_switches" } }

outcome { id = "repair_urgent", code = "RPR-URG", priority = "URG", validity = "non_emergency",
  advice = { "raised_day_team" },
  permitted = { "contain_water", "keep_warm", "secure_home", "call_back" },
  forbidden = home_forbidden,
  notify = { { org = "repairs_day", channel = "data" } } }

outcome { id = "repair_routine", code = "RPR-RTN", priority = "RTN", validity = "non_emergency",
  advice = { "raised_day_team" },
  permitted = { "call_back" },
  forbidden = home_forbidden,
  notify = { { org = "repairs_day", channel = "data" } } }

outcome { id = "repair_ha", code = "RPR-HA", priority = "NCA", validity = "non_emergency",
  advice = { "call_ha" },
  permitted = { "contain_water", "keep_warm", "electrics_safety", "call_back" },
  forbidden = home_forbidden,
  notify = { { org = "housing_association", channel = "data" } } }

outcome { id = "repair_private", code = "RPR-PRV", priority = "NCA", validity = "non_emergency",
  advice = { "landlord_duty" },
  permitted = { "contain_water", "keep_warm", "electrics_safety", "call_back" },
  forbidden = home_forbidden }

-- dangerous structures
outcome { id = "ds_collapse", code = "DS-COL", priority = "IMM", validity = "genuine",
  resources = { surveyor = 1, highways_team = 1 },
  briefing = { "location", "nature", "hazards", "caller_contact" },
  tasks = { surveyor = { "assess_structure" }, highways_team = { "cordon" } },
  advice = { "keep_clear" },
  permitted = { "dont_touch_cable", "call_back" },
  forbidden = outside_forbidden,
  notify = { { org = "police", channel = "voice" } } }

outcome { id = "ds_imminent", code = "DS-IMM", priority = "IMM", validity = "genuine",
  resources = { surveyor = 1, highways_team = 1 },
  briefing = { "location", "nature", "hazards", "caller_contact" },
  tasks = { surveyor = { "assess_structure" }, highways_team = { "cordon" } },
  advice = { "keep_clear" },
  permitted = { "dont_touch_cable", "call_back" },
  forbidden = outside_forbidden }

outcome { id = "ds_private", code = "DS-PRV", priority = "URG", validity = "non_emergency",
  advice = { "keep_clear", "raised_day_team" },
  permitted = { "call_back" },
  forbidden = outside_forbidden,
  notify = { { org = "building_control", channel = "data" } } }

outcome { id = "ds_inspect", code = "DS-INS", priority = "URG", validity = "non_emergency",
  advice = { "raised_day_team" },
  permitted = { "keep_clear", "call_back" },
  forbidden = outside_forbidden,
  notify = { { org = "building_control", channel = "data" } } }

-- the highway
outcome { id = "hwy_cables", code = "HWY-CAB", priority = "IMM", validity = "genuine",
  resources = { highways_team = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { highways_team = { "cordon" } },
  advice = { "keep_clear", "dont_touch_cable" },
  permitted = { "call_back" },
  forbidden = outside_forbidden,
  notify = { { org = "electricity", channel = "voice" }, { org = "police", channel = "voice" } } }

outcome { id = "hwy_blocked", code = "HWY-OBS", priority = "IMM", validity = "genuine",
  resources = { highways_team = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { highways_team = { "cordon", "clear_road" } },
  advice = { "keep_clear" },
  permitted = { "call_back" },
  forbidden = outside_forbidden,
  notify = { { org = "police", channel = "voice" } } }

outcome { id = "hwy_danger", code = "HWY-OBS", priority = "IMM", validity = "genuine",
  resources = { highways_team = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { highways_team = { "cordon", "clear_road" } },
  advice = { "keep_clear" },
  permitted = { "call_back" },
  forbidden = outside_forbidden }

-- Water coming up through the road is the water company's main; the crew signs and closes the road.
outcome { id = "hwy_flood", code = "HWY-FLD", priority = "IMM", validity = "genuine",
  resources = { highways_team = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { highways_team = { "cordon" } },
  advice = { "keep_clear" },
  permitted = { "call_back" },
  forbidden = outside_forbidden,
  notify = { { org = "water", channel = "voice" } } }

outcome { id = "hwy_defect", code = "HWY-DEF", priority = "URG", validity = "non_emergency",
  advice = { "raised_day_team" },
  permitted = { "call_back" },
  forbidden = outside_forbidden,
  notify = { { org = "highways_day", channel = "data" } } }

-- A second report of an open job: nothing new is sent; what the caller adds is passed on.
outcome { id = "duplicate", code = "DUP", priority = "LNK", validity = "duplicate",
  advice = { "keep_clear" },
  permitted = { "call_back" },
  forbidden = outside_forbidden }

outcome { id = "duplicate_cables", code = "DUP", priority = "LNK", validity = "duplicate",
  advice = { "keep_clear", "dont_touch_cable" },
  permitted = { "call_back" },
  forbidden = outside_forbidden,
  notify = { { org = "electricity", channel = "voice" } } }

-- adults at risk
outcome { id = "asc_abuse", code = "ASC-ARK", priority = "EMG", validity = "genuine",
  resources = { social_worker = 1 },
  briefing = { "location", "nature", "vulnerable", "caller_contact" },
  tasks = { social_worker = { "welfare_visit" } },
  advice = { "no_confront" },
  permitted = { "stay_with", "call_back" },
  forbidden = { "confront", "double_dose" },
  notify = { { org = "police", channel = "voice" } } }

outcome { id = "asc_care", code = "ASC-ARK", priority = "EMG", validity = "genuine",
  resources = { social_worker = 1 },
  briefing = { "location", "nature", "vulnerable", "access" },
  tasks = { social_worker = { "welfare_visit" } },
  advice = { "call_back" },
  permitted = { "keep_warm", "stay_in", "stay_with" },
  forbidden = { "double_dose" } }

outcome { id = "asc_concern", code = "ASC-CON", priority = "NCA", validity = "non_emergency",
  advice = { "raised_day_team" },
  permitted = { "stay_with", "call_back" },
  forbidden = { "double_dose" },
  notify = { { org = "adult_care_day", channel = "data" } } }

-- noise
outcome { id = "noise_visit", code = "NOISE", priority = "TNT", validity = "genuine",
  resources = { noise_officer = 1 },
  briefing = { "location", "nature", "caller_contact" },
  tasks = { noise_officer = { "witness_noise" } },
  advice = { "no_confront" },
  permitted = { "noise_diary", "call_back" },
  forbidden = { "confront" } }

outcome { id = "noise_diary", code = "NOISE", priority = "NCA", validity = "non_emergency",
  advice = { "noise_diary" },
  permitted = { "no_confront", "call_back" },
  forbidden = { "confront" } }

-- not the council's
outcome { id = "ref_gas", code = "REF-GAS", priority = "REF", validity = "genuine",
  advice = { "leave_gas", "call_gas_line" },
  permitted = { "call_back" },
  forbidden = { "use_switches", "diy_repair", "wait_council", "withhold_rent" },
  notify = { { org = "gas", channel = "voice" } } }

outcome { id = "ref_police_now", code = "REF-POL", priority = "REF", validity = "genuine",
  advice = { "call_police_999" },
  permitted = { "no_confront", "call_back" },
  forbidden = { "confront" },
  notify = { { org = "police", channel = "voice" } } }

outcome { id = "ref_police_report", code = "REF-POL", priority = "REF", validity = "genuine",
  advice = { "call_101" },
  permitted = { "no_confront", "call_back" },
  forbidden = { "confront" } }

outcome { id = "ref_999", code = "REF-999", priority = "REF", validity = "genuine",
  advice = { "call_999" },
  permitted = { "call_back" } }

outcome { id = "not_council", code = "NCA", priority = "NCA", validity = "non_emergency",
  advice = { "office_hours" },
  permitted = { "call_back" } }

outcome { id = "hoax", code = "HOAX", priority = "NCA", validity = "hoax",
  advice = { "warn_misuse" },
  notify = { { org = "police", channel = "data" } } }

-- complaints
local complaint_forbidden = { "admit_liability", "promise_compensation", "withhold_rent", "diy_repair" }

outcome { id = "complaint", code = "CMP", priority = "NCA", validity = "genuine",
  complaint = true,
  permitted = { "contents_insurance", "contain_water", "keep_warm", "call_back" },
  forbidden = complaint_forbidden }

outcome { id = "complaint_electrics", code = "CMP-EM", priority = "EMG", validity = "genuine",
  complaint = true,
  resources = { operative = 1 },
  briefing = { "location", "nature", "hazards", "access", "history" },
  tasks = { operative = { "stop_leak", "isolate_electrics" } },
  advice = { "electrics_safety" },
  permitted = { "contain_water", "contents_insurance", "call_back" },
  forbidden = { "admit_liability", "promise_compensation", "withhold_rent", "diy_repair", "use_switches" } }

outcome { id = "complaint_emergency", code = "CMP-EM", priority = "EMG", validity = "genuine",
  complaint = true,
  resources = { operative = 1 },
  briefing = { "location", "nature", "access", "history" },
  tasks = { operative = { "make_safe" } },
  advice = { "call_back" },
  permitted = { "contain_water", "keep_warm", "secure_home", "contents_insurance" },
  forbidden = complaint_forbidden }

------------------------------------------------------------------------------------------
-- Escalation: what must go above the call-handler, and how fast.
------------------------------------------------------------------------------------------
-- A third (or later) report of the same repair is a service failure: the duty manager
-- reviews it tonight and can authorise an out-of-hours contractor.
escalation { id = "repeat_failure", fact = "reports", at_least = 3,
             level = "duty_manager", within_s = 300 }
-- Care for an adult at risk tonight (a sitter, a respite bed, police) is spending and action
-- beyond the call-handler's authority.
escalation { id = "adult_at_risk", fact = "adult_risk", one_of = { "abuse", "care missed" },
             level = "duty_manager", within_s = 300 }
-- A structure that has fallen onto a public place: road closures, media, the owner's liability.
escalation { id = "collapse", fact = "struct_risk", equals = "fallen",
             level = "duty_manager", within_s = 300 }
-- Homes at risk may mean evacuating people: the emergency planning officer opens a rest centre.
escalation { id = "homes_at_risk", fact = "homes_at_risk", equals = "yes",
             level = "emergency_planning", within_s = 300 }
-- A hoax is logged, the duty manager told, and the details sent to the police (the council's
-- policy on false reports to its emergency line).
escalation { id = "hoax", fact = "at_scene", equals = "hoax",
             level = "duty_manager", within_s = 600 }
