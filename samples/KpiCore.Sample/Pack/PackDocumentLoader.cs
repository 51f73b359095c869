using System.Globalization;
using KpiCore.Planning;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Input;
using KpiCore.Sample.Progress;
using KpiCore.Sample.Rendering;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Pack;

/// <summary>
/// Runs the calculators on a loaded <see cref="DataSet"/> and assembles the <see cref="PackDocument"/>: one pack per
/// organisation plus the combined one, the NPS counts, the risk register and every rejected row as
/// <c>file:line: field: reason</c>.
/// </summary>
/// <remarks>
/// Assembly only: the months come from <see cref="PackMonths"/>, records outside them are counted by
/// <see cref="OutsideRange"/>, each section is added by its own method (PackDocumentLoader.Sections.cs), and the
/// renderers read nothing but the document built here.
/// </remarks>
internal static partial class PackDocumentLoader
{
    /// <summary>The document's title.</summary>
    internal const string Title = "ICT Shared Service performance pack";

    /// <summary>Builds the document.</summary>
    /// <param name="data">The loaded input; the problems found while building (calculators' rejections, records outside the reporting range) are added to its <see cref="DataSet.Problems"/>.</param>
    /// <param name="months">The months to report; null to infer them from the data (<see cref="ReportingRange"/>).</param>
    /// <param name="progress">Receives a line per step of a long run; may be null.</param>
    /// <param name="notice">Receives the sentences an analyst must read: the reporting range and how it was chosen, and warnings about it; may be null.</param>
    /// <param name="riskLevels">The levels of the risk register's scales: 3 (the report's 3x3 register) or 5.</param>
    /// <param name="inMemoryCalls">True for the former path (one report per month over the list of calls), kept to test the streaming one (<see cref="CallMonthStore"/>) against; ignored when the calls were streamed at loading (<see cref="DataSet.CallStore"/>).</param>
    /// <param name="callParts">The number of parts a list of calls is fed in, on as many threads (1 or 2).</param>
    /// <param name="definition">The pack's layout and committee (a <c>--layout</c> file); null for the report's, <see cref="PackDefinition.Default"/>.</param>
    /// <param name="reportDate">The report's date on the cover; null for the date of the data's as-of instant (the end of the last month).</param>
    /// <returns>The document, or null when the data has no dated record to report on.</returns>
    internal static PackDocument? Build(DataSet data, IReadOnlyList<YearMonth>? months, Action<string>? progress, Action<string>? notice = null, int riskLevels = 3, bool inMemoryCalls = false, int callParts = 2, PackDefinition? definition = null, LocalDate? reportDate = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        List<InputProblem> problems = data.Problems;
        SlaPolicy policy = data.Policy ?? PolicyFor(data.Zone);
        CallMonthStore? calls = data.CallStore ?? (inMemoryCalls ? null : FeedCalls(data, policy, callParts));
        if (months is null)
        {
            var warnings = new List<string>();
            if (PackMonths.Infer(data, warnings, calls) is not { } inferred)
            {
                return null;
            }

            months = inferred;
            notice?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"reporting range: {ReportingRange.Iso(months[0])} to {ReportingRange.Iso(months[^1])} ({months.Count} month{(months.Count == 1 ? string.Empty : "s")}), inferred from the data; give --from and --to to choose it."));
            warnings.ForEach(w => notice?.Invoke("warning: " + w));
        }
        else
        {
            notice?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"reporting range: {ReportingRange.Iso(months[0])} to {ReportingRange.Iso(months[^1])} ({months.Count} month{(months.Count == 1 ? string.Empty : "s")}), as given."));
        }

        if (months.Count == 0)
        {
            return null;
        }

        ReportingPeriod[] periods = [.. months.Select(m => ReportingPeriod.Month(m, data.Zone))];
        var gaps = new List<string>();
        bool[] callMonths = PackMonths.CallsCoverage(data, months, calls, gaps);
        gaps.ForEach(w => notice?.Invoke("warning: " + w));
        OutsideRange.Mark(data, months, periods, callMonths);
        if (data.CallStore is not null && data.StreamedCallsFile is not null)
        {
            data.StreamedCallsFile.OutsideCount = data.CallStore.OutsideCount(periods, callMonths);
        }

        if (data.OutageStore is not null && data.StreamedOutagesFile is not null)
        {
            data.StreamedOutagesFile.OutsideCount = data.OutageStore.OutsideCount(months[0], months[^1]);
        }

        if (data.ResponseStore is not null && data.StreamedResponsesFile is not null)
        {
            data.StreamedResponsesFile.OutsideCount = data.ResponseStore.OutsideCount(new HashSet<YearMonth>(months));
        }

        definition ??= PackDefinition.Default;
        var builder = new PerformancePackBuilder(months, definition.Layout);
        var reported = new HashSet<YearMonth>(months);
        using (HostProgress.Current.BeginStage("availability"))
        {
            AddAvailability(data, builder, periods, progress);
        }

        using (HostProgress.Current.BeginStage("service desk"))
        {
            if (calls is null)
            {
                AddServiceDesk(data, builder, months, periods, callMonths, progress);
            }
            else
            {
                AddServiceDesk(calls, data.Problems, builder, months, callMonths, progress);
            }
        }

        using IDisposable rest = HostProgress.Current.BeginStage("survey, exceptions, risks, packs");
        AddSurvey(data, builder, months, reported, progress);
        AddSurveyScores(data, builder, reported);
        Dictionary<ExceptionNote, Sourced<ExceptionNote>> noteLines = AddExceptions(data, builder, reported);
        RiskRegister? register = BuildRisks(data, problems, riskLevels);
        IReadOnlyList<RiskMovement>? movements = RiskMovementsOf(data, register, riskLevels);
        IReadOnlyList<ObjectiveEvaluation> plan = BusinessPlanOf(data, months, BusinessPlanRagRule.Default);

        // Packs in the order of the input files.
        var packs = data.Organisations.Select(builder.Build).ToList();
        foreach (RejectedNote rejected in packs.SelectMany(p => p.RejectedNotes))
        {
            Sourced<ExceptionNote> sourced = noteLines[rejected.Note];
            problems.Add(new InputProblem(sourced.File, sourced.Line, "row", rejected.Reason));
        }

        if (data.Organisations.Count > 1)
        {
            packs.Add(builder.BuildCombined());
        }

        var nps = new Dictionary<string, IReadOnlyList<NpsSummary?>>(StringComparer.Ordinal);
        foreach (PerformancePack pack in packs)
        {
            string? organisation = ReferenceEquals(pack, packs[^1]) && data.Organisations.Count > 1 ? null : pack.Organisation;
            NpsSummary?[] summaries = [.. months.Select(m => builder.NetPromoterScoreFor(organisation, m)).Select(s => s is { HasResponses: true } ? s : null)];
            if (summaries.Any(s => s is not null))
            {
                nps[pack.Organisation] = summaries;
            }
        }

        ZonedDateTime asOf = periods[^1].End.InZone(data.Zone);
        var cover = new PackCover(definition.Committee, reportDate ?? asOf.Date, asOf, [.. data.Files.Where(f => f.Present).Select(f => f.Account(problems))]);
        return new PackDocument(Title, packs, nps, register, problems.Where(p => p.Kind != ProblemKind.Outside).Select(p => p.ToString()).ToList(),
            plan, BusinessPlanRagRule.Default, movements, cover);
    }
}
