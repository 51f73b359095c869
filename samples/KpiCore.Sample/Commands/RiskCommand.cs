using System.CommandLine;
using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Risk;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Commands;

/// <summary><c>risk --register FILE [--scale 3|5]</c>: the register ordered by residual score, with RAG bands and the residual heat map.</summary>
internal static class RiskCommand
{
    private static readonly string[] Header = ["Id", "Residual", "Score", "RAG", "Inherent", "Owner", "Risk"];

    internal static Command Create(TextWriter output, TextWriter error) =>
        HostCommand.Create("risk", "Risk register: residual score = impact x likelihood, RAG band, ordered highest first, and the heat map.", error, options =>
    {
        Option<string?> register = options.WithFile(new("--register") { HelpName = "FILE", Description = "(required) risks.csv: id, description, cause, consequence, owner, inherent/residual impact and likelihood, mitigation, responsible_officer, review_date." });
        Option<int> scale = options.Own(new Option<int>("--scale") { Description = "Levels of impact and likelihood: 3 (as in the report; bands 1-2 green, 3-4 amber, 6-9 red) or 5.", DefaultValueFactory = _ => 3 });
        return run =>
        {
            int levels = run.Get(scale);
            if (levels is not (3 or 5))
            {
                error.WriteLine($"--scale: {levels} is not 3 or 5.");
                return CommandSupport.UsageError;
            }

            var problems = new List<InputProblem>();
            if (!CommandSupport.TryRead(run.File(register), "--register", problems, (p, f, pr) => (InputFiles.ReadRisks(p, f, NodaTime.DateTimeZone.Utc, pr, out var s, levels), s), error, out List<Sourced<RiskRecord>> rows, out InputFileSummary? summary))
            {
                return CommandSupport.UsageError;
            }

            // The reader checks every level against the chosen scale (and repeated ids), so every row read fits the register.
            RiskMatrix matrix = levels == 3 ? RiskMatrix.ThreeByThree : RiskMatrix.FiveByFive;
            RiskBands bands = levels == 3 ? RiskBands.ThreeByThree : FiveByFiveBands;
            List<RiskRecord> usable = [.. rows.Select(r => r.Record)];
            var riskRegister = new RiskRegister(usable, matrix, bands);
            var table = new List<string[]> { Header };
            foreach (RiskRegisterEntry entry in riskRegister.Entries)
            {
                RiskRecord risk = entry.Risk;
                table.Add(
                [
                    risk.Id,
                    risk.Residual is RiskRating r ? string.Create(CultureInfo.InvariantCulture, $"{r.Impact}x{r.Likelihood}") : "-",
                    entry.ResidualScore.ToString(null, CultureInfo.InvariantCulture),
                    Rag(entry.ResidualStatus),
                    risk.Inherent is RiskRating i ? string.Create(CultureInfo.InvariantCulture, $"{i.Impact}x{i.Likelihood}={entry.InherentScore}") : "-",
                    risk.Owner ?? "-",
                    risk.Description,
                ]);
            }

            CommandSupport.WriteTable(output, table, rightAlignFrom: 99);
            foreach (RiskRegisterEntry flagged in riskRegister.ResidualAboveInherent)
            {
                output.WriteLine($"Warning: {flagged.Risk.Id} has a residual score above its inherent score.");
            }

            output.WriteLine();
            output.WriteLine("Residual heat map (risks per cell; impact down, likelihood across):");
            RiskHeatMap map = riskRegister.HeatMap();
            var grid = new List<string[]>();
            grid.Add(["Impact \\ Likelihood", .. Enumerable.Range(1, levels).Select(l => l.ToString(CultureInfo.InvariantCulture))]);
            for (int impact = levels; impact >= 1; impact--)
            {
                int row = impact;
                grid.Add([row.ToString(CultureInfo.InvariantCulture), .. Enumerable.Range(1, levels).Select(l => map.Count(row, l).ToString(CultureInfo.InvariantCulture))]);
            }

            CommandSupport.WriteTable(output, grid, rightAlignFrom: 1);
            return CommandSupport.Finish(problems, [summary!], error);
        };
    });

    /// <summary>Bands for a 5x5 product matrix (scores 1-25): 1-4 green, 5-12 amber, 15-25 red.</summary>
    private static RiskBands FiveByFiveBands => new(
    [
        new RiskBand(1, 4, RagStatus.Green),
        new RiskBand(5, 12, RagStatus.Amber),
        new RiskBand(15, 25, RagStatus.Red),
    ]);

    private static string Rag(RagStatus status) => status switch
    {
        RagStatus.Green => "green",
        RagStatus.Amber => "amber",
        RagStatus.Red => "red",
        _ => "-",
    };
}
