using System.Globalization;
using KpiCore.Sample.Input;
using NodaTime;

namespace KpiCore.Sample.Commands;

/// <summary>What the data commands share: reading one input file, reporting problems as <c>file:line: field: reason</c>, exit codes.</summary>
internal static class CommandSupport
{
    /// <summary>Exit code: everything was read and computed.</summary>
    internal const int Ok = 0;

    /// <summary>Exit code: results were printed, but some records were rejected (listed on standard error).</summary>
    internal const int Rejected = 1;

    /// <summary>Exit code: usage or input error (missing file, no usable header, bad option); nothing was computed.</summary>
    internal const int UsageError = 2;

    /// <summary>
    /// Runs a command body so that an unexpected failure is one line on standard error and exit code 2, never a stack
    /// trace (the input checks should make this unreachable; it is the last line of defence for analysts' files).
    /// </summary>
    internal static int Guard(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
#pragma warning disable CA1031 // the host must not show a stack trace for any input
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // No type name or trace: the analyst cannot act on them, and a report quotes this line.
            error.WriteLine($"internal error: {ex.Message} Please report it, with the command line, to the KpiCore maintainers.");
            return UsageError;
        }
    }

    /// <summary>Checks that a file option names a file that exists; false after writing one sentence.</summary>
    internal static bool CheckFile([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? path, string option, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            error.WriteLine($"{option}: a file is required.");
            return false;
        }

        if (Directory.Exists(path))
        {
            error.WriteLine($"{option}: '{path}' is a folder, not a file.");
            return false;
        }

        if (!File.Exists(path))
        {
            error.WriteLine($"{option}: the file '{path}' does not exist.");
            return false;
        }

        return true;
    }

    /// <summary>Reads one file with a typed reader; false (after writing the reason) when the file is missing or has no usable header.</summary>
    internal static bool TryRead<T>(
        string? path,
        string option,
        List<InputProblem> problems,
        Func<string, string, List<InputProblem>, (T Items, InputFileSummary Summary)> read,
        TextWriter error,
        out T items,
        out InputFileSummary? summary)
    {
        items = default!;
        summary = null;
        if (!CheckFile(path, option, error))
        {
            return false;
        }

        var fileProblems = new List<InputProblem>();
        (items, summary) = read(path, path, fileProblems);
        if (!summary.Present)
        {
            foreach (InputProblem problem in fileProblems)
            {
                error.WriteLine(problem);
            }

            return false;
        }

        problems.AddRange(fileProblems);
        return true;
    }

    /// <summary>
    /// Writes the problems (in file and line order; records outside the reporting range are only counted) and one
    /// accounting line per input file to standard error, and returns the exit code.
    /// </summary>
    /// <returns>0 when every record was counted (or excluded, or outside the reporting range); 1 when any was rejected; 2 when a file could not be used.</returns>
    internal static int Finish(IReadOnlyList<InputProblem> problems, IEnumerable<InputFileSummary> files, TextWriter error, int maxListed = int.MaxValue)
    {
        InputFileSummary[] inputs = [.. files];
        int Order(InputProblem p)
        {
            int index = Array.FindIndex(inputs, f => string.Equals(f.File, p.File, StringComparison.Ordinal));
            return index < 0 ? int.MaxValue : index;
        }

        InputProblem[] listed = [.. problems.Where(p => p.Kind != ProblemKind.Outside).OrderBy(Order).ThenBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];
        foreach (InputProblem problem in listed.Take(maxListed))
        {
            error.WriteLine(problem);
        }

        if (listed.Length > maxListed)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {listed.Length - maxListed} more (all listed in the pack's files)."));
        }

        bool rejected = false;
        foreach (InputFileSummary file in inputs.Where(f => f.Present))
        {
            FileAccount account = file.Account(problems);
            rejected |= account.Rejected > 0;
            error.WriteLine(account);
        }

        // A file that is there but could not be used at all gets its line too, so no input is passed over in silence.
        foreach (string refused in problems.Where(p => p.IsRejection && inputs.Any(f => !f.Present && string.Equals(f.File, p.File, StringComparison.Ordinal)))
            .Select(p => p.File).Distinct(StringComparer.Ordinal))
        {
            error.WriteLine($"{refused}: not read: the whole file was refused (see above)");
        }

        return InputFileSummary.AnyWholeFileProblem(problems, inputs) ? UsageError : rejected ? Rejected : Ok;
    }

    /// <summary>Formats a duration as hours:minutes:seconds, such as 19:39:22.</summary>
    internal static string Hms(Duration duration)
    {
        string sign = duration < Duration.Zero ? "-" : string.Empty;
        long seconds = (long)Math.Round(Math.Abs(duration.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }

    /// <summary>Writes rows as a left-aligned text table (the first row is the header), columns separated by two spaces.</summary>
    internal static void WriteTable(TextWriter output, IReadOnlyList<string[]> rows, int rightAlignFrom = 1)
    {
        int columns = rows.Max(r => r.Length);
        int[] widths = new int[columns];
        foreach (string[] row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (string[] row in rows)
        {
            var cells = new string[row.Length];
            for (int i = 0; i < row.Length; i++)
            {
                cells[i] = i >= rightAlignFrom ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i]);
            }

            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    /// <summary>Formats an instant in a zone as ISO 8601 with offset.</summary>
    /// <remarks>The one pattern of <see cref="Input.Formats.FormatText.Instant(Instant, DateTimeZone)"/>, built once (building it per call was most of <c>sla</c>'s time per call).</remarks>
    internal static string Format(Instant instant, DateTimeZone zone) => Input.Formats.FormatText.Instant(instant, zone);
}
