-- Lint cases: a question and a phrase that use the procedure's own jargon, and a fact
-- that nothing asks for.
procedure { id = "talky", version = "1", title = "Jargon in the script", root = "start" }
priority { id = "P1", dispatch_target_s = 60 }
code { id = "X", text = "Something" }
fact { id = "where", text = "Where" }
fact { id = "secret", text = "Something only the caller knows" }
question { id = "q_where", text = "What is the location for the appliance?", kind = "open", fact = "where" }
phrase { id = "calm", kind = "reassure", text = "Their ETA is five minutes." }
jargon { "appliance", "ETA" }
node { id = "start", ask = { "q_where" }, outcome = "done" }
outcome { id = "done", code = "X", priority = "P1" }
