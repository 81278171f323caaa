#!/usr/bin/env python3
"""Rebuild the Yarran Creek utilities contact-centre set: rfp.pdf, proposals/*, labels.json.

Usage:  python gen/build.py     (from anywhere; needs reportlab, pypdf, pillow)
Content lives in gen/content/*.txt (markup described in ../../markup_render.py), label sources in gen/labels_src.py.
Pages of every label are FOUND by searching the pypdf text of each page (the build fails if a quote is not
found); quotes on the scanned page are found in the text drawn onto that image (gen/scanned_text.json).
"""
import os, sys, tempfile
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(ROOT))
from label_checks import write_build_labels
from markup_render import Renderer, make_ratecard_png

THEMES = {
    'rfp': dict(pagesize='A4', font='DVSerif', bold='DVSerif-Bold', italic='DVSerif-Italic', head_font='DVSansCond-Bold',
                accent='#1d4e89', accent2='#f2a541', table_head_bg='#1d4e89', zebra='#eef3fa', grid='#9db4d0',
                h1_style='leftbar', h1_size=13, h2_size=11, cover_style='side', table_size=8.6, align='left',
                body_size=9.6, leading=13.4, table_style='zebra', margins=(64, 64, 70, 64),
                header_left='Yarran Creek Energy and Water - Procurement', header_right='RFP YCEW-CC-2027-01',
                footer_left='Commercial in confidence', footer_right='{page} of {total}'),
    'quadrant': dict(pagesize='A4', font='DVSansCond', bold='DVSansCond-Bold', italic='DVSansCond-Oblique',
                     head_font='DVMono-Bold', accent='#222222', accent2='#00a6a6', table_head_bg='#dfe7e7',
                     table_head_fg='#111111', grid='#8a9a9a', h1_style='plain', h1_size=11.5, h2_size=10,
                     cover_style='minimal', cover_logo='QUADRANT//OPS', cover_title_size=20, cover_top=120,
                     table_style='grid', table_size=8.2, body_size=9.2, leading=12.4, align='left',
                     margins=(58, 58, 66, 60), header_left='QO-R-2611-07 Rev B', header_right='YCEW-CC-2027-01 | Quadrant Ops',
                     header_rule=True, footer_left='Quadrant Ops Pty Ltd - Released', footer_right='p. {page}/{total}',
                     bullet='\u2022', space_after_p=4),
    'brightwater': dict(font='Helvetica', bold='Helvetica-Bold', italic='Helvetica-Oblique', head_font='Helvetica-Bold',
                        accent='#e4572e', accent2='#29335c', table_head_bg='#29335c', zebra='#fdf0ec', grid='#f3a712',
                        h1_style='bar', h1_size=14, h2_size=12, h2_color='#e4572e', cover_style='full',
                        cover_title_size=26, table_style='zebra', table_size=8.8, body_size=10.2, leading=14.2,
                        align='left', margins=(66, 66, 72, 64), page_offset=1,
                        header_left='BRIGHTWATER CX', header_right='Made for Yarran Creek Energy and Water',
                        header_rule=False, footer_left='brightwatercx.example.com', footer_center='',
                        footer_right='{printed}', footer_rule=True, bullet='\u2605', callout_bg='#fdf0ec',
                        callout_border='#e4572e', callout_font='Helvetica-Oblique'),
    'ilemaurice': dict(font='DVSerif', bold='DVSerif-Bold', italic='DVSerif-Italic', head_font='DVSerif-Bold',
                       accent='#0b6e4f', accent2='#c9a227', table_head_bg='#0b6e4f', table_head_fg='#ffffff',
                       grid='#86b3a1', h1_style='boxed', h1_bg='#eef6f1', h1_size=12, h2_size=10.5,
                       cover_style='split', cover_logo='ILE MAURICE CONTACT SERVICES', cover_title_size=21,
                       cover_top=80, table_style='ledger', table_size=8.4, body_size=9.4, leading=13.2, align='justify',
                       pagesize='A4', margins=(60, 60, 70, 62), header_left='Ile Maurice Contact Services Ltee',
                       header_right='Technical offer - Yarran Creek Energy and Water', footer_left='Ebene, Mauritius',
                       footer_right='page {page}', header_rule=True, bullet='\u2013'),
    'ilemaurice_price': dict(font='DVSansCond', bold='DVSansCond-Bold', italic='DVSansCond-Oblique',
                             head_font='DVSansCond-Bold', accent='#0b6e4f', accent2='#c9a227', table_head_bg='#c9a227',
                             table_head_fg='#111111', grid='#86b3a1', h1_style='rule', h1_size=12, cover_style='blocks',
                             cover_title_size=21, cover_top=120, table_style='box', table_size=8.6, body_size=9.4,
                             leading=13, align='left', pagesize='A4', margins=(60, 60, 70, 62),
                             header_left='IMCS - Commercial offer (annex financiere)', header_right='Ref. IMCS/YCEW/26-114',
                             footer_left='Document 2/2 - Pricing schedule', footer_right='{page}/{total}', bullet='-'),
    'halloran': dict(font='Times-Roman', bold='Times-Bold', italic='Times-Italic', head_font='Times-Bold',
                     accent='#3b2f2f', accent2='#8c7b6b', table_head_bg='#efe9e1', table_head_fg='#3b2f2f',
                     grid='#8c7b6b', h1_style='plain', h1_upper=True, h1_size=11.5, h2_size=10.8, h2_color='#3b2f2f',
                     cover_style='frame', cover_title_size=20, table_style='rules', table_size=9.2,
                     body_size=10.6, leading=14, align='justify', margins=(78, 78, 74, 70), space_after_p=5,
                     header_left='Halloran Whitcombe Customer Solutions Limited', header_right='Offer Document HW/YCEW/0412',
                     header_rule=False, footer_left='Subject to contract', footer_center='- {page} -',
                     footer_right='', bullet='(a)'),
}

