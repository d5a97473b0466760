#!/usr/bin/env bash
# Compares tnb with the tools its users know, side by side in one run, and prints each ratio.
# Installs what it needs: hyperfine, qalc, bc and GNU units (Debian), pint and papermill (PyPI).
#   scripts/compare-peers.sh            (takes about five minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v qalc >/dev/null || need+=(qalc)
command -v bc >/dev/null || need+=(bc)
command -v units >/dev/null || need+=(units)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c 'import pint' 2>/dev/null || pip install -q pint
python3 -c 'import papermill, ipykernel' 2>/dev/null || pip install -q papermill ipykernel
python3 -c 'import numpy, squigglepy' 2>/dev/null || pip install -q numpy squigglepy
python3 -m ipykernel install --user --name python3 >/dev/null 2>&1 || true

swift build -c release --static-swift-stdlib --disable-local-rpath --scratch-path .build-bench 2>&1 | grep -E "error|Compiling tnb|Build complete" || true
tnb=$PWD/.build-bench/release/tnb
work=.build-bench/compare
rm -rf "$work" && mkdir -p "$work/out" "$work/qhome"
python3 scripts/bench-inputs.py "$work/inputs" --million >/dev/null
in=$work/inputs
export HOME_QALC=$work/qhome

median() { # hyperfine JSON -> median seconds
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"
}
time_it() { # name runs command...
  local name=$1 runs=$2; shift 2
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/$name.json" "$@" >/dev/null 2>&1
  median "$work/$name.json"
}
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{b/a:8.1f}x')" "$1" "$2"; }
row() { printf '%-44s %10.1f ms   %-34s %10.1f ms  %s\n' "$1" "$(echo "$2*1000" | bc -l)" "$3" "$(echo "$4*1000" | bc -l)" "$(ratio "$2" "$4")"; }

echo "tnb against its peers on this machine ($(nproc) cores); medians; ratio = peer / tnb"
echo

t_start=$(time_it tnb-start 30 "$tnb eval '25M * 4'")
q_start=$(time_it qalc-start 10 "env HOME=$HOME_QALC qalc -t '25M * 4'")
p_start=$(time_it pint-start 5 "python3 -c 'import pint; u = pint.UnitRegistry(); print(25e6 * 4 * u.meter)'")
u_start=$(time_it units-start 20 "units -t '25 million * 4' ''")
row "start-up: tnb eval '25M * 4'" "$t_start" "qalc -t '25M * 4'" "$q_start"
row "" "$t_start" "python3 + pint, one expression" "$p_start"
row "" "$t_start" "GNU units, one expression" "$u_start"

t_chain=$(time_it tnb-chain 10 "$tnb run $in/chain-10k.tnb -o $work/out/chain-10k.txt")
p_chain=$(time_it pint-chain 3 "python3 $in/chain-10k.py")
q_chain=$(time_it qalc-chain 1 "sh -c 'env HOME=$HOME_QALC qalc -s \"curconv 0\" < $in/chain-1k.qalc >/dev/null'")
row "10k chained definitions, units+ranges, report" "$t_chain" "python3 + pint, 10k lines, units" "$p_chain"
row "" "$t_chain" "qalc, 1k lines (x10 for 10k)" "$(echo "$q_chain*10" | bc -l)"

t_big=$(time_it tnb-chain-100k 5 "$tnb run $in/chain-100k.tnb -o $work/out/chain-100k.txt")
f_big=$(time_it python-floats-100k 5 "python3 $in/chain-100k-floats.py")
row "100k chained definitions, units+ranges, report" "$t_big" "python3, the same chain on floats" "$f_big"
t_check=$(time_it tnb-check-100k 5 "$tnb check $in/chain-100k.tnb")
printf '%-44s %10.1f ms   (target 250 ms)\n' "tnb check, 100k chained definitions" "$(echo "$t_check*1000" | bc -l)"
for size in 1k 10k 1m; do
  runs=5; [ $size = 1m ] && runs=1
  t_size=$(time_it tnb-chain-$size $runs "$tnb run $in/chain-$size.tnb -o $work/out/chain-$size.txt")
  printf '%-44s %10.1f ms   (%s x the 100k time)\n' "chain of $size definitions, report" "$(echo "$t_size*1000" | bc -l)" \
    "$(python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.3f}')" "$t_size" "$t_big")"
done
python3 scripts/repl-latency.py "$tnb" --redefinitions 20 | sed 's/^/REPL: /'

t_corr=$(time_it tnb-correlated 5 "$tnb run $in/correlated-20k.tnb -o $work/out/correlated-20k.txt")
n_corr=$(time_it numpy-correlated 3 "python3 $in/correlated-20k.py")
s_corr=$(time_it squigglepy-correlated 3 "python3 $in/correlated-20k.sq.py")
row "20k lines, 50 correlated ranges, p5-p95" "$t_corr" "numpy, same model, 10k samples" "$n_corr"
row "" "$t_corr" "squigglepy, same model, 10k samples" "$s_corr"

cat > "$work/trivial.ipynb" <<'NB'
{"cells": [
 {"cell_type": "code", "execution_count": null, "id": "c0", "metadata": {}, "outputs": [], "source": ["payroll = 25e6"]},
 {"cell_type": "code", "execution_count": null, "id": "c1", "metadata": {}, "outputs": [], "source": ["spend = 7e6"]},
 {"cell_type": "code", "execution_count": null, "id": "c2", "metadata": {}, "outputs": [], "source": ["spend / payroll"]}],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5}
NB
t_nb=$(time_it tnb-notebook 20 "$tnb run $in/small/0000.tnb -o $work/out/0000.txt")
m_nb=$(time_it papermill 3 "papermill --log-level ERROR $work/trivial.ipynb $work/out/trivial-out.ipynb")
row "a small notebook to a report" "$t_nb" "papermill, 3-cell notebook" "$m_nb"

t_batch=$(time_it tnb-batch 5 "sh -c '$tnb run $in/small/*.tnb -o $work/out/'")
printf '%-44s %10.1f ms   (target 2,000 ms)\n' "1,000 small notebooks in one tnb run" "$(echo "$t_batch*1000" | bc -l)"
