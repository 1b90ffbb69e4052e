-- refused: an error raised again and caught forever
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local n = 0
while true do
  n = n + 1
  pcall(error, n)
end
