using KpiCore.Kpis;
using NodaTime;

namespace KpiCore.Availability;

/// <summary>
/// The exact measured time and downtime of one or more services, organisations or periods, for combining availability
/// exactly: the availability of a merged tally is 1 - (sum of downtime) / (sum of measured time), never a mean of
/// percentages.
/// </summary>
/// <remarks>
/// Durations are kept to the nanosecond and added with overflow checks (an <see cref="OverflowException"/> rather than a
/// wrapped sum). Downtime is never more than measured time. Merging adds both durations, so the tally of any split of the
/// results merged in any order equals the tally of one pass. Not thread-safe; give each thread its own and merge them.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class AvailabilityTally
{
    private long _measuredNanos;
    private long _downtimeNanos;

    /// <summary>Creates an empty tally: no measured time, no downtime.</summary>
    public AvailabilityTally()
    {
    }

    /// <summary>Creates a tally of given durations, such as those of a monitoring export that reports them directly.</summary>
    /// <param name="measuredTime">The measured time; not negative.</param>
    /// <param name="downtime">The downtime inside it; from zero to <paramref name="measuredTime"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="measuredTime"/> is negative, or <paramref name="downtime"/> is negative or longer than <paramref name="measuredTime"/>.
    /// </exception>
    public AvailabilityTally(Duration measuredTime, Duration downtime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(measuredTime, Duration.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(downtime, Duration.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(downtime, measuredTime);
        _measuredNanos = measuredTime.ToInt64Nanoseconds();
        _downtimeNanos = downtime.ToInt64Nanoseconds();
    }

    /// <summary>Gets the measured time added so far: the time the services should have been up.</summary>
    public Duration MeasuredTime => Duration.FromNanoseconds(_measuredNanos);

    /// <summary>Gets the downtime added so far, inside <see cref="MeasuredTime"/>.</summary>
    public Duration Downtime => Duration.FromNanoseconds(_downtimeNanos);

    /// <summary>Creates the tally of one result.</summary>
    /// <param name="result">The service's figures for one period.</param>
    /// <returns>A tally of its measured time and its downtime (at most the measured time).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static AvailabilityTally FromResult(ServiceAvailability result)
    {
        var tally = new AvailabilityTally();
        tally.Add(result);
        return tally;
    }

    /// <summary>Adds one result's measured time and downtime.</summary>
    /// <param name="result">The service's figures for one period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="OverflowException">The sums no longer fit in 64-bit nanoseconds (about 292 years).</exception>
    public void Add(ServiceAvailability result)
    {
        ArgumentNullException.ThrowIfNull(result);
        long measured = result.MeasuredTime.ToInt64Nanoseconds();
        AddNanos(measured, Math.Min(result.Downtime.ToInt64Nanoseconds(), measured));
    }

    /// <summary>Adds the durations of another tally to this one; the other tally is unchanged.</summary>
    /// <param name="other">The tally to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">The sums no longer fit in 64-bit nanoseconds.</exception>
    public void Merge(AvailabilityTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        AddNanos(other._measuredNanos, other._downtimeNanos);
    }

    /// <summary>Gives the availability of the time added: 1 - downtime / measured time, in percent.</summary>
    /// <returns>The percentage, from 0 to 100; <see cref="KpiValue.Unavailable"/> ("UNVL") when no time was measured, never 100%.</returns>
    /// <remarks>The ratio is taken in <see cref="decimal"/> on the exact nanosecond counts, then rounded once to <see cref="double"/>.</remarks>
    public KpiValue ToKpiValue()
    {
        if (_measuredNanos <= 0)
        {
            return KpiValue.Unavailable;
        }

        double percent = (double)(100m * (_measuredNanos - _downtimeNanos) / _measuredNanos);
        return KpiValue.Measured(Math.Clamp(percent, 0.0, 100.0), KpiUnit.Percent);
    }

    private void AddNanos(long measured, long downtime)
    {
        long newMeasured = checked(_measuredNanos + measured);
        long newDowntime = checked(_downtimeNanos + downtime);
        _measuredNanos = newMeasured;
        _downtimeNanos = newDowntime;
    }
}
