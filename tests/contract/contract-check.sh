#!/usr/bin/env bash
# Contract check: the real client (orderdesk-cli) talks to the sandbox through Stoplight Prism
# proxies, one per OpenAPI document; Prism validates every request and response against the
# document, and any violation fails the check. Everything listens on 127.0.0.1 only.
#
# Besides lists, reads and cancels it covers what the two cancel pages leave to be proved:
# - OfferGrid's cancel WITHOUT a body (the reference page shows none): a second sandbox answers
#   OfferGrid as a NestJS whitelisting server would (--offergrid-strict-body), refusing the reason
#   property; the client then sends the cancel again with no body, and that one must succeed.
# - FlexPortal's cancel success body: at least one cancel answers 200 through Prism, which checks it
#   against CancelOrderResponse ({success, message, orderId}, all required); a canary shows that Prism,
#   as run here, refuses a success body that lacks one of them.
# - FlexPortal's subscription cancel (POST /v1/subscriptions/{id}/cancel), sent by
#   `orderdesk-cli subscriptions cancel`. Its requests are held to CancelSubscriptionRequest, its 200s to
#   CancelSubscriptionResponse, its 400s and 404s to Error; canaries show that Prism refuses a request
#   outside the schema and a success body that lacks a required field.
#
# usage: contract-check.sh ORDERDESK_CLI ORDERDESK_SANDBOX
set -euo pipefail

cli="$1"
sandbox="$2"
here="$(cd "$(dirname "$0")" && pwd)"
prism="$here/node_modules/.bin/prism"
[ -x "$prism" ] || { echo "contract: Prism is not installed; run: npm ci --prefix tests/contract" >&2; exit 1; }

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_for_line() {  # file pattern seconds
    for _ in $(seq 1 $(( $3 * 10 ))); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "contract: timed out waiting for '$2' in $1" >&2
    cat "$1" >&2
    return 1
}

start_sandbox() {  # name args...
    local name="$1"; shift
    "$sandbox" --port 0 "$@" > "$work/$name.log" 2>&1 &
    pids+=($!)
    wait_for_line "$work/$name.log" "Listening on" 20
    sed -n 's/^Listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$work/$name.log" | head -n 1
}
start_prism() {  # log document upstream port
    "$prism" proxy "$here/openapi/$2" "$3" --host 127.0.0.1 --port "$4" --errors > "$work/$1" 2>&1 &
    pids+=($!)
}

upstream="$(start_sandbox sandbox --flexportal-orders 250 --offergrid-orders 80)"
strict_upstream="$(start_sandbox sandbox-strict --flexportal-orders 0 --offergrid-orders 80 --offergrid-strict-body)"

fp_port="$(free_port)"
og_port="$(free_port)"
og_strict_port="$(free_port)"
start_prism prism-flexportal.log flexportal-orders.yaml "$upstream" "$fp_port"
start_prism prism-offergrid.log offergrid-reseller-orders.yaml "$upstream" "$og_port"
start_prism prism-offergrid-strict.log offergrid-reseller-orders.yaml "$strict_upstream" "$og_strict_port"
for log in prism-flexportal.log prism-offergrid.log prism-offergrid-strict.log; do
    wait_for_line "$work/$log" "Prism is listening" 60
done

