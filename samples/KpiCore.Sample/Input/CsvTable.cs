using System.Globalization;
using KpiCore.Sample.Progress;

namespace KpiCore.Sample.Input;

/// <summary>
/// A header-based CSV file: the first record names the columns (case-insensitive, surrounding spaces ignored, order
/// free, unknown columns ignored); every later record is a row read by column name.
/// </summary>
/// <remarks>
/// A table reports its reading to <see cref="HostProgress.Current"/>: bytes at each buffer fill, rows every
/// <see cref="ProgressRows"/> rows and at the end; a file whose header cannot be used is not reported.
/// </remarks>
internal sealed class CsvTable : IDisposable
{
    /// <summary>How many rows are read between two progress reports.</summary>
    internal const int ProgressRows = 4096;

    private readonly CsvReader _reader;
    private readonly Dictionary<string, int> _columns;
    private readonly List<InputProblem> _problems;
    private readonly IFileProgress _progress;
    private int _reportedRows;

    private CsvTable(CsvReader reader, string file, Dictionary<string, int> columns, List<InputProblem> problems, IFileProgress progress)
    {
        _reader = reader;
        File = file;
        _columns = columns;
        _problems = problems;
        _progress = progress;
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
    /// <param name="delimiter">The field separator (a comma unless a profile says otherwise).</param>
    /// <param name="windows1252">True when the file is declared Windows-1252 (see <see cref="CsvReader"/>).</param>
    /// <param name="meter">False when the caller reports the file's progress itself.</param>
    /// <returns>The table, or null after adding one problem for the whole file (missing, unreadable, no header, missing columns).</returns>
    internal static CsvTable? Open(string path, string file, IReadOnlyList<string> required, List<InputProblem> problems, byte delimiter = (byte)',', bool windows1252 = false, bool meter = true)
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

        return Open(stream, file, required, problems, delimiter, windows1252, meter);
    }

