using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Planning;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Input;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Pack;

/// <summary>The sections: each reads its records from the data set, runs its calculator and hands the result to the builder.</summary>
internal static partial class PackDocumentLoader
{
    /// <summary>Gives the SLA policy: the UK council default, on office hours in the run's zone.</summary>
    internal static SlaPolicy PolicyFor(DateTimeZone zone)
    {
        if (zone.Id == "Europe/London")
        {
            return SlaPolicy.UkCouncilDefault();
        }

        IReadOnlySet<LocalDate> holidays = UkBankHolidays.Official(UkDivision.EnglandAndWales)
            .DatesBetween(new LocalDate(UkBankHolidays.MinYear, 1, 1), new LocalDate(UkBankHolidays.MaxYear, 12, 31));
        WorkingCalendar hours = WorkingCalendar.Create(zone)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0))
            .WithClosedDates(holidays);
        return SlaPolicy.UkCouncilDefault(hours);
    }

    /// <summary>Availability, per organisation with services.</summary>
    private static void AddAvailability(DataSet data, PerformancePackBuilder builder, ReportingPeriod[] periods, Action<string>? progress)
    {
        Instant asOf = periods[^1].End;
        foreach (string organisation in data.Organisations)
        {
            if (!data.Services.TryGetValue(organisation, out ServiceCatalogue? catalogue) || catalogue.Count == 0)
            {
                continue;
            }

            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"availability: {organisation}, {catalogue.Count} services"));
            if (data.OutageStore is OutageStore streamed)
            {
                // Streamed rows were checked at reading, so the report has nothing to reject.
                builder.AddAvailability(organisation, streamed.Report(organisation, catalogue, periods, asOf));
                continue;
            }

            Sourced<Outage>[] outages = [.. data.Outages.Where(o => string.Equals(o.Organisation, organisation, StringComparison.Ordinal))];
            AvailabilityReport report = AvailabilityCalculator.Calculate(outages.Select(o => o.Record), catalogue, periods, asOf);
            data.Problems.AddRange(report.Rejected.Select(r => DataSet.Locate(outages, r)));
            builder.AddAvailability(organisation, report);
        }
    }

    /// <summary>
    /// Service desk, per month of the calls export's coverage (outside it the figures are UNVL: no evidence); every
    /// report sees every call, so rejections are taken once.
    /// </summary>
    private static void AddServiceDesk(DataSet data, PerformancePackBuilder builder, IReadOnlyList<YearMonth> months, ReportingPeriod[] periods, bool[] callMonths, Action<string>? progress)
    {
        SlaPolicy policy = data.Policy ?? PolicyFor(data.Zone);
        Call[] calls = [.. data.Calls.Select(c => c.Record)];
        if (calls.Length == 0)
        {
            return;
        }

        var rejectedCalls = new HashSet<int>();
        var notJudgedCalls = new HashSet<int>();
        for (int i = 0; i < periods.Length; i++)
        {
            if (!callMonths[i])
            {
                continue;
            }

            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"service desk: {ReportingRange.Iso(months[i])} ({i + 1}/{periods.Length}), {calls.Length} call records"));
            ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, policy, periods[i]);
            foreach (RejectedRecord rejected in report.Rejected)
            {
                if (rejectedCalls.Add(rejected.Index))
                {
                    data.Problems.Add(DataSet.Locate(data.Calls, rejected));
                }
            }

            foreach (RejectedRecord notJudged in report.NotJudged)
            {
                if (notJudgedCalls.Add(notJudged.Index))
                {
                    data.Problems.Add(DataSet.LocateWarning(data.Calls, notJudged, "its SLA is not judged (left out of % within SLA)", data.CallColumns));
                }
            }

            builder.AddServiceDesk(report, policy);
        }
    }

    /// <summary>
    /// Feeds the data set's calls to a streaming store (<see cref="CallMonthStore"/>): in two halves on two threads, merged,
    /// or read on sequentially into the first half's store when the halves share a call id (so that the first record
    /// with the id stands, as in one pass).
    /// </summary>
    private static CallMonthStore FeedCalls(DataSet data, SlaPolicy policy, int parts)
    {
        IReadOnlyList<Sourced<Call>> calls = data.Calls;
        string IdAt(long i) => calls[(int)i].Record.Id;
        int half = parts > 1 && calls.Count >= 2 ? calls.Count / 2 : calls.Count;
        var first = new CallMonthStore(policy, data.Zone, IdAt);
        var second = new CallMonthStore(policy, data.Zone, IdAt, part: 1, firstIndex: half);
        void Feed(CallMonthStore store, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                store.Add(calls[i]);
            }
        }

        Parallel.Invoke(() => Feed(first, 0, half), () => Feed(second, half, calls.Count));
        if (first.SharesIdWith(second))
        {
            Feed(first, half, calls.Count);
        }
        else
        {
            first.Merge(second);
        }

        return first;
    }

    /// <summary>Service desk from the streaming store: the same reports and problems, in the same order, as <see cref="AddServiceDesk(DataSet, PerformancePackBuilder, IReadOnlyList{YearMonth}, ReportingPeriod[], bool[], Action{string}?)"/>.</summary>
    private static void AddServiceDesk(CallMonthStore calls, List<InputProblem> problems, PerformancePackBuilder builder, IReadOnlyList<YearMonth> months, bool[] callMonths, Action<string>? progress)
    {
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"service desk: {callMonths.Count(c => c)} months, {calls.Count} call records, {calls.WindowMonths} months of tallies"));
        foreach (ServiceDeskReport report in calls.Reports(months, callMonths, problems))
        {
            builder.AddServiceDesk(report, calls.Policy);
        }
    }

    /// <summary>
    /// Net Promoter Score per organisation and month. Within the survey file's coverage a month without responses is
    /// N/A (surveyed, nobody answered); outside it, or for an organisation with no response at all, UNVL.
    /// </summary>
    private static void AddSurvey(DataSet data, PerformancePackBuilder builder, IReadOnlyList<YearMonth> months, HashSet<YearMonth> reported, Action<string>? progress)
    {
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"survey: {data.ResponseCount} responses"));
        if (data.ResponseCount > 0 && ReportingRange.SpanOf(PackMonths.ResponsesSource(data)) is { } surveyCover)
        {
            IEnumerable<string> surveyed = data.ResponseStore?.Organisations ?? data.Responses.Select(r => r.Organisation).Distinct(StringComparer.Ordinal);
            foreach (string organisation in surveyed)
            {
                foreach (YearMonth month in months.Where(m => m >= surveyCover.First && m <= surveyCover.Last))
                {
                    builder.AddNetPromoterScore(organisation, month, NpsSummary.FromCounts(0, 0, 0));
                }
            }
        }

        if (data.ResponseStore is { } store)
        {
            foreach ((string organisation, YearMonth month, NpsSummary summary) in store.Summaries(reported, data.Problems))
            {
                builder.AddNetPromoterScore(organisation, month, summary);
            }

            return;
        }

        foreach (var group in data.Responses
            .GroupBy(r => (r.Organisation, Month: PackMonths.YearMonthOf(r.Record.RespondedAt, data.Zone))))
        {
            if (!reported.Contains(group.Key.Month))
            {
                continue;
            }

            Sourced<SurveyResponse>[] rows = [.. group];
            NpsResponseSummary summary = NetPromoterScore.CalculateFromResponses(rows.Select(r => r.Record));
            data.Problems.AddRange(summary.Rejected.Select(r => DataSet.Locate(rows, r)));
            builder.AddNetPromoterScore(group.Key.Organisation, group.Key.Month, summary.Summary);
        }
    }

    /// <summary>
    /// Exceptions commentary: the builder places each note on its row (without regard to case) or lists it as rejected;
    /// a note for a month outside the pack is counted as outside the reporting range (<see cref="OutsideRange"/>).
    /// </summary>
    /// <returns>The source line of each note given to the builder, to place its rejections.</returns>
    private static Dictionary<ExceptionNote, Sourced<ExceptionNote>> AddExceptions(DataSet data, PerformancePackBuilder builder, HashSet<YearMonth> reported)
    {
        var noteLines = new Dictionary<ExceptionNote, Sourced<ExceptionNote>>(ReferenceEqualityComparer.Instance);
        foreach (string organisation in data.Organisations)
        {
            if (!data.Exceptions.TryGetValue(organisation, out IReadOnlyList<Sourced<ExceptionNote>>? notes))
            {
                continue;
            }

            foreach (Sourced<ExceptionNote> sourced in notes)
            {
                if (sourced.Record.Month is not YearMonth month || reported.Contains(month))
                {
                    noteLines[sourced.Record] = sourced;
                    builder.AddException(organisation, sourced.Record);
                }
            }
        }

        return noteLines;
    }

    private static RiskRegister? BuildRisks(DataSet data, List<InputProblem> problems, int levels)
    {
        if (data.Risks.Count == 0)
        {
            return null;
        }

        // The scale is chosen (default 3x3, as in the report), never guessed from the data, so one record cannot
        // re-band the register; the reader already rejects off-scale levels and repeated ids with their lines, and
        // the library's checks are mapped back to lines too.
        (RiskMatrix matrix, RiskBands bands) = levels == 3 ? (RiskMatrix.ThreeByThree, RiskBands.ThreeByThree) : (RiskMatrix.FiveByFive, RiskBands.TriBorough);
        RiskRegisterResult result = RiskRegister.Create(data.Risks.Select(r => r.Record), matrix, bands);
        problems.AddRange(result.Rejected.Select(r => DataSet.Locate(data.Risks, r)));
        return result.Register;
    }

    /// <summary>
    /// The business plan (objectives.csv): rows grouped into objectives by the library, which rejects inconsistent
    /// repeats (mapped back to their lines and columns); each objective's RAG as of the last day of the pack.
    /// </summary>
    private static IReadOnlyList<ObjectiveEvaluation> BusinessPlanOf(DataSet data, IReadOnlyList<YearMonth> months, BusinessPlanRagRule rule)
    {
        if (data.Objectives.Count == 0)
        {
            return [];
        }

        BusinessPlanResult result = BusinessPlan.FromRows(data.Objectives.Select(o => o.Record));
        foreach (RejectedRecord rejected in result.Rejected)
        {
            Sourced<BusinessPlanRow> row = data.Objectives[rejected.Index];
            string column = rejected.Field switch
            {
                nameof(BusinessPlanRow.Objective) => "objective",
                nameof(BusinessPlanRow.KeyActivities) => "key_activities",
                nameof(BusinessPlanRow.SuccessCriteria) => "success_criteria",
                nameof(BusinessPlanRow.CurrentStatus) => "status",
                nameof(BusinessPlanRow.Rag) => "rag",
                _ => "-",
            };
            data.Problems.Add(new InputProblem(row.File, row.Line, column, rejected.Reason));
        }

        return result.Plan.Evaluate(months[^1].OnDayOfMonth(1).PlusMonths(1).PlusDays(-1), rule);
    }

    /// <summary>
    /// User satisfaction and process success (surveys.csv): per organisation, KPI and month, the answers' summary (a score
    /// off the KPI's scale is rejected at its line) given to the builder. An answer for an organisation that has no pack
    /// is rejected, so no answer counts in the combined pack only.
    /// </summary>
    private static void AddSurveyScores(DataSet data, PerformancePackBuilder builder, HashSet<YearMonth> reported)
    {
        var organisations = new HashSet<string>(data.Organisations, StringComparer.Ordinal);
        var known = new List<Sourced<Input.Formats.SurveysFormat.Answer>>();
        foreach (var answer in data.Surveys)
        {
            if (organisations.Contains(answer.Organisation))
            {
                known.Add(answer);
            }
            else
            {
                data.Problems.Add(new InputProblem(answer.File, answer.Line, "organisation", string.Create(CultureInfo.InvariantCulture,
                    $"The organisation '{answer.Organisation}' has no pack (no services, outages, calls or responses); the answer is not counted.")));
            }
        }

        foreach (var group in known.GroupBy(a => (a.Organisation, a.Record.Kpi, a.Record.Month)))
        {
            if (!reported.Contains(group.Key.Month))
            {
                continue;
            }

            Sourced<Input.Formats.SurveysFormat.Answer>[] rows = [.. group];
            ScaleSummary summary = ScaleMean.Calculate(rows.Select(r => r.Record.Score), Input.Formats.SurveysFormat.ScaleOf(group.Key.Kpi));
            data.Problems.AddRange(summary.Rejected.Select(r => DataSet.Locate(rows, r)));
            if (group.Key.Kpi == Input.Formats.SurveysFormat.Satisfaction)
            {
                builder.AddUserSatisfaction(group.Key.Organisation, group.Key.Month, summary);
            }
            else
            {
                builder.AddProcessSuccess(group.Key.Organisation, group.Key.Month, summary);
            }
        }
    }

    /// <summary>Each risk's movement since the previous register (risks-previous.csv, on the same scale), or null without one.</summary>
    private static IReadOnlyList<RiskMovement>? RiskMovementsOf(DataSet data, RiskRegister? register, int levels)
    {
        if (register is null || data.PreviousRisks.Count == 0)
        {
            return null;
        }

        (RiskMatrix matrix, RiskBands bands) = levels == 3 ? (RiskMatrix.ThreeByThree, RiskBands.ThreeByThree) : (RiskMatrix.FiveByFive, RiskBands.TriBorough);
        RiskRegisterResult previous = RiskRegister.Create(data.PreviousRisks.Select(r => r.Record), matrix, bands);
        data.Problems.AddRange(previous.Rejected.Select(r => DataSet.Locate(data.PreviousRisks, r)));
        return register.MovementSince(previous.Register);
    }
}
