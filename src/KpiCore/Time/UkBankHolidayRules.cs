using NodaTime;

namespace KpiCore.Time;

/// <summary>
/// The rules that produce each division's bank holidays for a year from 1970 to 2100: the Banking and Financial
/// Dealings Act 1971 (Schedule 1), the St Andrew's Day Bank Holiday (Scotland) Act 2007, the annual royal
/// proclamations (New Year's Day in England, Wales and Northern Ireland from 1974, Early May from 1978, weekend
/// substitutes, the Battle of the Boyne) and the one-off and moved holidays listed in <see cref="AddSpecials"/>.
/// </summary>
/// <remarks>
/// <para>
/// Checked against GOV.UK's data for 2012 to 2028 in all three divisions (see the tests for the documented naming
/// differences). Not verified from a primary source, for years before 2012: whether 14 November 1973 (Princess Anne's
/// wedding) was a bank holiday in every division (workalendar and trading calendars list it, python-holidays does not);
/// the 1977 move of the Spring bank holiday to 6 June (a trading-calendar test lists it, python-holidays does not);
/// New Year's Day outside Scotland from 1974 (python-holidays says 1975); the 1970 Spring bank holiday date (a trial
/// year before the 1971 Act; the rule uses the last Monday in May); the Spring bank holiday in Scotland from 1978 (one
/// legal glossary says 1987); a Saturday Christmas in Scotland before 1974 (1971 only).
/// </para>
/// <para>
/// Names follow GOV.UK's titles (with its typographic apostrophe U+2019) so that computed and published years compare
/// equal. Callers check the year range and division.
/// </para>
/// </remarks>
internal static class UkBankHolidayRules
{
    internal const string NewYearsDay = "New Year\u2019s Day";
    internal const string SecondJanuary = "2nd January";
    internal const string StPatricksDay = "St Patrick\u2019s Day";
    internal const string GoodFriday = "Good Friday";
    internal const string EasterMonday = "Easter Monday";
    internal const string EarlyMay = "Early May bank holiday";
    internal const string EarlyMayVeDay = "Early May bank holiday (VE day)";
    internal const string SpringBank = "Spring bank holiday";
    internal const string BattleOfTheBoyne = "Battle of the Boyne (Orangemen\u2019s Day)";
    internal const string SummerBank = "Summer bank holiday";
    internal const string StAndrewsDay = "St Andrew\u2019s Day";
    internal const string ChristmasDay = "Christmas Day";
    internal const string BoxingDay = "Boxing Day";

    /// <summary>Computes the bank holidays of one division in one year, sorted by date.</summary>
    internal static BankHoliday[] Compute(int year, UkDivision division)
    {
        var list = new List<BankHoliday>(12);
        bool scotland = division == UkDivision.Scotland;
        bool northernIreland = division == UkDivision.NorthernIreland;

        // New Year. Scotland: 1 and 2 January, substituted as a pair like Christmas and Boxing Day (1971 Act: a Sunday
        // 1 January moves to 3 January and 2 January stays; Saturday dates move by proclamation). Elsewhere: from 1974.
        if (scotland)
        {
            AddPair(list, new LocalDate(year, 1, 1), NewYearsDay, SecondJanuary, division);
        }
        else if (year >= 1974)
        {
            AddWithMondaySubstitute(list, new LocalDate(year, 1, 1), NewYearsDay, division);
        }

        if (northernIreland)
        {
            AddWithMondaySubstitute(list, new LocalDate(year, 3, 17), StPatricksDay, division);
        }

        LocalDate easter = EasterSunday(year);
        list.Add(new BankHoliday(easter.PlusDays(-2), GoodFriday, division));
        if (!scotland)
        {
            list.Add(new BankHoliday(easter.PlusDays(1), EasterMonday, division));
        }

        // Early May: first Monday in May. Statutory in Scotland (1871 and 1971 Acts); proclaimed elsewhere from 1978.
        // Moved to Monday 8 May 1995 (VE Day 50) and Friday 8 May 2020 (VE Day 75) by proclamation.
        if (scotland || year >= 1978)
        {
            list.Add(year is 1995 or 2020
                ? new BankHoliday(new LocalDate(year, 5, 8), EarlyMayVeDay, division)
                : new BankHoliday(FirstMonday(year, 5), EarlyMay, division));
        }

        // Spring bank holiday: last Monday in May (1971 Act in England, Wales and Northern Ireland; proclaimed in
        // Scotland from 1978), moved for the jubilees (1977 Silver, 2002 Golden, 2012 Diamond, 2022 Platinum).
        if (!scotland || year >= 1978)
        {
            LocalDate spring = year switch
            {
                1977 => new LocalDate(1977, 6, 6),
                2002 => new LocalDate(2002, 6, 4),
                2012 => new LocalDate(2012, 6, 4),
                2022 => new LocalDate(2022, 6, 2),
                _ => LastMonday(year, 5),
            };
            list.Add(new BankHoliday(spring, SpringBank, division));
        }

        if (northernIreland)
        {
            AddWithMondaySubstitute(list, new LocalDate(year, 7, 12), BattleOfTheBoyne, division);
        }

        list.Add(new BankHoliday(scotland ? FirstMonday(year, 8) : LastMonday(year, 8), SummerBank, division));

        if (scotland && year >= 2007)
        {
            AddWithMondaySubstitute(list, new LocalDate(year, 11, 30), StAndrewsDay, division);
        }

        if (scotland && year < 1974)
        {
            // Boxing Day became a bank holiday in Scotland in 1974; before that only Christmas Day (1971 Act: a Sunday
            // Christmas moves to 26 December; a Saturday one is assumed moved to the Monday by proclamation, unverified).
            AddWithMondaySubstitute(list, new LocalDate(year, 12, 25), ChristmasDay, division);
        }
        else
        {
            AddPair(list, new LocalDate(year, 12, 25), ChristmasDay, BoxingDay, division);
        }

        AddSpecials(list, year, division);
        list.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        return [.. list];
    }

