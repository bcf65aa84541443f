#!/usr/bin/env bash
# startup-bench.sh: start-up of the packaged app measured from OUTSIDE the process, against a trivial JavaFX window.
#
#   installer/tools/startup-bench.sh [RUNS]        prepare, train both AOT caches, then RUNS alternating rounds
#                                                  (default 7) with the caches and RUNS without; prints a table
#   installer/tools/startup-bench.sh prepare       only: xmapwait, trivial.jar, demo database, AOT caches
#   installer/tools/startup-bench.sh once VARIANT  one run (app | app-nocache | trivial | trivial-nocache); appends
#                                                  its result line to $WORK/VARIANT.txt (for an external A/B timer)
#
# What is timed: xmapwait (installer/tools/xmapwait.c) forks the command and reads a monotonic clock when the
# first top-level window is MAPPED on the X display (map_ms) and when the program has DRAWN its first frame into it
# (paint_ms); for the app also when its log says the overview data is on screen (data_ms, the "STARTUP ... data_ms"
# line). Then the window is closed like a window manager's close button (WM_DELETE_WINDOW), so the app closes its
# database normally and every run opens a cleanly sealed file.
#   app       bin/dangvu --db DEMO: the real launcher script (Java look-up, cache key, JIT/GC flags) with the AOT
#             cache it trains itself on the first window run (DANGVU_HOME=$WORK/home)
#   trivial   a label and a button (src/test/java/vn/dangvu/bench/TrivialFxApp.java) in its own jar, same JDK,
#             same JavaFX module path and JIT/GC flags as the launcher, with its own AOT cache
# Rounds alternate app, trivial, app, trivial ... so a drifting machine load hits both; ratios are per round.
#
# Needs: target/dist and target/test-classes (mvn -DskipTests package), cc + libx11-dev, Xvfb (started on a free
# display if DISPLAY is unset). Environment: DIST (default target/dist), WORK (default target/startup-bench),
# JAVA (default $JAVA_HOME/bin/java, else /usr/lib/jvm/temurin-25-jdk-amd64/bin/java), MEMBERS (default 1000),
# APP_DB_ARG=prop (open the demo through DANGVU_JAVA_OPTS=-Ddangvu.db=... instead of --db, for launchers without
# the window-on-a-file mode).
set -euo pipefail
# the app logs to its rolling log file in the data folder; xmapwait -p reads the "STARTUP ... data_ms=" line from
# the program's output, so the app's log goes to stderr for these runs (same option in training and timed runs,
# DANGVU_JAVA_OPTS is part of the AOT cache key)
LOGOPT="-Dorg.slf4j.simpleLogger.logFile=System.err"

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIST=${DIST:-$ROOT/target/dist}
WORK=${WORK:-$ROOT/target/startup-bench}
MEMBERS=${MEMBERS:-1000}
if [ -z "${JAVA:-}" ]; then
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA=$JAVA_HOME/bin/java; else JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; fi
fi
JDK=$(dirname "$(dirname "$JAVA")")
XMAPWAIT=$WORK/xmapwait
DB=$WORK/demo$MEMBERS
TRIVIAL_AOT=$WORK/trivial.aot
# the launcher's JIT/GC flags (pom property app.jvm.startup), read from the launcher itself
FLAGS=$(sed -n 's/^startup_opts="\(.*\)"$/\1/p' "$DIST/bin/dangvu")

trivial_cmd() {
  # shellcheck disable=SC2086
  printf '%s\n' "$JAVA" "$@" $FLAGS -Dfile.encoding=UTF-8 --module-path "$DIST/javafx" \
    --add-modules javafx.controls,javafx.fxml,javafx.swing --enable-native-access=javafx.graphics,ALL-UNNAMED \
    -cp "$WORK/trivial.jar" vn.dangvu.bench.TrivialFxApp
}

# runs "xmapwait ... COMMAND" for one variant; prints its result line
once() {
  local v=$1 log=$WORK/logs/$1.log
  mkdir -p "$WORK/logs"
  local -a cmd
  case $v in
    app|app-nocache)
      local aot=1; [ "$v" = app-nocache ] && aot=0
      if [ "${APP_DB_ARG:-}" = prop ]; then
        DANGVU_AOT=$aot DANGVU_HOME=$WORK/home DANGVU_JAVA=$JAVA DANGVU_JAVA_OPTS="-Ddangvu.db=$DB $LOGOPT" \
          "$XMAPWAIT" -p data_ms= -- "$DIST/bin/dangvu" >> "$log" 2>&1
      else
        DANGVU_AOT=$aot DANGVU_HOME=$WORK/home DANGVU_JAVA=$JAVA DANGVU_JAVA_OPTS="$LOGOPT" \
          "$XMAPWAIT" -p data_ms= -- "$DIST/bin/dangvu" --db "$DB" >> "$log" 2>&1
      fi ;;
    trivial)
      mapfile -t cmd < <(trivial_cmd -XX:AOTCache="$TRIVIAL_AOT" -Xlog:aot=off -Xlog:cds=off)
      "$XMAPWAIT" -p data_ms= -- "${cmd[@]}" >> "$log" 2>&1 ;;
    trivial-nocache)
      mapfile -t cmd < <(trivial_cmd)
      "$XMAPWAIT" -p data_ms= -- "${cmd[@]}" >> "$log" 2>&1 ;;
    *) echo "unknown variant $v" >&2; exit 2 ;;
  esac
  local line
  line=$(grep '^xmapwait map_ms=' "$log" | tail -n 1)
  echo "$line" >> "$WORK/$v.txt"
  echo "$v $line"
}

