#!/usr/bin/env python3
"""The service-desk figures of the host's pack, computed with pandas + numpy as an expert would.

usage: pandas_pipeline.py DATA_DIR OUT_CSV

Reads DATA_DIR/calls.csv (the host's column format, instants as ISO 8601 UTC ``...Z`` as the generator writes them)
and writes one row per organisation (and the combined "Shared service"), KPI row and month:
``organisation,kpi,month,value,display``, where value is what the host's pack.csv has in its Value column and display
what it has in Display.

The SLA semantics are the library's (src/KpiCore/ServiceDesk: SlaPolicy.UkCouncilDefault, ServiceDeskAccumulator,
SlaClock, CallChecks; src/KpiCore/Time/WorkingCalendar), not a reading of the README:

- P1: 4 hours on a 24x7 calendar (elapsed time); P2: 8 working hours; P3: 3 working days = 30 working hours; P4:
  5 working days = 50 working hours. Working hours are Mon-Fri 08:00-18:00 *Europe/London local time* (so 07:00-17:00
  UTC in summer), closed on the England and Wales bank holidays of the GOV.UK data the library bundles
  (src/KpiCore/Time/Data/govuk-bank-holidays.json).
- On-hold time stops the clock: the working time inside the hold interval is subtracted.
- Met = working time used <= target (equal is met).
- A month is a calendar month in Europe/London. "Volume of Pn Calls" and "Total Volume of Calls" count the calls
  *logged* in the month; "% within SLA" is met / judged over the calls *resolved* in the month (SlaBasis.
  ResolvedInPeriod), whenever they were logged; "Overall SLA Performance" is the sum of met over the sum of judged of
  all priorities; open calls are in no month's % (they are counted in "Calls Open at Period End": logged before the
  month's end and not resolved before it).
- A call with an on-hold interval that starts before it was logged or ends after it was resolved is counted (volume,
  open at end, resolved) but not judged: left out of both met and the denominator.
- Rejected by the host, so in no figure: a repeated id (the later record), resolved before logged, an on-hold interval
  ending before it starts, an incident or service request whose priority is not P1-P4. Problems and changes have no
  SLA and are in none of these rows.
- The months are those the host infers for this data: the run of London months in which calls were logged.
"""

import json
import os
import sys
import warnings
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
HOLIDAYS_JSON = os.path.join(HERE, "..", "..", "src", "KpiCore", "Time", "Data", "govuk-bank-holidays.json")
ZONE = "Europe/London"
PRIORITIES = ["P1", "P2", "P3", "P4"]
TARGET_SECONDS = np.array([4 * 3600, 8 * 3600, 30 * 3600, 50 * 3600], dtype=np.int64)
TWENTY_FOUR_SEVEN = np.array([True, False, False, False])
DAY_START, DAY_LENGTH = 8 * 3600, 10 * 3600  # 08:00-18:00 local
# The pack's row names (PerformancePackBuilder.SlaRowName: "< N days" when the target is 5 or more whole working days).
SLA_ROWS = ["P1 Calls Resolved within SLA", "P2 Calls Resolved within SLA", "P3 Calls Resolved within SLA",
            "P4 Calls Resolved < 5 days"]
COMBINED = "Shared service"


def bank_holidays():
    with open(HOLIDAYS_JSON, encoding="utf-8") as f:
        events = json.load(f)["england-and-wales"]["events"]
    return np.array(sorted(e["date"] for e in events), dtype="datetime64[D]")


def parse_utc(column):
    """ISO 8601 'yyyy-MM-ddTHH:mm:ssZ' strings (NaN for blank) to UTC datetime64[s] (NaT for blank)."""
    values = column.to_numpy(dtype=object)
    blank = pd.isna(values)
    if blank.any():
        values = values.copy()
        values[blank] = "1970-01-01T00:00:00Z"
    raw = values.astype("S20")
    tail = raw.view(np.uint8).reshape(-1, 20)[:, 19]
    if not (tail == ord("Z")).all():
        bad = np.flatnonzero(tail != ord("Z"))[0]
        raise SystemExit(f"pandas_pipeline: {column.name} {values[bad]!r} is not yyyy-MM-ddTHH:mm:ssZ; this pipeline reads only that form")
    parsed = raw.astype("S19").astype("datetime64[s]")
    parsed[blank] = np.datetime64("NaT")
    return parsed


def recode(column, decide, blank):
    """Maps a categorical column through decide(category), blank for missing values, as an int64 array."""
    table = np.array([decide(str(c)) for c in column.cat.categories] + [blank], dtype=np.int64)
    return table[column.cat.codes.to_numpy()]  # code -1 (missing) picks the last entry


