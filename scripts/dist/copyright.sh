#!/bin/sh
# Writes the package's /usr/share/doc/thidua/copyright: thidua itself, and the
# libraries linked statically into the binary, whose licences ask that their
# notices travel with it. Usage: scripts/dist/copyright.sh CHECKOUTS_DIR
set -eu
checkouts=$1
cat <<'HEAD'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: thidua
Comment: The thidua source repository states no licence of its own; ask its
 authors before redistributing this package. The binary links the Swift
 runtime, Foundation and the Swift packages below statically; their licences
 follow.

Files: usr/bin/thidua (Swift standard library, Foundation, Dispatch)
Copyright: Apple Inc. and the Swift project authors
License: Apache-2.0 with Runtime Library Exception
 See /usr/share/common-licenses/Apache-2.0, and
 https://swift.org/LICENSE.txt for the Runtime Library Exception.

Files: usr/bin/thidua (ICU data and code in Foundation)
Copyright: Unicode, Inc. and others
License: Unicode-3.0
 https://www.unicode.org/license.txt
HEAD
for dir in Yams CSV.swift swift-argument-parser FlyingFox ZIPFoundation; do
  license=$(ls "$checkouts/$dir"/LICENSE* 2>/dev/null | head -1)
  if [ -z "$license" ]; then echo "copyright.sh: no licence file in $checkouts/$dir" >&2; exit 1; fi
  echo
  echo "Files: usr/bin/thidua (Swift package $dir)"
  if grep -q "Apache License" "$license"; then
    echo "License: Apache-2.0"
    echo " See /usr/share/common-licenses/Apache-2.0."
  else
    echo "License: MIT"
    # Blank lines become " ." as the format requires.
    sed -e 's/^[[:space:]]*$/./' -e 's/^/ /' "$license"
  fi
done
