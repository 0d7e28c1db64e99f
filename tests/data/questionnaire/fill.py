#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills in a questionnaire workbook the way another program would: openpyxl re-saves every cell
(strings inline, numbers as numbers, True/False as booleans), and may move a sheet and insert rows
and columns before the edits.

usage: fill.py IN.xlsx OUT.xlsx EDITS.json

EDITS.json: {"restructure": [...], "edits": [...]}
  restructure, applied first, sheets by their index in IN.xlsx:
    {"op": "move-sheet", "sheet": 2, "to": 0}
    {"op": "rename-sheet", "sheet": 1, "name": "My figures"}
    {"op": "insert-rows", "sheet": 1, "at": 1, "count": 2}
    {"op": "insert-cols", "sheet": 2, "at": 2}
  edits, found by the id in column A and the column headed 答案/Answer or 备注/Note:
    {"id": "production-units", "value": 120, "as": "number"}        (also "text", "bool")
    {"id": "system-coverage", "column": "note", "value": "ERP"}
    {"id": "#model-version", "value": "2023.1"}                      (the instructions' value)
"""
import json
import sys

import openpyxl

HEADINGS = {"answer": ("答案", "answer"), "note": ("备注", "note")}


def heading_column(ws, which):
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.strip().lower() in HEADINGS[which]:
                return c.column
    return None


def find(wb, ident, which):
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_col=1, max_col=1):
            c = row[0]
            if c.value is None or str(c.value).strip() != ident:
                continue
            if ident.startswith("#"):  # the value of an instructions row: its last cell
                last = max(x.column for x in ws[c.row] if x.value is not None)
                return ws.cell(row=c.row, column=last)
            col = heading_column(ws, which)
            if col:
                return ws.cell(row=c.row, column=col)
    raise SystemExit(f"fill.py: no row '{ident}' with a {which} column")


def typed(edit):
    value, kind = edit["value"], edit.get("as", "text")
    if kind == "number":
        return float(value) if isinstance(value, float) or "." in str(value) else int(value)
    if kind == "bool":
        return bool(value)
    return str(value)


def main():
    src, dst, spec = sys.argv[1:4]
    with open(spec, encoding="utf-8") as f:
        edits = json.load(f)
    wb = openpyxl.load_workbook(src)
    sheets = list(wb.worksheets)
    for op in edits.get("restructure", []):
        ws = sheets[op["sheet"]]
        if op["op"] == "move-sheet":
            wb.move_sheet(ws, offset=op["to"] - wb.worksheets.index(ws))
        elif op["op"] == "rename-sheet":
            ws.title = op["name"]
        elif op["op"] == "insert-rows":
            ws.insert_rows(op["at"], op.get("count", 1))
        elif op["op"] == "insert-cols":
            ws.insert_cols(op["at"], op.get("count", 1))
    for edit in edits.get("edits", []):
        find(wb, edit["id"], edit.get("column", "answer")).value = typed(edit)
    wb.save(dst)


if __name__ == "__main__":
    main()
