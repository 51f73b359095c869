using System.Globalization;
using NodaTime;

namespace KpiCore.Time;

// Where a division's bank holidays come from: the rules, the bundled or a given GOV.UK file, and local overrides.
public sealed partial class UkBankHolidays
{
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
}