cat > "$work/accounts.json" <<JSON
{"accounts": [
  {"id": "fp", "api": "flexportal", "baseUrl": "http://127.0.0.1:$fp_port", "tenantId": "sandbox-tenant", "secretEnv": "CONTRACT_FP_KEY"},
  {"id": "og", "api": "offergrid", "baseUrl": "http://127.0.0.1:$og_port", "secretEnv": "CONTRACT_OG_KEY"},
  {"id": "og-strict", "api": "offergrid", "baseUrl": "http://127.0.0.1:$og_strict_port", "secretEnv": "CONTRACT_OG_KEY"},
  {"id": "fp-bad", "api": "flexportal", "baseUrl": "http://127.0.0.1:$fp_port", "tenantId": "sandbox-tenant", "secretEnv": "CONTRACT_BAD_KEY"}
]}
JSON
export CONTRACT_FP_KEY=sandbox-flexportal-key CONTRACT_OG_KEY=sandbox-offergrid-key CONTRACT_BAD_KEY=wrong-key
# The cancels below are recorded in a history of their own, never in the user's.
export ORDERDESK_HISTORY="$work/history.sqlite"
run() {  # expected-exit args...
    local expected="$1"; shift
    local status=0
    "$cli" --accounts "$work/accounts.json" "$@" > "$work/out.txt" 2> "$work/err.txt" || status=$?
    if [ "$status" != "$expected" ]; then
        echo "contract: '$*' exited $status, expected $expected" >&2
        cat "$work/err.txt" >&2
        exit 1
    fi
}
first_id() {  # account cancellable(true|false)
    python3 - "$work/list-$1.json" "$2" <<'PY'
import json, sys
want = sys.argv[2] == "true"
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    if o["cancellable"] == want:
        print(o["orderId"]); break
PY
}

checks=0
for account in fp og; do
    run 0 orders list --account "$account" --format json; cp "$work/out.txt" "$work/list-$account.json"
    checks=$((checks + 1))
    lines="$(wc -l < "$work/list-$account.json")"
    [ "$lines" -gt 0 ] || { echo "contract: no orders listed for $account" >&2; exit 1; }
    run 0 orders list --account "$account" --status cancelled --format json; checks=$((checks + 1))
    while IFS= read -r id; do
        run 0 orders show --account "$account" "$id"; checks=$((checks + 1))
    done < <(python3 -c 'import json,sys; [print(json.loads(l)["orderId"]) for l in list(open(sys.argv[1], encoding="utf-8"))[:12]]' "$work/list-$account.json")
    id="$(first_id "$account" true)"
    run 0 orders cancel --account "$account" "$id" --reason "Contract check" --yes; checks=$((checks + 1))
    run 0 orders cancel --account "$account" "$id" --reason "Contract check again" --yes; checks=$((checks + 1))
    run 4 orders show --account "$account" "no-such-order"; checks=$((checks + 1))
done
run 4 orders list --account fp-bad; checks=$((checks + 1))

# FlexPortal's subscription cancel, by `orderdesk-cli subscriptions cancel`. The subscription ids are
# the order lines' rentalIds, as `orders show --format json` lists them, of the first orders with
# devices rented. Each is sent once (the sandbox answers 200 for an active one, 400 ALREADY_CANCELLED or
# ALREADY_ENDED for the others: all settled, so exit 0); then one that was just cancelled goes again
# (400 ALREADY_CANCELLED) with an unknown id (404 NOT_FOUND, printed as failed: exit 4).
subscriptions=()
while IFS= read -r id; do
    run 0 orders show --account fp "$id" --format json; checks=$((checks + 1))
    while IFS= read -r sub; do
        subscriptions+=("$sub")
    done < <(python3 -c 'import json,sys; [print(s) for l in json.load(open(sys.argv[1], encoding="utf-8"))["lines"] for s in l["rentalIds"]]' "$work/out.txt")
done < <(python3 -c 'import json,sys; [print(o["orderId"]) for o in [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")] if o["status"] in ("partial", "fulfilled")][:4]' "$work/list-fp.json")
[ "${#subscriptions[@]}" -gt 0 ] || { echo "contract: no subscription found in the listed orders" >&2; exit 1; }
run 0 subscriptions cancel --account fp --reason admin_decision --notes "Contract check: the order is unwound" \
    --yes --format json "${subscriptions[@]:0:16}"; checks=$((checks + 1))
