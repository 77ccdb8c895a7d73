# shellcheck shell=bash
# Source this file (". bin/java-home.sh"): it exports JAVA_HOME pointing at a JDK 21 or newer
# and puts "$JAVA_HOME/bin" first on PATH. On JDK 23+ it also adds
# --sun-misc-unsafe-memory-access=allow to MAVEN_OPTS (silences Maven 3.8's Unsafe warning).
# Returns 1 (after one line on stderr) when no JDK 21+ is found.
#
# Order: the current JAVA_HOME if it is >= 21; else the `java` on PATH if it is >= 21;
# else the highest >= 21 found under the usual install folders.

_rb_java_major() {
  # prints the major version of the java binary $1 (e.g. 17, 21, 25; "1.8" -> 8)
  local out
  out=$("$1" -version 2>&1) || return 1
  if [[ $out =~ version\ \"([0-9]+)(\.([0-9]+))? ]]; then
    if [[ ${BASH_REMATCH[1]} == 1 && -n ${BASH_REMATCH[3]} ]]; then
      printf '%s\n' "${BASH_REMATCH[3]}"
    else
      printf '%s\n' "${BASH_REMATCH[1]}"
    fi
    return 0
  fi
  return 1
}

_rb_find_java_home() {
  local min=21 major candidate best="" best_major=0 java_bin

  # 1. current JAVA_HOME
  if [[ -n ${JAVA_HOME:-} && -x ${JAVA_HOME}/bin/java ]]; then
    major=$(_rb_java_major "${JAVA_HOME}/bin/java") || major=0
    if (( major >= min )); then
      printf '%s\n' "${JAVA_HOME}"
      return 0
    fi
  fi

  # 2. java on PATH
  if java_bin=$(command -v java 2>/dev/null) && [[ -n $java_bin ]]; then
    major=$(_rb_java_major "$java_bin") || major=0
    if (( major >= min )); then
      java_bin=$(readlink -f "$java_bin" 2>/dev/null || printf '%s' "$java_bin")
      printf '%s\n' "$(cd "$(dirname "$java_bin")/.." && pwd -P)"
      return 0
    fi
  fi

  # 3. scan the usual places, keep the highest major >= 21
  local -a dirs=()
  local pattern
  for pattern in /usr/lib/jvm/* /opt/java/* /opt/jdk* /opt/*jdk* /opt/openjdk* /usr/java/* \
                 /usr/local/jdk* /usr/local/java/* /usr/local/lib/jvm/* \
                 "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/* \
                 /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -x $pattern/bin/java && -x $pattern/bin/javac ]] && dirs+=("$pattern")
  done
  for candidate in "${dirs[@]+"${dirs[@]}"}"; do
    major=$(_rb_java_major "$candidate/bin/java") || continue
    if (( major >= min && major > best_major )); then
      best=$candidate
      best_major=$major
    fi
  done
  if [[ -n $best ]]; then
    printf '%s\n' "$best"
    return 0
  fi
  return 1
}

if _rb_found_java_home=$(_rb_find_java_home); then
  export JAVA_HOME="$_rb_found_java_home"
  case ":${PATH:-}:" in
    ":$JAVA_HOME/bin:"*) ;;
    *) export PATH="$JAVA_HOME/bin${PATH:+:$PATH}" ;;
  esac
  # Maven 3.8's bundled Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every run;
  # the switch exists from JDK 23 on (older JDKs would refuse to start with it).
  if _rb_found_major=$(_rb_java_major "$JAVA_HOME/bin/java") && (( _rb_found_major >= 23 )) \
     && [[ ${MAVEN_OPTS:-} != *--sun-misc-unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
  fi
  unset -f _rb_java_major _rb_find_java_home
  unset _rb_found_java_home _rb_found_major
else
  unset -f _rb_java_major _rb_find_java_home
  unset _rb_found_java_home
  echo "repair-bot needs a JDK 21 or newer; install one (e.g. apt-get install openjdk-21-jdk / Temurin) or set JAVA_HOME" >&2
  # shellcheck disable=SC2317
  return 1 2>/dev/null || exit 1
fi
