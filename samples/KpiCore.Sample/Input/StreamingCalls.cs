using System.Text;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Input.Profiles;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Progress;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>How <c>pack</c> streams its calls: the SLA policy the months are judged by, and into how many byte ranges the file is cut.</summary>
internal sealed class StreamingCallsOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="policy">The SLA policy (one instance for the run).</param>
    /// <param name="parts">The number of byte ranges read on their own threads (1 or 2).</param>
    internal StreamingCallsOptions(SlaPolicy policy, int parts = 2)
    {
        Policy = policy;
        Parts = parts;
    }

    /// <summary>Gets the SLA policy.</summary>
    internal SlaPolicy Policy { get; }

    /// <summary>Gets the number of byte ranges (1 or 2).</summary>
    internal int Parts { get; }

    /// <summary>Gets the smallest file that is cut into ranges (a smaller one is read on one thread: the pre-scan and the merge would cost more).</summary>
    internal long MinSplitBytes { get; init; } = 4L << 20;

    /// <summary>Gets how split candidates are chosen (tests choose their own, such as a cut inside a quoted field).</summary>
    internal Func<Stream, int, CsvSplitPoint[]> Candidates { get; init; } = CsvSplit.Candidates;

    /// <summary>
    /// Gets where each call goes instead of the store, when set: every loaded call in file order, on one thread (the
    /// file is not cut), with its byte offset and a function that reads the id at an earlier offset again.
    /// </summary>
    internal Action<Sourced<Call>, long, Func<long, string>>? Sink { get; init; }
}

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
internal static class StreamingCalls
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
        // id table is made big enough for the whole file (it takes in the second's at the merge) and never doubles.
        long estimated = candidates.Length > 0 ? (long)((candidates[0].Line - 1) * ((double)length / candidates[0].Offset)) : 0;

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
            if (!merged.Store.SharesIdWith(later.Store) && merged.Names.TryJoin(later.Names))
            {
                merged.Absorb(later);
            }
            else
            {
                // One pass would have judged the later range's ids and names against the earlier one's: read it so.
                long limit = i + 1 < starts.Count ? starts[i + 1].Offset : long.MaxValue;
                CsvSplitReader.ReadRange(() => OpenRead(path), starts[i], limit, merged, OnRecord, delimiter, windows1252);
            }
        }

        meter.Advance(Math.Max(0, length - context.ReportedBytes), parts.Sum(p => (long)p.Unreported));
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

        Sourced<Call>? call = context.Fast ? part.Fast.TryRead(fields, context, part.Names) : null;
        call ??= part.Format.Parse(new RowParser(context.Table.RowOf(fields.ToRecord()), context.Instants, part.Problems));
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
            bool blank = CsvFieldParsers.TryTrimAscii(fields[i], out ReadOnlySpan<byte> trimmed) ? trimmed.IsEmpty : string.IsNullOrWhiteSpace(fields.GetString(i));
            if (!blank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What every range shares (read-only while the ranges are read, apart from the progress count).</summary>
    private sealed class Context
    {
        private long _reportedBytes;

        internal Context(string path, string file, DateTimeZone zone, InstantReader instants, ImportProfile profile, NameBook snapshot, CsvTable table,
            IReadOnlySet<string>? defined, string servicesFile, SlaPolicy policy, IFileProgress meter, byte delimiter, bool windows1252)
        {
            File = file;
            Zone = zone;
            Instants = instants;
            Profile = profile;
            Snapshot = snapshot;
            Table = table;
            Defined = defined;
            ServicesFile = servicesFile;
            Policy = policy;
            Meter = meter;
            CallProfile map = profile.Calls;
            Fast = !map.OrganisationFromIdPrefix && map.PriorityMap is null && map.TypeMap is null && map.Exclude.Count == 0 && map.Hold.Mode is "intervals" or "none";
            Id = table.ColumnIndex(map.Id);
            Organisation = table.ColumnIndex(map.Organisation);
            Priority = table.ColumnIndex(map.Priority);
            Type = map.Type is null ? -1 : table.ColumnIndex(map.Type);
            Logged = table.ColumnIndex(map.Logged);
            Resolved = table.ColumnIndex(map.Resolved);
            FirstResponse = map.FirstResponse is null ? -1 : table.ColumnIndex(map.FirstResponse);
            Hold = map.Hold.Mode == "intervals" && map.Hold.Column is string hold ? table.ColumnIndex(hold) : -1;
            Service = map.Service is null ? -1 : table.ColumnIndex(map.Service);
            Category = map.Category is null ? -1 : table.ColumnIndex(map.Category);
            var ids = new IdReader(path, Id, delimiter, windows1252);
            IdAt = ids.IdAt;
        }

        internal string File { get; }

        internal DateTimeZone Zone { get; }

        internal InstantReader Instants { get; }

        internal ImportProfile Profile { get; }

        internal NameBook Snapshot { get; }

        internal CsvTable Table { get; }

        internal IReadOnlySet<string>? Defined { get; }

        internal string ServicesFile { get; }

        internal SlaPolicy Policy { get; }

        internal IFileProgress Meter { get; }

        internal Func<long, string> IdAt { get; }

        internal Action<Sourced<Call>, long, Func<long, string>>? Sink { get; init; }

        internal int EstimatedRecords { get; init; }

        internal bool Fast { get; }

        internal int Id { get; }

        internal int Organisation { get; }

        internal int Priority { get; }

        internal int Type { get; }

        internal int Logged { get; }

        internal int Resolved { get; }

        internal int FirstResponse { get; }

        internal int Hold { get; }

        internal int Service { get; }

        internal int Category { get; }

        internal long ReportedBytes => Interlocked.Read(ref _reportedBytes);

        internal void Report(long bytes, long records)
        {
            Interlocked.Add(ref _reportedBytes, bytes);
            Meter.Advance(bytes, records);
        }
    }

    /// <summary>One range's state: its store, problems, names and organisation order.</summary>
    private sealed class Part
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        internal Part(Context context, CsvSplitPoint start)
        {
            Context = context;
            Names = context.Snapshot.Fork();
            Format = new CallsFormat(context.Instants, context.Profile, Names, Notes);
            int capacity = start.Offset == 0 ? context.EstimatedRecords : Math.Max(0, context.EstimatedRecords - start.Line);
            Store = new CallMonthStore(context.Policy, context.Zone, context.IdAt, part: start.Offset == 0 ? 0 : 1, firstIndex: start.Offset, idCapacity: capacity);
            SkipHeader = start.Offset == 0;
            ReportedTo = start.Offset;
        }

        internal Context Context { get; }

        internal NameBook Names { get; }

        internal CallImportNotes Notes { get; } = new();

        internal CallsFormat Format { get; }

        internal CallMonthStore Store { get; }

        internal FastRow Fast { get; } = new();

        internal List<InputProblem> Problems { get; } = [];

        internal List<string> Organisations { get; } = [];

        internal bool SkipHeader { get; set; }

        internal int Rows { get; set; }

        internal int Unreported { get; set; }

        internal long ReportedTo { get; set; }

        internal void Note(string organisation)
        {
            if (_seen.Add(organisation))
            {
                Organisations.Add(organisation);
            }
        }

        /// <summary>Takes in the next range's state (no id in common, its names joined already).</summary>
        internal void Absorb(Part later)
        {
            Store.Merge(later.Store);
            Problems.AddRange(later.Problems);
            later.Organisations.ForEach(Note);
            Notes.ExcludedIds.UnionWith(later.Notes.ExcludedIds);
            Rows += later.Rows;
        }
    }

    /// <summary>The id of the record at a byte offset, read again from the file (on a 64-bit hash match only).</summary>
    private sealed class IdReader(string path, int column, byte delimiter, bool windows1252)
    {
        internal string IdAt(long offset)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            stream.Position = offset;
            using var reader = new CsvReader(stream, offset, 1, delimiter, windows1252);
            return reader.TryRead(out CsvRecord record) && column >= 0 && column < record.Fields.Length ? record.Fields[column].Trim() : string.Empty;
        }
    }

    /// <summary>
    /// The span path of one row: true results only for a row that <see cref="CallsFormat.Parse"/> would load with no
    /// problem and the same call; null for any other row (the caller reads it with <see cref="CallsFormat.Parse"/>).
    /// </summary>
    private sealed class FastRow
    {
        private const int MaxCached = 64;

        private readonly List<(byte[] Bytes, string Name)> _organisations = [];
        private readonly List<(string Organisation, byte[] Bytes, string Name)> _services = [];
        private readonly List<(byte[] Bytes, string Name)> _categories = [];

        internal Sourced<Call>? TryRead(in CsvFields fields, Context c, NameBook names)
        {
            if (!Ascii(fields, c.Id, out ReadOnlySpan<byte> idText) || idText.IsEmpty
                || !Name(fields, c.Organisation, out string? organisation, _organisations, names.Organisation) || organisation is null
                || !ReadType(fields, c.Type, out CallType type)
                || !ReadPriority(fields, c.Priority, type, out Priority priority)
                || !Ascii(fields, c.Logged, out ReadOnlySpan<byte> loggedText) || !TryInstant(loggedText, c, out Instant logged)
                || !Ascii(fields, c.Resolved, out ReadOnlySpan<byte> resolvedText)
                || !Ascii(fields, c.FirstResponse, out ReadOnlySpan<byte> responseText)
                || !Ascii(fields, c.Hold, out ReadOnlySpan<byte> holdText))
            {
                return null;
            }

            Instant? resolved = null;
            if (!resolvedText.IsEmpty)
            {
                if (!TryInstant(resolvedText, c, out Instant r))
                {
                    return null;
                }

                resolved = r;
            }

            Instant? firstResponse = null;
            if (!responseText.IsEmpty)
            {
                if (!TryInstant(responseText, c, out Instant f) || f < logged || (resolved is Instant r && f > r))
                {
                    return null; // a warning: the string path writes it
                }

                firstResponse = f;
            }

            List<Interval>? onHold = null;
            if (!holdText.IsEmpty && !TryHolds(holdText, c, ref onHold))
            {
                return null;
            }

            string? service = null;
            if (c.Service >= 0 && !Name(fields, c.Service, out service, _services, organisation, names))
            {
                return null;
            }

            if (!Name(fields, c.Category, out string? category, _categories, names.Other))
            {
                return null;
            }

            var call = new Call(Encoding.ASCII.GetString(idText), organisation, priority, type, logged, resolved, firstResponse, onHold, service, category);
            return new Sourced<Call>(call, organisation, c.File, fields.FirstLine);
        }

        /// <summary>A field's trimmed bytes when it is ASCII (absent column: empty); false for a field to decode (or not valid UTF-8).</summary>
        private static bool Ascii(in CsvFields fields, int index, out ReadOnlySpan<byte> text)
        {
            if (index < 0 || index >= fields.Count)
            {
                text = default;
                return true;
            }

            return CsvFieldParsers.TryTrimAscii(fields[index], out text);
        }

        private static bool TryInstant(ReadOnlySpan<byte> text, Context c, out Instant instant) =>
            c.Instants.TryParse(text, out instant) && SupportedRange.Contains(instant);

        private static bool ReadType(in CsvFields fields, int index, out CallType type)
        {
            type = CallType.Incident;
            if (!Ascii(fields, index, out ReadOnlySpan<byte> text))
            {
                return false;
            }

            if (text.IsEmpty || System.Text.Ascii.EqualsIgnoreCase(text, "incident"u8))
            {
                return true;
            }

            if (System.Text.Ascii.EqualsIgnoreCase(text, "service-request"u8))
            {
                type = CallType.ServiceRequest;
                return true;
            }

            if (System.Text.Ascii.EqualsIgnoreCase(text, "problem"u8))
            {
                type = CallType.Problem;
                return true;
            }

            type = CallType.Change;
            return System.Text.Ascii.EqualsIgnoreCase(text, "change"u8);
        }

        private static bool ReadPriority(in CsvFields fields, int index, CallType type, out Priority priority)
        {
            priority = default;
            if (!Ascii(fields, index, out ReadOnlySpan<byte> text))
            {
                return false;
            }

            if (text.IsEmpty)
            {
                return type is not (CallType.Incident or CallType.ServiceRequest);
            }

            return CsvFieldParsers.TryParsePriority(fields, index, out priority);
        }

        private static bool TryHolds(ReadOnlySpan<byte> text, Context c, ref List<Interval>? holds)
        {
            while (!text.IsEmpty)
            {
                int semicolon = text.IndexOf((byte)';');
                ReadOnlySpan<byte> part = semicolon < 0 ? text : text[..semicolon];
                text = semicolon < 0 ? default : text[(semicolon + 1)..];
                CsvFieldParsers.TryTrimAscii(part, out part);
                if (part.IsEmpty)
                {
                    continue;
                }

                int slash = part.IndexOf((byte)'/');
                if (slash < 0 || part[(slash + 1)..].Contains((byte)'/'))
                {
                    return false;
                }

                CsvFieldParsers.TryTrimAscii(part[..slash], out ReadOnlySpan<byte> startText);
                CsvFieldParsers.TryTrimAscii(part[(slash + 1)..], out ReadOnlySpan<byte> endText);
                if (!TryInstant(startText, c, out Instant start) || !TryInstant(endText, c, out Instant end) || end < start)
                {
                    return false;
                }

                (holds ??= []).Add(new Interval(start, end));
            }

            return true;
        }

        /// <summary>A name field through the book, cached by its bytes; null when blank. False when it is not valid UTF-8 (the string path warns or rejects).</summary>
        private static bool Name(in CsvFields fields, int index, out string? name, List<(byte[] Bytes, string Name)> cache, Func<string, string?> book)
        {
            name = null;
            if (index < 0 || index >= fields.Count)
            {
                return true;
            }

            if (fields.IsNotUtf8(index))
            {
                return false;
            }

            ReadOnlySpan<byte> raw = fields[index];
            foreach ((byte[] bytes, string cached) in cache)
            {
                if (raw.SequenceEqual(bytes))
                {
                    name = cached;
                    return true;
                }
            }

            string text = fields.GetString(index).Trim();
            if (text.Length == 0)
            {
                return true;
            }

            name = book(text);
            if (cache.Count < MaxCached && name is not null)
            {
                cache.Add((raw.ToArray(), name));
            }

            return true;
        }

        private static bool Name(in CsvFields fields, int index, out string? name, List<(string Organisation, byte[] Bytes, string Name)> cache, string organisation, NameBook names)
        {
            name = null;
            if (index >= fields.Count)
            {
                return true;
            }

            if (fields.IsNotUtf8(index))
            {
                return false;
            }

            ReadOnlySpan<byte> raw = fields[index];
            foreach ((string owner, byte[] bytes, string cached) in cache)
            {
                if (ReferenceEquals(owner, organisation) && raw.SequenceEqual(bytes))
                {
                    name = cached;
                    return true;
                }
            }

            string text = fields.GetString(index).Trim();
            if (text.Length == 0)
            {
                return true;
            }

            name = names.Service(organisation, text);
            if (cache.Count < MaxCached)
            {
                cache.Add((organisation, raw.ToArray(), name));
            }

            return true;
        }
    }
}
