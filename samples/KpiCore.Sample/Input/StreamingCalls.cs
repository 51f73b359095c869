using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Input.Profiles;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Progress;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>
/// Reads calls.csv (or a calls export through a profile) straight into a <see cref="CallMonthStore"/>, keeping no list
/// of calls: the same rows, problems (word for word, in the same order), organisation filter and accounting as
/// <see cref="InputFiles.ReadCalls"/> followed by <see cref="DataSet.Build"/>, with memory that does not grow with the
/// number of calls beyond the store's duplicate-id table.
/// </summary>
/// <remarks>
/// <para>
/// Rows: every record goes through <see cref="CsvTable.Judge"/> (the table's own rules and messages for blank lines,
/// unreadable records, wrong field counts and the resync). A row that the span path (<see cref="FastRow"/>) reads
/// cleanly, with no problem at all, becomes a call with two strings made (id and, through a per-range cache,
/// nothing new for the organisation); any other row (a bad field, a warning, a profile's priority or type map,
/// exclusions, hold totals, an id-prefix organisation) is decoded and read by <see cref="CallsFormat.Parse"/>, which
/// writes every message, so the fast path never invents one.
/// </para>
/// <para>
/// Ranges: a file of at least <see cref="StreamingCallsOptions.MinSplitBytes"/> is cut in two at a record boundary
/// (<see cref="CsvSplit"/> + <see cref="CsvSplitReader"/>, which verifies the join), each range read into its own
/// store, problems, name book (a fork) and organisation order on its own thread. The later range is merged unless it
/// shares a call id with the earlier one, or writes a new organisation or service name in another case than the
/// earlier range first did: then it is read again on into the earlier range's state, so the first record with an id
/// and the first spelling of a name stand exactly as in one pass.
/// </para>
/// <para>
/// Problem order: the organisation problems are added at the row (after the row's own warnings); DataSet.Build sorts
/// the problems by file and line (a stable sort), which places them where the in-memory path's later filter did.
/// </para>
/// </remarks>
internal static partial class StreamingCalls
{
    private const int ReportEvery = 4096;

    /// <summary>Reads the calls file into a store.</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">The name shown in problems.</param>
    /// <param name="zone">The run's zone (months are taken in it).</param>
    /// <param name="instants">How the profile's instants are read.</param>
    /// <param name="profile">The import profile.</param>
    /// <param name="names">The run's names (services.csv's first); the calls' new names are added in file order.</param>
    /// <param name="notes">Receives the excluded ids.</param>
    /// <param name="defined">The organisations services.csv defines, or null when it defines none (every organisation is taken).</param>
    /// <param name="servicesFile">The services file's name, for the problem of an organisation it does not define.</param>
    /// <param name="problems">Receives the file's problems.</param>
    /// <param name="options">The policy and the number of ranges.</param>
    /// <param name="store">The store fed every call, or null when the file cannot be used.</param>
    /// <param name="organisations">The calls' organisations in order of first appearance (after the filter).</param>
    /// <returns>The file's summary.</returns>
    internal static InputFileSummary Read(
        string path, string file, DateTimeZone zone, InstantReader instants, ImportProfile profile, NameBook names, CallImportNotes notes,
        IReadOnlySet<string>? defined, string servicesFile, List<InputProblem> problems, StreamingCallsOptions options,
        out CallMonthStore? store, out List<string> organisations)
    {
        store = null;
        organisations = [];
        byte delimiter = InputFiles.DelimiterOf(profile);
        bool windows1252 = InputFiles.IsWindows1252(profile);
        var probe = new CallsFormat(instants, profile, names, notes);
        using CsvTable? table = CsvTable.Open(path, file, [.. probe.Required], problems, delimiter, windows1252, meter: false);
        if (table is null)
        {
            return new InputFileSummary(file, false, 0);
        }

        probe.Opened(table, problems);
        long length = new FileInfo(path).Length;
        CsvSplitPoint[] candidates = [];
        if (options.Sink is null && Math.Clamp(options.Parts, 1, 2) > 1 && length >= options.MinSplitBytes)
        {
            using FileStream scan = OpenRead(path);
            candidates = options.Candidates(scan, 2);
        }

        // The pre-scan counted the lines before the cut: about as many records per byte follow it, so the first range's
        // id table is made big enough for the whole file (it takes in the second's hashes at the merge) and never
        // doubles; 5% more for a second half denser than the first.
        long estimated = candidates.Length > 0 ? (long)((candidates[0].Line - 1) * ((double)length / candidates[0].Offset) * 1.05) : 0;

        using IFileProgress meter = HostProgress.Current.BeginFile(file, length);
        var context = new Context(path, file, zone, instants, profile, names.Fork(), table, defined, servicesFile, options.Policy, meter, delimiter, windows1252)
        {
            Sink = options.Sink,
            EstimatedRecords = (int)Math.Min(estimated, int.MaxValue / 2),
        };
        List<Part> parts = CsvSplitReader.Read(() => OpenRead(path), candidates, start => new Part(context, start), OnRecord, out List<CsvSplitPoint> starts, delimiter, windows1252);
        Part merged = parts[0];
        for (int i = 1; i < parts.Count; i++)
        {
            Part later = parts[i];
            if (merged.Store.TryTakeIds(later.Store))
            {
                if (merged.Names.TryJoin(later.Names))
                {
                    merged.Absorb(later);
                    continue;
                }

                merged.Store.GiveBackIds(later.Store);
            }

            // One pass would have judged the later range's ids and names against the earlier one's: read it so.
            long limit = i + 1 < starts.Count ? starts[i + 1].Offset : long.MaxValue;
            CsvSplitReader.ReadRange(() => OpenRead(path), starts[i], limit, merged, OnRecord, delimiter, windows1252);
        }

        // The meter ends at the file's bytes and records exactly: a range read again (a repeated id or a name spelled
        // otherwise across the cut) was reported twice while it was read, and the last few thousand records not at all.
        meter.Advance(length - context.ReportedBytes, merged.Rows - context.ReportedRecords);
        if (!names.TryJoin(merged.Names))
        {
            throw new InvalidOperationException("The run's names changed while the calls were read.");
        }

        notes.ExcludedIds.UnionWith(merged.Notes.ExcludedIds);
        problems.AddRange(merged.Problems);
        store = merged.Store;
        organisations = merged.Organisations;
        return new InputFileSummary(file, true, merged.Rows);
    }

