#!/usr/bin/env python3
"""Writes the example assessments of the built-in frameworks: a fictional country answering the
national framework and a fictional ministry answering the public-institution baseline. Answers
follow a fixed, readable pattern (no randomness) so tests can assert their scores."""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
FW = HERE.parent / "frameworks"


def controls(groups, path=()):
    for g in groups:
        for c in g.get("controls", []):
            yield path + (g["id"],), c
        yield from controls(g.get("groups", []), path + (g["id"],))


def write(name, framework, requirement, subject, assessor, started, completed, profile, responses):
    """Writes one example assessment (fields in the order of the assessment schema)."""
    doc = {
        "$schema": "../schemas/assessment.schema.json",
        "framework": {"id": framework, "version": requirement},
        "subject": subject, "assessor": assessor, "started": started, "completed": completed,
        "profile": profile, "responses": responses,
    }
    (HERE / name).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    print("wrote", name, len(responses), "responses")


# Sahilia: strong on legal and technical foundations, weaker on emerging technologies.
national = json.loads((FW / "kalkan-national-capacity-1.0.0.json").read_text())
reach = {"LEG": 3, "TEC": 3, "ORG": 2, "CAP": 2, "COP": 2, "RES": 1, "DAT": 2, "EMT": 1}
responses = {}
for path, c in controls(national["groups"]):
    pillar, factor = path[0], path[-1]
    level = c["level"]
    if factor == "EMT.2" and level >= 4:
        continue  # not yet assessed: AI governance is new in Sahilia
    if factor == "RES.1" and level == 2:
        option = "no"  # a gap below the pillar's reach: blocks RES at level 1
    elif factor == "EMT.3" and level == 5:
        option = "not-applicable"
    elif level <= reach[pillar] or (level == reach[pillar] + 1 and factor.endswith(".1")):
        option = "yes"
    else:
        option = "no"
    responses[c["id"]] = {"option": option}
responses["LEG.1.1"]["evidence"] = ["Cybercrime Law No. 12 of 2019, Official Gazette"]
responses["TEC.1.1"]["notes"] = "National CERT established by decree in 2018"
write(
    "national-capacity.assessment.json", "kalkan-national-capacity", "^1.0",
    subject={"name": "Republic of Sahilia (fictional)", "kind": "country", "sector": "national"},
    assessor={"name": "National Digital Transformation Office", "organisation": "Sahilia NDTO"},
    started="2026-10-01", completed="2026-11-15", profile="established",
    responses=responses,
)

# The ministry: level 1 mostly in place, level 2 partly, level 3 rarely.
inst = json.loads((FW / "kalkan-public-institution-1.0.0.json").read_text())
responses = {}
for i, (path, c) in enumerate(controls(inst["groups"])):
    domain, level = path[0], c["level"]
    if domain == "DEV" and level == 3:
        option = "not-applicable"  # no in-house development at this level
    elif level == 1:
        # Level 1 is in place except one practice each in configuration and logging.
        first_of_domain = c["id"].endswith("-01")
        option = "partially-implemented" if domain in ("CFG", "LOG") and first_of_domain else ["fully-implemented", "largely-implemented"][i % 2]
    elif level == 2:
        option = ["largely-implemented", "partially-implemented", "not-implemented"][i % 3]
    else:
        option = ["not-implemented", "partially-implemented"][i % 2]
    if domain == "TPM" and level == 2 and i % 3 == 0:
        continue  # unanswered: supplier contracts still under review
    responses[c["id"]] = {"option": option}
write(
    "public-institution.assessment.json", "kalkan-public-institution", "^1.0",
    subject={"name": "Ministry of Digital Services of Sahilia (fictional)", "kind": "ministry", "sector": "public administration"},
    assessor={"name": "Internal audit unit"},
    started="2026-11-01", completed="2026-11-25", profile="standard",
    responses=responses,
)

# A national agency reading itself against the CSF 2.0 outline: Govern and Protect well along,
# Detect and Respond partly, Recover barely started. Function -> option by position in category.
csf = json.loads((FW / "nist-csf-2.0.0.json").read_text())
pattern = {
    "GV": ["fully-implemented", "largely-implemented", "largely-implemented", "partially-implemented"],
    "ID": ["largely-implemented", "partially-implemented", "fully-implemented"],
    "PR": ["fully-implemented", "largely-implemented", "partially-implemented"],
    "DE": ["partially-implemented", "largely-implemented", "not-implemented"],
    "RS": ["partially-implemented", "not-implemented", "largely-implemented"],
    "RC": ["not-implemented", "partially-implemented"],
}
responses = {}
for path, c in controls(csf["groups"]):
    function = path[0]
    if c["id"] == "PR.PS-06":
        responses[c["id"]] = {"option": "not-applicable", "notes": "No software is developed in house"}
        continue
    if c["id"].startswith("RC.RP-0") and c["id"] >= "RC.RP-05":
        continue  # recovery planning not yet assessed
    index = int(c["id"].rsplit("-", 1)[1]) - 1
    responses[c["id"]] = {"option": pattern[function][index % len(pattern[function])]}
write(
    "nist-csf.assessment.json", "nist-csf", "^2.0",
    subject={"name": "Sahilia Digital Government Agency (fictional)", "kind": "agency", "sector": "public administration"},
    assessor={"name": "Agency CISO office"},
    started="2026-11-10", completed="2026-11-28", profile="tier-2-baseline",
    responses=responses,
)

# The same agency two years earlier, against the CSF 1.1 outline: the assessment that
# `kalkan migrate --to nist-csf@^2` carries to CSF 2.0. Every subcategory answered, one not
# applicable, some with notes and evidence (carried along with the answers).
csf11 = json.loads((FW / "nist-csf-1.1.0.json").read_text())
pattern11 = {
    "ID": ["fully-implemented", "largely-implemented", "partially-implemented"],
    "PR": ["largely-implemented", "fully-implemented", "partially-implemented", "not-implemented"],
    "DE": ["partially-implemented", "largely-implemented"],
    "RS": ["largely-implemented", "partially-implemented", "not-implemented"],
    "RC": ["not-implemented", "partially-implemented"],
}
responses = {}
for path, c in controls(csf11["groups"]):
    index = int(c["id"].rsplit("-", 1)[1]) - 1
    responses[c["id"]] = {"option": pattern11[path[0]][index % len(pattern11[path[0]])]}
responses["PR.AC-2"] = {"option": "not-applicable", "notes": "All servers are hosted by the national government cloud"}
responses["ID.AM-1"]["notes"] = "Inventory kept in the asset database, reviewed every quarter"
responses["ID.AM-1"]["evidence"] = ["asset-register-2024-Q4.xlsx"]
responses["RS.MI-1"]["evidence"] = ["containment-playbook-v3.pdf"]
write(
    "nist-csf-1.1.assessment.json", "nist-csf", "~1.1",
    subject={"name": "Sahilia Digital Government Agency (fictional)", "kind": "agency", "sector": "public administration"},
    assessor={"name": "Agency CISO office"},
    started="2024-10-01", completed="2024-11-15", profile="tier-2-baseline",
    responses=responses,
)
