#!/usr/bin/env bash
# The package as a council developer gets it: packs KpiCore into a local folder source, makes console apps outside the
# repository from tests/consumers/*.csproj.in (so none of the repository's build settings help them), gives them the
# README's Quick start as Program.cs, and
#   1. builds and runs it on net8.0 and net10.0 against the package, comparing what it prints with the output the README
#      writes in the `// comment` after each Console.WriteLine (e.g. `// 97.27% Missed`);
#   2. publishes it trimmed with the whole of KpiCore rooted, native AOT where a C toolchain works (else IL trimming
#      with the AOT analyzers), every trim/AOT warning an error: the check of the package's IsAotCompatible.
# A framework with no runtime installed (net8.0 on a .NET 10-only machine) is built self-contained on its runtime pack
# from NuGet. Exits non-zero on any failure.
#
# Usage: tools/consumer-check.sh [--no-build] [--work DIR] [--readme FILE] [--frameworks "net8.0 net10.0"]
#   --no-build    pack the library already built in Release (as .ci/run does after its build)
#   --work DIR    where the feed and the apps are made (kept; default a temporary folder, removed at the end)
#   --readme FILE the README whose "## Quick start" section is run (default README.md)
#
# How the Quick start becomes Program.cs: every ```csharp block of the "## Quick start" section (up to the next "## "
# heading, its ### subsections included) in order, each in its own { } scope so blocks may reuse names; `using X;`
# lines are moved to the top. A Console.WriteLine whose statement ends in `; // text` must print exactly `text`; one
# without such a comment is run but its line is not compared. The package's version is taken from the packed file,
# and that version is removed from the NuGet global packages folder first, so the apps get this pack, not an older one
# of the same version.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

no_build=""
work=""
readme="README.md"
frameworks="net8.0 net10.0"
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) no_build="--no-build" ;;
        --work) work="$2"; shift ;;
        --readme) readme="$2"; shift ;;
        --frameworks) frameworks="$2"; shift ;;
        *) echo "consumer-check: unknown argument '$1'" >&2; exit 2 ;;
    esac
    shift
done

if [ -z "$work" ]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
else
    rm -rf "$work"; mkdir -p "$work"; work="$(cd "$work" && pwd)"
fi
case "$work/" in "$root"/*) echo "consumer-check: --work must be outside the repository" >&2; exit 2 ;; esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '%s\n' "consumer-check: $*"; }
fail() { say "FAILED: $*"; exit 1; }

# --- the package ------------------------------------------------------------------------------------------------------
feed="$work/feed"
say "packing src/KpiCore into $feed"
dotnet pack src/KpiCore/KpiCore.csproj -c Release $no_build -o "$feed" -warnaserror -v quiet -nologo \
    || fail "dotnet pack"
nupkg="$(ls "$feed"/KpiCore.[0-9]*.nupkg 2>/dev/null | head -n1 || true)"
[ -n "$nupkg" ] || fail "no KpiCore.<version>.nupkg in $feed"
version="$(basename "$nupkg" .nupkg)"; version="${version#KpiCore.}"
say "package KpiCore $version"

packages="${NUGET_PACKAGES:-}"
if [ -z "$packages" ]; then
    packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')"
fi
if [ -n "$packages" ]; then
    rm -rf "${packages%/}/kpicore/$(printf '%s' "$version" | tr '[:upper:]' '[:lower:]')"
fi

cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="kpicore-local" value="$feed" />
  </packageSources>
</configuration>
EOF

# --- the README's Quick start -> Program.cs and the expected lines --------------------------------------------------
[ -f "$readme" ] || fail "no $readme"
body="$work/body.cs"; usings="$work/usings.cs"; expected="$work/expected.txt"
awk -v body="$body" -v usings="$usings" -v expected="$expected" -v file="$readme" '
    BEGIN { printf "" > body; printf "" > usings; printf "" > expected }
    /^```/ {
        if (!fence) {
            fence = 1
            lang = tolower($0); sub(/^```[[:space:]]*/, "", lang); sub(/[[:space:]].*$/, "", lang)
            code = insec && (lang == "csharp" || lang == "cs" || lang == "c#")
            if (code) { blocks++; print "{ // " file " line " NR > body }
        } else {
            if (code) print "}" > body
            fence = 0; code = 0
        }
        next
    }
    !fence && /^## / { insec = ($0 ~ /^## Quick start/); next }
    !code { next }
    /^[[:space:]]*using[[:space:]]+(static[[:space:]]+)?[A-Za-z_][A-Za-z0-9_.]*[[:space:]]*;[[:space:]]*$/ {
        u = $0; sub(/^[[:space:]]+/, "", u); sub(/[[:space:]]+$/, "", u)
        if (!(u in seen)) { seen[u] = 1; print u > usings }
        next
    }
    {
        print > body
        if ($0 ~ /Console\.WriteLine\(/) { writing = 1; at = NR }
        if (writing) {
            if (match($0, /;[[:space:]]*\/\/.*$/)) {
                text = substr($0, RSTART, RLENGTH); sub(/^;[[:space:]]*\/\/[[:space:]]?/, "", text); sub(/[[:space:]]+$/, "", text)
                print at "\t" text > expected; writing = 0
            } else if ($0 ~ /;[[:space:]]*$/) {
                print at "\t\001" > expected; writing = 0
            }
        }
    }
    END { if (!blocks) exit 3 }
' "$readme" || fail "no \`\`\`csharp block in the '## Quick start' section of $readme"

checked="$(grep -vc $'\t\001$' "$expected" || true)"
[ "$checked" -gt 0 ] || fail "the Quick start has no Console.WriteLine with its expected output in a // comment"
if [ ! -s "$usings" ]; then
    # The Quick start should show its using lines (a reader copies it as shown); until it does, the library's public
    # namespaces and NodaTime's are supplied, and said so.
    say "NOTE: the Quick start has no using lines; supplying NodaTime and KpiCore's public namespaces"
    { echo "using NodaTime;"
      grep -ohE '(^|[^A-Za-z0-9_.])KpiCore\.[A-Za-z0-9_]+\.[A-Za-z0-9_]+' src/KpiCore/PublicAPI.*.txt \
          | sed -E 's/^[^K]*//; s/\.[A-Za-z0-9_]+$//' | sort -u | sed 's/.*/using &;/'
    } > "$usings"
fi
say "Quick start: $(grep -c '^{ // ' "$body") code blocks, $(wc -l < "$expected") printed lines, $checked of them compared"

make_app() { # template dir tfm [publish mode]
    local template="$1" dir="$2" tfm="$3" mode="${4:-}"
    mkdir -p "$dir"
    sed -e "s|@TFM@|$tfm|g" -e "s|@KPICORE_VERSION@|$version|g" -e "s|@PUBLISH_MODE@|$mode|g" \
        "tests/consumers/$template.csproj.in" > "$dir/QuickStart.csproj"
    cat "$usings" "$body" > "$dir/Program.cs"
}

compare() { # output file, what
    local out="$1" what="$2" i=0 bad=0 line want got
    mapfile -t got_lines < "$out"
    while IFS=$'\t' read -r line want; do
        got="${got_lines[$i]-<no line>}"
        if [ "$want" = $'\001' ]; then
            say "  $what: line $((i + 1)): '$got' (README line $line gives no expected output; not compared)"
        elif [ "$got" = "$want" ]; then
            say "  $what: line $((i + 1)): '$got' as the README says"
        else
            say "  $what: line $((i + 1)): got '$got', README line $line says '$want'"; bad=1
        fi
        i=$((i + 1))
    done < "$expected"
    if [ "${#got_lines[@]}" -ne "$i" ]; then
        say "  $what: printed ${#got_lines[@]} lines, the README shows $i"; bad=1
    fi
    return "$bad"
}

rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n1)"
runtimes="$(dotnet --list-runtimes)"
status=0

