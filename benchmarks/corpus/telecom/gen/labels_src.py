"""Ground truth for the telecom set. Pages are NOT typed here: make_labels.py finds every quote in the PDFs.
`file` = basename of a vendor's secondary PDF holding the quote; `scan=True` = quote is on the scanned page."""

SCENARIO = ("Larkspur Wireless Inc., a Canadian mobile network operator (Montréal; 2.4 million subscribers), outsources "
            "its billing back office and inbound billing enquiries: billing enquiries (voice, chat, web messages), "
            "billing-dispute resolution, early-stage collections (1-60 days past due) and fraud holds; about 35,000 "
            "cases per month; English and Canadian French; Monday-Saturday 07:00-23:00 Eastern with fraud holds "
            "24/7/365; term thirty-six (36) months with an optional 12-month extension; pricing preferred in CAD "
            "(one vendor quotes in USD).")


def M(quote, why, **kw):
    return dict(status='met', quote=quote, why=why, **kw)


def P(quote, why, **kw):
    return dict(status='partial', quote=quote, why=why, **kw)


def X(why):
    return dict(status='missing', why=why)


def F(quote, amount, why, **kw):
    return dict(status='present', quote=quote, amount=amount, why=why, **kw)


def W(quote, why, **kw):
    return dict(status='waived', quote=quote, amount='none', why=why, **kw)


def A(why):
    return dict(status='absent', amount='', why=why)


VENDORS = {}

