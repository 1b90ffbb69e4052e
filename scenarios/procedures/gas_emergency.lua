-- Northshire Gas Networks emergency service: the call-handling procedure of a gas distribution
-- network's 24-hour emergency line. Pure declarations (docs/format.md); no functions.
--
-- Who we are: the network that owns the gas mains, the service pipes and the meters' emergency
-- control valves in Northshire. Anyone who smells gas, suspects carbon monoxide, has lost
-- their gas supply or has damaged a gas pipe or meter calls this line, free, day and night.
-- We make the gas safe; we do not repair appliances or the customer's own pipework beyond
-- the meter (a Gas Safe registered engineer does), and we do not sell gas (the supplier does).
--
-- Standards (Ofgem standards of service and the Gas Safety (Management) Regulations 1996):
-- answer 90% of calls within 30 s; attend uncontrolled escapes and carbon monoxide reports
-- within 1 hour, controlled escapes within 2 hours. The dispatch targets of the priorities
-- below are those attendance standards; the engineer is sent at once so that they are met.
--
-- Shape of a call: answer within 30 s, open question first ("Tell me what's happening"), then
-- the address, the kind of building, the caller's name and call-back number; then the
-- questions of the report's branch; safety advice as soon as the smell or symptoms are known
-- (never wait for the end of the questions to tell someone with a strong smell to get out);
-- then code, priority, validity, send the first-call operative, brief and task the engineer,
-- inform partner organisations, escalate where a rule says so.

procedure {
  id = "gas_emergency",
  version = "1.0.0",
  title = "Gas emergency service: escapes, carbon monoxide, supply and damage",
  organisation = "Northshire Gas Networks emergency service",
  root = "n_start",
  answer_target_s = 30,   -- 90% of emergency calls answered within 30 s
  pass_percent = 75,
}

------------------------------------------------------------------------------------------
-- Priorities. The dispatch target is the attendance standard for the priority.
------------------------------------------------------------------------------------------
priority { id = "E1", label = "Emergency: engineer attends within 1 hour (uncontrolled escape, carbon monoxide, damage with gas escaping)",
           dispatch_target_s = 3600 }
priority { id = "E2", label = "Emergency: engineer attends within 2 hours (controlled escape, damage with no gas escaping)",
           dispatch_target_s = 7200 }
priority { id = "R1", label = "Routine: engineer attends within 12 hours (loss of supply)", dispatch_target_s = 43200 }
priority { id = "NA", label = "No attendance: advice or referral" }

------------------------------------------------------------------------------------------
-- Job codes (standard wording on the job and in the message to the engineer).
------------------------------------------------------------------------------------------
code { id = "GE-FIRE", text = "Gas escape with fire or explosion" }
code { id = "GE-PERS", text = "Uncontrolled gas escape, persons unable to leave the building" }
code { id = "GE-UNC",  text = "Uncontrolled gas escape inside a property" }
code { id = "GE-CON",  text = "Controlled gas escape: emergency control valve off, smell faint or gone" }
code { id = "GE-EXT",  text = "Gas escape outside (street, garden, outside a building)" }
code { id = "GE-DUP",  text = "Duplicate report: linked to the open job for the same escape" }
code { id = "CO-CAS",  text = "Carbon monoxide: casualty (collapsed, unresponsive or severe symptoms)" }
code { id = "CO-SYM",  text = "Carbon monoxide: symptoms reported" }
code { id = "CO-ALM",  text = "Carbon monoxide: alarm sounding, no symptoms" }
code { id = "DMG-ESC", text = "Third-party damage to a meter or pipe, gas escaping" }
code { id = "DMG",     text = "Third-party damage to a meter or pipe, no gas escaping" }
code { id = "NS-AREA", text = "Loss of supply affecting several properties" }
code { id = "NS",      text = "Loss of supply to one property" }
code { id = "NS-CRED", text = "No gas: prepayment meter out of credit (supplier's matter)" }
code { id = "NON-GAS", text = "Not a gas matter: advice and referral" }
code { id = "COMPLAINT", text = "Complaint or query about the handling of an earlier job" }

------------------------------------------------------------------------------------------
-- Facts.
------------------------------------------------------------------------------------------
fact { id = "report", text = "What the caller is reporting",
       values = { "smell", "carbon monoxide", "no supply", "damage", "other", "complaint" } }
fact { id = "address", text = "The address of the property or the place of the smell" }
fact { id = "premises", text = "What kind of building it is",
       values = { "house", "flat", "business", "public building" } }
fact { id = "caller_name", text = "The caller's name" }
fact { id = "callback", text = "The number to call the caller back on" }

-- escapes
fact { id = "smell_where", text = "Whether the smell is inside or outside, and where it is strongest",
       values = { "inside", "outside" } }
