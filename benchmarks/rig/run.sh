#!/usr/bin/env bash
# Runs the load rig (a fake Bot API with simulated users, kept outside this repository: give its folder with
# --rig DIR or RIG_DIR) against repair-bot and writes a report with medians and spread.
#
#   benchmarks/rig/run.sh [--rounds N] [--scenarios "normal p429 p5xx chaos limits"] [--duration S]
#                         [--chaos-duration S] [--jar LABEL=PATH[:plain]]... [--out DIR] [--rig DIR]
#                         [--script FILE] [--refbot]
#
# Every round runs every scenario once for every jar, in that order, so that the runs of one scenario (and of two
# jars, A/B) alternate in time and share the machine's good and bad moments. Scenarios (50 users, the create-request
# script beside this file (the bot's create dialog in its current order; --script FILE for another), Redis for
# dialog state, SQLite for the data):
#   normal  the bot's own cost: TELEGRAM_PACING=off, a flood limit the users never reach, --redis counted
#   p429    as normal, 5 % of sends answered 429 (retry_after 1 s)
#   p5xx    as normal, 5 % of sends answered 502
#   chaos   as normal, kill -9 every 4-8 s for --chaos-duration seconds (default 60), restarted at once; the
#           requests in the bot's database are counted against the dialogs the rig saw confirmed (every scenario)
#   limits  Telegram's pacing and the default flood limit (as shipped), --think 1000 --enforce-limits
# --refbot  after the jars' normal runs of each round, the rig's do-nothing refbot.js (no Redis, no database; the
#           rig's own script, which it implements) on the same settings: the report holds each jar against it,
#           run for run (issue 19's goals: >= 0.5 x its updates per CPU-second, p99 <= 3 x its p99)
# --jar may be given several times (A/B); ":plain" runs that jar with the JVM's default flags instead of
# bin/jvm-flags.sh (to measure a build from before those flags). The jar is built when missing (mvn package,
# tests skipped). Before measuring, a short run per jar writes its start-up cache (the JDK's AOT cache on JDK 25+,
# else an AppCDS archive: bin/jvm-flags.sh), as the first stop after an install does in production. Beside a jar,
# <jar minus .jar>.flags adds JVM flags and <jar minus .jar>.env settings (KEY=VALUE lines) to that jar's runs only.
# A redis-server of its own (port RIG_REDIS_PORT, default 6390) keeps other clients out of the command counts; the
# fake Bot API listens on RIG_PORT (default 8081), so that two runs can share a machine.
# Results: DIR/<round>-<scenario>-<label>.json (the rig's), bot logs beside them, DIR/report.md (also printed).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
rig=${RIG_DIR:-}
rounds=3
scenarios="normal p429 p5xx chaos limits"
script=$here/dialog-create-request.json
duration=20
chaos_duration=60
out=$root/benchmarks/target/rig-$(date -u +%Y%m%dT%H%M%SZ)
jars=()
refbot=
while [[ $# -gt 0 ]]; do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --chaos-duration) chaos_duration=$2; shift 2 ;;
    --jar) jars+=("$2"); shift 2 ;;
    --out) out=$2; shift 2 ;;
    --rig) rig=$2; shift 2 ;;
    --script) script=$2; shift 2 ;;
    --refbot) refbot=1; shift ;;
    -h|--help) sed -n '2,29p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -n $rig && -d $rig ]] || { echo "run.sh: the load rig's folder is needed: --rig DIR or RIG_DIR (got '${rig}')" >&2; exit 2; }