# ------------------------------------------------------------------ Stratacore (US, consulting voice, FTE, USD)
VENDORS['stratacore'] = dict(
    name='Stratacore Partners, LLC',
    file='proposals/stratacore.pdf',
    criteria=dict(
        industry_experience=M(
            "Stratacore has operated billing and collections programs for wireless carriers since 2013. Today we run "
            "1,150 seats of telecom billing operations across four programs.",
            "Twelve years with wireless carriers, a table of four described comparable telecom billing programs with "
            "FTE and start years, and a bilingual Canadian program with results."),
        scalability=M(
            "Stratacore will reach full production staffing of 104 FTE within nine (9) weeks of contract signature, "
            "drawing first on a standing bench of 60 bilingual agents already certified on telecom billing in Moncton.",
            "Ramp time, bench size, monthly hiring capacity, +20% surge on 10 business days' notice and a second "
            "site (Fredericton)."),
        training_onboarding=P(
            "New agents complete a four-week onboarding program built with Larkspur's training team around "
            "Larkspur's products, billing cycle, Wireless Code obligations and systems.",
            "Initial duration and broad topics only; no nesting, certification threshold or ongoing training hours "
            "(monthly 'development conversation' is not training)."),
        quality_assurance=P(
            "Our quality approach follows COPC principles and is calibrated to Larkspur's expectations.",
            "Framework name and 'StrataLens' analytics fluff; no sampling rate, scorecard detail, calibration cadence "
            "or consequences (only a quality-score SLA row)."),
        compliance_security=M(
            "PCI DSS v4.0, Level 1 Service Provider Payment-arrangement processes, Moncton and Fredericton "
            "Attestation of Compliance dated 14 November 2024",
            "SOC 2 Type II with period and sites, PCI DSS AoC with date and scope, ISO 27001 certificate number; "
            "Canada-only data, Law 25 PIA support, 24h incident notice."),
        reporting_transparency=M(
            "Larkspur will receive a daily operations flash by 09:00 ET (volumes, service level by interval, backlog "
            "ageing, fraud-hold turnaround), a weekly performance pack every Tuesday",
            "Daily/weekly/monthly cadence with KPI content and a Power BI workspace refreshed every 30 minutes."),
        communication_governance=M(
            "Dana Whitcombe, Engagement Partner, is accountable to Larkspur for the whole engagement; Marc-André "
            "Cormier, Program Director in Moncton, runs the operation day to day.",
            "Named leads, daily/weekly/monthly/quarterly forum table and a three-level escalation path with "
            "response times."),
        technology_infrastructure=P(
            "We will work in Larkspur's Amdocs, Salesforce and Genesys environment under Larkspur's policies",
            "Names the buyer's platforms only; no business continuity, DR, RTO, redundancy or uptime commitment."),
        service_levels=M(
            "Service credits are calculated monthly and capped at twelve percent (12%) of the monthly Service "
            "Charges; credits are applied as a deduction on the next invoice.",
            "SLA table with numeric targets and a credit column (0.5%-3.0% per SLA), 12% cap."),
        coverage_availability=P(
            "Between 23:00 and 07:00 and on Sundays, fraud-hold verifications are handled by an on-call bilingual "
            "supervisor who responds to each alert within thirty (30) minutes.",
            "Mon-Sat 07:00-23:00 EN/FR staffed, but the 24/7 fraud-hold queue is covered overnight and on Sundays "
            "only by an on-call supervisor."),
        references_track_record=X(
            "No client references, contacts or reference calls; no retention/attrition/tenure figures."),
        pricing_clarity=P(
            "The staffing model of 104 FTE is our current view and will be validated jointly with Larkspur in the "
            "first sixty days; monthly charges follow the validated model.",
            "Rate card with units, but total depends on a staffing model to be validated later, plus USD pricing "
            "with conversion margin and a % governance line; total cost not firm."),
    ),
    fees=dict(
        setup_fee=F(
            "Transition and Stand-Up covers discovery, process design, recruiting and initial onboarding of the "
            "launch team and is invoiced 40% at contract signature and 60% at service commencement.",
            "USD 212,600 one-time", "One-time transition charge in the rate table, footnote (1)."),
        training_fee=F(
            "Stratacore absorbs the cost of certifying replacement agents up to an annualized attrition of 30%; "
            "replacements above that level are certified at our standard curriculum rate of USD 2,380 per agent.",
            "USD 2,380 per replacement agent above 30% attrition",
            "Replacement-staff certification billed at a curriculum rate beyond an attrition threshold (commercial "
            "notes)."),
        minimum_commitment=F(
            "Billing floor: monthly Service Charges are calculated on not less than eighty-eight (88) production FTE, "
            "irrespective of actual contact and case volumes.",
            "floor of 88 production FTE per month", "Billing floor in rate-table footnote (3)."),
        price_escalation=F(
            "Rates adjust on each anniversary by the greater of 3.5% or the 12-month change in Statistics Canada's "
            "all-items CPI as published for the second month after the anniversary",
            "greater of 3.5% or CPI, yearly, retroactive",
            "Footnote (4): annual indexation from a later month with a 3.5% floor, applied retroactively."),
        premium_hours=W(
            "The blended FTE rate already covers evening, Saturday and statutory-holiday shifts; Stratacore will not "
            "apply shift differentials or holiday premiums.",
            "Footnote (5) expressly excludes shift differentials and holiday premiums."),
        technology_passthrough=A(
            "No technology, licence or telephony charges; the assumption that Larkspur provides its own licences is "
            "not a charge by the vendor."),
        termination_fee=F(
            "Should Larkspur terminate for convenience before the end of month twenty-four (24), Larkspur will pay "
            "the unrecovered balance of Transition costs and a wind-down payment equal to two (2) months of average "
            "Service Charges.",
            "unrecovered transition costs + 2 months of average charges if before month 24",
            "Contract clause 13.3."),
        change_request_fee=A("Change requests / change control are not mentioned."),
        travel_expenses=W(
            "Stratacore personnel travel to Larkspur's Montréal offices for governance meetings and site visits at "
            "Stratacore's own expense throughout the initial term.",
            "Commercial notes: travel at the vendor's own expense."),
        currency_adjustment=F(
            "If Larkspur elects CAD invoicing, amounts are converted at the Bank of Canada daily exchange rate on the "
            "invoice date plus a conversion margin of 1.75%.",
            "USD pricing; CAD invoices at Bank of Canada rate + 1.75% margin",
            "Prices in USD move with the exchange rate for a CAD buyer, plus a conversion margin."),
        reporting_fee=W(
            "Standard reports, ad hoc analyses and the Power BI workspace are produced by our embedded analytics "
            "lead, and Stratacore does not invoice report builds separately.",
            "Reporting and dashboards not separately invoiced."),
        management_fee=F(
            "Governance, engagement leadership and workforce planning are delivered by Stratacore's "
            "Program Governance Office, charged at 6.5% of the monthly Service Charges and shown as a separate line "
            "on each invoice.",
            "6.5% of monthly Service Charges", "Governance percentage uplift on every invoice (commercial notes)."),
        auto_renewal=A("No renewal mechanism beyond Larkspur's optional extension."),
        nonbinding_pricing=W(
            "Pricing is binding and will not be re-quoted after due diligence; this proposal remains valid for one "
            "hundred twenty (120) days from submission.",
            "Decoy: the vendor states its pricing is binding. (The 104-FTE model to be validated affects total "
            "cost, scored under pricing_clarity, not the rates.)"),
        data_storage_fee=A("Recording or data retention charges are not mentioned."),
    ),
    rates=[
        dict(item='Bilingual billing and dispute specialist (EN/FR)', amount=5960, currency='USD', unit='FTE-month'),
        dict(item='English billing and collections specialist', amount=5340, currency='USD', unit='FTE-month'),
        dict(item='Team lead', amount=7450, currency='USD', unit='FTE-month'),
        dict(item='Quality and training specialist', amount=6900, currency='USD', unit='FTE-month'),
        dict(item='Transition and Stand-Up', amount=212600, currency='USD', unit='one-time'),
        dict(item='Program Governance Office (share of monthly Service Charges)', amount=6.5, currency='USD',
             unit='percent of invoice'),
        dict(item='Replacement agent certification above 30% attrition', amount=2380, currency='USD', unit='agent'),
    ],
)