# --- 1. run on each framework -----------------------------------------------------------------------------------------
for tfm in $frameworks; do
    dir="$work/quickstart-$tfm"
    make_app QuickStart "$dir" "$tfm"
    major="${tfm#net}"; major="${major%%.*}"
    if grep -q "^Microsoft.NETCore.App $major\." <<< "$runtimes"; then
        how="framework-dependent"; args=(); run=(dotnet "$dir/out/QuickStart.dll")
    else
        how="self-contained for $rid (no .NET $major runtime installed)"; args=(-r "$rid" --self-contained)
        run=("$dir/out/QuickStart")
    fi
    say "$tfm: building the Quick start app against KpiCore $version, $how"
    if ! (cd "$dir" && dotnet publish -c Release -o "$dir/out" "${args[@]}" -nologo -v quiet > "$dir/build.log" 2>&1); then
        cat "$dir/build.log"; say "FAILED: $tfm app does not build"; status=1; continue
    fi
    if ! "${run[@]}" > "$dir/output.txt" 2> "$dir/errors.txt"; then
        cat "$dir/output.txt" "$dir/errors.txt"; say "FAILED: $tfm app exited non-zero"; status=1; continue
    fi
    if compare "$dir/output.txt" "$tfm"; then say "$tfm: OK"; else say "FAILED: $tfm output differs from the README"; status=1; fi
done

# --- 2. trimmed / AOT-analysed publish --------------------------------------------------------------------------------
newest="net$(printf '%s\n' "$runtimes" | sed -n 's/^Microsoft.NETCore.App \([0-9]*\)\..*/\1/p' | sort -n | tail -n1).0"
mode="PublishTrimmed"; aot_args=()
if command -v clang >/dev/null 2>&1; then
    mode="PublishAot"
elif command -v gcc >/dev/null 2>&1; then
    mode="PublishAot"; aot_args=(-p:CppCompilerAndLinker=gcc)
fi
dir="$work/trimmed-$newest"
make_app Trimmed "$dir" "$newest" "$mode"
say "$newest: $mode publish of the Quick start with all of KpiCore rooted, trim/AOT warnings as errors"
if ! (cd "$dir" && dotnet publish -c Release -r "$rid" -o "$dir/out" "${aot_args[@]}" -nologo > "$dir/build.log" 2>&1); then
    grep -E 'warning|error' "$dir/build.log" | sort -u || cat "$dir/build.log"
    say "FAILED: the $mode publish (trim/AOT warnings above are errors)"; status=1
elif ! "$dir/out/QuickStart" > "$dir/output.txt" 2> "$dir/errors.txt"; then
    cat "$dir/output.txt" "$dir/errors.txt"; say "FAILED: the $mode app exited non-zero"; status=1
elif compare "$dir/output.txt" "$mode"; then
    say "$mode: OK, no trim or AOT warning"
else
    say "FAILED: the $mode app's output differs from the README"; status=1
fi

if [ "$status" -eq 0 ]; then say "all consumer checks passed"; else say "some consumer checks FAILED"; fi
exit "$status"
