# shellcheck shell=bash
# Source this file: it sets the array REPAIR_BOT_JVM_FLAGS, the JVM flags repair-bot runs with (bin/repair-bot
# and the load rig's benchmarks/rig/bot.sh use the same ones). Why each one: README, "Performance and JVM flags".
# JAVA_OPTS, when set, comes after them, so any flag can be overridden without editing this file.
# $1: a folder for the class-data archive (AppCDS); it is created on the first clean stop and used from then on.
_rb_cds_dir=${1:-data}
REPAIR_BOT_JVM_FLAGS=(
  --enable-native-access=ALL-UNNAMED
  -XX:+UseSerialGC
  -Xms32m -Xmx96m
  -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m
  -Xss512k
  -XX:CICompilerCount=2
  -XX:+ExitOnOutOfMemoryError
  -Dio.netty.leakDetection.level=disabled
  -XX:SharedArchiveFile="$_rb_cds_dir/repair-bot.jsa" -XX:+AutoCreateSharedArchive
)
unset _rb_cds_dir