# ------------------------------------------------------------------ Kalinaw CX (Philippines, warm, per case, 3 files)
VENDORS['kalinaw-cx'] = dict(
    name='Kalinaw CX Services, Inc.',
    file='proposals/kalinaw-cx/proposal.pdf',
    files=['proposals/kalinaw-cx/proposal.pdf', 'proposals/kalinaw-cx/rate-card.pdf',
           'proposals/kalinaw-cx/terms.pdf'],
    criteria=dict(
        industry_experience=P(
            "Most of our billing-care experience comes from electricity, water and gas utilities, where we have "
            "handled bill enquiries, payment plans and hardship programs for more than a decade",
            "Billing-care experience is in utilities; telecom is 'a newer chapter' - experience in another industry."),
        scalability=M(
            "We can have your full team of 118 teammates live within forty-five (45) days of signing.",
            "45-day ramp, 140-person bench, ~120 hires/month, +25% surge on two weeks' notice, Davao site with 260 "
            "open seats."),
        training_onboarding=M(
            "Every new teammate gets fifteen (15) days of classroom training on Larkspur's bills, plans, the CRTC "
            "Wireless Code and your systems, then ten (10) days of nesting with a buddy coach",
            "Duration and content, nesting, 85% certification, 6 hours/month refresher."),
        quality_assurance=M(
            "Our quality coaches review five (5) interactions per teammate every week using a scorecard we build "
            "together with you, and we calibrate with your quality team every two weeks.",
            "Sampling rate, joint scorecard, biweekly calibration, coaching plan under 80% and removal after 30 days."),
        compliance_security=P(
            "Kalinaw is PCI DSS compliant for card-payment handling, and our ISO/IEC 27001 certification is in "
            "progress, with the Stage 2 audit planned for the third quarter of 2025.",
            "PCI DSS claimed without AoC/scope; ISO 27001 not yet certified; no SOC 2."),
        reporting_transparency=X("No reports, dashboards, KPI packs or data access described in any of the files."),
        communication_governance=M(
            "Your Account Director will be Maricel Dela Cruz-Ong, who has led Kalinaw's largest utilities account for "
            "six years.",
            "Named account director and leads, weekly/monthly/quarterly cadence, four-step escalation with times."),
        technology_infrastructure=X(
            "No platforms, integration, business continuity, DR or uptime described (only 'the tools they need')."),
        service_levels=P(
            "On service credits, we'd rather agree a fair approach together during contracting than put a number on "
            "it today",
            "Numeric SLA targets without any service credits."),
        coverage_availability=P(
            "French-speaking teammates from our partner site in Port Louis, Mauritius cover Monday to Friday "
            "08:00-20:00 Eastern; on Saturdays and weekday evenings French callers can leave a callback request",
            "English covered Mon-Sat 07-23 and fraud 24/7, but French only weekdays 08-20 and fraud overnight in "
            "English only."),
        references_track_record=M(
            "Bernadette Lim, VP Customer Operations, Visayas Power & Light - bernadette.lim@vispower.example.ph, "
            "+63 32 555 0147 (client since 2013).",
            "Three named references with e-mail and phone; average client tenure 8.5 years, 24% attrition."),
        pricing_clarity=P(
            "You'll find the full rate card in the separate rate-card file; final rates will be locked in together "
            "with you once discovery is done.",
            "Complete per-case rate card with units, but rates are indicative pending discovery, and several "
            "extra charges (pass-through at cost plus 8%) carry no amounts."),
    ),
    fees=dict(
        setup_fee=W(
            "We won't charge you anything for transition - the discovery, recruitment and set-up work is our "
            "investment in the partnership.",
            "Transition explicitly free (proposal, pricing at a glance)."),
        training_fee=F(
            "Training for your launch class is on us. Replacement teammates hired after the first ninety (90) days of "
            "production are trained at CAD 1,450 per teammate.",
            "CAD 1,450 per replacement teammate after day 90",
            "Lapsing waiver: free launch training, replacement training charged (rate card note c).",
            file='rate-card.pdf'),
        minimum_commitment=F(
            "Each month we invoice the actual resolved cases or eighty-five percent (85%) of the forecast volume "
            "agreed for that month, whichever is greater.",
            "85% of forecast volume", "Take-or-pay floor in rate card note a.", file='rate-card.pdf'),
        price_escalation=F(
            "On each anniversary of the go-live date, the per-case rates will be adjusted by the year-on-year change "
            "in the Philippine Consumer Price Index",
            "annual, Philippine CPI (January)", "Terms 2.3.", file='terms.pdf'),
        premium_hours=F(
            "Cases opened between 20 December and 10 January carry a seasonal uplift of twelve percent (12%), and "
            "fraud-hold cases handled between 23:00 and 07:00 Eastern are billed at 1.35 times the standard rate.",
            "+12% holiday season; overnight fraud holds x1.35", "Rate card note b.", file='rate-card.pdf'),
        technology_passthrough=F(
            "Text-message reminders, e-signature envelopes for payment arrangements and any third-party "
            "address-verification lookups are re-billed at cost plus eight percent (8%).",
            "third-party tools at cost + 8%", "Terms 2.4.", file='terms.pdf'),
        termination_fee=W(
            "Larkspur may end this Agreement for convenience on ninety (90) days' written notice, and no "
            "early-termination charge, wind-down payment or similar amount will be owed.",
            "Terms 3.2 explicitly excludes any termination charge.", file='terms.pdf'),
        change_request_fee=F(
            "Workflow, script or knowledge-base changes you request after go-live are handled by our process "
            "excellence team at CAD 95 per hour, billed in quarter-hour increments.",
            "CAD 95 per hour", "Rate card note d.", file='rate-card.pdf'),
        travel_expenses=A("Travel and expenses are not mentioned."),
        currency_adjustment=W(
            "All rates are quoted and invoiced in Canadian dollars, and Kalinaw carries the peso exchange risk - the "
            "rates will not move if the CAD/PHP rate does.",
            "Terms 2.2 explicitly excludes FX movement.", file='terms.pdf'),
        reporting_fee=A("Reporting is not mentioned at all."),
        management_fee=W(
            "Maricel's account team is built into our per-case rates - you won't see a separate management line on "
            "any invoice.",
            "Account management included in the per-case rates."),
        auto_renewal=A("Term 1.1 gives a Larkspur option to extend; no automatic renewal."),
        nonbinding_pricing=F(
            "These rates are indicative, based on the case mix in your RFP, and will be confirmed in writing after a "
            "four-week discovery with your team.",
            "all rates indicative until discovery", "Rate card, under the monthly estimate.", file='rate-card.pdf'),
        data_storage_fee=A("Storage or retention of recordings/data is not priced or mentioned."),
    ),
    rates=[
        dict(item='Billing enquiry - voice', amount=7.40, currency='CAD', unit='resolved case'),
        dict(item='Billing enquiry - chat or web message', amount=5.10, currency='CAD', unit='resolved case'),
        dict(item='Billing dispute', amount=15.80, currency='CAD', unit='closed dispute'),
        dict(item='Early-stage collections', amount=9.60, currency='CAD', unit='account worked per month'),
        dict(item='Fraud-hold verification', amount=12.90, currency='CAD', unit='completed verification'),
        dict(item='French-language supplement', amount=3.25, currency='CAD', unit='case'),
        dict(item='Replacement teammate training (after day 90)', amount=1450, currency='CAD', unit='teammate'),
        dict(item='Workflow / script / knowledge-base changes', amount=95, currency='CAD', unit='hour'),
    ],
)

