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

    [Fact]
    public void OnHoldTotal_KeptAsGivenAndNullByDefault()
    {
        var call = new Call("C-1", "Brent", Priority.P3, CallType.Incident, T, onHoldTotal: Duration.FromMinutes(90));
        Assert.Equal(Duration.FromMinutes(90), call.OnHoldTotal);
        Assert.Null(new Call("C-2", "Brent", Priority.P3, CallType.Incident, T).OnHoldTotal);
        Assert.Equal(Duration.Zero, new Call("C-3", "Brent", Priority.P3, CallType.Incident, T, onHoldTotal: Duration.Zero).OnHoldTotal);
    }

    [Fact]
    public void Constructor_TotalLongerThanSupportedRange_ThrowsWithParamName() =>
        Assert.Equal("onHoldTotal", Assert.Throws<ArgumentOutOfRangeException>(() => new Call("1", "Brent", Priority.P1, CallType.Incident, T, onHoldTotal: Duration.FromDays(366 * 251))).ParamName);

    [Fact]
    public void Instants_OpenCallWithoutResponse_AreNull()
    {
        var call = new Call("C-1", "Brent", Priority.P2, CallType.Incident, T);
        Assert.Equal(T, call.Logged);
        Assert.Null(call.Resolved);
        Assert.Null(call.FirstResponse);
    }

    [Theory]
    [InlineData(1900, 1, 1)] // first supported instant
    [InlineData(1969, 12, 31)] // before the Unix epoch: negative nanoseconds
    [InlineData(2149, 12, 31)] // last supported day
    public void Instants_InSupportedRange_KeptToTheNanosecond(int year, int month, int day)
    {
        Instant logged = Instant.FromUtc(year, month, day, 0, 0) + Duration.FromNanoseconds(1);
        Instant resolved = logged + Duration.FromNanoseconds(86_399_999_999_998); // one day less 1 ns: still in range
        Instant response = logged + Duration.FromNanoseconds(7);
        var call = new Call("C-1", "Brent", Priority.P2, CallType.Incident, logged, resolved, response);
        Assert.Equal((logged, resolved, response), (call.Logged, call.Resolved!.Value, call.FirstResponse!.Value));
    }

    [Fact]
    public void Instants_OutsideSupportedRange_KeptAsGiven()
    {
        // Outside WorkingCalendar.SupportedRange (9000 does not even fit in 64-bit Unix nanoseconds): such a call is
        // rejected when reported, but its properties must still return what was given.
        Instant logged = Instant.FromUtc(1800, 6, 1, 12, 0) + Duration.FromNanoseconds(3);
        Instant resolved = Instant.FromUtc(9000, 1, 1, 0, 0);
        var call = new Call("C-1", "Brent", Priority.P2, CallType.Incident, logged, resolved, T);
        Assert.Equal((logged, resolved, T), (call.Logged, call.Resolved!.Value, call.FirstResponse!.Value));

        var open = new Call("C-2", "Brent", Priority.P2, CallType.Incident, Instant.FromUtc(2200, 1, 1, 0, 0));
        Assert.Equal((Instant.FromUtc(2200, 1, 1, 0, 0), (Instant?)null, (Instant?)null), (open.Logged, open.Resolved, open.FirstResponse));
    }

    [Fact]
    public void OnHold_OutOfRangeUnsortedEmptyAndSubTick_KeptExactlyAsGiven()
    {
        // The call stores on-hold instants as nanoseconds (1678-2262) and keeps farther ones as given: either way the
        // property returns the intervals in the order given, to the nanosecond, including an empty and a far one.
        var late = new Interval(T + Duration.FromNanoseconds(700), T + Duration.FromHours(2) + Duration.FromNanoseconds(1));
        var early = new Interval(T - Duration.FromDays(3), T - Duration.FromDays(2));
        var empty = new Interval(T + Duration.FromHours(5), T + Duration.FromHours(5));
        var call = new Call("C-1", "Brent", Priority.P3, CallType.Incident, T, T + Duration.FromDays(1), onHold: [late, early, empty]);
        Assert.Equal([late, early, empty], call.OnHold);

        var far = new Interval(Instant.FromUtc(1500, 1, 1, 0, 0) + Duration.FromNanoseconds(9), Instant.FromUtc(9000, 1, 1, 0, 0));
        var farCall = new Call("C-2", "Brent", Priority.P3, CallType.Incident, T, onHold: [late, far]);
        Assert.Equal([late, far], farCall.OnHold);
    }

    [Fact]
    public void OnHoldTotal_ToTheNanosecond_KeptAsGiven()
    {
        Duration total = Duration.FromHours(3) + Duration.FromNanoseconds(1);
        Assert.Equal(total, new Call("C-1", "Brent", Priority.P3, CallType.Incident, T, onHoldTotal: total).OnHoldTotal);
    }
}
