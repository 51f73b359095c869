using KpiCore.Kpis;
using KpiCore.Planning;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Commands;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Rendering;
using NodaTime;
using Spectre.Console;

namespace KpiCore.Sample.Tests.Rendering;

/// <summary>
/// Issue #13: the seed report's business plan and its risk register in full in all four outputs, satisfaction and
/// process success from surveys.csv with their intervals, and objectives.csv's bad rows rejected and counted.
/// </summary>
public sealed class BusinessPlanAndRisksRenderingTests
{
    private static readonly Lazy<PackDocument> Default = new(() =>
    {
        string directory = PackCommand.DefaultDataDirectory() ?? throw new InvalidOperationException("samples/data not found");
        DataSet data = DataSet.Load(directory, DateTimeZoneProviders.Tzdb["Europe/London"]);
        return PackDocumentLoader.Build(data, null, null) ?? throw new InvalidOperationException("no pack");
    });

    // Seed text (../shared/seed): a milestone, a current-status paragraph, a success criterion, and a risk's mitigation.
    private static readonly string[] SeedText =
    [
        "PSN Remediation complete by June 2017.",
        "Completed the majority of PSN remediation work, currently upgrading the last few remaining Windows 2003 servers.",
        "Improved integration with partner organisations to enable multi-agency working.",
        "Leadership. Staff development and sharing of skills.",
    ];

    private static string Terminal(PackDocument document)
    {
        using var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        TerminalRenderer.Render(document, console);
        return writer.ToString();
    }

    private static string[] AllOutputs(PackDocument document) =>
    [
        HtmlRenderer.Render(document),
        CsvRenderer.RenderBusinessPlan(document) + CsvRenderer.RenderRisks(document),
        MarkdownRenderer.Render(document),
        Terminal(document),
    ];

    [Fact]
    public void DefaultPack_ShowsTheSeedBusinessPlanAndRisks_InEveryOutput()
    {
        PackDocument document = Default.Value;
        Assert.Equal("Business Plan 2017/18", document.BusinessPlanTitle);
        Assert.Equal(10, document.BusinessPlan.Count);
        string[] outputs = AllOutputs(document);
        for (int i = 0; i < outputs.Length; i++)
        {
            foreach (string text in SeedText)
            {
                Assert.True(outputs[i].Contains(text, StringComparison.Ordinal), $"output {i} lacks '{text}'");
            }

            Assert.Contains("Business Plan 2017/18", outputs[i], StringComparison.OrdinalIgnoreCase); // the terminal heads sections in capitals
        }
    }

