using System.Globalization;
using KpiCore.Risk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>risks.csv: the risk register.</summary>
internal static partial class InputFiles
{
    /// <summary>Reads risks.csv; impact and likelihood levels are 1-5 (the host's risk command checks them against its scale).</summary>
    internal static List<Sourced<RiskRecord>> ReadRisks(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, int levels = 5)
    {
        var result = new List<Sourced<RiskRecord>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string scale = string.Create(CultureInfo.InvariantCulture, $"a level on the register's {levels}x{levels} scale, 1 to {levels}");
        summary = Read(path, file, RiskRequired, problems, row =>
        {
            var p = new RowParser(row, zone, problems);
            string id = p.Text("id");
            string description = p.Text("description");
            int? inherentImpact = p.OptionalInt("inherent_impact", 1, levels, scale);
            int? inherentLikelihood = p.OptionalInt("inherent_likelihood", 1, levels, scale);
            if ((inherentImpact is null) != (inherentLikelihood is null))
            {
                p.Fail(inherentImpact is null ? "inherent_impact" : "inherent_likelihood", "Give both inherent impact and likelihood, or neither.");
            }

            int residualImpact = p.Int("residual_impact", 1, levels, scale);
            int residualLikelihood = p.Int("residual_likelihood", 1, levels, scale);
            LocalDate? review = p.SecondaryDate("review_date");
            if (p.Ok && seen.TryGetValue(id, out int firstLine))
            {
                p.Fail("id", string.Create(CultureInfo.InvariantCulture, $"The risk id '{id}' is already used on line {firstLine}."));
            }

            if (!p.Ok)
            {
                return false;
            }

            seen.Add(id, row.Line);
            RiskRating? inherent = inherentImpact is int i && inherentLikelihood is int l ? new RiskRating(i, l) : null;
            string? mitigation = p.OptionalText("mitigation");
            var record = new RiskRecord(id, description, inherent, new RiskRating(residualImpact, residualLikelihood),
                cause: p.OptionalText("cause"), consequence: p.OptionalText("consequence"), owner: p.OptionalText("owner"),
                mitigationActions: mitigation is null ? null : [mitigation], responsibleOfficer: p.OptionalText("responsible_officer"), reviewDate: review);
            result.Add(new Sourced<RiskRecord>(record, string.Empty, file, row.Line));
            return true;
        });
        return result;
    }
}
