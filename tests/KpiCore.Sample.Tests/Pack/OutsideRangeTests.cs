using KpiCore.Sample.Pack;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Tests.Pack;

public sealed class OutsideRangeTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void CallMonths_AgreesWithTheMonthByMonthTest()
    {
        ReportingPeriod[] periods = [.. Enumerable.Range(0, 7).Select(i => ReportingPeriod.Month(new YearMonth(2017, 3).PlusMonths(i), London))];
        var random = new Random(15);
        Instant origin = periods[0].Start - Duration.FromDays(40);
        long span = (long)(periods[^1].End - origin + Duration.FromDays(40)).TotalSeconds;
        for (int run = 0; run < 200; run++)
        {
            bool[] covered = [.. periods.Select(_ => random.Next(3) > 0)];
            var test = new OutsideRange.CallMonths(periods, covered);
            for (int call = 0; call < 50; call++)
            {
                Instant logged = origin + Duration.FromSeconds(random.NextInt64(span));
                Instant? resolved = random.Next(10) == 0 ? null : logged + Duration.FromSeconds(random.NextInt64(-86_400, 90L * 86_400));
                if (random.Next(20) == 0)
                {
                    // Exactly on a boundary.
                    logged = periods[random.Next(periods.Length)].Start;
                    resolved = periods[random.Next(periods.Length)].Start;
                }

                bool expected = false;
                for (int i = 0; i < periods.Length && !expected; i++)
                {
                    expected = covered[i] && logged < periods[i].End && !(resolved is Instant r && r < periods[i].Start);
                }

                Assert.Equal(expected, test.Shows(logged, resolved));
            }
        }
    }

    [Fact]
    public void CallMonths_NoCoveredMonth_ShowsNothing()
    {
        ReportingPeriod[] periods = [ReportingPeriod.Month(new YearMonth(2017, 9), London)];
        var test = new OutsideRange.CallMonths(periods, [false]);
        Assert.False(test.Shows(periods[0].Start, null));
    }
}
