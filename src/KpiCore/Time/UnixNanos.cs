using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.HighPerformance;

namespace KpiCore.Time;

/// <summary>
/// The library's one internal time representation: an instant as a <see cref="long"/> of nanoseconds since the Unix
/// epoch, with the one supported range (<see cref="WorkingCalendar.SupportedRange"/>) and every conversion to and from
/// NodaTime's types.
/// </summary>
/// <remarks>
/// <para>
/// The range 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z (both included) keeps every instant, every difference of two
/// instants and every running total of working time exact in 64 bits (signed 64-bit nanoseconds reach 1677 to 2262).
/// Instants are checked once, where they enter (a public query, the checks of a call); code past that point trusts
/// them and works on plain longs.
/// </para>
/// <para>
/// Every internal instant is in this form: the calendar's spans, a call's stored instants (<see cref="Stored"/>) and checked form (<see cref="ServiceDesk.CallNanos"/>),
/// <see cref="IntervalSet"/>'s arrays and the availability engine's outages and periods.
/// </para>
/// </remarks>
internal static class UnixNanos
{
    /// <summary>The first supported instant, 1900-01-01T00:00:00Z.</summary>
    internal static readonly Instant MinInstant = Instant.FromUtc(1900, 1, 1, 0, 0);

    /// <summary>The last supported instant, 2150-01-01T00:00:00Z (included).</summary>
    internal static readonly Instant MaxInstant = Instant.FromUtc(2150, 1, 1, 0, 0);

    /// <summary><see cref="MinInstant"/> in Unix nanoseconds.</summary>
    internal static readonly long Min = From(MinInstant);

    /// <summary><see cref="MaxInstant"/> in Unix nanoseconds.</summary>
    internal static readonly long Max = From(MaxInstant);

    /// <summary>The longest supported span: <see cref="MaxInstant"/> - <see cref="MinInstant"/>.</summary>
    internal static readonly Duration MaxSpan = MaxInstant - MinInstant;

    /// <summary><see cref="MaxSpan"/> in nanoseconds.</summary>
    internal static readonly long MaxSpanNanos = MaxSpan.ToInt64Nanoseconds();

    /// <summary>The value that stands for "no instant" (an open call's resolution): later than every supported instant.</summary>
    internal const long None = long.MaxValue;

    /// <summary>
    /// The stored value (<see cref="Stored"/>) of an instant too far from 1970 for 64-bit nanoseconds: earlier than every
    /// supported instant, so the range check on the stored long rejects it without a separate test.
    /// </summary>
    internal const long Far = long.MinValue;

    /// <summary>The earliest instant <see cref="Stored"/> keeps as nanoseconds (64-bit nanoseconds reach 1677-09-21).</summary>
    private static readonly Instant StoredMin = Instant.FromUtc(1678, 1, 1, 0, 0);

    /// <summary>The latest instant <see cref="Stored"/> keeps as nanoseconds (64-bit nanoseconds reach 2262-04-11; <see cref="None"/> lies beyond).</summary>
    private static readonly Instant StoredMax = Instant.FromUtc(2262, 1, 1, 0, 0);

    /// <summary>The message of every "outside the supported range" exception and rejection.</summary>
    internal const string OutOfRangeMessage = "Value must lie within WorkingCalendar.SupportedRange (1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z).";

    /// <summary>Gets the supported range as an interval (both ends are accepted).</summary>
    internal static Interval SupportedRange => new(MinInstant, MaxInstant);

    /// <summary>Returns a value indicating whether an instant lies within the supported range, both ends included.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool InRange(Instant instant) => instant >= MinInstant && instant <= MaxInstant;

    /// <summary>Converts an instant within about 292 years of 1970 (every supported instant) to Unix nanoseconds, unchecked.</summary>
    /// <remarks>Through <see cref="Instant64"/>: one multiply-add, where subtracting the epoch and converting the <see cref="Duration"/> normalises and branches.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long From(Instant instant) => Instant64.FromInstant(instant).ToUnixTimeNanoseconds();

    /// <summary>Converts an instant to the form a call stores: Unix nanoseconds from 1678 to 2262 (exact), <see cref="Far"/> beyond.</summary>
    /// <remarks>The caller keeps a <see cref="Far"/> instant exactly elsewhere; no supported instant is <see cref="Far"/> or <see cref="None"/>.</remarks>
    internal static long Stored(Instant instant) => instant >= StoredMin && instant <= StoredMax ? From(instant) : Far;

    /// <summary>Returns a value indicating whether a stored value (<see cref="Stored"/>) is a supported instant: one unsigned compare, false for <see cref="Far"/> and <see cref="None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSupported(long nanos) => unchecked((ulong)(nanos - Min)) <= unchecked((ulong)(Max - Min));

    /// <summary>Converts a supported instant to Unix nanoseconds, throwing <see cref="ArgumentOutOfRangeException"/> for <paramref name="paramName"/> outside the range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Checked(Instant instant, string paramName)
    {
        if (!InRange(instant))
        {
            ThrowOutOfRange(paramName, instant);
        }

        return From(instant);
    }

    /// <summary>Converts a supported 64-bit instant to Unix nanoseconds, throwing as <see cref="Checked(Instant, string)"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Checked(Instant64 instant, string paramName)
    {
        long nanos = instant.ToUnixTimeNanoseconds();
        if (nanos < Min || nanos > Max)
        {
            ThrowOutOfRange(paramName, instant.ToInstant());
        }

        return nanos;
    }

    /// <summary>Converts Unix nanoseconds back to an instant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Instant ToInstant(long nanos) => Instant64.FromUnixTimeNanoseconds(nanos).ToInstant();

    /// <summary>Converts Unix nanoseconds to an instant, or null for <see cref="None"/>.</summary>
    internal static Instant? ToInstantOrNull(long nanos) => nanos == None ? null : ToInstant(nanos);

    /// <summary>Converts an instant to Unix nanoseconds, first moved into the supported range (an earlier instant gives <see cref="Min"/>, a later one <see cref="Max"/>).</summary>
    /// <remarks>For bounds that are only compared with supported values, such as a record clipped to a supported window.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Clamped(Instant instant) =>
        instant < MinInstant ? Min : instant > MaxInstant ? Max : From(instant);

    /// <summary>Throws the range exception for <paramref name="paramName"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowOutOfRange(string paramName, Instant instant) =>
        throw new ArgumentOutOfRangeException(paramName, instant, OutOfRangeMessage);
}
