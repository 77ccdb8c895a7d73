# shellcheck shell=bash
# Source this file with two arguments, the jar and the class-data archive beside the data:
#   source bin/jvm-flags.sh bootstrap/target/repair-bot.jar data/repair-bot.jsa
# It sets the array REPAIR_BOT_JVM_FLAGS: the JVM flags repair-bot runs with (bin/repair-bot and the load rig's
# benchmarks/rig/bot.sh use the same ones). Why each one: README, "Performance and JVM flags".
#
# Class data sharing (AppCDS): while the archive is missing or older than the jar, the JVM records the classes it
# loads and writes the archive when it stops (a clean stop or SIGTERM; not kill -9); every later start maps it and
# skips loading and verifying those classes again, which is most of the start-up time.
_rb_jar=$1
_rb_archive=$2
REPAIR_BOT_JVM_FLAGS=(
  --enable-native-access=ALL-UNNAMED
  -XX:+UseSerialGC
  -Xms32m -Xmx96m
  -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m
  -Xss512k
  -XX:TieredStopAtLevel=1 -XX:CICompilerCount=2
  -XX:+ExitOnOutOfMemoryError
  -Dio.netty.leakDetection.level=disabled
  -Xlog:cds=off -Xlog:cds+dynamic=off
)
if [[ -f $_rb_archive && $_rb_archive -nt $_rb_jar ]]; then
  REPAIR_BOT_JVM_FLAGS+=(-XX:SharedArchiveFile="$_rb_archive")
else
  mkdir -p "$(dirname "$_rb_archive")"
  REPAIR_BOT_JVM_FLAGS+=(-XX:ArchiveClassesAtExit="$_rb_archive")
fi
unset _rb_jar _rb_archive
# glibc gives every thread that mallocs its own arena (up to 8 per core); two are plenty for the JVM's own use
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
