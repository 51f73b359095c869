using System.Collections.ObjectModel;
using System.Globalization;
using KpiCore.Utility;
using NodaTime;

namespace KpiCore.Time;

/// <summary>
/// The bank holidays of one UK division for the years 1970 to 2100: computed by rule, optionally replaced year by year
/// by GOV.UK's published data, and adjusted by an explicit list of added and removed dates.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Computed"/> gives the rule-based list: New Year (with 2 January in Scotland), St Patrick's Day and the
/// Battle of the Boyne (Northern Ireland), Good Friday, Easter Monday (not in Scotland), Early May (first Monday in May;
/// outside Scotland from 1978; on 8 May in 1995 and 2020 for VE Day), Spring (last Monday in May; in Scotland from 1978;
/// moved in 1977, 2002, 2012 and 2022 for the jubilees), Summer (last Monday in August; first Monday in August in
/// Scotland), St Andrew's Day (Scotland, from 2007), Boxing Day (in Scotland from 1974),
/// Christmas and Boxing Day, with GOV.UK's weekend substitution, plus the one-off holidays of 1973, 1977, 1981, 1999,
/// 2002, 2011, 2012, 2022, 2023 and Scotland's 2026 World Cup holiday. Future one-off holidays cannot be predicted: load
/// a current GOV.UK file (<see cref="WithGovUkJson(string)"/>) or add them (<see cref="WithHoliday"/>).
/// </para>
/// <para>
/// <see cref="Official"/> bundles GOV.UK's data for 2012 to 2028 ("UK bank holidays", GOV.UK,
/// https://www.gov.uk/bank-holidays, Crown copyright, published under the Open Government Licence v3.0,
/// https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/): for each year the data covers (has at
/// least one event in), the data replaces the computed list; other years stay computed.
/// </para>
/// <para>
/// Instances are immutable and thread-safe; each year is built on first use and cached. The <c>With…</c> methods
/// return new instances. Added and removed dates always apply on top of computed and loaded years, the later change to
/// the same date winning. Dates in other calendar systems are converted to ISO. Every member that takes a date or year
/// throws <see cref="ArgumentOutOfRangeException"/> outside <see cref="MinYear"/> to <see cref="MaxYear"/>.
/// </para>
/// </remarks>
public sealed partial class UkBankHolidays
{
    /// <summary>The first year supported (1970).</summary>
    public const int MinYear = 1970;

    /// <summary>The last year supported (2100).</summary>
    public const int MaxYear = 2100;

    private const string BundledResourceName = "KpiCore.Time.Data.govuk-bank-holidays.json";

    private static readonly UkBankHolidays[] ComputedInstances =
    [
        new(UkDivision.EnglandAndWales),
        new(UkDivision.Scotland),
        new(UkDivision.NorthernIreland),
    ];

    private static readonly Lazy<UkBankHolidays>[] OfficialInstances =
    [
        new(() => LoadBundled(UkDivision.EnglandAndWales), LazyThreadSafetyMode.ExecutionAndPublication),
        new(() => LoadBundled(UkDivision.Scotland), LazyThreadSafetyMode.ExecutionAndPublication),
        new(() => LoadBundled(UkDivision.NorthernIreland), LazyThreadSafetyMode.ExecutionAndPublication),
    ];

    private readonly Dictionary<int, BankHoliday[]> _dataYears;
    private readonly Dictionary<LocalDate, BankHoliday> _added;
    private readonly HashSet<LocalDate> _removed;
    private readonly ReadOnlyCollection<BankHoliday>?[] _yearCache = new ReadOnlyCollection<BankHoliday>?[MaxYear - MinYear + 1];

    private UkBankHolidays(UkDivision division)
        : this(division, [], [], [])
    {
    }

    private UkBankHolidays(UkDivision division, Dictionary<int, BankHoliday[]> dataYears, Dictionary<LocalDate, BankHoliday> added, HashSet<LocalDate> removed)
    {
        Division = division;
        _dataYears = dataYears;
        _added = added;
        _removed = removed;
        DataYears = new ReadOnlySetView<int>(new SortedSet<int>(dataYears.Keys));
    }

    /// <summary>Gets the division these holidays belong to.</summary>
    public UkDivision Division { get; }

    /// <summary>Gets the years whose list comes from loaded GOV.UK data rather than from the rules.</summary>
    /// <remarks>Empty for <see cref="Computed"/>; 2012 to 2028 for <see cref="Official"/>.</remarks>
    public IReadOnlySet<int> DataYears { get; }

    /// <summary>Determines whether a date is a bank holiday (substitute days included; the weekend date they replace is not).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <paramref name="date"/> is a bank holiday of this division.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is outside 1970 to 2100.</exception>
    public bool IsHoliday(LocalDate date) => TryGet(date, out _);

