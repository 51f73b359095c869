using System.Text.Json;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.Serialization;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests;

/// <summary>The README's quick start, compiled and checked: if this test changes, copy it into README.md.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void QuickStart_ProducesTheFiguresTheReadmeShows()
    {
        // README quick start (begin)
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var september = ReportingPeriod.Month(new YearMonth(2017, 9), london);            // 720 hours
        Instant At(int d, int h, int m = 0) => new LocalDateTime(2017, 9, d, h, m).InZoneStrictly(london).ToInstant();

        // Availability: 24x7, planned maintenance counted, target 99.9%.
        var catalogue = ServiceCatalogue.Empty.With("Website", AvailabilityPolicy.AtLeast(99.9));
        var outages = new[] { new Outage("Website", At(12, 9), At(13, 4, 39) + Duration.FromSeconds(22)) };
        ServiceAvailability website = AvailabilityCalculator
            .Calculate(outages, catalogue, september, asOf: september.End).Get("Website", september);
        Console.WriteLine($"{website.Availability} {website.Outcome}");                  // 97.27% Missed

        // Service desk: a P2 call on the default UK council policy (8 working hours, Mon-Fri 08:00-18:00).
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        var call = new Call("INC1", "Brent", Priority.P2, CallType.Incident, logged: At(8, 16), resolved: At(11, 13));
        CallSlaResult result = policy.Evaluate(call, asOf: september.End);
        Console.WriteLine($"{result.Status} after {result.SlaTimeUsed.TotalHours} working hours"); // Met after 7 working hours
        // README quick start (end)

        Assert.Equal("97.27%", website.Availability.ToString());
        Assert.Equal(TargetOutcome.Missed, website.Outcome);
        // Fri 8 Sep 16:00-18:00 = 2 h, Mon 11 Sep 08:00-13:00 = 5 h: 7 working hours of 8.
        Assert.Equal(Duration.FromHours(7), result.SlaTimeUsed);
        Assert.Equal(CallSlaStatus.Met, result.Status);
    }

    [Fact]
    public void StreamingAvailability_OverlapCountedOnceAndBadRecordRejected()
    {
        // README streaming availability (begin)
        var september = ReportingPeriod.Month(new YearMonth(2017, 9), DateTimeZoneProviders.Tzdb["Europe/London"]);
        var accumulator = new AvailabilityAccumulator(ServiceCatalogue.Empty.With("Website", AvailabilityPolicy.AtLeast(99.9)));
        Outage[] log =                                                      // as a reader hands them over, one at a time
        [
            new("Website", Instant.FromUtc(2017, 9, 12, 8, 0), Instant.FromUtc(2017, 9, 12, 9, 0)),
            new("Website", Instant.FromUtc(2017, 9, 12, 8, 30), Instant.FromUtc(2017, 9, 12, 9, 12)), // overlaps: counted once
            new("Website", Instant.FromUtc(2017, 9, 14, 8, 0), Instant.FromUtc(2017, 9, 14, 7, 0)),   // ends before it starts
        ];
        foreach (Outage outage in log)
        {
            if (accumulator.Add(outage) is RejectedRecord rejected)
            {
                Console.WriteLine($"#{rejected.Index} {rejected.Field}"); // #2 End
            }
        }

        AvailabilityReport report = accumulator.Report([september], asOf: september.End); // = AvailabilityCalculator.Calculate
        ServiceAvailability website = report.Get("Website", september);
        Console.WriteLine($"{website.Availability} {website.Outcome}, {website.OutageCount} outage"); // 99.83% Missed, 1 outage
        // README streaming availability (end)

        // 08:00-09:00 and 08:30-09:12 overlap: one outage of 72 minutes in 720 hours, 1 - 72 / 43,200 = 99.833%.
        Assert.Equal((2, "End"), (report.Rejected.Single().Index, report.Rejected.Single().Field));
        Assert.Equal(Duration.FromMinutes(72), website.Downtime);
        Assert.Equal(("99.83%", TargetOutcome.Missed, 1), (website.Availability.ToString(), website.Outcome, website.OutageCount));
    }

    [Fact]
    public void CouncilCalendar_ChristmasWeek_DueAfterHolidaysAndClosureDay()
    {
        // README council calendar (begin)
        var holidays = UkBankHolidays.Official(UkDivision.EnglandAndWales);               // GOV.UK data 2012-2028, rules 1970-2100
        WorkingCalendar officeHours = WorkingCalendar.Create(DateTimeZoneProviders.Tzdb["Europe/London"])
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0))
            .WithClosedDates(holidays.DatesBetween(new LocalDate(2017, 1, 1), new LocalDate(2027, 12, 31)))
            .WithClosedDates([new LocalDate(2017, 12, 27)])                                  // a council closure day
            .WithSpecialHours(new LocalDate(2017, 12, 22), new LocalTimeRange(new LocalTime(8, 0), new LocalTime(13, 0)));
        Instant logged = Instant.FromUtc(2017, 12, 21, 17, 30);                            // Thursday 17:30 GMT
        Instant due = officeHours.AddWorkingTime(logged, Duration.FromHours(8));            // Thursday 28 December 10:30
        // README council calendar (end)

        // Thu 21 17:30-18:00 = 0.5 h; Fri 22 08:00-13:00 = 5 h; Mon 25 and Tue 26 bank holidays; Wed 27 closed;
        // Thu 28 from 08:00 the remaining 2.5 h: 10:30 GMT.
        Assert.Equal(Instant.FromUtc(2017, 12, 28, 10, 30), due);
    }

    [Fact]
    public void NpsQuickStart_TwentyWithItsInterval()
    {
        // README NPS (begin)
        int[] answers = [10, 9, 9, 8, 7, 6, 3, 10, 9, 5];                                  // "how likely are you to recommend us", 0-10
        NpsSummary nps = NetPromoterScore.Calculate(answers.Select(a => new NpsRating(a)));
        NpsConfidenceInterval interval = nps.ConfidenceInterval(0.95);                    // adjusted Wald by default
        Console.WriteLine($"NPS {nps.Score} from {nps.Total}: {nps.Promoters} promoters, {nps.Detractors} detractors"); // NPS 20 from 10: 5 promoters, 3 detractors
        Console.WriteLine($"95% interval {interval.Lower:0.##} to {interval.Upper:0.##}");                // 95% interval -30.33 to 61.1
        // README NPS (end)

        // 5 promoters (9-10), 2 passives (7-8), 3 detractors (0-6) of 10: 50% - 30% = 20.
        Assert.Equal(5, nps.Promoters);
        Assert.Equal(2, nps.Passives);
        Assert.Equal(3, nps.Detractors);
        Assert.Equal(20.0, nps.Score.Value, 12);
        Assert.True(interval.Lower < 20 && interval.Upper > 20 && interval.Lower >= -100 && interval.Upper <= 100);
        Assert.True(nps.IsSmallSample);
        Assert.Equal("NPS 20 from 10: 5 promoters, 3 detractors", $"NPS {nps.Score} from {nps.Total}: {nps.Promoters} promoters, {nps.Detractors} detractors");
        // Adjusted Wald (Rocks 2016): add 3/4 promoter and 3/4 detractor to 13 answers: p = 5.75 / 13, d = 3.75 / 13,
        // centre 2 / 13 = 15.38, se = sqrt((p + d - (p - d)^2) / 13) = 0.23322; 15.385 -/+ 1.95996 x 23.3221 = [-30.326, 61.095].
        Assert.Equal(-30.33, interval.Lower, 2);
        Assert.Equal(61.095, interval.Upper, 3);
        Assert.Equal(-30.326, interval.Lower, 3);
    }

    [Fact]
    public void RiskQuickStart_ResidualScoreAndBand()
    {
        // README risk (begin)
        var records = new RiskRecord?[]
        {
            new("R1", "Data centre power failure", inherent: new RiskRating(impact: 3, likelihood: 3), residual: new RiskRating(3, 1)),
            new("R2", "Loss of key staff", inherent: new RiskRating(2, 3), residual: new RiskRating(2, 2)),
        };
        RiskRegisterResult result = RiskRegister.Create(records, RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        Console.WriteLine(string.Join("; ", result.Register.Entries                         // highest residual score first
            .Select(e => $"{e.Risk.Id}: {e.InherentScore} -> {e.ResidualScore} {e.ResidualStatus}"))); // R2: 6 -> 4 Amber; R1: 9 -> 3 Amber
        // README risk (end)

        // 3 x 3 = 9 inherent (Red on 1-2 Green, 3-4 Amber, 6-9 Red); residual 3 x 1 = 3, Amber; R2: 6 -> 4, Amber.
        Assert.Equal(2, result.Counted);
        Assert.Empty(result.Rejected);
        Assert.True(result.Register.TryGetEntry("R1", out RiskRegisterEntry? r1));
        Assert.Equal(9, r1!.InherentScore!.Value.Value);
        Assert.Equal(3, r1.ResidualScore.Value);
        Assert.Equal(RagStatus.Red, r1.InherentStatus);
        Assert.Equal(RagStatus.Amber, r1.ResidualStatus);
        Assert.True(result.Register.TryGetEntry("R2", out RiskRegisterEntry? r2));
        Assert.Equal(4, r2!.ResidualScore.Value);
        Assert.Equal("R2: 6 -> 4 Amber; R1: 9 -> 3 Amber", string.Join("; ", result.Register.Entries.Select(e => $"{e.Risk.Id}: {e.InherentScore} -> {e.ResidualScore} {e.ResidualStatus}")));
    }

    [Fact]
    public void PackQuickStart_RowsByKeyWithTargetAndRag()
    {
        // README pack (begin)
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var september = ReportingPeriod.Month(new YearMonth(2017, 9), london);
        var catalogue = ServiceCatalogue.Empty.With("Website", AvailabilityPolicy.AtLeast(99.9));
        var outages = new[] { new Outage("Website", Instant.FromUtc(2017, 9, 12, 8, 0), Instant.FromUtc(2017, 9, 12, 9, 12)) };
        AvailabilityReport availability = AvailabilityCalculator.Calculate(outages, catalogue, september, asOf: september.End);

        PerformancePack pack = new PerformancePackBuilder([new YearMonth(2017, 9)])                  // PackLayout.Default: the report's rows
            .AddAvailability("Brent", availability)
            .Build("Brent");
        KpiRow website = pack.FindRowByKey(PackRowKeys.Availability("Website"))!;
        Console.WriteLine($"{website.Name}: {website.Values[0]} against {website.Target}, {website.Evaluate(0).Rag}"); // Website: 99.83% against 99.9%, Red
        // README pack (end)

        // 72 minutes down of 720 hours: 1 - 72 / 43,200 = 99.8333...%, below 99.9%: missed, red.
        Assert.Equal(99.8333, website.Values[0].Value, 4);
        Assert.Equal(TargetOutcome.Missed, website.Evaluate(0).Outcome);
        Assert.Equal(RagStatus.Red, website.Evaluate(0).Rag);
        Assert.Equal("Website: 99.83% against 99.9%, Red", $"{website.Name}: {website.Values[0]} against {website.Target}, {website.Evaluate(0).Rag}");
    }

    [Fact]
    public void JsonQuickStart_NotApplicableAndUnavailableRoundTrip()
    {
        // README json (begin)
        KpiValue[] values = [KpiValue.Measured(99.93, KpiUnit.Percent), KpiValue.NotApplicable, KpiValue.Unavailable];
        string json = JsonSerializer.Serialize(values, KpiCoreJson.GetTypeInfo<KpiValue[]>());     // trim- and AOT-safe
        KpiValue[] back = JsonSerializer.Deserialize(json, KpiCoreJson.GetTypeInfo<KpiValue[]>())!;
        Console.WriteLine(json); // [{"kind":"Measured","unit":"Percent","value":99.93},{"kind":"NotApplicable"},{"kind":"Unavailable"}]
        Console.WriteLine(back.SequenceEqual(values)); // True
        // README json (end)

        Assert.Equal("""[{"kind":"Measured","unit":"Percent","value":99.93},{"kind":"NotApplicable"},{"kind":"Unavailable"}]""", json);
        Assert.Equal(values, back);
        Assert.Equal([KpiValueKind.Measured, KpiValueKind.NotApplicable, KpiValueKind.Unavailable], back.Select(v => v.Kind));
    }

    [Theory]
    [InlineData("quick start")]
    [InlineData("council calendar")]
    [InlineData("NPS")]
    [InlineData("risk")]
    [InlineData("pack")]
    [InlineData("json")]
    [InlineData("streaming availability")]
    public void ReadmeShowsEachRegionWordForWord(string region)
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "KpiCore.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("KpiCore.sln not found above " + AppContext.BaseDirectory);
        }

        string source = File.ReadAllText(Path.Combine(root, "tests", "KpiCore.Tests", "ReadmeExampleTests.cs")).ReplaceLineEndings("\n");
        string begin = "// README " + region + " (begin)\n", end = "// README " + region + " (end)";
        int from = source.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        int to = source.IndexOf(end, from, StringComparison.Ordinal);
        string code = string.Join("\n", source[from..to].TrimEnd().Split('\n').Select(l => l.StartsWith("        ", StringComparison.Ordinal) ? l[8..] : l.Trim()));
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains(code, readme, StringComparison.Ordinal);
    }
}
