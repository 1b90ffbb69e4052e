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

def delay(acts, t0, t1, ms):
    """The actions from t0 to t1 (ms, inclusive) done ms later."""
    return sorted([dict(a, t_ms=a["t_ms"] + ms) if t0 <= a["t_ms"] <= t1 else a for a in acts], key=lambda a: a["t_ms"])

fire, ref, cmp = load("mini_fire"), load("mini_referral"), load("mini_complaint")
shift = [dict(a, t_ms=a["t_ms"] + 22000) for a in fire]
sh, sh2 = load("mini_shift"), load("mini_shift2")
improve_none = {"t_ms": 1800000, "type": "improve", "text": "No team action"}
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
    # the supervisor's shift (docs/shift.md)
    ("answer_time:eta_crash", "mini_shift2", delay(sh2, 710000, 725000, 60000), "takes the query after 70 s"),
    ("query:eta_crash", "mini_shift2", drop(sh2, phrase="next_steps"), "never says what happens next"),
    ("complaint:cmp_crash:record", "mini_shift2", drop(sh2, step="record"), "never records the complaint"),
    ("complaint_order:cmp_crash", "mini_shift2", change(sh2, {"step": "record"}, t_ms=1112000), "records before acknowledging"),
    ("resources:fire_a:fire_engine", "mini_shift", drop(sh, unit="F2"), "sends one engine of the two"),
    ("response:fire_a", "mini_shift", add(sh, {"t_ms": 85000, "type": "close", "incident": "fire_a"}),
     "closes the fire before its engines get there (released, they attended nothing)"),
    ("dispatch_time:fire_a", "mini_shift", delay(sh, 80000, 100000, 120000), "first engine 140 s after referral (P1: 120 s)"),
    ("reallocate:collapse:ambulance", "mini_shift2", delay(sh2, 310000, 420000, 130000), "takes the ambulance from the collision after the P1 target"),
    ("briefing:bins", "mini_shift2", drop(sh2, type="brief", unit="F2"), "never briefs the replacement engine"),
    ("tasks:collapse", "mini_shift2", drop(sh2, t_ms=318000), "never tasks the re-allocated ambulance"),
    ("status_check:collapse", "mini_shift2", drop(sh2, t_ms=420000), "never asks the collapse's ambulance for its status"),
    ("monitor:F1@900", "mini_shift2", delay(sh2, 930000, 1000000, 320000), "replaces the broken-down engine after 6 minutes"),
    ("decision_review:bins", "mini_shift2", drop(sh2, type="review", incident="bins"), "never reviews the bin fire"),
    ("decision_path:crash:priority", "mini_shift2", drop(sh2, decision="priority"), "leaves the collision graded P3"),
    ("decision_path:collapse:code", "mini_shift2", drop(sh2, decision="code"), "leaves the collapse coded MED-GEN"),
    ("decision_path:collapse:question:q_breathing", "mini_shift2", drop(sh2, decision="question"), "never has breathing asked"),
    ("decision_path:crash:advice:give_drink", "mini_shift2", drop(sh2, decision="advice"), "leaves the advice to give a drink"),
    ("decision_path:crash:escalation", "mini_shift2", drop(sh2, decision="escalation"), "never escalates three casualties to the duty inspector"),
    ("needless_correction:bins:priority:P2", "mini_shift2",
     add(sh2, {"t_ms": 611000, "type": "correct", "incident": "bins", "decision": "priority", "value": "P2"}), "regrades the P3 bin fire P2"),
    ("support_area:kim", "mini_shift2", change(sh2, {"type": "agree_area"}, area="questioning"), "agrees questioning, not grading"),
    ("support_type:kim", "mini_shift2", change(sh2, {"type": "agree_support"}, support="buddying"), "buddying does not fit a grading need"),
    ("improve:imp_prio", "mini_shift2", add(drop(sh2, type="improve"), improve_none), "no action though grading shows twice"),
    ("improve:imp_adv", "mini_shift2", change(sh2, {"type": "improve"}, improvements=["imp_prio", "imp_adv"]), "acts on a single advice slip"),
    ("shift_end", "mini_shift2", drop(sh2, type="close", t_ms=1800000), "never ends the shift"),
    ("knowledge:k_review", "mini_shift2", change(sh2, {"question": "k_review"}, answer=["1"]), "wrong answer"),
]
with open("cases.tsv", "w") as tsv:
    tsv.write("# item\tscenario\tpass actions\tfail actions (one planted mistake)\n")
    for item, scen, acts, why in cases:
        name = item.replace(":", "_").replace("@", "_") + ".fail.json"
        with open(name, "w") as f:
            f.write('{"format": "incidesk-actions/1", "comment": "fails ' + item + ': ' + why + '", "actions": [\n')
            f.write(",\n".join(" " + json.dumps(a) for a in acts) + "\n]}\n")
        tsv.write(f"{item}\ttests/data/{scen}.lua\ttests/data/{scen}.expert.json\ttests/checks/{name}\n")