fact { id = "strength", text = "How strong the smell is", values = { "faint", "strong" } }
fact { id = "ecv", text = "Whether the gas has been turned off at the emergency control valve by the meter",
       values = { "off", "on", "cannot" } }
fact { id = "reported", text = "Whether the smell has already been reported to us (an open job)",
       values = { "yes", "no" } }
fact { id = "fire", text = "Whether there is any fire, or has been a bang or explosion",
       values = { "no", "fire", "explosion" } }
fact { id = "occupants", text = "Who is in the property, and whether anyone is vulnerable" }
fact { id = "ignition", text = "Whether anything that could set gas alight is lit or running (flames, cigarettes, sparking electrics)",
       values = { "yes", "no" } }
fact { id = "cannot_leave", text = "Whether anyone cannot get out of the building without help",
       values = { "yes", "no" } }

-- carbon monoxide
fact { id = "co_symptoms", text = "Whether anyone has symptoms of carbon monoxide poisoning, and how bad",
       values = { "none", "mild", "severe" } }
fact { id = "co_alarm", text = "Whether a carbon monoxide alarm is sounding", values = { "yes", "no" } }
fact { id = "appliance", text = "The gas appliance suspected, and whether it is still on" }
fact { id = "tenure", text = "Whether the home is rented (and from whom) or owned", values = { "rented", "owned" } }

-- supply
fact { id = "prepay", text = "Whether it is a prepayment meter that has run out of credit", values = { "yes", "no" } }
fact { id = "neighbours", text = "Whether the neighbours have lost their gas too", values = { "yes", "no" } }

-- damage
fact { id = "damage", text = "What was damaged, and how (meter, pipe, by whom)" }
fact { id = "escaping", text = "Whether gas can be heard, smelt or seen escaping from the damage", values = { "yes", "no" } }

-- follow-up calls
fact { id = "complaint_job", text = "Which earlier job the complaint is about (address, date and time)" }
fact { id = "complaint_harm", text = "Whether the complaint alleges that someone was harmed or put at risk by how the job was handled",
       values = { "yes", "no" } }
fact { id = "complaint_wants", text = "What the complainant wants to happen" }

------------------------------------------------------------------------------------------
-- Job log fields.
------------------------------------------------------------------------------------------
field { id = "location",   label = "Address / location",                 fact = "address" }
field { id = "nature",     label = "Nature of report",                   fact = "report" }
field { id = "premises",   label = "Type of building",                   fact = "premises" }
field { id = "caller_name", label = "Caller name",                       fact = "caller_name" }
field { id = "callback",   label = "Call-back number",                   fact = "callback" }
field { id = "smell",      label = "Smell: inside or outside, where strongest", fact = "smell_where" }
field { id = "strength",   label = "Smell: strength",                    fact = "strength" }
field { id = "ecv",        label = "Emergency control valve (ECV)",      fact = "ecv" }
field { id = "reported",   label = "Already reported / open job",        fact = "reported" }
field { id = "fire",       label = "Fire or explosion",                  fact = "fire" }
field { id = "occupants",  label = "Occupants / vulnerable persons",     fact = "occupants" }
field { id = "ignition",   label = "Ignition sources",                   fact = "ignition" }
field { id = "leave",      label = "Persons unable to leave",            fact = "cannot_leave" }
field { id = "symptoms",   label = "CO: symptoms",                       fact = "co_symptoms" }
field { id = "alarm",      label = "CO: alarm",                          fact = "co_alarm" }
field { id = "appliance",  label = "CO: appliance suspected",            fact = "appliance" }
field { id = "tenure",     label = "Tenure / landlord",                  fact = "tenure" }
field { id = "prepay",     label = "Supply: prepayment meter out of credit", fact = "prepay" }
field { id = "neighbours", label = "Supply: neighbours affected",        fact = "neighbours" }
field { id = "damage",     label = "Damage: what and how",               fact = "damage" }
field { id = "escaping",   label = "Damage: gas escaping",               fact = "escaping" }
field { id = "complaint_job",   label = "Complaint: original job (address, date, time)", fact = "complaint_job" }
field { id = "complaint_harm",  label = "Complaint: harm or risk alleged", fact = "complaint_harm" }
field { id = "complaint_wants", label = "Complaint: outcome wanted",     fact = "complaint_wants" }

------------------------------------------------------------------------------------------
-- Questions.
------------------------------------------------------------------------------------------
question { id = "q_what", kind = "open", fact = "report", field = "nature",
           text = "Gas emergency service. Tell me what's happening." }
question { id = "q_address", kind = "closed", fact = "address", field = "location",
           text = "What's the full address, with the house or flat number and the postcode if you know it?" }
