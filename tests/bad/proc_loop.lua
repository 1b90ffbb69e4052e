-- A small procedure for engine tests: fire or not.
procedure { id = "mini", version = "1", title = "Mini test procedure", root = "start", answer_target_s = 10 }
priority { id = "P1", label = "Immediate", dispatch_target_s = 60 }
priority { id = "P3", label = "Advice" }
code { id = "FIRE", text = "Fire" }
code { id = "ADV", text = "Advice only" }
code { id = "CMP", text = "Complaint about an earlier incident" }
fact { id = "address", text = "Where" }
fact { id = "nature", values = { "fire", "other", "complaint" } }
fact { id = "trapped", values = { "yes", "no" } }
field { id = "location", label = "Location", fact = "address" }
field { id = "nature", label = "Nature", fact = "nature" }
question { id = "q_what", text = "Tell me exactly what has happened.", kind = "open", fact = "nature", field = "nature" }
question { id = "q_where", text = "What is the address?", kind = "closed", fact = "address", field = "location" }
question { id = "q_trapped", text = "Is anyone trapped?", kind = "closed", fact = "trapped" }
phrase { id = "reassure", kind = "reassure", text = "Help is on the way." }
phrase { id = "control", kind = "control", text = "Listen to me carefully." }
advice { id = "get_out", text = "Get out and stay out." }
advice { id = "go_back", text = "Go back in for your things." }
resource_type { id = "engine", name = "Fire engine" }
briefing_item { id = "address", text = "Address" }
task { id = "rescue", text = "Search and rescue" }
level { id = "duty", name = "Duty officer" }
organisation { id = "gas", name = "Gas board", channels = { "voice", "data" }, preferred = "data" }
jargon { "ETA", "appliance" }
node { id = "start", ask = { "q_what", "q_where" }, branches = {
  { fact = "nature", equals = "fire", go = "fire" },
  { fact = "nature", equals = "complaint", go = "complaint" },
  { otherwise = true, go = "advice" } } }
node { id = "fire", ask = { "q_trapped" }, outcome = "fire" }
node { id = "advice", outcome = "advice" }
node { id = "complaint", outcome = "complaint" }
outcome { id = "fire", code = "FIRE", priority = "P1", resources = { engine = 1 },
  briefing = { "address" }, tasks = { engine = { "rescue" } }, advice = { "get_out" },
  forbidden = { "go_back" }, notify = { { org = "gas", channel = "data" } } }
outcome { id = "advice", code = "ADV", priority = "P3", validity = "non_emergency" }
escalation { id = "trapped", fact = "trapped", equals = "yes", level = "duty", within_s = 60 }
outcome { id = "complaint", code = "CMP", priority = "P3", complaint = true }
complaint_step { id = "acknowledge", order = 1, text = "Acknowledge the complaint" }
complaint_step { id = "record", order = 2, text = "Record the complaint" }
complaint_step { id = "respond", order = 3, text = "Respond within the limits of the role" }
while true do end
