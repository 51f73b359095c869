using System.Globalization;

namespace KpiCore.Sample.Input;

/// <summary>One input file as read: its name, whether it could be used, and how many records (CSV records after the header) it holds.</summary>
/// <remarks>
/// What became of each record is not kept here but derived from the problems of the whole run (<see cref="Account"/>),
/// so a record rejected by the reader, by a check across files or by a calculator is accounted for once, wherever it
/// was found: records = counted + rejected + excluded + outside the reporting range, always.
/// </remarks>
internal sealed class InputFileSummary
{
    internal InputFileSummary(string file, bool present, int records)
    {
        File = file;
        Present = present;
        Records = records;
    }

    /// <summary>Gets the file name as shown in problems.</summary>
    public string File { get; }

    /// <summary>Gets whether the file exists and has a usable header.</summary>
    public bool Present { get; }

    /// <summary>Gets the number of records after the header (readable or not).</summary>
    public int Records { get; }

    /// <summary>
    /// Gets or sets the records outside the reporting range that were counted without a problem each (the streaming
    /// calls path: none of them has a rejection or exclusion at its line), added to the <see cref="ProblemKind.Outside"/> lines.
    /// </summary>
    internal int OutsideCount { get; set; }

    /// <summary>
    /// Determines whether any problem refuses a whole file: one at line 0, or one for a file that is not among the
    /// usable inputs (missing required columns, unreadable header). That is an input error (exit code 2).
    /// </summary>
    internal static bool AnyWholeFileProblem(IEnumerable<InputProblem> problems, IReadOnlyCollection<InputFileSummary> files) =>
        problems.Any(p => p.IsRejection && (p.Line == 0 || !files.Any(f => f.Present && string.Equals(f.File, p.File, StringComparison.Ordinal))));

    /// <summary>Accounts for every record of this file from the problems found in the run.</summary>
    /// <param name="problems">Every problem of the run (other files' problems are ignored).</param>
    /// <returns>The counts: a record with a rejection is rejected, else excluded, else outside, else counted.</returns>
    internal FileAccount Account(IEnumerable<InputProblem> problems)
    {
        var rejected = new HashSet<int>();
        var excluded = new HashSet<int>();
        var outside = new HashSet<int>();
        foreach (InputProblem problem in problems)
        {
            if (problem.Line <= 0 || !string.Equals(problem.File, File, StringComparison.Ordinal))
            {
                continue;
            }

            switch (problem.Kind)
            {
                case ProblemKind.Rejected:
                    rejected.Add(problem.Line);
                    break;
                case ProblemKind.Excluded:
                    excluded.Add(problem.Line);
                    break;
                case ProblemKind.Outside:
                    outside.Add(problem.Line);
                    break;
            }
        }

        excluded.ExceptWith(rejected);
        outside.ExceptWith(rejected);
        outside.ExceptWith(excluded);
        int outsideCount = outside.Count + OutsideCount;
        return new FileAccount(File, Records, Records - rejected.Count - excluded.Count - outsideCount, rejected.Count, excluded.Count, outsideCount);
    }
}

/// <summary>What became of every record of one file: counted, rejected, excluded or outside the reporting range.</summary>
/// <param name="File">The file name.</param>
/// <param name="Records">The records after the header.</param>
/// <param name="Counted">Records that count in the figures.</param>
/// <param name="Rejected">Records with an error (listed as <c>file:line: column: reason</c>).</param>
/// <param name="Excluded">Records left out on purpose, with their reason.</param>
/// <param name="Outside">Records outside the reporting range.</param>
internal readonly record struct FileAccount(string File, int Records, int Counted, int Rejected, int Excluded, int Outside)
{
    /// <summary>Formats the accounting line, such as <c>calls.csv: 43277 records: 43276 counted, 1 rejected</c>.</summary>
    public override string ToString()
    {
        string line = string.Create(CultureInfo.InvariantCulture, $"{File}: {Records} records: {Counted} counted, {Rejected} rejected");
        if (Excluded > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", {Excluded} excluded");
        }

        if (Outside > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", {Outside} outside the reporting range");
        }

        return line;
    }
}
