using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using KpiCore.ServiceDesk;
using NodaTime;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.ServiceDesk;

/// <summary>
/// FsCheck generators for the monthly accumulator: calls logged over seven months of 2017 whose lives reach from
/// minutes to five months (or stay open), with every kind of record the accumulator must reject or not judge: repeated
/// references, resolved before logged, first response before logged, out of the supported range, an unconfigured
/// priority, on-hold intervals outside the call's life, intervals with a total, and totals larger than the working time.
/// </summary>
public static class MonthlyServiceDeskArbitraries
{
    /// <summary>The first instant calls are logged at.</summary>
    internal static readonly Instant LoggedFrom = Instant.FromUtc(2017, 1, 1, 0, 0);

    /// <summary>The zones months are taken in: the policy's own, and two whose months start hours apart from it.</summary>
    internal static readonly DateTimeZone[] Zones =
        [DateTimeZoneProviders.Tzdb["Europe/London"], DateTimeZoneProviders.Tzdb["Asia/Tokyo"], DateTimeZoneProviders.Tzdb["America/New_York"]];

    private const int LoggedMinutes = 200 * 24 * 60;

    private static readonly Priority Unconfigured = new("P9", 9);

    public static Arbitrary<Call[]> Calls() => Gen.ListOf(CallGen()).Select(list => list.ToArray()).ToArbitrary();

    public static Arbitrary<SlaReportOptions> Options() =>
        (from basis in Gen.Elements(SlaBasis.ResolvedInPeriod, SlaBasis.LoggedInPeriod)
         from ids in Gen.Elements(DuplicateIdCheck.WholeRun, DuplicateIdCheck.None)
         select new SlaReportOptions(basis, ids)).ToArbitrary();

    public static Arbitrary<DateTimeZone> Zone() => Gen.Elements(Zones).ToArbitrary();

    internal static Gen<Call> CallGen() =>
        from logged in Gen.Choose(0, LoggedMinutes)
        from life in Gen.Frequency(
            (2, Gen.Constant(-1)), // open
            (4, Gen.Choose(1, 12 * 60)),
            (3, Gen.Choose(12 * 60, 20 * 24 * 60)),
            (2, Gen.Choose(20 * 24 * 60, 150 * 24 * 60)),
            (1, Gen.Choose(-600, -2).Select(m => m - 1_000_000))) // resolved before logged
        from priority in Gen.Frequency((12, Gen.Elements(Priority.P1, Priority.P2, Priority.P3, Priority.P4)), (1, Gen.Constant(Unconfigured)))
        from type in Gen.Frequency((8, Gen.Constant(CallType.Incident)), (3, Gen.Constant(CallType.ServiceRequest)), (1, Gen.Constant(CallType.Problem)), (1, Gen.Constant(CallType.Change)))
        from organisation in Gen.Elements("Brent", "Lewisham", "Camden")
        from holds in Gen.Frequency((3, Gen.Constant(new List<(int, int)>())), (2, Gen.ListOf(Gen.Two(Gen.Choose(0, 1000))).Select(h => h.Take(3).ToList())))
        from stray in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Constant(-1)), (1, Gen.Constant(1)))
        from total in Gen.Frequency((8, Gen.Constant(-1)), (2, Gen.Choose(0, 600)), (1, Gen.Choose(2000 * 60, 4000 * 60))) // minutes; the last beyond most lives' working time
        from response in Gen.Frequency((8, Gen.Constant(0)), (2, Gen.Choose(1, 120)), (1, Gen.Constant(-5)))
        from id in Gen.Choose(0, 40)
        from far in Gen.Frequency((40, Gen.Constant(false)), (1, Gen.Constant(true)))
        select Build(id, organisation, priority, type, logged, life, holds, stray, total, response, far);

    /// <summary>Builds a call; <paramref name="life"/> is in minutes (-1 for open, below -1 for resolved before logged).</summary>
    private static Call Build(int id, string organisation, Priority priority, CallType type, int loggedMinutes, int life, List<(int, int)> holds,
        int stray, int totalMinutes, int responseMinutes, bool far)
    {
        Instant logged = far ? Instant.FromUtc(1899, 6, 1, 9, 0) : LoggedFrom + Duration.FromMinutes(loggedMinutes);
        Instant? resolved = life == -1 ? null : life < -1 ? logged + Duration.FromMinutes(life + 1_000_000) : logged + Duration.FromMinutes(life);
        long span = life > 0 ? life : 5 * 24 * 60;
        var intervals = new List<Interval>();
        foreach ((int a, int b) in holds)
        {
            intervals.Add(new Interval(logged + Duration.FromMinutes(span * Math.Min(a, b) / 1000), logged + Duration.FromMinutes(span * Math.Max(a, b) / 1000)));
        }

        if (stray < 0)
        {
            intervals.Add(new Interval(logged - Duration.FromHours(1), logged + Duration.FromMinutes(1)));
        }
        else if (stray > 0 && resolved is Instant end && end > logged)
        {
            intervals.Add(new Interval(end - Duration.FromMinutes(1), end + Duration.FromHours(1)));
        }

        Instant? firstResponse = responseMinutes == 0 ? null : logged + Duration.FromMinutes(responseMinutes);
        Duration? total = totalMinutes < 0 ? null : Duration.FromMinutes(totalMinutes);
        return new Call("C" + id.ToString(CultureInfo.InvariantCulture), organisation, priority, type, logged, resolved, firstResponse, intervals, onHoldTotal: total);
    }
}
