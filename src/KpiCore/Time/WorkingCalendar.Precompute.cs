using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.TimeZones;

namespace KpiCore.Time;

/// <summary>Lazily built per-block tables of working intervals (as Unix nanoseconds) and running totals.</summary>
public sealed partial class WorkingCalendar
{
    private const int ChunkShift = 9;
    private const int DaysPerChunk = 1 << ChunkShift; // 512 UTC days per block
    private const int ChunkMask = DaysPerChunk - 1;
    private const long NanosPerDay = 86_400L * 1_000_000_000L;

    /// <summary>Date of UTC day 0 of block 0: two days before the first supported instant.</summary>
    private static readonly LocalDate Day0 = new(1899, 12, 30);

    /// <summary>Unix nanoseconds of UTC midnight at the start of <see cref="Day0"/>.</summary>
    private static readonly long Day0UtcNanos = UnixNanos.From(Instant.FromUtc(1899, 12, 30, 0, 0));

    /// <summary>Enough blocks to cover every instant up to the end of <see cref="SupportedRange"/> and a few days after it.</summary>
    private static readonly int ChunkCount =
        (int)(((Instant.FromUtc(2150, 1, 4, 0, 0) - Instant.FromUtc(1899, 12, 30, 0, 0)).Days + DaysPerChunk - 1) / DaysPerChunk);

    /// <summary>Range starts: earlier instant if the local time repeats, the instant the clocks jump to if it is skipped.</summary>
    private static readonly ZoneLocalMappingResolver StartResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>Range ends: later instant if the local time repeats, the instant the clocks jump to if it is skipped.</summary>
    private static readonly ZoneLocalMappingResolver EndResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    private readonly Chunk?[] _chunks;
#if NET9_0_OR_GREATER
    private readonly Lock _chunkLock = new();
#else
    private readonly object _chunkLock = new(); // System.Threading.Lock is .NET 9+; `lock` works the same on an object
#endif

