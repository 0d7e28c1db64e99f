#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/*.ts from the table in translations/zh_CN.tsv after `update_translations`.

English is the source language: its .ts gets each source text as the finished translation.
Chinese comes from zh_CN.tsv (source<TAB>translation, with \\n for newlines); a source text
missing there is reported and left unfinished, so an incomplete translation is visible.
"""
import html
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "translations"
table = {}
where = {}
duplicates = []
# zh_CN.tsv, plus one table per screen area in zh_CN.d/ so that areas can be worked on apart.
# A source text is translated in one place only: a second row could drift from the first.
for tsv in [root / "zh_CN.tsv", *sorted((root / "zh_CN.d").glob("*.tsv"))]:
    for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            src, dst = line.split("\t")
            src = src.replace("\\n", "\n")
            here = f"{tsv.relative_to(root.parent)}:{number}"
            if src in table:
                duplicates.append(f"{here}: already translated at {where[src]}: {src!r}")
            table[src] = dst.replace("\\n", "\n")
            where[src] = here
if duplicates:
    print("\n".join(duplicates), file=sys.stderr)
    sys.exit(f"{len(duplicates)} source texts translated twice; keep one row each")

missing = []
for lang in ("zh_CN", "en"):
    path = root / f"digilevel_{lang}.ts"
    text = path.read_text(encoding="utf-8")

    def fill(m):
        source = html.unescape(m.group(1))
        target = source if lang == "en" else table.get(source)
        if target is None:
            missing.append(source)
            return m.group(0)
        escaped = html.escape(target, quote=False).replace("'", "&apos;").replace('"', "&quot;")
        return f"<source>{m.group(1)}</source>\n        <translation>{escaped}</translation>"

    # Texts no longer in the sources (lupdate keeps them as "vanished"): dropped.
    text = re.sub(r"\n\s*<message>(?:(?!</message>).)*?type=\"(?:vanished|obsolete)\".*?</message>",
                  "", text, flags=re.S)
    text = re.sub(r"<context>\s*<name>[^<]*</name>\s*</context>\n?", "", text)  # left empty
    text = re.sub(r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", fill, text,
                  flags=re.S)
    path.write_text(text, encoding="utf-8")

if missing:
    print("untranslated in zh_CN.tsv:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1)
