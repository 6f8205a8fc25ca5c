# Sourced by ./samsyn, ./run-tests and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Order: an existing JAVA_HOME, the java on PATH, then the usual install folders (newest first).

# The major version from the JDK's `release` file (instant); asks the JVM itself only when that
# file is missing, since starting a JVM per candidate costs ~0.5 s each.
samsyn_jdk_major() {
  local version
  version=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -z "$version" ]; then
    version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
  fi
  printf '%s\n' "$version"
}

samsyn_find_jdk() {
  local candidates=() c best="" best_major=0 major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(samsyn_jdk_major "$c")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$c"; best_major="$major"
    fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

if ! JAVA_HOME=$(samsyn_find_jdk); then
  echo "samsyn: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one, e.g. 'apt-get install openjdk-21-jdk'." >&2
  exit 2
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8's own Guava uses sun.misc.Unsafe, which JDK 24+ warns about on every build; the
# option that allows it quietly exists from JDK 23 on.
if [ "$(samsyn_jdk_major "$JAVA_HOME")" -ge 23 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
