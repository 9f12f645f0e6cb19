#!/usr/bin/env bash
# Whole-process benchmark of 'tradearms matrix summarize' against DuckDB, DataFrame.LoadCsv, pandas and the floor.
# Usage: benchmarks/run.sh [rows, default 1M,10M] [rounds, default 5]
# Publishes the CLI and the harness in Release (timing the published binaries, never 'dotnet run'), generates the
# input files into benchmarks/data/ (git-ignored) and prints a Markdown table per file.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1M,10M}"
rounds="${2:-5}"
out=benchmarks/results
mkdir -p "$out" benchmarks/data
# ReadyToRun: the published CLI starts precompiled (no tier-0 JIT phase); see benchmarks/README.md.
dotnet publish src/TradeArms.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" -v quiet -nologo
dotnet publish benchmarks/TradeArms.Benchmarks -c Release -o "$out/harness" -v quiet -nologo
cp benchmarks/pandas_summarize.py "$out/harness/"
pandas=()
if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  pandas=(--pandas /usr/bin/python3)
else
  echo "pandas not found for /usr/bin/python3 (apt-get install python3-pandas): skipping it" >&2
fi
"$out/harness/TradeArms.Benchmarks" harness --cli "$out/cli/tradearms" --work benchmarks/data \
  --rows "$rows" --rounds "$rounds" "${pandas[@]}" | tee "$out/table.md"
