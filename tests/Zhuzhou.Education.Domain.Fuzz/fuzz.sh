#!/usr/bin/env bash
# The fuzzing harness's commands (see README.md beside this file):
#   fuzz.sh build                  publish the harness to out/bin and instrument the project's assemblies
#   fuzz.sh run TARGET [EXECS]     afl-fuzz TARGET for about EXECS executions (default 1000000), findings in out/TARGET
#   fuzz.sh replay TARGET PATH...  run TARGET once on each file (or folder of files), uninstrumented; exit 1 if any fails
#   fuzz.sh replay TARGET --minimize FILE OUT   shrink a failing input to a small one that fails the same way
# TARGET is plan-text, plan-json, progress-json, progress-csv, org-units-json or org-units-csv.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/out/bin"
out=${FUZZ_OUT:-$here/out}   # where findings go
harness="$bin/Zhuzhou.Education.Domain.Fuzz.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

case "${1:-}" in
  build)
    rm -rf "$bin"
    dotnet publish "$here/Zhuzhou.Education.Domain.Fuzz.csproj" -c Release -o "$bin"
    (cd "$here" && dotnet tool restore)
    # Only the project's own code is instrumented: its coverage is what steers afl-fuzz.
    for dll in Zhuzhou.Education.Domain.dll zedu.dll; do
      (cd "$here" && dotnet sharpfuzz "$bin/$dll")
    done
    ;;
  run)
    target=${2:?target}
    execs=${3:-1000000}
    [ -f "$harness" ] || { echo "fuzz.sh: run '$0 build' first" >&2; exit 2; }
    mkdir -p "$out"
    # dotnet is not an instrumented binary (the assemblies it loads are); AFL_SKIP_BIN_CHECK says so. The harness
    # reads each input from standard input (SharpFuzz's out-of-process fork server), so there is no @@.
    # afl-fuzz writes each input to a file the harness reads as standard input: on tmpfs where there is one, since
    # rewriting a file on a disk costs milliseconds an input.
    if [ -d /dev/shm ]; then export AFL_TMPDIR=/dev/shm; fi
    AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
      afl-fuzz -i "$here/corpus/$target" -o "$out/$target" -t 5000 -m none -E "$execs" \
      -- dotnet "$harness" "$target"
    ;;
  replay)
    target=${2:?target}
    shift 2
    dotnet run --project "$here/Zhuzhou.Education.Domain.Fuzz.csproj" -c Release -- "$target" "$@"
    ;;
  *)
    sed -n '2,7p' "$0" >&2
    exit 2
    ;;
esac
