"""Reading proposals: PDF text, OCR, page furniture, sentences and chunks, injection detection."""