question { id = "q_premises", kind = "closed", fact = "premises", field = "premises",
           text = "What kind of building is it: a house, a flat, or a business or public building?" }
question { id = "q_name", kind = "closed", fact = "caller_name", field = "caller_name",
           text = "Can I take your name, please?" }
question { id = "q_callback", kind = "closed", fact = "callback", field = "callback",
           text = "What number can the engineer call you back on?" }

question { id = "q_smell_where", kind = "open", fact = "smell_where", field = "smell",
           text = "Tell me where you can smell the gas. Is it inside or outside, and where is it strongest?" }
question { id = "q_strength", kind = "closed", fact = "strength", field = "strength",
           text = "How strong is the smell: just a faint whiff, or a strong smell?" }
question { id = "q_ecv", kind = "closed", fact = "ecv", field = "ecv",
           text = "Have you been able to turn the gas off at the meter, with the lever on the pipe next to it?" }
question { id = "q_reported", kind = "closed", fact = "reported", field = "reported",
           text = "Has anyone already rung us about this smell, as far as you know?" }
question { id = "q_fire", kind = "closed", fact = "fire", field = "fire",
           text = "Is anything on fire, or has there been a bang or an explosion?" }
question { id = "q_occupants", kind = "closed", fact = "occupants", field = "occupants",
           text = "Who is in the property right now? Is anyone elderly, disabled, very young or unwell?" }
question { id = "q_ignition", kind = "closed", fact = "ignition", field = "ignition",
           text = "Is anything lit or running near the smell: a cooker, a fire, candles, a cigarette, anything electrical?" }
question { id = "q_leave", kind = "closed", fact = "cannot_leave", field = "leave",
           text = "Can everyone get out of the building on their own, or is there anyone who can't?" }

question { id = "q_co_symptoms", kind = "closed", fact = "co_symptoms", field = "symptoms",
           text = "Does anyone feel unwell: a headache, dizzy, sick, sleepy or confused? Has anyone collapsed?" }
question { id = "q_co_alarm", kind = "closed", fact = "co_alarm", field = "alarm",
           text = "Do you have a carbon monoxide alarm, and is it going off?" }
question { id = "q_appliance", kind = "open", fact = "appliance", field = "appliance",
           text = "Tell me about your gas appliances: the boiler, a gas fire, the cooker. Which ones were on?" }
question { id = "q_tenure", kind = "closed", fact = "tenure", field = "tenure",
           text = "Do you own your home, or do you rent it? Who is your landlord?" }

question { id = "q_prepay", kind = "closed", fact = "prepay", field = "prepay",
           text = "Is it a prepayment meter, a card or key meter? Does it show any credit?" }
question { id = "q_neighbours", kind = "closed", fact = "neighbours", field = "neighbours",
           text = "Have any of your neighbours lost their gas as well?" }

question { id = "q_damage", kind = "open", fact = "damage", field = "damage",
           text = "Tell me what's been damaged, and how it happened." }
question { id = "q_escaping", kind = "closed", fact = "escaping", field = "escaping",
           text = "Can you hear gas hissing, or smell it, coming from the damage?" }

question { id = "q_complaint_job", kind = "closed", fact = "complaint_job", field = "complaint_job",
           text = "So that I can find it: what was the address, and when did you call us about it?" }
question { id = "q_complaint_harm", kind = "closed", fact = "complaint_harm", field = "complaint_harm",
           text = "Was anyone hurt, made ill, or put in danger by what happened?" }
question { id = "q_complaint_wants", kind = "open", fact = "complaint_wants", field = "complaint_wants",
           text = "What would you like to happen as a result of your complaint?" }

------------------------------------------------------------------------------------------
-- Standard phrases.
------------------------------------------------------------------------------------------
phrase { id = "reassure", kind = "reassure",
         text = "You've done the right thing calling us. I'm going to help you make it safe, and an engineer is being sent. Stay on the line with me." }
phrase { id = "reassure_coming", kind = "reassure",
         text = "The engineer is on the way to you now, and I'll stay on the line while you get yourself safe." }
phrase { id = "reassure_listen", kind = "reassure",
         text = "I understand. I'm listening, and I'm going to help you with this. Let's go through it together." }
phrase { id = "acknowledge", kind = "reassure",
         text = "I'm sorry for what you've been through, and I can hear how upsetting it has been. I'm going to make sure your complaint is properly looked into." }
phrase { id = "control", kind = "control",
         text = "I need you to listen carefully and do exactly what I say. It will only take a moment, and it will keep you safe." }
phrase { id = "control_breathe", kind = "control",
         text = "Take a slow breath for me. You're doing well. Just answer me one thing at a time." }
