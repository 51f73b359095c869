using KpiCore.Availability;
using KpiCore.Reporting;
using KpiCore.Sample.Input;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Pack;

/// <summary>
/// Counts every record that lies wholly outside the reporting range as such: an outage or monitored interval that does
/// not overlap it, a call whose life (logged to resolved, or to the end) touches no month the calls cover, a response
/// or an exception note dated in another month. Such records are not lost and do not widen the range.
/// </summary>
/// <remarks>
/// One pass over each file: a call's test is a binary search over the month boundaries and a prefix count of the
/// covered months, O(log months) per call, so a streaming reader can apply it record by record.
/// </remarks>
internal static class OutsideRange
{
    /// <summary>Adds an <see cref="ProblemKind.Outside"/> problem for each record outside the months.</summary>
    /// <param name="data">The data set; its problems receive the records outside.</param>
    /// <param name="months">The months reported, in order.</param>
    /// <param name="periods">Their periods, in the same order.</param>
    /// <param name="callMonths">Which of them the calls export covers (<see cref="PackMonths.CallsCoverage"/>).</param>
    internal static void Mark(DataSet data, IReadOnlyList<YearMonth> months, ReportingPeriod[] periods, bool[] callMonths)
    {
        List<InputProblem> problems = data.Problems;
        Instant start = periods[0].Start;
        Instant end = periods[^1].End;
        string range = ReportingRange.Iso(months[0]) + " to " + ReportingRange.Iso(months[^1]);
        void Outside<T>(Sourced<T> row, string field)
            where T : class =>
            problems.Add(new InputProblem(row.File, row.Line, field, range, ProblemKind.Outside));

        foreach (Sourced<Outage> outage in data.Outages)
        {
            Instant last = outage.Record.End ?? end;
            if (outage.Record.Start >= end || (last <= start && !(last == start && outage.Record.Start == start)))
            {
                Outside(outage, "start");
            }
        }

        var calls = new CallMonths(periods, callMonths);
        foreach (Sourced<Call> call in data.Calls)
        {
            if (!calls.Shows(call.Record.Logged, call.Record.Resolved))
            {
                Outside(call, "logged");
            }
        }

        var reported = new HashSet<YearMonth>(months);
        foreach (Sourced<SurveyResponse> response in data.Responses)
        {
            if (!reported.Contains(PackMonths.YearMonthOf(response.Record.RespondedAt, data.Zone)))
            {
                Outside(response, "responded");
            }
        }

        foreach (IReadOnlyList<Sourced<ExceptionNote>> notes in data.Exceptions.Values)
        {
            foreach (Sourced<ExceptionNote> note in notes)
            {
                if (note.Record.Month is YearMonth month && !reported.Contains(month))
                {
                    Outside(note, "month");
                }
            }
        }
    }

    /// <summary>
    /// Whether a call shows in a covered month: month i shows it when it was logged before the month's end and not
    /// resolved before its start. Those months are one run (periods are in order), found by two binary searches.
    /// </summary>
    internal sealed class CallMonths
    {
        private readonly Instant[] _starts;
        private readonly Instant[] _ends;
        private readonly int[] _coveredBefore;

        /// <summary>Prepares the test for the periods (in order) and which of them the calls cover.</summary>
        internal CallMonths(ReportingPeriod[] periods, bool[] covered)
        {
            _starts = [.. periods.Select(p => p.Start)];
            _ends = [.. periods.Select(p => p.End)];
            _coveredBefore = new int[periods.Length + 1];
            for (int i = 0; i < periods.Length; i++)
            {
                _coveredBefore[i + 1] = _coveredBefore[i] + (covered[i] ? 1 : 0);
            }
        }

        /// <summary>Determines whether a call logged at <paramref name="logged"/> and resolved at <paramref name="resolved"/> (null = open) shows in a covered month.</summary>
        internal bool Shows(Instant logged, Instant? resolved)
        {
            // First month whose end is after the logged instant.
            int first = FirstIndex(_ends, e => e > logged);

            // Last month whose start is not after the resolution: the count of starts <= resolved, minus one.
            int last = resolved is Instant r ? FirstIndex(_starts, s => s > r) - 1 : _starts.Length - 1;
            return first <= last && _coveredBefore[last + 1] - _coveredBefore[first] > 0;
        }

        /// <summary>The first index whose value satisfies <paramref name="after"/> (monotone: false then true), or the length.</summary>
        private static int FirstIndex(Instant[] values, Func<Instant, bool> after)
        {
            int lo = 0, hi = values.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (after(values[mid]))
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return lo;
        }
    }
}
