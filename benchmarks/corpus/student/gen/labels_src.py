"""Ground truth of the `student` set, written by hand; make_labels.py finds each quote's page(s) in the PDFs.

Criteria entries: (status, quote, why[, file[, ocr]]). Fee entries: (status, quote, amount, why[, file[, ocr]]).
Quotes are verbatim (8-40 words; "" for missing/absent); a quote across table cells is written with " | " between
cells. `file` names the PDF a quote is in when a vendor has several files. Statuses are what a careful procurement
lead would decide from the whole proposal against RFP AIU-SSC-2027-02, not from the quoted sentence alone.
"""
M, P, X = "met", "partial", "missing"
PR, W, A = "present", "waived", "absent"
PRICING = "pricing-schedule.pdf"

SCENARIO = ("Alvorada International University (private university, main campus Campinas, Brazil; branch campus in "
            "Sharjah, UAE; ~31,400 students) issues RFP AIU-SSC-2027-02 for one outsourced 'Student Hub': admissions "
            "and student-services contact centre by phone, web chat, email and call-backs in English, Brazilian "
            "Portuguese and Arabic (~37,500 contacts a month, peaks of 2.2x in January and July), a Brazil queue "
            "Mon-Fri 07:00-22:00 and Sat 08:00-14:00 BRT and a Gulf queue Mon-Fri 08:00-19:00 GST, six extended peak "
            "weeks, no 24/7; Salesforce Education Cloud; ISO/IEC 27001 for every site, LGPD, UAE PDPL and PCI DSS "
            "scope reduction mandatory; prices in BRL, AED or USD with every charge disclosed; three-year term, one "
            "optional 12-month extension, no automatic renewal; service credits with at least 8% at risk. Four "
            "vendors.")

VENDORS = {}

