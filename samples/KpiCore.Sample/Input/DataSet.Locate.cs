using KpiCore.Kpis;
using KpiCore.Sample.Input.Profiles;

namespace KpiCore.Sample.Input;

// A calculator's rejected or not-judged record mapped back to the file, line and column it came from.
internal sealed partial class DataSet
{
    /// <summary>Maps a calculator's rejected record back to the file and line of the record it names.</summary>
    /// <param name="input">The list that was given to the calculator, in the same order.</param>
    /// <param name="rejected">The rejected record; its index is a position in <paramref name="input"/>.</param>
    /// <returns>The problem as <c>file:line: field: reason</c>.</returns>
    public static InputProblem Locate<T>(IReadOnlyList<Sourced<T>> input, RejectedRecord rejected)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rejected);
        Sourced<T> source = input[rejected.Index];
        return new InputProblem(source.File, source.Line, ColumnOf(rejected.Field), rejected.Reason);
    }

    /// <summary>Maps a record the calculator counted but could not fully use (such as a call whose SLA is not judged) to a warning at its line.</summary>
    /// <param name="input">The list that was given to the calculator, in the same order.</param>
    /// <param name="record">The record; its index is a position in <paramref name="input"/>.</param>
    /// <param name="consequence">What follows for the record, appended to the reason.</param>
    /// <returns>The warning.</returns>
    /// <param name="columns">The export's columns, when the records are calls read through an import profile; null for the host's own column names.</param>
    public static InputProblem LocateWarning<T>(IReadOnlyList<Sourced<T>> input, RejectedRecord record, string consequence, CallProfile? columns = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(record);
        Sourced<T> source = input[record.Index];
        string column = columns is null ? ColumnOf(record.Field) : columns.ColumnOf(record.Field);
        return new InputProblem(source.File, source.Line, column, record.Reason.TrimEnd('.') + "; " + consequence + ".", ProblemKind.Warning);
    }

    /// <summary>Translates a library field name (such as <c>FirstResponse</c>) to its CSV column (<c>first_response</c>).</summary>
    internal static string ColumnOf(string field) => field switch
    {
        "FirstResponse" => "first_response",
        "OnHold" => "on_hold",
        "RespondedAt" => "responded",
        _ => field.ToLowerInvariant(),
    };
}