    /// <summary>Gets the instants that queries accept: 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z, both ends accepted by the calendar's methods.</summary>
    /// <remarks>The bounds keep all running totals exact in 64-bit nanoseconds.</remarks>
    public static Interval SupportedRange => UnixNanos.SupportedRange;

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowStartAfterEnd(Instant start, Instant end) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The start {start} must not be later than the end {end}."),
            nameof(start));

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

    /// <summary>
    /// Finds the block holding <paramref name="nanos"/> and the index of the first working interval of that block that
    /// ends after it (the block's interval count if none does). Blocks are 512 UTC days, so this is arithmetic plus a
    /// scan over the intervals of one UTC day.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Chunk Locate(long nanos, out int chunkIndex, out int span)
    {
        unchecked
        {
            // All values are bounded by the supported range: nothing here can overflow.
            long utcDay = (long)((ulong)(nanos - Day0UtcNanos) / (ulong)NanosPerDay);
            int c = (int)(utcDay >> ChunkShift);
            Chunk chunk = GetChunk(c);
            Span[] spans = chunk.Spans;
            int k = chunk.FirstSpan[(int)utcDay & ChunkMask];

            // Skip the intervals of this UTC day that end at or before the instant. The trip count is fixed per block
            // and the step is a comparison, not a branch, so the loop predicts well; the sentinel stops it.
            for (int i = chunk.MaxSpansPerDay; i > 0; i--)
            {
                k += spans[k].End <= nanos ? 1 : 0;
            }

            chunkIndex = c;
            span = k;
            return chunk;
        }
    }

    /// <summary>Working nanoseconds from the start of the block to <paramref name="nanos"/>, where <paramref name="span"/> is the first interval ending after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long CumulativeAt(Chunk chunk, int span, long nanos)
    {
        // The sentinel after the last interval starts at the end of the block with the block's total.
        ref readonly Span s = ref chunk.Spans[span];
        return unchecked(s.CumulativeStart + Math.Max(0, nanos - s.Start));
    }

    private Chunk BuildChunk(int index)
    {
        long blockStart = Day0UtcNanos + ((long)index * DaysPerChunk * NanosPerDay);
        long blockEnd = blockStart + (DaysPerChunk * NanosPerDay);

        // Local dates whose real day can overlap the block (offsets are under a day), each cut to its real day.
        LocalDate firstDate = Day0.PlusDays((index * DaysPerChunk) - 1);
        int dates = DaysPerChunk + 3;
        var dayStarts = new long[dates + 1];
        for (int i = 0; i <= dates; i++)
        {
            dayStarts[i] = UnixNanos.From(Zone.ResolveLocal(firstDate.PlusDays(i).AtMidnight(), StartResolver).ToInstant());
        }

        var spans = new List<Span>(DaysPerChunk * 2);
        var today = new List<(long Start, long End)>(4);
        long cumulative = 0;
        for (int i = 0; i < dates; i++)
        {
            LocalDate date = firstDate.PlusDays(i);
            long dayStart = Math.Max(dayStarts[i], blockStart);
            long dayEnd = Math.Min(dayStarts[i + 1], blockEnd);
            if (dayStart >= dayEnd)
            {
                continue;
            }

            today.Clear();
            foreach (LocalTimeRange range in HoursOn(date))
            {
                long start = range.Start == LocalTime.Midnight
                    ? dayStarts[i]
                    : UnixNanos.From(Zone.ResolveLocal(date.At(range.Start), StartResolver).ToInstant());
                long end = range.EndsAtEndOfDay
                    ? dayStarts[i + 1]
                    : UnixNanos.From(Zone.ResolveLocal(date.At(range.End), EndResolver).ToInstant());
                start = Math.Max(start, dayStart);
                end = Math.Min(end, dayEnd);
                if (start < end)
                {
                    today.Add((start, end));
                }
            }

            // Ranges that touch on a repeated local time can overlap as instants: merge them so nothing counts twice.
            today.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            int first = spans.Count;
            foreach ((long start, long end) in today)
            {
                if (spans.Count > first && start <= spans[^1].End)
                {
                    Span last = spans[^1];
                    if (end > last.End)
                    {
                        cumulative += end - last.End;
                        spans[^1] = new Span(last.Start, end, last.CumulativeStart);
                    }
                }
                else
                {
                    spans.Add(new Span(start, end, cumulative));
                    cumulative += end - start;
                }
            }
        }

        // FirstSpan[j]: first interval ending after the start of UTC day j of the block.
        var firstSpan = new int[DaysPerChunk + 1];
        int k = 0;
        for (int j = 0; j <= DaysPerChunk; j++)
        {
            long midnight = blockStart + (j * NanosPerDay);
            while (k < spans.Count && spans[k].End <= midnight)
            {
                k++;
            }

            firstSpan[j] = k;
        }

        int maxSpansPerDay = 0;
        for (int j = 0; j < DaysPerChunk; j++)
        {
            maxSpansPerDay = Math.Max(maxSpansPerDay, firstSpan[j + 1] - firstSpan[j]);
        }

        int count = spans.Count;
        spans.Add(new Span(blockEnd, blockEnd, cumulative)); // sentinel
        return new Chunk(blockStart, firstSpan, [.. spans], count, cumulative, maxSpansPerDay);
    }

    /// <summary>One working interval in Unix nanoseconds, with the block's running total of working time at its start.</summary>
    private readonly struct Span(long start, long end, long cumulativeStart)
    {
        public readonly long Start = start;
        public readonly long End = end;
        public readonly long CumulativeStart = cumulativeStart;
    }

    /// <summary>The tables for 512 consecutive UTC days; immutable once published.</summary>
    private sealed class Chunk
    {
        public Chunk(long start, int[] firstSpan, Span[] spans, int count, long total, int maxSpansPerDay)
        {
            Start = start;
            FirstSpan = firstSpan;
            Spans = spans;
            Count = count;
            Total = total;
            MaxSpansPerDay = maxSpansPerDay;
            SpansPerNanosecond = total > 0 ? count / (double)total : 0.0;
        }

        /// <summary>Unix nanoseconds at which the block starts (a UTC midnight).</summary>
        public long Start { get; }

        /// <summary>For each UTC day of the block (and the day after it), the index of the first interval ending after its midnight (513 entries).</summary>
        public int[] FirstSpan { get; }

        /// <summary>Working intervals in time order, cut to the block and to their date's real day, then a sentinel [block end, block end) carrying <see cref="Total"/>.</summary>
        public Span[] Spans { get; }

        /// <summary>Number of working intervals (without the sentinel).</summary>
        public int Count { get; }

        /// <summary>Most intervals that end within one UTC day of the block.</summary>
        public int MaxSpansPerDay { get; }

        /// <summary>Working nanoseconds in the whole block.</summary>
        public long Total { get; }

        /// <summary>Intervals per working nanosecond on average, to guess where a running total falls.</summary>
        public double SpansPerNanosecond { get; }
    }
}
