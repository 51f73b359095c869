using System.Globalization;
using NodaTime;

namespace KpiCore.Sample.Pack;

/// <summary>
/// The months a pack reports when none are given: inferred from the data so that a stray record cannot widen (or cut)
/// the range, with a warning for every file whose records lie apart from the rest.
/// </summary>
/// <remarks>
/// <para>
/// Each file's months are grouped into runs: a gap of <see cref="SplittingGap"/> or more months without any record of
/// that file starts a new run. The file's span is its run with the most records (the later one on a tie); records in
/// its other runs are warned about and, like every record outside the range, counted as outside the reporting range.
/// Calls are exports with carry-overs (calls logged before the first month and resolved in it; calls logged in the
/// last month and resolved after it): their span runs from the later of the first logged and first resolved month to
/// the earlier of the last logged and last resolved month, each taken from its main run.
/// </para>
/// <para>The range is the union of the files' spans; a file whose span does not overlap the others' is warned about.</para>
/// </remarks>
internal static class ReportingRange
{
    /// <summary>Empty months that separate one run of records from another.</summary>
    internal const int SplittingGap = 3;

    /// <summary>The most months a pack reports.</summary>
    internal const int MaxMonths = 120;

    /// <summary>One file's dated records for the inference.</summary>
    /// <param name="File">The file name, for warnings.</param>
    /// <param name="Months">The month of each record (for calls: the logged month).</param>
    /// <param name="ResolvedMonths">For calls, the month of each resolved call; null for other files.</param>
    internal sealed record Source(string File, IReadOnlyList<YearMonth> Months, IReadOnlyList<YearMonth>? ResolvedMonths = null)
    {
        /// <summary>Gets the number of records per month, when given as counts (a streaming reader keeps no list); null to count <see cref="Months"/>.</summary>
        internal IReadOnlyDictionary<YearMonth, int>? MonthCounts { get; private init; }

        /// <summary>Gets the number of resolved calls per month, when given as counts; null to count <see cref="ResolvedMonths"/>.</summary>
        internal IReadOnlyDictionary<YearMonth, int>? ResolvedCounts { get; private init; }

        /// <summary>A file's months given as counts per month (the same inference as the lists they count).</summary>
        internal static Source FromCounts(string file, IReadOnlyDictionary<YearMonth, int> months, IReadOnlyDictionary<YearMonth, int>? resolved = null) =>
            new(file, [], resolved is null ? null : []) { MonthCounts = months, ResolvedCounts = resolved };
    }

    /// <summary>Infers the months to report.</summary>
    /// <param name="sources">The files with dated records.</param>
    /// <param name="warnings">Receives one sentence per file whose records lie apart.</param>
    /// <returns>The first and last month, or null when no file has a dated record.</returns>
    internal static (YearMonth First, YearMonth Last)? Infer(IEnumerable<Source> sources, List<string> warnings)
    {
        var spans = new List<(string File, YearMonth First, YearMonth Last)>();
        foreach (Source source in sources)
        {
            if (SpanOf(source, warnings) is { } span)
            {
                spans.Add((source.File, span.First, span.Last));
            }
        }

        if (spans.Count == 0)
        {
            return null;
        }

        foreach (var span in spans)
        {
            var others = spans.Where(s => !ReferenceEquals(s.File, span.File)).ToList();
            if (others.Count > 0 && others.All(o => o.Last < span.First || o.First > span.Last))
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{span.File}: its records lie in {Iso(span.First)} to {Iso(span.Last)}, apart from the other files' months; check the file, or give --from and --to."));
            }
        }

        return (spans.Min(s => s.First), spans.Max(s => s.Last));
    }

    /// <summary>
    /// The months one file covers: its main run of records (for calls, with the carry-over rule); outside them the
    /// file is no evidence, so its figures there are UNVL.
    /// </summary>
    /// <param name="source">The file's dated records.</param>
    /// <param name="warnings">Receives a sentence per run of records apart from the main one; may be null.</param>
    /// <returns>The first and last month, or null when the file has no dated record.</returns>
    internal static (YearMonth First, YearMonth Last)? SpanOf(Source source, List<string>? warnings = null)
    {
        if (MainRun(source.MonthCounts ?? Count(source.Months), source.File, string.Empty, warnings) is not { } logged)
        {
            return null;
        }

        (YearMonth first, YearMonth last) = logged;
        IReadOnlyDictionary<YearMonth, int>? resolved = source.ResolvedCounts ?? (source.ResolvedMonths is { } list ? Count(list) : null);
        if (resolved is { Count: > 0 } && MainRun(resolved, source.File, "resolved ", warnings) is { } r)
        {
            first = r.First > first && r.First <= last ? r.First : first;
            last = r.Last < last && r.Last >= first ? r.Last : last;
        }

        return (first, last);
    }

    private static SortedDictionary<YearMonth, int> Count(IReadOnlyList<YearMonth> months)
    {
        var counts = new SortedDictionary<YearMonth, int>();
        foreach (YearMonth month in months)
        {
            counts[month] = counts.GetValueOrDefault(month) + 1;
        }

        return counts;
    }

    private static (YearMonth First, YearMonth Last)? MainRun(IReadOnlyDictionary<YearMonth, int> counts, string file, string what, List<string>? warnings)
    {
        if (counts.Count == 0)
        {
            return null;
        }

        var runs = new List<(YearMonth First, YearMonth Last, int Records)>();
        foreach ((YearMonth month, int count) in counts.OrderBy(c => c.Key))
        {
            if (runs.Count > 0 && MonthsBetween(runs[^1].Last, month) <= SplittingGap)
            {
                runs[^1] = (runs[^1].First, month, runs[^1].Records + count);
            }
            else
            {
                runs.Add((month, month, count));
            }
        }

        var main = runs[0];
        foreach (var run in runs)
        {
            if (run.Records >= main.Records)
            {
                main = run;
            }
        }

        foreach (var run in runs.Where(r => r != main && warnings is not null))
        {
            warnings!.Add(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {run.Records} {what}record(s) in {Iso(run.First)}{(run.First == run.Last ? string.Empty : " to " + Iso(run.Last))} lie apart from its other records ({Iso(main.First)} to {Iso(main.Last)}) and are outside the inferred reporting range; give --from and --to to include them."));
        }

        return (main.First, main.Last);
    }

    /// <summary>The number of whole months from <paramref name="from"/> to <paramref name="to"/> (1 for consecutive months).</summary>
    internal static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;

    /// <summary>Formats a month as yyyy-MM in the invariant culture.</summary>
    internal static string Iso(YearMonth month) => month.ToString("yyyy'-'MM", CultureInfo.InvariantCulture);
}
