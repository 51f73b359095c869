using System.Globalization;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Sample.Input.Formats;

/// <summary>responses.csv: survey responses; scores outside 0-10 are left to the NPS calculator, which reports them.</summary>
internal sealed class ResponsesFormat : RecordFormat<Sourced<SurveyResponse>>
{
    /// <summary>The file's name.</summary>
    internal const string Name = "responses.csv";

    private static readonly string[] AllColumns = ["id", "organisation", "responded", "score", "comment"];
    private static readonly string[] RequiredColumns = ["organisation", "responded", "score"];
    private readonly NameBook _names;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal); // id -> first line, for the ids that may repeat
    private readonly HashSet<ulong>? _mayRepeat; // the hashes of the ids met more than once in the file; null: every id is kept

    /// <summary>Creates the format.</summary>
    /// <param name="zone">The zone of offset-less times, and of the instants written.</param>
    /// <param name="names">The run's names; null for a book of its own.</param>
    /// <param name="path">
    /// The file about to be read, for a pre-pass that finds the ids met more than once (<see cref="RepeatedIdHashes"/>),
    /// so that the duplicate-id check keeps a first line only for them; null (or a file that cannot be read twice, such
    /// as a pipe) keeps every id's first line.
    /// </param>
    internal ResponsesFormat(DateTimeZone zone, NameBook? names = null, string? path = null)
        : base(Name, AllColumns, RequiredColumns, new InstantReader(zone))
    {
        _names = names ?? new NameBook();
        _mayRepeat = path is null ? null : RepeatedIdHashes(path);
    }

    /// <summary>Gets how many ids the duplicate-id check holds with their first line.</summary>
    internal int KeptIds => _ids.Count;

    /// <summary>The pre-pass: the hashes of the ids that occur on more than one row of the file (<see cref="RepeatedValues.HashesMetTwice"/>).</summary>
    /// <returns>The hashes (<see cref="CallIdTable.Hash"/>), or null when the file cannot be read twice or opened.</returns>
    internal static HashSet<ulong>? RepeatedIdHashes(string path) => RepeatedValues.HashesMetTwice(path, Name, "id", RequiredColumns);

    /// <inheritdoc/>
    internal override Sourced<SurveyResponse>? Parse(RowParser row)
    {
        string organisation = _names.Organisation(row.Text("organisation"));
        Instant responded = row.Instant("responded");
        int score = row.Int("score", int.MinValue, int.MaxValue, "a whole number (scores are 0-10)");
        if (!row.Ok)
        {
            return null;
        }

        string? id = row.OptionalText("id");

        // An id the pre-pass met once cannot repeat: it is not kept (the check's memory is the ids that occur twice).
        bool check = id is not null && (_mayRepeat is null || _mayRepeat.Contains(CallIdTable.Hash(id)));
        if (check && _ids.TryGetValue(id!, out int firstLine))
        {
            row.Fail("id", string.Create(CultureInfo.InvariantCulture, $"The response id '{RowParser.Shorten(id!)}' is already used on line {firstLine}; a response is counted once."));
            return null;
        }

        if (check)
        {
            _ids.Add(id!, row.Row.Line);
        }

        return new Sourced<SurveyResponse>(new SurveyResponse(organisation, responded, score, row.FreeText("comment"), id), organisation, row.Row.File, row.Row.Line);
    }

    /// <inheritdoc/>
    internal override string?[] Write(Sourced<SurveyResponse> record) =>
        [record.Record.Id, record.Organisation, FormatText.Instant(record.Record.RespondedAt, Instants.Zone), FormatText.Number(record.Record.Score), record.Record.Comment];
}
