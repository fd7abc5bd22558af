#!/usr/bin/env bash
# One interop case between sipcodes-responder (or the test client) and SIPp,
# on loopback, with free ports, bounded in time, cleaning up its processes.
# Usage: tests/interop/run_interop.sh CASE BUILD_DIR
#   CASE: busy, options, full_call, utf8_reason, load, uas_client, bad_options,
#         rate_limit, default_rate_limit, log_flood, quiet, log_escape, amplification,
#         cpu_per_request, torture, too_large
set -euo pipefail
case_name=$1
build_dir=$2
here=$(cd "$(dirname "$0")" && pwd)
responder="$build_dir/examples/sipcodes-responder"
client="$build_dir/tests/interop_client"
work=$(mktemp -d)
responder_pid=""

cleanup() {
  # responder_pid is timeout's, which passes TERM on to the responder; KILL
  # would leave the responder running.
  if [[ -n $responder_pid ]] && kill -0 "$responder_pid" 2>/dev/null; then
    kill -TERM "$responder_pid" 2>/dev/null || true
    for _ in $(seq 20); do kill -0 "$responder_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL ($case_name): $*"; [[ -f $work/responder.log ]] && tail -n 20 "$work/responder.log"; exit 1; }

# Starts the responder on a free port; sets responder_port. timeout runs it
# in the foreground: otherwise it signals its whole process group when it is
# stopped, which can reach the thread LeakSanitizer starts at the responder's
# exit and leave the responder hanging there.
start_responder() {
  : > "$work/responder.log"  # there before the responder writes it, for the loop below to read
  timeout --foreground 120 "$responder" --port 0 "$@" 2> "$work/responder.log" &
  responder_pid=$!
  for _ in $(seq 50); do
    responder_port=$(sed -n 's/^listening on [0-9.]*:\([0-9]*\)$/\1/p' "$work/responder.log")
    [[ -n $responder_port ]] && return 0
    sleep 0.1
  done
  fail "the responder did not start"
}

# Stops the responder with SIGTERM and checks that it stopped cleanly.
stop_responder() {
  kill -TERM "$responder_pid"
  local status=0
  wait "$responder_pid" || status=$?
  responder_pid=""
  [[ $status -eq 0 ]] && grep -q '^stopped$' "$work/responder.log" || fail "the responder did not stop cleanly ($status)"
}

# Runs SIPp against the responder from a free port: sipp_against SCENARIO-ARGS...
sipp_against() {
  local sipp_port
  sipp_port=$("$client" free-port)
  (cd "$work" && timeout 60 sipp "127.0.0.1:$responder_port" -i 127.0.0.1 -p "$sipp_port" -nostdin -timeout 30s -timeout_error \
     -trace_err "$@") > "$work/sipp.out" 2>&1 || fail "SIPp reported failed calls: $(grep -h -E 'Failed call|error' "$work/sipp.out" "$work"/*errors.log 2>/dev/null | head -n 5)"
}

