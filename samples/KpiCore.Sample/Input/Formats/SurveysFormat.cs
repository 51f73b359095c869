using System.Globalization;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Sample.Input.Formats;

/// <summary>
/// surveys.csv: answers to the "Other KPIs" surveys, one row per answer: the user satisfaction survey (out of 7, a 1-7
/// scale) and the process success survey (out of 9, a 1-9 scale). The pack shows each organisation's monthly mean with
/// its 95% interval; the combined pack pools the answers.
/// </summary>
/// <remarks>
/// Columns (required in bold): id (unique answer reference, a repeat is rejected), <b>organisation</b>, <b>month</b>
/// (<c>yyyy-MM</c>, the month the answer is reported in), <b>kpi</b> (<c>satisfaction</c> or <c>process-success</c>),
/// <b>score</b> (a whole number; one off its KPI's scale is rejected by the library's <see cref="ScaleMean"/>, never
/// clamped). Ready monthly means are not read: an interval, and pooling across councils, need the answers.
/// </remarks>
internal sealed class SurveysFormat : RecordFormat<Sourced<SurveysFormat.Answer>>
{
    /// <summary>The file's name.</summary>
    internal const string Name = "surveys.csv";

    /// <summary>The kpi code of the user satisfaction survey.</summary>
    internal const string Satisfaction = "satisfaction";

    /// <summary>The kpi code of the process success survey.</summary>
    internal const string ProcessSuccess = "process-success";

    private static readonly string[] AllColumns = ["id", "organisation", "month", "kpi", "score"];
    private static readonly string[] RequiredColumns = ["organisation", "month", "kpi", "score"];
    private static readonly Dictionary<string, string> Kpis = new(StringComparer.OrdinalIgnoreCase) { [Satisfaction] = Satisfaction, [ProcessSuccess] = ProcessSuccess };
    private readonly NameBook _names;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Creates the format.</summary>
    /// <param name="zone">The zone of offset-less times (the file has none; kept for the format's shape).</param>
    /// <param name="names">The run's names; null for a book of its own.</param>
    internal SurveysFormat(DateTimeZone zone, NameBook? names = null)
        : base(Name, AllColumns, RequiredColumns, new InstantReader(zone))
    {
        _names = names ?? new NameBook();
    }

    /// <summary>Gives the scale of a KPI's answers: 1-7 for satisfaction, 1-9 for process success.</summary>
    internal static SatisfactionScale ScaleOf(string kpi) => kpi == Satisfaction ? SatisfactionScale.OneToSeven : SatisfactionScale.OneToNine;

    /// <inheritdoc/>
    internal override Sourced<Answer>? Parse(RowParser row)
    {
        string organisation = _names.Organisation(row.Text("organisation"));
        YearMonth? month = row.Row["month"].Length == 0 ? null : row.OptionalMonth("month");
        if (row.Row["month"].Length == 0)
        {
            row.Fail("month", "A value is required: a month in the form yyyy-MM.");
        }

        string kpi = row.Choice("kpi", Kpis, Satisfaction);
        int score = row.Int("score", int.MinValue, int.MaxValue, "a whole number (satisfaction 1-7, process success 1-9)");
        string? id = row.OptionalText("id");
        if (row.Ok && id is not null && _ids.TryGetValue(id, out int firstLine))
        {
            row.Fail("id", string.Create(CultureInfo.InvariantCulture, $"The answer id '{RowParser.Shorten(id)}' is already used on line {firstLine}; an answer is counted once."));
        }

        if (!row.Ok)
        {
            return null;
        }

        if (id is not null)
        {
            _ids.Add(id, row.Row.Line);
        }

        return new Sourced<Answer>(new Answer(id, kpi, month!.Value, score), organisation, row.Row.File, row.Row.Line);
    }

    /// <inheritdoc/>
    internal override string?[] Write(Sourced<Answer> record) =>
        [record.Record.Id, record.Organisation, FormatText.Month(record.Record.Month), record.Record.Kpi, FormatText.Number(record.Record.Score)];

    /// <summary>One survey answer.</summary>
    /// <param name="Id">The answer's reference, or null.</param>
    /// <param name="Kpi">The KPI: <see cref="Satisfaction"/> or <see cref="ProcessSuccess"/>.</param>
    /// <param name="Month">The month it is reported in.</param>
    /// <param name="Score">The score, not yet checked against the KPI's scale.</param>
    internal sealed record Answer(string? Id, string Kpi, YearMonth Month, int Score);
}
