"""Text of Dacoria's scanned Appendix C (drawn into an image; no text layer in the PDF)."""

HEADER = ['DACORIA NEARSHORE S.R.L.',
          'Str. Palat nr. 3E, 700032 Iasi, Romania  -  CUI RO31874402  -  J22/1190/2009',
          'Offer DN-2025-0417 to Larkspur Wireless Inc.  -  Appendix C  -  page 1 of 1']

TITLE = 'APPENDIX C - COMMERCIAL CONDITIONS (signed addendum to offer DN-2025-0417)'

CLAUSES = [
    ('C.1 Term.',
     'Contract term is thirty-six (36) months from go-live date. No tacit prolongation: Contract ends at end of '
     'term unless both Parties sign a written extension.'),
    ('C.2 Termination for convenience.',
     'Client may terminate for convenience with ninety (90) days written notice. If termination is effective '
     'before month twenty-four (24), Client pays wind-down compensation equal to two (2) monthly base components '
     'plus the not amortised part of the transition amount.'),
    ('C.3 Exit assistance.',
     'On any termination Supplier gives exit assistance up to sixty (60) days. Hours of Supplier analysts in exit '
     'are invoiced at the hourly rate of Note 4 of section 12.'),
    ('C.4 Liability.',
     'Total liability of Supplier per contract year is maximum six (6) monthly invoices, except for breach of '
     'data protection obligations.'),
    ('C.5 Law and language.',
     'Contract is governed by laws of the Province of Quebec. Language of contract is English; French '
     'translation is for information only.'),
    ('C.6 Precedence.',
     'This Appendix C prevails over sections 1 to 14 of the offer where they are different.'),
]

SIGNER = 'Andrei Moldovan'
SIGNER_TITLE = 'Administrator, Dacoria Nearshore S.R.L. - Iasi, 03.04.2025'
STAMP = ['DACORIA', 'NEARSHORE', 'S.R.L.', 'IASI - ROMANIA']
