"""Names of price units and pricing models, shared by the rate extractor, the cost model and the reports (a light
module: the reports, which the CLI imports at start-up, need the names and nothing else of pricing)."""

# fte_month per FTE per month; hour per productive hour; contact per handled contact or transaction; month a fixed
# monthly amount; seat_month per seat or licence per month; agent per agent trained; request per request;
# recording_month per stored recording (or minute, GB) per month; one_time once.
UNITS = ("fte_month", "hour", "contact", "month", "seat_month", "agent", "request", "recording_month", "one_time")
SERVICE_UNITS = ("month", "fte_month", "hour", "contact")  # the units a service charge is priced in
UNIT_WORDS = {"fte_month": "per FTE-month", "hour": "per hour", "contact": "per contact", "month": "per month",
              "seat_month": "per seat-month", "agent": "per agent", "request": "per request",
              "recording_month": "per recording-month", "one_time": "one-time", "": "unit not stated"}
MODEL_NAMES = {"fte_month": "per FTE per month", "hour": "per productive hour", "contact": "per contact",
               "month": "monthly fee with included volume", "none": "no service rate found"}
