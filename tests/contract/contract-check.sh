#!/usr/bin/env bash
# Contract check: the real client (orderdesk-cli) talks to the sandbox through Stoplight Prism
# proxies, one per OpenAPI document; Prism validates every request and response against the
# document, and any violation fails the check. Everything listens on 127.0.0.1 only.
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

"$sandbox" --port 0 --flexportal-orders 250 --offergrid-orders 80 > "$work/sandbox.log" 2>&1 &
pids+=($!)
wait_for_line "$work/sandbox.log" "Listening on" 20
upstream="$(sed -n 's/^Listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$work/sandbox.log" | head -n 1)"

fp_port="$(free_port)"
og_port="$(free_port)"
"$prism" proxy "$here/openapi/flexportal-orders.yaml" "$upstream" --host 127.0.0.1 --port "$fp_port" --errors \
    > "$work/prism-flexportal.log" 2>&1 &
pids+=($!)
"$prism" proxy "$here/openapi/offergrid-reseller-orders.yaml" "$upstream" --host 127.0.0.1 --port "$og_port" --errors \
    > "$work/prism-offergrid.log" 2>&1 &
pids+=($!)
wait_for_line "$work/prism-flexportal.log" "Prism is listening" 60
wait_for_line "$work/prism-offergrid.log" "Prism is listening" 60

cat > "$work/accounts.json" <<JSON
{"accounts": [
  {"id": "fp", "api": "flexportal", "baseUrl": "http://127.0.0.1:$fp_port", "tenantId": "sandbox-tenant", "secretEnv": "CONTRACT_FP_KEY"},
  {"id": "og", "api": "offergrid", "baseUrl": "http://127.0.0.1:$og_port", "secretEnv": "CONTRACT_OG_KEY"},
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