[[ -f $rig/rig.js ]] || { echo "run.sh: no rig.js in $rig (use --rig DIR)" >&2; exit 2; }
if [[ ${#jars[@]} -eq 0 ]]; then
  jars=("current=$root/bootstrap/target/repair-bot.jar")
  if [[ ! -f $root/bootstrap/target/repair-bot.jar ]]; then
    (cd "$root" && source bin/java-home.sh && mvn -B -q -ntp -DskipTests package)
  fi
fi
mkdir -p "$out"
port=${RIG_REDIS_PORT:-6390}
api_port=${RIG_PORT:-8081}
if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no >/dev/null
  sleep 0.5
fi
export RIG_REDIS_URL=redis://127.0.0.1:$port/0

one_run() { # label jar name pacing(unpaced|shipped) rig-args...
  local label=$1 jar=$2 name=$3 pacing=$4; shift 4
  local data=$out/$name.data settings=()
  if [[ $jar == *:plain ]]; then
    jar=${jar%:plain}
    settings+=(RIG_PLAIN_JVM=1)
  fi
  if [[ $pacing == unpaced ]]; then
    settings+=(TELEGRAM_PACING=off FLOOD_BURST=100000 FLOOD_PER_SECOND=100000)
  fi
  rm -rf "$data"; mkdir -p "$data"
  redis-cli -p "$port" flushall >/dev/null
  echo "== $name ($pacing): $*" >&2
  (cd "$rig" && env "${settings[@]}" RIG_JAR="$jar" RIG_DATA="$data" node rig.js --port "$api_port" --users 50 --seed "$RANDOM" --script "$script" \
    --progress 0 --bot-cmd "$here/bot.sh" --out "$out/$name.json" --bot-log "$out/$name.bot.log" "$@" \
    > "$out/$name.txt" 2>&1) || echo "   the rig ended with status $? (see $out/$name.txt)" >&2
  grep -E "^(throughput|bot process|redis|chaos) " "$out/$name.txt" | sed 's/^/   /' >&2 || true
  count_requests "$data/repair-bot.db" "$out/$name.json"
  rm -rf "$data"
}

# Adds to the rig's JSON how many requests the bot stored, beside the dialogs the rig saw confirmed (a number
# captured after Confirm): under kill -9 the two must be equal — no confirmed dialog lost, none stored twice.
count_requests() { # database json
  [[ -f $1 && -f $2 ]] || return 0
  python3 - "$1" "$2" <<'PY' || echo "   the requests could not be counted" >&2
import json, sqlite3, sys
db, out = sys.argv[1], sys.argv[2]
requests = sqlite3.connect(f'file:{db}?mode=ro', uri=True).execute('SELECT count(*) FROM requests').fetchone()[0]
with open(out, encoding='utf-8') as f:
    result = json.load(f)
confirmed = result.get('captures', {}).get('dialogs_with_number')
result['database'] = {'requests': requests, 'dialogs_confirmed': confirmed,
                      'requests_minus_confirmed': None if confirmed is None else requests - confirmed}
with open(out, 'w', encoding='utf-8') as f:
    json.dump(result, f)
print(f'   requests in the database {requests}, dialogs the rig saw confirmed {confirmed}', file=sys.stderr)
PY
}

# A training run per jar writes its start-up cache. Not under the rig's --bot-cmd: the rig kills its bot 5 s
# after SIGTERM, and writing the archive may take longer on a busy machine. So the rig serves 5 users with no bot
# of its own, this script starts the bot beside it, and stops it with SIGTERM once the rig is done, waiting as
# long as it takes.
train() { # label jar
  local label=$1 jar=$2 data=$out/train-$1.data bot
  local plain_jar=${jar%:plain}
  rm -f "${plain_jar%.jar}.jsa" "${plain_jar%.jar}".aot*
  [[ $jar == *:plain ]] && return 0 # the JVM's defaults use no cache of ours
  rm -rf "$data"; mkdir -p "$data"
  redis-cli -p "$port" flushall >/dev/null
  echo "== train-$label: start-up cache" >&2
  (cd "$rig" && node rig.js --port "$api_port" --users 5 --duration 4 --warmup 1 --progress 0 --script "$script" --out "$data/rig.json" \
    > "$out/train-$label.txt" 2>&1) &
  local rig_pid=$!
  sleep 1
  env TELEGRAM_PACING=off FLOOD_BURST=100000 FLOOD_PER_SECOND=100000 BOT_API_URL=http://127.0.0.1:$api_port \
    RIG_JAR="$plain_jar" RIG_DATA="$data" "$here/bot.sh" > "$out/train-$label.bot.log" 2>&1 &
  bot=$!
  wait "$rig_pid" || true
  kill -TERM "$bot" 2>/dev/null || true
  wait "$bot" || true
  rm -rf "$data"
}

for pair in "${jars[@]}"; do
  label=${pair%%=*}; jar=${pair#*=}
  [[ -f ${jar%:plain} ]] || { echo "run.sh: no jar ${jar%:plain}" >&2; exit 2; }
  train "$label" "$jar"
done

redis=(--redis "127.0.0.1:$port")
for round in $(seq 1 "$rounds"); do
  for scenario in $scenarios; do
    for pair in "${jars[@]}"; do
      label=${pair%%=*}; jar=${pair#*=}
      name=$round-$scenario-$label
      case $scenario in
        normal) one_run "$label" "$jar" "$name" unpaced --duration "$duration" "${redis[@]}" ;;
        p429) one_run "$label" "$jar" "$name" unpaced --duration "$duration" "${redis[@]}" --p429 0.05 ;;
        p5xx) one_run "$label" "$jar" "$name" unpaced --duration "$duration" "${redis[@]}" --p5xx 0.05 ;;
        chaos) one_run "$label" "$jar" "$name" unpaced --duration "$chaos_duration" "${redis[@]}" --chaos-kill 4:8 ;;
        limits) one_run "$label" "$jar" "$name" shipped --duration "$duration" --think 1000 --enforce-limits ;;
        *) echo "run.sh: unknown scenario $scenario" >&2; exit 2 ;;
      esac
    done
    if [[ -n $refbot && $scenario == normal ]]; then
      echo "== $round-normal-refbot: --duration $duration" >&2
      (cd "$rig" && node rig.js --port "$api_port" --users 50 --seed "$RANDOM" --duration "$duration" --progress 0 \
        --bot-cmd "node refbot.js" --out "$out/$round-normal-refbot.json" > "$out/$round-normal-refbot.txt" 2>&1) \
        || echo "   the rig ended with status $? (see $out/$round-normal-refbot.txt)" >&2
      grep -E "^(throughput|bot process) " "$out/$round-normal-refbot.txt" | sed 's/^/   /' >&2 || true
    fi
  done
done

python3 "$here/report.py" "$out" | tee "$out/report.md"
