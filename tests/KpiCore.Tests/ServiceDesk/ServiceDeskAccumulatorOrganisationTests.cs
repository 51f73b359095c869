using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.ServiceDesk;

public sealed class ServiceDeskAccumulatorOrganisationTests
{
    [Fact]
    public void Report_ManyOrganisationsAsSeparateStringCopies_CountsEveryCall()
    {
        // A CSV reader hands every row its own string instance. With more distinct instances than the accumulator's
        // small by-reference cache, the slot is picked by hash; a negative hash must not overflow in checked builds.
        // 40 organisations x 5 copies each: the chance that no name hashes negative is 2^-40.
        var period = ReportingPeriod.Month(new YearMonth(2017, 4));
        Instant logged = Instant.FromUtc(2017, 4, 3, 9, 0); // Monday 10:00 BST
        var calls = new List<Call>();
        for (int copy = 0; copy < 5; copy++)
        {
            for (int org = 0; org < 40; org++)
            {
                string name = new(("Council " + org).AsSpan()); // a fresh instance each time
                calls.Add(new Call($"C{org}-{copy}", name, Priority.P1, CallType.Incident, logged, logged + Duration.FromHours(1)));
            }
        }

        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, SlaPolicy.UkCouncilDefault(), period);

        Assert.Equal(200, report.Counted);
        Assert.Equal(40, report.Organisations.Count);
        Assert.All(report.Organisations, o => Assert.Equal(5, o.Met));
    }
}
