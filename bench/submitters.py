"""Sets up the benchmark's proposal submissions: a tender open for a day and, for each connection, a
verified manufacturer with a draft proposal and an API token. Prints one line per proposal,
'id version token', for bench/report.lua.
    python3 bench/submitters.py BASE_URL CSO_TOKEN COUNT"""
import datetime, json, sys, urllib.request, uuid

base, cso, count = sys.argv[1], sys.argv[2], int(sys.argv[3])


def call(method, path, body=None, token=None, basic=None):
    request = urllib.request.Request(base + "/api" + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


now = datetime.datetime.now(datetime.timezone.utc)
run = uuid.uuid4().hex[:8].upper()
reference = "BENCH-SUBMIT-" + run
fund = call("GET", "/funds?size=1")["items"][0]["id"]
tender = call("POST", "/tenders", {
    "reference": reference, "title": "Benchmark submissions " + run, "category": "INTERCEPTOR",
    "description": "Proposals submitted by the benchmark", "requirements": "None", "quantity": 500,
    "budgetCeiling": 2000000.00, "fundId": fund, "eligibleCountries": ["UA"],
    "criteria": [{"name": "Price", "weight": 40, "price": True}, {"name": "Performance", "weight": 60}],
    "clarificationDeadline": (now + datetime.timedelta(hours=12)).isoformat(),
    "submissionDeadline": (now + datetime.timedelta(days=1)).isoformat(), "timeZone": "Europe/Kyiv"}, cso)
call("POST", "/tenders/" + reference + "/publication", {"version": tender["version"]}, cso)
expires = (now + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
for n in range(count):
    user = "bench-%s-%d" % (run.lower(), n)
    maker = call("POST", "/manufacturers", {
        "legalName": "Benchmark bidder " + user, "country": "UA", "registrationNumber": user.upper(),
        "contactName": "Contact", "contactEmail": user + "@example.org", "categories": ["INTERCEPTOR"],
        "monthlyCapacity": 500, "username": user, "password": "a-long-enough-secret-" + run})
    call("POST", "/manufacturers/%d/verification" % maker["id"], {"version": maker["version"]}, cso)
    token = call("POST", "/accounts/%s/tokens" % user, {"name": "benchmark", "expiresAt": expires}, cso)["secret"]
    proposal = call("POST", "/tenders/%s/proposals" % reference, {
        "unitPrice": 2450.00, "quantity": 500, "monthlyCapacity": 100, "leadTimeDays": 30,
        "technicalData": "Top speed 280 km/h"}, token)
    print(proposal["id"], proposal["version"], token)
