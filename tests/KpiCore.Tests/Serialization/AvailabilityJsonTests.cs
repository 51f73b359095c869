using System.Text.Json;
using FsCheck.Xunit;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Serialization;
using KpiCore.Tests.Availability;
using KpiCore.Tests.Time;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Serialization;

public sealed class AvailabilityJsonTests
{
    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 60)]
    public void Report_AnyScenario_RoundTripsExactly_WithEachResultAndTally(AvailabilityScenario scenario)
    {
        AvailabilityReport report = scenario.Run();
        JsonRoundTrip.AssertExact(report);
        foreach (ServiceAvailability result in report.Results)
        {
            JsonRoundTrip.AssertExact(result);
            JsonRoundTrip.AssertExact(AvailabilityTally.FromResult(result));
        }
    }

    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 20)]
    public void Report_BeforeItsPeriods_IsUnavailable_AndStaysSo(AvailabilityScenario scenario)
    {
        AvailabilityReport report = AvailabilityCalculator.Calculate([], scenario.Catalogue(), AvailabilityScenario.Periods, AvailabilityScenario.At(-60));
        AvailabilityReport back = JsonSerializer.Deserialize<AvailabilityReport>(JsonRoundTrip.AssertExact(report), KpiCoreJson.Options)!;
        Assert.All(back.Results, result => Assert.Equal(KpiValue.Unavailable, result.Availability));
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 60)]
    public void Calendar_AnyScenario_RoundTripsExactly_WithTheSameHoursOnEveryDate(CalendarScenario scenario)
    {
        WorkingCalendar back = JsonSerializer.Deserialize<WorkingCalendar>(JsonRoundTrip.AssertExact(scenario.Calendar), KpiCoreJson.Options)!;
        for (LocalDate date = new(2017, 12, 1); date < new LocalDate(2018, 2, 1); date = date.PlusDays(1))
        {
            Assert.Equal(scenario.Calendar.GetHours(date), back.GetHours(date));
        }
    }

    [Property(Arbitrary = [typeof(IntervalArbitraries)])]
    public void IntervalSet_Any_RoundTripsExactly(IntervalSet set) => JsonRoundTrip.AssertExact(set);

    [Fact]
    public void Tally_HasThePinnedShape()
    {
        var tally = new AvailabilityTally(Duration.FromHours(720), Duration.FromMinutes(90));
        Assert.Equal("""{"measuredTime":"720:00:00","downtime":"1:30:00"}""", JsonRoundTrip.AssertExact(tally));
    }

    [Fact]
    public void Calendar_HasThePinnedShape()
    {
        string json = JsonRoundTrip.AssertExact(JsonSamples.Calendar);
        Assert.StartsWith("""{"zone":"Europe/London","hours":{"Monday":[{"start":"08:00:00","end":"18:00:00"}],""", json, StringComparison.Ordinal);
        Assert.EndsWith("""
            "Saturday":[{"start":"22:00:00","end":"00:00:00"}],"Sunday":[]},"closedDates":["2017-12-25"],"specialHours":[{"date":"2017-12-24","hours":[{"start":"09:00:00","end":"12:30:00"}]}]}
            """, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WhoseResultsAreNotOnePerServiceAndPeriod_IsRefused()
    {
        var report = (AvailabilityReport)JsonSamples.ByType[typeof(AvailabilityReport)];
        string json = JsonSerializer.Serialize(report, KpiCoreJson.Options);
        string swapped = json.Replace("\"service\":\"Website\",\"period\"", "\"service\":\"Email\",\"period\"", StringComparison.Ordinal);
        Assert.NotEqual(json, swapped);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AvailabilityReport>(swapped, KpiCoreJson.Options));
    }

    [Fact]
    public void Policy_WithoutItsServiceHours_IsRefused()
    {
        string json = JsonSerializer.Serialize(AvailabilityPolicy.Default, KpiCoreJson.Options);
        Assert.Contains("\"serviceHours\":null,", json, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AvailabilityPolicy>(json.Replace("\"serviceHours\":null,", string.Empty, StringComparison.Ordinal), KpiCoreJson.Options));
    }
}
