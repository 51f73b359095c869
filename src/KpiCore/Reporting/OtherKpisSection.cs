using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Reporting;

/// <summary>
/// "Other KPIs": the Process Success Index (a score set per organisation and month, or the mean of answers out of 9
/// in one <see cref="ScaleTally"/> per organisation and month, "N/A" without either), the Net Promoter Score (one
/// <see cref="NpsTally"/> per organisation and month, "UNVL" for a month never surveyed, "N/A" for a month surveyed
/// with nobody answering) and the user-satisfaction mean (one <see cref="ScaleTally"/> per organisation and month, "N/A"
/// without answers). The score and the mean carry their 95% confidence intervals.
/// </summary>
internal sealed class OtherKpisSection(PackContext context) : IPackSection
{
    private static readonly MonthlySeries<NpsTally>.Merging NpsMerging =
        new(_ => new NpsTally(), (sum, part) => sum.Merge(part), (_, _) => true);

    private static readonly MonthlySeries<ScaleTally>.Merging ScaleMerging =
        new(first => new ScaleTally(first.Scale), (sum, part) => sum.Merge(part), (a, b) => a.Scale == b.Scale);

    private readonly Dictionary<string, MonthlySeries<NpsTally>> _nps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MonthlySeries<ScaleTally>> _satisfaction = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double?[]> _processSuccess = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MonthlySeries<ScaleTally>> _processAnswers = new(StringComparer.Ordinal);

    internal void AddNetPromoterScore(string organisation, YearMonth month, NpsSummary summary)
    {
        int index = context.IndexOf(month);
        if (index >= 0)
        {
            context.Touch(organisation);
            SeriesOf(_nps, organisation).GetOrAdd(index, () => new NpsTally()).Add(summary);
        }
    }

    internal void AddUserSatisfaction(string organisation, YearMonth month, ScaleSummary summary) =>
        AddAnswers(_satisfaction, "Satisfaction", organisation, month, summary);

