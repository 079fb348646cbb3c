"""`tracker serve`: the department's workspace in a browser, over the same library as the CLI.

Routes are thin: each one calls the functions the CLI calls (review_items, add_review,
add_manual, import_figures, add_documents, report_data, make_report, history) and renders
the result with Jinja2; htmx swaps the parts of a page that change. Nothing here decides a
figure, a status or a word of the report, so the browser and the CLI always agree.
"""
