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
public sealed class UkBankHolidays
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

    /// <summary>Gets the rule-based bank holidays of a division, with no published data.</summary>
    /// <param name="division">The division.</param>
    /// <returns>A shared, cached instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="division"/> is not a defined <see cref="UkDivision"/>.</exception>
    public static UkBankHolidays Computed(UkDivision division)
    {
        CheckDivision(division, nameof(division));
        return ComputedInstances[(int)division - 1];
    }

    /// <summary>
    /// Gets the bank holidays of a division with the bundled GOV.UK data (2012 to 2028) replacing the computed years it
    /// covers.
    /// </summary>
    /// <param name="division">The division.</param>
    /// <returns>A shared, cached instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="division"/> is not a defined <see cref="UkDivision"/>.</exception>
    public static UkBankHolidays Official(UkDivision division)
    {
        CheckDivision(division, nameof(division));
        return OfficialInstances[(int)division - 1].Value;
    }

    /// <summary>
    /// Reads GOV.UK bank-holidays JSON (the format of https://www.gov.uk/bank-holidays.json) for a division over the
    /// computed holidays: each year the file has at least one event in replaces the computed year.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="division">The division to read; other divisions in the file are ignored.</param>
    /// <returns>The computed holidays with the file's years replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="division"/> is not a defined <see cref="UkDivision"/>.</exception>
    /// <exception cref="FormatException">
    /// The text is not JSON, lacks the division or its <c>events</c> array, or an event lacks a <c>title</c>, has a
    /// <c>date</c> that is not a valid <c>yyyy-MM-dd</c> date from 1970 to 2100, or repeats an earlier event's date. The
    /// message names the division, the event index and the field.
    /// </exception>
    public static UkBankHolidays FromGovUkJson(string json, UkDivision division)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Computed(division).WithGovUkJson(json);
    }

    /// <summary>Reads GOV.UK bank-holidays JSON from a UTF-8 stream over the computed holidays of a division.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="division">The division to read; other divisions in the file are ignored.</param>
    /// <returns>The computed holidays with the file's years replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="division"/> is not a defined <see cref="UkDivision"/>.</exception>
    /// <exception cref="FormatException">The data is not in the GOV.UK format; see <see cref="FromGovUkJson(string, UkDivision)"/>.</exception>
    public static UkBankHolidays FromGovUkJson(Stream utf8Json, UkDivision division)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Computed(division).WithGovUkJson(utf8Json);
    }

    /// <summary>
    /// Returns a copy in which each year covered by the given GOV.UK JSON (at least one event of this division in it)
    /// takes the file's list; other years are unchanged. Use it to layer a freshly downloaded file over <see cref="Official"/>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The new holidays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The data is not in the GOV.UK format; see <see cref="FromGovUkJson(string, UkDivision)"/>.</exception>
    public UkBankHolidays WithGovUkJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return WithDataYears(GovUkBankHolidaysJson.Parse(json, Division));
    }

    /// <summary>Returns a copy with the years covered by GOV.UK JSON read from a UTF-8 stream replaced.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <returns>The new holidays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="FormatException">The data is not in the GOV.UK format; see <see cref="FromGovUkJson(string, UkDivision)"/>.</exception>
    public UkBankHolidays WithGovUkJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return WithDataYears(GovUkBankHolidaysJson.Parse(utf8Json, Division));
    }

    /// <summary>Returns a copy with a bank holiday added, or renamed if the date already is one.</summary>
    /// <param name="date">The date, such as a newly announced one-off holiday.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>The new holidays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is outside 1970 to 2100.</exception>
    public UkBankHolidays WithHoliday(LocalDate date, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CheckYear(date.Year, nameof(date));
        return WithOverrides([new BankHoliday(date, name, Division)], []);
    }

    /// <summary>Returns a copy in which a date is not a bank holiday (a no-op if it is not one).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The new holidays.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is outside 1970 to 2100.</exception>
    public UkBankHolidays WithoutHoliday(LocalDate date)
    {
        CheckYear(date.Year, nameof(date));
        return WithOverrides([], [date]);
    }

    /// <summary>
    /// Returns a copy with dates removed and holidays added (an addition on a date that already is a holiday replaces it).
    /// Removals are applied first, then additions; both stay in force over any data loaded later.
    /// </summary>
    /// <param name="additions">Holidays to add; each of this calendar's <see cref="Division"/>.</param>
    /// <param name="removals">Dates that are not bank holidays; removing a date that is not one is allowed.</param>
    /// <returns>The new holidays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="additions"/> or <paramref name="removals"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// An addition is the default value, belongs to another division, or repeats the date of another addition.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A date's year is outside 1970 to 2100.</exception>
    public UkBankHolidays WithOverrides(IEnumerable<BankHoliday> additions, IEnumerable<LocalDate> removals)
    {
        ArgumentNullException.ThrowIfNull(additions);
        ArgumentNullException.ThrowIfNull(removals);
        var added = new Dictionary<LocalDate, BankHoliday>(_added);
        var removed = new HashSet<LocalDate>(_removed);
        foreach (LocalDate raw in removals)
        {
            LocalDate date = ToIso(raw);
            CheckYear(date.Year, nameof(removals));
            added.Remove(date);
            removed.Add(date);
        }

        var seen = new HashSet<LocalDate>();
        foreach (BankHoliday holiday in additions)
        {
            if (holiday.Division != Division)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Holiday {holiday} belongs to division {(int)holiday.Division}, not {Division}; additions must be of this calendar's division."),
                    nameof(additions));
            }

            CheckYear(holiday.Date.Year, nameof(additions));
            if (!seen.Add(holiday.Date))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Two additions have the date {holiday.Date:uuuu-MM-dd}; each date can be added once."),
                    nameof(additions));
            }

            removed.Remove(holiday.Date);
            added[holiday.Date] = holiday;
        }

        return new UkBankHolidays(Division, _dataYears, added, removed);
    }

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

    private static UkBankHolidays LoadBundled(UkDivision division)
    {
        using Stream stream = typeof(UkBankHolidays).Assembly.GetManifestResourceStream(BundledResourceName)
            ?? throw new InvalidOperationException("The bundled GOV.UK bank-holidays data is missing from the KpiCore assembly.");
        return Computed(division).WithGovUkJson(stream);
    }

    private UkBankHolidays WithDataYears(Dictionary<int, BankHoliday[]> loaded)
    {
        var years = new Dictionary<int, BankHoliday[]>(_dataYears);
        foreach (KeyValuePair<int, BankHoliday[]> pair in loaded)
        {
            years[pair.Key] = pair.Value;
        }

        return new UkBankHolidays(Division, years, _added, _removed);
    }

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
