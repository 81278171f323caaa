#!/usr/bin/env python3
"""Regenerate the travel set: rfp.pdf, proposals/*.pdf, proposals/atlantico/*.pdf and labels.json.

Usage:  python gen/build.py            (from the set directory or anywhere)
Needs:  reportlab, pypdf, pillow  (e.g. /work/corpus/.venv/bin/python gen/build.py)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(ROOT))

from theme_render import Renderer, make_scan_page_png  # noqa: E402
import make_labels  # noqa: E402


def read(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as fh:
        return fh.read()


THEMES = {
    'rfp': dict(pagesize='A4', font='Helvetica', bold='Helvetica-Bold', italic='Helvetica-Oblique',
                head_font='Helvetica-Bold', accent='#2d4b3c', accent2='#9bb5a5', table_head_bg='#2d4b3c',
                grid='#8fa398', cover_style='minimal', cover_logo='VALTURA', h1_style='rule', body_size=9.8,
                leading=13.2, table_size=8.6, header_left='Valtura Corporate Travel SE - RFP VCT-PROC-2025-114',
                header_right='Confidential', footer_center='{page} / {total}', footer_right='', margins=(64, 64, 70, 64)),
    'sarvottam': dict(pagesize='A4', font='Times-Roman', bold='Times-Bold', italic='Times-Italic', head_font='Times-Bold',
                      body_size=11, leading=14.6, h1_size=15, h2_size=12.5, accent='#7a1f1f', accent2='#c9a24a',
                      table_head_bg='#7a1f1f', grid='#7f7f7f', table_style='grid', table_size=9.2, h1_style='rule',
                      h1_upper=True, cover_style='frame', header_left='Sarvottam Global Services Pvt. Ltd.',
                      header_right='Proposal for Valtura Corporate Travel SE', footer_center='- {printed} -',
                      footer_right='', page_offset=1, margins=(70, 70, 78, 70), small_size=8.4),
    'atlantico': dict(pagesize='A4', font='DejaVuCond', bold='DejaVuCond-Bold', italic='DejaVuCond-Oblique',
                      head_font='DejaVuCond-Bold', body_size=10.6, leading=15, h1_size=15.5, accent='#0b6e69',
                      accent2='#f0a830', table_head_bg='#0b6e69', grid='#9cbfbc', table_style='box', table_size=9,
                      h1_style='leftbar', cover_style='side', align='left', header_left='', header_right='',
                      header_rule=False, footer_left='Atlântico Serviços Partilhados | Proposta ASP-2025-0419',
                      footer_right='{printed}/{total_printed}', footer_rule=True, page_offset=1,
                      margins=(62, 62, 60, 70)),
    'atlantico_annex': dict(pagesize='A4', font='DejaVuCond', bold='DejaVuCond-Bold', italic='DejaVuCond-Oblique',
                            head_font='DejaVuCond-Bold', body_size=9.8, leading=13.6, h1_size=15.5, accent='#0b6e69',
                            accent2='#f0a830', table_head_bg='#0b6e69', grid='#9cbfbc', table_style='box',
                            table_size=8.6, h1_style='leftbar', align='left', header_left='ATLÂNTICO - COMMERCIAL ANNEX',
                            header_right='Document 2 of 2', footer_left='Atlântico Serviços Partilhados, Lda.',
                            footer_right='Annex p. {page}/{total}', footer_rule=True, margins=(62, 62, 70, 70)),
    'wayfarer': dict(pagesize='A4', font='Helvetica', bold='Helvetica-Bold', italic='Helvetica-Oblique',
                     head_font='Helvetica-Bold', body_size=11, leading=16.5, h1_size=20, h2_size=13, accent='#5b2a86',
                     accent2='#f2a541', h2_color='#b5651d', table_style='rules', table_size=9, h1_style='plain',
                     h1_space=6, cover_style='blocks', align='left', bullet='\u2013', callout_bg='#f7efe2',
                     callout_border='#f2a541', callout_font='Helvetica-Oblique', header_left='', header_right='',
                     header_rule=False, footer_left='wayfarerfinch.example  |  Travel people first.',
                     footer_right='{page}', margins=(68, 68, 60, 66), cover_title_size=30),
    'trellisant': dict(pagesize='A4', font='Helvetica', bold='Helvetica-Bold', italic='Helvetica-Oblique',
                       head_font='Helvetica-Bold', body_size=8.8, leading=11.6, h1_size=12.5, h2_size=10.2,
                       h3_size=9.2, accent='#0a2a4a', accent2='#3d8bd4', table_head_bg='#0a2a4a', zebra='#e8eef5',
                       table_style='zebra', table_size=8, h1_style='bar', cover_style='band', small_size=7.2,
                       header_left='Trellisant Global Services B.V.  |  TGS-EMEA-25-3318',
                       header_right='Commercial in confidence', footer_left='Valtura RFP VCT-PROC-2025-114',
                       footer_right='Page {page} of {total}', margins=(48, 48, 62, 56), space_after_p=5),
}

# Appendix C page 2 of Trellisant, drawn as a scanned image (no text layer)
SCAN_BLOCKS = [
    ('header', 'Trellisant Global Services B.V.  |  TGS-EMEA-25-3318', 'Commercial in confidence'),
    ('title', 'Appendix C - Service Level Agreement (continued)'),
    ('h', 'C.3 Service credit mechanics'),
    ('p', 'Service credits are calculated per stream for each measurement month and are applied as a deduction on the '
          'invoice for the month following the measurement month. The aggregate of service credits in any month shall not '
          'exceed twelve percent (12%) of the monthly charges for all streams.'),
    ('p', 'Where more than one service level is missed as a result of the same root cause, only the highest applicable '
          'credit is payable.'),
    ('h', 'C.4 Earn-back'),
    ('p', 'Where Trellisant meets or exceeds the target of the affected service level in each of the three (3) months '
          'following a failure, fifty percent (50%) of the credit for that failure is earned back and added to the next '
          'invoice.'),
    ('h', 'C.5 Surge volumes and Declared Disruption Events'),
    ('p', 'Volume above 115% of the confirmed monthly forecast, and all disruption-line contacts handled during a Declared '
          'Disruption Event, are charged at 1.4 times the applicable unit rate in Section 9.1.'),
    ('p', 'A Declared Disruption Event may be declared by either party where disruption-line arrivals in any two '
          'consecutive hours exceed 200% of the forecast for those hours, and ends when arrivals fall below 120% of '
          'forecast for four consecutive hours.'),
    ('table', [['Parameter', 'Value'],
               ['Forecast confirmation', 'Monthly forecast confirmed by Valtura 45 days in advance'],
               ['Surge threshold', '115% of confirmed monthly forecast (per stream)'],
               ['Multiplier', '1.4 x unit rate (Section 9.1)'],
               ['Service levels during event', 'Suspended for disruption line; reservations SLAs continue']],
     [1.4, 3]),
    ('h', 'C.6 Exclusions'),
    ('p', 'Service levels do not apply to contacts affected by failures of Valtura-provided systems (Genesys Cloud CX, '
          'Salesforce, GDS), by Force Majeure, or in the first full calendar month after any change of scope approved '
          'through change control.'),
    ('footer', 'Appendix C - page 2 of 2'),
]


def build_pdf(theme, src, out, title, author, images=None):
    r = Renderer(THEMES[theme], images=images or {})
    n = r.build(read(src), out, title=title, author=author)
    print('  %-48s %2d pages' % (os.path.relpath(out, ROOT), n))
    return n


def main():
    os.makedirs(os.path.join(ROOT, 'proposals', 'atlantico'), exist_ok=True)
    img_dir = os.path.join(HERE, '_img')
    os.makedirs(img_dir, exist_ok=True)
    scan_png = os.path.join(img_dir, 'trellisant_slac2.png')
    scan_text = make_scan_page_png(scan_png, SCAN_BLOCKS, seed=23, angle=0.55)

    print('Rendering PDFs')
    build_pdf('rfp', 'rfp.txt', os.path.join(ROOT, 'rfp.pdf'), 'RFP VCT-PROC-2025-114', 'Valtura Corporate Travel SE')
    build_pdf('sarvottam', 'sarvottam.txt', os.path.join(ROOT, 'proposals', 'sarvottam.pdf'),
              'Proposal - Valtura Corporate Travel SE', 'Sarvottam Global Services Private Limited')
    build_pdf('atlantico', 'atlantico_proposal.txt', os.path.join(ROOT, 'proposals', 'atlantico', 'proposal.pdf'),
              'Proposta ASP-2025-0419', 'Atlantico Servicos Partilhados')
    build_pdf('atlantico_annex', 'atlantico_annex.txt',
              os.path.join(ROOT, 'proposals', 'atlantico', 'commercial-annex.pdf'),
              'Commercial Annex ASP-2025-0419', 'Atlantico Servicos Partilhados')
    build_pdf('wayfarer', 'wayfarer.txt', os.path.join(ROOT, 'proposals', 'wayfarer-finch.pdf'),
              'Wayfarer & Finch - Proposal for Valtura', 'Wayfarer & Finch Ltd')
    build_pdf('trellisant', 'trellisant.txt', os.path.join(ROOT, 'proposals', 'trellisant.pdf'),
              'TGS-EMEA-25-3318', 'Trellisant Global Services B.V.', images={'slac2': scan_png})

    # text drawn into the image-only page, kept for label verification (check_labels.py reads this file)
    from pypdf import PdfReader
    pages = PdfReader(os.path.join(ROOT, 'proposals', 'trellisant.pdf')).pages
    img_pages = [i + 1 for i, p in enumerate(pages) if not (p.extract_text() or '').strip()]
    scanned = {'proposals/trellisant.pdf': {str(p): scan_text for p in img_pages}}
    with open(os.path.join(HERE, 'scanned_text.json'), 'w', encoding='utf-8') as fh:
        json.dump(scanned, fh, indent=1, ensure_ascii=False)

    print('Writing labels.json')
    make_labels.main(ROOT, expected_image_pages={'trellisant': img_pages})


if __name__ == '__main__':
    main()
