using KpiCore.Reporting;
using NodaTime;

namespace KpiCore.Sample.Input.Formats;

/// <summary>exceptions.csv: commentary per organisation, KPI row and month (blank month = the whole pack).</summary>
internal sealed class ExceptionsFormat : RecordFormat<Sourced<ExceptionNote>>
{
    /// <summary>The file's name.</summary>
    internal const string Name = "exceptions.csv";

    private static readonly string[] AllColumns = ["organisation", "row", "month", "text"];
    private static readonly string[] RequiredColumns = ["organisation", "row", "text"];
    private readonly NameBook _names;

    /// <summary>Creates the format.</summary>
    /// <param name="zone">The zone of offset-less times.</param>
    /// <param name="names">The run's names; null for a book of its own.</param>
    internal ExceptionsFormat(DateTimeZone zone, NameBook? names = null)
        : base(Name, AllColumns, RequiredColumns, new InstantReader(zone))
    {
        _names = names ?? new NameBook();
    }

    /// <inheritdoc/>
    internal override Sourced<ExceptionNote>? Parse(RowParser row)
    {
        string organisation = _names.Organisation(row.Text("organisation"));
        string rowName = row.Text("row");
        YearMonth? month = row.OptionalMonth("month");
        string text = row.Text("text");
        return row.Ok ? new Sourced<ExceptionNote>(new ExceptionNote(rowName, text, month), organisation, row.Row.File, row.Row.Line) : null;
    }

    /// <inheritdoc/>
    internal override string?[] Write(Sourced<ExceptionNote> record) =>
        [record.Organisation, record.Record.RowName, record.Record.Month is YearMonth m ? FormatText.Month(m) : null, record.Record.Text];
}
