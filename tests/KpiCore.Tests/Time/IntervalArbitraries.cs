using FsCheck;
using FsCheck.Fluent;
using KpiCore.Time;
using NodaTime;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.Time;

/// <summary>
/// FsCheck generators for interval-set properties. Endpoints are whole minutes from <see cref="Origin"/> in
/// [<see cref="MinMinute"/>, <see cref="MaxMinute"/>], on a range small enough that overlaps and touching ends are common,
/// so a bool-per-minute grid (<see cref="MinuteGrid"/>) is an exact model.
/// </summary>
public static class IntervalArbitraries
{
    /// <summary>Minute 0 of the generated intervals.</summary>
    public static readonly Instant Origin = Instant.FromUtc(2017, 10, 1, 0, 0);

    /// <summary>Smallest generated endpoint, in minutes from <see cref="Origin"/>.</summary>
    public const int MinMinute = 0;

    /// <summary>Largest generated endpoint, in minutes from <see cref="Origin"/>.</summary>
    public const int MaxMinute = 60;

    /// <summary>Converts a minute offset to an instant.</summary>
    public static Instant At(int minute) => Origin + Duration.FromMinutes(minute);

    private static Gen<Interval> MinuteInterval(int min, int max, int maxLength) =>
        from start in Gen.Choose(min, max)
        from length in Gen.Choose(0, maxLength)
        select new Interval(At(start), At(Math.Min(start + length, max)));

    /// <summary>Lists of 0 to 12 intervals, unsorted, often overlapping, touching or empty.</summary>
    public static Arbitrary<Interval[]> IntervalLists() =>
        Gen.Choose(0, 12)
            .SelectMany(count => MinuteInterval(MinMinute, MaxMinute, 15).ArrayOf(count))
            .ToArbitrary();

    /// <summary>Sets built from <see cref="IntervalLists"/>.</summary>
    public static Arbitrary<IntervalSet> Sets() =>
        IntervalLists().Generator.Select(intervals => IntervalSet.FromIntervals(intervals)).ToArbitrary();

    /// <summary>Windows (possibly empty) that may start before and end after the generated sets.</summary>
    public static Arbitrary<Window> Windows() =>
        MinuteInterval(MinMinute - 5, MaxMinute + 5, 50).Select(interval => new Window(interval)).ToArbitrary();
}

/// <summary>A window interval for clip, complement and duration properties (a distinct type so it gets its own generator).</summary>
public readonly record struct Window(Interval Value);