    internal void AddProcessSuccess(string organisation, YearMonth month, ScaleSummary summary)
    {
        int index = context.IndexOf(month);
        if (index >= 0 && summary.Count > 0 && _processSuccess.GetValueOrDefault(organisation)?[index] is not null)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{organisation} already has a Process Success Index set for {month:yyyy'-'MM}; give the answers or the index, not both."),
                nameof(summary));
        }

        AddAnswers(_processAnswers, "Process success", organisation, month, summary);
    }

    private void AddAnswers(Dictionary<string, MonthlySeries<ScaleTally>> all, string what, string organisation, YearMonth month, ScaleSummary summary)
    {
        int index = context.IndexOf(month);
        if (index < 0 || summary.Count == 0)
        {
            return;
        }

        if (all.GetValueOrDefault(organisation)?[index] is ScaleTally earlier && earlier.Scale != summary.Scale)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{what} answers on {summary.Scale} cannot be pooled with answers on {earlier.Scale}."),
                nameof(summary));
        }

        context.Touch(organisation);
        SeriesOf(all, organisation).GetOrAdd(index, () => new ScaleTally(summary.Scale)).Merge(ScaleTally.FromSummary(summary));
    }

    internal void SetProcessSuccessIndex(string organisation, YearMonth month, double index)
    {
        int position = context.IndexOf(month);
        if (position >= 0)
        {
            if (_processAnswers.GetValueOrDefault(organisation)?[position] is not null)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{organisation} already has process success answers for {month:yyyy'-'MM}; give the answers or the index, not both."),
                    nameof(index));
            }

            context.Touch(organisation);
            if (!_processSuccess.TryGetValue(organisation, out double?[]? scores))
            {
                scores = new double?[context.MonthCount];
                _processSuccess.Add(organisation, scores);
            }

            scores[position] = index;
        }
    }

    /// <summary>The pooled counts of an organisation in a month, or of the combined view (null organisation); null when there are none or they are incomplete.</summary>
    internal NpsSummary? NetPromoterScoreFor(string? organisation, YearMonth month)
    {
        int index = context.IndexOf(month);
        if (index < 0)
        {
            return null;
        }

        MonthlySeries<NpsTally>? series = organisation is null ? CombinedNps() : _nps.GetValueOrDefault(organisation);
        return series?[index]?.ToSummary();
    }

    public IEnumerable<KpiRow> Rows(PackSectionLayout layout, string organisation)
    {
        double?[] scores = _processSuccess.GetValueOrDefault(organisation) ?? new double?[context.MonthCount];
        MonthlySeries<ScaleTally> answers = _processAnswers.GetValueOrDefault(organisation) ?? context.NewSeries<ScaleTally>();
        KpiValue[] answered = [.. answers.Values(t => t.ToKpiValue(), KpiValue.NotApplicable)];
        KpiInterval?[] answeredIntervals = [.. answers.Intervals(MeanInterval)];
        return RowsOf(
            layout,
            scores.Select((v, i) => v is double d ? KpiValue.Measured(d) : answered[i]),
            answeredIntervals,
            _nps.GetValueOrDefault(organisation) ?? context.NewSeries<NpsTally>(),
            _satisfaction.GetValueOrDefault(organisation) ?? context.NewSeries<ScaleTally>());
    }

    public IEnumerable<KpiRow> CombinedRows(PackSectionLayout layout)
    {
        // A score set without its answers cannot be pooled: "UNVL" when any organisation has one that month; otherwise
        // the pooled answers by the one combine rule ("N/A" when nobody has any).
        MonthlySeries<ScaleTally> answers = MonthlySeries<ScaleTally>.Combine(Contributors(_processAnswers), context.MonthCount, ScaleMerging);
        KpiValue[] pooled = [.. answers.Values(t => t.ToKpiValue(), KpiValue.NotApplicable)];
        KpiInterval?[] intervals = [.. answers.Intervals(MeanInterval)];
        bool[] set = [.. Enumerable.Range(0, context.MonthCount).Select(i => _processSuccess.Values.Any(s => s[i].HasValue))];
        IEnumerable<KpiValue> process = Enumerable.Range(0, context.MonthCount).Select(i => set[i] ? KpiValue.Unavailable : pooled[i]);
        MonthlySeries<ScaleTally> satisfaction = MonthlySeries<ScaleTally>.Combine(Contributors(_satisfaction), context.MonthCount, ScaleMerging);
        return RowsOf(layout, process, intervals.Select((v, i) => set[i] ? null : v), CombinedNps(), satisfaction);
    }

    private static List<KpiRow> RowsOf(PackSectionLayout layout, IEnumerable<KpiValue> process, IEnumerable<KpiInterval?> processIntervals, MonthlySeries<NpsTally> nps, MonthlySeries<ScaleTally> satisfaction) =>
        layout.Rows.Select(row => row.Key switch
        {
            PackRowKeys.ProcessSuccessIndex => row.ToRow(process, processIntervals),
            PackRowKeys.NetPromoterScore => row.ToRow(nps.Values(t => t.ToKpiValue(), KpiValue.Unavailable), nps.Intervals(NpsInterval)),
            PackRowKeys.UserSatisfaction => row.ToRow(satisfaction.Values(t => t.ToKpiValue(), KpiValue.NotApplicable), satisfaction.Intervals(MeanInterval)),
            _ => row.ToRow(Enumerable.Repeat(KpiValue.Unavailable, nps.Count)), // a row this section has no figures for
        }).ToList();

    private static KpiInterval? NpsInterval(NpsTally tally)
    {
        if (tally.Total == 0)
        {
            return null;
        }

        NpsConfidenceInterval ci = tally.ToSummary().ConfidenceInterval();
        return new KpiInterval(ci.Lower, ci.Upper, ci.Level, tally.Total);
    }

    private static KpiInterval? MeanInterval(ScaleTally tally)
    {
        if (tally.Count < 2)
        {
            return null;
        }

        MeanConfidenceInterval ci = tally.ToSummary().ConfidenceInterval();
        return new KpiInterval(ci.Lower, ci.Upper, ci.Level, tally.Count);
    }

    /// <summary>The organisations with data in any month of the pack, in the order they first appeared.</summary>
    private IEnumerable<MonthlySeries<T>> Contributors<T>(Dictionary<string, MonthlySeries<T>> series)
        where T : class =>
        context.Organisations.Where(series.ContainsKey).Select(o => series[o]).Where(s => s.HasAny);

    private MonthlySeries<NpsTally> CombinedNps() => MonthlySeries<NpsTally>.Combine(Contributors(_nps), context.MonthCount, NpsMerging);

    private MonthlySeries<T> SeriesOf<T>(Dictionary<string, MonthlySeries<T>> all, string organisation)
        where T : class
    {
        if (!all.TryGetValue(organisation, out MonthlySeries<T>? series))
        {
            series = context.NewSeries<T>();
            all.Add(organisation, series);
        }

        return series;
    }
}
