namespace KpiCore.Sample.Input.Formats;

/// <summary>Writes a file in a record format: its header (<see cref="RecordFormat{T}.Columns"/>), then one row per record, as <see cref="CsvWriter"/> does.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordWriter<T> : IDisposable
    where T : class
{
    private readonly CsvWriter _csv;
    private readonly RecordFormat<T> _format;

    /// <summary>Creates (or replaces) the file and writes the header.</summary>
    internal RecordWriter(string path, RecordFormat<T> format)
    {
        _format = format;
        _csv = new CsvWriter(path);
        _csv.Write([.. format.Columns]);
    }

    /// <summary>Writes one record.</summary>
    internal void Write(T record) => _csv.Write(_format.Write(record));

    /// <inheritdoc/>
    public void Dispose() => _csv.Dispose();
}
