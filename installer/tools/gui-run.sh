#!/usr/bin/env bash
# gui-run.sh SHOT.png COMMAND... : run under an X display (e.g. inside xvfb-run), wait for the "Đảng vụ" window,
# take a screenshot of the whole screen, then close the window normally (WM_DELETE_WINDOW via xclose) and wait.
# Prints the time to the window and the exit code ("rc=N"). Needs xdotool, ImageMagick (import) and xclose.
set -u
shot=$1; shift
xclose=${XCLOSE:-xclose}
start=$(date +%s%N)
"$@" &
pid=$!
wid=
for _ in $(seq 1 600); do
  wid=$(xdotool search --name 'Đảng vụ' 2>/dev/null | head -n 1)
  [ -n "$wid" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
shown=$(date +%s%N)
if [ -z "$wid" ]; then
  echo "no window appeared"
  wait "$pid"; echo "rc=$?"
  exit 1
fi
echo "window after $(( (shown - start) / 1000000 )) ms"
sleep "${SHOT_WAIT:-2}"
import -window root "$shot"
"$xclose" "$wid"
wait "$pid"; rc=$?
echo "rc=$rc total $(( ($(date +%s%N) - start) / 1000000 )) ms"
exit "$rc"
