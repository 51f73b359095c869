using FsCheck.Xunit;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Availability;

public sealed class AvailabilityTallyTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void Empty_IsUnavailableNeverHundredPercent() =>
        Assert.Equal(KpiValue.Unavailable, new AvailabilityTally().ToKpiValue());

    [Fact]
    public void Merge_TwoOrganisations_RatioOfSumsNotMeanOfPercentages()
    {
        // 7.2 h down of 720 h (99%) and 9 h down of 180 h (95%): 1 - 16.2 / 900 = 98.2%, not the mean 97%.
        var a = new AvailabilityTally(Duration.FromHours(720), Duration.FromMinutes(432));
        var b = new AvailabilityTally(Duration.FromHours(180), Duration.FromHours(9));
        a.Merge(b);
        Assert.Equal(Duration.FromHours(900), a.MeasuredTime);
        Assert.Equal(Duration.FromMinutes(432 + 540), a.Downtime);
        Assert.Equal(98.2, a.ToKpiValue().Value, 9);
        Assert.Equal(KpiUnit.Percent, a.ToKpiValue().Unit);
        Assert.Equal(Duration.FromHours(9), b.Downtime); // the other tally is unchanged
    }

    [Fact]
    public void FromResult_TakesTheResultsDurations()
    {
        // April 2017 in London is 720 h; an outage of 7 h 12 min: 99%.
        ReportingPeriod april = ReportingPeriod.Month(new YearMonth(2017, 4), London);
        AvailabilityReport report = AvailabilityCalculator.Calculate(
            [new Outage("Email", Instant.FromUtc(2017, 4, 10, 0, 0), Instant.FromUtc(2017, 4, 10, 7, 12))],
            ServiceCatalogue.Empty.With("Email", AvailabilityPolicy.AtLeast(99)), april, Instant.FromUtc(2017, 7, 1, 0, 0));
        var tally = AvailabilityTally.FromResult(report.Results[0]);
        Assert.Equal(Duration.FromHours(720), tally.MeasuredTime);
        Assert.Equal(Duration.FromMinutes(432), tally.Downtime);
        Assert.Equal(99.0, tally.ToKpiValue().Value, 9);
    }

    [Fact]
    public void Constructor_DowntimeLongerThanMeasured_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AvailabilityTally(Duration.FromHours(1), Duration.FromHours(2)));
        Assert.Equal("downtime", ex.ParamName);
        Assert.Equal("measuredTime", Assert.Throws<ArgumentOutOfRangeException>(() => new AvailabilityTally(Duration.FromHours(-1), Duration.Zero)).ParamName);
    }

    [Fact]
    public void Merge_Null_Throws() =>
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => new AvailabilityTally().Merge(null!)).ParamName);

    [Property(MaxTest = 300)]
    public bool Merge_OfTwoHalves_EqualsOnePass(uint[] seconds, int split)
    {
        // Each entry is (measured, downtime = measured / 3) in seconds; merging the tallies of the two halves equals adding all.
        (long Measured, long Down)[] parts = seconds.Select(s => ((long)s, (long)s / 3)).ToArray();
        int cut = parts.Length == 0 ? 0 : (split & int.MaxValue) % (parts.Length + 1);
        AvailabilityTally Of(IEnumerable<(long Measured, long Down)> items)
        {
            var tally = new AvailabilityTally();
            foreach (var (measured, down) in items)
            {
                tally.Merge(new AvailabilityTally(Duration.FromSeconds(measured), Duration.FromSeconds(down)));
            }

            return tally;
        }

        AvailabilityTally left = Of(parts.Take(cut));
        left.Merge(Of(parts.Skip(cut)));
        long measuredTotal = parts.Sum(p => p.Measured), downTotal = parts.Sum(p => p.Down);
        return left.MeasuredTime == Duration.FromSeconds(measuredTotal) && left.Downtime == Duration.FromSeconds(downTotal)
            && (measuredTotal == 0 ? left.ToKpiValue() == KpiValue.Unavailable : Math.Abs(left.ToKpiValue().Value - (100.0 * (measuredTotal - downTotal) / measuredTotal)) < 1e-9);
    }
}