cp "$work/out.txt" "$work/subscriptions.json"
cancelled="$(python3 -c 'import json,sys; print(next((o["subscriptionId"] for o in map(json.loads, open(sys.argv[1], encoding="utf-8")) if o["outcome"] == "cancelled"), ""))' "$work/subscriptions.json")"
[ -n "$cancelled" ] || { echo "contract: no subscription was cancelled:" >&2; cat "$work/subscriptions.json" >&2; exit 1; }
run 4 subscriptions cancel --account fp --reason customer_request --yes --format json "$cancelled" sub_doesnotexst
checks=$((checks + 1))
python3 - "$work/out.txt" <<'PY' || { echo "contract: unexpected subscription cancel outcomes:" >&2; cat "$work/out.txt" >&2; exit 1; }
import json, sys
outcomes = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
sys.exit(0 if [(o["outcome"], o.get("code")) for o in outcomes] == [("already-cancelled", "ALREADY_CANCELLED"), ("failed", "NOT_FOUND")] else 1)
PY
# Each of them is in the cancellation history, written before its request went out.
sent=$(( $(wc -l < "$work/subscriptions.json") + 2 ))
run 0 history export --format json
recorded="$(python3 -c 'import json,sys; print(sum(1 for l in open(sys.argv[1], encoding="utf-8") if json.loads(l)["kind"] == "subscription" and json.loads(l)["outcome"] != "pending"))' "$work/out.txt")"
[ "$recorded" = "$sent" ] || { echo "contract: $sent subscription cancels sent, $recorded completed in the history" >&2; exit 1; }

# How often Prism saw an upstream answer STATUS to a cancel of an order (or of a subscription): that
# answer's body was validated.
cancels_answered() {  # log status
    grep -c "The upstream call to /\(v1\|reseller\)/orders/.*/cancel has returned $2\$" "$work/$1" || true
}
subscription_cancels_answered() {  # log status
    grep -c "The upstream call to /v1/subscriptions/.*/cancel has returned $2\$" "$work/$1" || true
}
expect_cancels() {  # log status least most what
    local seen
    seen="$(cancels_answered "$1" "$2")"
    if [ "$seen" -lt "$3" ] || [ "$seen" -gt "$4" ]; then
        echo "contract: $5: expected $3 to $4 cancel(s) answered $2 in $1, saw $seen" >&2
        exit 1
    fi
}

# FlexPortal's success body: a cancel above was answered 200 through Prism, so its body was held to
# CancelOrderResponse.
expect_cancels prism-flexportal.log 200 1 99 "FlexPortal's cancel success body was not checked"
expect_cancels prism-offergrid.log 200 1 99 "OfferGrid's cancel with a reason was not checked"
# The subscription cancels above, answered through Prism: success bodies held to
# CancelSubscriptionResponse, refusals (ALREADY_CANCELLED at least once, NOT_FOUND once) to Error.
expect_subscription_cancels() {  # status least most what
    local seen
    seen="$(subscription_cancels_answered prism-flexportal.log "$1")"
    if [ "$seen" -lt "$2" ] || [ "$seen" -gt "$3" ]; then
        echo "contract: $4: expected $2 to $3 subscription cancel(s) answered $1, saw $seen" >&2
        exit 1
    fi
}
expect_subscription_cancels 200 1 99 "FlexPortal's subscription cancel success body was not checked"
expect_subscription_cancels 400 1 99 "FlexPortal's ALREADY_CANCELLED answer to a subscription cancel was not checked"
expect_subscription_cancels 404 1 1 "FlexPortal's NOT_FOUND answer to a subscription cancel was not checked"

# OfferGrid's cancel without a body, from the real client: the strict server refuses the reason
# property (400, NestJS's message list), the client sends the cancel once more with no body, and the
# strict server, which refuses any property, answers it 200.
run 0 orders list --account og-strict --format json; cp "$work/out.txt" "$work/list-og-strict.json"
checks=$((checks + 1))
id="$(first_id og-strict true)"
[ -n "$id" ] || { echo "contract: no cancellable order listed for og-strict" >&2; exit 1; }
run 0 orders cancel --account og-strict "$id" --reason "Contract check, strict server" --yes; checks=$((checks + 1))
expect_cancels prism-offergrid-strict.log 400 1 1 "the strict server did not refuse the reason property"
expect_cancels prism-offergrid-strict.log 200 1 1 "OfferGrid's cancel without a body was not checked"
run 0 orders show --account og-strict "$id" --format json; checks=$((checks + 1))
python3 - "$work/out.txt" <<'PY' || { echo "contract: the order is not cancelled after the bodiless cancel" >&2; exit 1; }
import json, sys
sys.exit(0 if json.load(open(sys.argv[1], encoding="utf-8"))["status"] == "cancelled" else 1)
PY

