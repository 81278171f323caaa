"""Text of Brightwater's signed, scanned commercial clarification page (rendered as an image, no text layer)."""
BW_SEASONAL = dict(
    head='BRIGHTWATER CX GROUP',
    subhead=['Brightwater CX Group Pte. Ltd. (Singapore) | Brightwater CX Philippines Inc. (Cebu, Clark, Manila)',
             'Commercial clarification for Yarran Creek Energy and Water - RFP YCEW-CC-2027-01 - 19 November 2026'],
    title='Seasonal Pricing and Currency Note',
    cols=[('Period / item', 0.0), ('Applies to', 0.50), ('Billing', 0.74)],
    rows=[('Standard months (September to May)', 'all productive hours', '100% of rate card'),
          ('Winter Bill Season: 1 June to 31 August each year', 'all productive hours', '117% of rate card'),
          ('Declared storm or bushfire event days', 'faults line hours only', '125% of rate card'),
          ('PulseHub seat licence (USD)', 'per seat per month', 'USD 145.00')],
    notes=['1. During the Winter Bill Season, 1 June to 31 August, all productive hours are invoiced at 117% of the '
           'hourly rates in Section 11, because we hold a dedicated winter squad on standby for your bill run.',
           '2. USD-denominated items are converted to AUD at the Reserve Bank of Australia 4:00 pm rate on the invoice '
           'date. If AUD/PHP moves by more than 6% from 0.0379 (the rate on 19 November 2026), the AUD hourly rates '
           'are re-set in the same proportion from the following month.',
           '3. Service credits in Section 9 remain goodwill gestures and are not affected by this note.'],
    stamp='APPROVED - CFO',
)