start_display() {
  if [ -n "${DISPLAY:-}" ]; then return; fi
  local n
  for n in 91 92 93 94 95 96 97 98 99; do
    [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
    export DISPLAY=:$n
    sleep 1
    return
  done
  echo "no free X display" >&2; exit 1
}

prepare() {
  mkdir -p "$WORK"
  [ -d "$DIST/lib" ] || { echo "$DIST missing: run mvn -DskipTests package" >&2; exit 1; }
  cc -O2 -o "$XMAPWAIT" "$ROOT/installer/tools/xmapwait.c" -lX11
  # the trivial window in a jar of its own (a directory on the class path cannot go into an AOT cache)
  "$JDK/bin/jar" cf "$WORK/trivial.jar" -C "$ROOT/target/test-classes" vn/dangvu/bench/TrivialFxApp.class
  if [ ! -f "$DB.mv.db" ]; then
    DANGVU_AOT=0 DANGVU_HOME=$WORK/home DANGVU_JAVA=$JAVA "$DIST/bin/dangvu" --db "$DB" demo --members "$MEMBERS" --seed 1
  fi
  start_display
  # AOT caches. The app's: the launcher trains it on a window run that ends normally (data shown, then 3 s of the
  # background work that follows the first frame, then closed), exactly as on a user's PC.
  rm -rf "$WORK/home/aot" "$TRIVIAL_AOT"
  rm -f "$WORK"/*.txt
  echo "training the app's AOT cache (through bin/dangvu) ..."
  if [ "${APP_DB_ARG:-}" = prop ]; then
    DANGVU_HOME=$WORK/home DANGVU_JAVA=$JAVA DANGVU_JAVA_OPTS="-Ddangvu.db=$DB $LOGOPT" \
      "$XMAPWAIT" -t 600 -p data_ms= -w 3000 -- "$DIST/bin/dangvu" > "$WORK/logs-train-app.log" 2>&1
  else
    DANGVU_HOME=$WORK/home DANGVU_JAVA=$JAVA DANGVU_JAVA_OPTS="$LOGOPT" \
      "$XMAPWAIT" -t 600 -p data_ms= -w 3000 -- "$DIST/bin/dangvu" --db "$DB" \
      > "$WORK/logs-train-app.log" 2>&1
  fi
  ls "$WORK"/home/aot/dangvu*.aot > /dev/null || { echo "the app's AOT cache was not written" >&2; exit 1; }
  echo "training the trivial window's AOT cache ..."
  local -a cmd
  mapfile -t cmd < <(trivial_cmd -XX:AOTCacheOutput="$TRIVIAL_AOT")
  "$XMAPWAIT" -t 600 -p data_ms= -- "${cmd[@]}" > "$WORK/logs-train-trivial.log" 2>&1
  [ -s "$TRIVIAL_AOT" ] || { echo "the trivial window's AOT cache was not written" >&2; exit 1; }
  du -h "$WORK"/home/aot/dangvu*.aot "$TRIVIAL_AOT"
}

# field VALUE-NAME < lines: the number after NAME=
field() { sed -n "s/.* $1=\([-0-9.]*\).*/\1/p"; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
minimum() { sort -g | head -n 1; }

# ratio of A's NAME to B's NAME, round by round, then the median
paired() {
  paste <(field "$3" < "$WORK/$1.txt") <(field "$3" < "$WORK/$2.txt") | awk '$1 > 0 && $2 > 0 {printf "%.3f\n", $1/$2}' | median
}

report() {
  local a=$1 b=$2
  printf '| %s | %s / %s | %s / %s | %s / %s |\n' "$a" \
    "$(field map_ms < "$WORK/$a.txt" | median)" "$(field map_ms < "$WORK/$a.txt" | minimum)" \
    "$(field paint_ms < "$WORK/$a.txt" | median)" "$(field paint_ms < "$WORK/$a.txt" | minimum)" \
    "$(field text_ms < "$WORK/$a.txt" | median)" "$(field text_ms < "$WORK/$a.txt" | minimum)"
  printf '| %s | %s / %s | %s / %s | %s / %s |\n' "$b" \
    "$(field map_ms < "$WORK/$b.txt" | median)" "$(field map_ms < "$WORK/$b.txt" | minimum)" \
    "$(field paint_ms < "$WORK/$b.txt" | median)" "$(field paint_ms < "$WORK/$b.txt" | minimum)" \
    "$(field text_ms < "$WORK/$b.txt" | median)" "$(field text_ms < "$WORK/$b.txt" | minimum)"
  printf '| **ratio %s / %s** (median of per-round ratios) | %s | %s | %s (data / trivial shown) |\n' "$a" "$b" \
    "$(paired "$a" "$b" map_ms)" "$(paired "$a" "$b" paint_ms)" \
    "$(paste <(field text_ms < "$WORK/$a.txt") <(field text_ms < "$WORK/$b.txt") | awk '$1 > 0 && $2 > 0 {printf "%.3f\n", $1/$2}' | median)"
}

case ${1:-run} in
  once) start_display; once "$2" ;;
  prepare) prepare ;;
  run|[0-9]*)
    runs=${1:-7}; [ "$runs" = run ] && runs=${2:-7}
    prepare
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    once app > /dev/null; once trivial > /dev/null   # warm-up (page cache), not counted
    rm -f "$WORK"/app.txt "$WORK"/trivial.txt
    for _ in $(seq "$runs"); do once app; once trivial; done
    once app-nocache > /dev/null; once trivial-nocache > /dev/null
    rm -f "$WORK"/app-nocache.txt "$WORK"/trivial-nocache.txt
    for _ in $(seq "$runs"); do once app-nocache; once trivial-nocache; done
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "ms from process start, median / min of $runs alternating rounds:"
    echo
    echo '| variant | window mapped | first frame drawn | data on screen (app log line seen) |'
    echo '|---|---|---|---|'
    report app trivial
    report app-nocache trivial-nocache
    ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
