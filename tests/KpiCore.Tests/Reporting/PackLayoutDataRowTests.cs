using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Reporting;

/// <summary>A layout entry with the key of a row the data brings (a service, a priority) words and targets that row.</summary>
public sealed class PackLayoutDataRowTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly YearMonth April = new(2017, 4);
    private static readonly Instant End = Instant.FromUtc(2017, 5, 1, 0, 0);

    [Fact]
    public void Build_ServiceEntry_SetsTheServiceRowsNameTargetAndDecimals_InEveryPackAndCombined()
    {
        // Email is down 1% of April's 720 hours (7h12m): 99% exactly; the catalogue's 99% is met, the layout's 99.5% is not.
        var layout = new PackLayout("All",
        [
            new(PackSectionKind.Availability, "availability", "Systems",
            [
                new(PackRowKeys.Availability("Email"), "E-mail", KpiTarget.AtLeast(99.5), decimals: 1),
                new(PackRowKeys.Availability("Fax"), "Fax", KpiTarget.AtLeast(90)), // no such service: no row
            ]),
        ]);
        var builder = new PerformancePackBuilder([April], layout);
        ServiceCatalogue catalogue = ServiceCatalogue.Empty.With("Email", AvailabilityPolicy.AtLeast(99)).With("Website", AvailabilityPolicy.AtLeast(99));
        ReportingPeriod period = ReportingPeriod.Month(April, London);
        builder.AddAvailability("A", AvailabilityCalculator.Calculate(
            [new Outage("Email", Instant.FromUtc(2017, 4, 10, 0, 0), Instant.FromUtc(2017, 4, 10, 7, 12))], catalogue, period, End));
        builder.AddAvailability("B", AvailabilityCalculator.Calculate([], catalogue, period, End));

        foreach (PerformancePack pack in new[] { builder.Build("A"), builder.BuildCombined() })
        {
            PackSection section = Assert.Single(pack.Sections);
            Assert.Equal(["availability:Email", "availability:Website"], section.Rows.Select(r => r.Key));
            KpiRow email = section.Rows[0];
            Assert.Equal(("E-mail", KpiTarget.AtLeast(99.5), 1), (email.Name, email.Target, email.Decimals));
            Assert.Equal(("Website", KpiTarget.AtLeast(99)), (section.Rows[1].Name, section.Rows[1].Target));
        }

        Assert.Equal(TargetOutcome.Missed, builder.Build("A").Sections[0].Rows[0].Evaluate(0).Outcome);
    }

    [Fact]
    public void Build_PriorityEntries_WordThePriorityRows_AndAddNoRowOfTheirOwn()
    {
        var layout = new PackLayout("All",
        [
            new(PackSectionKind.ServiceDesk, "desk", "Desk",
            [
                new(PackRowKeys.Sla(Priority.P1), "Critical calls fixed in time", KpiTarget.AtLeast(90)),
                new(PackRowKeys.Volume(Priority.P4), "Low-priority calls", KpiTarget.None, decimals: 0),
                new(PackRowKeys.TotalVolume, "All calls", KpiTarget.None),
            ]),
        ]);
        var builder = new PerformancePackBuilder([April], layout);
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        builder.AddServiceDesk(ServiceDeskCalculator.Calculate([], policy, ReportingPeriod.Month(April, London)), policy);

        KpiRow[] rows = [.. Assert.Single(builder.Build("A").Sections).Rows];

        Assert.Equal(
            ["sla:P1", "volume:P1", "sla:P2", "volume:P2", "sla:P3", "volume:P3", "sla:P4", "volume:P4", "total-volume"],
            rows.Select(r => r.Key));
        Assert.Equal(("Critical calls fixed in time", KpiTarget.AtLeast(90)), (rows[0].Name, rows[0].Target));
        Assert.Equal(("Low-priority calls", 0), (rows[7].Name, rows[7].Decimals));
        Assert.Equal(PerformancePackBuilder.SlaRowName(policy.Priorities[1]), rows[2].Name); // not in the layout: the data's wording
        Assert.Equal(policy.Priorities[1].ComplianceTarget, rows[2].Target);
    }

    [Fact]
    public void Build_RenamedServiceRow_TakesTheCommentaryNamedAfterItsNewName()
    {
        var layout = new PackLayout("All",
            [new(PackSectionKind.Availability, "availability", "Systems", [new(PackRowKeys.Availability("Email"), "Mail", KpiTarget.AtLeast(99))])]);
        var builder = new PerformancePackBuilder([April], layout);
        builder.AddAvailability("A", AvailabilityCalculator.Calculate([], ServiceCatalogue.Empty.With("Email", AvailabilityPolicy.AtLeast(99)), ReportingPeriod.Month(April, London), End));
        builder.AddException("A", new ExceptionNote("Mail", "fine"));

        PerformancePack pack = builder.Build("A");

        Assert.Equal("Mail", Assert.Single(pack.Exceptions).RowName);
        Assert.Empty(pack.RejectedNotes);
    }
}
