-- Malicious caller: the third false report tonight from the same mobile number. At 22:10 it
-- was "a fire in the Sports Centre"; at 22:55 "a man collapsed in the West car park" (a patrol
-- searched for twenty minutes). Now, at 23:40, "lads breaking into cars with a crowbar, top deck
-- of the West multi-storey, level six" (it has four decks). He is cocky and abusive, and he
-- wants the patrols sent to the far side of the campus. Challenged, he gives himself away.
-- Nothing is sent: the call is logged as false, the caller warned, the shift supervisor told at
-- once (a report designed to draw patrols away may be cover for something elsewhere: the
-- supervisor decides what to watch) and the police sent a written report of all three calls.

scenario {
  id = "site_false_report",
  version = "1.0.0",
  title = "Campus: malicious caller, false report to draw the patrols away",
  procedure = "site_security",
  level = "CC39",
  difficulty = 3,
  criteria = { "CC38-1.2", "CC38-1.3", "CC38-1.4", "CC38-1.6", "CC38-1.7", "CC38-2.1", "CC38-2.2", "CC38-2.3",
               "CC39-1.1", "CC39-3.2", "CC39-3.3", "CC39-3.6" },
  tags = { "site_security", "malicious", "false_report", "diversion", "repeat_caller", "abusive",
           "validity", "no_attendance", "caller:malicious", "caller:hoax" },
  summary = "A man who has already made two false reports tonight from the same number rings to say two lads "
         .. "with a crowbar are breaking into cars on the top deck of the West multi-storey car park. Asked "
         .. "whether he is there, he laughs and admits he is nowhere near it. A shutter rattles behind him.",
}

place { id = "control",    name = "Security Control, Gatehouse",        x = 2.0, y = 1.0 }
place { id = "library_sq", name = "Library Square (foot patrol beat)",  x = 2.5, y = 1.65 }
place { id = "union",      name = "Student Union",                      x = 2.3, y = 1.5 }
place { id = "pharmacy",   name = "School of Pharmacy stores (east)",   x = 3.4, y = 1.9 }
place { id = "west_msc",   name = "West multi-storey car park, top deck", x = 0.4, y = 1.2 }

resource { id = "P1", type = "patrol", name = "Patrol 1 (van)", base = "control",
           speed_kmh = 20, turnout_s = 30, channel = "radio" }
resource { id = "P2", type = "patrol", name = "Patrol 2 (foot)", base = "library_sq",
           speed_kmh = 5, turnout_s = 10, channel = "radio" }
resource { id = "P3", type = "patrol", name = "Patrol 3 (foot, east side)", base = "pharmacy",
           speed_kmh = 5, turnout_s = 10, channel = "radio" }
resource { id = "FA1", type = "first_aider", name = "First-aid officer Dev Mistry (on foot)", base = "union",
           speed_kmh = 6, turnout_s = 15, channel = "radio" }

caller {
  name = "Unknown male (same number as two false calls tonight)",
  kind = "malicious",
  agitation = 10,
  patience_s = 40,
  ring_patience_s = 60,
  location = "west_msc",
  truth = {
    incident = "intruder",
    location = "West multi-storey car park",
    at_scene = "hoax",
    caller_name = "Batman",
    callback = "07700 900813",
    caller_role = "unknown",
  },
  says = {
    opening = "Evening! Security, yeah? Listen. There's some lads breaking into cars. You'd better get a move on, "
           .. "hadn't you? (behind him, a metal shutter rattles)",
    incident = "Told you. Two lads. Smashing windows, going through the glove boxes. One of 'em's got a crowbar, "
            .. "a big one. Go on then. Send everyone. All your little security men.",
    location = "West car park. The multi-storey. Top deck. Level six.",
    at_scene = "Am I there? ...Yeah, course I am, I'm stood right next to 'em, they're waving at you. (a voice "
            .. "close by: 'he's asking if you're there, you muppet') ...Nah. Alright. I'm nowhere near it, am I. "
            .. "But you've still got to send someone, that's your job, innit. Run, run, run.",
    caller_name = "Wouldn't you like to know. Put Batman. (laughs)",
    callback = "You've got it on your screen, ain't you, genius? Same as last time. Oh-seven-seven-double-oh, "
            .. "nine-double-oh, eight-one-three.",
    caller_role = "Student. Or maybe I'm not. Guess. (laughs)",
    unknown = "Dunno. Don't care.",
    ["repeat"] = "You deaf? I've told you already.",
    reassured = "(laughs) Aw, are you being nice to me now?",
    hangup = "See you next time. Bye-bye. (the line goes dead)",
  },
}

