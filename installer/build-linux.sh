#!/usr/bin/env bash
# Builds the Linux app-image and .deb of dangvu with jpackage (JDK 25), with a jlinked runtime.
#
#   bash installer/build-linux.sh            # mvn package, then app-image + .deb into target/installer/
#   SKIP_MVN=1 bash installer/build-linux.sh # reuse an existing target/dist
#   SKIP_DEB=1 / SKIP_AOT=1                  # app-image only / no bundled AOT start-up cache
#
# Layout (stack.md §5): JavaFX jars (-linux classifier, from target/dist/javafx) go on --module-path, so jlink links
# them into the runtime; the app jar and every other jar (target/dist/lib) go through --input onto the classpath.
# Temurin 25 has no jmods: jlink links from the run-time image (JEP 493) and jpackage warns "No JDK Modules found".
#
# AOT cache: if xvfb-run is present, the app-image is started once under Xvfb (training run, closed normally via
# WM_DELETE_WINDOW) with -XX:AOTCacheOutput, and the cache is shipped as lib/app/dangvu.aot with
# -XX:AOTCache=$APPDIR/dangvu.aot in the launcher's .cfg (same runtime, same jars: it stays valid when installed).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JDK=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JPACKAGE="$JDK/bin/jpackage"
OUT="$ROOT/target/installer"
DIST="$ROOT/target/dist"
NAME=dangvu
VENDOR=${VENDOR:-"dangvu project"}
MAINTAINER=${DEB_MAINTAINER:-"dangvu@example.invalid"}
DESCRIPTION="Đảng vụ: hồ sơ đảng viên, đánh giá, khen thưởng của đảng bộ xã"

[ -x "$JPACKAGE" ] || { echo "jpackage of JDK 25 not found at $JPACKAGE (set JDK25_HOME)" >&2; exit 1; }

t0=$(date +%s)
if [ "${SKIP_MVN:-0}" != 1 ]; then
  (cd "$ROOT" && mvn -B -ntp -q ${MVN_ARGS:-} package -DskipTests)
