#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# and removes the ones reported as declared but gone (RS0017). Run after changing the public API on purpose;
# review the diff of the .txt files: it is the API change.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-src/Zhuzhou.Education.Domain}
log=$(mktemp)
dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
python3 - "$project" "$log" <<'PY'
import re, sys, pathlib
project, log = pathlib.Path(sys.argv[1]), sys.argv[2]
text = open(log, encoding='utf-8').read()
add = sorted(set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text)))
remove = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared (?:public )?API, but is either not public or could not be found", text))
path = project / 'PublicAPI.Unshipped.txt'
lines = [l for l in path.read_text(encoding='utf-8').splitlines() if l.strip()]
header = [l for l in lines if l.startswith('#')]
body = [l for l in lines if not l.startswith('#') and l not in remove]
body = sorted(set(body) | set(add), key=lambda s: s.replace('~', ''))
path.write_text('\n'.join(header + body) + '\n', encoding='utf-8')
print(f"{path}: +{len(add)} -{len(remove)}")
PY
rm -f "$log"