    /// <summary>
    /// Whether a calls file can be streamed: it must be seekable (a regular file), because it is opened again per
    /// range and re-read at offsets; a pipe (such as <c>/dev/stdin</c>) is read into a list as before instead.
    /// </summary>
    /// <returns>True also when the file cannot be opened: the reader then reports that, as the list path would.</returns>
    internal static bool CanStream(string? path)
    {
        if (path is null)
        {
            return true;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            return stream.CanSeek;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return true;
        }
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    private static bool OnRecord(Part part, in CsvFields fields, long offset)
    {
        Context context = part.Context;
        if (part.SkipHeader)
        {
            part.SkipHeader = false; // the header, read by the table already
            return false;
        }

        bool blank = fields.Error is null && !fields.SpansLines && IsBlank(fields);
        RowVerdict verdict = CsvTable.Judge(context.File, context.Table.ColumnCount, part.Problems, fields.FirstLine, fields.LastLine,
            fields.Error, fields.FieldCount, fields.TrailingEmptyFieldCount, blank);
        if (verdict == RowVerdict.Blank)
        {
            return false;
        }

        part.Rows++;
        if (++part.Unreported == ReportEvery)
        {
            context.Report(offset - part.ReportedTo, part.Unreported);
            part.ReportedTo = offset;
            part.Unreported = 0;
        }

        if (verdict != RowVerdict.Row)
        {
            return verdict == RowVerdict.Resync;
        }

        int line = fields.FirstLine;
        if (context.Fast && part.Fast.TryRead(fields, context, part.Names, out CallFields fast))
        {
            // The common row: no Call, no Sourced, no id string; its organisation is the call's, its line the record's first.
            if (context.Defined is not null && !context.Defined.Contains(fast.Organisation))
            {
                part.Problems.Add(DataSet.UnknownOrganisation(new Sourced<Call>(part.Fast.ToCall(fast), fast.Organisation, context.File, line), context.ServicesFile, "call"));
                return false;
            }

            part.Note(fast.Organisation);
            if (context.Sink is { } fastSink)
            {
                fastSink(new Sourced<Call>(part.Fast.ToCall(fast), fast.Organisation, context.File, line), offset, context.IdAt);
            }
            else
            {
                part.Store.Add(fast, context.File, line, offset);
            }

            return false;
        }

        Sourced<Call>? call = part.Format.Parse(new RowParser(context.Table.RowOf(fields.ToRecord()), context.Instants, part.Problems));
        if (call is null)
        {
            return false;
        }

        if (context.Defined is not null && !context.Defined.Contains(call.Organisation))
        {
            part.Problems.Add(DataSet.UnknownOrganisation(call, context.ServicesFile, "call"));
            return false;
        }

        part.Note(call.Organisation);
        if (context.Sink is { } sink)
        {
            sink(call, offset, context.IdAt);
        }
        else
        {
            part.Store.Add(call, offset);
        }

        return false;
    }

    /// <summary>Whether every field is blank, as <c>Array.TrueForAll(fields, string.IsNullOrWhiteSpace)</c> on the decoded record.</summary>
    private static bool IsBlank(in CsvFields fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            bool blank = fields.AllAscii ? CsvFieldParsers.TrimAscii(fields[i]).IsEmpty
                : CsvFieldParsers.TryTrimAscii(fields[i], out ReadOnlySpan<byte> trimmed) ? trimmed.IsEmpty : string.IsNullOrWhiteSpace(fields.GetString(i));
            if (!blank)
            {
                return false;
            }
        }

        return true;
    }
}
