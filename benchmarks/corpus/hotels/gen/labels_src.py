"""Ground truth of the `hotels` set, written by hand and blind; make_labels.py finds each quote's page(s) in the PDFs.

Criteria entries: (status, quote, why[, file[, ocr]]). Fee entries: (status, quote, amount, why[, file[, ocr]]).
Quotes are verbatim (8-40 words; "" for missing/absent); a quote across table cells is written with " | " between
cells. `file` names the PDF a quote is in when a vendor has several files. Statuses are what a careful procurement
lead would decide from the whole proposal against RFP KHH-GCC-2027-07, not from the quoted sentence alone.
"""
M, P, X = "met", "partial", "missing"
PR, W, A = "present", "waived", "absent"
PRICE = "price-schedule.pdf"

SCENARIO = ("Kaiyo Hospitality Holdings (31 hotels and resorts in Japan, Korea and Thailand; Kaiyo Circle loyalty "
            "programme, 1.2 million members) issues RFP KHH-GCC-2027-07 for one outsourced Guest Contact Centre: "
            "central reservations, loyalty enquiries and guest relations by phone, web chat, email, LINE (Japan, "
            "Thailand) and KakaoTalk (Korea) in Japanese, Korean, Thai and English (~82,600 contacts a month, peaks "
            "of about 1.8x); a 24/7 English global reservations line, Japan, Korea and Thailand queues every day "
            "including holidays, a weekday-only loyalty desk; SynXis and OPERA Cloud provided by Kaiyo; PCI DSS "
            "scope reduction, ISO/IEC 27001 for every site with APPI, PIPA and PDPA mandatory; prices in JPY, KRW, "
            "THB, SGD or USD with every charge shown and firm for 12 months; four-year term, one optional two-year "
            "extension, no automatic renewal; service credits with at least 10% at risk. Four vendors.")

VENDORS = {}

