using FsCheck;
using FsCheck.Fluent;
using KpiCore.ServiceDesk;
using NodaTime;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.ServiceDesk;

/// <summary>FsCheck generators for service-desk tests: valid calls around April 2017 in London (DST change, Easter, May bank holiday).</summary>
public static class ServiceDeskArbitraries
{
    /// <summary>The window calls are logged in: 2017-03-20 to 2017-05-10 UTC.</summary>
    internal static readonly Instant WindowStart = Instant.FromUtc(2017, 3, 20, 0, 0);

    private const long WindowSeconds = 51L * 24 * 3600;

    public static Arbitrary<Call[]> Calls() => Gen.ListOf(CallGen()).Select(list => list.ToArray()).ToArbitrary();

    public static Arbitrary<Call> OneCall() => CallGen().ToArbitrary();

    internal static Gen<Call> CallGen() =>
        from logged in Gen.Choose(0, (int)WindowSeconds)
        from open in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from life in Gen.Frequency((3, Gen.Choose(60, 8 * 3600)), (2, Gen.Choose(8 * 3600, 10 * 24 * 3600)))
        from priority in Gen.Elements(Priority.P1, Priority.P2, Priority.P3, Priority.P4)
        from type in Gen.Frequency((8, Gen.Constant(CallType.Incident)), (3, Gen.Constant(CallType.ServiceRequest)), (1, Gen.Constant(CallType.Problem)), (1, Gen.Constant(CallType.Change)))
        from organisation in Gen.Elements("Brent", "Lewisham")
        from holds in Gen.ListOf(Gen.Two(Gen.Choose(0, 1000)))
        from id in Gen.Choose(0, int.MaxValue)
        from stray in Gen.Frequency((10, Gen.Constant(0)), (1, Gen.Constant(-1)), (1, Gen.Constant(1)))
        select Build(id, organisation, priority, type, logged, open ? null : life, holds.Take(3).ToArray(), stray);

    /// <summary>Builds a call; <paramref name="stray"/> -1 adds a hold starting an hour before it was logged, +1 one ending an hour after it was resolved (so its SLA cannot be judged).</summary>
    private static Call Build(int id, string organisation, Priority priority, CallType type, int loggedSeconds, int? lifeSeconds, (int, int)[] holds, int stray)
    {
        Instant logged = WindowStart + Duration.FromSeconds(loggedSeconds);
        Instant? resolved = lifeSeconds is int life ? logged + Duration.FromSeconds(life) : null;
        long span = lifeSeconds ?? 5 * 24 * 3600;
        var intervals = new List<Interval>();
        foreach ((int a, int b) in holds)
        {
            long s = span * Math.Min(a, b) / 1000;
            long e = span * Math.Max(a, b) / 1000;
            intervals.Add(new Interval(logged + Duration.FromSeconds(s), logged + Duration.FromSeconds(e)));
        }

        if (stray < 0)
        {
            intervals.Add(new Interval(logged - Duration.FromHours(1), logged + Duration.FromMinutes(1)));
        }
        else if (stray > 0 && resolved is Instant end)
        {
            intervals.Add(new Interval(end - Duration.FromMinutes(1), end + Duration.FromHours(1)));
        }

        return new Call("C" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisation, priority, type, logged, resolved, onHold: intervals);
    }
}
