#!/usr/bin/env bash
# COBA through BrainEvent.Networks on 1 rank and on 2 ranks of mpirun, one thread each, alternating sides so
# that the machine's load hits both alike. Prints one JSON line per run (rank 0's; see bench/README.md).
# mpi_yield_when_idle: a rank waiting in a collective yields the processor instead of spinning; on this busy
# 2-core machine a spinning rank took the core the other rank needed, and runs were up to 10 times slower.
# usage: bash bench/network-mpi.sh [SCALES] [DELAYS_MS] [REPEATS] [SECONDS]
set -euo pipefail
scales=${1:-"10 40"}
delays=${2:-"0 1"}
repeats=${3:-2}
seconds=${4:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/bench/BrainEvent.NetworkBench" -c Release -v quiet -nologo > /dev/null
bench="$root/bench/BrainEvent.NetworkBench/bin/Release/net10.0/BrainEvent.NetworkBench.dll"
export TERM=dumb OMPI_MCA_btl_vader_single_copy_mechanism=none
for scale in $scales; do
  for delay in $delays; do
    for _ in $(seq "$repeats"); do
      dotnet "$bench" --mpi --scale "$scale" --delay "$delay" --duration "$seconds" --threads 1
      mpirun --allow-run-as-root --oversubscribe --bind-to none --mca btl self,vader --mca mpi_yield_when_idle 1 -np 2 \
        dotnet "$bench" --mpi --scale "$scale" --delay "$delay" --duration "$seconds" --threads 1
    done
  done
done
