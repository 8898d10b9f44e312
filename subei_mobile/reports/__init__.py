"""Figures for the township office: dashboards, the monthly report and printable documents."""
