"""Ground truth of the `marketplace` set, written by hand; make_labels.py finds each quote's page(s) in the PDFs.

Criteria entries: (status, quote, why[, file[, ocr]]). Fee entries: (status, quote, amount, why[, file[, ocr]]).
Quotes are verbatim (8-40 words; "" for missing/absent); a quote across table cells would be written with " | "
between cells (none is used here). `file` names the PDF a quote is in when a vendor has several files. Statuses
are what a careful procurement lead would decide from the whole proposal against RFP MW-CX-2027-04, not from the
quoted sentence alone.
"""
M, P, X = "met", "partial", "missing"
PR, W, A = "present", "waived", "absent"
OFFER = "commercial-offer.pdf"

SCENARIO = ("Marktwerk Online SE (online marketplace for home, garden, DIY and electronics goods; ~46,000 sellers; "
            "buyers in Germany, Austria, Switzerland and Poland) issues RFP MW-CX-2027-04 for one outsourced seller "
            "support and returns contact center: seller onboarding, listings, fee invoices, payouts, suspensions and "
            "Seller Hub help, buyer returns, refunds and A-to-Z disputes, by phone, chat, email and Seller Hub "
            "tickets in German, Polish and English (~50,500 contacts a month, 1.6x in November-December); no "
            "overnight service but chat seven days a week (Sunday 10:00-18:00) and phone, email and tickets on "
            "Saturdays; Marktwerk's Zendesk; ISO/IEC 27001 for every site, GDPR and Swiss FADP mandatory; prices in "
            "EUR, PLN (Polish stream) or CHF (Swiss sellers), every charge disclosed, firm for 12 months; service "
            "credits with at least 10% at risk; recordings kept 24 months; three-year term, Marktwerk-only one-year "
            "extension, no automatic renewal. Three vendors.")

VENDORS = {}

