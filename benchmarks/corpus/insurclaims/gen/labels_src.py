SCENARIO = ("Ardcairn General Insurance DAC (Dublin non-life insurer, ~610,000 motor, household and small-commercial "
            "policyholders in Ireland and, through its Belfast UK branch, Northern Ireland and Great Britain) outsources "
            "first notification of loss (FNOL) intake by phone (24/7), web form and email, indexing of claims documents "
            "into Guidewire ClaimCenter (~93,000 a month) and subrogation recovery letters (~2,350 a month); English on "
            "every channel, Polish on phone and email 08:00-20:00 Mon-Sat, Irish (Gaeilge) on request; ISO 27001 and "
            "EEA/UK-only processing; term thirty-six (36) months plus one optional 12-month extension; prices to be "
            "quoted in EUR (one vendor quotes in INR). RFP AGI-CLM-2027-04 plus four proposals.")
M, P, X = "met", "partial", "missing"
PR, W, A = "present", "waived", "absent"

VENDORS = {}

# ---------------------------------------------------------------- A: dense legal clauses, UK (GBP-based), prices in EUR
VENDORS["fenwick-lorimer"] = dict(
  name="Fenwick Lorimer Claims Solutions Limited", file="proposals/fenwick-lorimer.pdf",
  rates=[dict(item="FNOL contact handled, any channel", amount=9.40, currency="EUR", unit="notification"),
         dict(item="Document indexed", amount=0.62, currency="EUR", unit="document"),
         dict(item="Subrogation letter (first letter and two chasers)", amount=6.75, currency="EUR", unit="letter"),
         dict(item="Mobilisation Charge", amount=212000, currency="EUR", unit="one-time"),
         dict(item="Minimum Monthly Charge", amount=246000, currency="EUR", unit="month")],
  criteria=dict(
    industry_experience=(M, "Since 2009 the Supplier has delivered first notification of loss and claims administration services to UK and Irish general insurers", "18 years of FNOL for UK/Irish general insurers, four motor and household programmes, 41,000 notifications a month, subrogation letters for two clients"),
    scalability=(M, "the Supplier maintains an Event Response Reserve of sixty (60) Handlers cross-trained on Ardcairn's FNOL process, of whom not less than forty (40) shall be deployed within four (4) hours", "numbered storm reserve with deployment time; 640 workstations over two sites"),
    training_onboarding=(P, "Handlers shall receive induction training appropriate to their role before handling live Notifications, and refresher training from time to time.", "training promised without length, content or cadence (only a CPC module is named)"),
    quality_assurance=(X, "", "no QA sampling, scorecard or calibration for calls; only the 400-document indexing accuracy sample, which belongs to the indexing service level"),
    compliance_security=(M, "The Supplier holds ISO/IEC 27001:2022 certification, certificate number LRQ 4120388, issued by LRQA, covering its Doxford Park (Sunderland) and Pennyburn (Derry~Londonderry) sites", "named certificate with number, body, scope and expiry; Cyber Essentials Plus, PCI DSS, UK-only processing, DPA"),
    reporting_transparency=(M, "The Supplier shall deliver the Monthly Performance Report no later than the fifth (5th) Business Day after each month end, and shall maintain an intraday dashboard refreshed every fifteen (15) minutes.", "timed monthly report with listed contents and a 15-minute dashboard"),
    communication_governance=(M, "The Account Director shall be Gráinne McElhinney, based at Pennyburn, and the Subrogation Team Lead shall be Tobias Renshaw, based at Doxford Park.", "named people plus weekly, monthly and quarterly governance"),
    technology_infrastructure=(X, "", "no platform, telephony, disaster recovery or uptime described (only that the Supplier bears telephony and licence costs)"),
    service_levels=(M, "Each Service Level in Table 6.1 carries the Service Credit shown against it, and the aggregate Service Credits in any month are capped at twelve per cent (12%) of the Monthly Charges.", "five numeric targets each with a credit, 12% cap, doubling for repeat misses (SL-1 target is below the RFP's, a compliance matter)"),
    coverage_availability=(M, "The FNOL telephone line shall be staffed at all times, twenty-four (24) hours a day on every day of the year, from Doxford Park, with Pennyburn operating as the resilience site.", "24/7 phone, web/email hours, Polish 08:00-20:00 Mon-Sat, Irish call-back within one business day"),
    references_track_record=(M, "Reference 1: Harrow and Tyne Mutual Insurance Society Limited (motor and household, Newcastle upon Tyne). Contact: Deirdre Pollock, Head of Claims Operations.", "two named insurer references with contacts, client tenure and a six-of-six retention figure"),
    pricing_clarity=(P, "The Charges for any chaser letter beyond the 42-day chaser shall be agreed between the Parties on a case-by-case basis.", "clear EUR unit prices and one-time charge, but some letter charges left open and a floor, holiday surcharge and archive charge sit outside the table"),
  ),
  fees=dict(
    setup_fee=(PR, "A Mobilisation Charge of two hundred and twelve thousand euro (EUR 212,000) shall be payable in two equal instalments", "EUR 212,000 one-time", "mobilisation charge, amount in words and digits"),
    training_fee=(PR, "each additional Handler shall be inducted at the Induction Rate of EUR 1,480 per Handler.", "EUR 1,480 per added handler", "induction billed for headcount increases"),
    minimum_commitment=(PR, "the Charges invoiced for any month shall not be less than the Minimum Monthly Charge of EUR 246,000, irrespective of the volume of Notifications received.", "EUR 246,000 per month floor", "billing floor"),
    price_escalation=(PR, "the Unit Prices shall be adjusted by the lesser of the annual percentage change in the HICP for Ireland published by the CSO and three per cent (3%).", "HICP capped at 3% from month 25", "indexation (compliant with R-04, but still a cost)"),
    premium_hours=(PR, "Notifications handled between 24 December and 2 January (inclusive) in any year shall be charged at one hundred and forty per cent (140%) of the applicable Unit Price.", "140% over the Christmas period", "date-range surcharge"),
    technology_passthrough=(W, "The Supplier shall bear the cost of all telephony carriage, network connectivity and software licences it uses to provide the Services, none of which shall be recharged to Ardcairn.", "none", "pass-through excluded in legal voice"),
    termination_fee=(PR, "subject to payment of the Early Termination Sum, being the Supplier's unrecovered transition investment plus EUR 95,000.", "unrecovered investment + EUR 95,000", "convenience termination sum"),
    change_request_fee=(PR, "Any change to the Services requested by Ardcairn shall be assessed under the change control procedure and priced at the Professional Services Day Rate of EUR 1,150 per consultant day.", "EUR 1,150 per consultant day", "changes billed at a day rate"),
    travel_expenses=(W, "Travel, accommodation and subsistence incurred by Supplier Personnel in attending governance meetings in Dublin or Belfast are included in the Charges and shall not be invoiced separately.", "none", "travel included"),
    currency_adjustment=(A, "", "", "prices in EUR; sterling figures are illustrative and expressly non-binding (decoy), no FX mechanism"),
    reporting_fee=(W, "The reports described in this Section 7 are provided as part of the Services and attract no additional Charge.", "none", "reporting included"),
    management_fee=(A, "", "", "no management or governance charge"),
    auto_renewal=(W, "This Agreement shall expire at the end of the Term (or of the Extension Period, if exercised) and shall not renew automatically.", "none", "no automatic renewal"),
    nonbinding_pricing=(A, "", "", "unit prices are firm; only post-42-day chasers are left to agreement (pricing clarity, not an indicative price)"),
    data_storage_fee=(PR, "Retained Records are stored without charge for twenty-four (24) months from their creation; thereafter an Archive Charge of EUR 0.85 per gigabyte per month applies.", "EUR 0.85 per GB per month after 24 months", "lapsing waiver"),
  ),
)

