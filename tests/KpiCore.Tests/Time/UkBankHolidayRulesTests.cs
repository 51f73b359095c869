using FsCheck;
using FsCheck.Xunit;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Time;

public sealed class UkBankHolidayRulesTests
{
    [Theory]
    [InlineData(1970, 3, 29)]
    [InlineData(1981, 4, 19)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    [InlineData(2100, 3, 28)]
    public void EasterSunday_PublishedDates_Match(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), UkBankHolidayRules.EasterSunday(year));

    [Fact]
    public void EasterSunday_AllSupportedYears_MatchKnuthAlgorithmAndIsSunday()
    {
        for (int year = UkBankHolidays.MinYear; year <= UkBankHolidays.MaxYear; year++)
        {
            LocalDate easter = UkBankHolidayRules.EasterSunday(year);
            Assert.Equal(KnuthEaster(year), easter);
            Assert.Equal(IsoDayOfWeek.Sunday, easter.DayOfWeek);
        }
    }

    [Property(Arbitrary = [typeof(BankHolidayArbitraries)], MaxTest = 300)]
    public bool Compute_AnyYearAndDivision_DatesInYearSortedDistinctWeekdays(YearInDivision input)
    {
        BankHoliday[] holidays = UkBankHolidayRules.Compute(input.Year, input.Division);
        return holidays.All(h => h.Date.Year == input.Year && h.Division == input.Division)
            && holidays.Zip(holidays.Skip(1)).All(pair => pair.First.Date < pair.Second.Date)
            && holidays.All(h => h.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
    }

    [Property(Arbitrary = [typeof(BankHolidayArbitraries)], MaxTest = 300)]
    public void Compute_AnyYearAndDivision_CountIsRegularDaysPlusOneOffs(YearInDivision input)
    {
        int y = input.Year;
        int oneOffs = y switch
        {
            1973 or 1977 or 1981 or 1999 or 2002 or 2011 or 2012 or 2023 => 1,
            2022 => 2,
            _ => 0,
        };
        int newYear = y >= 1974 ? 1 : 0;
        int earlyMay = y >= 1978 ? 1 : 0;

        // E&W: Good Friday, Easter Monday, Spring, Summer, Christmas, Boxing (+ New Year, Early May).
        // Scotland: New Year, 2 January, Good Friday, Early May, Summer, Christmas (+ Boxing from 1974, Spring from
        // 1978, St Andrew from 2007, World Cup 2026). NI: E&W + St Patrick + Boyne.
        int expected = input.Division switch
        {
            UkDivision.EnglandAndWales => 6 + newYear + earlyMay + oneOffs,
            UkDivision.NorthernIreland => 8 + newYear + earlyMay + oneOffs,
            _ => 6 + (y >= 1974 ? 1 : 0) + (y >= 1978 ? 1 : 0) + (y >= 2007 ? 1 : 0) + (y == 2026 ? 1 : 0) + oneOffs,
        };
        int count = UkBankHolidayRules.Compute(y, input.Division).Length;
        Assert.Equal(expected, count);
        Assert.InRange(count, 6, 12);
        if (input.Division == UkDivision.EnglandAndWales && y >= 1978 && oneOffs == 0)
        {
            Assert.Equal(8, count);
        }
    }

    [Property(Arbitrary = [typeof(BankHolidayArbitraries)], MaxTest = 300)]
    public bool Compute_OutsideScotland_EasterMondayIsGoodFridayPlusThreeDays(YearInDivision input)
    {
        BankHoliday[] holidays = UkBankHolidayRules.Compute(input.Year, input.Division);
        LocalDate goodFriday = holidays.Single(h => h.Name == "Good Friday").Date;
        bool hasEasterMonday = holidays.Any(h => h.Name == "Easter Monday");
        return goodFriday.DayOfWeek == IsoDayOfWeek.Friday
            && (input.Division == UkDivision.Scotland
                ? !hasEasterMonday
                : holidays.Single(h => h.Name == "Easter Monday").Date == goodFriday.PlusDays(3));
    }

    [Property(Arbitrary = [typeof(BankHolidayArbitraries)], MaxTest = 300)]
    public bool Compute_SubstituteDays_AreWeekdaysWithinThreeDaysAfterAWeekendDate(YearInDivision input) =>
        UkBankHolidayRules.Compute(input.Year, input.Division)
            .Where(h => h.IsSubstitute)
            .All(h => h.Date.DayOfWeek is IsoDayOfWeek.Monday or IsoDayOfWeek.Tuesday
                && Enumerable.Range(1, 3).Any(back => h.Date.PlusDays(-back).DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

    // Knuth, The Art of Computer Programming vol. 1, 1.3.2 exercise 14 (Algorithm E, Gregorian Easter), written
    // independently of the Meeus/Jones/Butcher form used by the library.
    private static LocalDate KnuthEaster(int year)
    {
        int golden = (year % 19) + 1;
        int century = (year / 100) + 1;
        int x = (3 * century / 4) - 12;
        int z = (((8 * century) + 5) / 25) - 5;
        int d = (5 * year / 4) - x - 10;
        int epact = (((11 * golden) + 20 + z - x) % 30 + 30) % 30;
        if ((epact == 25 && golden > 11) || epact == 24)
        {
            epact++;
        }

        int n = 44 - epact;
        if (n < 21)
        {
            n += 30;
        }

        n = n + 7 - ((d + n) % 7);
        return n > 31 ? new LocalDate(year, 4, n - 31) : new LocalDate(year, 3, n);
    }
}
