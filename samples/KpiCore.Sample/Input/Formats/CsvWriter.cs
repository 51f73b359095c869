using System.Text;

namespace KpiCore.Sample.Input.Formats;

/// <summary>Writes RFC 4180 CSV: UTF-8 without BOM, LF line ends, a field quoted only when it holds a comma, quote or line break.</summary>
internal sealed class CsvWriter : IDisposable
{
    private readonly StreamWriter _writer;

    internal CsvWriter(string path)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    }

    /// <summary>Writes one record.</summary>
    internal void Write(params string?[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            string field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _writer.Write('"');
                _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(field);
            }
        }

        _writer.Write('\n');
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
