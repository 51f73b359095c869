using System.Globalization;

namespace KpiCore.Sample.Input;

/// <summary>
/// A header-based CSV file: the first record names the columns (case-insensitive, surrounding spaces ignored, order
/// free, unknown columns ignored); every later record is a row read by column name.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvReader _reader;
    private readonly Dictionary<string, int> _columns;
    private readonly List<InputProblem> _problems;

    private CsvTable(CsvReader reader, string file, Dictionary<string, int> columns, List<InputProblem> problems)
    {
        _reader = reader;
        File = file;
        _columns = columns;
        _problems = problems;
    }

    /// <summary>Gets the file name used in problems.</summary>
    internal string File { get; }

    /// <summary>Gets the number of data rows read so far (records after the header, readable or not).</summary>
    internal int RowCount { get; private set; }

    /// <summary>Opens a table, checking that the required columns are there.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="file">The name to show in problems.</param>
    /// <param name="required">Columns that must be present.</param>
    /// <param name="problems">Where to add problems.</param>
    /// <returns>The table, or null after adding one problem for the whole file (missing, unreadable, no header, missing columns).</returns>
    internal static CsvTable? Open(string path, string file, IReadOnlyList<string> required, List<InputProblem> problems)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(new InputProblem(file, 0, "-", "The file cannot be read: " + ex.Message));
            return null;
        }

        return Open(stream, file, required, problems);
    }

    /// <summary>Opens a table over a stream (disposed with the table, or at once when null is returned).</summary>
    internal static CsvTable? Open(Stream stream, string file, IReadOnlyList<string> required, List<InputProblem> problems)
    {
        var reader = new CsvReader(stream);
        if (!reader.TryRead(out CsvRecord header))
        {
            reader.Dispose();
            problems.Add(new InputProblem(file, 0, "-", "The file is empty; its first line must be a header naming the columns: " + string.Join(",", required) + "."));
            return null;
        }

        if (header.Error is not null)
        {
            reader.Dispose();
            problems.Add(new InputProblem(file, header.Line, "-", "The header cannot be read: " + header.Error));
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Fields.Length; i++)
        {
            string name = header.Fields[i].Trim();
            if (name.Length > 0 && !columns.TryAdd(name, i))
            {
                reader.Dispose();
                problems.Add(new InputProblem(file, header.Line, name, "The header names this column twice."));
                return null;
            }
        }

        string[] missing = [.. required.Where(c => !columns.ContainsKey(c))];
        if (missing.Length > 0)
        {
            reader.Dispose();
            problems.Add(new InputProblem(file, header.Line, string.Join(",", missing),
                string.Create(CultureInfo.InvariantCulture, $"Required column(s) missing from the header; it must name {string.Join(",", required)} (found {string.Join(",", header.Fields)}).")));
            return null;
        }

        return new CsvTable(reader, file, columns, problems);
    }

    /// <summary>Reads the data rows; unreadable records and rows with the wrong number of fields are added to the problems and skipped.</summary>
    internal IEnumerable<CsvRow> Rows()
    {
        while (_reader.TryRead(out CsvRecord record))
        {
            RowCount++;
            if (record.Error is not null)
            {
                _problems.Add(new InputProblem(File, record.Line, "-", record.Error));
                continue;
            }

            if (record.Fields.Length != _columns.Count && !(record.Fields.Length > _columns.Count && record.Fields.Skip(_columns.Count).All(string.IsNullOrEmpty)))
            {
                _problems.Add(new InputProblem(File, record.Line, "-",
                    string.Create(CultureInfo.InvariantCulture, $"The row has {record.Fields.Length} fields but the header has {_columns.Count}; quote fields that contain commas.")));
                continue;
            }

            yield return new CsvRow(File, record.Line, record.Fields, _columns);
        }
    }

    /// <summary>Determines whether the header names a column.</summary>
    internal bool HasColumn(string column) => _columns.ContainsKey(column);

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();
}
