# Sourced by the bench scripts that run Sonde against a reference tool in pairs: the CPU a
# run costs, the per-round figures of each pair, and the table of their medians. Needs
# $work (a scratch directory) and, while rounds run, $round.

# The last match: a nested object (the configuration) may hold a key of the same name.
json_number() { grep -o "\"$1\":[0-9.e+-]*" | tail -1 | cut -d: -f2; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A sonde ref ratio sonde_cpu ref_cpu
# Runs a command, prints its stdout; writes its CPU seconds (user + sys) to $work/cpu.
cpu_of() {
  ( "$@"; times >"$work/times" ) >"$work/out"
  # `times` prints the shell's own line, then its children's: "0m1.234s 0m0.567s".
  tail -1 "$work/times" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); sub("s", "", a[2]); n += a[1] * 60 + a[2] } print n }' >"$work/cpu"
  cat "$work/out"
}
# Which tool of a pair goes first: the reference in odd rounds, Sonde in even ones.
reference_first() { [ $((round % 2)) -eq 1 ]; }
# Adds one round of a pair: name reference-per-s reference-cpu reference-count sonde-per-s
# sonde-cpu sonde-count.
record() {
  ref[$1]+="$2 "
  sonde[$1]+="$5 "
  ratio[$1]+="$(awk -v s="$5" -v r="$2" 'BEGIN { printf "%.4f", (r > 0 ? s / r : 0) }') "
  ref_cpu[$1]+="$(awk -v c="$3" -v t="$4" 'BEGIN { printf "%.4f", (t > 0 ? 1000000 * c / t : 0) }') "
  sonde_cpu[$1]+="$(awk -v c="$6" -v t="$7" 'BEGIN { printf "%.4f", (t > 0 ? 1000000 * c / t : 0) }') "
}
# One row a pair: the medians of each tool, the median ratio and its range, CPU ms per 1000.
print_pair_table() {
  local n r s q lo hi rc sc
  printf '%-28s %12s %12s %8s %13s %14s %15s\n' "workload" "reference/s" "sonde/s" "ratio" "ratio range" "ref CPU ms/1k" "sonde CPU ms/1k"
  for n in "$@"; do
    r=$(echo ${ref[$n]} | tr ' ' '\n' | median)
    s=$(echo ${sonde[$n]} | tr ' ' '\n' | median)
    q=$(echo ${ratio[$n]} | tr ' ' '\n' | median)
    lo=$(echo ${ratio[$n]} | tr ' ' '\n' | sort -g | head -1)
    hi=$(echo ${ratio[$n]} | tr ' ' '\n' | sort -g | tail -1)
    rc=$(echo ${ref_cpu[$n]} | tr ' ' '\n' | median)
    sc=$(echo ${sonde_cpu[$n]} | tr ' ' '\n' | median)
    printf '%-28s %12.0f %12.0f %8.2f %6.2f–%-6.2f %14.1f %15.1f\n' "$n" "$r" "$s" "$q" "$lo" "$hi" "$rc" "$sc"
  done
}
