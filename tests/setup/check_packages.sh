#!/usr/bin/env bash
# The set-up guard (tst_setup_packages): every package config the configure resolved, every outside
# program the build and the tests run, and every file the app loads at run time must come from a
# Debian package that the set-up's list (.ci/packages) installs, directly or through Depends and
# Pre-Depends. A package that this machine merely happens to have (installed by hand, or pulled in
# as a Recommends by something else) would otherwise hide a missing install step until a newcomer's
# first command fails on a bare Debian 12.
#
#   check_packages.sh PACKAGES_FILE CMAKE_CACHE PROGRAMS_FILE SOURCE_DIR
#
# PROGRAMS_FILE has one entry per line, written by tests/setup/CMakeLists.txt: an absolute path
# (a tool CMake found, a Qt plugin, a font), a bare program name (looked up in PATH), or
# "ldd:/path" (every shared library that binary loads). SOURCE_DIR is scanned for programs that the
# tests look up by name (QStandardPaths::findExecutable, find_program) so that none is left out of
# PROGRAMS_FILE. Exits 0 when everything is covered, 1 naming every file whose package is not.
set -euo pipefail
export LC_ALL=C

packages_file=$1 cache=$2 programs_file=$3 source_dir=$4
for f in "$packages_file" "$cache" "$programs_file"; do
    [[ -r $f ]] || { echo "cannot read $f"; exit 1; }
done
command -v dpkg-query >/dev/null && command -v apt-cache >/dev/null \
    || { echo "this guard needs dpkg and apt (a Debian system)"; exit 1; }

mapfile -t listed < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$packages_file")
(( ${#listed[@]} > 0 )) || { echo "$packages_file lists no package"; exit 1; }

# The closure of the list under Depends and Pre-Depends: apt-cache prints every package it visits
# at the start of a line (virtual ones in <>), the dependency lines indented.
declare -A closure=()
while read -r name; do
    name=${name#<}; name=${name%>}; name=${name%%:*}
    closure[$name]=1
done < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
             --no-replaces --no-enhances "${listed[@]}" 2>/dev/null | grep -v '^[[:space:]]')
for p in "${listed[@]}"; do
    [[ -n ${closure[$p]:-} ]] || { echo "apt knows no package '$p' (listed in $packages_file)"; exit 1; }
done
# Essential packages (coreutils, dash, util-linux, …) are on every Debian system, the bare
# minbase included, and nothing declares a dependency on them.
while read -r name essential; do
    [[ $essential == yes ]] && closure[$name]=1
done < <(dpkg-query -W -f='${Package} ${Essential}\n')

# What to check: file -> why it is needed.
declare -A why=()
add() { [[ -n $1 && -e $1 ]] && why[$1]=$2; return 0; }

# 1. Package configs and files the configure resolved (Qt's transitive ones included).
while IFS= read -r line; do
    key=${line%%:*} value=${line#*=}
    [[ $value == /* && -e $value ]] || continue
    if [[ $key == *_DIR && -d $value ]]; then
        # A package config's folder; an include folder such as /usr/include is shared by hundreds
        # of packages and says nothing (the library beside it is a FILEPATH entry).
        config=$(find "$value" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \) | sort | head -n 1)
        [[ -n $config ]] && add "$config" "CMake package $key"
    elif [[ $line == *:FILEPATH=* ]]; then
        add "$value" "CMake cache $key"
    fi
done < <(grep -E '^[A-Za-z0-9_.+-]+:(PATH|FILEPATH)=' "$cache")

# 2. Programs, run-time files and the libraries of the binaries.
missing_programs=()
while IFS= read -r entry; do
    [[ -z $entry || $entry == \#* ]] && continue
    case $entry in
        ldd:*)
            binary=${entry#ldd:}
            [[ -x $binary ]] || { missing_programs+=("$binary (not built)"); continue; }
            while read -r lib; do add "$lib" "a library of $(basename "$binary")"; done \
                < <(ldd "$binary" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}')
            ;;
        /*)
            if [[ -e $entry ]]; then add "$entry" "used by the build, the tests or the app"
            else missing_programs+=("$entry"); fi
            ;;
        *)
            if path=$(command -v "$entry"); then add "$path" "the program $entry"
            else missing_programs+=("$entry"); fi
            ;;
    esac
done < "$programs_file"

# 3. Programs the tests look up by name must be in the programs list, so that a new one is checked.
declared=$(sed -e 's/#.*//' "$programs_file" | xargs -n1 basename 2>/dev/null | sort -u)
undeclared=()
while read -r name; do
    grep -qx "$name" <<<"$declared" || undeclared+=("$name")
done < <(grep -rhoE '(findExecutable|start)\(QStringLiteral\("[A-Za-z0-9_.+-]+"\)|find_program\([A-Za-z_]+ [A-Za-z0-9_.+-]+' \
             "$source_dir/tests" "$source_dir/bench" "$source_dir/installer" "$source_dir/CMakeLists.txt" 2>/dev/null \
         | sed -E 's/.*"([^"]+)"\)$/\1/; s/^find_program\([A-Za-z_]+ //' | sort -u)

# The package owning each file, in one dpkg-query call (one per file would take ~20 s). dpkg
# records a file under the path its package ships it at; Debian 12 merges /bin into /usr/bin, so
# a file may be known under the other spelling, or only through the path a symlink resolves to.
spellings() {
    local p real
    real=$(readlink -f "$1")
    for p in "$1" "$real"; do
        echo "$p"
        case $p in
            /usr/*) echo "${p#/usr}" ;;
            /bin/*|/sbin/*|/lib/*|/lib64/*) echo "/usr$p" ;;
        esac
    done
}
declare -A spelled_as=() owner_of=()
for file in "${!why[@]}"; do
    while read -r p; do spelled_as[$p]+="$file"$'\n'; done < <(spellings "$file" | sort -u)
done
while IFS= read -r line; do
    [[ $line == diversion\ * || $line != *': '* ]] && continue
    owners=${line%%: *} path=${line#*: }
    while IFS= read -r file; do
        [[ -z $file ]] && continue
        # The path as given wins over another spelling (libGLU.so is libglu1-mesa-dev's, the
        # libGLU.so.1 it points to libglu1-mesa's).
        if [[ $path == "$file" || -z ${owner_of[$file]:-} ]]; then owner_of[$file]=$owners; fi
    done <<<"${spelled_as[$path]:-}"
done < <(dpkg-query -S "${!spelled_as[@]}" 2>/dev/null)

status=0
checked=0
for file in $(printf '%s\n' "${!why[@]}" | sort); do
    checked=$((checked + 1))
    owners=${owner_of[$file]:-}
    if [[ -z $owners ]]; then
        echo "NOT FROM A PACKAGE: $file (${why[$file]}): no Debian package owns it"
        status=1
        continue
    fi
    covered=""
    IFS=', ' read -r -a names <<<"$owners"
    for name in "${names[@]}"; do
        name=${name%%:*}
        [[ -n ${closure[$name]:-} ]] && covered=$name
    done
    if [[ -z $covered ]]; then
        echo "MISSING FROM .ci/packages: ${owners} (owns $file, ${why[$file]})"
        status=1
    fi
done
for p in "${missing_programs[@]}"; do
    echo "NOT INSTALLED: $p (the build or the tests use it)"
    status=1
done
for p in "${undeclared[@]}"; do
    echo "UNCHECKED PROGRAM: the tests look up '$p', which tests/setup/CMakeLists.txt does not list"
    status=1
done
echo "checked $checked files against ${#listed[@]} listed packages (${#closure[@]} with their dependencies)"
exit $status