phrase { id = "refuse_unsafe", kind = "control",
         text = "I'm sorry, I can't tell you to do that, because it isn't safe. Please leave it exactly as it is: the engineer will deal with it when they get there." }
phrase { id = "repeat_back", kind = "repeat_back",
         text = "Let me read that back to you to make sure I have it right." }
phrase { id = "next_steps", kind = "next_steps",
         text = "Here's what happens next: an emergency engineer is on the way. They'll make the gas safe and check the property. Please let them in and show them where the meter is." }
phrase { id = "next_steps_linked", kind = "next_steps",
         text = "Here's what happens next: the engineer who is already on the way will deal with this, and I've added everything you've told me to their job." }
phrase { id = "close_call", kind = "next_steps",
         text = "I'm going to end the call now. If the smell gets stronger, or anything changes, ring us straight back on this number." }

------------------------------------------------------------------------------------------
-- Advice. Whether required, permitted or forbidden depends on the outcome.
------------------------------------------------------------------------------------------
-- escapes
advice { id = "turn_off_ecv", text = "If you can reach it safely, turn the gas off at the meter: turn the lever on the pipe next to it so that the handle is across the pipe." }
advice { id = "ventilate", text = "Open the doors and windows to let the gas out." }
advice { id = "no_switches", text = "Don't touch any electrical switches, not even a light switch or the doorbell, and don't plug anything in or pull anything out." }
advice { id = "no_flames", text = "Don't smoke, strike a match or use a lighter, and put out any naked flames." }
advice { id = "get_out", text = "Get everyone out of the building now, leave the door open behind you, and wait outside, well away from it." }
advice { id = "keep_away", text = "Keep yourself and everyone else well away from the smell, and stop anyone smoking or starting a car or engine near it." }
advice { id = "phone_outside", text = "Don't use your phone inside: if you need to ring us again, do it from outside." }
advice { id = "no_lift", text = "Don't use the lift: use the stairs." }
advice { id = "help_by_window", text = "If someone can't get out, open the windows wide in the room they are in and keep them by the open window. The fire service is coming to help them." }
advice { id = "meet_engineer", text = "When the engineer arrives, show them where the meter is and where you smelt the gas." }
advice { id = "call_back", text = "If the smell gets stronger, or anyone feels unwell, ring us straight back." }
-- carbon monoxide
advice { id = "co_fresh_air", text = "Get everyone out into the fresh air, and open the doors and windows as you go." }
advice { id = "co_appliance_off", text = "If it is safe to do so, turn off the gas fire, boiler or cooker you think is causing it, and don't use it again until it has been checked." }
advice { id = "co_doctor", text = "See a doctor straight away, or go to the hospital, and tell them you may have breathed in carbon monoxide." }
advice { id = "co_ambulance", text = "I'm calling an ambulance now. Keep the front door and the windows wide open, and stay with them by the open door, in the fresh air." }
advice { id = "unlock_door", text = "Leave the front door unlocked and the outside light on if it's already on, so that help can get in." }
-- supply
advice { id = "appliances_off", text = "Turn off all your gas appliances at their own controls, so that nothing is left on when the gas comes back." }
advice { id = "no_relight", text = "When the gas comes back on, don't relight anything yourself: our engineer will check it and relight it for you." }
advice { id = "top_up_credit", text = "Your meter has run out of credit: top it up, or ring your gas supplier, whose number is on your bill, for emergency credit." }
-- not gas
advice { id = "refer_other", text = "That doesn't sound like gas. For a smell from the drains, ring your water company; for anything else, your council can help." }
-- never to be given
advice { id = "find_leak", text = "Have a look round yourself to find where the gas is coming from: sniff along the pipes and around the appliances." }   -- forbidden
advice { id = "match_test", text = "Light a match or a lighter near the pipe to check whether it's gas." }                                             -- forbidden
advice { id = "lights_on", text = "Switch the lights on so that you can see where it's coming from." }                                               -- forbidden
advice { id = "go_back_in", text = "Once the smell has faded a bit, go back in to fetch what you need." }                                            -- forbidden
advice { id = "turn_back_on", text = "When the smell has gone, turn the gas back on at the meter." }                                                 -- forbidden
advice { id = "relight_boiler", text = "Go ahead and relight it yourself; if it lights, it's fine." }                                                -- forbidden
advice { id = "fix_pipe", text = "Wrap some tape round the damaged pipe, or push something into the hole, to stop the gas." }                         -- forbidden
advice { id = "silence_alarm", text = "Take the battery out of the alarm if it keeps going off; it's probably faulty." }                               -- forbidden
-- complaints: what a call-handler must never say
advice { id = "admit_fault", text = "You're right, our engineer got it wrong, and it's our fault." }                                                  -- forbidden
advice { id = "promise_outcome", text = "I promise you'll get compensation, and the engineer will be dealt with." }                                   -- forbidden