# ---------------------------------------------------------------- B: warm marketing, India, prices in INR, scanned annexure
VENDORS["kaveri-lumen"] = dict(
  name="Kaveri Lumen Experience Services Pvt. Ltd.", file="proposals/kaveri-lumen.pdf",
  rates=[dict(item="FNOL voice advisor (English)", amount=295000, currency="INR", unit="FTE-month"),
         dict(item="FNOL voice advisor (Polish, Krakow partner)", amount=410000, currency="INR", unit="FTE-month"),
         dict(item="Digital FNOL and indexing specialist", amount=260000, currency="INR", unit="FTE-month"),
         dict(item="Team leader", amount=385000, currency="INR", unit="FTE-month"),
         dict(item="Transition investment", amount=11200000, currency="INR", unit="one-time")],
  criteria=dict(
    industry_experience=(P, "Insurers on three continents trust us with their most important moment - the claim - including a leading US health payer and one of India's fastest-growing motor insurers.", "unnamed insurers outside Ireland/UK, health payer, no general-insurance FNOL volumes"),
    scalability=(M, "we can add 50 trained FNOL advisors to your programme within 21 calendar days of a written request.", "1,900 seats, 50 advisors in 21 days, StormReady surge squad"),
    training_onboarding=(M, "Every advisor completes our 20-day CareSense academy for Ardcairn, followed by 5 days of nesting with one coach for every 10 advisors, before taking a live claim.", "length, nesting, coach ratio and curriculum (no CPC/Consumer Duty, a compliance matter)"),
    quality_assurance=(M, "LumenQA scores 100% of recorded calls automatically, and our human calibrators review 8 interactions per advisor every month against a 30-point scorecard.", "automated plus human sampling, scorecard, 85% coaching threshold"),
    compliance_security=(M, "Both campuses are certified to ISO/IEC 27001:2022 (certificate IN-27K-55810, issued by BSI India, valid to August 2028) and PCI DSS v4.0 Level 1.", "named certificates with number and expiry (offshore access is a compliance issue, not a missing certification)"),
    reporting_transparency=(M, "Your monthly performance pack lands in your inbox within 5 working days of month end, and the LumenView dashboard refreshes every 10 minutes, around the clock.", "timed monthly pack and 10-minute dashboard"),
    communication_governance=(P, "Your Client Partner will be appointed before go-live and will sit in our Dublin welcome office, so you always have a friendly face nearby.", "no named person; only quarterly leadership visits and transition steering"),
    technology_infrastructure=(M, "We run on Genesys Cloud CX hosted in Microsoft Azure North Europe (Dublin), with full failover to Azure West Europe and a tested recovery time of 4 hours.", "named platform, hosting region, failover and RTO"),
    service_levels=(P, "Service credits apply across these measures in line with our standard Service Credit Policy, capped at 5% of the monthly invoice.", "targets listed but credits only by reference to a policy not supplied; no subrogation SLA"),
    coverage_availability=(P, "Our motor claims line is live around the clock; household calls between 22:00 and 07:00 are captured by our smart voicemail and returned by 07:30.", "household nights on voicemail, Polish weekdays 09:00-17:00 only, no Irish service"),
    references_track_record=(X, "", "no named clients, contacts or retention figures; references offered only after shortlisting"),
    pricing_clarity=(P, "These prices are our best indicative view today; final pricing will be confirmed after a 4-week joint discovery once we are shortlisted.", "per-FTE prices in INR, indicative, with floor, surge multiplier and licence charges"),
  ),
  fees=dict(
    setup_fee=(PR, "Transition investment: INR 1,12,00,000 (one crore twelve lakh rupees only), invoiced 50% at signing and 50% at go-live.", "INR 11,200,000 one-time", "on the scanned page; amount also in words", None, True),
    training_fee=(W, "Training is on us: we never bill for CareSense academy time, for the launch team or for any replacement advisor.", "none", "training waived in marketing voice"),
    minimum_commitment=(PR, "Our pricing assumes a minimum of 130 billable FTE per month across the programme; months below that level are billed at 130 FTE.", "130 FTE per month floor", "FTE floor on the scanned page", None, True),
    price_escalation=(PR, "Rates are locked for two full years; from month 25 they are revised each year in line with Indian IT-BPM wage inflation, typically 7-9%.", "Indian wage inflation from month 25, uncapped", "annual revision without the RFP's cap"),
    premium_hours=(PR, "StormReady surge hours, activated during declared weather events, are billed at 1.25 times the standard FTE rate.", "1.25x during weather events", "surge multiplier on the scanned page", None, True),
    technology_passthrough=(PR, "LumenFlow AI classification licences are complimentary for the first six months; from month 7 they are billed at INR 2,150 per seat per month.", "INR 2,150 per seat per month from month 7", "lapsing waiver on the scanned page", None, True),
    termination_fee=(A, "", "", "no termination charge"),
    change_request_fee=(A, "", "", "no change charge"),
    travel_expenses=(W, "Leadership visits to Dublin every quarter are our treat - we will not pass any airfare or hotel cost to Ardcairn.", "none", "travel waived in informal words"),
    currency_adjustment=(A, "", "", "prices and invoices simply in INR (a pricing non-compliance), no FX adjustment clause"),
    reporting_fee=(W, "Dashboards and every standard report come bundled with the service at zero extra cost.", "none", "reporting bundled"),
    management_fee=(A, "", "", "team leaders are priced rate-card lines, no percentage management fee"),
    auto_renewal=(PR, "After the initial 36 months, the agreement renews itself for further 12-month periods unless either side gives 90 days' notice.", "12-month rollovers", "automatic renewal in the terms highlights"),
    nonbinding_pricing=(PR, "All figures in this schedule are indicative and will be confirmed after joint discovery.", "indicative", "prices not binding (scanned page)", None, True),
    data_storage_fee=(PR, "Recordings and transcripts are stored free for 12 months; longer archiving is available at INR 38 per GB per month.", "INR 38 per GB per month after 12 months", "lapsing waiver; Ardcairn needs six years"),
  ),
)

