namespace KpiCore.Sample.Input;

/// <summary>
/// Reads a CSV file in byte ranges in parallel, each into its own state (a mergeable tally, or a list), and gives the
/// states in file order such that together they saw exactly the records of one reading from the start: the same
/// records, line ranges, errors and messages, resyncs, in the same order.
/// </summary>
/// <remarks>
/// <para>
/// Range i is read from candidate c(i) (<see cref="CsvSplit.Candidates(Stream, int)"/>) by a reader started there with
/// the candidate's line number and byte offset (<see cref="CsvReader(Stream, long, int, byte, bool)"/>); it takes the
/// records that start before c(i+1), reading past c(i+1) to finish the last of them, and notes the start of the first
/// record at or after c(i+1) (its overrun).
/// </para>
/// <para>
/// Why this equals the single pass. Determinism: a reader at the start of a record (after any blank lines), at byte o
/// on line n, produces the same records from there on however it got there, because its state at that moment is only
/// (o, n) (the previous record can no longer be resumed; on a seekable input what is still buffered changes nothing);
/// the resync rule's decisions (the record action's answer, e.g. the table's field count) depend only on the
/// record. Invariant: the states handed out so far saw exactly the single pass's records before some record start o
/// of the single pass. It holds for range 0, which starts where the single pass starts. At the join after a range
/// whose records were the single pass's, its overrun o is a record start of the single pass; if the next range's
/// first record starts at o too, determinism makes the next range's records the single pass's from o on, and it is
/// taken. If not (c(i+1) lay inside a quoted field, or where a broken quote's resync reopens lines), that range is
/// thrown away and the file is read on sequentially from o, by a fresh reader at (o, its line), up to the next
/// candidate, where the same check is made. A range that ends at the end of the input without an overrun ends the
/// reading: no record of the single pass starts after it.
/// </para>
/// <para>
/// A wrong guess costs one range read twice, never a wrong record. Records that start before the header is known
/// cannot be told apart by this class: the caller reads the header first and passes its column count in the closure.
/// </para>
/// </remarks>
internal static class CsvSplitReader
{
    /// <summary>Called for each record, in file order within a range, with the byte offset at which the record starts.</summary>
    /// <returns>True to apply the resync rule to it (<see cref="CsvReader.ResumeAfterFirstLine()"/>), as <see cref="CsvTable"/> does for a record over lines with the wrong field count.</returns>
    internal delegate bool RecordAction<in TState>(TState state, in CsvFields fields, long offset);

    /// <summary>Reads the file in ranges from the candidates, in parallel.</summary>
    /// <param name="open">Opens the file (seekable) at offset 0; called once per range, from several threads.</param>
    /// <param name="candidates">Split candidates after offset 0, increasing; any line starts will do, good ones are cheaper.</param>
    /// <param name="newState">Makes the state of one range, given where the range starts (offset 0 for the first; a range read again after a wrong guess gets a new state).</param>
    /// <param name="onRecord">Takes a record into a range's state; called on several threads at once, each with its own state.</param>
    /// <param name="delimiter">The field separator.</param>
    /// <param name="windows1252">True when the file is declared Windows-1252.</param>
    /// <param name="starts">The verified start of each returned state's range (offset 0 for the first).</param>
    /// <returns>The states in file order; the records they saw, concatenated, are the single pass's.</returns>
    internal static List<TState> Read<TState>(
        Func<Stream> open, IReadOnlyList<CsvSplitPoint> candidates, Func<CsvSplitPoint, TState> newState, RecordAction<TState> onRecord,
        out List<CsvSplitPoint> starts, byte delimiter = (byte)',', bool windows1252 = false)
    {
        var points = new CsvSplitPoint[candidates.Count + 1];
        points[0] = new CsvSplitPoint(0, 1);
        for (int i = 0; i < candidates.Count; i++)
        {
            points[i + 1] = candidates[i];
            if (candidates[i].Offset <= points[i].Offset)
            {
                throw new ArgumentException("Split candidates must come after offset 0 in increasing order.", nameof(candidates));
            }
        }

        var ranges = new Range<TState>[points.Length];
        Parallel.For(0, points.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            ranges[i] = ReadRange(open, points[i], i + 1 < points.Length ? points[i + 1].Offset : long.MaxValue, newState, onRecord, delimiter, windows1252));

        var states = new List<TState> { ranges[0].State };
        starts = [points[0]];
        Range<TState> current = ranges[0];
        for (int i = 1; i < points.Length && current.Overrun is CsvSplitPoint overrun; i++)
        {
            if (ranges[i].First != overrun)
            {
                // The candidate was not where the single pass starts a record: read on from the overrun, sequentially.
                ranges[i] = ReadRange(open, overrun, i + 1 < points.Length ? points[i + 1].Offset : long.MaxValue, newState, onRecord, delimiter, windows1252);
            }

            current = ranges[i];
            states.Add(current.State);
            starts.Add(overrun);
        }

        return states;
    }

    /// <summary>Reads the records that start from <paramref name="start"/> up to before <paramref name="limit"/>.</summary>
    private static Range<TState> ReadRange<TState>(
        Func<Stream> open, CsvSplitPoint start, long limit, Func<CsvSplitPoint, TState> newState, RecordAction<TState> onRecord, byte delimiter, bool windows1252) =>
        ReadRange(open, start, limit, newState(start), onRecord, delimiter, windows1252);

    /// <summary>Reads the records that start from <paramref name="start"/> (a record start of the single pass) up to before <paramref name="limit"/> into a given state, on this thread.</summary>
    internal static Range<TState> ReadRange<TState>(
        Func<Stream> open, CsvSplitPoint start, long limit, TState state, RecordAction<TState> onRecord, byte delimiter, bool windows1252)
    {
        Stream stream = open();
        if (start.Offset > 0)
        {
            stream.Position = start.Offset;
        }

        using CsvReader reader = start.Offset == 0
            ? new CsvReader(stream, delimiter, windows1252)
            : new CsvReader(stream, start.Offset, start.Line, delimiter, windows1252);
        CsvSplitPoint? first = null;
        while (reader.TryReadFields(out CsvFields fields))
        {
            var at = new CsvSplitPoint(reader.RecordStart, fields.FirstLine);
            first ??= at;
            if (at.Offset >= limit)
            {
                return new Range<TState>(state, first, at);
            }

            if (onRecord(state, fields, at.Offset))
            {
                reader.ResumeAfterFirstLine();
            }
        }

        return new Range<TState>(state, first, null);
    }

    /// <summary>What one range read: its state, its first record's start, and the first record start at or past its limit (null at the end of the input).</summary>
    internal readonly record struct Range<TState>(TState State, CsvSplitPoint? First, CsvSplitPoint? Overrun);
}
