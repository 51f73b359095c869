using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Availability;

public sealed class AvailabilityPolicyTests
{
    [Fact]
    public void Default_IsTheReportsBasis()
    {
        AvailabilityPolicy policy = AvailabilityPolicy.Default;

        Assert.True(policy.IsTwentyFourSeven);
        Assert.Null(policy.ServiceHours);
        Assert.Equal(PlannedMaintenanceRule.Counted, policy.PlannedMaintenance);
        Assert.Null(policy.Monitoring);
        Assert.Equal(KpiTarget.None, policy.Target);
        Assert.Equal(1.0, policy.GetImpactWeight(OutageImpact.Full));
        Assert.Equal(1.0, policy.GetImpactWeight(OutageImpact.Partial));
        Assert.Equal(0.0, policy.GetImpactWeight(OutageImpact.Degraded));
    }

    [Fact]
    public void AtLeast_Threshold_SetsAtLeastPercentTarget() =>
        Assert.Equal(KpiTarget.AtLeast(99.9), AvailabilityPolicy.AtLeast(99.9).Target);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void AtLeast_OutOfRange_Throws(double threshold) =>
        Assert.Equal("targetPercent", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityPolicy.AtLeast(threshold)).ParamName);

    [Fact]
    public void WithTarget_AtMostOrCountTarget_ThrowsArgumentException()
    {
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => AvailabilityPolicy.Default.WithTarget(KpiTarget.AtMost(1.0))).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => AvailabilityPolicy.Default.WithTarget(KpiTarget.AtLeast(5, KpiUnit.Count))).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => AvailabilityPolicy.Default.WithTarget(KpiTarget.DecreaseOnPrevious())).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => AvailabilityPolicy.Default.WithTarget(null!)).ParamName);
    }

    [Fact]
    public void WithImpactWeights_SetsPartialAndDegradedAndLeavesOriginal()
    {
        AvailabilityPolicy statuspage = AvailabilityPolicy.Default.WithImpactWeights(0.3, 0.0);

        Assert.Equal(0.3, statuspage.GetImpactWeight(OutageImpact.Partial));
        Assert.Equal(0.0, statuspage.GetImpactWeight(OutageImpact.Degraded));
        Assert.Equal(1.0, AvailabilityPolicy.Default.PartialWeight);
    }

    [Theory]
    [InlineData(-0.01, 0.0, "partial")]
    [InlineData(1.01, 0.0, "partial")]
    [InlineData(double.NaN, 0.0, "partial")]
    [InlineData(0.0, 1.5, "degraded")]
    [InlineData(0.0, double.NaN, "degraded")]
    public void WithImpactWeights_OutOfRange_ThrowsWithParamName(double partial, double degraded, string paramName) =>
        Assert.Equal(paramName, Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityPolicy.Default.WithImpactWeights(partial, degraded)).ParamName);

    [Fact]
    public void GetImpactWeight_UndefinedLevel_Throws() =>
        Assert.Equal("impact", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityPolicy.Default.GetImpactWeight((OutageImpact)7)).ParamName);

    [Fact]
    public void WithPlannedMaintenance_UndefinedRule_Throws() =>
        Assert.Equal("rule", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityPolicy.Default.WithPlannedMaintenance((PlannedMaintenanceRule)2)).ParamName);

    [Fact]
    public void WithServiceHoursAndMonitoring_AreKept()
    {
        WorkingCalendar hours = WorkingCalendar.Create(DateTimeZoneProviders.Tzdb["Europe/London"]);
        IntervalSet monitored = IntervalSet.FromInterval(new Interval(Instant.FromUtc(2017, 9, 1, 0, 0), Instant.FromUtc(2017, 10, 1, 0, 0)));

        AvailabilityPolicy policy = AvailabilityPolicy.Default.WithServiceHours(hours).WithMonitoring(monitored).WithPlannedMaintenance(PlannedMaintenanceRule.Excluded);

        Assert.Same(hours, policy.ServiceHours);
        Assert.False(policy.IsTwentyFourSeven);
        Assert.Same(monitored, policy.Monitoring);
        Assert.Equal(PlannedMaintenanceRule.Excluded, policy.PlannedMaintenance);
    }
}