-- Abuse.
event { at_s = 30,
        say = "You lot are a joke, you know that? Plastic coppers. Couldn't catch a cold. Twenty minutes you were "
           .. "running round that car park last time. (laughter behind him)" }

-- A patrol sent: he can see it go.
event { when = function(s) return s.status.P1 == "en_route" or s.status.P2 == "en_route" or s.status.P3 == "en_route" end,
        say = "Ha! There they go! Look at the little van go! (a bang, and the shutter again, closer)" }

-- Warned, he goes.
event { when = function(s) return s.advised.warn_misuse end,
        say = "Ooh, I'm so scared. Reported to the police. (laughs)",
        hangup = true }

-- He gets bored anyway.
event { at_s = 150, hangup = true }

knowledge { id = "k_validity_methods", criterion = "CC39-3.2",
  text = "Three ways to judge whether tonight's report is real: the challenge question, a look at the CCTV on the "
      .. "West car park's top deck, and the history of the caller's number on the log. Which is right about their "
      .. "strengths and weaknesses?",
  choices = { "The number's history settles it: a number that has made false calls is always false again",
              "CCTV is conclusive, so the other two are not needed",
              "The challenge is quick and often decisive but depends on the caller giving himself away; CCTV is "
           .. "independent evidence but has blind spots and takes an operator's time; the history is instant, but "
           .. "someone who has made false calls can still report a real emergency, so history alone never rules a "
           .. "call out",
              "None of them can be trusted, so every report must get a patrol" },
  answer = 3,
  explain = "Each method of assessing validity has a strength and a weakness, which is why the procedure combines "
         .. "them. The challenge is built into the tree so that it is always asked before anything is committed; "
         .. "CCTV confirms or contradicts independently; the log's history raises suspicion but cannot decide on "
         .. "its own. Sending a patrol to every report is exactly what a diversion wants." }

knowledge { id = "k_channels", criterion = "CC39-3.3",
  text = "You tell the shift supervisor about tonight's calls by voice, now, and send the police a written report "
      .. "(the online form for malicious calls). Why those channels?",
  choices = { "Voice for both: it is always quickest",
              "Data for both, so that there is a written record",
              "The supervisor must act at once (a report meant to draw patrols away may be cover for something "
           .. "elsewhere, so CCTV and patrols may need moving): voice. The police need an accurate record of three "
           .. "calls, their times and the number in order to investigate, not an emergency response: data, which "
           .. "also keeps 999 free",
              "Whichever line happens to be free" },
  answer = 3,
  explain = "The right channel depends on what the receiver must do with the message and how fast. Voice gets "
         .. "immediate attention and lets the supervisor ask questions; data gives an exact, lasting record that "
         .. "can be forwarded and used as evidence. Using 999 for something that is not an emergency in progress "
         .. "takes an emergency line from someone who needs it." }

knowledge { id = "k_review_false_calls", criterion = "CC39-3.6",
  text = "Why does the control room review false and malicious calls as a set, and not only one at a time?",
  choices = { "To find out which controller sent a patrol last time, so they can be blamed",
              "Because the law requires a manager to listen to every call",
              "A review shows the pattern (the same number, the same time of night, patrols always drawn to the "
           .. "far side of campus): that is evidence for the police, and it lets the site change how it responds, "
           .. "for example a CCTV check first and a patrol kept back, so that the next diversion fails",
              "To update the list of words not to use with callers" },
  answer = 3,
  explain = "One call on its own looks like a nuisance; three from one number, each pulling patrols west, look like "
         .. "a plan. Reviewing results turns the log into evidence and into better practice: what happened, what it "
         .. "cost, what to change, and then checking that the change worked." }