# ---------------------------------------------------------------------------------------------------------------
VENDORS["tsubasa"] = dict(
    name="Tsubasa Customer Relations Co., Ltd.",
    file="proposals/tsubasa/proposal.pdf",
    files=["proposals/tsubasa/proposal.pdf", "proposals/tsubasa/price-schedule.pdf"],
    rates=[
        dict(item="Global reservations line, English", amount=4200, currency="JPY", unit="productive hour"),
        dict(item="Japan queue, Japanese or English", amount=4350, currency="JPY", unit="productive hour"),
        dict(item="Korea queue, Korean (phone and chat)", amount=4600, currency="JPY", unit="productive hour"),
        dict(item="Thailand queue, English", amount=4400, currency="JPY", unit="productive hour"),
        dict(item="Kaiyo Circle loyalty desk", amount=4450, currency="JPY", unit="productive hour"),
        dict(item="Thai written enquiries (Siam Letterworks)", amount=980, currency="JPY", unit="email answered"),
        dict(item="Initial Setup Fee", amount=12800000, currency="JPY", unit="one-time"),
        dict(item="Replacement Communicator training from month seven", amount=165000, currency="JPY",
             unit="replacement Communicator"),
        dict(item="Custom report design", amount=95000, currency="JPY", unit="report"),
    ],
    criteria=dict(
        industry_experience=(M, "Since 2009 Tsubasa has operated the central reservation centres of eleven Japanese "
                                "hotel groups and ryokan chains, and we currently handle about 2.6 million "
                                "reservation contacts per year for them.",
                             "Hotel and ryokan reservations are its core work: named hotel clients with scope and "
                             "start year, volumes, a conversion result at Hakuun Hotels."),
        scalability=(X, "",
                     "Nothing on peaks, ramp-up, bench or surge capacity anywhere in either volume; R-12 is the one "
                     "requirement left out of its response table (section 12)."),
        training_onboarding=(M, "All Communicators assigned to Kaiyo complete 96 hours of Kaiyo training over three "
                                "weeks, covering brands, rate plans, Kaiyo Circle rules, SynXis and OPERA Cloud",
                             "Hours, content, 10 days on-the-job at 1:5, 85% certification, four-hour refresher "
                             "before each peak season (R-09)."),
        quality_assurance=(M, "Our quality team evaluates six contacts per Communicator per month using the quality "
                              "form of Kaiyo, and we hold calibration with your guest-experience team on the second "
                              "Tuesday of each month.",
                           "Six evaluations a month on Kaiyo's form (R-08 asks five), monthly calibration, 3% "
                           "booking audit (R-18)."),
        compliance_security=(M, "Both Fukuoka and Sapporo centres are certified to ISO/IEC 27001:2022 (certificate "
                                "number JQ-IS-27001-5521) and Tsubasa holds the PrivacyMark.",
                             "ISO 27001 for both sites and the Bangkok partner, PCI DSS v4.0 Level 1 payment IVR "
                             "and payment links, APPI, PIPA/PDPA transfer agreements."),
        reporting_transparency=(M, "A daily report is sent by 09:30 JST and the monthly performance report is "
                                   "delivered by the third business day of the following month",
                                "Real-time dashboard, daily report before the RFP's 10:00, monthly report with "
                                "named contents before the fourth business day (R-07)."),
        communication_governance=(M, "We propose a weekly operations call every Monday, a monthly service review "
                                     "and a quarterly executive review with our President.",
                                  "Named Senior Account Director, the full R-10 cadence and a three-step escalation "
                                  "path with response times."),
        technology_infrastructure=(M, "We commit to a recovery time objective of 60 minutes for voice and 4 hours "
                                      "for email and chat, and failover drills are carried out twice a year",
                                   "Own platform named (Amazon Connect, LINE routing, recording, NICE WFM), "
                                   "Sapporo secondary site, RTO 60 min for voice (R-11 asks 2 h), tested twice a "
                                   "year. KakaoTalk routing missing is judged under coverage."),
        service_levels=(P, "we propose a credit of 0.5% of the monthly fee for each service level which is missed, "
                           "with a maximum of 3% of the monthly fee in total.",
                        "Targets accepted, but 'best efforts' and credits capped at 3% where R-15 asks at least 10% "
                        "at risk."),
        coverage_availability=(P, "Thai-language phone, LINE and chat are not offered by Tsubasa. Thai enquiries "
                                  "are answered in writing only, by email in Thai",
                               "24/7 English line, Japan and Korea queues daily, loyalty desk weekdays (as the RFP "
                               "asks), but no Thai voice or messaging and no KakaoTalk at all (stated exclusions)."),
        references_track_record=(M, "Reference persons: Ms. Yuko Morita, Director of Distribution, Hakuun Hotels "
                                    "& Resorts (+81 3 5555 0142)",
                                 "Three named hotel-group referees with phone numbers, all agreed to be called; "
                                 "a measured result (conversion 31% to 38%)."),
        pricing_clarity=(P, "The estimated total for four years is JPY 4,540,000,000, excluding the items which are "
                            "charged at actual cost.",
                         "Rates and a four-year total, but the total leaves out pass-through carrier and LINE "
                         "costs, the night premium is in a note, and KRW/THB invoices float with the yen.", PRICE),
    ),
    fees=dict(
        setup_fee=(PR, "The Initial Setup Fee covers recruitment, system connection to SynXis and OPERA Cloud, and "
                       "the initial training. It is invoiced 50% at contract signing and 50% at go-live.",
                   "JPY 12,800,000 one-time", "Price table item 7 and Note 1.", PRICE),
        training_fee=(PR, "Training of replacement Communicators is free of charge for the first six months after "
                          "go-live. From the seventh month, JPY 165,000 per replacement Communicator will be "
                          "charged.",
                      "JPY 165,000 per replacement Communicator from month 7",
                      "A waiver that lapses after six months is a charge (initial training is inside the setup "
                      "fee).", PRICE),
        minimum_commitment=(A, "", None, "Priced per productive hour, no floor or minimum billing."),
        price_escalation=(PR, "Unit prices will be revised every April 1 according to the change of the Japan "
                              "consumer price index (all items less fresh food)",
                          "Japan CPI each 1 April",
                          "Indexation from the first April after an October go-live, i.e. after six months.",
                          PRICE),
        premium_hours=(PR, "Late-night and early-morning hours (22:00-05:00 JST) of the global reservations line "
                           "are charged with a 25% premium added to the unit price of item 1.",
                       "+25% on JPY 4,200/hour, 22:00-05:00 JST",
                       "Night premium on hours the RFP requires (24/7 line), only in Note 3.", PRICE),
        technology_passthrough=(PR, "Toll-free numbers and telephone line charges of the carriers are charged at "
                                    "actual cost every month, together with the LINE official account message "
                                    "fees.",
                                "carrier and LINE charges at actual cost", "Note 4, unquantified.", PRICE),
        termination_fee=(A, "", None, "No early-termination charge; the only 'not refundable' wording concerns the "
                                      "setup fee already paid."),
        change_request_fee=(W, "Minor changes of scripts, FAQ and routing requested by Kaiyo are carried out within "
                               "the unit prices, without additional charge.",
                            None, "Note 8: changes explicitly not charged.", PRICE),
        travel_expenses=(W, "Travel expenses of our staff for visits to the Kaiyo head office and hotels are borne "
                            "by Tsubasa.",
                         None, "Note 9: travel at the vendor's cost.", PRICE),
        currency_adjustment=(PR, "Korea queue and Thailand queue are invoiced in KRW and THB. The amount is "
                                 "converted from the JPY price at the TTM rate of MUFG Bank on the invoice date.",
                             "JPY prices converted at MUFG TTM on each invoice date",
                             "Kaiyo carries the yen's movement on the KRW and THB invoices.", PRICE),
        reporting_fee=(PR, "Design of each additional custom report requested by Kaiyo is charged JPY 95,000 per "
                           "report.",
                       "JPY 95,000 per custom report", "Note 7: standard reports included, custom ones charged.",
                       PRICE),
        management_fee=(A, "", None, "No management or account charge; the Account Director is not priced."),
        auto_renewal=(PR, "After the initial term, this agreement will be renewed automatically for one year each "
                          "time unless either party notifies otherwise three months before expiry.",
                      "one-year automatic renewals",
                      "Only in Volume 1, section 11 (contract terms), against R-17."),
        nonbinding_pricing=(A, "", None, "Prices valid 150 days, nothing indicative or subject to revision "
                                         "before signing."),
        data_storage_fee=(W, "Recording and transcript storage, 18 months | month | 0 (included)",
                          None, "Price table item 8: the 18 months of R-06 at zero.", PRICE),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
VENDORS["hanbit"] = dict(
    name="Hanbit Global CX Co., Ltd.",
    file="proposals/hanbit.pdf",
    rates=[
        dict(item="Global reservations line, English agent", amount=3950, currency="USD", unit="FTE per month"),
        dict(item="Japan queue agent (JA/EN)", amount=4480, currency="USD", unit="FTE per month"),
        dict(item="Korea queue agent (KO)", amount=5150000, currency="KRW", unit="FTE per month"),
        dict(item="Thailand queue agent (EN; TH by partner)", amount=4120, currency="USD", unit="FTE per month"),
        dict(item="Kaiyo Circle loyalty desk agent", amount=4600, currency="USD", unit="FTE per month"),
        dict(item="Initial training of agents", amount=1250000, currency="KRW", unit="agent, one-time"),
        dict(item="Account management", amount=6800000, currency="KRW", unit="month"),
    ],
    criteria=dict(
        industry_experience=(P, "Our hospitality customers are a Korean full-service airline (reservation and "
                                "mileage programme, since 2012), two duty-free shop chains at Incheon and Gimpo "
                                "airports, and a car rental company on Jeju island.",
                             "Presented as 'huge hospitality experience', but no hotel or resort client at all: "
                             "airline, duty-free and car rental are travel, not hotel reservations (R-13)."),
        scalability=(M, "For peak weeks (Golden Week, Chuseok, Songkran, year-end) we can add up to 90% more agents "
                        "within two weeks from your forecast, and Busan centre has 160 empty seats ready.",
                     "Bench of 210, +90% in two weeks (RFP peaks ~1.8x), 160 seats, a prior Chuseok ramp from 120 "
                     "to 205 in 17 days."),
        training_onboarding=(M, "New agents take 80 hours classroom training for Kaiyo: brands, rate plan, Kaiyo "
                                "Circle rule, SynXis and OPERA Cloud.",
                             "Hours and content, two weeks nesting at 1:6, 90% test, three-hour refresher before "
                             "each peak."),
        quality_assurance=(M, "Quality team evaluates five contacts per agent per month with Kaiyo form, and "
                              "calibration meeting with Kaiyo guest-experience team is held monthly, first week.",
                           "R-08 met as asked, re-training rule, 2.5% booking audit (R-18)."),
        compliance_security=(P, "For Busan centre, ISO/IEC 27001 certification is in progress and we expect the "
                                "certificate in the second half of 2027.",
                             "PCI DSS v4.0 with DTMF masking and payment links, Seoul certified, but the Busan "
                             "site (failover and loyalty desk) not certified (mandatory R-04 asks every site), and "
                             "APPI/PDPA left to 'the instruction of Kaiyo'."),
        reporting_transparency=(M, "Hanbit gives Kaiyo a real-time dashboard (Genesys Pulse), daily report by 09:00 "
                                   "JST and monthly report by the fourth business day.",
                                "R-07 as asked, with the tool named."),
        communication_governance=(X, "",
                                  "No account lead, meeting cadence or escalation path anywhere (R-10 silently "
                                  "dropped from its answer list); only a sales contact on the cover."),
        technology_infrastructure=(M, "Recovery time objective is 90 minutes for voice and 3 hours for chat and "
                                      "email, and we test the switch-over every quarter.",
                                   "Genesys Cloud CX with KakaoTalk and LINE connectors, NICE WFM, Busan failover "
                                   "with RTO 90 min (R-11 asks 2 h), quarterly tests, 18-month retention."),
        service_levels=(P, "Hanbit prefers to discuss a service credit after six months of operation, when we know "
                           "the real volume.",
                        "Targets 'we aim', email target only from month 4, no service credits (R-15)."),
        coverage_availability=(P, "Our partner Krungthep Voice Co., Ltd. provides Thai agents on Monday to Friday, "
                                  "09:00 to 18:00 Bangkok time. On weekend and Thai holidays, Thai guests are served "
                                  "by English agents.",
                               "Thai weekdays only, where the RFP asks every day 08:00-20:00 ICT; every other queue "
                               "and channel (KakaoTalk, LINE, 24/7 English) covered."),
        references_track_record=(P, "Hanbit was founded 2006 in Seoul. We have 2,300 employees in Seoul (Guro) "
                                    "centre and Busan (Haeundae) centre, and we handle 31 million contacts in one year",
                                 "Volumes and one ramp example, but no client named and no referee offered "
                                 "(R-13 asks references Kaiyo may call)."),
        pricing_clarity=(P, "Prices in this proposal are not final price. After the due diligence of volume and "
                            "handle time in the transition, Hanbit can adjust the FTE price before signing.",
                         "Rate table in two currencies, but prices not final, key charges in footnotes, one table "
                         "row mixing an included item with a charge, and no four-year total."),
    ),
    fees=dict(
        setup_fee=(W, "Hanbit does not ask any setup or transition fee. Not one won: recruitment, system connection "
                      "and project management are our investment for Kaiyo.",
                   None, "Explicit waiver, also 'Setup and transition | no charge' in the table."),
        training_fee=(PR, "Initial training of agents | KRW 1,250,000 | per agent, one time",
                      "KRW 1,250,000 per agent", "Price table row."),
        minimum_commitment=(PR, "Monthly billing is not less than 62 FTE, even if the volume is less than "
                                "forecast. FTE above 62 is billed by actual.",
                            "62 FTE per month", "Footnote (1)."),
        price_escalation=(PR, "On 1 January each year, all prices increase 4.5% because of Korea minimum wage "
                              "increase. First increase is on 1 January 2028.",
                          "+4.5% each 1 January",
                          "Footnote (2): three months after an October 2027 go-live."),
        premium_hours=(W, "There is no extra charge for night, Sunday or holiday hours. It is not true that we "
                          "charge holiday premium for Chuseok, Seollal or Golden Week",
                       None, "Double negative, but a waiver: same FTE price for all hours."),
        technology_passthrough=(PR, "KakaoTalk BizMessage and LINE message sending cost is passed through to Kaiyo "
                                    "at the price of Kakao and LY Corporation (about KRW 8 per message).",
                                "about KRW 8 per message", "Footnote (3)."),
        termination_fee=(PR, "If Kaiyo terminates the contract for convenience before 24 months from go-live, Kaiyo "
                             "pays 50% of the minimum billing of (1) for the remaining months until month 24.",
                         "50% of 62 FTE per remaining month to month 24", "Footnote (4)."),
        change_request_fee=(A, "", None, "Not mentioned."),
        travel_expenses=(A, "", None, "Not mentioned."),
        currency_adjustment=(W, "Exchange rate risk is Hanbit's own. We never adjust the USD prices when KRW "
                                "moves, during the whole term.",
                             None, "Explicitly no exchange-rate adjustment."),
        reporting_fee=(W, "Account management and standard reporting | included / KRW 6,800,000 per month for "
                          "account management only",
                       None, "One table row merges the waived item (standard reporting, included) with a charged "
                             "one (account management)."),
        management_fee=(PR, "Account management and standard reporting | included / KRW 6,800,000 per month for "
                            "account management only",
                        "KRW 6,800,000 per month", "The charged half of the merged row."),
        auto_renewal=(A, "", None, "'We agree there is no automatic renewal' (a decoy, not a charge)."),
        nonbinding_pricing=(PR, "Prices in this proposal are not final price. After the due diligence of volume and "
                                "handle time in the transition, Hanbit can adjust the FTE price before signing.",
                            None, "Footnote (5): prices may change before signing."),
        data_storage_fee=(A, "", None, "18-month retention stated, no charge either way."),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
VENDORS["islas-bright"] = dict(
    name="Islas Bright CX, Inc.",
    file="proposals/islas-bright.pdf",
    rates=[
        dict(item="Global reservations line, English", amount=15.90, currency="USD", unit="productive hour"),
        dict(item="Japan queue, Japanese or English", amount=24.80, currency="USD", unit="productive hour"),
        dict(item="Korea queue, Korean", amount=23.40, currency="USD", unit="productive hour"),
        dict(item="Thailand queue, English", amount=15.90, currency="USD", unit="productive hour"),
        dict(item="Kaiyo Circle loyalty desk", amount=22.60, currency="USD", unit="productive hour"),
        dict(item="Launch Studio", amount=99500, currency="SGD", unit="one-time"),
        dict(item="Change hours beyond 20 per quarter", amount=85, currency="USD", unit="hour"),
        dict(item="Retention beyond six months", amount=0.02, currency="USD", unit="recording or transcript-month"),
    ],
    criteria=dict(
        industry_experience=(M, "Since 2012 our Guest Experience Specialists have looked after travellers for some "
                                "of the most loved names in Asian hospitality, and today 3,400 Islas people in "
                                "Manila and Cebu speak for 14 hotel and resort brands.",
                             "Named hotel and resort groups, reservations, loyalty and guest relations, volumes "
                             "and a measured result."),
        scalability=(P, "Golden Week, Obon, Chuseok, Songkran, year-end: our flex model means we can scale to "
                        "virtually any peak.",
                     "No numbers: no bench size, lead time or ramp (R-12 answered 'Flex model')."),
        training_onboarding=(M, "15 days and 110 hours of Kaiyo immersion (your brands, rate plans, Kaiyo Circle "
                                "rules, SynXis and OPERA Cloud), then a 10-day nesting bay with one coach for every "
                                "six specialists.",
                             "Hours, content, nesting ratio, 88% certification, refresher before each peak."),
        quality_assurance=(X, "",
                           "No evaluations, calibration or booking audit anywhere; R-08 and R-18 are left out of "
                           "its answers table."),
        compliance_security=(M, "PCI DSS v4.0 Level 1 service provider: guests key card numbers on the phone keypad, "
                                "agents hear only tones and see only masked fields",
                             "ISO 27001:2022 for both sites, PCI scope reduction on voice and messaging, APPI/PIPA/"
                             "PDPA transfer agreements, data in AWS Tokyo."),
        reporting_transparency=(M, "A daily snapshot lands in your inbox by 09:00 JST and the monthly performance "
                                   "story arrives by the third business day",
                                "Live dashboard, daily and monthly reports with deadlines (R-07)."),
        communication_governance=(M, "If something goes wrong, our written escalation path takes it from team lead "
                                     "to site director to Patricia within four hours, and to Ramon the same day.",
                                  "Named Account Director and CEO, weekly, monthly and quarterly meetings, written "
                                  "escalation path."),
        technology_infrastructure=(P, "We aim to restore voice service within a few hours, and our resilience team "
                                      "rehearses the switch once a year.",
                                   "Platform named with LINE and KakaoTalk connectors, but recovery is hedged ('aim', "
                                   "'a few hours') where R-11 asks two hours, and retention is six months, not 18."),
        service_levels=(P, "if we miss, Kaiyo gets a service credit of 1% of that month's charges for each missed "
                           "level, up to a ceiling of 5%.",
                        "Targets as a 'North Star' with credits capped at 5% (R-15 asks at least 10%)."),
        coverage_availability=(P, "Thai is not part of our language portfolio, so Thai-speaking guests will be "
                                  "welcomed by our English team on every channel",
                               "Stated exclusion of Thai on every channel (mandatory R-01); all hours and the other "
                               "languages and channels covered."),
        references_track_record=(M, "Ms. Corazon Velasco, VP Distribution, Palmera Resorts (+63 2 5550 1180); Mr. "
                                    "Adrian Teo, Director of Guest Experience, Garnet & Gold Hotels (+65 5550 4421)",
                                 "Three named hotel referees with numbers and measured results."),
        pricing_clarity=(P, "Estimated four-year total for the Table 1 volumes: USD 18.6 million, including the "
                            "Launch Studio and the annual step-ups.",
                         "A rate table and total, but five charges sit in asterisked footnotes outside the total "
                         "(night uplift, changes, travel, peso re-basing, retention), and a credit is shown beside "
                         "the charges."),
    ),
    fees=dict(
        setup_fee=(PR, "Launch Studio (transition, recruitment, systems, go-live) | SGD 99,500 one-time",
                   "SGD 99,500 one-time", "Rate-table row; the USD 20,000 Welcome Credit is a credit, not a "
                                          "waiver of this fee."),
        training_fee=(W, "Academy training for every new and replacement Guest Experience Specialist is on us, for "
                         "the whole life of the contract.",
                      None, "Explicit, no lapse."),
        minimum_commitment=(A, "", None, "Per productive hour, no floor."),
        price_escalation=(PR, "Our rates step up by three and one-half percent on each anniversary of go-live, which "
                              "keeps pace with wage growth in the Philippines.",
                          "3.5% a year", "Number in words."),
        premium_hours=(PR, "Overnight hours (22:00-06:00 Manila time) on the global reservations line carry the "
                           "statutory night differential, billed as a 10% uplift on the hourly rate.",
                       "+10% on overnight hours", "Asterisk footnote; the RFP requires the 24/7 line."),
        technology_passthrough=(W, "Platform, telephony, LINE and KakaoTalk messaging costs are baked into our "
                                   "rates, so Kaiyo will never see a technology or minutes line on an Islas invoice.",
                                None, "Explicit waiver."),
        termination_fee=(A, "", None, "Not mentioned."),
        change_request_fee=(PR, "Workflow and script changes: the first 20 hours each quarter are free; additional "
                                "change hours are billed at USD 85 per hour.",
                            "USD 85 per hour beyond 20 hours a quarter",
                            "A free allowance followed by a charge is a charge."),
        travel_expenses=(PR, "On-site visits to Kaiyo hotels or offices at Kaiyo's request are billed at cost plus "
                             "an 8% handling charge.",
                         "cost plus 8%", "Footnote."),
        currency_adjustment=(PR, "Rates assume a rate of PHP 56.00 to the US dollar. If the peso strengthens beyond "
                                 "PHP 52.00 for two consecutive months, Islas will re-base the USD rates",
                             "re-basing beyond PHP 52.00/USD", "Footnote."),
        reporting_fee=(A, "", None, "Reports described, no charge either way."),
        management_fee=(A, "", None, "Not mentioned."),
        auto_renewal=(A, "", None, "'no automatic renewal' accepted (decoy)."),
        nonbinding_pricing=(A, "", None, "Prices valid 150 days; 'Rates assume' a peso rate is the currency "
                                         "clause, not a right to re-price before signing."),
        data_storage_fee=(PR, "Retention beyond the standard six months, including the 18 months of R-06, is billed "
                              "at USD 0.02 per recording or transcript per month.",
                          "USD 0.02 per recording-month beyond six months",
                          "Storage free only for six months when the RFP requires 18."),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
VENDORS["chao-phraya"] = dict(
    name="Chao Phraya Contact Services Co., Ltd.",
    file="proposals/chao-phraya.pdf",
    rates=[
        dict(item="Hourly Rate - Thai or English Agent", amount=640, currency="THB", unit="productive hour"),
        dict(item="Hourly Rate - Japanese Agent", amount=1150, currency="THB", unit="productive hour"),
        dict(item="Hourly Rate - loyalty desk Agent (JA/TH/EN)", amount=980, currency="THB", unit="productive hour"),
        dict(item="Mobilisation Fee", amount=3800000, currency="THB", unit="one-time"),
        dict(item="Minimum Monthly Charge", amount=5200000, currency="THB", unit="month"),
        dict(item="Variation (consultant hour)", amount=2400, currency="THB", unit="hour"),
    ],
    criteria=dict(
        industry_experience=(M, "Since 2011 the Contractor has provided reservation, loyalty and guest-relations "
                                "services to hotel operators in Thailand, including Siam Orchid Hotels & Resorts "
                                "(fourteen hotels, central reservations in Thai and English since 2011)",
                             "Three named hotel operators with scope and years, 4.4 million hotel contacts in "
                             "2026."),
        scalability=(M, "shall, on eight (8) weeks' notice of a peak forecast, increase the Agents deployed on the "
                        "Services by up to eighty-five per cent (85%) for the duration of the peak.",
                     "Binding +85% on the RFP's eight weeks' notice (peaks ~1.8x), reserve of 90 agents."),
        training_onboarding=(P, "All Agents shall receive induction training in accordance with the Contractor's "
                                "standard training programme, adapted to the Company's brands and systems, prior to "
                                "handling any live Contact.",
                             "No hours, content, certification or peak refreshers (R-09); only that training "
                             "happens and its cost is the Contractor's."),
        quality_assurance=(M, "The Contractor shall evaluate not fewer than five (5) Contacts per Agent per calendar "
                              "month against the Company's quality form",
                           "R-08 and R-18 (2% audit) as asked, with a withdrawal rule."),
        compliance_security=(M, "No Agent shall hear, view or record payment card data. Card data shall be captured "
                                "by a PCI DSS v4.0 validated payment IVR with DTMF suppression",
                             "ISO 27001:2022 for both sites, PDPA, APPI and PIPA as processor with transfer "
                             "agreements, PCI scope reduction."),
        reporting_transparency=(X, "",
                                "No dashboard, daily or monthly report anywhere; R-07 is the one requirement "
                                "missing from Schedule 4."),
        communication_governance=(M, "The Contractor shall appoint Khun Siriporn Chaiyasit as Account Director. The "
                                     "parties shall hold a weekly operations call, a monthly service review and a "
                                     "quarterly executive review.",
                                  "Named director, R-10 cadence, escalation path with response times (clause 8.2)."),
        technology_infrastructure=(M, "the Services shall be transferred to the Chiang Mai site with a recovery time "
                                      "objective of two (2) hours for voice and four (4) hours for written channels.",
                                   "Platform named, second site, RTO equal to R-11, tested twice a year, 18-month "
                                   "retention."),
        service_levels=(M, "The aggregate Service Credits in any month shall not exceed twelve per cent (12%) of "
                           "the Charges for that month.",
                        "All Table 4 targets with a credit each and a 12% cap (R-15 asks 10%); only on the scanned "
                        "Schedule 3.", None, True),
        coverage_availability=(P, "The Japan queue shall be staffed in Japanese and English from Monday to Friday, "
                                  "09:00 to 18:00 ICT, by telephone, LINE and chat.",
                               "Japanese weekday office hours only where the RFP asks every day 08:00-22:00 JST; "
                               "Korean and KakaoTalk excluded (clause 3.4). 24/7 line, Thailand queue and the "
                               "weekday loyalty desk match the RFP."),
        references_track_record=(P, "Referees from the clients named in clause 2.2 shall be made available to the "
                                    "Company upon execution of a non-disclosure agreement between the Company and "
                                    "the Contractor.",
                                 "Named clients, but referees only after an NDA, no contacts and no results."),
        pricing_clarity=(M, "The estimated total Charges for the Term on the volumes of Table 1 of the RFP are Baht "
                            "seven hundred and sixty-eight million (THB 768,000,000), inclusive of the Mobilisation Fee.",
                         "Every charge in one numbered Part 9 with amounts in words and figures, the index named, "
                         "and a four-year total."),
    ),
    fees=dict(
        setup_fee=(PR, "A Mobilisation Fee of Baht three million eight hundred thousand (THB 3,800,000) shall be "
                       "payable by the Company upon signature of the Agreement.",
                   "THB 3,800,000 one-time", "Clause 9.2."),
        training_fee=(W, "The Contractor shall bear the cost of all initial, refresher and replacement training of "
                         "Agents, and no Charge shall arise therefrom.",
                      None, "Clause 4.2."),
        minimum_commitment=(PR, "The Company shall pay in respect of each month a Minimum Monthly Charge of Baht five "
                                "million two hundred thousand (THB 5,200,000), notwithstanding that the Charges",
                            "THB 5,200,000 per month", "Clause 9.3."),
        price_escalation=(PR, "The Hourly Rates shall be adjusted on each anniversary of the Commencement Date by "
                              "the percentage change in the Thailand Consumer Price Index published by the Ministry "
                              "of Commerce",
                          "Thai CPI plus 1% a year", "Clause 9.5."),
        premium_hours=(PR, "Services rendered on Thai public holidays, including the Songkran period, shall be "
                           "charged at one and one-half (1.5) times the applicable Hourly Rate.",
                       "1.5x on Thai public holidays",
                       "The RFP requires the country queues on every holiday."),
        technology_passthrough=(A, "", None, "Platform provided, no pass-through clause."),
        termination_fee=(PR, "the Company shall pay an Early Termination Charge equal to three (3) months of the "
                             "Minimum Monthly Charge",
                         "THB 15,600,000 (three months of the minimum)",
                         "Only on the scanned Schedule 3 (S3.3).", None, True),
        change_request_fee=(PR, "Any Variation to the Services requested by the Company after the Commencement Date "
                                "shall be charged at Baht two thousand four hundred (THB 2,400) per consultant hour.",
                            "THB 2,400 per consultant hour", "Clause 9.7."),
        travel_expenses=(W, "No travel, accommodation or subsistence expenses of the Contractor's Personnel shall be "
                            "recoverable from the Company.",
                         None, "Clause 9.8."),
        currency_adjustment=(PR, "Charges for the Japan queue shall be invoiced in Japanese Yen, being the Baht "
                                 "amount converted at the selling rate of Bangkok Bank Public Company Limited on the "
                                 "date of invoice.",
                             "THB converted to JPY at the bank's selling rate", "Clause 9.6."),
        reporting_fee=(A, "", None, "No reports at all, so no report charge."),
        management_fee=(W, "Account management, including the Account Director and the governance under Part 8, is "
                           "included within the Hourly Rates and no separate management charge shall be levied.",
                        None, "Clause 9.9."),
        auto_renewal=(A, "", None, "'shall not renew save by the Company's written election' (decoy)."),
        nonbinding_pricing=(A, "", None, "Tender open for acceptance 150 days."),
        data_storage_fee=(W, "Retention Charge (recordings, 18 months) | per month | nil",
                          None, "A fee-looking table row priced at nil."),
    ),
)
