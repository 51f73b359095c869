using System.Globalization;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Reporting;

/// <summary>What every section of a builder shares: the pack's months and the organisations with figures, in the order they first appeared.</summary>
internal sealed class PackContext
{
    private readonly YearMonth[] _months;
    private readonly List<string> _organisations = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    internal PackContext(YearMonth[] months) => _months = months;

    internal IReadOnlyList<YearMonth> Months => _months;

    internal int MonthCount => _months.Length;

    internal IReadOnlyList<string> Organisations => _organisations;

    internal bool HasFigures(string organisation) => _known.Contains(organisation);

    /// <summary>Records that an organisation has figures.</summary>
    internal void Touch(string organisation)
    {
        if (_known.Add(organisation))
        {
            _organisations.Add(organisation);
        }
    }

    /// <summary>Gives a month's position in the pack, or -1 when it is not one of the pack's months.</summary>
    internal int IndexOf(YearMonth month) => Array.IndexOf(_months, month);

    /// <summary>Gives a calendar-month period's position in the pack, or -1.</summary>
    /// <exception cref="ArgumentException">The period is not a calendar month.</exception>
    internal int IndexOf(ReportingPeriod period, string paramName)
    {
        if (period.CalendarMonth is not YearMonth month)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Period {period} is not a calendar month; a pack reports months."),
                paramName);
        }

        return IndexOf(month);
    }

    /// <summary>Gives a new series for this pack's months.</summary>
    internal MonthlySeries<T> NewSeries<T>()
        where T : class => new(_months.Length);
}
