#!/usr/bin/env python3
"""Writes the pass/fail action files of every check from the mini scenarios' expert files,
each fail file one planted mistake, and cases.tsv, which tests/checks.c reads.
Run from this folder; review the diff like code."""
import json

def load(name):
    return json.load(open(f"../data/{name}.expert.json"))["actions"]

def drop(acts, **match):
    return [a for a in acts if not all(a.get(k) == v for k, v in match.items())]

def add(acts, action):
    return sorted(acts + [action], key=lambda a: a["t_ms"])

def change(acts, match, **new):
    out = []
    for a in acts:
        a = dict(a)
        if all(a.get(k) == v for k, v in match.items()):
            a.update(new)
        out.append(a)
    return sorted(out, key=lambda a: a["t_ms"])

fire, ref, cmp = load("mini_fire"), load("mini_referral"), load("mini_complaint")
shift = [dict(a, t_ms=a["t_ms"] + 22000) for a in fire]
cases = [  # item, scenario, fail actions, comment
    ("answer_time", "mini_fire", shift, "answered after 25 s"),
    ("question:q_trapped", "mini_fire", drop(fire, question="q_trapped"), "never asks if anyone is trapped"),
    ("no_repeats", "mini_fire", add(fire, {"t_ms": 13500, "type": "ask", "question": "q_what"}), "asks what happened again"),
    ("open_first", "mini_fire", change(change(fire, {"question": "q_what"}, question="q_where"), {"t_ms": 8000}, question="q_what"), "closed question first"),
    ("reassurance", "mini_complaint", drop(cmp, phrase="reassure"), "never reassures the distressed caller"),
    ("no_jargon", "mini_fire", add(fire, {"t_ms": 20500, "type": "say", "text": "The appliance is on its way."}), "says 'appliance'"),
    ("log:location", "mini_fire", change(fire, {"field": "location"}, value="1 Low St"), "logs the wrong address"),
    ("log_timeliness", "mini_fire", change(fire, {"field": "location"}, t_ms=80000), "logs the address after a minute"),
    ("irrelevant_questions", "mini_complaint", add(cmp, {"t_ms": 9000, "type": "ask", "question": "q_trapped"}), "asks about people trapped on a complaint call"),
    ("classification", "mini_fire", change(fire, {"type": "classify"}, code="ADV"), "codes a fire as advice"),
    ("priority", "mini_fire", change(fire, {"type": "prioritise"}, priority="P3"), "fire as P3"),
    ("validity", "mini_fire", change(fire, {"type": "validity"}, verdict="hoax"), "calls it a hoax"),
    ("response", "mini_fire", drop(fire, type="dispatch"), "sends nothing"),
    ("resources:engine", "mini_fire", drop(fire, type="dispatch"), "sends no engine"),
    ("no_unneeded_response", "mini_complaint", add(cmp, {"t_ms": 35000, "type": "dispatch", "unit": "E1"}), "sends an engine to a complaint"),
    ("briefing:E1", "mini_fire", drop(fire, type="brief"), "never briefs the crew"),
    ("tasks:E1", "mini_fire", drop(fire, type="instruct"), "never gives the crew its task"),
    ("dispatch_time", "mini_fire", change(fire, {"type": "dispatch"}, t_ms=80000), "dispatches after 77 s"),
    ("monitor:E1", "mini_referral", drop(drop(ref, unit="E2"), t_ms=90000), "never replaces the broken-down engine"),
    ("status_check", "mini_referral", drop(ref, type="status"), "never asks a unit for its status"),
    ("advice:get_out", "mini_fire", drop(fire, type="advise"), "never tells them to get out"),
    ("forbidden_advice", "mini_fire", add(fire, {"t_ms": 21500, "type": "advise", "advice": "go_back"}), "tells them to go back in"),
    ("advice_limits", "mini_fire", add(fire, {"t_ms": 21500, "type": "advise", "advice": "go_back"}), "advice beyond the role"),
    ("notify:gas", "mini_fire", drop(fire, type="contact"), "never informs the gas board"),
    ("channel:gas", "mini_fire", change(fire, {"type": "contact"}, channel="voice"), "phones instead of a data message"),
    ("escalation:trapped", "mini_fire", drop(fire, type="escalate"), "never escalates persons trapped"),
    ("needless_escalation:duty", "mini_complaint", add(cmp, {"t_ms": 33000, "type": "escalate", "level": "duty"}), "escalates a routine complaint"),
    ("decision_path", "mini_referral", drop(drop(ref, type="classify"), type="prioritise"), "leaves the colleague's advice-only coding"),
    ("complaint:record", "mini_complaint", drop(cmp, step="record"), "never records the complaint"),
    ("complaint_order", "mini_complaint", change(cmp, {"step": "record"}, t_ms=13800), "records before acknowledging"),
    ("knowledge:k_tree", "mini_fire", change(fire, {"question": "k_tree"}, answer=["1"]), "wrong answer"),
    ("close", "mini_fire", drop(fire, type="close"), "never closes the call"),
]
with open("cases.tsv", "w") as tsv:
    tsv.write("# item\tscenario\tpass actions\tfail actions (one planted mistake)\n")
    for item, scen, acts, why in cases:
        name = item.replace(":", "_") + ".fail.json"
        with open(name, "w") as f:
            f.write('{"format": "incidesk-actions/1", "comment": "fails ' + item + ': ' + why + '", "actions": [\n')
            f.write(",\n".join(" " + json.dumps(a) for a in acts) + "\n]}\n")
        tsv.write(f"{item}\ttests/data/{scen}.lua\ttests/data/{scen}.expert.json\ttests/checks/{name}\n")
