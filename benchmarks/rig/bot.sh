#!/usr/bin/env bash
# Starts repair-bot for the load rig (run.sh passes it as --bot-cmd): the SQLite file in RIG_DATA, the rig's users
# as dispatchers, Redis at RIG_REDIS_URL when set, the jar RIG_JAR (default: the one the build makes). The rig
# passes BOT_API_URL; exec keeps the JVM the rig's direct child, so that its CPU and RSS are measured exactly and
# kill -9 reaches it. Other settings (TELEGRAM_PACING, FLOOD_*) come from the environment.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
users=${RIG_USERS:-50}
base=${RIG_USER_BASE:-700000001}
ids=$(seq -s, "$base" $((base + users - 1)))
export TELEGRAM_API_URL=${BOT_API_URL:?the rig sets BOT_API_URL}
export BOT_TOKEN=${BOT_TOKEN:-123456789:rig-token-not-a-real-one}
export DISPATCHER_IDS=$ids
export HTTP_PORT=${HTTP_PORT:-0} # health and metrics on a free port: the rig does not read them
export DATABASE_PATH=${RIG_DATA:?set RIG_DATA to a folder}/repair-bot.db
if [[ -n ${RIG_REDIS_URL:-} ]]; then export REDIS_URL=$RIG_REDIS_URL; fi
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java_home=$JAVA_HOME
# the same JVM flags as bin/repair-bot (read from the same file, so the run measures what ships); the start-up
# cache (an AppCDS archive) is kept beside the jar so that it survives the per-run data folders
# shellcheck source=../../bin/jvm-flags.sh
jar=${RIG_JAR:-$root/bootstrap/target/repair-bot.jar}
# settings of one jar only, read before the flags (an A/B of start-up caches: a copy of the jar with a file
# <jar minus .jar>.env holding REPAIR_BOT_STARTUP_CACHE=cds); one KEY=VALUE a line
if [[ -f ${jar%.jar}.env ]]; then
  while IFS= read -r _line; do
    [[ $_line =~ ^[A-Z_][A-Z0-9_]*= ]] && export "${_line?}"
  done < "${jar%.jar}.env"
fi
source "$root/bin/jvm-flags.sh" "$jar" "${jar%.jar}.jsa"
# flags of one jar only (an A/B of JVM flags: two copies of a jar, one with a .flags file beside it)
if [[ -f ${jar%.jar}.flags ]]; then
  read -r -a _jar_flags < "${jar%.jar}.flags"
  REPAIR_BOT_JVM_FLAGS+=("${_jar_flags[@]}")
fi
if [[ -n ${RIG_PLAIN_JVM:-} ]]; then
  REPAIR_BOT_JVM_FLAGS=(--enable-native-access=ALL-UNNAMED) # the JVM's defaults, as before bin/jvm-flags.sh
  unset MALLOC_ARENA_MAX
fi
# shellcheck disable=SC2086  # RIG_JAVA_OPTS is a list of flags
exec "$java_home/bin/java" "${REPAIR_BOT_JVM_FLAGS[@]}" ${RIG_JAVA_OPTS:-} -jar "$jar" run
