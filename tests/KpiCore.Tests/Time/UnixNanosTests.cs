using FsCheck.Xunit;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Time;

public sealed class UnixNanosTests
{
    private static readonly Instant First = Instant.FromUtc(1900, 1, 1, 0, 0);
    private static readonly Instant Last = Instant.FromUtc(2150, 1, 1, 0, 0);

    // The reference: NodaTime's public Duration arithmetic, independent of the fast path.
    private static long Reference(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(1L)]
    [InlineData(1_506_816_000_000_000_007L)] // 2017-10-01T00:00:00.000000007Z
    [InlineData(-2_208_988_800_000_000_000L)] // 1900-01-01, the first supported instant
    [InlineData(5_680_281_600_000_000_000L)] // 2150-01-01, the last supported instant
    public void Stored_SupportedInstant_IsItsNanosecondsAndSupported(long nanos)
    {
        Instant instant = NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanos);
        long stored = UnixNanos.Stored(instant);
        Assert.Equal(nanos, stored);
        Assert.True(UnixNanos.IsSupported(stored));
        Assert.Equal(instant, UnixNanos.ToInstant(stored));
    }

    [Fact]
    public void IsSupported_JustOutsideOrFarOutside_IsFalse()
    {
        Assert.False(UnixNanos.IsSupported(UnixNanos.Stored(First - Duration.FromNanoseconds(1))));
        Assert.False(UnixNanos.IsSupported(UnixNanos.Stored(Last + Duration.FromNanoseconds(1))));
        Assert.False(UnixNanos.IsSupported(UnixNanos.Stored(Last + Duration.FromDays(1))));
        Assert.False(UnixNanos.IsSupported(UnixNanos.Stored(Instant.FromUtc(1800, 6, 1, 12, 0))));
        Assert.False(UnixNanos.IsSupported(UnixNanos.None));
        Assert.False(UnixNanos.IsSupported(UnixNanos.Far));
    }

    [Fact]
    public void Stored_BeyondSixtyFourBitNanoseconds_IsFar()
    {
        // 64-bit Unix nanoseconds reach 1677-09-21 to 2262-04-11; the stored form keeps 1678-2262 and marks the rest.
        Assert.Equal(UnixNanos.Far, UnixNanos.Stored(Instant.MinValue));
        Assert.Equal(UnixNanos.Far, UnixNanos.Stored(Instant.MaxValue));
        Assert.Equal(UnixNanos.Far, UnixNanos.Stored(Instant.FromUtc(1677, 12, 31, 23, 59)));
        Assert.Equal(UnixNanos.Far, UnixNanos.Stored(Instant.FromUtc(9000, 1, 1, 0, 0)));
        Assert.Equal(Reference(Instant.FromUtc(1678, 1, 1, 0, 0)), UnixNanos.Stored(Instant.FromUtc(1678, 1, 1, 0, 0)));
        Assert.Equal(Reference(Instant.FromUtc(2262, 1, 1, 0, 0)), UnixNanos.Stored(Instant.FromUtc(2262, 1, 1, 0, 0)));
    }

    [Property(MaxTest = 1000)]
    public bool StoredThenIsSupported_AnyInstant_AgreesWithRangeAndReference(long seed)
    {
        // Spread over about 1700-2350 so both sides of the range (and of 64-bit nanoseconds) are hit, with arbitrary sub-tick nanoseconds.
        var random = new Random(unchecked((int)seed ^ (int)(seed >> 32)));
        long offset = random.NextInt64(-8_500_000_000_000_000_000L, 9_200_000_000_000_000_000L);
        Instant instant = Instant.FromUtc(2020, 1, 1, 0, 0) + Duration.FromNanoseconds(offset / 2) + Duration.FromNanoseconds(offset / 2);
        bool inRange = instant >= First && instant <= Last;
        long stored = UnixNanos.Stored(instant);
        bool exact = stored == UnixNanos.Far || UnixNanos.ToInstant(stored) == instant;
        return UnixNanos.IsSupported(stored) == inRange && exact && (!inRange || stored == Reference(instant));
    }
}
