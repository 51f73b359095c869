using NodaTime;

namespace KpiCore.Sample.Input.Formats;

/// <summary>monitoring.csv: the intervals in which each service was monitored.</summary>
internal sealed class MonitoringFormat : RecordFormat<Sourced<MonitoredInterval>>
{
    /// <summary>The file's name.</summary>
    internal const string Name = "monitoring.csv";

    private static readonly string[] AllColumns = ["organisation", "service", "start", "end"];
    private readonly NameBook _names;

    /// <summary>Creates the format.</summary>
    /// <param name="zone">The zone of offset-less times, and of the instants written.</param>
    /// <param name="names">The run's names; null for a book of its own.</param>
    internal MonitoringFormat(DateTimeZone zone, NameBook? names = null)
        : base(Name, AllColumns, AllColumns, new InstantReader(zone))
    {
        _names = names ?? new NameBook();
    }

    /// <inheritdoc/>
    internal override Sourced<MonitoredInterval>? Parse(RowParser row)
    {
        string organisation = _names.Organisation(row.Text("organisation"));
        string service = _names.Service(organisation, row.Text("service"));
        Instant start = row.Instant("start");
        Instant end = row.Instant("end");
        if (row.Ok && end < start)
        {
            row.Fail("end", "The monitored interval ends before it starts.");
        }

        return row.Ok ? new Sourced<MonitoredInterval>(new MonitoredInterval(service, new Interval(start, end)), organisation, row.Row.File, row.Row.Line) : null;
    }

    /// <inheritdoc/>
    internal override string?[] Write(Sourced<MonitoredInterval> record) =>
        [record.Organisation, record.Record.Service, FormatText.Instant(record.Record.Interval.Start, Instants.Zone), FormatText.Instant(record.Record.Interval.End, Instants.Zone)];
}