DOCS = [
    ('rfp.txt', 'rfp.pdf', 'rfp', {}, 'RFP YCEW-CC-2027-01', 'Yarran Creek Energy and Water Pty Ltd'),
    ('quadrant.txt', 'proposals/quadrant-ops.pdf', 'quadrant', {}, 'QO-R-2611-07 Rev B', 'Quadrant Ops Pty Ltd'),
    ('brightwater.txt', 'proposals/brightwater-cx.pdf', 'brightwater', {'seasonal': 'bw_seasonal'},
     'Brightwater CX - Proposal for Yarran Creek Energy and Water', 'Brightwater CX Group'),
    ('ilemaurice_proposal.txt', 'proposals/ile-maurice-contact/proposal.pdf', 'ilemaurice', {},
     'Offre technique - Yarran Creek Energy and Water', 'Ile Maurice Contact Services Ltee'),
    ('ilemaurice_pricing.txt', 'proposals/ile-maurice-contact/pricing-schedule.pdf', 'ilemaurice_price', {},
     'Pricing schedule - Yarran Creek Energy and Water', 'Ile Maurice Contact Services Ltee'),
    ('halloran.txt', 'proposals/halloran-whitcombe.pdf', 'halloran', {}, 'Offer Document HW/YCEW/0412',
     'Halloran Whitcombe Customer Solutions Limited'),
]
ONLY = [a for a in sys.argv[1:] if not a.startswith('--')]

from scan_page import BW_SEASONAL


def build_pdfs(tmp):
    images, scanned = {}, {}
    p = os.path.join(tmp, 'bw_seasonal.png')
    scanned['bw_seasonal'] = make_ratecard_png(p, seed=23, **BW_SEASONAL)
    images['bw_seasonal'] = p
    for src, out, theme, slots, title, author in DOCS:
        if ONLY and not any(o in src for o in ONLY):
            continue
        text = open(os.path.join(HERE, 'content', src), encoding='utf-8').read()
        path = os.path.join(ROOT, out)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        r = Renderer(THEMES[theme], images={slot: images[key] for slot, key in slots.items()})
        n = r.build(text, path, title=title, author=author)
        print('  %-48s %2d pages' % (out, n))
    return scanned


def make_labels(scanned):
    import labels_src
    write_build_labels(ROOT, labels_src.SCENARIO, labels_src.VENDORS, scanned,
                       scan=('proposals/brightwater-cx.pdf', 'brightwater-cx', 'bw_seasonal'))

if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as tmp:
        sc = build_pdfs(tmp)
        if '--pdf-only' not in sys.argv:
            make_labels(sc)
