using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Time;

/// <summary>One UK bank holiday: the date it is taken, its name, its division and whether it is a substitute day.</summary>
/// <remarks>
/// <para>
/// <see cref="IsSubstitute"/> is true when the day is taken in place of a holiday whose usual date fell on a Saturday or
/// Sunday (GOV.UK notes such rows "Substitute day"). Holidays moved by proclamation for another reason (the Early May
/// bank holiday moved to VE Day, the Spring bank holiday moved for a jubilee) are not substitute days.
/// </para>
/// <para>
/// Equality compares all four properties; names compare ordinally. The date is always in the ISO calendar.
/// The default value has the date 0001-01-01, an empty name, division 0 (not a valid <see cref="UkDivision"/>) and
/// <see cref="IsSubstitute"/> false; it is not a bank holiday of any calendar.
/// </para>
/// </remarks>
public readonly struct BankHoliday : IEquatable<BankHoliday>
{
    private readonly string? _name;

    /// <summary>Creates a bank holiday.</summary>
    /// <param name="date">The date the holiday is taken; converted to the ISO calendar if it is in another one.</param>
    /// <param name="name">The holiday's name, such as "Christmas Day".</param>
    /// <param name="division">The division the holiday belongs to.</param>
    /// <param name="isSubstitute">True when the day replaces a holiday that fell on a weekend.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="division"/> is not a defined <see cref="UkDivision"/>.</exception>
    public BankHoliday(LocalDate date, string name, UkDivision division, bool isSubstitute = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        UkBankHolidays.CheckDivision(division, nameof(division));
        Date = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        _name = name;
        Division = division;
        IsSubstitute = isSubstitute;
    }

    /// <summary>Gets the date the holiday is taken (the substitute date for a substitute day), in the ISO calendar.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the holiday's name, such as "Christmas Day"; empty only for the default value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets the division whose holiday this is; 0 only for the default value.</summary>
    public UkDivision Division { get; }

    /// <summary>Gets a value indicating whether the day replaces a holiday whose usual date fell on a Saturday or Sunday.</summary>
    public bool IsSubstitute { get; }

    /// <summary>Determines whether two bank holidays are equal.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns>True when date, name, division and substitute flag are all equal.</returns>
    public static bool operator ==(BankHoliday left, BankHoliday right) => left.Equals(right);

    /// <summary>Determines whether two bank holidays differ.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns>True when date, name, division or substitute flag differ.</returns>
    public static bool operator !=(BankHoliday left, BankHoliday right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(BankHoliday other) =>
        Date == other.Date
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Division == other.Division
        && IsSubstitute == other.IsSubstitute;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BankHoliday other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, StringComparer.Ordinal.GetHashCode(Name), Division, IsSubstitute);

    /// <summary>Returns the date (ISO, <c>uuuu-MM-dd</c>), name and, for a substitute day, "(substitute day)".</summary>
    /// <returns>For example "2022-12-27 Christmas Day (substitute day)".</returns>
    public override string ToString()
    {
        string date = LocalDatePattern.Iso.Format(Date);
        return IsSubstitute
            ? string.Create(CultureInfo.InvariantCulture, $"{date} {Name} (substitute day)")
            : string.Create(CultureInfo.InvariantCulture, $"{date} {Name}");
    }
}
