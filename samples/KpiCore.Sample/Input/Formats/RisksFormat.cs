using System.Globalization;
using KpiCore.Risk;
using NodaTime;

namespace KpiCore.Sample.Input.Formats;

/// <summary>
/// risks.csv: the risk register; impact and likelihood levels are checked against the register's scale. The previous
/// register (risks-previous.csv) has the same format; the pack compares residual scores with it by risk id.
/// </summary>
internal sealed class RisksFormat : RecordFormat<Sourced<RiskRecord>>
{
    /// <summary>The file's name.</summary>
    internal const string Name = "risks.csv";

    /// <summary>The name of the previous register's file, in the same format: the pack shows each risk's movement since it.</summary>
    internal const string PreviousName = "risks-previous.csv";

    private static readonly string[] AllColumns = ["id", "description", "cause", "consequence", "owner", "inherent_impact", "inherent_likelihood", "residual_impact", "residual_likelihood", "mitigation", "responsible_officer", "review_date"];
    private static readonly string[] RequiredColumns = ["id", "description", "residual_impact", "residual_likelihood"];
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly int _levels;
    private readonly string _scale;

    /// <summary>Creates the format.</summary>
    /// <param name="zone">The zone of offset-less times.</param>
    /// <param name="levels">The levels of the register's scales (3 or 5): a level outside 1 to this is rejected.</param>
    /// <param name="fileName">The file's name: <see cref="Name"/>, or <see cref="PreviousName"/> for the previous register.</param>
    internal RisksFormat(DateTimeZone zone, int levels = 5, string fileName = Name)
        : base(fileName, AllColumns, RequiredColumns, new InstantReader(zone))
    {
        _levels = levels;
        _scale = string.Create(CultureInfo.InvariantCulture, $"a level on the register's {levels}x{levels} scale, 1 to {levels}");
    }

    /// <inheritdoc/>
    internal override Sourced<RiskRecord>? Parse(RowParser row)
    {
        string id = row.Text("id");
        string description = row.Text("description");
        int? inherentImpact = row.OptionalInt("inherent_impact", 1, _levels, _scale);
        int? inherentLikelihood = row.OptionalInt("inherent_likelihood", 1, _levels, _scale);
        if ((inherentImpact is null) != (inherentLikelihood is null))
        {
            row.Fail(inherentImpact is null ? "inherent_impact" : "inherent_likelihood", "Give both inherent impact and likelihood, or neither.");
        }

        int residualImpact = row.Int("residual_impact", 1, _levels, _scale);
        int residualLikelihood = row.Int("residual_likelihood", 1, _levels, _scale);
        LocalDate? review = row.SecondaryDate("review_date");
        if (row.Ok && _seen.TryGetValue(id, out int firstLine))
        {
            row.Fail("id", string.Create(CultureInfo.InvariantCulture, $"The risk id '{id}' is already used on line {firstLine}."));
        }

        if (!row.Ok)
        {
            return null;
        }

        _seen.Add(id, row.Row.Line);
        RiskRating? inherent = inherentImpact is int i && inherentLikelihood is int l ? new RiskRating(i, l) : null;
        string? mitigation = row.OptionalText("mitigation");
        var record = new RiskRecord(id, description, inherent, new RiskRating(residualImpact, residualLikelihood),
            cause: row.OptionalText("cause"), consequence: row.OptionalText("consequence"), owner: row.OptionalText("owner"),
            mitigationActions: mitigation is null ? null : [mitigation], responsibleOfficer: row.OptionalText("responsible_officer"), reviewDate: review);
        return new Sourced<RiskRecord>(record, string.Empty, row.Row.File, row.Row.Line);
    }

    /// <inheritdoc/>
    /// <remarks>The file has one mitigation column: several actions are written joined by "; ".</remarks>
    internal override string?[] Write(Sourced<RiskRecord> record)
    {
        RiskRecord risk = record.Record;
        return
        [
            risk.Id, risk.Description, risk.Cause, risk.Consequence, risk.Owner,
            risk.Inherent is RiskRating i ? FormatText.Number(i.Impact) : null, risk.Inherent is RiskRating j ? FormatText.Number(j.Likelihood) : null,
            risk.Residual is RiskRating r ? FormatText.Number(r.Impact) : null, risk.Residual is RiskRating s ? FormatText.Number(s.Likelihood) : null,
            risk.MitigationActions.Count == 0 ? null : string.Join("; ", risk.MitigationActions), risk.ResponsibleOfficer,
            risk.ReviewDate is LocalDate review ? FormatText.Date(review) : null,
        ];
    }
}
