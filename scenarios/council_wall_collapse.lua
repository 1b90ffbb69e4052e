-- Dangerous structure, third party: a man walking his dog on a stormy Saturday night rings
-- about the old churchyard wall on Church Lane, Westfield, bulging out over the pavement by the
-- bus stop. Part of it comes down while he is on the line, across the pavement and into the
-- road. Then the highways crew on its way bursts a tyre on the bypass.
--
-- The call-handler assesses a report from someone who is not the owner, sends the on-call
-- surveyor and a highways crew, keeps the caller and everyone else back, changes the code when
-- it falls, tells the police (the road is part blocked) and the duty manager, refuses to let him
-- drag the bricks out of the road, replaces the lost crew at once and checks on the others.
--
-- Seeded: the caller's first name, how worried he is at the start, when the wall comes down,
-- and when the first highways crew is lost.

local firsts = { "Tony", "Martin", "Phil", "Keith" }
local first = firsts[math.random(#firsts)]
local start_agitation = 34 + math.random(0, 8)
local collapse_at = 100 + math.random(0, 6)
local lost_at = 150 + math.random(0, 8)

scenario {
  id = "council_wall_collapse",
  version = "1.0.0",
  title = "Churchyard wall bulging over a pavement, then falling",
  procedure = "council_ooh",
  level = "CC39",
  difficulty = 4,
  criteria = { "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7", "CC38-2.1", "CC38-2.2",
               "CC38-2.3", "CC39-1.1", "CC39-1.2", "CC39-1.3", "CC39-1.4", "CC39-1.5", "CC39-3.2",
               "CC39-3.4" },
  tags = { "council", "dangerous_structure", "wall", "storm", "highway", "passer-by", "monitoring",
           "caller:third_party", "event:deterioration", "event:unit_unavailable", "event:advice_refused" },
  summary = "A dog walker reports the churchyard wall on Church Lane, Westfield, bulging over the pavement "
         .. "by the bus stop in a gale. A section falls across the pavement and into the road while he is on "
         .. "the line; the first highways crew then bursts a tyre on the way.",
}

place { id = "westfield_depot", name = "Highways depot, Westfield",                        x = 1.4, y = 2.0 }
place { id = "northam_depot",   name = "Highways depot, Foundry Lane, Northam",            x = 3.2, y = 4.4 }
place { id = "surveyor_home",   name = "Surveyor on call (at home, Northam)",              x = 4.6, y = 5.6 }
place { id = "repairs_depot",   name = "Council repairs depot, Foundry Lane, Northam",     x = 3.0, y = 4.2 }
place { id = "church_lane",     name = "Church Lane, Westfield, by St Mary's church and the bus stop", x = 1.9, y = 3.1 }

resource { id = "H1", type = "highways_team", name = "Highways crew 1 (Westfield, on the bypass)", base = "westfield_depot",
           speed_kmh = 40, turnout_s = 60, channel = "voice" }
resource { id = "H2", type = "highways_team", name = "Highways crew 2 (Northam)", base = "northam_depot",
           speed_kmh = 40, turnout_s = 180, channel = "voice" }
resource { id = "DS1", type = "surveyor", name = "Dangerous structures surveyor (on call)", base = "surveyor_home",
           speed_kmh = 45, turnout_s = 600, channel = "voice" }
resource { id = "R1", type = "operative", name = "Repairs van 1 (multi-trade)", base = "repairs_depot",
           speed_kmh = 40, turnout_s = 300, channel = "voice" }

caller {
  name = first .. " Garside",
  kind = "third_party",
  agitation = start_agitation,
  patience_s = 50,
  ring_patience_s = 60,
  location = "church_lane",
  truth = {
    nature = "structure",
    address = "Church Lane",
    at_scene = "yes",
    caller_role = "passer-by",
    caller_name = "Garside",
    callback = "07700 900355",
    danger = "no",
    reported = "no",
    struct_risk = "imminent",
    public = "yes",
    homes_at_risk = "no",
  },
  says = {
    opening = "Oh, hello. Yes. Sorry to bother you on a Saturday night, I wasn't sure who to ring. It's a wall.",
    nature = "It's the old wall round the churchyard. It's bulging right out over the pavement, like a belly, and "
          .. "there's bricks coming out of it. I walk the dog past it every night and it's never been like this. "
          .. "I reckon it's going to go, in this wind.",
    address = "Church Lane. In Westfield. By St Mary's church, right next to the bus stop, on the church side.",
    at_scene = "I'm across the road from it now, under the lamppost. I can see it plain as day. The dog doesn't like it.",
    caller_role = "Oh, no, nothing to do with me. I'm just passing. Walking the dog.",
    caller_name = first .. " Garside. G, A, R, S, I, D, E.",
    callback = "Oh-seven-seven-double-oh, nine-double-oh, three-five-five.",
    danger = "No, no one's hurt. There's nobody about, thank God. But if it goes when there's people at that bus stop...",
    reported = "I don't think so. There's nobody here, nobody's put any tape up or anything. I haven't seen anyone.",
    struct_risk = "It's moving. Honestly, when the wind gusts you can see the top of it shift. There's a few bricks "
               .. "on the pavement already, and a crack right down it you could put your hand in.",
    public = "Yes, it's right on the pavement, the pavement's only narrow, and the road's right next to it. "
          .. "And the bus stop. The buses run till half eleven.",
    homes_at_risk = "No, it's the churchyard on this side. The houses are all across the road, it wouldn't reach them.",
    unknown = "I couldn't tell you, I'm afraid.",
    panic = "Sorry, what? Say again? The wind's...",
    ["repeat"] = "I think I've said that already, haven't I?",
    reassured = "Right. Right, yes. Thank you.",
    hangup = "I'll have to go, I'm sorry, the dog's pulling. (the line goes dead)",
  },
}

-- A section of the wall comes down.
event { at_s = collapse_at,
        say = "Oh! Oh God. It's gone, it's just gone! A big piece of it's come down, all across the pavement, the "
           .. "bus stop sign's flattened, there's bricks halfway across the road! If anybody'd been stood there...",
        facts = { struct_risk = "fallen" }, told = true, agitation = 25 }

-- He wants to clear the road himself.
event { when = function(s) return s.known.struct_risk == "fallen" and s.time_s > collapse_at + 8 end,
        say = "There's a car coming round the bend, and it can't see them. Should I pull some of the bricks out "
           .. "of the road, so it can get past? I can do it quick.",
        agitation = 5 }

-- The first highways crew is lost on the way.
event { at_s = lost_at, unit = "H1", status = "unavailable",
        report = "Highways 1 to control: we've hit debris on the bypass and burst a tyre. We're on the hard "
              .. "shoulder, we can't get to Church Lane. Sorry." }

-- The surveyor arrives.
event { when = function(s) return s.status.DS1 == "on_scene" end,
        say = "There's a chap here now in a council jacket with a big torch, he's looking at it. I'll go and talk to him.",
        agitation = -20 }

-- Knowledge check at the debrief.
knowledge { id = "k_wall_validity", criterion = "CC39-3.2",
  text = "Mr Garside is a passer-by with no connection to the wall. What is the strength, and the weakness, of "
      .. "assessing the call on his answers to the procedure's questions?",
  choices = { "A passer-by's report cannot be trusted, so the surveyor should look before anything is graded",
              "His answers are all that matters: if he says it will fall, it is Immediate",
              "He is there and can see it, and closed questions (is it moving? has any come down? is it by a path "
           .. "or road?) turn his impression into facts the tree can grade quickly and consistently; but he cannot "
           .. "judge a structure, so the grading stays provisional, changes the moment he reports a fall, and the "
           .. "surveyor's assessment on site is what decides the work",
              "A third party's call should be graded one level lower, to be safe" },
  answer = 3,
  explain = "Grading by structured questions is fast, consistent and auditable, and checking that the caller is "
         .. "there and can see it tests the report's validity. Its weakness is that it depends on what one untrained "
         .. "person can see at one moment. So the grade is a starting point, re-assessed on new information (the wall "
         .. "falling) and confirmed by the specialist on site." }

knowledge { id = "k_wall_monitoring", criterion = "CC39-3.4",
  text = "Highways 1 told you itself that it had burst a tyre. What is the weakness of relying on crews to report "
      .. "problems, and what does a status request add?",
  choices = { "None: crews always report problems at once",
              "A crew can only report what it knows and when it can (driving, no signal, busy with a hazard); a status "
           .. "request costs a minute of radio time but confirms that a unit you have not heard from is really on "
           .. "its way, so a silent problem is found before the caller is left waiting",
              "Status requests are only for units that have broken down",
              "The map already shows everything a status request would" },
  answer = 2,
  explain = "Each way of monitoring has strengths and weaknesses. Reports from crews are free but depend on the crew; "
         .. "the map shows where a vehicle is, not whether it can do the job; status requests take time but confirm "
         .. "progress. Used together, they mean a lost unit is replaced within minutes and the public is protected." }
