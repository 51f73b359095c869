using System.Globalization;
using KpiCore.Sample.Input;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// The pack's cover block, on its first page: the committee, the report's date, the period covered, the instant the
/// figures are as of, and the source files with what became of their records.
/// </summary>
/// <remarks>Every value is given by the run (the report date by the analyst or the data): rendering never reads a clock.</remarks>
internal sealed class PackCover
{
    internal PackCover(string committee, LocalDate reportDate, ZonedDateTime dataAsOf, IReadOnlyList<FileAccount> sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(committee);
        ArgumentNullException.ThrowIfNull(sources);
        Committee = committee;
        ReportDate = reportDate;
        DataAsOf = dataAsOf;
        Sources = sources;
    }

    /// <summary>Gets the committee the pack goes to, such as "ICT Shared Service Joint Committee".</summary>
    internal string Committee { get; }

    /// <summary>Gets the report's date.</summary>
    internal LocalDate ReportDate { get; }

    /// <summary>Gets the instant the figures are computed as of (the end of the last month), in the run's zone.</summary>
    internal ZonedDateTime DataAsOf { get; }

    /// <summary>Gets the source files read, in the order they were read, with their records counted, rejected, excluded and outside the range.</summary>
    internal IReadOnlyList<FileAccount> Sources { get; }

    /// <summary>The report date as a committee reads it: "1 October 2017".</summary>
    internal string ReportDateText => ReportDate.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>The as-of instant in ISO form with its offset: "2017-10-01T00:00:00+01:00".</summary>
    internal string DataAsOfIso => OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>").Format(DataAsOf.ToOffsetDateTime());

    /// <summary>The as-of instant with its offset and zone: "2017-10-01 00:00 +01:00 (Europe/London)".</summary>
    internal string DataAsOfText =>
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm o<+HH:mm>").Format(DataAsOf.ToOffsetDateTime()) + " (" + DataAsOf.Zone.Id + ")";

    /// <summary>The period covered: "April 2017 to September 2017" (one month: "April 2017").</summary>
    internal static string PeriodText(IReadOnlyList<YearMonth> months)
    {
        static string Name(YearMonth m) => m.ToString("MMMM uuuu", CultureInfo.InvariantCulture);
        return months.Count == 1 ? Name(months[0]) : Name(months[0]) + " to " + Name(months[^1]);
    }

    /// <summary>The labels and values of the cover, in the order shown.</summary>
    internal IEnumerable<(string Label, string Value)> Items(IReadOnlyList<YearMonth> months) =>
    [
        ("Committee", Committee),
        ("Report date", ReportDateText),
        ("Period covered", PeriodText(months)),
        ("Data as of", DataAsOfText),
    ];
}