    [Fact]
    public void DefaultPack_BusinessPlanRag_AsWorkedByHand()
    {
        // As of 30 September 2017, default rule (late > 30 days red; late within 30 or due within 30 days amber):
        // BP1: "... complete by end of September 17" due 30 Sep, not done: due on the day, amber.
        // BP2: nothing due before 1 Nov (32 days on): green. BP4: no dated or done milestone: not assessed.
        // BP6: HA due 31 May, 122 days late: red. BP9: novation due 31 May not done: red. BP10: due 30 April: red.
        Dictionary<string, RagStatus> rag = Default.Value.BusinessPlan.ToDictionary(e => e.Objective.Id, e => e.Status);
        Assert.Equal(RagStatus.Amber, rag["BP1"]);
        Assert.Equal(RagStatus.Green, rag["BP2"]);
        Assert.Equal(RagStatus.Green, rag["BP3"]);
        Assert.Equal(RagStatus.NotAssessed, rag["BP4"]);
        Assert.Equal(RagStatus.NotAssessed, rag["BP5"]);
        Assert.Equal(RagStatus.Red, rag["BP6"]);
        Assert.Equal(RagStatus.NotAssessed, rag["BP7"]);
        Assert.Equal(RagStatus.NotAssessed, rag["BP8"]);
        Assert.Equal(RagStatus.Red, rag["BP9"]);
        Assert.Equal(RagStatus.Red, rag["BP10"]);
        string csv = CsvRenderer.RenderBusinessPlan(Default.Value);
        Assert.Contains("'HA Implementation complete by May 2017.' was due 2017-05-31 and is 122 days late (tolerance 30 days); 0 of 3 milestones done.", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Risks_EveryColumn_InCsvMarkdownTerminalAndHtml()
    {
        PackDocument document = Default.Value;
        foreach (string output in AllOutputs(document))
        {
            foreach (string heading in RiskColumns.Headings)
            {
                Assert.Contains(heading, output, StringComparison.Ordinal);
            }

            Assert.Contains("Catastrophic loss of Data Centre", output, StringComparison.Ordinal);
            Assert.Contains("Loss of access to IT services for staff and residents", output, StringComparison.Ordinal);
            Assert.Contains("not compared", output, StringComparison.Ordinal); // no previous register in the default data
        }

        // R1 residual 3 x 2 = 6, red on the 3x3 bands; CSV columns in Headings order.
        string r1 = CsvRenderer.RenderRisks(document).Split("\r\n")[1];
        Assert.StartsWith("R1,Catastrophic loss of Data Centre,Loss of access to IT services for staff and residents,Head of Infrastructure & Service Delivery,,3,2,6,red,not compared,", r1, StringComparison.Ordinal);
    }

    [Fact]
    public void Risks_MovementAgainstThePreviousRegister_AndInherentScore()
    {
        // Previous: R1 at 1x1 = 1, R2 at 3x3 = 9, R9 at 2x3 = 6. Current: R1 at 3x2 = 6 (up from 1), R2 at 3x1 = 3 (down from 9), R3 new, R9 closed.
        var previous = new RiskRegister(
            [new RiskRecord("R1", "a", residual: new RiskRating(1, 1)), new RiskRecord("R2", "b", residual: new RiskRating(3, 3)), new RiskRecord("R9", "z", residual: new RiskRating(2, 3))],
            RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        var current = new RiskRegister(
            [
                new RiskRecord("R1", "Data centre", new RiskRating(3, 3), new RiskRating(3, 2), cause: "single site", consequence: "No IT", owner: "Head of Infrastructure", mitigationActions: ["Second site"], responsibleOfficer: "Officer A"),
                new RiskRecord("R2", "Staff", residual: new RiskRating(3, 1)),
                new RiskRecord("R3", "Security", residual: new RiskRating(1, 1)),
            ],
            RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        PackDocument basis = SampleDocuments.Hostile();
        var document = new PackDocument("Test pack", basis.Packs, null, current, [], null, null, current.MovementSince(previous));
        foreach (string output in AllOutputs(document))
        {
            Assert.Contains("up from 1", output, StringComparison.Ordinal);
            Assert.Contains("down from 9", output, StringComparison.Ordinal);
            Assert.Contains("new", output, StringComparison.Ordinal);
            Assert.Contains("closed (was 6)", output, StringComparison.Ordinal);
            Assert.Contains("Data centre (cause: single site)", output, StringComparison.Ordinal);
        }

        // Inherent 3 x 3 = 9 beside the residual 6.
        Assert.StartsWith("R1,Data centre (cause: single site),No IT,Head of Infrastructure,9,3,2,6,red,up from 1,Second site,Officer A", CsvRenderer.RenderRisks(document).Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Surveys_MeansAndIntervals_InEveryOutput_AndNaWithoutAnswers()
    {
        using var folder = new TempFolder();
        folder.Write("responses.csv", "organisation,responded,score\nBrent,2017-04-10T10:00:00+01:00,9\nBrent,2017-05-10T10:00:00+01:00,9\n");
        // Brent April satisfaction 5, 6, 7: mean 6, SD 1, t(0.975, 2) 4.302653 x 1/sqrt 3 = 2.484138: 3.515862 to 8.48 clipped to 7.
        // Process success 8 and 9 in May: mean 8.5, SD 0.7071, t(0.975, 1) 12.7062 x 0.5 = 6.3531: 2.1469 to 9 (clipped).
        folder.Write("surveys.csv", "id,organisation,month,kpi,score\nS1,Brent,2017-04,satisfaction,5\nS2,Brent,2017-04,satisfaction,6\nS3,Brent,2017-04,satisfaction,7\n" +
            "S4,brent,2017-05,process-success,8\nS5,Brent,2017-05,process-success,9\nS6,Brent,2017-05,satisfaction,8\nS1,Brent,2017-05,satisfaction,1\nS8,Nowhere,2017-05,satisfaction,3\n");
        DataSet data = DataSet.Load(folder.Path, DateTimeZoneProviders.Tzdb["Europe/London"]);
        PackDocument document = PackDocumentLoader.Build(data, [new YearMonth(2017, 4), new YearMonth(2017, 5)], null)!;
        PerformancePack brent = document.Packs[0];
        KpiRow satisfaction = brent.FindRowByKey(PackRowKeys.UserSatisfaction)!;
        KpiRow process = brent.FindRowByKey(PackRowKeys.ProcessSuccessIndex)!;
        Assert.Equal(6.0, satisfaction.Values[0].Value, 12);
        Assert.Equal(KpiValue.NotApplicable, satisfaction.Values[1]); // 8 is off the 1-7 scale (rejected), S1 repeats an id: no answer left
        Assert.Equal(KpiValue.NotApplicable, process.Values[0]);
        Assert.Equal(8.5, process.Values[1].Value, 12);
        Assert.Equal("3.52 to 7 (95%, n=3)", CellFormat.Interval(satisfaction, 0));
        Assert.Equal("2.15 to 9 (95%, n=2)", CellFormat.Interval(process, 1));
        Assert.Contains(data.Problems, p => p.ToString().StartsWith("surveys.csv:7: score: ", StringComparison.Ordinal));
        Assert.Contains(data.Problems, p => p.ToString().StartsWith("surveys.csv:8: id: The answer id 'S1' is already used on line 2", StringComparison.Ordinal));
        Assert.Contains(data.Problems, p => p.ToString().StartsWith("surveys.csv:9: organisation: The organisation 'Nowhere' has no pack", StringComparison.Ordinal));
        foreach (string output in new[] { HtmlRenderer.Render(document), MarkdownRenderer.Render(document), Terminal(document) })
        {
            Assert.Contains("3.52 to 7 (95%, n=3)", output, StringComparison.Ordinal);
            Assert.Contains("2.15 to 9 (95%, n=2)", output, StringComparison.Ordinal);
        }

        string csvRow = CsvRenderer.Render(document).Split("\r\n").Single(l => l.StartsWith("Brent,Other KPIs,User Satisfaction Survey (out of 7),6,2017-04,", StringComparison.Ordinal));
        Assert.True(csvRow.EndsWith(",7,0.95,3", StringComparison.Ordinal), csvRow);
        Assert.Equal(6 - 2.484138, double.Parse(csvRow.Split(',')[^4], System.Globalization.CultureInfo.InvariantCulture), 5);
    }

    [Fact]
    public void ObjectivesCsv_BadRows_RejectedWithClearMessages_AndCounted()
    {
        using var folder = new TempFolder();
        folder.Write("responses.csv", "organisation,responded,score\nBrent,2017-09-10T10:00:00+01:00,9\n");
        folder.Write("objectives.csv",
            "objective_id,objective,status,rag,milestone,due,done\n" +
            "BP1,Infrastructure,On track,,HA by May,2017-05,\n" +            // 2: good (due 31 May)
            "BP1,,,,PSN by June,2017-06-31,\n" +                             // 3: bad date
            "BP1,Infrastructure improvements,,,Network,2017-09-30,\n" +      // 4: inconsistent repeat of the objective
            "BP2,,,,Orphan milestone,,\n" +                                  // 5: first row of BP2 without an objective
            ",Nothing,,,,,\n" +                                              // 6: no objective id
            "BP1,,,purple,x,,\n" +                                           // 7: bad RAG
            "BP1,,,,Done one,2017-04-30,yes\n");                             // 8: good
        var (code, _, stderr) = HostRunner.Run("pack", "--data", folder.Path, "--out", Path.Combine(folder.Path, "out"), "--no-terminal");
        Assert.Equal(1, code);
        Assert.Contains("objectives.csv:3: due: '2017-06-31' is not a date in the form yyyy-MM-dd, or a month yyyy-MM (its last day)", stderr, StringComparison.Ordinal);
        Assert.Contains("objectives.csv:4: objective: Objective 'BP1' has a different title here ('Infrastructure improvements') than on its first row (position 0: 'Infrastructure'); repeat it exactly or leave it blank.", stderr, StringComparison.Ordinal);
        Assert.Contains("objectives.csv:5: objective: The first row of objective 'BP2' must give the objective's title.", stderr, StringComparison.Ordinal);
        Assert.Contains("objectives.csv:6: objective_id: A value is required.", stderr, StringComparison.Ordinal);
        Assert.Contains("objectives.csv:7: rag: 'purple' is not one of red, amber, green.", stderr, StringComparison.Ordinal);
        Assert.Contains("objectives.csv: 7 records: 2 counted, 5 rejected", stderr, StringComparison.Ordinal);
        string plan = File.ReadAllText(Path.Combine(folder.Path, "out", CsvRenderer.BusinessPlanFile));
        // BP1 alone: HA due 31 May not done, 122 days late on 30 September: red; "Done one" done.
        Assert.Contains("HA by May [due 2017-05-31]\nDone one [due 2017-04-30, done]", plan, StringComparison.Ordinal);
        Assert.Contains(",red,", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Orphan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectivesFormat_WriteThenRead_GivesTheSameRows()
    {
        var format = new KpiCore.Sample.Input.Formats.ObjectivesFormat(DateTimeZone.Utc);
        var row = new BusinessPlanRow("BP1", "Title, with comma", ["a", "b"], ["c"], ["d"], RagStatus.Amber, new Milestone("m", new LocalDate(2017, 5, 31), new LocalDate(2017, 6, 2)));
        string?[] fields = format.Write(new Sourced<BusinessPlanRow>(row, string.Empty, "objectives.csv", 0));
        Assert.Equal("BP1|Title, with comma|a\nb|c|d|amber|m|2017-05-31|2017-06-02", string.Join("|", fields));
    }
}
