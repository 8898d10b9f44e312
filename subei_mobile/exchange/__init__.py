"""Spreadsheet exchange: CSV (UTF-8) and XLSX in and out, row by row with line numbers."""
