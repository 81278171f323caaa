#!/usr/bin/env python3
"""Rebuild the Tamarack IT service desk set: rfp.pdf, proposals/*, labels.json.

Usage:  python gen/build.py     (from anywhere; needs reportlab, pypdf, pillow)
Content lives in gen/content/*.txt (markup described in ../../markup_render.py), label sources in gen/labels_src.py.
Pages of every label are FOUND by searching the pypdf text of each page (the build fails if a quote is not
found); quotes on the scanned rate-card page are found in the text drawn onto that image (gen/scanned_text.json).
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
    'rfp': dict(font='Times-Roman', bold='Times-Bold', italic='Times-Italic', head_font='Helvetica-Bold',
                accent='#2f4f3a', accent2='#a3b18a', table_head_bg='#2f4f3a', zebra='#f0f3ec', grid='#a9b5a0',
                h1_style='rule', h1_size=14, h2_size=11.5, cover_style='frame', table_size=8.8, align='justify',
                body_size=10.4, leading=13.8, table_style='zebra',
                header_left='Tamarack Regional Health Network - Information Services', header_right='RFP TRHN-ITSD-2026-03',
                footer_left='Confidential - invited respondents only', footer_right='Page {page} of {total}'),
    'orionis': dict(font='Helvetica', bold='Helvetica-Bold', italic='Helvetica-Oblique', head_font='Helvetica-Bold',
                    accent='#005f73', accent2='#94d2bd', table_head_bg='#005f73', zebra='#e9f5f3', grid='#9fc9c2',
                    h1_style='bar', h1_size=13.5, h2_size=11.5, h2_color='#0a9396', cover_style='band',
                    cover_title_size=23, table_style='zebra', table_size=8.4, body_size=9.8, leading=13.2,
                    align='left', page_offset=1, margins=(64, 64, 70, 62),
                    header_left='Orionis Global Technology Services, Inc.', header_right='CareDesk 360 | Tamarack Regional Health Network',
                    footer_left='Orionis confidential', footer_center='', footer_right='{printed}',
                    footer_rule=True, bullet='\u25aa', callout_bg='#e9f5f3', callout_border='#0a9396'),
    'cordillera': dict(pagesize='A4', font='DVSansCond', bold='DVSansCond-Bold', italic='DVSansCond-Oblique',
                       head_font='DVSansCond-Bold', accent='#8c2f39', accent2='#e0a458', table_head_bg='#f6e7d8',
                       table_head_fg='#8c2f39', grid='#c9a98f', h1_style='boxed', h1_bg='#fbf3ea', h1_size=12.5,
                       h2_size=11, cover_style='split', cover_logo='CORDILLERA IT SERVICES', cover_title_size=22,
                       cover_top=70, table_style='ledger', table_size=8.6, body_size=9.6, leading=13.4, align='justify',
                       margins=(62, 62, 72, 64), header_left='Cordillera IT Services', header_right='Technical Proposal - Tamarack Regional Health Network',
                       footer_left='Grupo Cordillera Servicios de TI, S.A. de C.V.', footer_right='Page {page} / {total}',
                       header_rule=True, bullet='\u2013'),
    'cordillera_price': dict(pagesize='A4', font='DVSansCond', bold='DVSansCond-Bold', italic='DVSansCond-Oblique',
                             head_font='DVSansCond-Bold', accent='#8c2f39', accent2='#e0a458', table_head_bg='#8c2f39',
                             table_head_fg='#ffffff', grid='#c9a98f', h1_style='leftbar', h1_size=12.5, cover_style='minimal',
                             cover_logo='CORDILLERA', cover_title_size=22, cover_top=150, table_style='grid',
                             table_size=8.8, body_size=9.6, leading=13.4, align='left', margins=(62, 62, 72, 64),
                             header_left='Cordillera IT Services - Pricing Schedule', header_right='RFP TRHN-ITSD-2026-03',
                             footer_left='Document 2 of 2', footer_right='{page}', bullet='\u2013'),
    'voss': dict(font='Helvetica', bold='Helvetica-Bold', italic='Helvetica-Oblique', head_font='DVMono-Bold',
                 accent='#2d3142', accent2='#ef8354', table_head_bg='#2d3142', zebra='#f4f4f6', grid='#bfc0c0',
                 h1_style='plain', h1_size=13, h2_size=10.5, h2_color='#ef8354', cover_style='stripe',
                 cover_logo='vossdesk.example', cover_title_size=28, cover_top=160, table_style='minimal',
                 table_size=9, body_size=10, leading=13.6, align='left', margins=(78, 78, 72, 66),
                 header_left='VOSS DESK PARTNERS', header_right='Tamarack RFP TRHN-ITSD-2026-03',
                 header_rule=False, footer_left='', footer_center='{page}/{total}', footer_right='',
                 bullet='-'),
    'harrowgate': dict(font='Times-Roman', bold='Times-Bold', italic='Times-Italic', head_font='Times-Bold',
                       accent='#1b1b1b', accent2='#7d7d7d', table_head_bg='#e4e4e4', table_head_fg='#1b1b1b',
                       grid='#7d7d7d', h1_style='plain', h1_upper=True, h1_size=11.5, h2_size=11,
                       cover_style='frame', cover_title_size=21, table_style='grid', table_size=9.4,
                       body_size=10.8, leading=14.2, align='justify', margins=(80, 80, 76, 70), space_after_p=5,
                       header_left='Harrowgate Technical Services Corporation', header_right='Proposal No. HTS-2026-0219',
                       header_rule=True, footer_left='Confidential and proprietary', footer_right='Page {page} of {total}',
                       footer_rule=False, bullet='\u2022'),
}

# (content file, output path, theme, {image slot: image key}, title, author)
DOCS = [
    ('rfp.txt', 'rfp.pdf', 'rfp', {}, 'RFP TRHN-ITSD-2026-03', 'Tamarack Regional Health Network'),
    ('orionis.txt', 'proposals/orionis-global.pdf', 'orionis', {}, 'CareDesk 360 - Proposal to Tamarack Regional Health Network',
     'Orionis Global Technology Services, Inc.'),
    ('cordillera_proposal.txt', 'proposals/cordillera-it/proposal.pdf', 'cordillera', {},
     'Technical Proposal - Bilingual Service Desk 24x7', 'Grupo Cordillera Servicios de TI'),
    ('cordillera_pricing.txt', 'proposals/cordillera-it/pricing-schedule.pdf', 'cordillera_price', {},
     'Pricing Schedule - Bilingual Service Desk 24x7', 'Grupo Cordillera Servicios de TI'),
    ('voss.txt', 'proposals/voss-desk.pdf', 'voss', {'ratecard': 'voss_ratecard'}, 'Voss Desk Partners - Proposal',
     'Voss Desk Partners LLC'),
    ('harrowgate.txt', 'proposals/harrowgate.pdf', 'harrowgate', {}, 'Proposal HTS-2026-0219', 'Harrowgate Technical Services Corporation'),
]

# The Voss rate card is a signed, scanned page: image only, no text layer.
VOSS_RATECARD = dict(
    head='VOSS DESK PARTNERS',
    subhead=['Voss Desk Partners LLC, Tucson AZ  |  Voss Desk Partners Europa S.L., Valencia (ES)',
             'Rate card for Tamarack Regional Health Network - RFP TRHN-ITSD-2026-03 - Feb 17, 2026'],
    title='6. Rate Card',
    cols=[('Item', 0.0), ('Unit', 0.52), ('Rate', 0.76)],
    rows=[('Service desk ticket, 6 am - 10 pm Pacific (Tucson team)', 'per ticket', 'USD 18.75'),
          ('Service desk ticket, 10 pm - 6 am Pacific (Valencia team)', 'per ticket', 'EUR 16.20'),
          ('Device triage add-on (any channel)', 'per device ticket', 'USD 6.00'),
          ('Onboarding (one-time)', 'once', 'EUR 9,800'),
          ('HelpLoom knowledge tool seats', 'per agent per month', 'EUR 6.00'),
          ('Estimate at 14,000 tickets/month (11,200 day, 2,800 night, 1,680 device)', 'per month',
           'USD 220,080 + EUR 45,360')],
    notes=['1. Onboarding is a one-time charge of EUR 9,800, invoiced by Voss Desk Partners Europa S.L. at signature.',
           '2. Ticket rates go up 40% on US federal holidays and on the nights of Dec 24 and Dec 31.',
           '3. HelpLoom knowledge tool seats are passed through to Tamarack at cost, EUR 6.00 per agent per month.',
           '4. Valencia-team tickets and all EUR items are converted as set out on page 7.'],
    stamp='SIGNED - I. VOSS',
)


def build_pdfs(tmp):
    images, scanned = {}, {}
    p = os.path.join(tmp, 'voss_ratecard.png')
    scanned['voss_ratecard'] = make_ratecard_png(p, seed=11, **VOSS_RATECARD)
    images['voss_ratecard'] = p
    for src, out, theme, slots, title, author in DOCS:
        text = open(os.path.join(HERE, 'content', src), encoding='utf-8').read()
        path = os.path.join(ROOT, out)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        r = Renderer(THEMES[theme], images={slot: images[key] for slot, key in slots.items()})
        n = r.build(text, path, title=title, author=author)
        print('  %-44s %2d pages' % (out, n))
    return scanned


def make_labels(scanned):
    import labels_src
    write_build_labels(ROOT, labels_src.SCENARIO, labels_src.VENDORS, scanned,
                       scan=('proposals/voss-desk.pdf', 'voss-desk', 'voss_ratecard'))

if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as tmp:
        sc = build_pdfs(tmp)
        if '--pdf-only' not in sys.argv:
            make_labels(sc)
