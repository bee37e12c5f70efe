"""Setting typed text in the documents: which font draws each character, and what each
drawn glyph reads back as (copy, search, pdftotext)."""