case $case_name in
  busy)
    start_responder
    sipp_against -sf "$here/invite_busy.xml" -m 1
    stop_responder ;;
  options)
    start_responder
    sipp_against -sf "$here/options.xml" -m 1
    stop_responder ;;
  full_call)
    start_responder --code 200
    sipp_against -sn uac -m 1
    stop_responder ;;
  utf8_reason)
    start_responder --reason 'Meşgul'
    sipp_against -sf "$here/invite_utf8_reason.xml" -m 1
    grep -q 'send 127.0.0.1:[0-9]* SIP/2.0 486 Meşgul' "$work/responder.log" || fail "the responder did not log the phrase"
    stop_responder ;;
  load)
    start_responder --code 200
    start=$(date +%s.%N)
    sipp_against -sn uac -m 1000 -r 200 -l 400
    end=$(date +%s.%N)
    stop_responder
    successful=$(awk '/Successful call/ { print $NF }' "$work/sipp.out" | tail -n 1)
    failed=$(awk '/Failed call/ { print $NF }' "$work/sipp.out" | tail -n 1)
    [[ $successful == 1000 && $failed == 0 ]] || fail "successful calls: $successful, failed: $failed"
    printf 'load: %s calls successful, %s failed, at 200 calls per second requested, in %.1f s\n' \
      "$successful" "$failed" "$(echo "$end - $start" | awk '{ print $1 - $3 }')" ;;
  uas_client)
    port=$("$client" free-port)
    (cd "$work" && timeout 60 sipp -sn uas -i 127.0.0.1 -p "$port" -m 1 -nostdin -timeout 30s -timeout_error) \
      > "$work/sipp.out" 2>&1 &
    sipp_pid=$!
    sleep 0.5
    timeout 30 "$client" uas "$port" || { kill "$sipp_pid" 2>/dev/null; fail "the client's call failed"; }
    wait "$sipp_pid" || fail "SIPp's uas reported a failed call" ;;
  bad_options)
    for bad in "--reason=x" "--port=5060" "--quiet=1" "--code 100" "--code 700" "--reason Busy\"Here" "--reason 50%"; do
      read -r -a arguments <<< "$bad"
      status=0
      timeout 10 "$responder" --port 0 "${arguments[@]}" 2> "$work/error.txt" || status=$?
      [[ $status -eq 2 ]] || fail "'$bad' gave exit status $status, not 2"
      grep -q '^sipcodes-responder: ' "$work/error.txt" || fail "'$bad' printed no message"
    done
    status=0
    timeout 10 "$responder" --port=5060 2> "$work/error.txt" || status=$?
    grep -q "^sipcodes-responder: --port: the value goes in the next argument, not after '='" "$work/error.txt" ||
      fail "--port=5060 is not refused with a message that says why"
    status=0
    timeout 10 "$responder" --port 0 --reason $'Busy\r\nVia: injected' 2> "$work/error.txt" || status=$?
    [[ $status -eq 2 ]] || fail "a reason with CRLF gave exit status $status, not 2" ;;
  rate_limit)
    # 200 OPTIONS at once from one address, 20 allowed a second: the burst
    # of 20 and what refills while they arrive are answered, no more.
    start_responder --rate-limit 20
    answered=$("$client" burst "$responder_port" 200 | awk '{ print $4 }')
    stop_responder
    echo "rate_limit: $answered of 200 answered at --rate-limit 20"
    ((answered >= 20 && answered <= 30)) || fail "$answered of 200 answered"
    grep -q '^rate limit: 20 requests a second per source address$' "$work/responder.log" || fail "no rate limit line"
    grep -qE '^summary: 200 datagrams, [0-9]+ responses sent, 0 dropped unanswerable, 1[7-8][0-9] over the rate limit' \
      "$work/responder.log" || fail "the summary does not count the requests over the limit" ;;
  default_rate_limit)
    # Bound to every address, not loopback only: 100 a second by default.
    start_responder --address 0.0.0.0
    answered=$("$client" burst "$responder_port" 300 | awk '{ print $4 }')
    stop_responder
    echo "default_rate_limit: $answered of 300 answered on 0.0.0.0"
    ((answered >= 100 && answered <= 120)) || fail "$answered of 300 answered"
    grep -q '^rate limit: 100 requests a second per source address$' "$work/responder.log" || fail "no rate limit line" ;;
  log_flood)
    # A flood is answered, but the log keeps to 100 lines a second.
    start_responder
    start=$SECONDS
    "$client" burst "$responder_port" 2000 > "$work/burst.out"
    stop_responder
    lines=$(wc -l < "$work/responder.log")
    echo "log_flood: $(cat "$work/burst.out"); $lines log lines in $((SECONDS - start + 1)) s"
    ((lines <= 100 * (SECONDS - start + 2) + 10)) || fail "$lines log lines"
    grep -qE '^log: [0-9]+ lines suppressed' "$work/responder.log" || fail "no line says what was suppressed" ;;
  quiet)
    start_responder --quiet
    "$client" burst "$responder_port" 50 > /dev/null
    stop_responder
    ! grep -qE '^(recv|send) ' "$work/responder.log" || fail "--quiet logged messages"
    grep -qE '^summary: 50 datagrams, 50 responses sent' "$work/responder.log" || fail "no summary" ;;
  log_escape)
    # Control bytes, C1 controls and malformed UTF-8 reach the log escaped.
    start_responder
    printf 'INVITE sip:\033[31m\302\205\377@h SIP/2.0\r\n\r\n' > "/dev/udp/127.0.0.1/$responder_port"
    sleep 0.3
    stop_responder
    grep -qF 'recv 127.0.0.1:' "$work/responder.log" || fail "the request was not logged"
    grep -qF 'INVITE sip:\x1b[31m\xc2\x85\xff@h SIP/2.0' "$work/responder.log" || fail "not escaped as expected"
    ! LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f\x80-\xff]' "$work/responder.log" || fail "a raw control or 8-bit byte in the log" ;;
  amplification)
    start_responder
    "$client" amplification "$responder_port" || fail "a request kind was not answered as expected"
    stop_responder ;;
  torture)
    # RFC 4475's 50 messages, one datagram each: the responses of the table,
    # well-formed; responses not answered; the responder up at the end.
    start_responder --code 486
    "$client" torture "$responder_port" "$here/../torture" | tee "$work/torture.out" || fail "$(grep -c FAIL "$work/torture.out") messages not as expected"
    stop_responder
    grep -q 'send 127.0.0.1:[0-9]* SIP/2.0 501 Not Implemented \[RFC 3261 21.5.2: method not recognised\]$' \
      "$work/responder.log" || fail "the log does not name the section of a decision"
    grep -q 'drop 127.0.0.1:[0-9]* SIP/2.0 200 = 2\*\*3 \* 5\*\*2 .* \[RFC 3261 18.1.2: A response, which is never answered\]$' \
      "$work/responder.log" || fail "the log does not say why a response was dropped" ;;
  too_large)
    # A request that fits a datagram whose answer does not: a 513, logged
    # with its own rule.
    start_responder
    "$client" too-large "$responder_port" || fail "no 513"
    stop_responder
    grep -q 'send 127.0.0.1:[0-9]* SIP/2.0 513 Message Too Large \[RFC 3261 21.5.7: the response does not fit a datagram\]$' \
      "$work/responder.log" || fail "the log does not give the 513 its rule" ;;
  cpu_per_request)
    # The responder's CPU time (user + system, from /proc) over N OPTIONS,
    # then N INVITEs, each sent when the last was answered.
    n=${SIPCODES_CPU_REQUESTS:-20000}
    start_responder --quiet
    pid=$(ps -o pid= --ppid "$responder_pid" | tr -d ' ')
    hz=$(getconf CLK_TCK)
    cpu_ticks() { awk '{ print $14, $15 }' "/proc/$pid/stat"; }  # user, system
    for method in OPTIONS INVITE; do
      read -r user_before system_before < <(cpu_ticks)
      "$client" pingpong "$responder_port" "$n" "$method" > "$work/ping.out" || fail "$(cat "$work/ping.out")"
      read -r user_after system_after < <(cpu_ticks)
      awk -v u=$((user_after - user_before)) -v s=$((system_after - system_before)) -v hz="$hz" -v n="$n" \
        -v m="$method" -v p="$(cat "$work/ping.out")" 'BEGIN {
          printf "cpu_per_request: %s: %.2f us of CPU a request, %.2f us of it user time (%s)\n",
                 m, (u + s) * 1e6 / hz / n, u * 1e6 / hz / n, p }'
    done
    stop_responder ;;
  *) fail "unknown case" ;;
esac
echo "PASS ($case_name)"
