"""The buyer's RFP read as a requirement ledger (ledger.py), between reading PDFs and judging vendors."""
