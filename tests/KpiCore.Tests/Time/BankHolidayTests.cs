using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Time;

public sealed class BankHolidayTests
{
    private static readonly LocalDate Boxing2022 = new(2022, 12, 26);

    [Fact]
    public void Constructor_NullName_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new BankHoliday(Boxing2022, null!, UkDivision.EnglandAndWales));
        Assert.Equal("name", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankName_ThrowsWithParamName(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new BankHoliday(Boxing2022, name, UkDivision.EnglandAndWales));
        Assert.Equal("name", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Constructor_UndefinedDivision_ThrowsWithParamName(int division)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new BankHoliday(Boxing2022, "Boxing Day", (UkDivision)division));
        Assert.Equal("division", ex.ParamName);
    }

    [Fact]
    public void Constructor_JulianDate_StoredAsIso()
    {
        // 13 December 2022 (Julian) is 26 December 2022 (Gregorian): the calendars are 13 days apart in this century.
        var holiday = new BankHoliday(new LocalDate(2022, 12, 13, CalendarSystem.Julian), "Boxing Day", UkDivision.EnglandAndWales);
        Assert.Equal(Boxing2022, holiday.Date);
        Assert.Equal(CalendarSystem.Iso, holiday.Date.Calendar);
    }

    [Fact]
    public void Default_HasEmptyNameAndNoDivision()
    {
        BankHoliday holiday = default;
        Assert.Equal(string.Empty, holiday.Name);
        Assert.Equal((UkDivision)0, holiday.Division);
        Assert.False(holiday.IsSubstitute);
        Assert.Equal(new LocalDate(1, 1, 1), holiday.Date);
    }

    [Fact]
    public void Equals_SameValues_EqualWithSameHash()
    {
        var a = new BankHoliday(Boxing2022, "Boxing Day", UkDivision.Scotland);
        var b = new BankHoliday(Boxing2022, "Boxing Day", UkDivision.Scotland);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_AnyPropertyDiffers_NotEqual()
    {
        var a = new BankHoliday(Boxing2022, "Boxing Day", UkDivision.Scotland);
        Assert.NotEqual(a, new BankHoliday(Boxing2022.PlusDays(1), "Boxing Day", UkDivision.Scotland));
        Assert.NotEqual(a, new BankHoliday(Boxing2022, "boxing day", UkDivision.Scotland));
        Assert.NotEqual(a, new BankHoliday(Boxing2022, "Boxing Day", UkDivision.EnglandAndWales));
        Assert.NotEqual(a, new BankHoliday(Boxing2022, "Boxing Day", UkDivision.Scotland, isSubstitute: true));
        Assert.True(a != default);
        Assert.False(a.Equals("Boxing Day"));
    }

    [Fact]
    public void ToString_Substitute_ShowsIsoDateNameAndNote()
    {
        var holiday = new BankHoliday(new LocalDate(2022, 12, 27), "Christmas Day", UkDivision.EnglandAndWales, isSubstitute: true);
        Assert.Equal("2022-12-27 Christmas Day (substitute day)", holiday.ToString());
        Assert.Equal("2022-12-26 Boxing Day", new BankHoliday(Boxing2022, "Boxing Day", UkDivision.EnglandAndWales).ToString());
    }
}
