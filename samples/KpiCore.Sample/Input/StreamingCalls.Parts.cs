using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Input.Profiles;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Progress;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>The state of the streaming calls reader: what the ranges share, one range, and the id re-reader.</summary>
internal static partial class StreamingCalls
{
    /// <summary>What every range shares (read-only while the ranges are read, apart from the progress count).</summary>
    private sealed class Context
    {
        private long _reportedBytes;
        private long _reportedRecords;

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

        internal long ReportedRecords => Interlocked.Read(ref _reportedRecords);

        internal void Report(long bytes, long records)
        {
            Interlocked.Add(ref _reportedBytes, bytes);
            Interlocked.Add(ref _reportedRecords, records);
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
            Store = new CallMonthStore(context.Policy, context.Zone, context.IdAt, part: start.Offset == 0 ? 0 : 1, firstIndex: start.Offset, idCapacity: capacity, deferIds: start.Offset != 0);
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
}
