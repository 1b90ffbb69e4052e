-- A branch written after `otherwise`, which therefore always wins first: the node it leads
-- to, and that node's outcome, can never be reached.
procedure { id = "shadowed", version = "1", title = "Shadowed branch", root = "start" }
priority { id = "P1", dispatch_target_s = 60 }
code { id = "X", text = "Something" }
fact { id = "nature", values = { "fire", "flood" } }
question { id = "q_nature", text = "What is happening?", kind = "open", fact = "nature" }
node { id = "start", ask = { "q_nature" }, branches = {
  { otherwise = true, go = "general" },
  { fact = "nature", equals = "fire", go = "fire" } } }
node { id = "general", outcome = "general" }
node { id = "fire", outcome = "fire" }
outcome { id = "general", code = "X", priority = "P1" }
outcome { id = "fire", code = "X", priority = "P1" }