# ---------------------------------------------------------------- C: non-native English (Polish), two files
VENDORS["bursztyn"] = dict(
  name="Bursztyn Contact Sp. z o.o.", file="proposals/bursztyn/proposal.pdf",
  files=["proposals/bursztyn/proposal.pdf", "proposals/bursztyn/cennik.pdf"],
  rates=[dict(item="FNOL telephone, English or Polish", amount=31.80, currency="EUR", unit="productive hour"),
         dict(item="FNOL telephone, Irish (call-back)", amount=38.50, currency="EUR", unit="productive hour"),
         dict(item="FNOL web form and e-mail", amount=29.40, currency="EUR", unit="productive hour"),
         dict(item="Document indexed in ClaimCenter", amount=0.55, currency="EUR", unit="document"),
         dict(item="Subrogation letter incl. chasers", amount=7.10, currency="EUR", unit="letter"),
         dict(item="Implementation fee", amount=47500, currency="EUR", unit="one-time")],
  criteria=dict(
    industry_experience=(M, "From 2016 we are making FNOL for motor and property insurers: for TU Mewa S.A. we receive about 14 000 notifications monthly, and for Shannonside Home Insurance DAC we do home claims intake from 2022.", "named insurers, volumes and years, including an Irish home insurer"),
    scalability=(X, "", "no ramp-up, surge or storm capacity described"),
    training_onboarding=(M, "Each consultant is having 12 working days of initial training and then 5 days of work with a buddy, before he takes calls alone.", "length, buddy period, CPC/Consumer Duty content, monthly refresher"),
    quality_assurance=(M, "Quality team is checking 4 calls and 10 indexed documents for each consultant every week, with calibration session with Ardcairn once per month.", "sampling rate, calibration, coaching threshold"),
    compliance_security=(P, "We have ISO 9001:2015 from 2019 and our security policy is based on ISO/IEC 27001; certification audit with TÜV Nord is planned for September 2027.", "ISO 27001 only planned; EEA processing and DPA stated"),
    reporting_transparency=(M, "Monthly report we deliver until 5th working day after month end, and daily dashboard is available in Power BI from 7:00 each morning.", "timed report and daily dashboard"),
    communication_governance=(M, "Key account manager for Ardcairn will be Katarzyna Wróbel-Doyle, working from our Limerick office; subrogation team lead will be Marek Sadowski in Gdańsk.", "named people and meeting cadence"),
    technology_infrastructure=(M, "Telephony is NICE CXone, our data centre in Gdańsk is Tier III, and backup centre in Warszawa takes over with RTO of 4 hours and RPO of 15 minutes.", "named platform, DR site, RTO/RPO"),
    service_levels=(P, "Service credits are for the three measures in the table; total of service credits in one month is maximum 12% of the monthly invoice.", "credits on three measures; abandonment and subrogation timing stated without credit, subrogation only 'normally'"),
    coverage_availability=(M, "FNOL telephone line is working 24 hours per day, all 365 days, night shift is in Gdańsk with 9 consultants speaking English and Polish.", "24/7 phone, web/email hours, Polish all hours, Irish call-back in one working day"),
    references_track_record=(M, "Reference 1: Shannonside Home Insurance DAC, Limerick - Fergal Hanrahan, Head of Claims. Client from 2022, contract extended in 2025.", "two named insurer references with contacts, no insurance client lost in five years"),
    pricing_clarity=(P, "Volume of letters for postage we cannot know before start, so this cost is not in the prices above.", "EUR rate card, but costs at actuals, a 3% add-on and a month-13 step-up", "cennik.pdf"),
  ),
  fees=dict(
    setup_fee=(PR, "Implementation fee, one time: forty-seven thousand five hundred euro, payable after go-live.", "EUR 47,500 one-time (words only)", "amount only in words", "cennik.pdf"),
    training_fee=(W, "Initial training of consultants is not invoiced separately, it is already inside the hour rate.", "none", "training included", "cennik.pdf"),
    minimum_commitment=(A, "", "", "no floor or volume commitment"),
    price_escalation=(PR, "From the 13th month of contract all hour rates and unit prices are higher by 4.5% because of wage growth in Poland.", "+4.5% from month 13", "step-up inside the firm-price period", "cennik.pdf"),
    premium_hours=(PR, "For hours between 22:00 and 06:00 and for Sundays and public holidays the hour rate is multiplied by 1.3.", "x1.3 nights, Sundays, holidays", "time-window multiplier", "cennik.pdf"),
    technology_passthrough=(PR, "Postage and printing of subrogation letters and additional licences for ClaimCenter, if Ardcairn does not provide them, are charged by real costs.", "at actual cost", "licences and postage re-billed", "cennik.pdf"),
    termination_fee=(A, "", "", "no termination charge"),
    change_request_fee=(W, "For changes of scripts or letter templates Ardcairn will not pay anything additional, also when there are many changes.", "none", "changes waived in non-native wording", "cennik.pdf"),
    travel_expenses=(PR, "Travel of our project team to Dublin and Belfast during transition we invoice by real costs, maximum 9 000 EUR in total.", "actuals, max EUR 9,000", "transition travel billed", "cennik.pdf"),
    currency_adjustment=(W, "All prices are in EUR and stay in EUR; risk of exchange rate PLN/EUR is completely on side of Bursztyn.", "none", "vendor carries FX risk", "cennik.pdf"),
    reporting_fee=(A, "", "", "reporting described, no charge either way"),
    management_fee=(PR, "To each monthly invoice we add coordination fee of 3% for account management and quality team.", "3% of each monthly invoice", "percentage on every invoice", "cennik.pdf"),
    auto_renewal=(A, "", "", "term with an optional extension at Ardcairn's choice; renewal not discussed"),
    nonbinding_pricing=(A, "", "", "prices stated as firm list prices"),
    data_storage_fee=(W, "Storage of recordings, e-mails and web forms for 6 years is included in the prices, without additional fee.", "none", "six-year retention included"),
  ),
)

