using System.Globalization;
using KpiCore.Risk;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// The risk register's columns as every renderer shows them, written once: the report's columns (risk and cause,
/// impact, owner, residual impact, likelihood, score, mitigation actions, responsible officer) plus the inherent score,
/// the RAG band and the movement since the previous register.
/// </summary>
internal static class RiskColumns
{
    /// <summary>The column headings, in display order.</summary>
    internal static readonly string[] Headings =
    [
        "Id", "Risk and cause", "Impact (consequences)", "Risk owner", "Inherent score", "Residual impact",
        "Likelihood (next 12 months)", "Risk score", "RAG", "Movement", "Mitigation actions", "Responsible officer",
    ];

    /// <summary>The index of the residual "Risk score" column (coloured by RAG in the HTML).</summary>
    internal const int ScoreColumn = 7;

    /// <summary>One risk's cells, in <see cref="Headings"/> order; an absent value is empty.</summary>
    internal static string[] Cells(RiskRegisterEntry entry, PackDocument document)
    {
        RiskRecord risk = entry.Risk;
        return
        [
            risk.Id,
            risk.Cause is null ? risk.Description : risk.Description + " (cause: " + risk.Cause + ")",
            risk.Consequence ?? string.Empty,
            risk.Owner ?? string.Empty,
            entry.InherentScore is RiskScore inherent ? Score(inherent) : string.Empty,
            risk.Residual is RiskRating r ? r.Impact.ToString(CultureInfo.InvariantCulture) : string.Empty,
            risk.Residual is RiskRating l ? l.Likelihood.ToString(CultureInfo.InvariantCulture) : string.Empty,
            Score(entry.ResidualScore),
            CellFormat.RagWord(entry.ResidualStatus),
            Movement(document.MovementOf(risk.Id), document.RiskMovements is not null),
            string.Join(" ", risk.MitigationActions),
            risk.ResponsibleOfficer ?? string.Empty,
        ];
    }

    /// <summary>The index of the "Movement" column.</summary>
    internal const int MovementColumn = 9;

    /// <summary>The risks of the previous register that are no longer in the current one: the id and "closed (was 6)" in the movement column, the rest empty.</summary>
    internal static IEnumerable<string[]> Closed(PackDocument document) =>
        (document.RiskMovements ?? []).Where(m => m.Kind == RiskMovementKind.Closed).Select(m =>
        {
            string[] cells = [.. Enumerable.Repeat(string.Empty, Headings.Length)];
            cells[0] = m.RiskId;
            cells[MovementColumn] = "closed (was " + (m.PreviousScore is RiskScore s ? Score(s) : "-") + ")";
            return cells;
        });

    /// <summary>A movement: "up from 3", "down from 6", "unchanged", "new"; "not compared" without a previous register.</summary>
    internal static string Movement(RiskMovement? movement, bool hasPrevious) => movement?.Kind switch
    {
        RiskMovementKind.Up => "up from " + Score(movement.PreviousScore!.Value),
        RiskMovementKind.Down => "down from " + Score(movement.PreviousScore!.Value),
        RiskMovementKind.Unchanged => "unchanged",
        RiskMovementKind.New => "new",
        _ => hasPrevious ? "new" : "not compared",
    };

    private static string Score(RiskScore score) => score.ToString(null, CultureInfo.InvariantCulture);
}
