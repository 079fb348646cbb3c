"""The report: ReportData (pure data) and its renderers (HTML, PDF)."""
