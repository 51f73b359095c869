using KpiCore.Availability;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Availability;

public sealed class AvailabilityReportTests
{
    private static readonly ReportingPeriod[] Months = [.. ReportingPeriod.Months(new YearMonth(2017, 4), new YearMonth(2017, 9))];

    private static AvailabilityReport Report() =>
        AvailabilityCalculator.Calculate(
            [new Outage("Email", Months[2].Start, Months[2].Start + Duration.FromHours(1))],
            ServiceCatalogue.Empty.With("Telephony", AvailabilityPolicy.AtLeast(99.9)).With("Email", AvailabilityPolicy.AtLeast(99)),
            Months,
            Instant.FromUtc(2018, 1, 1, 0, 0));

    [Fact]
    public void Results_OnePerServiceAndPeriod_ServiceMajor()
    {
        AvailabilityReport report = Report();

        Assert.Equal(12, report.Results.Count);
        Assert.Equal(["Telephony", "Email"], report.Services);
        Assert.Equal(Months, report.Periods);
        Assert.Equal("Email", report.Results[6].Service);
        Assert.Same(Months[0], report.Results[6].Period);
    }

    [Fact]
    public void ForServiceForPeriodAndGet_AgreeWithEachOther()
    {
        AvailabilityReport report = Report();

        IReadOnlyList<ServiceAvailability> email = report.ForService("Email");
        IReadOnlyList<ServiceAvailability> june = report.ForPeriod(Months[2]);

        Assert.Equal(6, email.Count);
        Assert.Same(email[2], report.Get("Email", Months[2]));
        Assert.Same(email[2], june[1]);
        Assert.Equal(Duration.FromHours(1), june[1].Downtime);
        Assert.Equal(Duration.Zero, june[0].Downtime);
    }

    [Fact]
    public void Lookups_UnknownServiceOrPeriod_ThrowKeyNotFound()
    {
        AvailabilityReport report = Report();
        ReportingPeriod october = ReportingPeriod.Month(new YearMonth(2017, 10));

        Assert.Throws<KeyNotFoundException>(() => report.ForService("Website"));
        Assert.Throws<KeyNotFoundException>(() => report.ForPeriod(october));
        Assert.Throws<KeyNotFoundException>(() => report.Get("Email", october));
    }
}