# ---------------------------------------------------------------- D: terse Q&A, Galway Gaeltacht
VENDORS["cnoc-mara"] = dict(
  name="Cnoc Mara Services Teo.", file="proposals/cnoc-mara.pdf",
  rates=[dict(item="FNOL contact, any channel, any language", amount=8.90, currency="EUR", unit="contact"),
         dict(item="Document indexed", amount=0.58, currency="EUR", unit="document"),
         dict(item="Subrogation letter incl. 2 chasers", amount=6.20, currency="EUR", unit="letter"),
         dict(item="Transition charge", amount=64000, currency="EUR", unit="one-time")],
  criteria=dict(
    industry_experience=(P, "One insurance programme: 6-month FNOL pilot for a pet insurer, 2025. Main book is utilities and credit unions.", "one short insurance pilot; main experience in other sectors"),
    scalability=(M, "Reserve pool of 45 trained handlers. +30 handlers live within 72 hours of a weather warning.", "numbered reserve and deployment time"),
    training_onboarding=(M, "Induction 12 days: 5 product, 3 ClaimCenter, 2 CPC 2012 + Consumer Duty, 2 vulnerable customers. Then 1 week nesting, 1 coach per 6.", "length, content split, nesting, coach ratio, refresher hours"),
    quality_assurance=(X, "", "no call or correspondence quality programme (only a document accuracy audit under R-08)"),
    compliance_security=(M, "ISO/IEC 27001:2022, cert. no. IE-ISMS-20931, NSAI. Scope: An Spidéal and Castlebar. Expires 04/2029.", "named certificate with number, scope, expiry; Ireland-only processing"),
    reporting_transparency=(M, "Monthly report by business day 5. Intraday dashboard, 30-minute refresh, all queues.", "timed report and dashboard"),
    communication_governance=(M, "Weekly ops call. Monthly service review in Dublin. Quarterly executive review with our CEO, Séamus Mac Giolla Bhríde.", "cadence and named account director and CEO (subrogation lead not yet named)"),
    technology_infrastructure=(P, "Cloud contact centre, hosted in Ireland. DR: yes, second site takes over.", "no platform name, no recovery times"),
    service_levels=(P, "No service credits. Targets above are firm. A miss triggers a written improvement plan within 10 business days, reviewed monthly.", "numeric targets without credits"),
    coverage_availability=(P, "Polish: 5 Polish-speaking handlers, phone and email, Mon-Fri 09:00-17:30. No Polish on Saturdays.", "24/7 phone and full Irish, but Polish limited"),
    references_track_record=(P, "Ref 1: Western Gas Networks Ltd - Eimear Nic Dhonncha, Customer Operations Manager. Client since 2012.", "named references and retention figure, but from utilities and credit unions, not insurance"),
    pricing_clarity=(M, "FNOL contact, any channel, any language | per contact | 8.90", "per-contact, per-document and per-letter EUR prices plus every other charge listed in Q9.2-Q9.5"),
  ),
  fees=dict(
    setup_fee=(PR, "Transition charge | one-off | 64,000, invoiced in full at go-live", "EUR 64,000 one-time", "in the price table"),
    training_fee=(W, "Training (initial and refresher): in unit prices, not billed separately.", "none", "training included"),
    minimum_commitment=(PR, "Billing floor: 22,000 FNOL contacts per month. Below that, 22,000 billed.", "22,000 contacts per month", "volume floor"),
    price_escalation=(PR, "Years 1-3 fixed. Optional year 4 (extension): unit prices rise by the lower of 2.5% and the Irish HICP change.", "lower of 2.5% and HICP in the optional extension year", "rise after the firm period (compliant with R-04, still a cost)"),
    premium_hours=(W, "Nights, Sundays, bank holidays: same rate. No uplift.", "none", "no premium for unsocial hours"),
    technology_passthrough=(A, "", "", "no pass-through"),
    termination_fee=(PR, "Early exit by Ardcairn: 90 days' notice plus 2 months' average monthly charges.", "2 months' average charges", "convenience exit sum"),
    change_request_fee=(PR, "Change requests: EUR 110 per hour, quoted first, Ardcairn approves before work starts.", "EUR 110 per hour", "changes billed"),
    travel_expenses=(A, "", "", "not mentioned"),
    currency_adjustment=(PR, "Quoted in EUR. UK branch invoices: GBP, converted at the ECB reference rate on the invoice date.", "conversion at invoice-date rate", "FX risk on UK invoices moved to Ardcairn"),
    reporting_fee=(W, "Standard reports and intraday dashboard: nil, nothing billed for them.", "none", "terse waiver"),
    management_fee=(A, "", "", "not mentioned"),
    auto_renewal=(W, "Term 36 months. Extension 12 months at Ardcairn's option. No auto-renewal, no rollover.", "none", "no renewal"),
    nonbinding_pricing=(A, "", "", "prices firm"),
    data_storage_fee=(PR, "Archive on our storage (if Ardcairn does not host): EUR 0.40 per GB per month.", "EUR 0.40 per GB per month", "archive charge"),
  ),
)
