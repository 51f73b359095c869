using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.TimeZones;

namespace KpiCore.Time;

/// <summary>Lazily built per-block tables of working intervals (as Unix nanoseconds) and running totals.</summary>
public sealed partial class WorkingCalendar
{
    private const int ChunkShift = 9;
    private const int DaysPerChunk = 1 << ChunkShift; // 512 local dates per block
    private const int ChunkMask = DaysPerChunk - 1;
    private const long NanosPerDay = 86_400L * 1_000_000_000L;

    /// <summary>Local date of day index 0: two days before the first supported instant, so any offset fits.</summary>
    private static readonly LocalDate Day0 = new(1899, 12, 30);

    /// <summary>Unix nanoseconds of UTC midnight at the start of <see cref="Day0"/>.</summary>
    private static readonly long Day0UtcNanos = ToNanos(Instant.FromUtc(1899, 12, 30, 0, 0));

    private static readonly Instant MinInstant = Instant.FromUtc(1900, 1, 1, 0, 0);
    private static readonly Instant MaxInstant = Instant.FromUtc(2150, 1, 1, 0, 0);
    private static readonly long MaxNanos = ToNanos(MaxInstant);

    /// <summary>Enough blocks to cover every local date an instant up to <see cref="MaxInstant"/> can fall on, plus the next date.</summary>
    private static readonly int ChunkCount =
        (int)(((Instant.FromUtc(2150, 1, 4, 0, 0) - Instant.FromUtc(1899, 12, 30, 0, 0)).Days + DaysPerChunk - 1) / DaysPerChunk);

    /// <summary>Range starts: earlier instant if the local time repeats, the instant the clocks jump to if it is skipped.</summary>
    private static readonly ZoneLocalMappingResolver StartResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>Range ends: later instant if the local time repeats, the instant the clocks jump to if it is skipped.</summary>
    private static readonly ZoneLocalMappingResolver EndResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    private readonly Chunk?[] _chunks;
    private readonly Lock _chunkLock = new();

    /// <summary>Gets the instants that queries accept: 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z, both ends accepted by the calendar's methods.</summary>
    /// <remarks>The bounds keep all running totals exact in 64-bit nanoseconds.</remarks>
    public static Interval SupportedRange => new(MinInstant, MaxInstant);

