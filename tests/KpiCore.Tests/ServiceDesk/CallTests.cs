using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Tests.ServiceDesk;

public sealed class CallTests
{
    private static readonly Instant T = Instant.FromUtc(2017, 4, 3, 8, 0);

    [Fact]
    public void Constructor_NullOrEmptyIds_ThrowWithParamName()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Call(null!, "Brent", Priority.P1, CallType.Incident, T)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Call("", "Brent", Priority.P1, CallType.Incident, T)).ParamName);
        Assert.Equal("organisation", Assert.Throws<ArgumentException>(() => new Call("1", " ", Priority.P1, CallType.Incident, T)).ParamName);
    }

    [Fact]
    public void Constructor_UnboundedHold_ThrowsWithParamName() =>
        Assert.Equal("onHold", Assert.Throws<ArgumentException>(() => new Call("1", "Brent", Priority.P1, CallType.Incident, T, onHold: [new Interval(T, null)])).ParamName);

    [Fact]
    public void OnHold_KeptAsGivenAndOverlapDetected()
    {
        Interval a = new(T + Duration.FromHours(2), T + Duration.FromHours(4));
        Interval b = new(T + Duration.FromHours(1), T + Duration.FromHours(3));
        var call = new Call("1", "Brent", Priority.P1, CallType.Incident, T, T + Duration.FromHours(5), onHold: [a, b]);
        Assert.Equal([a, b], call.OnHold);
        Assert.True(call.HasOverlappingOnHold);
    }

    [Fact]
    public void OnHold_TouchingIntervals_AreNotAnOverlap()
    {
        var call = new Call("1", "Brent", Priority.P1, CallType.Incident, T, T + Duration.FromHours(5), onHold: [new Interval(T, T + Duration.FromHours(1)), new Interval(T + Duration.FromHours(1), T + Duration.FromHours(2))]);
        Assert.False(call.HasOverlappingOnHold);
    }

    [Fact]
    public void Properties_KeepInputs()
    {
        var call = new Call("C-1", "Lewisham", Priority.P3, CallType.ServiceRequest, T, T + Duration.FromHours(1), T + Duration.FromMinutes(5), null, "Email", "Access");
        Assert.Equal(("C-1", "Lewisham", Priority.P3, CallType.ServiceRequest), (call.Id, call.Organisation, call.Priority, call.Type));
        Assert.Equal((T, T + Duration.FromHours(1), T + Duration.FromMinutes(5)), (call.Logged, call.Resolved!.Value, call.FirstResponse!.Value));
        Assert.Equal(("Email", "Access"), (call.Service, call.Category));
        Assert.Empty(call.OnHold);
    }
}