------------------------------------------------------------------------------------------
-- Resources, what an engineer must be told, and what they may be asked to do.
------------------------------------------------------------------------------------------
resource_type { id = "fco",         name = "First-call operative: emergency engineer in a response van" }
resource_type { id = "repair_team", name = "Emergency repair team: excavation and pipe repair gang" }

briefing_item { id = "location",       text = "Address, access and where the meter is" }
briefing_item { id = "nature",         text = "Nature of the report and its job code" }
briefing_item { id = "occupants",      text = "Who is in the property, vulnerable people, anyone unable to leave" }
briefing_item { id = "hazards",        text = "Hazards: smell strength, ignition sources, fire, crowds, traffic" }
briefing_item { id = "isolation",      text = "Whether the gas has been turned off at the meter, and the smell since" }
briefing_item { id = "symptoms",       text = "Carbon monoxide symptoms: who, and how bad" }
briefing_item { id = "caller_contact", text = "Caller's name and call-back number" }

task { id = "make_safe",        text = "Make safe: isolate the supply and ventilate" }
task { id = "trace_escape",     text = "Find the source of the escape with a gas detector" }
task { id = "check_neighbours", text = "Check the neighbouring properties for gas getting in" }
task { id = "co_investigate",   text = "Test for carbon monoxide; disconnect and label the faulty appliance" }
task { id = "repair_pipe",      text = "Excavate and repair the damaged pipe" }
task { id = "restore_supply",   text = "Find the cause of the loss of supply and restore it safely" }
task { id = "liaise_fire",      text = "Meet the fire and rescue service and isolate the gas to the building" }

------------------------------------------------------------------------------------------
-- Escalation levels and partner organisations.
------------------------------------------------------------------------------------------
level { id = "supervisor",        name = "Contact centre team leader" }
level { id = "duty_engineer",     name = "Duty engineer (emergency first-line manager on shift)" }
level { id = "emergency_manager", name = "Network control: emergency manager" }
level { id = "major_incident",    name = "Major incident manager (gold)" }

organisation { id = "fire",            name = "Fire and rescue service, by 999",
               channels = { "voice" }, preferred = "voice" }
organisation { id = "ambulance",       name = "Ambulance service, by 999",
               channels = { "voice" }, preferred = "voice" }
organisation { id = "electricity",     name = "Electricity network operator, control room",
               channels = { "voice", "data" }, preferred = "voice" }
organisation { id = "local_authority", name = "Northshire Council: highways and emergency planning",
               channels = { "voice", "data" }, preferred = "data" }
organisation { id = "landlord",        name = "The landlord's gas safety contact",
               channels = { "voice", "data" }, preferred = "data" }

-- Words of the trade that mean nothing, or the wrong thing, to a caller.
jargon { "ECV", "AECV", "PRE", "FCO", "CO", "UE", "CE", "meter regulator", "uncontrolled escape",
         "controlled escape", "purge", "governor", "MOB", "RIDDOR", "GSIUR", "E1", "E2", "LPG",
         "service pipe", "DNO" }

------------------------------------------------------------------------------------------
-- The complaint procedure: a complaint or query about an earlier job, on the call, in
-- this order. The call-handler neither decides the complaint nor admits fault; customer
-- relations does. A complaint that alleges harm or danger goes to the team leader at once.
------------------------------------------------------------------------------------------
complaint_step { id = "acknowledge", order = 1,
  text = "Listen, acknowledge the complaint and say sorry for what the customer has been through" }
complaint_step { id = "record", order = 2,
  text = "Record the customer's details and the complaint, in their own words" }
complaint_step { id = "investigate", order = 3,
  text = "Find the original job and check what it shows: call time, code, priority, engineer's arrival and notes" }
complaint_step { id = "respond", order = 4,
  text = "Explain what the job record shows, factually: no admission of fault, no promise of compensation, no blame on engineers" }
complaint_step { id = "refer", order = 5,
  text = "Refer the complaint to customer relations with the job reference, and explain the route: "
      .. "a reply within 10 working days, and the Energy Ombudsman if it is not resolved within 8 weeks" }
complaint_step { id = "follow_up", order = 6,
  text = "Agree how and when the customer will be contacted, and give them the complaint reference" }

------------------------------------------------------------------------------------------
-- The decision tree.
------------------------------------------------------------------------------------------
node { id = "n_start", ask = { "q_what" },
       branches = {
         { fact = "report", equals = "complaint", go = "n_complaint" },
         { otherwise = true, go = "n_call" },
       } }

node { id = "n_complaint",
       ask = { "q_complaint_job", "q_complaint_harm", "q_name", "q_callback", "q_complaint_wants" },
       outcome = "complaint" }

