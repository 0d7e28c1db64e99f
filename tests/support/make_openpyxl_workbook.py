#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the workbook tests/core/test_xlsxreader.cpp reads back, as openpyxl saves it (shared
strings, numbers, booleans, a formula, a chart-free second sheet moved to the front).
    make_openpyxl_workbook.py OUT.xlsx"""
import sys

import openpyxl


def main():
    book = openpyxl.Workbook()
    items = book.active
    items.title = "Items"
    items["A1"] = "id"
    items["B1"] = "答案 / Answer"
    items["A2"] = "network"
    items["B2"] = "wired,wireless"
    items["A3"] = "planning"
    items["B3"] = 2
    items["A4"] = "share"
    items["B4"] = 0.0025
    items["A5"] = "ticked"
    items["B5"] = True
    items["A6"] = "sum"
    items["B6"] = "=B3+1"  # openpyxl stores no cached value: the reader sees no <v>
    items["D1048576"] = "last row"
    figures = book.create_sheet("Figures")
    figures["A1"] = "revenue"
    figures["B1"] = -1234.5
    figures["XFD2"] = "last column"
    book.move_sheet("Figures", offset=-1)
    book.save(sys.argv[1])


if __name__ == "__main__":
    main()
