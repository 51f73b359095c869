using KpiCore.Kpis;
using KpiCore.Risk;

namespace KpiCore.Reporting;

/// <summary>
/// Risks: the shared service's risk register, held for every pack (<see cref="PerformancePack.Risks"/>) and, when the
/// layout has a <see cref="PackSectionKind.Risk"/> section, rows counting its entries by residual RAG status. A register
/// is a snapshot as at the end of the pack's last month, so only that month has a count; earlier months, and every month
/// when no register was added, are "UNVL" (no snapshot), never 0.
/// </summary>
internal sealed class RiskSection(PackContext context) : IPackSection
{
    internal RiskRegister? Register { get; private set; }

    internal void Add(RiskRegister register)
    {
        if (Register is not null)
        {
            throw new InvalidOperationException("A risk register was already added; a pack reports one register.");
        }

        Register = register;
    }

    public IEnumerable<KpiRow> Rows(PackSectionLayout layout, string organisation) => CombinedRows(layout);

    public IEnumerable<KpiRow> CombinedRows(PackSectionLayout layout) =>
        layout.Rows.Select(row => row.ToRow(Enumerable.Range(0, context.MonthCount).Select(i => Count(row.Key, i))));

    private KpiValue Count(string key, int month)
    {
        RagStatus? status = key switch
        {
            PackRowKeys.RedRisks => RagStatus.Red,
            PackRowKeys.AmberRisks => RagStatus.Amber,
            PackRowKeys.GreenRisks => RagStatus.Green,
            _ => null,
        };
        return Register is null || status is null || month != context.MonthCount - 1
            ? KpiValue.Unavailable
            : KpiValue.FromCount(Register.Entries.Count(e => e.ResidualStatus == status));
    }
}