def to_local(utc):
    """UTC datetime64[s] to Europe/London wall-clock datetime64[s] (tz database, like NodaTime's TZDB)."""
    index = pd.DatetimeIndex(utc.astype("datetime64[ns]")).tz_localize("UTC").tz_convert(ZONE).tz_localize(None)
    return index.to_numpy().astype("datetime64[s]")


def working_seconds_before(local, calendar, epoch):
    """Working seconds of Mon-Fri 08:00-18:00 (closed on holidays) from `epoch` to each local wall time.

    Differences of this cumulative count are the working time between two instants: it is flat outside working
    hours, and a 08:00-18:00 London day never contains a clock change, so wall-clock seconds inside it are real seconds.
    """
    day = local.astype("datetime64[D]")
    second_of_day = (local - day).astype(np.int64)
    whole_days = np.busday_count(epoch, day, busdaycal=calendar).astype(np.int64) * DAY_LENGTH
    today = np.where(np.is_busday(day, busdaycal=calendar), np.clip(second_of_day - DAY_START, 0, DAY_LENGTH), 0)
    return whole_days + today


def net_display(percent):
    """Formats a percentage as the pack does: the layout's default fixed 2 decimals, .NET "0.00" (15 significant
    digits, then half away from zero), as since the pack's fixed decimals (#13: 99.4% is written 99.40%)."""
    if 99.995 <= percent < 100.0:
        percent = 99.99  # never round a miss up to 100%
    return format(Decimal(format(percent, ".15g")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), "f") + "%"


