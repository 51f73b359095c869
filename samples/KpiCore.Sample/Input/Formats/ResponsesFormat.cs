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
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Creates the format.</summary>
    /// <param name="zone">The zone of offset-less times, and of the instants written.</param>
    /// <param name="names">The run's names; null for a book of its own.</param>
    internal ResponsesFormat(DateTimeZone zone, NameBook? names = null)
        : base(Name, AllColumns, RequiredColumns, new InstantReader(zone))
    {
        _names = names ?? new NameBook();
    }

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
        if (id is not null && _ids.TryGetValue(id, out int firstLine))
        {
            row.Fail("id", string.Create(CultureInfo.InvariantCulture, $"The response id '{RowParser.Shorten(id)}' is already used on line {firstLine}; a response is counted once."));
            return null;
        }

        if (id is not null)
        {
            _ids.Add(id, row.Row.Line);
        }

        return new Sourced<SurveyResponse>(new SurveyResponse(organisation, responded, score, row.FreeText("comment"), id), organisation, row.Row.File, row.Row.Line);
    }

    /// <inheritdoc/>
    internal override string?[] Write(Sourced<SurveyResponse> record) =>
        [record.Record.Id, record.Organisation, FormatText.Instant(record.Record.RespondedAt, Instants.Zone), FormatText.Number(record.Record.Score), record.Record.Comment];
}