fi
ls "$DIST"/lib/$NAME-*.jar >/dev/null || { echo "no app jar in $DIST/lib: run mvn package" >&2; exit 1; }
APP_JAR=$(cd "$DIST/lib" && ls $NAME-*.jar | head -n 1)
VERSION=${APP_JAR#"$NAME-"}
VERSION=${VERSION%.jar}
VERSION=${VERSION%%-*}   # jpackage wants digits and dots only (0.1.0-SNAPSHOT -> 0.1.0)

rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/fxmods"
cp "$DIST"/lib/*.jar "$OUT/input/"
cp "$DIST"/javafx/javafx-*-linux.jar "$OUT/fxmods/"

# Modules: jdeps over the jars, plus locale data (vi formatting), charsets, zipfs, Unsafe users (stack.md §5).
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.localedata,jdk.net,jdk.unsupported,jdk.zipfs,\
javafx.controls,javafx.fxml,javafx.swing

JAVA_OPTS=(
  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
  -Dfile.encoding=UTF-8 -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true
  --enable-native-access=javafx.graphics,ALL-UNNAMED
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
)
java_opts_args=()
for o in "${JAVA_OPTS[@]}"; do java_opts_args+=(--java-options "$o"); done

echo "== app-image ($NAME $VERSION)"
t1=$(date +%s)
"$JPACKAGE" --type app-image --dest "$OUT" --name "$NAME" --app-version "$VERSION" \
  --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "Apache-2.0" \
  --icon "$ROOT/installer/icons/dangvu.png" \
  --input "$OUT/input" --main-jar "$APP_JAR" --main-class vn.dangvu.Launcher \
  --module-path "$OUT/fxmods" --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --generate-cds-archive --include-locales=en,vi --compress=zip-6" \
  "${java_opts_args[@]}" 2>&1 | grep -v 'No JDK Modules found' || true
[ -x "$OUT/$NAME/bin/$NAME" ] || { echo "app-image build failed" >&2; exit 1; }
t2=$(date +%s)

CFG="$OUT/$NAME/lib/app/$NAME.cfg"
if [ "${SKIP_AOT:-0}" != 1 ] && command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1 \
    && command -v import >/dev/null 2>&1 && cc -O2 -o "$OUT/xclose" "$ROOT/installer/tools/xclose.c" -lX11 2>/dev/null; then
  echo "== AOT training run under Xvfb"
  # a throw-away data folder so the training run never touches a user's database; the window is trained on a
  # 1,000-member demo commune (dangvu --db FILE), as users start it: an empty data folder would train the cache on
  # the first-run setup form, without the classes the overview and the member index need (docs/benchmarks.md)
  train_home=$(mktemp -d)
  DANGVU_HOME="$train_home" "$OUT/$NAME/bin/$NAME" --db "$train_home/demo" demo --members 1000 --seed 1 \
    > "$OUT/aot-training.log" 2>&1 || true
  cp -p "$CFG" "$OUT/cfg.orig"
  sed -i "/^\[JavaOptions\]/a java-options=-XX:AOTCacheOutput=$OUT/$NAME/lib/app/$NAME.aot" "$CFG"
  DANGVU_HOME="$train_home" XCLOSE="$OUT/xclose" SHOT_WAIT=4 xvfb-run -a -s '-screen 0 1366x768x24' \
    bash "$ROOT/installer/tools/gui-run.sh" "$OUT/aot-training.png" "$OUT/$NAME/bin/$NAME" --db "$train_home/demo" \
    >> "$OUT/aot-training.log" 2>&1 || true
  rm -rf "$train_home"
  cp -p "$OUT/cfg.orig" "$CFG" && rm -f "$OUT/cfg.orig"
  if [ -s "$OUT/$NAME/lib/app/$NAME.aot" ] && grep -q '^rc=0' "$OUT/aot-training.log"; then
    # The runtime has JavaFX linked in (no --module-path), and JDK 25 accepts a class path that moved as a whole,
    # so the cache trained here is used after installation to /opt/dangvu (checked: "Opened AOT cache").
    # A missing or unusable cache only costs start-up time; the logs are silenced so users see no JVM warnings.
    sed -i "/^\[JavaOptions\]/a java-options=-Xlog:cds=off\njava-options=-Xlog:aot=off\njava-options=-XX:AOTCache=\$APPDIR/$NAME.aot" "$CFG"
    echo "   cache: $(du -h "$OUT/$NAME/lib/app/$NAME.aot" | cut -f1)"
  else
    rm -f "$OUT/$NAME/lib/app/$NAME.aot"
    echo "   training run failed (see $OUT/aot-training.log); no AOT cache" >&2
  fi
else
  echo "== no AOT cache (SKIP_AOT=1, or xvfb-run / xdotool / ImageMagick / cc + libx11-dev missing)"
fi
t3=$(date +%s)

if [ "${SKIP_DEB:-0}" != 1 ]; then
  echo "== .deb"
  "$JPACKAGE" --type deb --dest "$OUT" --app-image "$OUT/$NAME" --name "$NAME" --app-version "$VERSION" \
    --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "Apache-2.0" \
    --install-dir /opt \
    --linux-package-name "$NAME" --linux-deb-maintainer "$MAINTAINER" \
    --linux-menu-group Office --linux-app-category office --linux-shortcut \
    --linux-package-deps 'libgtk-3-0, libgl1, libxxf86vm1, libxtst6, fonts-noto-core | fonts-dejavu-core' \
    --icon "$ROOT/installer/icons/dangvu.png" --resource-dir "$ROOT/installer/linux" \
    --license-file "$ROOT/LICENSE"
fi
t4=$(date +%s)

echo "== done in $((t4 - t0)) s (app-image $((t2 - t1)) s, AOT $((t3 - t2)) s, deb $((t4 - t3)) s)"
for d in "$OUT/$NAME" "$OUT/$NAME/lib/runtime" "$OUT/$NAME/lib/app"; do du -sh "$d"; done
ls -l "$OUT"/*.deb 2>/dev/null || true