def main(data_dir, out_csv):
    calls = pd.read_csv(
        os.path.join(data_dir, "calls.csv"),
        usecols=["id", "organisation", "priority", "type", "logged", "resolved", "on_hold"],
        dtype={"id": str, "organisation": "category", "priority": "category", "type": "category",
               "logged": str, "resolved": str, "on_hold": str},
        engine="c", na_filter=True)

    # Records the host rejects, or that have no SLA.
    # Case-insensitive codes, decided once per category rather than once per row.
    has_sla = recode(calls["type"], lambda t: t.strip().lower() in ("incident", "service-request"), True).astype(bool)
    priority = recode(calls["priority"], lambda c: PRIORITIES.index(c.strip().upper()) if c.strip().upper() in PRIORITIES else -1, -1)
    logged = parse_utc(calls["logged"])
    resolved = parse_utc(calls["resolved"])
    open_ = np.isnat(resolved)
    hold_text = calls["on_hold"]
    has_hold = hold_text.notna().to_numpy()
    hold_start = np.full(len(calls), np.datetime64("NaT"), dtype="datetime64[s]")
    hold_end = hold_start.copy()
    if has_hold.any():
        parts = hold_text[has_hold].str.split("/", n=1, expand=True)
        if parts.shape[1] != 2 or parts[1].isna().any() or hold_text[has_hold].str.contains(";", regex=False).any():
            raise SystemExit("pandas_pipeline: this pipeline reads one on-hold interval start/end per call")
        hold_start[has_hold] = parse_utc(parts[0].rename("on_hold"))
        hold_end[has_hold] = parse_utc(parts[1].rename("on_hold"))
    rejected = calls["id"].duplicated(keep="first").to_numpy()
    rejected |= ~open_ & (resolved < logged)
    rejected |= has_hold & (hold_end < hold_start)
    rejected |= has_sla & (priority < 0)
    keep = has_sla & ~rejected

    organisations = list(calls["organisation"].cat.categories)
    organisation = calls["organisation"].cat.codes.to_numpy().astype(np.int64)
    organisation, priority, logged, resolved, open_ = organisation[keep], priority[keep], logged[keep], resolved[keep], open_[keep]
    has_hold, hold_start, hold_end = has_hold[keep], hold_start[keep], hold_end[keep]

    logged_local = to_local(logged)
    resolved_local = to_local(resolved)
    logged_month = logged_local.astype("datetime64[M]")
    resolved_month = resolved_local.astype("datetime64[M]")
    months = np.arange(logged_month.min(), logged_month.max() + 1)
    n_months = len(months)
    first = months[0]
    lm = (logged_month - first).astype(np.int64)  # may be < 0 for calls logged before the first month
    rm = np.where(open_, np.iinfo(np.int64).max, (resolved_month - first).astype(np.int64))

    # SLA clock of the calls resolved in one of the months, on-hold time subtracted (empty holds are ignored).
    in_basis = ~open_ & (rm >= 0) & (rm < n_months)
    b = np.flatnonzero(in_basis)
    p = priority[b]
    hold = has_hold[b] & (hold_end[b] > hold_start[b])
    not_judged = hold & ((hold_start[b] < logged[b]) | (hold_end[b] > resolved[b]))
    used = np.empty(len(b), dtype=np.int64)
    elapsed = p == 0  # only P1 runs 24x7 (TWENTY_FOUR_SEVEN)
    e = b[elapsed]
    hold_e = hold[elapsed]
    used[elapsed] = (resolved[e] - logged[e]).astype(np.int64) \
        - np.where(hold_e, np.clip((np.minimum(hold_end[e], resolved[e]) - np.maximum(hold_start[e], logged[e])).astype(np.int64), 0, None), 0)
    w = b[~elapsed]
    holidays = bank_holidays()
    calendar = np.busdaycalendar(weekmask="1111100", holidays=holidays)
    epoch = np.datetime64("2000-01-03", "D")
    used_w = working_seconds_before(resolved_local[w], calendar, epoch) - working_seconds_before(logged_local[w], calendar, epoch)
    hold_w = np.flatnonzero(hold[~elapsed])
    if len(hold_w):
        hw = w[hold_w]
        start_local = to_local(np.maximum(hold_start[hw], logged[hw]))
        end_local = to_local(np.minimum(hold_end[hw], resolved[hw]))
        inside = np.maximum(working_seconds_before(end_local, calendar, epoch) - working_seconds_before(start_local, calendar, epoch), 0)
        used_w[hold_w] -= inside
    used[~elapsed] = used_w
    met = (used <= TARGET_SECONDS[p]) & ~not_judged

    n_org, n_p = len(organisations), len(PRIORITIES)

    def tally(org, prio, month, weights=None):
        key = (org * n_p + prio) * n_months + month
        return np.bincount(key, weights=weights, minlength=n_org * n_p * n_months).astype(np.int64).reshape(n_org, n_p, n_months)

    in_month = (lm >= 0) & (lm < n_months)
    volume = tally(organisation[in_month], priority[in_month], lm[in_month])
    judged = tally(organisation[b], p, rm[b], weights=(~not_judged).astype(np.float64))
    met_count = tally(organisation[b], p, rm[b], weights=met.astype(np.float64))
    # Open at the end of month m: logged in month <= m, resolved in a month > m (or open).
    open_at_end = np.zeros((n_org, n_p, n_months), dtype=np.int64)
    lm_c = np.clip(lm, -1, n_months)  # -1: before the first month
    rm_c = np.clip(rm, -1, n_months)
    pair = np.bincount(((organisation * n_p + priority) * (n_months + 2) + lm_c + 1) * (n_months + 2) + rm_c + 1,
                       minlength=n_org * n_p * (n_months + 2) ** 2).reshape(n_org, n_p, n_months + 2, n_months + 2)
    for m in range(n_months):
        open_at_end[:, :, m] = pair[:, :, : m + 2, m + 2:].sum(axis=(2, 3))

    rows = []
    names = organisations + [COMBINED]
    for o, name in enumerate(names):
        pick = slice(None) if name == COMBINED else slice(o, o + 1)
        v, j, mt, oe = (a[pick].sum(axis=0) for a in (volume, judged, met_count, open_at_end))
        for m, month in enumerate(months):
            label = str(month)
            for k, code in enumerate(PRIORITIES):
                rows.append(percent_row(name, SLA_ROWS[k], label, mt[k, m], j[k, m]))
                rows.append(count_row(name, f"Volume of {code} Calls", label, v[k, m]))
            rows.append(percent_row(name, "Overall SLA Performance", label, mt[:, m].sum(), j[:, m].sum()))
            rows.append(count_row(name, "Total Volume of Calls", label, v[:, m].sum()))
            rows.append(count_row(name, "Calls Open at Period End", label, oe[:, m].sum()))
    pd.DataFrame(rows, columns=["organisation", "kpi", "month", "value", "display"]).to_csv(out_csv, index=False)


def percent_row(organisation, kpi, month, met, judged):
    if judged == 0:
        return (organisation, kpi, month, "", "N/A")
    percent = int(met) / int(judged) * 100.0  # as Percentage.FromRatio(met, judged).Percent
    return (organisation, kpi, month, repr(percent), net_display(percent))


def count_row(organisation, kpi, month, count):
    return (organisation, kpi, month, str(int(count)), str(int(count)))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.split("\n\n")[1])
    with warnings.catch_warnings():
        warnings.simplefilter("error", category=FutureWarning)
        main(sys.argv[1], sys.argv[2])
