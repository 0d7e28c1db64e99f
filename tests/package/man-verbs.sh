#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# digilevel-cli(1) names every command of the program and every option of each command, and
# gives the exit codes. The commands come from the program's own table
# (`digilevel-cli completion verbs`), so a command added without its manual entry fails here.
# usage: man-verbs.sh DIGILEVEL-CLI MANPAGE
set -euo pipefail
cli=$1
page=$2

# The page's text without troff's escapes: \- is -, fonts (\fB \fR \fI \fP) vanish.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(em/—/g' "$page")
missing=0
while IFS=$'\t' read -r verb options; do
    if ! grep -qF ".SS $verb" <<<"$text"; then
        echo "digilevel-cli(1) has no section for the command '$verb' (.SS $verb ...)" >&2
        missing=1
        continue
    fi
    # The options are listed in the verb's own section: from its .SS line to the next.
    section=$(awk -v head=".SS $verb" '
        index($0, head) == 1 && (length($0) == length(head) || substr($0, length(head) + 1, 1) == " ") { on = 1; next }
        /^\.S[SH]/ { on = 0 }
        on' <<<"$text")
    for option in $options; do
        grep -qE -- "(^|[^a-z-])$option([^a-z-]|$)" <<<"$section" || {
            echo "digilevel-cli(1): the option $option of '$verb' is not described" >&2
            missing=1
        }
    done
done < <("$cli" completion verbs)

exits=$(awk '/^\.SH "?EXIT STATUS/ { on = 1; next } /^\.SH/ { on = 0 } on' <<<"$text")
for code in 0 1 2; do
    grep -qx "\.B $code" <<<"$exits" || {
        echo "digilevel-cli(1): the exit status $code is not explained" >&2
        missing=1
    }
done
exit $missing
