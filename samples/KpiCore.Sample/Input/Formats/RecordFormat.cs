namespace KpiCore.Sample.Input.Formats;

/// <summary>
/// One input file's record format, written once for the readers and the data generator: the file's name, its columns
/// (in the order they are written), the columns without which a row means nothing, how a row becomes a record and how
/// a record becomes a row.
/// </summary>
/// <typeparam name="T">The record a row holds, such as <c>Sourced&lt;Call&gt;</c>.</typeparam>
/// <remarks>
/// <para>
/// <see cref="Parse"/> reports every bad field of a row through the <see cref="RowParser"/> it is given
/// (<c>file:line: field: reason</c>) and returns null for a row that is not loaded; the reader (<see cref="InputFiles.Read{T}"/>)
/// only opens the table, counts its records and collects what <see cref="Parse"/> returns. A format instance reads one
/// file: checks across rows (a repeated id or reference) keep their memory in it, one entry per distinct key.
/// </para>
/// <para>
/// <see cref="Write"/> gives the host's own encoding of a record (ISO 8601 instants with their offset in the format's
/// zone, priority codes, the lower-case names of kinds and types), which <see cref="Parse"/> reads back as the same
/// record; the fields are in <see cref="Columns"/> order.
/// </para>
/// </remarks>
internal abstract class RecordFormat<T>
    where T : class
{
    /// <summary>Creates the format's schema.</summary>
    /// <param name="fileName">The file's name in an input folder.</param>
    /// <param name="columns">The columns, in the order they are written.</param>
    /// <param name="required">The columns a file must have.</param>
    /// <param name="instants">How the file's instants are read; its zone is that of the instants written.</param>
    private protected RecordFormat(string fileName, IReadOnlyList<string> columns, IReadOnlyList<string> required, InstantReader instants)
    {
        FileName = fileName;
        Columns = columns;
        Required = required;
        Instants = instants;
    }

    /// <summary>Gets the file's name in an input folder, such as <c>calls.csv</c>.</summary>
    internal string FileName { get; }

    /// <summary>Gets the columns, in the order they are written.</summary>
    internal IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the columns a file must have in its header to be read at all; the others may be left out.</summary>
    internal IReadOnlyList<string> Required { get; }

    /// <summary>Gets how the file's instants are read.</summary>
    internal InstantReader Instants { get; }

    /// <summary>Called once the header is read, before the first row: a format may warn about the columns it finds.</summary>
    /// <param name="table">The open table.</param>
    /// <param name="problems">Where warnings go.</param>
    /// <remarks>The base warns about a header name a letter or two away from a column the file lacks (<c>first_respons</c>): its values would otherwise go unread without a word.</remarks>
    internal virtual void Opened(CsvTable table, List<InputProblem> problems)
    {
        string[] absent = [.. Columns.Where(c => !table.HasColumn(c))];
        foreach (string name in table.ColumnNames.Where(n => !Columns.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            if (absent.FirstOrDefault(c => IsNearMiss(name, c)) is { } meant)
            {
                problems.Add(new InputProblem(table.File, 1, name,
                    $"This is not a column of {FileName} and its values are not read; if it is meant to be '{meant}', which the header lacks, rename it.", ProblemKind.Warning));
            }
        }
    }

    /// <summary>Whether a header name is a typo of a column: one edit away (two for names of six letters or more), without regard to case.</summary>
    private static bool IsNearMiss(string name, string column)
    {
        string a = name.ToUpperInvariant(), b = column.ToUpperInvariant();
        int allowed = Math.Min(a.Length, b.Length) >= 6 ? 2 : 1;
        if (Math.Abs(a.Length - b.Length) > allowed)
        {
            return false;
        }

        int[] previous = [.. Enumerable.Range(0, b.Length + 1)], current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= allowed;
    }

    /// <summary>Reads one row.</summary>
    /// <param name="row">The row's parser, which records each bad field as a problem.</param>
    /// <returns>The record, or null when the row is rejected or excluded (its problems already added).</returns>
    internal abstract T? Parse(RowParser row);

    /// <summary>Writes one record as a row, its fields in <see cref="Columns"/> order (null = empty).</summary>
    internal abstract string?[] Write(T record);

    /// <summary>Adds a field to a row being written when the format has its column (a profile may leave a column out).</summary>
    private protected static void AddIf(List<string?> fields, string? column, string? value)
    {
        if (column is not null)
        {
            fields.Add(value);
        }
    }
}
