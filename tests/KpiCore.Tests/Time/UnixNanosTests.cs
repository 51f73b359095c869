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

    [Fact]
    public void FieldsReadable_OnThisNodaTime_IsTrue() => Assert.True(UnixNanos.FieldsReadable);

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(1L)]
    [InlineData(1_506_816_000_000_000_007L)] // 2017-10-01T00:00:00.000000007Z
    [InlineData(-2_208_988_800_000_000_000L)] // 1900-01-01, the first supported instant
    [InlineData(5_680_281_600_000_000_000L)] // 2150-01-01, the last supported instant
    public void TryFrom_SupportedInstant_GivesItsNanoseconds(long nanos)
    {
        Instant instant = NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanos);
        Assert.True(UnixNanos.TryFrom(instant, out long result));
        Assert.Equal(nanos, result);
    }

    [Fact]
    public void TryFrom_JustOutsideOrFarOutside_IsFalse()
    {
        Assert.False(UnixNanos.TryFrom(First - Duration.FromNanoseconds(1), out _));
        Assert.False(UnixNanos.TryFrom(Last + Duration.FromNanoseconds(1), out _));
        Assert.False(UnixNanos.TryFrom(Last + Duration.FromDays(1), out _));
        Assert.False(UnixNanos.TryFrom(Instant.MinValue, out _));
        Assert.False(UnixNanos.TryFrom(Instant.MaxValue, out _));
        Assert.False(UnixNanos.TryFrom(Instant.FromUtc(1800, 6, 1, 12, 0), out _));
        Assert.False(UnixNanos.TryFrom(Instant.FromUtc(9000, 1, 1, 0, 0), out _));
    }

    [Property(MaxTest = 1000)]
    public bool TryFrom_AnyInstant_AgreesWithRangeAndReference(long seed)
    {
        // Spread over about 1700-2350 so both sides of the range are hit, with arbitrary sub-tick nanoseconds.
        var random = new Random(unchecked((int)seed ^ (int)(seed >> 32)));
        long offset = random.NextInt64(-8_500_000_000_000_000_000L, 9_200_000_000_000_000_000L);
        Instant instant = Instant.FromUtc(2020, 1, 1, 0, 0) + Duration.FromNanoseconds(offset / 2) + Duration.FromNanoseconds(offset / 2);
        bool inRange = instant >= First && instant <= Last;
        bool ok = UnixNanos.TryFrom(instant, out long nanos);
        return ok == inRange && (!ok || nanos == Reference(instant));
    }
}
