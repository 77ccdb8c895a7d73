#!/usr/bin/env bash
# The outbox relay under a burst of notifications, with Telegram's limits as shipped (issue 19): how long N
# notifications (default 1,000) to 49 dispatchers take to go out, and how many 429s the fake Bot API answered.
#
#   benchmarks/rig/burst.sh --rig DIR [--notifications N] [--jar PATH] [--out DIR] [--within S]
#
# 1. Seed: the bot without pacing under the rig for a few seconds: 50 dispatchers create requests, each one
#    announced to the 49 others through the outbox, which the unpaced bot cannot empty meanwhile.
# 2. The outbox is cut to exactly N notifications, all due now; no reply is left owed (only the burst is sent) and
#    no dialog open (notifications wait for a person in the middle of one).
# 3. The rig serves the Bot API only (--users 0 --enforce-limits: a send over 1/s per chat, 20/min per group or
#    30/s overall is answered 429) and the bot runs as shipped (pacing on) on that database. The figure is the time
#    to an empty outbox, from the bot's start (JVM start included) and from its first poll (the bot ready, as in
#    a burst that meets a running bot); the rig reports the 429s and overruns.
# Results in DIR (default benchmarks/target/burst-<time>): burst.txt (the rig), bot logs, summary.txt.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
rig=${RIG_DIR:-}
count=1000
within=45
jar=$root/bootstrap/target/repair-bot.jar
out=$root/benchmarks/target/burst-$(date -u +%Y%m%dT%H%M%SZ)
while [[ $# -gt 0 ]]; do
  case $1 in
    --rig) rig=$2; shift 2 ;;
    --notifications) count=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --within) within=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "burst.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -n $rig && -f $rig/rig.js ]] || { echo "burst.sh: the load rig's folder is needed: --rig DIR or RIG_DIR" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "burst.sh: needs the sqlite3 command" >&2; exit 2; }
[[ -f $jar ]] || (cd "$root" && source bin/java-home.sh && mvn -B -q -ntp -DskipTests package)
mkdir -p "$out"
data=$out/data; rm -rf "$data"; mkdir -p "$data"
db=$data/repair-bot.db
port=${RIG_REDIS_PORT:-6390}
if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no >/dev/null
  sleep 0.5
fi
redis-cli -p "$port" flushall >/dev/null

echo "== seed: requests announced to every dispatcher" >&2
(cd "$rig" && env TELEGRAM_PACING=off FLOOD_BURST=100000 FLOOD_PER_SECOND=100000 RIG_JAR="$jar" RIG_DATA="$data" \
  RIG_REDIS_URL="redis://127.0.0.1:$port/0" node rig.js --users 50 --duration 6 --warmup 1 --progress 0 \
  --script "$here/dialog-create-request.json" --bot-cmd "$here/bot.sh" --out "$out/seed.json" \
  --bot-log "$out/seed.bot.log" > "$out/seed.txt" 2>&1) || true
have=$(sqlite3 "$db" "SELECT count(*) FROM outbox")
(( have >= count )) || { echo "burst.sh: the seed left only $have notifications (need $count)" >&2; exit 1; }
sqlite3 "$db" "DELETE FROM outbox WHERE id NOT IN (SELECT id FROM outbox ORDER BY id LIMIT $count);
  UPDATE outbox SET due_at = '2000-01-01T00:00:00.000000000Z', attempts = 0;
  UPDATE processed_updates SET owed = NULL;"
# the seed's people were in the middle of their dialogs: forgotten, so that no notification is held for them
# (docs/notifications.md) and the figure is the pace alone
redis-cli -p "$port" flushall >/dev/null
recipients=$(sqlite3 "$db" "SELECT count(DISTINCT recipient) FROM outbox")
echo "== burst: $count notifications to $recipients chats, pacing as shipped, limits enforced" >&2

(cd "$rig" && node rig.js --users 0 --duration "$within" --enforce-limits --progress 0 --out "$out/burst.json" \
  > "$out/burst.txt" 2>&1) &
rig_pid=$!
sleep 1
started=$(date +%s.%N)
env BOT_API_URL=http://127.0.0.1:8081 RIG_JAR="$jar" RIG_DATA="$data" RIG_REDIS_URL="redis://127.0.0.1:$port/0" \
  "$here/bot.sh" > "$out/burst.bot.log" 2>&1 &
bot=$!
left=$count; took=
while kill -0 "$bot" 2>/dev/null; do
  left=$(sqlite3 "$db" "SELECT count(*) FROM outbox" 2>/dev/null || echo "$left")
  now=$(date +%s.%N)
  if [[ $left == 0 ]]; then took=$(echo "$now - $started" | bc); break; fi
  if (( $(echo "$now - $started > $within - 2" | bc) )); then break; fi
  sleep 0.5
done
kill -TERM "$bot" 2>/dev/null || true
wait "$bot" || true
# the rig reports once its window is over
wait "$rig_pid" || true
{
  echo "notifications: $count to $recipients chats"
  if [[ -n $took ]]; then
    ready=$(grep -m1 "long polling started" "$out/burst.bot.log" | cut -d' ' -f1)
    from_ready=$(echo "$started + $took - $(date -d "$ready" +%s.%N)" | bc)
    printf 'all out after: %.1f s from the bot'"'"'s start (JVM start included), %.1f s from its first poll\n' "$took" "$from_ready"
  else
    echo "not all out within ${within} s: $left left"
  fi
  grep -E "^(faults|limits|Bot API)" "$out/burst.txt" || echo "(the rig's report is in $out/burst.txt)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/summary.txt"