# The canary: a server whose cancel success body lacks `message`, through Prism as run above. If Prism
# let it pass, the FlexPortal check above would prove nothing.
canary_port="$(free_port)"
python3 - "$canary_port" > "$work/canary-upstream.log" 2>&1 <<'PY' &
import http.server, json, sys
class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"success": True, "orderId": "ord_canary"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
print("Listening", flush=True)
server.serve_forever()
PY
pids+=($!)
wait_for_line "$work/canary-upstream.log" "Listening" 20
canary_prism_port="$(free_port)"
start_prism canary-prism.log flexportal-orders.yaml "http://127.0.0.1:$canary_port" "$canary_prism_port"
wait_for_line "$work/canary-prism.log" "Prism is listening" 60
canary_status="$(curl -s -o "$work/canary.json" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer canary" -H "Tenant-ID: canary" -H "Content-Type: application/json" \
    -d '{"reason":"canary"}' "http://127.0.0.1:$canary_prism_port/v1/orders/ord_canary/cancel")"
if [ "$canary_status" != 500 ] || ! grep -q "required property 'message'" "$work/canary.json"; then
    echo "contract: Prism let a FlexPortal cancel success body without 'message' pass (HTTP $canary_status)" >&2
    cat "$work/canary.json" >&2
    exit 1
fi
checks=$((checks + 1))
# The same canary answers a subscription cancel with a body that is no CancelSubscriptionResponse.
canary_status="$(curl -s -o "$work/canary.json" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer canary" -H "Tenant-ID: canary" -H "Content-Type: application/json" \
    -d '{"rentalId":"sub_canary","reason":"fraud"}' "http://127.0.0.1:$canary_prism_port/v1/subscriptions/sub_canary/cancel")"
if [ "$canary_status" != 500 ] || ! grep -q "required property 'assetSerialNumber'" "$work/canary.json"; then
    echo "contract: Prism let a subscription cancel success body without 'assetSerialNumber' pass (HTTP $canary_status)" >&2
    cat "$work/canary.json" >&2
    exit 1
fi
checks=$((checks + 1))
# And a request outside CancelSubscriptionRequest (a reason not in the enum) never leaves Prism.
canary_status="$(curl -s -o "$work/canary.json" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer canary" -H "Tenant-ID: canary" -H "Content-Type: application/json" \
    -d '{"rentalId":"sub_canary","reason":"changed_mind"}' "http://127.0.0.1:$canary_prism_port/v1/subscriptions/sub_canary/cancel")"
if [ "$canary_status" != 422 ] || ! grep -q "reason must be equal to one of the allowed values" "$work/canary.json"; then
    echo "contract: Prism let a subscription cancel request with an unknown reason pass (HTTP $canary_status)" >&2
    cat "$work/canary.json" >&2
    exit 1
fi
checks=$((checks + 1))

violations=0
for log in "$work"/prism-*.log; do
    if grep -Ei "violation|✖" "$log" > "$work/violations.txt"; then
        echo "contract: $(basename "$log") reports:" >&2
        cat "$work/violations.txt" >&2
        violations=$((violations + 1))
    fi
done
requests="$(grep -c "Request received" "$work"/prism-*.log | awk -F: '{s += $2} END {print s}')"
if [ "$violations" -ne 0 ]; then
    echo "contract: FAILED ($requests requests checked)" >&2
    exit 1
fi
echo "contract: $checks commands, $requests requests and their responses match the OpenAPI documents"