# ---------------------------------------------------------------------------------------------------------------
VENDORS["lumen"] = dict(
    name="Lumen Pathways Global, Inc.",
    file="proposals/lumen/proposal.pdf",
    files=["proposals/lumen/proposal.pdf", "proposals/lumen/pricing-schedule.pdf"],
    rates=[
        dict(item="Inbound phone contact, Brazil queue (PT/EN)", amount=5.85, currency="USD", unit="handled call"),
        dict(item="Inbound phone contact, Gulf queue (AR/EN)", amount=6.90, currency="USD", unit="handled call"),
        dict(item="Web chat, Brazil queue", amount=4.95, currency="USD", unit="chat session"),
        dict(item="Web chat, Gulf queue", amount=5.70, currency="USD", unit="chat session"),
        dict(item="Email or web form, Brazil queue", amount=4.10, currency="USD", unit="email thread"),
        dict(item="Email or web form, Gulf queue", amount=4.80, currency="USD", unit="email thread"),
        dict(item="Outbound call-back, Brazil queue", amount=3.60, currency="USD", unit="call-back"),
        dict(item="Outbound call-back, Gulf queue", amount=4.20, currency="USD", unit="call-back"),
        dict(item="Launch & Knowledge Build", amount=96500, currency="USD", unit="one-time"),
        dict(item="Replacement advisor certification from month seven", amount=1240, currency="USD",
             unit="replacement advisor"),
        dict(item="Solutions Studio consulting (post-go-live changes)", amount=95, currency="USD", unit="hour"),
        dict(item="Recording/transcript retention beyond twelve months", amount=0.018, currency="USD",
             unit="recording-month"),
        dict(item="Base Capacity Charge (monthly floor)", amount=118000, currency="USD", unit="month"),
    ],
    criteria=dict(
        industry_experience=(M, "Since 2011, Lumen has run admissions and student-services contact centres for 27 "
                                "universities in Brazil, the United States and the Gulf, handling 4.1 million student "
                                "conversations in the 2025-26 academic year.",
                             "Higher education is its whole business: 27 universities in the buyer's two regions, "
                             "volumes by language, 19 Salesforce university programmes."),
        scalability=(M, "Our standing bench of 140 certified higher-education advisors in Fortaleza and 55 in Cairo "
                        "lets us add up to 120% of the AIU team within 21 days of a forecast change",
                     "Quantified bench, +120% in 21 days (RFP needs ~2.2x peaks), a prior ramp from 64 to 151 "
                     "advisors in five weeks, peak model agreed 90 days ahead."),
        training_onboarding=(M, "Every advisor completes a 120-hour CampusReady academy over four weeks before taking "
                                "a live contact",
                             "Hours per topic, two weeks of nesting at 1:6, graduation threshold, six-hour refresher "
                             "before each intake, monthly micro-learning (R-09)."),
        quality_assurance=(P, "Our Quality Coaches listen in, celebrate great conversations and coach every advisor "
                              "to excellence, so every student feels heard.",
                           "Quality 'is a culture': no evaluations per agent, no form, no calibration with AIU "
                           "(R-08 asks for four a month and monthly joint calibration). Only a 90% quality-score "
                           "target in the SLA table."),
        compliance_security=(M, "ISO/IEC 27001:2022, certificate LPG-27K-0419 issued by an accredited certification "
                                "body, scope covering the Fortaleza and Cairo centres and the CampusConnect platform.",
                             "ISO 27001 covering both sites (R-03), PCI DSS v4.0 Level 1 with DTMF masking (R-04), "
                             "LGPD DPO and ANPD clauses, PDPL storage in Bahrain."),
        reporting_transparency=(M, "AIU receives a daily flash report by 08:00 BRT, a weekly operations report every "
                                   "Monday, and a monthly performance pack by the third business day",
                                "Dashboard refreshed every 60 s by campus, language and channel; daily, weekly and "
                                "monthly reports with deadlines (R-07)."),
        communication_governance=(X, "",
                                  "No named account lead, no service reviews or executive reviews, no escalation "
                                  "path for the relationship anywhere in either volume (R-10). The only names are "
                                  "the founder who signs the letter and a commercial contact for pricing questions; "
                                  "the 'Performance Recovery Plan' is a remedy, not governance."),
        technology_infrastructure=(M, "We commit to a recovery time of two hours for voice and chat and four hours for "
                                      "email, with recovery point objectives of 15 minutes for all interaction data.",
                                   "Own omnichannel platform on AWS Sao Paulo with Bahrain standby, certified "
                                   "Salesforce connector, two sites plus home working, BCP tested twice a year."),
        service_levels=(P, "We are confident in meeting these targets and, rather than service credits, we offer AIU "
                           "a joint Performance Recovery Plan whenever a target is missed for two consecutive months.",
                        "Every Table 3 target matched or beaten, but no service credits at all (the RFP expects 8% "
                        "at risk): targets without consequences."),
        coverage_availability=(M, "Portuguese and English from Fortaleza and Arabic and English from Cairo, on phone, "
                                  "chat and email, for every hour in Table 2 including Saturdays and all six peak "
                                  "weeks.",
                               "All three languages on every channel for the Table 2 hours, Saturdays and peak "
                               "weeks; email seven days; Gulf dialect module for Egyptian Arabic speakers (R-01)."),
        references_track_record=(P, "Client references are shared with shortlisted institutions under a mutual "
                                    "confidentiality agreement.",
                                 "Results (conversion, CSAT, abandonment, tenure 26 months, attrition 2.6%) are "
                                 "given, but for unnamed clients and no reference AIU can call now (R-13 asks for "
                                 "three)."),
        pricing_clarity=(P, "Pricing is built around per-contact rates so AIU pays only for the conversations that "
                            "happen.",
                         "Rates are clear and firm in year one, but a monthly floor, a 1.3x peak-week multiplier, "
                         "annual steps, lapsing training and storage charges sit in notes (a)-(g) of a separate "
                         "volume, and the three-year illustration excludes them; the headline promise is "
                         "contradicted by the Base Capacity Charge.", PRICING),
    ),
    fees=dict(
        setup_fee=(PR, "The Launch & Knowledge Build fee covers discovery, content build in three languages, "
                       "CampusConnect configuration and the Salesforce connector, and is invoiced in full at contract "
                       "signature.",
                   "USD 96,500 one-time, at signature", "Pricing note (a) and Table P2.", PRICING),
        training_fee=(PR, "Certification of replacement advisors is complimentary for the first six months after "
                          "go-live; from month seven, each replacement advisor is invoiced at USD 1,240 for the "
                          "CampusReady certification track.",
                      "USD 1,240 per replacement advisor from month seven",
                      "A lapsing waiver: free for six months, then charged (present). The launch academy itself is "
                      "included.", PRICING),
        minimum_commitment=(PR, "Monthly invoices are subject to a Base Capacity Charge of USD 118,000: where "
                                "per-contact charges for a month total less, the Base Capacity Charge is invoiced "
                                "instead.",
                            "USD 118,000 a month floor", "Billing floor in note (g), against the headline 'pay "
                            "only for the conversations that happen'.", PRICING),
        price_escalation=(PR, "All per-contact rates step up by 3.75% on each anniversary of go-live.",
                          "3.75% a year", "Fixed annual step, note (f); used in the illustration.", PRICING),
        premium_hours=(PR, "Contacts handled during AIU's designated peak weeks are billed at 1.3 times the standard "
                           "per-contact rate, reflecting the premium talent we deploy for those surges.",
                       "1.3x per-contact rate in the six peak weeks",
                       "Peak surcharge in note (e); the proposal's 'AIU will not pay for' a night shift is about "
                       "nights, which the RFP does not need.", PRICING),
        technology_passthrough=(W, "CampusConnect seats, the Salesforce connector, telephony minutes and toll-free "
                                   "numbers are bundled into the per-contact rates; AIU will never see a licence or "
                                   "minutes line on a Lumen invoice.",
                                "", "Explicitly bundled into the rates."),
        termination_fee=(A, "", "", "No early-termination charge anywhere; liability cap and payment terms are not "
                                   "fees."),
        change_request_fee=(PR, "Configuration changes requested after go-live, such as new IVR branches, new queues "
                                "or more than 40 new knowledge articles in a quarter, are scoped by our Solutions "
                                "Studio and billed at USD 95 per consultant hour.",
                            "USD 95 per consultant hour", "Pricing note (c).", PRICING),
        travel_expenses=(W, "Our transition team travels to Campinas and Sharjah at Lumen's own expense - no travel "
                            "or subsistence costs will be passed to AIU.",
                         "", "Explicit waiver in the transition section of Volume 1."),
        currency_adjustment=(A, "", "", "USD prices with no exchange-rate clause; AIU converts for the Gulf queue "
                                       "at its own risk as its RFP states (not a vendor charge)."),
        reporting_fee=(W, "Every Insight Studio dashboard, including custom views built on request, is included at "
                          "no additional cost.",
                       "", "Custom reporting explicitly included (also 'included' in Table P2)."),
        management_fee=(A, "", "", "No account-management or governance charge."),
        auto_renewal=(PR, "After the initial three-year term the Agreement continues for successive twelve-month "
                          "renewal periods unless either party gives written notice at least 90 days before the end "
                          "of the then-current term.",
                      "successive 12-month renewals unless 90 days' notice",
                      "Evergreen clause in Volume 1's contract framework, against R-16."),
        nonbinding_pricing=(A, "", "", "Prices are stated as rates with steps; note (h) says rates 'assume' an AHT "
                                      "within 10% and that volumes will be reviewed together, but gives Lumen no "
                                      "right to change prices (a decoy; a reviewer might dispute it)."),
        data_storage_fee=(PR, "Recordings and transcripts are stored for twelve months at no charge. Retention beyond "
                              "twelve months, as required by R-06, is charged at USD 0.018 per recording or "
                              "transcript per month.",
                          "USD 0.018 per recording or transcript per month after 12 months",
                          "Free period lapses before the 24 months the RFP requires (present).", PRICING),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
VENDORS["khaleej"] = dict(
    name="Khaleej Contact Solutions FZ-LLC",
    file="proposals/khaleej.pdf",
    rates=[
        dict(item="Inbound telephone Contact, any language", amount=24.50, currency="AED", unit="contact"),
        dict(item="Web chat Contact, any language", amount=19.20, currency="AED", unit="contact"),
        dict(item="Email or web form Contact, any language", amount=16.80, currency="AED", unit="contact"),
        dict(item="Outbound call-back", amount=13.40, currency="AED", unit="contact"),
        dict(item="Commencement Services Fee", amount=312000, currency="AED", unit="one-time"),
        dict(item="Minimum Monthly Consideration", amount=190000, currency="AED", unit="month"),
        dict(item="Account Governance Charge", amount=14500, currency="AED", unit="month"),
    ],
    criteria=dict(
        industry_experience=(P, "The Contractor's services to the education sector have to date been rendered in "
                                "respect of pre-university enrolment.",
                             "Government, airlines and a school-enrolment helpline (adjacent sector); no university "
                             "or admissions client; argues the processes are 'materially comparable'."),
        scalability=(M, "Upon the University's written notice given not less than ten (10) Business Days in advance, "
                        "the Contractor shall increase the number of Agents deployed by up to one hundred and thirty "
                        "per cent (130%) for the Peak Periods",
                     "Binding surge of up to 130% in ten business days (covers the 2.2x peaks) drawn from a named "
                     "reserve pool of 120 agents."),
        training_onboarding=(P, "Agents shall receive induction training in accordance with the Contractor's standard "
                                "curriculum prior to handling Contacts.",
                             "Induction 'in accordance with the standard curriculum': no content, length, AIU-specific "
                             "topics or refreshers before intakes (R-09). Training cost is waived, which is a fee "
                             "matter, not a programme."),
        quality_assurance=(X, "",
                           "No evaluations, quality form or calibration (R-08 not answered in the compliance matrix); "
                           "Annex C has no quality-score or CSAT level. 'Quality recording' in 7.2 is a platform "
                           "feature, not a QA programme."),
        compliance_security=(M, "The Contractor holds certification to ISO/IEC 27001:2022 (certificate number "
                                "KCS-ISMS-2291), the scope of which covers its operating centres in Dubai Silicon "
                                "Oasis and Abu Dhabi.",
                             "ISO 27001 for its sites and the subcontractor's Lisbon site, PCI DSS v4.0 Level 1 with "
                             "DTMF suppression, PDPL, LGPD, GDPR safeguards, 24-hour breach notice."),
        reporting_transparency=(P, "The Contractor shall deliver to the University a monthly performance report within "
                                   "fifteen (15) Business Days after the end of each Contract Month",
                                "One monthly report, three weeks after month end (RFP: fifth business day); no "
                                "real-time dashboard, daily or weekly reports (R-07)."),
        communication_governance=(M, "A Service Review shall be held each Contract Month, within five (5) Business "
                                     "Days after delivery of the monthly performance report.",
                                  "Four named people with roles (9.1), monthly Service Review, quarterly Executive "
                                  "Board, escalation in days up to the CEO and AIU's Vice-Rector (9.3)."),
        technology_infrastructure=(M, "In the event of the loss of the Dubai Silicon Oasis centre, the Contractor "
                                      "shall restore the Services from Abu Dhabi or by home working within four (4) "
                                      "hours.",
                                   "Genesys Cloud CX in the AWS UAE region, Salesforce connector with case routing, "
                                   "180-seat secondary site, BCP tested twice a year."),
        service_levels=(M, "Where a Service Level is not met in a Contract Month, the Service Credit stated against it "
                           "shall apply. The aggregate Service Credits in any Contract Month shall not exceed nine per "
                           "cent (9%)",
                        "Annex C (scanned page) gives each Table 3 level a credit, a 9% cap (RFP: at least 8% at "
                        "risk) and doubling after three misses. Quality score and CSAT are not covered, which weighs "
                        "on quality, not on the credit regime.", None, True),
        coverage_availability=(P, "Portuguese-language Services shall be rendered by the Subcontractor from Lisbon by "
                                  "email and web chat only, Monday to Friday, 10:00 to 18:00 Lisbon time.",
                               "Portuguese (55% of phone volume) has no phone service, covers only 07:00-15:00 BRT on "
                               "weekdays, no Saturdays, and is European Portuguese; Arabic and English are covered. "
                               "Its own matrix says R-01/R-02 'in part'."),
        references_track_record=(M, "Public education authority, Northern Emirates | Mr. Tariq Bin Hamad, Director of "
                                    "Enrolment Services, +971 6 555 0142",
                                 "Three named referees with phone numbers and consent, attrition 2.1%, tenure over 31 "
                                 "months, eight quarters of 4.5 CSAT. None is a university, which is judged under "
                                 "industry experience (a reviewer might call this partial against R-13)."),
        pricing_clarity=(P, "The Third Party Costs are not included in the Charges and are not capable of estimation "
                            "at the date of this Proposal.",
                         "Unit charges in words and figures, one schedule, but platform costs unquantified, a "
                         "monthly minimum, a weekend supplement, a separate governance charge, CPI with a 3% floor, "
                         "and AED only although R-14 asks for BRL for the Brazil queue."),
    ),
    fees=dict(
        setup_fee=(PR, "the University shall pay a Commencement Services Fee of AED three hundred and twelve thousand "
                       "(AED 312,000), payable in two equal instalments",
                   "AED 312,000 one-time, two instalments", "Clause 12.3; amount in words and figures."),
        training_fee=(W, "No amount shall be invoiced to the University in respect of the induction, language "
                         "assessment or refresher instruction of any Agent, including Agents engaged to replace "
                         "departing staff.",
                      "", "Explicit waiver, including replacements (clause 5.3)."),
        minimum_commitment=(PR, "the University shall in each Contract Month pay not less than the Minimum Monthly "
                                "Consideration of AED one hundred and ninety thousand (AED 190,000), irrespective of "
                                "the number of Contacts handled.",
                            "AED 190,000 a month", "Clause 12.4. The staffing floor in 4.1 is not a fee (decoy)."),
        price_escalation=(PR, "the Charges shall be adjusted by the annual change in the Consumer Price Index published "
                              "by the Federal Competitiveness and Statistics Centre, provided that the adjustment shall "
                              "not be less than three per cent (3%).",
                          "UAE CPI, at least 3% a year", "Clause 12.7, after 12 firm months; a floor on the index."),
        premium_hours=(PR, "Contacts handled on Saturdays, Sundays or UAE public holidays shall attract a supplement of "
                           "twenty-five per cent (25%) of the applicable Unit Charge.",
                       "+25% on weekend and UAE holiday contacts",
                       "Clause 12.5; hits the Brazil queue's Saturday hours and peak weekends that the RFP requires."),
        technology_passthrough=(PR, "licences for Genesys Cloud CX, telephony carriage and toll-free numbers required "
                                    "for the Services shall be procured by the Contractor and recharged to the "
                                    "University at cost, without mark-up, as Third Party Costs.",
                                "at cost, not estimated", "Clause 12.6; 'without mark-up' does not make it free."),
        termination_fee=(PR, "If the University terminates this Agreement for convenience, the University shall pay an "
                             "Early Exit Sum equal to three (3) months of the Minimum Monthly Consideration.",
                         "3 x AED 190,000 = AED 570,000",
                         "Annex C, C.6, on the scanned page (OCR needed).", None, True),
        change_request_fee=(A, "", "", "Not mentioned."),
        travel_expenses=(A, "", "", "Not mentioned."),
        currency_adjustment=(W, "As the UAE Dirham is pegged to the US Dollar, the Charges shall not be varied by "
                                "reason of any movement in exchange rates during the Term.",
                             "", "Explicitly no exchange-rate adjustment (clause 12.8)."),
        reporting_fee=(A, "", "", "Not mentioned."),
        management_fee=(PR, "An Account Governance Charge of AED fourteen thousand five hundred (AED 14,500) shall be "
                            "payable for each Contract Month",
                        "AED 14,500 a month", "Clause 9.4, repeated in 12.10 as payable on top of the Charges."),
        auto_renewal=(A, "", "", "Clause 11.2: the Agreement expires unless AIU extends it (R-16 met); no "
                                 "automatic renewal."),
        nonbinding_pricing=(A, "", "", "Charges are firm for 12 months, then indexed; the assumptions in Schedule 8 "
                                       "give no right to re-price; the 120-day validity and the cover's 'subject to "
                                       "contract' are not non-binding prices (decoys)."),
        data_storage_fee=(W, "Recordings and transcripts shall be retained for the Term and ninety (90) days thereafter "
                             "at no additional charge to the University",
                          "", "Explicitly free for the whole term (clause 6.4)."),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
VENDORS["ponte-digital"] = dict(
    name="Ponte Digital Servicos de Relacionamento S.A.",
    file="proposals/ponte-digital.pdf",
    rates=[
        dict(item="Agent PT-BR/EN", amount=11900.00, currency="BRL", unit="FTE-month"),
        dict(item="Agent EN, Gulf queue night team", amount=13650.00, currency="BRL", unit="FTE-month"),
        dict(item="Agent AR (chat/email)", amount=15400.00, currency="BRL", unit="FTE-month"),
        dict(item="Supervisor", amount=16200.00, currency="BRL", unit="FTE-month"),
        dict(item="Initial training", amount=41.00, currency="BRL", unit="training hour per agent"),
        dict(item="Arabic phone interpretation (partner)", amount=6.90, currency="BRL", unit="minute"),
        dict(item="Custom report layout", amount=1450.00, currency="BRL", unit="layout"),
        dict(item="Scheduled custom report", amount=180.00, currency="BRL", unit="report-month"),
        dict(item="0800 toll-free minutes (pass-through estimate)", amount=0.11, currency="BRL", unit="minute"),
    ],
    criteria=dict(
        industry_experience=(M, "12 private higher-education institutions (HEIs) served since 2016; 1.9 million "
                                "student contacts in 2026 (admissions, FIES/ProUni financing, enrolment, billing).",
                             "Ten years with Brazilian universities, 41% of revenue, a 214-FTE four-campus programme."),
        scalability=(P, "Peak capacity: additional agents per client forecast, subject to 30 days' notice and "
                        "labour-market availability.",
                     "No number for the surge, hedged on the labour market; overflow seats shared with other "
                     "clients; only 6 Arabic agents with a pool of 14 candidates. RFP needs 2.2x peaks."),
        training_onboarding=(M, "Initial training: 80 h per agent (40 h AIU rules and admissions, 24 h systems, 16 h "
                                "service and LGPD); 2 weeks nesting; 4 h refresher per intake.",
                             "Hours by topic, nesting, refresher before each intake (R-09)."),
        quality_assurance=(M, "Monitoring: 6 contacts per agent per month, 24-item form, fortnightly calibration with "
                              "AIU, agents below 85% go into a 10-day coaching plan.",
                           "Sample above R-08's four, joint calibration, threshold and coaching plan, CSAT/FCR surveys, "
                           "root-cause report."),
        compliance_security=(P, "ISO/IEC 27001 certification audit scheduled for Q3 2027 (gap analysis done 2026); "
                                "controls aligned",
                             "Mandatory R-03 not met at go-live (ISO 27001 only planned); PDPL safeguards 'to be "
                             "assessed'; LGPD with named DPO and PCI scope reduction by transfer to AIU's IVR are "
                             "fine."),
        reporting_transparency=(M, "Monthly performance book | by 5th business day | PDF + Power BI",
                                "Real-time dashboard (15-min refresh), daily by 09:00, weekly, monthly by the fifth "
                                "business day: exactly R-07."),
        communication_governance=(X, "",
                                  "No account lead, no service or executive reviews, no escalation path; R-10 is "
                                  "skipped in its answers table. Named DPO and calibration sessions are other "
                                  "criteria."),
        technology_infrastructure=(M, "DR | Joinville site, 60 km of fibre redundancy; RTO 2 h; home-office kit for "
                                      "50% of agents",
                                   "NICE CXone with Salesforce CTI and case routing, WFM, recording for 24 months, "
                                   "second site with RTO 2 h, BCP tested twice a year."),
        service_levels=(P, "Service credits from month 13, percentages and cap to be agreed between the parties.",
                        "Targets 'targeted' and 'indicative' for the first year, some below Table 3 (abandonment 5%, "
                        "FCR 75%, CSAT 4.3, email in business days), credits undefined."),
        coverage_availability=(P, "Arabic: chat and email only, Mon-Fri 08:00-17:00 BRT; Arabic phone calls via "
                                  "interpreter partner (three-way call).",
                               "Arabic (15% of phone volume) has no native phone service and its hours (15:00-24:00 "
                               "GST) miss most of the Gulf queue's 08:00-19:00 GST; Gulf dialect not tested. "
                               "Portuguese and English are fully covered."),
        references_track_record=(M, "Rede Educacional Pampa (4 campuses) | Mr. Diego Ferraz, COO, +55 51 3555 0477 | "
                                    "full cycle, since 2018, 214 FTE",
                                 "Three named university referees with phone numbers, results (conversion +9 pp, "
                                 "CSAT, FCR), tenure 22 months, attrition 3.1%."),
        pricing_clarity=(P, "Prices are indicative until the end of the 60-day diagnostic; Ponte may revise the FTE "
                            "price if the measured AHT differs from Table 1 by more than 10%.",
                         "Clear BRL table, but indicative, with a floor, IPCA, pass-through minutes, per-minute "
                         "interpretation and AED conversion risk for the Gulf queue."),
    ),
    fees=dict(
        setup_fee=(W, "Implementation (setup, 10 weeks) | one-time | 0.00 (absorbed by Ponte)",
                   "", "Zero-priced line in the price table."),
        training_fee=(PR, "Initial training (80 h/agent) billed in month 1 for the launch team; replacement agents "
                          "trained and billed at the same hourly price.",
                      "BRL 41.00 per training hour per agent (80 h = BRL 3,280 per agent)",
                      "Price table line plus note; also for replacement agents."),
        minimum_commitment=(PR, "Minimum billing: 62 FTE per month, whatever the contact volume.",
                            "62 FTE a month (about BRL 792,550)", "Price note."),
        price_escalation=(PR, "Readjustment: annual, by the IPCA (IBGE) accumulated over the previous 12 months, "
                              "first applied in month 13.",
                          "IPCA annually from month 13", "Price note."),
        premium_hours=(W, "Saturday shifts and peak-week extended hours are billed at the standard FTE price, with no "
                          "overtime or weekend surcharge.",
                       "", "Explicit waiver; the night allowance for the Gulf night team is also 'paid by Ponte, "
                           "not billed' (risk R1)."),
        technology_passthrough=(PR, "Telephony: 0800 toll-free minutes passed through at carrier cost (estimate BRL "
                                    "0.11 per minute), on top of FTE prices.",
                                "carrier cost, about BRL 0.11 a minute", "Price note."),
        termination_fee=(A, "", "", "Not mentioned."),
        change_request_fee=(W, "Script, flow and knowledge-base changes: included in the FTE price, with 10 business "
                               "days' notice.",
                            "", "Explicitly included."),
        travel_expenses=(A, "", "", "Not mentioned (the knowledge analyst 'on site in Campinas' carries no charge "
                                   "either way)."),
        currency_adjustment=(PR, "Gulf queue invoiced in AED: BRL amount converted at the PTAX selling rate (Banco "
                                 "Central do Brasil) of the invoice date.",
                             "AED invoices follow the BRL/AED rate",
                             "Gulf-queue charges in AED move with the exchange rate (AIU bears it)."),
        reporting_fee=(PR, "Custom report layout | per layout | 1,450.00 | Scheduled custom report | report-month | "
                           "180.00",
                       "BRL 1,450 per layout + BRL 180 per scheduled report-month",
                       "Beyond the included standard pack (price table and note)."),
        management_fee=(A, "", "", "Not mentioned; supervisors are billed FTEs, not a management fee."),
        auto_renewal=(A, "", "", "Term 36 months; 'no automatic renewal (R-16)' accepted in the assumptions."),
        nonbinding_pricing=(PR, "Prices are indicative until the end of the 60-day diagnostic; Ponte may revise the FTE "
                                "price if the measured AHT differs from Table 1 by more than 10%.",
                            "FTE price revisable after the diagnostic", "Price note."),
        data_storage_fee=(A, "", "", "Recording retention of 24 months is stated without any charge or waiver "
                                     "wording (not mentioned as a cost)."),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
VENDORS["tejo"] = dict(
    name="Tejo Multilingual Hub, Unipessoal Lda.",
    file="proposals/tejo.pdf",
    rates=[
        dict(item="English, per productive hour", amount=27.40, currency="USD", unit="productive hour"),
        dict(item="Brazilian Portuguese, per productive hour", amount=28.90, currency="USD", unit="productive hour"),
        dict(item="Arabic, per productive hour", amount=33.60, currency="USD", unit="productive hour"),
        dict(item="Transition", amount=44500, currency="USD", unit="one-time"),
        dict(item="Post-go-live changes", amount=72, currency="USD", unit="analyst hour"),
        dict(item="Travel for steering visits (cap)", amount=18000, currency="USD", unit="year"),
    ],
    criteria=dict(
        industry_experience=(P, "We should be plain: Tejo has not yet operated an admissions or student-services desk "
                                "for a university.",
                             "Adjacent sectors only: a language-learning app's learner support, a study-abroad agency "
                             "(offer letters, visas, deposits) and a hospital's international patients office."),
        scalability=(P, "For AIU we would aim to add up to fifteen agents within about four weeks of a request, "
                        "subject to the Lisbon recruitment market at the time.",
                     "Hedged and too small: 48 agents need roughly 2.2x in January and July; +15 'aimed' in 'about' "
                     "four weeks, the rest overtime and cross-training."),
        training_onboarding=(M, "New agents on the AIU team complete a ninety-hour induction over three weeks",
                             "Hours by topic with AIU-approved material, two weeks with a buddy, sign-off, five-hour "
                             "refresher before each intake, monthly update."),
        quality_assurance=(P, "Our team leaders listen to a sample of conversations each week, give feedback the same "
                              "day, and we are targeting a quality score of ninety per cent",
                           "A 'sample' without size, no calibration with AIU, a targeted score (R-08)."),
        compliance_security=(M, "Tejo holds ISO/IEC 27001:2022 certification, certificate PT-ISMS-0883, covering both "
                                "our Lisbon and Porto sites",
                             "ISO 27001 for both sites, GDPR, ANPD clauses for LGPD, PDPL transfer agreement, PCI "
                             "DSS Level 1 IVR and its own v4.0 AoC."),
        reporting_transparency=(X, "",
                                "No report, dashboard or data delivery anywhere; R-07 is the only requirement left "
                                "out of its answers table. Meetings are governance, not reporting."),
        communication_governance=(M, "Anything that is not fixed at the weekly call goes to Ines within one working "
                                     "day, and to our managing director, Rui Fonseca, within two working days if it "
                                     "is still open.",
                                  "Named team with roles, weekly then fortnightly calls, monthly service review, "
                                  "quarterly steering, timed escalation path."),
        technology_infrastructure=(M, "We test the switch twice a year and commit to restoring service within three "
                                      "hours.",
                                   "Amazon Connect with the Salesforce CTI adapter and case routing, 60-seat Porto "
                                   "site, laptops for home working."),
        service_levels=(P, "Service credits would apply from the seventh month, once a baseline has been agreed, at "
                           "levels we would settle with you during negotiation.",
                        "Targets stated ('work towards'), credits deferred and undefined; FCR below Table 3 in year "
                        "one."),
        coverage_availability=(M, "English, Brazilian Portuguese and Arabic are each covered on phone, chat and email "
                                  "for every hour in Table 2, including Saturdays and the peak weeks.",
                               "Brazilian agents for the Brazil queue, native Arabic speakers tested on Gulf Arabic, "
                               "a shift table mapping Table 2 to Lisbon time; 24/7 offered but not priced."),
        references_track_record=(M, "Horizonte Study Abroad | Paulo Reis, Managing Director, +55 11 5555 0624 | "
                                    "student and parent enquiries in Portuguese, Arabic and English since 2021",
                                 "Three named referees with phone numbers, attrition 1.9%, tenure 34 months, CSAT "
                                 "history; not universities (judged under industry experience)."),
        pricing_clarity=(P, "Our costs are in euros. If the euro-dollar reference rate published by the European "
                            "Central Bank moves more than five per cent away from 1.0800, we will re-base the dollar "
                            "rates",
                         "Openly listed, but the dollar rates move with EUR/USD and the minimum wage, a night "
                         "supplement applies to required hours, and the monthly estimate leaves out the supplement "
                         "and the floor."),
    ),
    fees=dict(
        setup_fee=(PR, "Transition is priced at forty-four thousand five hundred US dollars (USD 44,500), invoiced in "
                       "two halves: at signature and at go-live.",
                   "USD 44,500 one-time", "Amount in words and figures."),
        training_fee=(W, "A productive hour is an hour an agent spends logged in and available for or handling AIU "
                         "contacts; breaks, training and team meetings are not billed.",
                      "", "Training hours are explicitly not billed (defined out of the billable unit)."),
        minimum_commitment=(PR, "We will invoice no fewer than five thousand two hundred productive hours in any "
                                "calendar month, even if the contact volume would need fewer.",
                            "5,200 productive hours a month (about USD 151,000)", "Billing floor in words."),
        price_escalation=(PR, "Each January our hourly rates rise by the same percentage as the Portuguese national "
                              "minimum wage set by the Government for that year.",
                          "Portuguese minimum-wage increase each January",
                          "Indexation to a wage, not CPI, and from the first January (no firm 12 months)."),
        premium_hours=(PR, "Hours worked between 22:00 and 07:00 Lisbon time carry the twenty-five per cent night "
                           "supplement required by Portuguese labour law, which we pass on to the hourly rate.",
                       "+25% on hours 22:00-07:00 Lisbon",
                       "The RFP needs no 24/7, but the time difference puts Gulf mornings (04:00-07:00 Lisbon) and "
                       "Brazil evenings (22:00-01:00 Lisbon) in Lisbon's night."),
        technology_passthrough=(W, "Amazon Connect, the Salesforce adapter, telephone numbers and minutes, headsets and "
                                   "laptops are ours to pay; none of it will appear on your invoice.",
                                "", "Explicit waiver."),
        termination_fee=(A, "", "", "Not mentioned (exit help at hourly rates is service, not a termination fee)."),
        change_request_fee=(PR, "Once the Hub is live, changes to routing, IVR menus or knowledge articles are "
                                "estimated in writing and charged at seventy-two US dollars per analyst hour once "
                                "approved.",
                            "USD 72 per analyst hour", "Amount in words."),
        travel_expenses=(PR, "Our quarterly steering visits to Campinas and Sharjah are invoiced at cost: economy "
                             "flights, hotel and a daily allowance, capped at eighteen thousand dollars a year.",
                         "at cost, capped at USD 18,000 a year", "Capped, but charged."),
        currency_adjustment=(PR, "If the euro-dollar reference rate published by the European Central Bank moves more "
                                 "than five per cent away from 1.0800, we will re-base the dollar rates by the same "
                                 "movement from the next quarter.",
                             "USD rates re-based on EUR/USD moves over 5%", "Currency band."),
        reporting_fee=(A, "", "", "Reporting is not mentioned at all."),
        management_fee=(A, "", "", "Not mentioned."),
        auto_renewal=(A, "", "", "Accepts the three-year term and AIU's option; no renewal clause."),
        nonbinding_pricing=(A, "", "", "'about', 'roughly' describe the volume estimate, not the rates, which are "
                                      "firm subject to the stated adjustments."),
        data_storage_fee=(W, "Recordings and chat transcripts are stored for twenty-four months, as the RFP asks, at "
                             "no charge",
                          "", "Explicit: 24 months at no charge."),
    ),
)