    /// <summary>Gets the bank holiday on a date, if there is one.</summary>
    /// <param name="date">The date.</param>
    /// <param name="holiday">The holiday, or the default value when the date is not one.</param>
    /// <returns>True when <paramref name="date"/> is a bank holiday of this division.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is outside 1970 to 2100.</exception>
    public bool TryGet(LocalDate date, out BankHoliday holiday)
    {
        date = ToIso(date);
        CheckYear(date.Year, nameof(date));
        foreach (BankHoliday candidate in Year(date.Year))
        {
            if (candidate.Date == date)
            {
                holiday = candidate;
                return true;
            }
        }

        holiday = default;
        return false;
    }

    /// <summary>Gets the bank holiday on a date, or null when the date is not one.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The holiday, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is outside 1970 to 2100.</exception>
    public BankHoliday? Find(LocalDate date) => TryGet(date, out BankHoliday holiday) ? holiday : null;

    /// <summary>Gets the bank holidays of a year, sorted by date.</summary>
    /// <param name="year">The year, from 1970 to 2100.</param>
    /// <returns>A read-only list, cached per year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1970 to 2100.</exception>
    public IReadOnlyList<BankHoliday> ForYear(int year)
    {
        CheckYear(year, nameof(year));
        return Year(year);
    }

    /// <summary>Gets the bank holidays from one date to another, both inclusive, sorted by date.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date; on or after <paramref name="from"/>.</param>
    /// <returns>The holidays in the range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date's year is outside 1970 to 2100.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<BankHoliday> Between(LocalDate from, LocalDate to)
    {
        from = ToIso(from);
        to = ToIso(to);
        CheckYear(from.Year, nameof(from));
        CheckYear(to.Year, nameof(to));
        if (to < from)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The last date {to:uuuu-MM-dd} is before the first date {from:uuuu-MM-dd}; it must be on or after it."),
                nameof(to));
        }

        var result = new List<BankHoliday>();
        for (int year = from.Year; year <= to.Year; year++)
        {
            foreach (BankHoliday holiday in Year(year))
            {
                if (holiday.Date >= from && holiday.Date <= to)
                {
                    result.Add(holiday);
                }
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>Gets the dates of the bank holidays from one date to another, both inclusive, for a working calendar's closed dates.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date; on or after <paramref name="from"/>.</param>
    /// <returns>A read-only set of ISO dates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date's year is outside 1970 to 2100.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlySet<LocalDate> DatesBetween(LocalDate from, LocalDate to)
    {
        IReadOnlyList<BankHoliday> holidays = Between(from, to);
        var dates = new HashSet<LocalDate>(holidays.Count);
        foreach (BankHoliday holiday in holidays)
        {
            dates.Add(holiday.Date);
        }

        return new ReadOnlySetView<LocalDate>(dates);
    }

    internal static void CheckDivision(UkDivision division, string paramName)
    {
        if (division is not (UkDivision.EnglandAndWales or UkDivision.Scotland or UkDivision.NorthernIreland))
        {
            throw new ArgumentOutOfRangeException(paramName, division, "Value must be EnglandAndWales, Scotland or NorthernIreland; a division must be chosen explicitly.");
        }
    }

    private static void CheckYear(int year, string paramName)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, "Year must be in the range [1970, 2100].");
        }
    }

    private static LocalDate ToIso(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);


    private ReadOnlyCollection<BankHoliday> Year(int year)
    {
        ref ReadOnlyCollection<BankHoliday>? slot = ref _yearCache[year - MinYear];
        ReadOnlyCollection<BankHoliday>? cached = Volatile.Read(ref slot);
        if (cached is not null)
        {
            return cached;
        }

        ReadOnlyCollection<BankHoliday> built = BuildYear(year).AsReadOnly();
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }

    private BankHoliday[] BuildYear(int year)
    {
        BankHoliday[] source = _dataYears.TryGetValue(year, out BankHoliday[]? data)
            ? data
            : UkBankHolidayRules.Compute(year, Division);
        if (_added.Count == 0 && _removed.Count == 0)
        {
            return source;
        }

        var list = new List<BankHoliday>(source.Length + 2);
        foreach (BankHoliday holiday in source)
        {
            if (!_removed.Contains(holiday.Date) && !_added.ContainsKey(holiday.Date))
            {
                list.Add(holiday);
            }
        }

        foreach (BankHoliday holiday in _added.Values)
        {
            if (holiday.Date.Year == year)
            {
                list.Add(holiday);
            }
        }

        list.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        return [.. list];
    }
}
