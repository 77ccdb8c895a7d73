# shellcheck shell=bash
# Source this file with two arguments, the jar and the class-data archive beside the data:
#   source bin/jvm-flags.sh bootstrap/target/repair-bot.jar data/repair-bot.jsa
# It sets the array REPAIR_BOT_JVM_FLAGS: the JVM flags repair-bot runs with (bin/repair-bot and the load rig's
# benchmarks/rig/bot.sh use the same ones). Why each one: README, "Performance and JVM flags".
#
# The start-up cache: while it is missing or older than the jar, the JVM records the classes it loads and writes the
# cache when it stops (a clean stop or SIGTERM; not kill -9); every later start maps it and skips loading and
# verifying those classes again, which is most of the start-up time. On JDK 25 and later it is the JDK's AOT cache
# (<archive minus .jsa>.aot, JEP 483/514: the classes also linked, lambdas and string concatenations resolved; the
# first stop after a build takes several seconds longer, a child JVM assembles the cache); on JDK 21-24 an AppCDS
# archive (the .jsa). REPAIR_BOT_STARTUP_CACHE=cds keeps AppCDS on JDK 25 too (ADR 0019).
_rb_jar=$1
_rb_archive=$2
# the third argument, when given, is the mode the launcher starts (bin/repair-bot): the AOT cache is for the bot
# (`run`); the terminal and the one-shot modes keep AppCDS, because JDK 25 prints the AOT cache's making (a child
# JVM, its command line) on standard output at the first stop after a build, with no switch to silence it, into the
# terminal's screen. The load rig gives no mode: the bot's own choice.
_rb_mode=${3:-run}
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
# the JDK's major version from its release file (no second JVM on the start's path); unknown counts as 21
_rb_java_major=21
_rb_release=${JAVA_HOME:+$JAVA_HOME/release}
if [[ -n $_rb_release && -f $_rb_release && $(<"$_rb_release") =~ JAVA_VERSION=\"([0-9]+) ]]; then
  _rb_java_major=${BASH_REMATCH[1]}
fi
# JDK 23-25: Lettuce's Netty keeps using sun.misc.Unsafe for its direct buffers, as it does on JDK 21. Without it
# (Netty's default from JDK 25 on) Netty frees them through the FFM linker, whose downcall stubs are generated at every
# start: about 0.1 s of CPU before the first getUpdates (docs/benchmarks.md, "the restart after kill -9, second
# pass"). JDK 21 knows no such flag; a JDK after 25 may refuse the value, so it gets Netty's default (ADR 0019).
if ((_rb_java_major >= 23 && _rb_java_major <= 25)); then
  REPAIR_BOT_JVM_FLAGS+=(--sun-misc-unsafe-memory-access=allow)
fi
_rb_cache=${REPAIR_BOT_STARTUP_CACHE:-auto}
if [[ $_rb_cache == auto ]]; then
  if ((_rb_java_major >= 25)) && [[ $_rb_mode == run ]]; then _rb_cache=aot; else _rb_cache=cds; fi
fi
if [[ $_rb_cache == aot ]]; then
  # written as <cache>.new by a child JVM at the first stop; the JVM removes <cache>.new.config once the child has
  # finished, so a .new without its .config is whole and becomes the cache, anything else is an unfinished one (a
  # stop cut short by a supervisor's timeout) and is written again at the next stop, never used
  _rb_aot=${_rb_archive%.jsa}.aot
  if [[ -s $_rb_aot.new && ! -e $_rb_aot.new.config && $_rb_aot.new -nt $_rb_jar ]]; then
    mv -f "$_rb_aot.new" "$_rb_aot"
  fi
  rm -f "$_rb_aot.new" "$_rb_aot.new.config"
  if [[ -s $_rb_aot && $_rb_aot -nt $_rb_jar ]]; then
    REPAIR_BOT_JVM_FLAGS+=(-XX:AOTCache="$_rb_aot" -Xlog:aot=off)
  else
    mkdir -p "$(dirname "$_rb_aot")"
    # -Xlog:aot=off: one warning per class it cannot keep (proxies, JFR events) otherwise
    REPAIR_BOT_JVM_FLAGS+=(-XX:AOTCacheOutput="$_rb_aot.new" -Xlog:aot=off)
  fi
elif [[ -s $_rb_archive && $_rb_archive -nt $_rb_jar ]]; then
  REPAIR_BOT_JVM_FLAGS+=(-XX:SharedArchiveFile="$_rb_archive")
else
  mkdir -p "$(dirname "$_rb_archive")"
  REPAIR_BOT_JVM_FLAGS+=(-XX:ArchiveClassesAtExit="$_rb_archive")
fi
unset _rb_jar _rb_archive _rb_aot _rb_cache _rb_java_major _rb_release _rb_mode
# glibc gives every thread that mallocs its own arena (up to 8 per core); two are plenty for the JVM's own use
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
