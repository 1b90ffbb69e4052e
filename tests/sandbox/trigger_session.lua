-- refused: triggers that use nearly their whole budget every time
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", patience_s = 900, truth = { nature = "fire" } }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x0" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x1" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x2" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x3" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x4" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x5" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x6" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x7" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x8" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x9" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x10" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x11" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x12" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x13" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x14" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x15" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x16" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x17" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x18" }
event { when = function(s) for i = 1, 150000 do end return false end, say = "x19" }