# ------------------------------------------------------------------ Dacoria (Romania, terse, hybrid, scanned page)
VENDORS['dacoria'] = dict(
    name='Dacoria Nearshore S.R.L.',
    file='proposals/dacoria.pdf',
    criteria=dict(
        industry_experience=M(
            "Telecom billing back office since two thousand fourteen (2014), i.e. eleven (11) years.",
            "Eleven years; table of three described telecom clients (two mobile operators, one MVNO) with scope, "
            "start year and FTE; 1.2M cases/year."),
        scalability=P(
            "Peaks (January, September): covered by overtime of existing team and by agents of other accounts, if "
            "available.",
            "Ramp 'according to transition plan', peaks only 'if available'; no ramp time, bench or surge notice "
            "(a second site is named but not as surge capacity)."),
        training_onboarding=P(
            "Initial training: classroom plus shadowing on live cases. Content according to Client materials and "
            "Client systems. Duration: to be planned together with Client in transition phase.",
            "Format only; duration undefined, no certification, no ongoing hours."),
        quality_assurance=M(
            "Sample: three percent (3%) of closed cases, not less than five (5) per agent per week.",
            "Sampling rate, 20-item scorecard, biweekly calibration with variance target, coaching and removal rule."),
        compliance_security=M(
            "Certificate no. RO-27K-4471, TÜV Rheinland România, valid until 11.2026",
            "ISO 27001:2022 with scope and certificate number, PCI DSS AoC with date, GDPR, Law 25 PIA support, "
            "24h incident notice."),
        reporting_transparency=X("No reports, dashboards or KPI data delivery described."),
        communication_governance=X("No account manager, governance meetings or escalation path."),
        technology_infrastructure=M(
            "BCP: two (2) sites; each site can take sixty percent (60%) of Client traffic. RTO two (2) hours, RPO "
            "fifteen (15) minutes.",
            "Named platforms (Genesys, Salesforce, Amdocs via Citrix), dual carriers, 99.95% availability, RTO/RPO."),
        service_levels=M(
            "Penalties are deducted from the next invoice; total penalty per month is maximum ten percent (10%) of "
            "monthly invoice.",
            "SLA table with numeric targets and a penalty column."),
        coverage_availability=M(
            "Fraud hold desk is staffed on site in all hours, minimum two (2) agents per shift, English and French, "
            "also Sundays and holidays.",
            "All queues EN/FR Mon-Sat 07-23 ET, fraud desk 24/7/365 staffed, staffing table by queue and hours."),
        references_track_record=X(
            "No references; client names withheld under NDA; no retention or attrition figures."),
        pricing_clarity=P(
            "Prices are firm for the term, except fraud hold price and the exchange-rate mechanism in Note 5.",
            "Unit price table, but fraud-hold price provisional, currency band, and transition and base amounts "
            "given only in words in notes."),
    ),
    fees=dict(
        setup_fee=F(
            "Transition services are invoiced one time at go-live, in amount of eighty-four thousand two hundred "
            "Canadian dollars.",
            "CAD 84,200 one-time (written in words only)", "Price Note 1; table says only 'see Note 1'."),
        training_fee=W(
            "Initial training and training of replacement agents are not invoiced. There is no situation where "
            "Client pays for training of agents, also not when attrition is high.",
            "Conditions item 3."),
        minimum_commitment=F(
            "Base component is fixed monthly amount, payable independent of number of cases: forty-one thousand five "
            "hundred Canadian dollars.",
            "CAD 41,500 per month fixed (in words)", "Fixed monthly component regardless of volume (Note 2)."),
        price_escalation=F(
            "From month thirteen (13), all prices are indexed yearly with the Romanian consumer price index (INS) of "
            "the month of March of the same year.",
            "yearly, Romanian CPI (March)", "Price Note 6."),
        premium_hours=W(
            "For night, Sunday and holiday work there is not any surcharge, and no premium is not applied to volumes "
            "over forecast.",
            "Conditions item 4 (non-native double negative meaning: no premiums)."),
        technology_passthrough=A(
            "No technology charges; Client provides its own licences (an assumption, not a charge)."),
        termination_fee=F(
            "If termination is effective before month twenty-four (24), Client pays wind-down compensation equal to "
            "two (2) monthly base components plus the not amortised part of the transition amount.",
            "2 x base component (CAD 83,000) + unamortised transition",
            "On the scanned Appendix C (image only), clause C.2; exit hours also billed (C.3).", scan=True),
        change_request_fee=F(
            "Changes of procedures, scripts or Salesforce configuration after go-live are made by Supplier analysts "
            "and invoiced per hour, sixty-two Canadian dollars per hour.",
            "CAD 62 per hour (in words)", "Price Note 4."),
        travel_expenses=A("Travel is not mentioned."),
        currency_adjustment=F(
            "If ECB reference rate on first business day of a quarter differs from this by more than four percent "
            "(4%), prices of that quarter are recalculated proportionally.",
            "EUR/CAD 1.49 base, +/-4% band, quarterly", "Price Note 5."),
        reporting_fee=A("Reports are not mentioned."),
        management_fee=A("No management, governance or overhead charge; base component is capacity."),
        auto_renewal=W(
            "No tacit prolongation: Contract ends at end of term unless both Parties sign a written extension.",
            "Scanned Appendix C, clause C.1.", scan=True),
        nonbinding_pricing=F(
            "Fraud hold: price per case is provisional and will be confirmed by Supplier after first ninety (90) "
            "days of operation on real volume.",
            "fraud-hold CAD 9.60 provisional", "Price Note 3."),
        data_storage_fee=W(
            "Call recordings and case documents are kept thirty-six (36) months in Client tenant or Supplier storage "
            "in Frankfurt, without additional charge.",
            "Conditions item 5."),
    ),
    rates=[
        dict(item='Base component (fraud hold desk 24/7 and night capacity)', amount=41500, currency='CAD',
             unit='month'),
        dict(item='Billing enquiry, voice', amount=4.35, currency='CAD', unit='case'),
        dict(item='Billing enquiry, chat / web message', amount=3.10, currency='CAD', unit='case'),
        dict(item='Billing dispute', amount=11.80, currency='CAD', unit='case'),
        dict(item='Collections account', amount=7.90, currency='CAD', unit='account-month'),
        dict(item='Fraud hold verification (provisional)', amount=9.60, currency='CAD', unit='case'),
        dict(item='Transition', amount=84200, currency='CAD', unit='one-time'),
        dict(item='Changes after go-live', amount=62, currency='CAD', unit='hour'),
    ],
)
