"""Reports, rebuilt from the results document alone: Markdown, HTML, the workbook, pricing tables, letters."""

from .html import html_report
from .markdown import comparison_markdown, vendor_markdown
from .markup import page_ranges
from .view import UNVERIFIED
from .write import REPORT_FORMATS, formats_in, write_reports

__all__ = ["REPORT_FORMATS", "UNVERIFIED", "comparison_markdown", "formats_in", "html_report", "page_ranges", "vendor_markdown",
           "write_reports"]