# ---------------------------------------------------------------------------------------------------------------
VENDORS["wisla"] = dict(
    name="Wisla Nearshore Services sp. z o.o.",
    file="proposals/wisla/proposal.pdf",
    files=["proposals/wisla/proposal.pdf", "proposals/wisla/commercial-offer.pdf"],
    rates=[
        dict(item="German stream (all channels)", amount=31.40, currency="EUR", unit="productive hour"),
        dict(item="English stream (all channels)", amount=29.80, currency="EUR", unit="productive hour"),
        dict(item="Polish stream (all channels)", amount=118.00, currency="PLN", unit="productive hour"),
        dict(item="Transition (one-time)", amount=64000, currency="EUR", unit="one-time"),
        dict(item="Replacement agent training after month 6", amount=950, currency="EUR", unit="replacement agent"),
        dict(item="Scope changes beyond 40 hours per quarter", amount=68, currency="EUR", unit="hour"),
    ],
    criteria=dict(
        industry_experience=(M, "Since 2017 we have run seller support and buyer returns for two pan-European online "
                                "marketplaces, currently 212 agents on those accounts in German, Polish, Czech and "
                                "English.",
                             "Marketplace seller support and returns is exactly the buyer's scope: two marketplaces "
                             "since 2017 and 2020 with volumes and scope per client (names under NDA)."),
        scalability=(M, "Surge: we add up to 40% of the Marktwerk team within 15 business days of a forecast change.",
                     "Quantified bench (85 agents, 30 German), +40% in 15 business days, seasonal hiring from August "
                     "for the 1.6x peak, Polish growth up to 120 FTE."),
        training_onboarding=(M, "Initial: 80 hours over 10 working days (Marktwerk policies 24 h, Seller Hub and "
                                "Zendesk 20 h, returns and A-to-Z 16 h, soft skills 12 h, data protection 8 h).",
                             "Hours per topic, two weeks' nesting at 1:8 with a graduation threshold, policy briefings "
                             "within 3 working days, 4 h monthly refresher (R-07)."),
        quality_assurance=(M, "6 evaluations per agent per month (min. 2 phone, 2 chat, 2 email/ticket).",
                           "Six evaluations per agent per month (R-08 asks four), Marktwerk's scorecard, weekly "
                           "internal and monthly joint calibration, coaching rule for low scorers."),
        compliance_security=(M, "ISO/IEC 27001:2022, certificate PL-27001-0871, scope: Gdansk and Wroclaw sites, valid "
                                "to June 2028.",
                             "Certificate number covering both sites (R-03), GDPR Art. 28 DPA and DPO, FADP, no card "
                             "data handled by agents."),
        reporting_transparency=(P, "Reports: monthly KPI pack in Wisla standard format.",
                                "Only a monthly pack in the vendor's format with no delivery date and a dashboard 'on "
                                "request'; R-09 asks for a real-time dashboard, daily reports and the monthly report "
                                "by the fifth working day. The compliance matrix still says 'Compliant'."),
        communication_governance=(X, "",
                                  "No account manager, service reviews, executive reviews or escalation path in "
                                  "either part; R-10 is only 'Noted' in the compliance matrix. The named people are "
                                  "the bid contact and the signatory of Part B."),
        technology_infrastructure=(M, "Continuity: Wroclaw takes Gdansk traffic within 4 hours (RTO 4 h, RPO 15 min for "
                                      "recordings); 60 agents equipped for home working.",
                                   "Genesys Cloud CX in the EU, agents in Marktwerk's Zendesk and Seller Hub via SSO, "
                                   "second site with RTO/RPO, home working, BCP tested twice a year (R-04, R-11)."),
        service_levels=(M, "Service credits for missed service levels are deducted from the next invoice and capped at "
                           "11% of the monthly charges.",
                        "Accepts every Table 3 target with a credit per metric; 11% cap meets the RFP's 10% at risk."),
        coverage_availability=(M, "Every channel is staffed in German, Polish and English for all hours in Table 2, with "
                                  "C1-certified agents; Sunday chat is served from Gdansk by a dedicated weekend team.",
                               "Hours table repeats the RFP's Table 2 exactly (no overnight shift, none required), all "
                               "three languages on all channels including Sunday chat: met although not 24/7."),
        references_track_record=(P, "References are provided after shortlisting only, under NDA; no reference contacts "
                                    "are given in this response.",
                                 "No referee the buyer can call now (R-05 asks for two) and no retention, attrition "
                                 "or tenure figures; only anonymised client volumes."),
        pricing_clarity=(P, "Estimate excludes telephony, scope changes and replacement training, and assumes EUR/PLN "
                            "4.30.",
                         "Hourly rates are clear but the total moves with a billing floor, CPI with a 3% minimum, "
                         "quarterly EUR/PLN re-basing and telephony at cost plus 8% that is not estimated; no CHF "
                         "invoicing although R-13 allows it for Swiss sellers.", OFFER),
    ),
    fees=dict(
        setup_fee=(PR, "The one-time transition charge of EUR 64,000 covers recruitment, the Genesys tenant and "
                       "process documentation and is invoiced half at signature and half at go-live.", 64000,
                   "One-time transition charge.", OFFER),
        training_fee=(PR, "Replacement training: training of agents replacing leavers is free of charge during the "
                          "first 6 months after go-live; thereafter EUR 950 per replacement agent.", 950,
                      "Lapsing waiver: free for six months, then charged per replacement agent (initial training is "
                      "included, but the lapse makes the item present).", OFFER),
        minimum_commitment=(PR, "Billing floor: Marktwerk is invoiced each month for at least 85% of the productive "
                                "hours of the agreed monthly forecast, even where fewer hours are worked.", None,
                            "Take-or-pay floor of 85% of forecast hours.", OFFER),
        price_escalation=(PR, "Indexation: rates are adjusted each 1 January by the Polish CPI published by GUS for the "
                              "previous year, with a minimum adjustment of 3%.", None,
                          "Annual CPI indexation with a 3% floor from 1 January 2028 (inside the first 12 months "
                          "after a September go-live, although note 8 calls prices firm).", OFFER),
        premium_hours=(W, "Saturday, Sunday and public-holiday hours are billed at the normal hourly rate; no weekend "
                          "or holiday surcharge applies.", None,
                       "Explicitly no weekend or holiday surcharge.", OFFER),
        technology_passthrough=(PR, "Telephony is not in the hourly rates: carrier minutes for inbound DID and toll-free "
                                    "numbers are re-invoiced monthly at cost plus an 8% handling charge.", None,
                                "Carrier minutes passed through at cost plus 8%.", OFFER),
        termination_fee=(A, "", None,
                         "Termination for convenience on 6 months' notice with no sum attached; a liability cap is "
                         "not a fee."),
        change_request_fee=(PR, "Scope changes beyond 40 hours per quarter: EUR 68 per hour of analyst or trainer "
                                "time.", 68,
                            "Changes after go-live are free only up to 40 hours a quarter, then billed hourly.", OFFER),
        travel_expenses=(W, "Travel: visits of Wisla staff to Marktwerk in Berlin or Leipzig are at Wisla's cost, also "
                            "during transition.", None,
                         "Travel explicitly at the vendor's cost.", OFFER),
        currency_adjustment=(PR, "If the average NBP rate of a quarter differs from 4.30 by more than 4%, EUR rates are "
                                 "re-based for the next quarter.", None,
                             "EUR rates re-based with the EUR/PLN rate outside a 4% band.", OFFER),
        reporting_fee=(A, "", None, "Reports and the dashboard 'on request' carry no price."),
        management_fee=(A, "", None, "Team leads, QA, WFM and trainers are 'included' in the hourly rates; no "
                                     "separate management charge."),
        auto_renewal=(PR, "After the initial term the agreement renews automatically for further periods of 12 months "
                          "unless either party gives notice at least 6 months before the end of the current period.",
                      None, "Evergreen renewal in Part A's contract summary, against R-14 (the matrix calls it a "
                            "deviation only)."),
        nonbinding_pricing=(A, "", None,
                            "Note 8 says prices are firm for 12 months (subject to the other notes, which are "
                            "labelled as their own items); the three-year table is an estimate 'for information', "
                            "not a reservation on the rates."),
        data_storage_fee=(W, "Call recordings, chat transcripts and email records are stored for 24 months as required "
                             "by R-12 at no additional charge, then deleted.", None,
                          "24-month retention explicitly included.", OFFER),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
VENDORS["helvetia-dialog"] = dict(
    name="Helvetia Dialog Partners AG",
    file="proposals/helvetia-dialog.pdf",
    rates=[
        dict(item="Telephone call, German/English", amount=9.80, currency="CHF", unit="handled interaction"),
        dict(item="Chat session, German/English", amount=8.40, currency="CHF", unit="handled interaction"),
        dict(item="Email thread, German/English", amount=7.20, currency="CHF", unit="handled interaction"),
        dict(item="Seller Hub ticket, German/English", amount=10.90, currency="CHF", unit="handled interaction"),
        dict(item="Telephone call, Polish", amount=24.60, currency="PLN", unit="handled interaction"),
        dict(item="Chat session, Polish", amount=21.10, currency="PLN", unit="handled interaction"),
        dict(item="Email thread, Polish", amount=18.30, currency="PLN", unit="handled interaction"),
        dict(item="Seller Hub ticket, Polish", amount=27.40, currency="PLN", unit="handled interaction"),
        dict(item="Mobilisation Charge", amount=82500, currency="CHF", unit="one-time"),
        dict(item="Professional Services Rate (change requests)", amount=185, currency="CHF", unit="hour"),
        dict(item="Recording retention beyond 12 months", amount=0.03, currency="CHF", unit="recording-month"),
    ],
    criteria=dict(
        industry_experience=(P, "The Contractor has not previously provided support to the merchants or sellers of an "
                                "online marketplace; it submits that its experience of mail-order returns and parcel "
                                "tracing in the same three countries is directly transferable",
                             "Adjacent sectors only (mail-order retail, parcel logistics, electronics after-sales); "
                             "says plainly it has never supported marketplace sellers."),
        scalability=(P, "The Contractor shall use commercially reasonable efforts to accommodate increases in "
                        "Interaction volumes of up to twenty per cent (20%) above forecast",
                     "Efforts only, 20% with 60 days' notice, peaks above that left to 'good-faith discussion' "
                     "against a 1.6x November-December peak (R-06)."),
        training_onboarding=(M, "Each Agent shall, prior to handling any Interaction, complete an Induction Programme "
                                "of not less than ninety (90) hours",
                             "90 hours split by topic, ten days of supervised handling, policy changes trained before "
                             "their effective date (R-07)."),
        quality_assurance=(M, "The Contractor shall evaluate no fewer than five (5) Interactions per Agent per "
                              "calendar month against the Client's scorecard",
                           "Five evaluations per agent a month with channel mix, fortnightly joint calibration, "
                           "improvement plan below 85% (R-08)."),
        compliance_security=(M, "The Contractor holds certification to ISO/IEC 27001:2022 under certificate "
                                "CH-ISMS-2231, issued by an accredited body, whose scope covers both Delivery Centres",
                             "Certificate covering both sites, GDPR processor terms, FADP, no card data (R-03)."),
        reporting_transparency=(M, "a daily report by 09:00 on the following working day and (c) a monthly performance "
                                   "report by the fourth (4th) working day of the following month.",
                                "Intraday dashboard refreshed every five minutes, daily and monthly reports with "
                                "deadlines inside R-09."),
        communication_governance=(M, "The Contractor appoints Ms. Claudia Brunner, Account Director, as the Client's "
                                     "single accountable contact, supported by Mr. Piotr Zielinski, Operations Manager "
                                     "Szczecin.",
                                  "Named account director, monthly Service Review, quarterly Steering Committee and "
                                  "a three-step escalation with time limits (R-10)."),
        technology_infrastructure=(X, "",
                                   "No platform, telephony, integration with Marktwerk's Zendesk or business "
                                   "continuity plan is described anywhere (R-04, R-11); telephony and licences appear "
                                   "only as a recharge in Schedule 2, which is a fee, not a technology commitment."),
        service_levels=(M, "the Contractor shall credit the percentage of the monthly Service Charges stated above "
                           "against the next invoice, provided that the total of Service Credits in any month shall "
                           "not exceed twelve per cent (12%).",
                        "All RFP targets with a credit per metric and a 12% cap (above the 10% required); only on the "
                        "scanned Schedule 4.", None, True),
        coverage_availability=(P, "Telephone calls received on Saturdays shall be offered a call-back on the following "
                                  "working day; chat on Sundays shall be unavailable and the Client shall direct "
                                  "buyers to the email channel.",
                               "Real shortfall against mandatory R-02: no Saturday phone, chat ends 20:00 on weekdays "
                               "(RFP 22:00) and 17:00 on Saturdays, no Sunday chat; languages are complete."),
        references_track_record=(M, "The Client may contact the following referees, each of whom has consented: (a) "
                                    "Mr. Jürg Ammann, Head of Customer Service, Versandhaus Säntis AG",
                                 "Three named referees with phone numbers and client-since years, attrition and "
                                 "tenure figures. None is a marketplace; the sector gap is judged under industry "
                                 "experience."),
        pricing_clarity=(P, "The Contractor is not in a position to estimate such costs in advance.",
                         "Unit prices are clear, but telephony and licences are an unquantified recharge, weekend "
                         "work carries a 40% supplement, storage is charged beyond 12 months and CHF prices are "
                         "indexed: the total cannot be compared without estimates."),
    ),
    fees=dict(
        setup_fee=(PR, "A Mobilisation Charge of eighty-two thousand five hundred Swiss francs (CHF 82,500) shall be "
                       "payable upon signature of the Agreement", 82500, "One-time charge in words and figures."),
        training_fee=(W, "The Induction Programme, including that of Agents engaged to replace departing personnel, "
                         "forms part of the Service Charges and is not separately chargeable to the Client.", None,
                      "Initial and replacement induction explicitly not charged."),
        minimum_commitment=(A, "", None, "Pure per-interaction pricing; no floor."),
        price_escalation=(PR, "the Service Charges shall be adjusted in proportion to the change in the Swiss consumer "
                              "price index (LIK) over the preceding twelve months, provided that the adjustment shall "
                              "not be less than two per cent (2%).", None,
                          "Annual LIK indexation with a 2% floor."),
        premium_hours=(PR, "Interactions handled on Saturdays, Sundays or public holidays in the Canton of St. Gallen, in "
                           "Germany or in Poland shall attract a supplement of forty per cent (40%)", None,
                       "40% weekend and holiday supplement, hitting the RFP's required Saturday hours."),
        technology_passthrough=(PR, "Telephony carriage, toll-free numbers and any third-party software licences used in "
                                    "the provision of the Services shall be recharged to the Client at cost.", None,
                                "Telephony and licences recharged at cost, not estimated."),
        termination_fee=(PR, "Upon such termination before the end of the Initial Term, the Client shall pay an Early "
                             "Termination Sum equal to four (4) months' average Service Charges.", None,
                         "Early termination sum, only on the scanned Schedule 4.", None, True),
        change_request_fee=(PR, "Any change to the Services, the processes or the Contractor's configuration requested "
                                "by the Client after the Service Commencement Date shall be performed under a written "
                                "Change Request", 185,
                            "Post-go-live changes at CHF 185 per hour."),
        travel_expenses=(A, "", None, "Not mentioned."),
        currency_adjustment=(W, "at a fixed conversion of one Swiss franc to one euro and four cents (CHF 1.00 = EUR "
                                "1.04), which rate shall not be adjusted by reference to any movement of the CHF/EUR "
                                "exchange rate", None,
                             "Judgement call: a fixed conversion that explicitly does not follow the exchange rate "
                             "is an explicit exclusion of a currency adjustment."),
        reporting_fee=(W, "All Reports described in Clause 8.1, and any reasonable additional report the Client may "
                          "request from time to time, shall be furnished without additional charge.", None,
                       "Standard and additional reports explicitly free."),
        management_fee=(A, "", None, "Account Director and governance described, no charge mentioned."),
        auto_renewal=(A, "", None,
                      "Decoy: the Agreement expires unless the Client elects to extend; no automatic renewal."),
        nonbinding_pricing=(A, "", None, "Prices stated as firm charges; offer open 150 days."),
        data_storage_fee=(PR, "Retention beyond twelve (12) months, as required by the RFP, shall be charged at CHF "
                              "0.03 per recording per month.", 0.03,
                          "Free retention lapses after 12 months while R-12 requires 24: present."),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
VENDORS["brightloop"] = dict(
    name="BrightLoop CX Ltd",
    file="proposals/brightloop.pdf",
    rates=[
        dict(item="Phone, German", amount=6.90, currency="EUR", unit="handled call"),
        dict(item="Phone, English", amount=6.40, currency="EUR", unit="handled call"),
        dict(item="Chat, German", amount=5.70, currency="EUR", unit="chat session"),
        dict(item="Chat, English", amount=5.30, currency="EUR", unit="chat session"),
        dict(item="Email, German", amount=4.60, currency="EUR", unit="email thread"),
        dict(item="Email, English", amount=4.30, currency="EUR", unit="email thread"),
        dict(item="Email, Polish", amount=3.90, currency="EUR", unit="email thread"),
        dict(item="Seller Hub ticket, German", amount=7.10, currency="EUR", unit="ticket"),
        dict(item="Seller Hub ticket, English", amount=6.70, currency="EUR", unit="ticket"),
        dict(item="Seller Hub ticket, Polish", amount=6.20, currency="EUR", unit="ticket"),
        dict(item="Minimum monthly invoice (from month 4)", amount=95000, currency="EUR", unit="month"),
        dict(item="Replacement Looper training", amount=24, currency="EUR", unit="training hour"),
        dict(item="Loop Insights Pro", amount=2400, currency="EUR", unit="month"),
    ],
    criteria=dict(
        industry_experience=(P, "We'll be upfront: we haven't yet run support for the sellers of a marketplace.",
                             "Consumer care for online fashion retailers and a food-delivery app (returns, refunds, "
                             "parcel tracking): adjacent, but never seller or merchant support."),
        scalability=(M, "we commit to adding up to 45% more capacity within 10 working days whenever your forecast "
                        "moves.",
                     "Flex pool of 120, +45% in 10 working days, seasonal hiring from August nested by 25 October."),
        training_onboarding=(M, "Every Looper completes Loop Launch, a sixty-hour academy over eight working days",
                             "Sixty hours by topic, two weeks' nesting at 1:7, graduation at 88%, policy briefings "
                             "within 48 hours, monthly micro-learning."),
        quality_assurance=(M, "our QA specialists listen to and review eight contacts per Looper every month, and we "
                              "calibrate with your quality team every week",
                           "Automated scoring of all written contacts plus eight human reviews per agent a month and "
                           "weekly joint calibration."),
        compliance_security=(P, "our information security management system is in place and we expect our "
                                "certification audit to be completed in the second quarter of 2027, ahead of your "
                                "go-live.",
                             "ISO/IEC 27001 is mandatory (R-03) but not yet held, only expected; GDPR and FADP "
                             "addressed."),
        reporting_transparency=(M, "a daily summary in your inbox by 08:30, a weekly insight note and a monthly "
                                   "business pack on the third working day.",
                                "Live dashboard refreshed every 60 seconds, daily, weekly and monthly reporting with "
                                "times (R-09)."),
        communication_governance=(M, "Escalation: Operations Lead, then Client Partner within 4 hours, then our COO "
                                     "within one working day.",
                                  "Named Client Partner and Operations Lead, weekly, monthly and quarterly meetings, "
                                  "timed escalation path."),
        technology_infrastructure=(M, "our recovery time objective is 2 hours for phone and chat and 6 hours for email, "
                                      "and every Looper can work from home on a managed laptop.",
                                   "Zendesk and Seller Hub via SSO, Amazon Connect in Frankfurt, failover site and "
                                   "RTOs (R-04, R-11)."),
        service_levels=(P, "We'll work hard to hit every one of these targets from month one, but rather than service "
                           "credits we prefer a partnership model: if we miss, we'll agree an improvement plan "
                           "together.",
                        "Targets are 'aims' (one below the RFP in year 1) and no service credits at all, against the "
                        "RFP's 10% at risk."),
        coverage_availability=(P, "We'll serve Polish email and Seller Hub tickets from day one through our partner "
                                  "studio in Kraków, Monday to Friday 08:00 to 18:00.",
                               "German and English cover all of Table 2, but Polish only by email and tickets on "
                               "weekdays until 18:00 through a partner; Polish phone and chat only 'aimed' for within "
                               "year 1 (mandatory R-01)."),
        references_track_record=(X, "",
                                 "No references, no client names and no figures on retention, attrition or tenure "
                                 "anywhere in the proposal (R-05 asks for two callable references)."),
        pricing_clarity=(P, "Rates are fixed for the whole first contract year. Invoices are in EUR, monthly in "
                            "arrears, payable in 30 days. See Appendix B for the detailed commercial terms.",
                         "'One rate per contact' but Appendix B adds a minimum invoice, a 4% programme fee, "
                         "surcharges and re-invoiced travel; Polish phone and chat are unpriced ('from year 2'); no "
                         "PLN or CHF option."),
    ),
    fees=dict(
        setup_fee=(W, "No set-up fee. Zero. We absorb the transition cost so that your budget goes into service, not "
                      "into setup.", 0, "Transition explicitly free."),
        training_fee=(PR, "Training of new Loopers who replace leavers is charged at EUR 24 per training hour, capped at "
                          "60 hours per Looper.", 24,
                      "Replacement training billed per hour, only in Appendix B's small print."),
        minimum_commitment=(PR, "Minimum monthly invoice: from the fourth month after go-live, the monthly charges shall "
                                "be no less than EUR 95,000, irrespective of the volume of contacts handled.", 95000,
                            "Monthly billing floor."),
        price_escalation=(PR, "From the start of contract year two, rates shall be adjusted annually by the greater of "
                              "3.5% or the euro area HICP published by Eurostat for the previous calendar year.", None,
                          "Fixed in year 1 only; annual increase with a 3.5% floor afterwards."),
        premium_hours=(PR, "Contacts above 115% of the monthly forecast for a channel and language shall be billed at "
                           "1.25 times the applicable rate.", None,
                       "Surge rate above forecast, which the November-December peak will trigger if forecasts lag."),
        technology_passthrough=(W, "Everything you need is in the rate: licences, telephony minutes, our LoopScore and "
                                   "LoopAssist tools and headsets are all covered, with nothing passed through to you.",
                                None, "Technology explicitly included, nothing passed through."),
        termination_fee=(A, "", None, "Decoy: B.8 termination for convenience on six months' notice, no sum."),
        change_request_fee=(A, "", None, "Not mentioned."),
        travel_expenses=(PR, "Travel and accommodation of BrightLoop staff for workshops, business reviews and "
                             "transition visits at Marktwerk's offices shall be re-invoiced at cost.", None,
                         "Travel re-invoiced at cost, including the transition discovery in Berlin and Leipzig."),
        currency_adjustment=(A, "", None, "Everything in EUR; no exchange-rate clause."),
        reporting_fee=(PR, "Loop Insights Pro (custom dashboards, sentiment analytics, ad-hoc data exports) is available "
                           "at EUR 2,400 per month; the standard reporting above is included in the rates.", 2400,
                       "Analytics beyond the standard package are charged monthly."),
        management_fee=(PR, "Client Partner and governance: a programme management fee of 4% of the monthly charges is "
                            "added to each invoice.", None,
                        "Governance marketed as a strength is billed as a 4% surcharge in the appendix."),
        auto_renewal=(A, "", None, "Not mentioned."),
        nonbinding_pricing=(A, "", None,
                            "Rates are fixed for year 1; 'we'd aim' hedges concern service, not price. Validity 150 "
                            "days."),
        data_storage_fee=(W, "Call recordings and chat transcripts are kept for the full 24 months you require in R-12, "
                             "at no charge to Marktwerk, and then securely deleted.", None,
                          "Full required retention explicitly free."),
    ),
)
