-- Lint cases: the path asks for 'where' but the truth has no value for it, and the caller
-- knows 'secret' but nothing ever asks and she never volunteers it.
scenario { id = "talky_call", version = "1", title = "Talky", procedure = "talky" }
place { id = "here", x = 0, y = 0 }
caller { location = "here", truth = { secret = "the code is 1234" } }