    private static long ToNanos(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    private static Instant FromNanos(long nanos) => NodaConstants.UnixEpoch.PlusNanoseconds(nanos);

    /// <summary>Converts a checked, supported instant to Unix nanoseconds.</summary>
    private static long CheckedNanos(Instant instant, string paramName)
    {
        if (instant < MinInstant || instant > MaxInstant)
        {
            throw new ArgumentOutOfRangeException(paramName, instant, "Value must lie within WorkingCalendar.SupportedRange (1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z).");
        }

        return ToNanos(instant);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Chunk GetChunk(int index) => Volatile.Read(ref _chunks[index]) ?? BuildAndPublish(index);

    private Chunk BuildAndPublish(int index)
    {
        lock (_chunkLock)
        {
            Chunk? existing = _chunks[index];
            if (existing is not null)
            {
                return existing;
            }

            Chunk built = BuildChunk(index);
            Volatile.Write(ref _chunks[index], built);
            return built;
        }
    }

    /// <summary>Finds the block and the local date (index within the block) whose real day contains <paramref name="nanos"/>.</summary>
    private Chunk Locate(long nanos, out int chunkIndex, out int day)
    {
        // UTC day index; the local date is within one day of it (offsets are under 24 hours).
        long utcDay = (long)(unchecked((ulong)(nanos - Day0UtcNanos)) / (ulong)NanosPerDay);
        int c = (int)(utcDay >> ChunkShift);
        int j = (int)(utcDay & ChunkMask);
        Chunk chunk = GetChunk(c);
        while (nanos < chunk.DayStarts[j])
        {
            if (j == 0)
            {
                c--;
                chunk = GetChunk(c);
                j = DaysPerChunk;
            }

            j--;
        }

        while (nanos >= chunk.DayStarts[j + 1])
        {
            j++;
            if (j == DaysPerChunk)
            {
                c++;
                chunk = GetChunk(c);
                j = 0;
            }
        }

        chunkIndex = c;
        day = j;
        return chunk;
    }

    /// <summary>Working nanoseconds from the start of the block to <paramref name="nanos"/>, which lies in date <paramref name="day"/> of the block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long CumulativeAt(Chunk chunk, int day, long nanos)
    {
        Span[] spans = chunk.Spans;
        int k = chunk.DayFirstSpan[day];
        int end = chunk.DayFirstSpan[day + 1];
        long cumulative = k > 0 ? spans[k - 1].CumulativeEnd : 0;
        for (; k < end; k++)
        {
            ref readonly Span span = ref spans[k];
            if (nanos >= span.End)
            {
                cumulative = span.CumulativeEnd;
                continue;
            }

            if (nanos > span.Start)
            {
                cumulative = unchecked(span.CumulativeEnd - (span.End - nanos));
            }

            break;
        }

        return cumulative;
    }

    private Chunk BuildChunk(int index)
    {
        LocalDate first = Day0.PlusDays(index * DaysPerChunk);
        var dayStarts = new long[DaysPerChunk + 1];
        for (int i = 0; i <= DaysPerChunk; i++)
        {
            dayStarts[i] = ToNanos(Zone.ResolveLocal(first.PlusDays(i).AtMidnight(), StartResolver).ToInstant());
        }

        var dayFirstSpan = new int[DaysPerChunk + 1];
        var spans = new List<Span>(DaysPerChunk * 2);
        var today = new List<(long Start, long End)>(4);
        long cumulative = 0;
        for (int i = 0; i < DaysPerChunk; i++)
        {
            dayFirstSpan[i] = spans.Count;
            LocalDate date = first.PlusDays(i);
            long dayStart = dayStarts[i];
            long dayEnd = dayStarts[i + 1];
            today.Clear();
            foreach (LocalTimeRange range in HoursOn(date))
            {
                long start = range.Start == LocalTime.Midnight
                    ? dayStart
                    : ToNanos(Zone.ResolveLocal(date.At(range.Start), StartResolver).ToInstant());
                long end = range.EndsAtEndOfDay
                    ? dayEnd
                    : ToNanos(Zone.ResolveLocal(date.At(range.End), EndResolver).ToInstant());
                start = Math.Max(start, dayStart);
                end = Math.Min(end, dayEnd);
                if (start < end)
                {
                    today.Add((start, end));
                }
            }

            // Ranges that touch on a repeated local time can overlap as instants: merge them so nothing counts twice.
            today.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            int merged = spans.Count;
            foreach ((long start, long end) in today)
            {
                if (spans.Count > merged && start <= spans[^1].End)
                {
                    Span last = spans[^1];
                    if (end > last.End)
                    {
                        cumulative += end - last.End;
                        spans[^1] = new Span(last.Start, end, cumulative);
                    }
                }
                else
                {
                    cumulative += end - start;
                    spans.Add(new Span(start, end, cumulative));
                }
            }
        }

        dayFirstSpan[DaysPerChunk] = spans.Count;
        return new Chunk(dayStarts, dayFirstSpan, [.. spans], cumulative);
    }

    /// <summary>One working interval in Unix nanoseconds, with the block's running total of working time at its end.</summary>
    private readonly struct Span(long start, long end, long cumulativeEnd)
    {
        public readonly long Start = start;
        public readonly long End = end;
        public readonly long CumulativeEnd = cumulativeEnd;
    }

    /// <summary>The tables for 512 consecutive local dates; immutable once published.</summary>
    private sealed class Chunk(long[] dayStarts, int[] dayFirstSpan, Span[] spans, long total)
    {
        /// <summary>First instant of each date, plus that of the date after the block (513 entries).</summary>
        public readonly long[] DayStarts = dayStarts;

        /// <summary>Index in <see cref="Spans"/> of each date's first interval, plus <c>Spans.Length</c> (513 entries).</summary>
        public readonly int[] DayFirstSpan = dayFirstSpan;

        /// <summary>Working intervals in time order, each inside its date's real day.</summary>
        public readonly Span[] Spans = spans;

        /// <summary>Working nanoseconds in the whole block.</summary>
        public readonly long Total = total;
    }
}