-- Every new report: where, what kind of building, who is calling.
node { id = "n_call", ask = { "q_address", "q_premises", "q_name", "q_callback" },
       branches = {
         { fact = "report", equals = "smell", go = "n_smell" },
         { fact = "report", equals = "carbon monoxide", go = "n_co" },
         { fact = "report", equals = "damage", go = "n_damage" },
         { fact = "report", equals = "no supply", go = "n_supply" },
         { otherwise = true, go = "n_other" },
       } }

-- Smell of gas. Fire first; then whether this escape is already a job.
node { id = "n_smell",
       ask = { "q_smell_where", "q_strength", "q_reported", "q_fire", "q_ignition" },
       branches = {
         { fact = "fire", one_of = { "fire", "explosion" }, go = "n_fire" },
         { fact = "reported", equals = "yes", go = "n_reported" },
         { otherwise = true, go = "n_escape" },
       } }
-- Already reported: the same smell outside is a duplicate of the open job; a smell inside the
-- caller's own property is a new escape (gas may be getting into the building).
node { id = "n_reported",
       branches = {
         { fact = "smell_where", equals = "outside", go = "n_duplicate" },
         { otherwise = true, go = "n_escape" },
       } }
node { id = "n_escape",
       branches = {
         { fact = "smell_where", equals = "outside", go = "n_external" },
         { otherwise = true, go = "n_inside" },
       } }
-- Inside a property: whether the gas is off at the meter, and who is there.
node { id = "n_inside", ask = { "q_ecv", "q_occupants" },
       branches = {
         { fact = "strength", equals = "strong", go = "n_strong" },
         { fact = "ecv", one_of = { "on", "cannot" }, go = "n_uncontrolled" },
         { otherwise = true, go = "n_controlled" },        -- turned off at the meter, smell faint
       } }
-- A strong smell: everyone out, and the fire service for anyone who cannot get out.
node { id = "n_strong", ask = { "q_leave" },
       branches = {
         { fact = "cannot_leave", equals = "yes", go = "n_persons" },
         { otherwise = true, go = "n_strong_only" },
       } }
node { id = "n_fire", ask = { "q_occupants" }, outcome = "escape_fire" }
node { id = "n_duplicate",    outcome = "duplicate" }
node { id = "n_external",     outcome = "escape_external" }
node { id = "n_persons",      outcome = "escape_persons" }
node { id = "n_strong_only",  outcome = "escape_strong" }
node { id = "n_uncontrolled", outcome = "escape_uncontrolled" }
node { id = "n_controlled",   outcome = "escape_controlled" }

-- Carbon monoxide. Symptoms decide; a rented home's landlord must hear of it.
node { id = "n_co", ask = { "q_co_symptoms", "q_co_alarm", "q_appliance", "q_occupants" },
       branches = {
         { fact = "co_symptoms", equals = "severe", go = "n_co_casualty" },
         { fact = "co_symptoms", equals = "mild", go = "n_co_symptoms" },
         { otherwise = true, go = "n_co_alarm" },          -- no symptoms, or not known: alarm only
       } }
node { id = "n_co_casualty", ask = { "q_tenure" },
       branches = {
         { fact = "tenure", equals = "rented", go = "n_co_casualty_rented" },
         { otherwise = true, go = "n_co_casualty_owned" },
       } }
node { id = "n_co_symptoms", ask = { "q_tenure" },
       branches = {
         { fact = "tenure", equals = "rented", go = "n_co_symptoms_rented" },
         { otherwise = true, go = "n_co_symptoms_owned" },
       } }
node { id = "n_co_casualty_rented", outcome = "co_casualty_rented" }
node { id = "n_co_casualty_owned",  outcome = "co_casualty" }
node { id = "n_co_symptoms_rented", outcome = "co_symptoms_rented" }
node { id = "n_co_symptoms_owned",  outcome = "co_symptoms" }
node { id = "n_co_alarm",           outcome = "co_alarm" }

-- Damage to a meter or pipe by someone else (a driver, a builder, a digger).
node { id = "n_damage", ask = { "q_damage", "q_escaping", "q_fire" },
       branches = {
         { fact = "fire", one_of = { "fire", "explosion" }, go = "n_fire" },
         { fact = "escaping", equals = "yes", go = "n_damage_escape" },
         { otherwise = true, go = "n_damage_only" },
       } }
node { id = "n_damage_escape", outcome = "damage_escape" }
node { id = "n_damage_only",   outcome = "damage_no_escape" }

-- No gas. A prepayment meter out of credit is the supplier's; several homes off is a network fault.
node { id = "n_supply", ask = { "q_prepay", "q_neighbours", "q_occupants" },
       branches = {
         { fact = "prepay", equals = "yes", go = "n_supply_credit" },
         { fact = "neighbours", equals = "yes", go = "n_supply_area" },
         { otherwise = true, go = "n_supply_one" },
       } }
