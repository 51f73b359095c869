using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using KpiCore.Availability;
using KpiCore.Time;
using NodaTime;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.Availability;

/// <summary>A small random availability scenario on a one-minute grid: two one-day UTC periods, a few outages, a random policy.</summary>
public sealed class AvailabilityScenario
{
    /// <summary>The first minute of the first period.</summary>
    internal static readonly Instant Base = Instant.FromUtc(2021, 3, 1, 0, 0);

    internal static readonly DateTimeZone Utc = DateTimeZoneProviders.Tzdb["UTC"];

    /// <summary>Service hours used when a scenario has them: 06:00-10:00 and 14:00-20:00 every day, in UTC.</summary>
    internal static readonly WorkingCalendar Hours = WorkingCalendar.Create(Utc).WithHours(
        IsoDayOfWeek.Monday,
        IsoDayOfWeek.Sunday,
        new LocalTimeRange(new LocalTime(6, 0), new LocalTime(10, 0)),
        new LocalTimeRange(new LocalTime(14, 0), new LocalTime(20, 0)));

    internal AvailabilityScenario(
        ModelOutage[] outages,
        bool serviceHours,
        bool exclude,
        double partial,
        double degraded,
        (int Start, int End)[]? monitoring,
        int asOfMinute,
        ModelOutage extra)
    {
        Outages = outages;
        ServiceHours = serviceHours;
        Exclude = exclude;
        Partial = partial;
        Degraded = degraded;
        Monitoring = monitoring;
        AsOfMinute = asOfMinute;
        Extra = extra;
    }

    internal ModelOutage[] Outages { get; }

    internal bool ServiceHours { get; }

    internal bool Exclude { get; }

    internal double Partial { get; }

    internal double Degraded { get; }

    internal (int Start, int End)[]? Monitoring { get; }

    internal int AsOfMinute { get; }

    /// <summary>One more outage, for "adding an outage" properties.</summary>
    internal ModelOutage Extra { get; }

    internal static ReportingPeriod[] Periods { get; } =
    [
        ReportingPeriod.ForDates(new LocalDate(2021, 3, 1), new LocalDate(2021, 3, 1), Utc),
        ReportingPeriod.ForDates(new LocalDate(2021, 3, 2), new LocalDate(2021, 3, 2), Utc),
    ];

    internal Instant AsOf => At(AsOfMinute);

    internal static Instant At(int minute) => Base + Duration.FromMinutes(minute);

    internal AvailabilityPolicy Policy(bool? exclude = null) =>
        AvailabilityPolicy.AtLeast(99.0)
            .WithServiceHours(ServiceHours ? Hours : null)
            .WithPlannedMaintenance((exclude ?? Exclude) ? PlannedMaintenanceRule.Excluded : PlannedMaintenanceRule.Counted)
            .WithImpactWeights(Partial, Degraded)
            .WithMonitoring(Monitoring is null ? null : IntervalSet.FromIntervals(Monitoring.Select(m => new Interval(At(m.Start), At(m.End)))));

    internal ServiceCatalogue Catalogue(bool? exclude = null) => ServiceCatalogue.Empty.With("S", Policy(exclude));

    internal static Outage ToOutage(ModelOutage o) =>
        new("S", At(o.Start), o.End is int end ? At(end) : null, o.Kind, o.Impact);

    internal AvailabilityReport Run(IEnumerable<ModelOutage> outages, bool? exclude = null) =>
        AvailabilityCalculator.Calculate(outages.Select(ToOutage), Catalogue(exclude), Periods, AsOf);

    internal AvailabilityReport Run() => Run(Outages);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"hours={ServiceHours} exclude={Exclude} partial={Partial} degraded={Degraded} asOf={AsOfMinute} monitoring=[{(Monitoring is null ? "always" : string.Join(",", Monitoring))}] outages=[{string.Join("; ", Outages)}] extra={Extra}");
}

/// <summary>An outage on the minute grid, minutes from <see cref="AvailabilityScenario.Base"/>; no end = open.</summary>
internal readonly record struct ModelOutage(int Start, int? End, OutageKind Kind, OutageImpact Impact);

/// <summary>FsCheck generators for availability scenarios.</summary>
public static class AvailabilityArbitraries
{
    /// <summary>Scenarios with 0-8 outages between 2 hours before and 2 hours after the two periods.</summary>
    public static Arbitrary<AvailabilityScenario> Scenario() =>
        (from count in Gen.Frequency((4, Gen.Choose(0, 8)), (1, Gen.Choose(25, 80))) // over 24 records: the bucketed sort path
         from outages in Gen.ArrayOf(OutageGen(), count)
         from hours in Gen.Elements(false, true)
         from exclude in Gen.Elements(false, true)
         from partial in Gen.Elements(0.0, 0.3, 1.0)
         from degraded in Gen.Elements(0.0, 0.5, 1.0)
         from monitored in Gen.Elements(false, false, true)
         from monitoring in Gen.ArrayOf(Span(), 3)
         from asOf in Gen.Frequency((3, Gen.Constant(4000)), (1, Gen.Choose(-60, 3000)))
         from extra in OutageGen()
         select new AvailabilityScenario(outages, hours, exclude, partial, degraded, monitored ? monitoring : null, asOf, extra))
        .ToArbitrary();

    private static Gen<(int Start, int End)> Span() =>
        from start in Gen.Choose(-120, 3000)
        from length in Gen.Choose(0, 900)
        select (start, start + length);

    private static Gen<ModelOutage> OutageGen() =>
        from span in Span()
        from open in Gen.Frequency((7, Gen.Constant(false)), (1, Gen.Constant(true)))
        from kind in Gen.Elements(OutageKind.Unplanned, OutageKind.Planned)
        from impact in Gen.Elements(OutageImpact.Full, OutageImpact.Partial, OutageImpact.Degraded)
        select new ModelOutage(span.Start, open ? null : span.End, kind, impact);
}
