#!/usr/bin/env bash
# Builds SafeSegment's native packages from the packaged jar (decision 0035):
#   installer/build.sh app-image        target/installer/image/SafeSegment/ (a folder to copy and run)
#   installer/build.sh deb              the app-image, then target/installer/safesegment_<version>_amd64.deb
# Normally run by Maven: `mvn -Pinstaller -DskipTests package` (both), `mvn verify` (the app-image, for
# InstallerLaunchIT). Run by hand it needs `mvn package` first and JAVA_HOME on a JDK 25 (bin/find-jdk25).
#
# Steps: stage the jar and exactly the jars its manifest Class-Path names (DuckDB excluded, see 0035) -> jlink a
# runtime of the JDK modules jdeps found (plus locale data and charsets, which jdeps cannot see) -> jpackage an
# app-image on that runtime -> jpackage a .deb from the app-image. A runtime or app-image whose inputs did not change
# since the last build is kept (a repeated `mvn verify` costs a few seconds here). JPACKAGE_TEMP=DIR keeps jpackage's
# work files of the .deb there and makes it verbose (which resources it used, the dpkg-deb call).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
what=${1:-app-image}
case "$what" in app-image|deb) ;; *) echo "usage: installer/build.sh app-image|deb" >&2; exit 2 ;; esac
JAVA_HOME=${JAVA_HOME:-$("$root/bin/find-jdk25")}
target=${SAFESEGMENT_TARGET:-$root/target}
version=${SAFESEGMENT_VERSION:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)}
out="$target/installer"
work="$out/work"
image="$out/image"
jar="$target/safesegment.jar"
[ -f "$jar" ] || { echo "No $jar: run mvn package first" >&2; exit 1; }

# The JDK modules the class path needs: the union of `jdeps --print-module-deps` over the jar and every library
# (see installer/README.md for the command), plus what jdeps cannot see: jdk.localedata (Chinese dates and numbers
# in the zh_CN UI; only the en and zh locales are kept) and jdk.charsets (GBK, Big5, Shift_JIS… for imported files).
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting
modules=$modules,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop
modules=$modules,jdk.localedata,jdk.charsets
# Libraries not shipped in the installer: Smile's DuckDB JDBC driver (85 MB, native code for four platforms) is only
# used by smile.io, which SafeSegment does not call.
exclude='^lib/duckdb_jdbc-'

start=$(date +%s)
step() { echo "[installer $(( $(date +%s) - start ))s] $*"; }

# 1. stage: the jar and the libraries its manifest names, hard-linked (no copy) where the file system allows
rm -rf "$work/input" "$work/manifest"
mkdir -p "$work/input/lib" "$work/manifest"
(cd "$work/manifest" && "$JAVA_HOME/bin/jar" --extract --file "$jar" META-INF/MANIFEST.MF)
classpath=$(sed -e ':a' -e 'N' -e '$!ba' -e 's/\r//g' -e 's/\n //g' "$work/manifest/META-INF/MANIFEST.MF" \
  | sed -n 's/^Class-Path: //p')
cp -l "$jar" "$work/input/" 2>/dev/null || cp "$jar" "$work/input/"
for entry in $classpath; do
  [[ $entry =~ $exclude ]] && continue
  cp -l "$target/$entry" "$work/input/lib/" 2>/dev/null || cp "$target/$entry" "$work/input/lib/"
done
step "staged $(ls "$work/input/lib" | wc -l) libraries + safesegment.jar ($(du -sh "$work/input" | cut -f1))"

# Fingerprints: the runtime depends on the JDK and the module list only; the app-image on the runtime, the jars
# (names and sizes; the main jar by content, since `mvn package` rewrites it unchanged) and this script and icon.
# Equal to the last build's -> that part is kept (a repeated `mvn verify` costs a few seconds here).
jlink_options="--include-locales en,zh --strip-debug --no-header-files --no-man-pages --strip-native-commands"
runtime_fingerprint=$( { "$JAVA_HOME/bin/java" -version 2>&1; echo "$modules $jlink_options"; } | cksum)
image_fingerprint=$( { echo "$runtime_fingerprint $version"; cat "$0" "$root/installer/safesegment.png" "$jar";
  cd "$work/input" && find . -type f -printf '%p %s\n' | sort; } | cksum)

if [ -f "$work/runtime/release" ] && [ "$(cat "$work/runtime.fingerprint" 2>/dev/null)" = "$runtime_fingerprint" ]; then
  step "jlink runtime up to date: $work/runtime"
else
  rm -rf "$work/runtime" "$work/runtime.fingerprint"
  # 2. runtime: the needed modules only, no debug attributes, headers, man pages or java/keytool binaries
  #    (jpackage's own launcher starts the JVM); not compressed inside, the .deb compresses the whole
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/jlink" --add-modules "$modules" $jlink_options --output "$work/runtime"
  echo "$runtime_fingerprint" > "$work/runtime.fingerprint"
  step "jlink runtime: $(du -sh "$work/runtime" | cut -f1)"
fi

if [ -f "$image/SafeSegment/bin/SafeSegment" ] && [ "$(cat "$out/app-image.fingerprint" 2>/dev/null)" = "$image_fingerprint" ]; then
  step "app-image up to date: $image/SafeSegment"
else
  rm -rf "$image" "$out/app-image.fingerprint"
  # 3. app-image: bin/SafeSegment starts the jar's Main-Class with the JDK 25 flags of record 0030
  "$JAVA_HOME/bin/jpackage" --type app-image --dest "$image" --name SafeSegment --app-version "$version" \
    --vendor "SafeSegment" --copyright "SafeSegment contributors" \
    --description "Privacy-first customer segmentation and recommendations" \
    --input "$work/input" --main-jar safesegment.jar --runtime-image "$work/runtime" \
    --icon "$root/installer/safesegment.png" \
    --java-options "--enable-native-access=ALL-UNNAMED" \
    --java-options "--sun-misc-unsafe-memory-access=allow"
  echo "$image_fingerprint" > "$out/app-image.fingerprint"
  step "app-image: $image/SafeSegment ($(du -sh "$image/SafeSegment" | cut -f1))"
fi

if [ "$what" = deb ]; then
  # 4. .deb from the app-image: GTK 3 for the window, a desktop entry in the Office menu, *.recipe.json opens in
  #    SafeSegment (MIME type application/x-safesegment-recipe+json). installer/linux/SafeSegment.desktop replaces
  #    jpackage's desktop entry template only to add "%f" to Exec: without it the desktop starts SafeSegment without
  #    the file that was opened.
  rm -f "$out"/safesegment_*.deb
  "$JAVA_HOME/bin/jpackage" --type deb --dest "$out" --app-image "$image/SafeSegment" --name SafeSegment \
    --app-version "$version" --vendor "SafeSegment" --description "Privacy-first customer segmentation and recommendations" \
    --icon "$root/installer/safesegment.png" --file-associations "$root/installer/recipe-file.properties" \
    --resource-dir "$root/installer/linux" ${JPACKAGE_TEMP:+--temp "$JPACKAGE_TEMP" --verbose} \
    --linux-package-name safesegment --linux-package-deps libgtk-3-0 --linux-shortcut \
    --linux-menu-group Office --linux-app-category science --linux-deb-maintainer "safesegment@example.org"
  step "deb: $(ls "$out"/safesegment_*.deb) ($(du -h "$out"/safesegment_*.deb | cut -f1))"
fi
