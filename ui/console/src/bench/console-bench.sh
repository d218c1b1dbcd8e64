#!/bin/sh
# The console's speed benchmark (docs/performance.md, "Console"): on a private Xvfb, the installed
# console with the three simulators at full rate (sim-iastm 1000 S/s, sim-emg 8 channels at 2000 S/s,
# sim-mat 32x32 at 100 frames/s), then `run --headless` of the same devices; prints the frame time,
# UI stalls and EMG onset to marker (as the console reports them when it closes), and the CPU of each
# process over the same window after start-up, read from /proc/PID/stat.
#
# Usage: console-bench.sh [--install DIR] [--warmup SECONDS] [--seconds SECONDS] [--keep DIR]
#   --install  the installation (default: distribution/target/myofuse of this checkout)
#   --warmup   seconds from a process's start to the start of its CPU window (default 15: the host
#              boots, the devices connect, the console opens and passes its 5 s start-up)
#   --seconds  the CPU window's length (default 30); each process runs warmup + seconds + a little
#   --keep     keep the runs' output, data folders and the console's screenshot in DIR
# Needs Xvfb and a Linux /proc. Runs the two processes one after the other, never together.
set -eu

here=$(cd -P -- "$(dirname -- "$0")" && pwd -P)
install=$(cd -P -- "$here/../../../.." && pwd -P)/distribution/target/myofuse
warmup=15
seconds=30
keep=
while [ $# -gt 0 ]; do
    case $1 in
        --install) install=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "console-bench: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
myofuse=$install/bin/myofuse
[ -x "$myofuse" ] || { echo "console-bench: no installation at $install (build it: mvn -B install -DskipTests)" >&2; exit 1; }
command -v Xvfb >/dev/null 2>&1 || { echo "console-bench: Xvfb not found (apt-get install xvfb libgtk-3-0)" >&2; exit 1; }

work=${keep:-$(mktemp -d)}
mkdir -p "$work"
hz=$(getconf CLK_TCK)
xvfb=

cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
    [ -n "$keep" ] || rm -rf "$work"
}
trap cleanup EXIT INT TERM

# The console's steady-state timing line is logged at INFO: let that logger through, nothing else.
cat >"$work/logging.properties" <<'EOF'
handlers=java.util.logging.ConsoleHandler
.level=WARNING
java.util.logging.ConsoleHandler.level=INFO
java.util.logging.SimpleFormatter.format=myofuse: %4$s: %5$s%6$s%n
org.myofuse.console.OpenConsole.level=INFO
EOF

# utime + stime of a process, in clock ticks (fields 14 and 15; the name in field 2 has no spaces here).
ticks() {
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# Waits until $warmup s after the process started, then CPU over $seconds s: prints "percent-of-one-core".
cpu_window() { # pid started-at-epoch-seconds [second pid]
    wait_s=$((warmup - ($(date +%s) - $2)))
    [ "$wait_s" -le 0 ] || sleep "$wait_s"
    a=$(ticks "$1"); b=${3:+$(ticks "$3")}
    sleep "$seconds"
    a2=$(ticks "$1"); b2=${3:+$(ticks "$3")}
    echo "$(( (a2 - a) * 100 / (hz * seconds) )) ${3:+$(( (b2 - b) * 100 / (hz * seconds) ))}"
}

Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
n=0
until [ -s "$work/display" ]; do
    n=$((n + 1))
    [ "$n" -le 100 ] || { echo "console-bench: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
    sleep 0.1
done
export DISPLAY=:$(tr -d '\n' <"$work/display")
export MYOFUSE_JAVA_OPTS="${MYOFUSE_JAVA_OPTS:-} -Djava.util.logging.config.file=$work/logging.properties"
runtime=$((warmup + seconds + 3))

echo "console-bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $(java -version 2>&1 | head -1)"

# The console: the screenshot closes it a little after the CPU window (its --after counts from the window's opening).
started=$(date +%s)
"$myofuse" console --home "$work/console-home" --screenshot "$work/console.png" --after "$runtime" >"$work/console.out" 2>&1 &
pid=$!
set -- $(cpu_window "$pid" "$started" "$xvfb")
console_cpu=$1
xvfb_cpu=$2
wait "$pid" || { echo "console-bench: the console failed:" >&2; cat "$work/console.out" >&2; exit 1; }
load_console=$(cut -d' ' -f1-3 /proc/loadavg)

started=$(date +%s)
"$myofuse" run --headless --home "$work/headless-home" --duration "${runtime}s" >"$work/headless.out" 2>&1 &
pid=$!
set -- $(cpu_window "$pid" "$started")
headless_cpu=$1
wait "$pid" || { echo "console-bench: the headless run failed:" >&2; tail -5 "$work/headless.out" >&2; exit 1; }
load_headless=$(cut -d' ' -f1-3 /proc/loadavg)

echo "console-bench: load average $load_console after the console, $load_headless after the headless run"
grep -E '^console: .*frames drawn' "$work/console.out" || true
grep -E 'console timing after start-up' "$work/console.out" | sed 's/^myofuse: INFO: //' | tr ';' '\n' | sed 's/^ */  /'
echo "CPU over ${seconds} s from ${warmup} s after start (% of one core): console ${console_cpu}, headless ${headless_cpu}," \
    "console on top of headless $((console_cpu - headless_cpu)); Xvfb during the console ${xvfb_cpu}"