node { id = "n_supply_credit", outcome = "no_supply_credit" }
node { id = "n_supply_area",   outcome = "no_supply_area" }
node { id = "n_supply_one",    outcome = "no_supply" }

node { id = "n_other", outcome = "not_gas" }

------------------------------------------------------------------------------------------
-- Outcomes.
------------------------------------------------------------------------------------------
local escape_forbidden = { "find_leak", "match_test", "lights_on", "go_back_in", "turn_back_on", "relight_boiler", "fix_pipe" }

outcome { id = "escape_fire", code = "GE-FIRE", priority = "E1", validity = "genuine",
  resources = { fco = 1, repair_team = 1 },
  briefing = { "location", "nature", "occupants", "hazards" },
  tasks = { fco = { "liaise_fire", "make_safe", "check_neighbours" }, repair_team = { "repair_pipe" } },
  advice = { "get_out", "keep_away", "no_flames" },
  permitted = { "no_switches", "phone_outside", "call_back", "meet_engineer", "no_lift" },
  forbidden = escape_forbidden,
  notify = { { org = "fire", channel = "voice" } } }

outcome { id = "duplicate", code = "GE-DUP", priority = "E1", validity = "duplicate",
  advice = { "keep_away", "no_flames", "call_back" },
  permitted = { "no_switches", "meet_engineer", "phone_outside" },
  forbidden = escape_forbidden }

outcome { id = "escape_external", code = "GE-EXT", priority = "E1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fco = { "trace_escape", "check_neighbours" } },
  advice = { "keep_away", "no_flames", "call_back" },
  permitted = { "no_switches", "meet_engineer", "phone_outside" },
  forbidden = escape_forbidden }

outcome { id = "escape_persons", code = "GE-PERS", priority = "E1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants", "hazards", "isolation" },
  tasks = { fco = { "make_safe", "trace_escape", "check_neighbours" } },
  advice = { "turn_off_ecv", "ventilate", "no_switches", "no_flames", "get_out", "help_by_window" },
  permitted = { "no_lift", "phone_outside", "call_back", "meet_engineer" },
  forbidden = escape_forbidden,
  notify = { { org = "fire", channel = "voice" } } }

outcome { id = "escape_strong", code = "GE-UNC", priority = "E1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants", "hazards", "isolation" },
  tasks = { fco = { "make_safe", "trace_escape", "check_neighbours" } },
  advice = { "turn_off_ecv", "ventilate", "no_switches", "no_flames", "get_out" },
  permitted = { "no_lift", "phone_outside", "call_back", "meet_engineer" },
  forbidden = escape_forbidden }

outcome { id = "escape_uncontrolled", code = "GE-UNC", priority = "E1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants", "hazards", "isolation" },
  tasks = { fco = { "make_safe", "trace_escape" } },
  advice = { "turn_off_ecv", "ventilate", "no_switches", "no_flames" },
  permitted = { "get_out", "no_lift", "phone_outside", "call_back", "meet_engineer" },
  forbidden = escape_forbidden }

outcome { id = "escape_controlled", code = "GE-CON", priority = "E2", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants", "hazards", "isolation" },
  tasks = { fco = { "make_safe", "trace_escape" } },
  advice = { "ventilate", "no_switches", "no_flames", "call_back" },
  permitted = { "get_out", "phone_outside", "meet_engineer" },
  forbidden = escape_forbidden }

local co_forbidden = { "relight_boiler", "silence_alarm", "find_leak", "match_test", "go_back_in" }

outcome { id = "co_casualty", code = "CO-CAS", priority = "E1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants", "symptoms" },
  tasks = { fco = { "co_investigate", "make_safe" } },
  advice = { "co_fresh_air", "co_appliance_off", "co_ambulance" },
  permitted = { "co_doctor", "unlock_door", "call_back", "meet_engineer", "turn_off_ecv" },
  forbidden = co_forbidden,
  notify = { { org = "ambulance", channel = "voice" } } }

outcome { id = "co_casualty_rented", code = "CO-CAS", priority = "E1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants", "symptoms" },
  tasks = { fco = { "co_investigate", "make_safe" } },
  advice = { "co_fresh_air", "co_appliance_off", "co_ambulance" },
  permitted = { "co_doctor", "unlock_door", "call_back", "meet_engineer", "turn_off_ecv" },
  forbidden = co_forbidden,
  notify = { { org = "ambulance", channel = "voice" }, { org = "landlord", channel = "data" } } }