    /// <summary>One-off bank holidays.</summary>
    private static void AddSpecials(List<BankHoliday> list, int year, UkDivision division)
    {
        switch (year)
        {
            case 1973:
                // Wedding of Princess Anne; listed by workalendar and trading calendars as a UK bank holiday. Whether it
                // applied in Scotland and Northern Ireland was not verified from a primary source.
                list.Add(new BankHoliday(new LocalDate(1973, 11, 14), "Royal wedding (Princess Anne and Mark Phillips)", division));
                break;
            case 1977:
                list.Add(new BankHoliday(new LocalDate(1977, 6, 7), "Queen\u2019s Silver Jubilee", division));
                break;
            case 1981:
                list.Add(new BankHoliday(new LocalDate(1981, 7, 29), "Royal wedding (Prince Charles and Lady Diana Spencer)", division));
                break;
            case 1999:
                list.Add(new BankHoliday(new LocalDate(1999, 12, 31), "Millennium celebrations", division));
                break;
            case 2002:
                list.Add(new BankHoliday(new LocalDate(2002, 6, 3), "Queen\u2019s Golden Jubilee", division));
                break;
            case 2011:
                list.Add(new BankHoliday(new LocalDate(2011, 4, 29), "Royal wedding (Prince William and Catherine Middleton)", division));
                break;
            case 2012:
                list.Add(new BankHoliday(new LocalDate(2012, 6, 5), "Queen\u2019s Diamond Jubilee", division));
                break;
            case 2022:
                list.Add(new BankHoliday(new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday", division));
                list.Add(new BankHoliday(new LocalDate(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", division));
                break;
            case 2023:
                list.Add(new BankHoliday(new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III", division));
                break;
            case 2026 when division == UkDivision.Scotland:
                list.Add(new BankHoliday(new LocalDate(2026, 6, 15), "World Cup bank holiday", division));
                break;
            default:
                break;
        }
    }

    /// <summary>Adds a day, plus the following Monday as a substitute when it falls on a weekend.</summary>
    private static void AddWithMondaySubstitute(List<BankHoliday> list, LocalDate date, string name, UkDivision division)
    {
        list.Add(date.DayOfWeek switch
        {
            IsoDayOfWeek.Saturday => new BankHoliday(date.PlusDays(2), name, division, isSubstitute: true),
            IsoDayOfWeek.Sunday => new BankHoliday(date.PlusDays(1), name, division, isSubstitute: true),
            _ => new BankHoliday(date, name, division),
        });
    }

    /// <summary>
    /// Adds two consecutive holidays (Christmas and Boxing Day; 1 and 2 January in Scotland) with GOV.UK's substitution:
    /// first on Saturday: first on Monday, second on Tuesday (both substitutes); first on Sunday: the second stays on
    /// Monday, the first moves to Tuesday; second on Saturday: second on Monday.
    /// </summary>
    private static void AddPair(List<BankHoliday> list, LocalDate first, string firstName, string secondName, UkDivision division)
    {
        LocalDate second = first.PlusDays(1);
        switch (first.DayOfWeek)
        {
            case IsoDayOfWeek.Friday:
                list.Add(new BankHoliday(first, firstName, division));
                list.Add(new BankHoliday(first.PlusDays(3), secondName, division, isSubstitute: true));
                break;
            case IsoDayOfWeek.Saturday:
                list.Add(new BankHoliday(first.PlusDays(2), firstName, division, isSubstitute: true));
                list.Add(new BankHoliday(first.PlusDays(3), secondName, division, isSubstitute: true));
                break;
            case IsoDayOfWeek.Sunday:
                list.Add(new BankHoliday(second, secondName, division));
                list.Add(new BankHoliday(first.PlusDays(2), firstName, division, isSubstitute: true));
                break;
            default:
                list.Add(new BankHoliday(first, firstName, division));
                list.Add(new BankHoliday(second, secondName, division));
                break;
        }
    }

    /// <summary>Easter Sunday in the Gregorian calendar (anonymous algorithm of Meeus, Jones and Butcher).</summary>
    internal static LocalDate EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static LocalDate FirstMonday(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return first.DayOfWeek == IsoDayOfWeek.Monday ? first : first.Next(IsoDayOfWeek.Monday);
    }

    private static LocalDate LastMonday(int year, int month)
    {
        LocalDate last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        return last.DayOfWeek == IsoDayOfWeek.Monday ? last : last.Previous(IsoDayOfWeek.Monday);
    }
}
