#!/usr/bin/env bash
# The COBA benchmark several ways, strictly alternating on the same seed: the hand-optimised C reference
# (c: ../shared/perf/coba-c, copied and built in $WORK), the network runtime with the hand-vectorised model
# (net: bench/BrainEvent.NetworkBench) and with the shipped generated BrainEvent.Models.CobaLif (gen), the CLI
# (cli: brainevent simulate, on the network runtime) and, given OLD_CLI (a checkout of another commit, e.g.
# `git worktree add /tmp/oldcli 2912a31`, the last with the CLI's hand-written loop), that commit's CLI
# (oldcli), in turns whose order rotates from round to round. Prints the medians of the run loop's wall,
# propagation and update seconds (update includes the end-of-step wait in all) and their ratios to the first of
# SIMS, the median over rounds of each round's wall ratio (the runs of a round are seconds apart, so a host that
# changes speed for minutes at a time moves both sides of it), and the fastest wall time of each (a shared host's
# noise only ever adds time). Use an idle machine.
#
#   bash bench/network-vs-c.sh                               # scale 1, 10 s, 2 threads, 5 rounds
#   SCALE=10 THREADS=2 ROUNDS=3 bash bench/network-vs-c.sh
#   SIMS="c net" bash bench/network-vs-c.sh                  # leave the CLI out
#   SIMS="oldcli cli" OLD_CLI=/tmp/oldcli bash bench/network-vs-c.sh   # the CLI before and after the network API
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCALE="${SCALE:-1}" DURATION="${DURATION:-10}" THREADS="${THREADS:-2}" ROUNDS="${ROUNDS:-5}" SEED="${SEED:-42}"
SIMS="${SIMS:-c net cli}"
COBA_C="${COBA_C:-$ROOT/../shared/perf/coba-c}"
WORK="${WORK:-/tmp/network-vs-c}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 OMP_PROC_BIND=true OMP_PLACES=cores

mkdir -p "$WORK/json"
if [[ " $SIMS " == *" c "* ]]; then
  rm -rf "$WORK/coba-c" && cp -r "$COBA_C" "$WORK/coba-c" && make -s -C "$WORK/coba-c" coba
fi
dotnet build -c Release "$ROOT/bench/BrainEvent.NetworkBench" -o "$WORK/net" > "$WORK/build-net.log"
dotnet build -c Release "$ROOT/src/BrainEvent.Cli" -o "$WORK/cli" > "$WORK/build-cli.log"
if [[ " $SIMS " == *" oldcli "* ]]; then
  dotnet build -c Release "${OLD_CLI:?OLD_CLI must name a checkout to build the old CLI from}/src/BrainEvent.Cli" -o "$WORK/oldcli" > "$WORK/build-oldcli.log"
fi
rm -f "$WORK"/json/*.json
# The host under a virtual machine can change from day to day (bench/README.md, "Eighth day"): say which one ran.
echo "host: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs) (family $(grep -m1 'cpu family' /proc/cpuinfo | cut -d: -f2 | xargs), model $(grep -m1 '^model\s' /proc/cpuinfo | cut -d: -f2 | xargs)), $(nproc) cores"

read -r -a sims <<< "$SIMS"
for round in $(seq "$ROUNDS"); do
  # Each round starts one program later than the last: a program's time depends on the memory the one before
  # it left (page placement, huge pages), so no program always follows the same one.
  shift_by=$(( (round - 1) % ${#sims[@]} ))
  for sim in "${sims[@]:shift_by}" "${sims[@]:0:shift_by}"; do
    out="$WORK/json/$sim-$round.json"
    case $sim in
      c) "$WORK/coba-c/coba" --scale "$SCALE" --duration "$DURATION" --threads "$THREADS" --seed "$SEED" --json "$out" > /dev/null ;;
      net|gen) dotnet "$WORK/net/BrainEvent.NetworkBench.dll" --scale "$SCALE" --duration "$DURATION" --threads "$THREADS" --seed "$SEED" \
             --model "$([[ $sim == net ]] && echo vector || echo generated)" --json "$out" > /dev/null ;;
      cli|oldcli) dotnet "$WORK/$sim/brainevent.dll" simulate --scale "$SCALE" --duration "$DURATION" --threads "$THREADS" --seed "$SEED" \
             --out "$WORK/cli-out" --json "$out" > /dev/null ;;
    esac
    echo "round $round $sim: $(python3 -c "import json; d=json.load(open('$out')); print(round(d['wall_seconds'], 3), 's, load', open('/proc/loadavg').read().split()[0])")"
  done
done

python3 - "$WORK/json" "$SIMS" <<'PY'
import json, statistics, sys, glob, os
folder, sims = sys.argv[1], sys.argv[2].split()
keys = ["wall_seconds", "propagation_seconds", "update_seconds"]
med, walls = {}, {}
for sim in sims:
    runs = {int(p.rsplit("-", 1)[1][:-5]): json.load(open(p)) for p in glob.glob(os.path.join(folder, f"{sim}-*.json"))}
    walls[sim] = {n: r["wall_seconds"] for n, r in runs.items()}
    runs = list(runs.values())
    med[sim] = {k: statistics.median(r[k] for r in runs) for k in keys}
    med[sim]["best"] = min(r["wall_seconds"] for r in runs)
    med[sim]["rates"] = (statistics.median(r["rate_exc_hz"] for r in runs), statistics.median(r["rate_inh_hz"] for r in runs))
base = sims[0]
print(f"{'':6} {'wall':>8} {'prop':>8} {'update':>8}   {'wall/' + base:>11} {'prop/':>6} {'upd/':>6}   {'rounds/':>7}   {'best':>6} {'best/':>6}   rates E/I Hz")
for sim in sims:
    m, c = med[sim], med[base]
    per_round = statistics.median(walls[sim][n] / walls[base][n] for n in walls[sim])
    print(f"{sim:6} {m['wall_seconds']:8.3f} {m['propagation_seconds']:8.3f} {m['update_seconds']:8.3f}   "
          f"{m['wall_seconds']/c['wall_seconds']:11.3f} {m['propagation_seconds']/c['propagation_seconds']:6.2f} "
          f"{m['update_seconds']/c['update_seconds']:6.2f}   {per_round:7.3f}   {m['best']:6.3f} {m['best']/c['best']:6.2f}   "
          f"{m['rates'][0]:.2f} / {m['rates'][1]:.2f}")
PY
