using System.Globalization;
using System.Text;
using KpiCore.Sample.Audit;

namespace KpiCore.Sample.Tests.Audit;

/// <summary>Reads pack.csv text and audits it in-process, for the rule tests.</summary>
internal static class AuditFixture
{
    internal const string Header = "Organisation,Section,KPI,Target,Month,Figure,RAG\n";

    /// <summary>Reads the text (which must need no rejections) and runs every rule.</summary>
    internal static IReadOnlyList<Finding> Run(string csv, SlaBasis basis = SlaBasis.Resolved)
    {
        PublishedPackReader.Result read = Read(csv);
        Assert.True(read.Rejected == 0, string.Join("\n", read.Problems));
        return PackAudit.Run(read.Pack!, new AuditSettings(basis));
    }

    internal static PublishedPackReader.Result Read(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return PublishedPackReader.Read(stream, "pack.csv");
    }

    /// <summary>The findings of one rule, as "organisation|kpi|month" keys.</summary>
    internal static string[] Keys(IEnumerable<Finding> findings, string rule) =>
        [.. findings.Where(f => f.Rule == rule).Select(f => $"{f.Organisation}|{f.Kpi}|{(f.Month is { } m ? PublishedPackReader.FormatMonth(m) : string.Empty)}")];

    /// <summary>
    /// One organisation's service-desk rows for one month: per priority a "% within SLA" and a volume, then the overall
    /// figure and the total volume (section "Service desk KPIs").
    /// </summary>
    internal static string DeskRows(string organisation, string month, (string Share, string Volume)[] priorities, string overall, string total)
    {
        var text = new StringBuilder();
        for (int i = 0; i < priorities.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{organisation},Service desk KPIs,P{i + 1} Calls Resolved within SLA,90%,{month},{priorities[i].Share},\n");
            text.Append(CultureInfo.InvariantCulture, $"{organisation},Service desk KPIs,Volume of P{i + 1} Calls,,{month},{priorities[i].Volume},\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{organisation},Service desk KPIs,Overall SLA Performance,,{month},{overall},\n");
        text.Append(CultureInfo.InvariantCulture, $"{organisation},Service desk KPIs,Total Volume of Calls,,{month},{total},\n");
        return text.ToString();
    }
}