outcome { id = "co_symptoms", code = "CO-SYM", priority = "E1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants", "symptoms" },
  tasks = { fco = { "co_investigate", "make_safe" } },
  advice = { "co_fresh_air", "co_appliance_off", "co_doctor" },
  permitted = { "unlock_door", "call_back", "meet_engineer", "turn_off_ecv" },
  forbidden = co_forbidden }

outcome { id = "co_symptoms_rented", code = "CO-SYM", priority = "E1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants", "symptoms" },
  tasks = { fco = { "co_investigate", "make_safe" } },
  advice = { "co_fresh_air", "co_appliance_off", "co_doctor" },
  permitted = { "unlock_door", "call_back", "meet_engineer", "turn_off_ecv" },
  forbidden = co_forbidden,
  notify = { { org = "landlord", channel = "data" } } }

outcome { id = "co_alarm", code = "CO-ALM", priority = "E1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants", "symptoms" },
  tasks = { fco = { "co_investigate" } },
  advice = { "co_fresh_air", "co_appliance_off" },
  permitted = { "co_doctor", "unlock_door", "call_back", "meet_engineer", "turn_off_ecv" },
  forbidden = co_forbidden }

outcome { id = "damage_escape", code = "DMG-ESC", priority = "E1", validity = "genuine",
  resources = { fco = 1, repair_team = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fco = { "make_safe", "check_neighbours" }, repair_team = { "repair_pipe" } },
  advice = { "keep_away", "no_flames", "get_out", "call_back" },
  permitted = { "no_switches", "phone_outside", "meet_engineer", "turn_off_ecv" },
  forbidden = escape_forbidden }

outcome { id = "damage_no_escape", code = "DMG", priority = "E2", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "hazards" },
  tasks = { fco = { "make_safe" } },
  advice = { "no_flames", "call_back" },
  permitted = { "keep_away", "meet_engineer", "turn_off_ecv" },
  forbidden = escape_forbidden }

outcome { id = "no_supply_area", code = "NS-AREA", priority = "E2", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants" },
  tasks = { fco = { "restore_supply" } },
  advice = { "appliances_off", "no_relight" },
  permitted = { "call_back", "meet_engineer" },
  forbidden = { "relight_boiler", "turn_back_on" },
  notify = { { org = "local_authority", channel = "data" } } }

outcome { id = "no_supply", code = "NS", priority = "R1", validity = "genuine",
  resources = { fco = 1 },
  briefing = { "location", "nature", "occupants" },
  tasks = { fco = { "restore_supply" } },
  advice = { "appliances_off", "no_relight" },
  permitted = { "call_back", "meet_engineer" },
  forbidden = { "relight_boiler", "turn_back_on" } }

outcome { id = "no_supply_credit", code = "NS-CRED", priority = "NA", validity = "non_emergency",
  advice = { "top_up_credit" },
  permitted = { "call_back", "appliances_off" },
  forbidden = { "relight_boiler", "turn_back_on" } }

outcome { id = "not_gas", code = "NON-GAS", priority = "NA", validity = "non_emergency",
  advice = { "refer_other" },
  permitted = { "call_back" } }

outcome { id = "complaint", code = "COMPLAINT", priority = "NA", validity = "genuine",
  complaint = true,
  forbidden = { "admit_fault", "promise_outcome" } }

------------------------------------------------------------------------------------------
-- Escalation.
------------------------------------------------------------------------------------------
-- Fire or explosion: network control takes charge of the gas side with the fire service.
escalation { id = "fire", fact = "fire", one_of = { "fire", "explosion" },
             level = "emergency_manager", within_s = 120 }
-- An explosion is a major incident for the network.
escalation { id = "explosion", fact = "fire", equals = "explosion",
             level = "major_incident", within_s = 300 }
-- Someone unable to leave a building with a strong smell of gas.
escalation { id = "persons", fact = "cannot_leave", equals = "yes",
             level = "duty_engineer", within_s = 120 }
-- Flats and public buildings: gas can travel between homes and floors; more than one engineer
-- and an evacuation may be needed.
escalation { id = "multi_occupancy", fact = "premises", one_of = { "flat", "public building" },
             level = "duty_engineer", within_s = 300 }
-- A carbon monoxide casualty: the network reports it (RIDDOR) and the duty engineer attends.
escalation { id = "co_casualty", fact = "co_symptoms", equals = "severe",
             level = "duty_engineer", within_s = 180 }
-- Several homes off gas: a network fault, for network control.
escalation { id = "area_outage", fact = "neighbours", equals = "yes",
             level = "emergency_manager", within_s = 300 }
-- A complaint that someone was harmed or endangered: the team leader hears of it now.
escalation { id = "complaint_harm", fact = "complaint_harm", equals = "yes",
             level = "supervisor", within_s = 180 }
