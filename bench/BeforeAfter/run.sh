#!/usr/bin/env bash
# The library's products at commit $1 (before) against the working tree (after), alternating in one process:
#   bash bench/BeforeAfter/run.sh 537cae1 [N nConn rounds [product]]...
# Prints the median of each and their ratio, and whether the results are bitwise equal.
set -euo pipefail
cd "$(dirname "$0")"
before="obj/before"
rm -rf "$before" && mkdir -p "$before"
git -C ../.. archive "$1" src/BrainEvent.Core Directory.Build.props | tar -x -C "$before"
# The nearest Directory.Packages.props applies: the commit's own, or none (versions in the project file).
if git -C ../.. cat-file -e "$1:Directory.Packages.props" 2>/dev/null; then
  git -C ../.. show "$1:Directory.Packages.props" > "$before/Directory.Packages.props"
else
  echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$before/Directory.Packages.props"
fi
csproj="$before/src/BrainEvent.Core/BrainEvent.Core.csproj"
# Another assembly name, so both load; no generator (the products do not need it) and no API tracking.
sed -i 's|<AssemblyName>BrainEvent.Core</AssemblyName>|<AssemblyName>BrainEvent.Core.Before</AssemblyName>|' "$csproj"
python3 - "$csproj" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
s = re.sub(r'\s*<ProjectReference Include="..\\BrainEvent.Generators[^>]*/>', '', s)
s = re.sub(r'\s*<None Include="..\\BrainEvent.Generators[^>]*/>', '', s)
s = re.sub(r'\s*<PackageReference Include="Microsoft.CodeAnalysis.PublicApiAnalyzers"[^>]*/>', '', s)
open(p, 'w').write(s)
PY
dotnet build -c Release -v q -nologo | grep -E " error |rror\(s\)" || true
shift
dotnet bin/Release/net10.0/BeforeAfter.dll "$@"
