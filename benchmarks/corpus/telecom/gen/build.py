#!/usr/bin/env python3
"""Rebuild the telecom set: RFP, three vendors' PDFs, the scanned appendix and labels.json.

usage: python gen/build.py        (from the set folder, or anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(ROOT))

from theme_render import Renderer  # noqa: E402
import scan  # noqa: E402
import scan_content as sc  # noqa: E402
import make_labels  # noqa: E402


def src(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as fh:
        return fh.read()


RFP_THEME = dict(pagesize='letter', font='Times-Roman', bold='Times-Bold', italic='Times-Italic',
                 head_font='Times-Bold', body_size=10.5, leading=14, accent='#2d4a22', accent2='#7b9a6a',
                 table_head_bg='#2d4a22', zebra='#eef3ea', grid='#8a9a80', h1_style='rule', cover_style='frame',
                 header_left='Larkspur Wireless Inc. - LW-RFP-2025-031', header_right='Confidential',
                 footer_center='- {page} -', footer_right='', page_offset=0, align='justify')

STRATACORE_THEME = dict(pagesize='letter', font='DejaVuSans', bold='DejaVuSans-Bold',
                        italic='DejaVuSans-Oblique', head_font='DejaVuSans-Bold', body_size=9.2, leading=13.2,
                        h1_size=15, accent='#0b2540', accent2='#e07a1f', text='#1b1b1b', muted='#5c6670',
                        table_head_bg='#0b2540', zebra='#f1f3f6', grid='#b5bec8', table_style='rules',
                        table_size=8.2, h1_style='leftbar', cover_style='band', align='left', margins=(70, 66, 76, 70),
                        header_left='STRATACORE PARTNERS', header_right='Larkspur Wireless | LW-RFP-2025-031',
                        footer_left='Stratacore confidential and proprietary', footer_right='{page}',
                        deco_font='DejaVuSans', deco_size=7.2, page_offset=1, callout_bg='#fdf1e6',
                        callout_border='#e07a1f', callout_font='DejaVuSans-Bold', small_size=7.4)

KALINAW_THEME = dict(pagesize='A4', font='Helvetica', bold='Helvetica-Bold', italic='Helvetica-Oblique',
                     head_font='Helvetica-Bold', body_size=10.2, leading=14.6, h1_size=17, accent='#0f7c7a',
                     accent2='#f28c6b', text='#2a2a2a', muted='#707070', table_head_bg='#0f7c7a', zebra='#e8f5f4',
                     grid='#a9cfcd', table_style='zebra', h1_style='plain', cover_style='side', align='left',
                     header_left='', header_right='Kalinaw CX  |  for Larkspur Wireless', header_rule=False,
                     footer_center='page {page} of {total}', footer_right='', footer_rule=True, side_band=6,
                     space_after_p=7, margins=(66, 66, 70, 66))

KALINAW_SIDE_THEME = dict(KALINAW_THEME, cover_style='minimal', footer_center='{page}',
                          header_right='Kalinaw CX Services, Inc.', side_band=0, body_size=9.6, leading=13.4,
                          h1_size=15)

DACORIA_THEME = dict(pagesize='A4', font='DejaVuSansCondensed', bold='DejaVuSansCondensed-Bold',
                     italic='DejaVuSansCondensed-Oblique', head_font='DejaVuSansCondensed-Bold', body_size=9,
                     leading=12, h1_size=12.5, h1_upper=True, accent='#3a3a3a', accent2='#9a1b1b', text='#111111',
                     muted='#444444', table_head_bg='#d9d9d9', table_head_fg='#111111', grid='#6d6d6d',
                     table_style='grid', table_size=8.4, h1_style='bar', cover_style='minimal', align='left',
                     cover_logo='DACORIA', header_left='Dacoria Nearshore S.R.L. - Offer DN-2025-0417',
                     header_right='Client: Larkspur Wireless Inc.', footer_left='Rev. 1', footer_right='Pag. {page}/{total}',
                     deco_font='DejaVuSansCondensed', space_after_p=4, margins=(56, 56, 62, 58), small_size=8.2,
                     bullet='-')


def main():
    os.makedirs(os.path.join(ROOT, 'proposals', 'kalinaw-cx'), exist_ok=True)
    out = {}
    out['rfp'] = Renderer(RFP_THEME).build(src('rfp.txt'), os.path.join(ROOT, 'rfp.pdf'),
                                           title='LW-RFP-2025-031', author='Larkspur Wireless Inc.')
    out['stratacore'] = Renderer(STRATACORE_THEME).build(
        src('stratacore.txt'), os.path.join(ROOT, 'proposals', 'stratacore.pdf'),
        title='Stratacore - Billing Operations, Re-engineered', author='Stratacore Partners, LLC')
    kd = os.path.join(ROOT, 'proposals', 'kalinaw-cx')
    out['kalinaw/proposal'] = Renderer(KALINAW_THEME).build(src('kalinaw_proposal.txt'),
                                                            os.path.join(kd, 'proposal.pdf'),
                                                            title='Kalinaw CX proposal', author='Kalinaw CX')
    out['kalinaw/rate-card'] = Renderer(KALINAW_SIDE_THEME).build(src('kalinaw_ratecard.txt'),
                                                                  os.path.join(kd, 'rate-card.pdf'),
                                                                  title='Kalinaw CX rate card', author='Kalinaw CX')
    out['kalinaw/terms'] = Renderer(KALINAW_SIDE_THEME).build(src('kalinaw_terms.txt'), os.path.join(kd, 'terms.pdf'),
                                                              title='Kalinaw CX commercial terms',
                                                              author='Kalinaw CX')
    scan_path = os.path.join(HERE, '_appc_scan.jpg')
    scan.make_addendum(scan_path, sc.HEADER, sc.TITLE, sc.CLAUSES, sc.SIGNER, sc.SIGNER_TITLE, sc.STAMP)
    out['dacoria'] = Renderer(DACORIA_THEME, images={'appc': scan_path}).build(
        src('dacoria.txt'), os.path.join(ROOT, 'proposals', 'dacoria.pdf'),
        title='Offer DN-2025-0417', author='Dacoria Nearshore S.R.L.')
    os.remove(scan_path)
    for k, v in out.items():
        print('%-20s %d pages' % (k, v))
    make_labels.main(ROOT)


if __name__ == '__main__':
    main()
