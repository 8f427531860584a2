# Sourced by ./qforge and .ci/run: sets JAVA_HOME to a JDK 21 or newer, or explains what to install.
# Order: $JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64, then the newest 21+ JDK under /usr/lib/jvm.

qforge_java_major() { # prints the major version of the JDK at $1, or nothing
  local v
  [ -x "$1/bin/javac" ] || return 0
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  case "$v" in 1.*) echo "${v#1.}" | cut -d. -f1 ;; *) echo "$v" | cut -d. -f1 ;; esac
}

qforge_find_jdk() {
  local candidate major best="" best_major=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    [ -n "$candidate" ] || continue
    major=$(qforge_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  for candidate in /usr/lib/jvm/*; do
    [ -d "$candidate" ] || continue
    major=$(qforge_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -n "$best" ]; then
    export JAVA_HOME="$best"
    return 0
  fi
  echo "qforge needs a JDK 21 or newer and found none (checked JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm/temurin-25-jdk-amd64 and /usr/lib/jvm/*)." >&2
  echo "Install one, for example: apt-get install openjdk-21-jdk-headless  (or set JAVA_HOME to a JDK 21+)." >&2
  return 1
}

# Maven's own Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every build; the flag that
# silences it exists only from JDK 23, so add it only there.
qforge_quiet_maven() {
  local major
  major=$(qforge_java_major "$JAVA_HOME")
  if [ -n "$major" ] && [ "$major" -ge 23 ]; then
    case "${MAVEN_OPTS:-}" in *sun-misc-unsafe-memory-access*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
  fi
}
