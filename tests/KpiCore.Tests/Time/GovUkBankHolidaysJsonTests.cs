using System.Text;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Time;

public sealed class GovUkBankHolidaysJsonTests
{
    private const string Only2030 = """
        {
          "england-and-wales": {
            "division": "england-and-wales",
            "events": [
              { "title": "New Year's Day", "date": "2030-01-01", "notes": "", "bunting": true },
              { "title": "Boxing Day", "date": "2030-12-27", "notes": "Substitute day", "bunting": true }
            ]
          }
        }
        """;

    [Fact]
    public void FromGovUkJson_FileWithOnly2030_Replaces2030AndLeaves2029Computed()
    {
        UkBankHolidays loaded = UkBankHolidays.FromGovUkJson(Only2030, UkDivision.EnglandAndWales);
        UkBankHolidays computed = UkBankHolidays.Computed(UkDivision.EnglandAndWales);

        Assert.Equal([2030], loaded.DataYears.Order());
        Assert.Equal(
            [
                new BankHoliday(new LocalDate(2030, 1, 1), "New Year's Day", UkDivision.EnglandAndWales),
                new BankHoliday(new LocalDate(2030, 12, 27), "Boxing Day", UkDivision.EnglandAndWales, isSubstitute: true),
            ],
            loaded.ForYear(2030));
        Assert.Equal(computed.ForYear(2029), loaded.ForYear(2029));
        Assert.Equal(computed.ForYear(2031), loaded.ForYear(2031));
        Assert.False(loaded.IsHoliday(new LocalDate(2030, 12, 25))); // computed Christmas 2030 is replaced
        Assert.True(computed.IsHoliday(new LocalDate(2030, 12, 25)));
        Assert.Empty(computed.DataYears);
    }

    [Fact]
    public void WithGovUkJson_OverOfficial_KeepsBundledYearsAndAddsNewOnes()
    {
        UkBankHolidays layered = UkBankHolidays.Official(UkDivision.EnglandAndWales).WithGovUkJson(Only2030);
        Assert.Equal(Enumerable.Range(2012, 17).Append(2030), layered.DataYears.Order());
        Assert.Equal(UkBankHolidays.Official(UkDivision.EnglandAndWales).ForYear(2022), layered.ForYear(2022));
        Assert.Equal(2, layered.ForYear(2030).Count);
    }

    [Fact]
    public void WithGovUkJson_AfterOverrides_OverridesStillApply()
    {
        var date = new LocalDate(2030, 12, 27);
        UkBankHolidays result = UkBankHolidays.Computed(UkDivision.EnglandAndWales).WithoutHoliday(date).WithGovUkJson(Only2030);
        Assert.False(result.IsHoliday(date));
        Assert.True(result.IsHoliday(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void FromGovUkJson_Stream_SameAsString()
    {
        string json = GovUkOracle.BundledJson();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        UkBankHolidays fromStream = UkBankHolidays.FromGovUkJson(stream, UkDivision.NorthernIreland);
        UkBankHolidays fromString = UkBankHolidays.FromGovUkJson(json, UkDivision.NorthernIreland);
        for (int year = 2010; year <= 2030; year++)
        {
            Assert.Equal(fromString.ForYear(year), fromStream.ForYear(year));
            Assert.Equal(UkBankHolidays.Official(UkDivision.NorthernIreland).ForYear(year), fromString.ForYear(year));
        }
    }

    [Fact]
    public void FromGovUkJson_Null_ThrowsWithParamName()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => UkBankHolidays.FromGovUkJson((string)null!, UkDivision.Scotland)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => UkBankHolidays.FromGovUkJson((Stream)null!, UkDivision.Scotland)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => UkBankHolidays.Computed(UkDivision.Scotland).WithGovUkJson((string)null!)).ParamName);
    }

    [Theory]
    [InlineData("this is not json", "not valid JSON")]
    [InlineData("{ \"england-and-wales\": ", "not valid JSON")]
    [InlineData("[1, 2]", "JSON object keyed by division")]
    [InlineData("{ \"scotland\": { \"events\": [] } }", "no \"england-and-wales\" division")]
    [InlineData("{ \"england-and-wales\": [] }", "Division \"england-and-wales\" must be a JSON object")]
    [InlineData("{ \"england-and-wales\": { \"division\": \"scotland\", \"events\": [] } }", "field \"division\"")]
    [InlineData("{ \"england-and-wales\": { \"division\": \"england-and-wales\" } }", "no \"events\" array")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ 5 ] } }", "event 0: must be a JSON object")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ { \"title\": \"A\", \"date\": \"2022-13-01\" } ] } }", "event 0: field \"date\" = \"2022-13-01\" is not a valid date")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ { \"title\": \"A\", \"date\": \"2022-1-3\" } ] } }", "event 0: field \"date\" = \"2022-1-3\"")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ { \"title\": \"A\", \"date\": 20220103 } ] } }", "event 0: field \"date\" must be a string")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ { \"title\": \"A\", \"date\": \"2022-01-03\" }, { \"date\": \"2022-04-15\" } ] } }", "event 1: field \"title\" is missing")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ { \"title\": \" \", \"date\": \"2022-01-03\" } ] } }", "event 0: field \"title\" is empty")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ { \"title\": \"A\" } ] } }", "event 0: field \"date\" is missing")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ { \"title\": \"A\", \"date\": \"2022-01-03\" }, { \"title\": \"B\", \"date\": \"2022-01-03\" } ] } }", "event 1: date 2022-01-03 is a duplicate of event 0")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ { \"title\": \"A\", \"date\": \"2101-01-03\" } ] } }", "event 0: date 2101-01-03 is outside the supported years")]
    [InlineData("{ \"england-and-wales\": { \"events\": [ { \"title\": \"A\", \"date\": \"2022-01-03\", \"notes\": 7 } ] } }", "event 0: field \"notes\" must be a string")]
    public void FromGovUkJson_Malformed_ThrowsFormatExceptionNamingTheProblem(string json, string expectedFragment)
    {
        var ex = Assert.Throws<FormatException>(() => UkBankHolidays.FromGovUkJson(json, UkDivision.EnglandAndWales));
        Assert.Contains(expectedFragment, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromGovUkJson_OtherDivisionMalformed_IsIgnored()
    {
        const string json = """
            { "scotland": { "events": [ { "date": "bad" } ] },
              "northern-ireland": { "events": [ { "title": "St Patrick's Day", "date": "2035-03-19", "notes": "Substitute day" } ] } }
            """;
        UkBankHolidays loaded = UkBankHolidays.FromGovUkJson(json, UkDivision.NorthernIreland);
        Assert.Equal([new BankHoliday(new LocalDate(2035, 3, 19), "St Patrick's Day", UkDivision.NorthernIreland, isSubstitute: true)], loaded.ForYear(2035));
    }

    [Fact]
    public void FromGovUkJson_EventsUnsorted_YearSortedByDate()
    {
        const string json = """
            { "scotland": { "division": "scotland", "events": [
              { "title": "B", "date": "2040-05-07" }, { "title": "A", "date": "2040-01-02", "notes": null } ] } }
            """;
        IReadOnlyList<BankHoliday> year = UkBankHolidays.FromGovUkJson(json, UkDivision.Scotland).ForYear(2040);
        Assert.Equal([new LocalDate(2040, 1, 2), new LocalDate(2040, 5, 7)], year.Select(h => h.Date));
    }
}
