-- A procedure with planted tree faults, for the check tests: an unreachable node,
-- a node whose branches can all fail, an outcome no path reaches, and a fact no
-- question elicits.
procedure { id = "dead_branch", version = "1", title = "Faulty tree", root = "start" }
priority { id = "P1", dispatch_target_s = 60 }
code { id = "X", text = "Something" }
fact { id = "nature", values = { "fire", "flood" } }
fact { id = "hidden", values = { "yes", "no" } }
question { id = "q_nature", text = "What is happening?", kind = "open", fact = "nature" }
node { id = "start", ask = { "q_nature" }, branches = {
  { fact = "nature", equals = "fire", go = "fire" },
  { fact = "nature", equals = "flood", go = "flood" } } }
node { id = "fire", branches = {
  { fact = "hidden", equals = "yes", go = "done" },
  { otherwise = true, go = "done" } } }
node { id = "flood", outcome = "done" }
node { id = "done", outcome = "done" }
node { id = "orphan", outcome = "lost" }
outcome { id = "done", code = "X", priority = "P1" }
outcome { id = "lost", code = "X", priority = "P1" }