    /// <summary>Opens a table over a stream (disposed with the table, or at once when null is returned).</summary>
    internal static CsvTable? Open(Stream stream, string file, IReadOnlyList<string> required, List<InputProblem> problems, byte delimiter = (byte)',', bool windows1252 = false, bool meter = true)
    {
        long length = stream.CanSeek ? stream.Length - stream.Position : -1;
        var counted = new ProgressStream(stream);
        var reader = new CsvReader(counted, delimiter, windows1252);
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
                string.Create(CultureInfo.InvariantCulture, $"Required column(s) missing from the header; it must name {string.Join(",", required)} (found {string.Join(",", header.Fields)}).{SeparatorHint(header.Fields)}")));
            return null;
        }

        return new CsvTable(reader, file, columns, problems, counted.Report(meter ? HostProgress.Current.BeginFile(file, length) : NoProgress.Instance));
    }

    /// <summary>Reads the data rows; unreadable records and rows with the wrong number of fields are added to the problems and skipped.</summary>
    /// <param name="rejected">
    /// Called for each rejected record, with its error and the lines it covers, in file order with the rows; optional.
    /// </param>
    /// <remarks>
    /// A record with the wrong number of fields that spans lines because of a quoted line break is rejected at its
    /// first line only, and its later lines are read again as rows (the resync rule of <see cref="CsvReader"/>): a
    /// missing quote costs one row, not the rest of the file. Trailing empty fields beyond the header are tolerated.
    /// </remarks>
    internal IEnumerable<CsvRow> Rows(Action<CsvRecord>? rejected = null)
    {
        while (_reader.TryRead(out CsvRecord record))
        {
            bool blank = record.Error is null && !record.SpansLines && Array.TrueForAll(record.Fields, string.IsNullOrWhiteSpace);
            RowVerdict verdict = Judge(File, _columns.Count, _problems, record.FirstLine, record.LastLine, record.Error, record.FieldCount, record.TrailingEmptyFieldCount, blank, rejected);
            if (verdict != RowVerdict.Blank)
            {
                RowCount++;
                if (RowCount - _reportedRows == ProgressRows)
                {
                    ReportRows();
                }
            }

            switch (verdict)
            {
                case RowVerdict.Resync:
                    _reader.ResumeAfterFirstLine();
                    continue;
                case RowVerdict.Row:
                    yield return new CsvRow(File, record.FirstLine, record.LastLine, record.Fields, _columns, record.NotUtf8Fields);
                    continue;
                default:
                    continue;
            }
        }

        ReportRows();
    }

    /// <summary>
    /// Judges one record as <see cref="Rows"/> does: a blank line is skipped, a record with an error or the wrong number
    /// of fields is added to <paramref name="problems"/>, any other is a row; every record but a blank line counts as a row read.
    /// </summary>
    /// <param name="file">The file name shown in problems.</param>
    /// <param name="columns">The number of columns the header names.</param>
    /// <param name="problems">Where a rejection goes.</param>
    /// <param name="firstLine">The record's first line.</param>
    /// <param name="lastLine">Its last line.</param>
    /// <param name="error">The reader's error, or null.</param>
    /// <param name="fieldCount">Its number of fields.</param>
    /// <param name="trailingEmpty">How many of its last fields are empty.</param>
    /// <param name="blank">Whether it is a line of separators or spaces only.</param>
    /// <param name="rejected">Called with a rejected record, as <see cref="Rows"/>'s argument.</param>
    /// <returns>What the caller does with it; <see cref="RowVerdict.Resync"/> means: apply <see cref="CsvReader.ResumeAfterFirstLine()"/>.</returns>
    internal static RowVerdict Judge(string file, int columns, List<InputProblem> problems, int firstLine, int lastLine, string? error, int fieldCount, int trailingEmpty, bool blank, Action<CsvRecord>? rejected = null)
    {
        if (blank)
        {
            return RowVerdict.Blank; // only separators or spaces (as Excel leaves below a table): a blank line, not a record
        }

        bool spansLines = lastLine > firstLine;
        bool countFits = fieldCount == columns
            || (fieldCount > columns && fieldCount - trailingEmpty <= columns);
        if (!countFits && spansLines)
        {
            string also = error is null ? string.Empty : " It also has an error: " + error;
            Reject(new CsvRecord(firstLine, firstLine, [], string.Create(CultureInfo.InvariantCulture,
                $"The row has {fieldCount} fields but the header has {columns}, and a quoted field carries it over lines {CsvRecord.FormatLines(firstLine, lastLine)}; a quote is probably missing or not doubled. Only line {firstLine} is rejected; reading resumed at line {firstLine + 1}.{also}"),
                0, 0), file, problems, rejected);
            return RowVerdict.Resync;
        }

        if (error is not null)
        {
            Reject(new CsvRecord(firstLine, lastLine, [], error, fieldCount, trailingEmpty), file, problems, rejected);
            return RowVerdict.Rejected;
        }

        if (!countFits)
        {
            Reject(new CsvRecord(firstLine, lastLine, [], string.Create(CultureInfo.InvariantCulture,
                $"The row has {fieldCount} fields but the header has {columns}; quote fields that contain commas."),
                fieldCount, trailingEmpty), file, problems, rejected);
            return RowVerdict.Rejected;
        }

        return RowVerdict.Row;
    }

    /// <summary>Makes the row <see cref="Rows"/> would give for a record that <see cref="Judge"/> found to be a row.</summary>
    internal CsvRow RowOf(CsvRecord record) => new(File, record.FirstLine, record.LastLine, record.Fields, _columns, record.NotUtf8Fields);

    /// <summary>Gets the 0-based field index of a column named in the header, or -1.</summary>
    internal int ColumnIndex(string column) => _columns.TryGetValue(column, out int index) ? index : -1;

    /// <summary>Gets the number of columns the header names.</summary>
    internal int ColumnCount => _columns.Count;

    /// <summary>A hint when the header looks separated by something other than commas (semicolons, as Excel writes in many locales, or tabs).</summary>
    private static string SeparatorHint(string[] header)
    {
        string joined = string.Join(",", header);
        char? other = joined.Contains(';', StringComparison.Ordinal) ? ';' : joined.Contains('\t', StringComparison.Ordinal) ? '\t' : null;
        return other is char c && header.Length <= 2
            ? string.Create(CultureInfo.InvariantCulture, $" The file seems to separate fields with {(c == ';' ? "semicolons" : "tabs")}; save it with commas (in Excel: \"CSV UTF-8 (Comma delimited)\").")
            : string.Empty;
    }

    /// <summary>Determines whether the header names a column.</summary>
    internal bool HasColumn(string column) => _columns.ContainsKey(column);

    /// <summary>Gets the header's column names, as written.</summary>
    internal IEnumerable<string> ColumnNames => _columns.Keys;

    /// <inheritdoc/>
    public void Dispose()
    {
        ReportRows();
        _progress.Dispose();
        _reader.Dispose();
    }

    private void ReportRows()
    {
        _progress.Advance(0, RowCount - _reportedRows);
        _reportedRows = RowCount;
    }

    private static void Reject(CsvRecord record, string file, List<InputProblem> problems, Action<CsvRecord>? rejected)
    {
        string reason = record.SpansLines
            ? string.Create(CultureInfo.InvariantCulture, $"{record.Error} The record spans lines {record.Lines}.")
            : record.Error!;
        problems.Add(new InputProblem(file, record.FirstLine, "-", reason));
        rejected?.Invoke(record);
    }
}

/// <summary>What <see cref="CsvTable.Judge"/> found a record to be.</summary>
internal enum RowVerdict
{
    /// <summary>A blank line: no record, not counted.</summary>
    Blank,

    /// <summary>A row to read.</summary>
    Row,

    /// <summary>Rejected (its problem added).</summary>
    Rejected,

    /// <summary>Rejected at its first line (its problem added); the reader must resume after that line.</summary>
    Resync,
}
