using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Reporting;

/// <summary>
/// A tiny two-council dataset ("A" and "B", April-May 2017, Europe/London) whose combined figures are worked out by
/// hand and differ from the mean of the councils' percentages.
/// </summary>
public sealed class PerformancePackBuilderTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly YearMonth April = new(2017, 4);
    private static readonly YearMonth May = new(2017, 5);

    [Fact]
    public void Constructor_NoMonths_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PerformancePackBuilder([]));
        Assert.Equal("months", ex.ParamName);
    }

    [Fact]
    public void Constructor_GapBetweenMonths_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PerformancePackBuilder([April, new YearMonth(2017, 6)]));
        Assert.Equal("months", ex.ParamName);
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new PerformancePackBuilder(null!));
        Assert.Equal("months", ex.ParamName);
    }

    [Fact]
    public void Build_Sections_InReportOrderWithReportRowNames()
    {
        PerformancePack pack = Sample().Build("A");
        Assert.Equal(
            [PerformancePackBuilder.AvailabilitySectionTitle, PerformancePackBuilder.ServiceDeskSectionTitle, PerformancePackBuilder.OtherSectionTitle],
            pack.Sections.Select(s => s.Title));
        Assert.Equal(
            [
                "P1 Calls Resolved within SLA", "Volume of P1 Calls", "P2 Calls Resolved within SLA", "Volume of P2 Calls",
                "P3 Calls Resolved within SLA", "Volume of P3 Calls", "P4 Calls Resolved < 5 days", "Volume of P4 Calls",
                "Overall SLA Performance", "Total Volume of Calls", "Calls Open at Period End", "Number of Problem Records",
                "Number of Change Records",
            ],
            pack.Sections[1].Rows.Select(r => r.Name));
        Assert.Equal(
            ["Process Success Index (out of 9)", "Net Promoter Score", "User Satisfaction Survey (out of 7)"],
            pack.Sections[2].Rows.Select(r => r.Name));
    }

    [Fact]
    public void Build_Targets_AsInTheReport()
    {
        PerformancePack pack = Sample().Build("A");
        Assert.Equal(KpiTarget.AtLeast(99), pack.FindRow("Email")!.Target);
        Assert.Equal(KpiTarget.AtLeast(95), pack.FindRow("P1 Calls Resolved within SLA")!.Target);
        Assert.Equal(KpiTarget.AtLeast(90), pack.FindRow("P2 Calls Resolved within SLA")!.Target);
        Assert.Equal(KpiTarget.AtLeast(80), pack.FindRow("P3 Calls Resolved within SLA")!.Target);
        Assert.Equal(KpiTarget.AtLeast(80), pack.FindRow("P4 Calls Resolved < 5 days")!.Target);
        Assert.Equal(KpiTarget.DecreaseOnPrevious(), pack.FindRow("Calls Open at Period End")!.Target);
        Assert.Equal(KpiTarget.AtLeast(7, KpiUnit.Number), pack.FindRow("Process Success Index (out of 9)")!.Target);
        Assert.Equal(KpiTarget.AtLeast(20, KpiUnit.Number), pack.FindRow("Net Promoter Score")!.Target);
        Assert.Equal(KpiTarget.AtLeast(6, KpiUnit.Number), pack.FindRow("User Satisfaction Survey (out of 7)")!.Target);
        Assert.Equal(KpiTarget.None, pack.FindRow("Total Volume of Calls")!.Target);
    }

    [Fact]
    public void Build_Availability_PerOrganisation()
    {
        PerformancePackBuilder builder = Sample();
        // A: 7.2 h down of April's 720 h (24x7) = 99%; May no outage = 100%.
        KpiRow a = builder.Build("A").FindRow("Email")!;
        Assert.Equal(99.0, a.Values[0].Value, 9);
        Assert.Equal(100.0, a.Values[1].Value, 9);
        // B: office hours, April 2017 = 18 working days (20 weekdays less Good Friday and Easter Monday) x 10 h = 180 h;
        // 9 h down = 95%. B has no May result: UNVL.
        KpiRow b = builder.Build("B").FindRow("Email")!;
        Assert.Equal(95.0, b.Values[0].Value, 9);
        Assert.Equal(KpiValue.Unavailable, b.Values[1]);
    }

    [Fact]
    public void BuildCombined_Availability_FromSummedDurationsNotMeanOfPercentages()
    {
        KpiRow row = Sample().BuildCombined().FindRow("Email")!;
        // 1 - (7.2 h + 9 h) / (720 h + 180 h) = 1 - 16.2 / 900 = 98.2%; the mean of 99% and 95% would be 97%.
        Assert.Equal(98.2, row.Values[0].Value, 9);
        Assert.NotEqual(97.0, row.Values[0].Value, 3);
        Assert.Equal(KpiTarget.AtLeast(99), row.Target);
    }

    [Fact]
    public void BuildCombined_Availability_UnavailableWhenAnyContributorHasNoData()
    {
        // May: A measured 100%, B has no data: the shared-service figure is unknown, not A's 100%.
        Assert.Equal(KpiValue.Unavailable, Sample().BuildCombined().FindRow("Email")!.Values[1]);
    }

    [Fact]
    public void BuildCombined_ServiceOfOneOrganisationOnly_IsThatOrganisationsFigure()
    {
        KpiRow row = Sample().BuildCombined().FindRow("Social Care System")!;
        Assert.Equal(100.0, row.Values[0].Value, 9);
    }

    [Fact]
    public void Build_ServiceDesk_PerOrganisation()
    {
        PerformancePackBuilder builder = Sample();
        PerformancePack a = builder.Build("A");
        // A April: 5 P1 calls logged, 4 resolved, 3 within 4 h = 75%; one open at the end of April.
        Assert.Equal(75.0, a.FindRow("P1 Calls Resolved within SLA")!.Values[0].Value, 9);
        Assert.Equal(KpiValue.FromCount(5), a.FindRow("Volume of P1 Calls")!.Values[0]);
        Assert.Equal(KpiValue.FromCount(5), a.FindRow("Total Volume of Calls")!.Values[0]);
        Assert.Equal(KpiValue.FromCount(1), a.FindRow("Calls Open at Period End")!.Values[0]);
        Assert.Equal(75.0, a.FindRow("Overall SLA Performance")!.Values[0].Value, 9);
        // No P2 calls: N/A, never 0% or 100%.
        Assert.Equal(KpiValue.NotApplicable, a.FindRow("P2 Calls Resolved within SLA")!.Values[0]);
        Assert.Equal(KpiValue.FromCount(0), a.FindRow("Volume of P2 Calls")!.Values[0]);
        PerformancePack b = builder.Build("B");
        Assert.Equal(100.0, b.FindRow("P1 Calls Resolved within SLA")!.Values[0].Value, 9);
        Assert.Equal(KpiValue.FromCount(1), b.FindRow("Number of Change Records")!.Values[0]);
    }

    [Fact]
    public void BuildCombined_SlaPercentage_IsTotalMetOverTotalResolved()
    {
        PerformancePack combined = Sample().BuildCombined();
        // (3 + 1) met / (4 + 1) resolved = 80%; the mean of A's 75% and B's 100% would be 87.5%.
        Assert.Equal(80.0, combined.FindRow("P1 Calls Resolved within SLA")!.Values[0].Value, 9);
        Assert.Equal(80.0, combined.FindRow("Overall SLA Performance")!.Values[0].Value, 9);
        Assert.Equal(KpiValue.FromCount(6), combined.FindRow("Volume of P1 Calls")!.Values[0]);
        Assert.Equal(KpiValue.FromCount(1), combined.FindRow("Calls Open at Period End")!.Values[0]);
        Assert.Equal(KpiValue.FromCount(1), combined.FindRow("Number of Change Records")!.Values[0]);
        Assert.Equal(KpiValue.FromCount(0), combined.FindRow("Number of Problem Records")!.Values[0]);
    }

    [Fact]
    public void Build_MonthWithoutServiceDeskReport_IsUnavailable()
    {
        PerformancePack pack = Sample().Build("A");
        Assert.Equal(KpiValue.Unavailable, pack.FindRow("Total Volume of Calls")!.Values[1]);
        Assert.Equal(KpiValue.Unavailable, pack.FindRow("P1 Calls Resolved within SLA")!.Values[1]);
    }

    [Fact]
    public void Build_OpenCalls_DecreaseTargetJudgedOnPreviousMonth()
    {
        PerformancePack pack = Sample().Build("A");
        // The first month has no previous figure: not assessed.
        Assert.Equal(RagStatus.NotAssessed, pack.FindRow("Calls Open at Period End")!.Evaluate(0).Rag);
    }

    [Fact]
    public void Build_NetPromoterScore_PerOrganisationAndNotApplicableWithoutResponses()
    {
        PerformancePackBuilder builder = Sample();
        // A: (6 - 3) / 10 = 30; B: (20 - 50) / 100 = -30.
        Assert.Equal(30.0, builder.Build("A").FindRow("Net Promoter Score")!.Values[0].Value, 9);
        Assert.Equal(-30.0, builder.Build("B").FindRow("Net Promoter Score")!.Values[0].Value, 9);
        Assert.Equal(KpiValue.NotApplicable, builder.Build("A").FindRow("Process Success Index (out of 9)")!.Values[0]);
        Assert.Equal(KpiValue.NotApplicable, builder.Build("A").FindRow("User Satisfaction Survey (out of 7)")!.Values[0]);
    }

    [Fact]
    public void BuildCombined_NetPromoterScore_FromPooledCounts()
    {
        PerformancePackBuilder builder = Sample();
        // (26 promoters - 53 detractors) / 110 = -24.5454...; the mean of 30 and -30 would be 0.
        Assert.Equal(-27.0 / 110.0 * 100.0, builder.BuildCombined().FindRow("Net Promoter Score")!.Values[0].Value, 9);
        NpsSummary pooled = builder.NetPromoterScoreFor(null, April)!;
        Assert.Equal(110, pooled.Total);
        // May: nobody was surveyed (nothing added), so no data: UNVL, as for each council.
        Assert.Equal(KpiValue.Unavailable, builder.BuildCombined().FindRow("Net Promoter Score")!.Values[1]);
        Assert.Equal(KpiValue.Unavailable, builder.Build("A").FindRow("Net Promoter Score")!.Values[1]);
        // Surveyed with nobody answering (empty summaries added): N/A.
        PerformancePackBuilder surveyed = Sample();
        surveyed.AddNetPromoterScore("A", May, NpsSummary.FromCounts(0, 0, 0)).AddNetPromoterScore("B", May, NpsSummary.FromCounts(0, 0, 0));
        Assert.Equal(KpiValue.NotApplicable, surveyed.Build("A").FindRow("Net Promoter Score")!.Values[1]);
        Assert.Equal(KpiValue.NotApplicable, surveyed.BuildCombined().FindRow("Net Promoter Score")!.Values[1]);
        // With only A answering in May, the pooled May score would cover A alone: UNVL.
        builder.AddNetPromoterScore("A", May, NpsSummary.FromCounts(1, 0, 0));
        Assert.Equal(KpiValue.Unavailable, builder.BuildCombined().FindRow("Net Promoter Score")!.Values[1]);
    }

    [Fact]
    public void BuildCombined_UserSatisfaction_MeanOfPooledAnswers()
    {
        var builder = new PerformancePackBuilder([April]);
        builder.AddUserSatisfaction("A", April, ScaleMean.Calculate([7, 7, 7, 7], SatisfactionScale.OneToSeven));
        builder.AddUserSatisfaction("B", April, ScaleMean.Calculate([1], SatisfactionScale.OneToSeven));
        // A 7.0, B 1.0; pooled (28 + 1) / 5 = 5.8, not the mean 4.0.
        Assert.Equal(7.0, builder.Build("A").FindRow(PerformancePackBuilder.UserSatisfactionRowName)!.Values[0].Value, 9);
        Assert.Equal(5.8, builder.BuildCombined().FindRow(PerformancePackBuilder.UserSatisfactionRowName)!.Values[0].Value, 9);
    }

    [Fact]
    public void BuildCombined_ProcessSuccessIndex_CannotBeCombined()
    {
        var builder = new PerformancePackBuilder([April]);
        Assert.Equal(KpiValue.NotApplicable, builder.BuildCombined().FindRow(PerformancePackBuilder.ProcessSuccessIndexRowName)!.Values[0]);
        builder.SetProcessSuccessIndex("A", April, 8);
        Assert.Equal(8.0, builder.Build("A").FindRow(PerformancePackBuilder.ProcessSuccessIndexRowName)!.Values[0].Value, 9);
        Assert.Equal(KpiValue.Unavailable, builder.BuildCombined().FindRow(PerformancePackBuilder.ProcessSuccessIndexRowName)!.Values[0]);
    }

    [Fact]
    public void SetProcessSuccessIndex_OutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PerformancePackBuilder([April]).SetProcessSuccessIndex("A", April, 9.5));
        Assert.Equal("index", ex.ParamName);
    }

    [Fact]
    public void Build_Exceptions_MatchedExactlyOrByLeadingWords()
    {
        PerformancePackBuilder builder = Sample();
        builder.AddException("A", new ExceptionNote("Email", "Mail relay failed", April));
        builder.AddException("A", new ExceptionNote("Social Care", "Upgrade"));
        PerformancePack pack = builder.Build("A");
        Assert.Equal(["Email", "Social Care System"], pack.Exceptions.Select(e => e.RowName));
        Assert.Equal(April, pack.Exceptions[0].Month);
        PerformancePack combined = builder.BuildCombined();
        Assert.Equal("A: Mail relay failed", combined.Exceptions[0].Text);
    }

    [Fact]
    public void Build_ExceptionNamingNoRow_RejectedNotThrown()
    {
        PerformancePackBuilder builder = Sample();
        var fax = new ExceptionNote("Fax", "Fax line down");
        builder.AddException("A", fax);

        PerformancePack pack = builder.Build("A");

        Assert.Empty(pack.Exceptions);
        RejectedNote rejected = Assert.Single(pack.RejectedNotes);
        Assert.Same(fax, rejected.Note);
        Assert.Equal("A", rejected.Organisation);
        Assert.Contains("'Fax'", rejected.Reason, StringComparison.Ordinal);
        Assert.Same(fax, Assert.Single(builder.BuildCombined().RejectedNotes).Note);
    }

    [Fact]
    public void Build_ExceptionMonthOutsidePack_RejectedNotThrown()
    {
        PerformancePackBuilder builder = Sample().AddException("A", new ExceptionNote("Email", "x", new YearMonth(2017, 9)));

        PerformancePack pack = builder.Build("A");

        Assert.Empty(pack.Exceptions);
        Assert.Contains("2017-09", Assert.Single(pack.RejectedNotes).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ExceptionRowNames_MatchedIgnoringCaseAndSurroundingSpaces()
    {
        PerformancePackBuilder builder = Sample();
        builder.AddException("A", new ExceptionNote("  email ", "Mail relay failed", April));
        builder.AddException("A", new ExceptionNote("social care", "Upgrade"));
        builder.AddException("A", new ExceptionNote("p1 calls resolved", "Major incident"));
        builder.AddException("A", new ExceptionNote("Volume of", "Busy month")); // starts four rows: ambiguous

        PerformancePack pack = builder.Build("A");

        Assert.Equal(["Email", "Social Care System", "P1 Calls Resolved within SLA"], pack.Exceptions.Select(e => e.RowName));
        Assert.Equal("Mail relay failed", pack.Exceptions[0].Text);
        RejectedNote ambiguous = Assert.Single(pack.RejectedNotes);
        Assert.Contains("several rows", ambiguous.Reason, StringComparison.Ordinal);
        Assert.Contains("'Volume of P1 Calls'", ambiguous.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ExactCaseWinsOverOtherCase()
    {
        // Rows "Email" and "EMAIL" differ only in case: "EMAIL" names the second exactly; "eMail" matches both.
        var builder = new PerformancePackBuilder([April]);
        ServiceCatalogue catalogue = ServiceCatalogue.Empty.With("Email", AvailabilityPolicy.AtLeast(99)).With("EMAIL", AvailabilityPolicy.AtLeast(99));
        builder.AddAvailability("A", AvailabilityCalculator.Calculate([], catalogue, ReportingPeriod.Month(April, London), End));
        builder.AddException("A", new ExceptionNote("EMAIL", "upper"));
        builder.AddException("A", new ExceptionNote("eMail", "mixed"));

        PerformancePack pack = builder.Build("A");

        Assert.Equal("EMAIL", Assert.Single(pack.Exceptions).RowName);
        Assert.Equal("mixed", Assert.Single(pack.RejectedNotes).Note.Text);
    }

    [Fact]
    public void AddException_OrganisationWithoutFigures_NoPackAndRejected()
    {
        PerformancePackBuilder builder = Sample();
        var note = new ExceptionNote("Email", "Outage", April);
        builder.AddException("C", note);

        Assert.Equal(["A", "B"], builder.Organisations);
        RejectedNote rejected = Assert.Single(builder.Build("C").RejectedNotes);
        Assert.Equal("no figures for this organisation", rejected.Reason);
        PerformancePack combined = builder.BuildCombined();
        Assert.Empty(combined.Exceptions);
        Assert.Equal(("C", "no figures for this organisation"), (combined.RejectedNotes.Single().Organisation, combined.RejectedNotes.Single().Reason));
    }

    [Fact]
    public void BuildCombined_PlacedAndRejectedNotes_EveryNoteAccountedForInOrder()
    {
        PerformancePackBuilder builder = Sample();
        builder.AddException("B", new ExceptionNote("Fax", "b-fax"));
        builder.AddException("Z", new ExceptionNote("Email", "z-email"));
        builder.AddException("A", new ExceptionNote("Email", "a-email"));
        builder.AddException("A", new ExceptionNote("Email", "a-late", new YearMonth(2018, 1)));

        PerformancePack combined = builder.BuildCombined();

        Assert.Equal(["A: a-email"], combined.Exceptions.Select(e => e.Text));
        Assert.Equal(["b-fax", "z-email", "a-late"], combined.RejectedNotes.Select(r => r.Note.Text));
    }

    [Fact]
    public void Organisations_NothingRecorded_NotListed()
    {
        var builder = new PerformancePackBuilder([April]);
        builder.AddNetPromoterScore("D", May, NpsSummary.FromCounts(1, 0, 0)); // May is not a month of this pack
        builder.AddUserSatisfaction("D", May, ScaleMean.Calculate([7], SatisfactionScale.OneToSeven));
        builder.SetProcessSuccessIndex("D", May, 8);
        Assert.Empty(builder.Organisations);

        builder.SetProcessSuccessIndex("D", April, 8);
        Assert.Equal(["D"], builder.Organisations);

        // A survey with nobody answering is a figure (N/A, not UNVL): the organisation is listed.
        var surveyed = new PerformancePackBuilder([April]);
        surveyed.AddNetPromoterScore("E", April, NpsSummary.FromCounts(0, 0, 0));
        Assert.Equal(["E"], surveyed.Organisations);
        Assert.Equal(KpiValue.NotApplicable, surveyed.Build("E").FindRow("Net Promoter Score")!.Values[0]);
    }

    [Fact]
    public void AddServiceDesk_NotJudgedCall_LeftOutOfThePercentageButInTheVolume()
    {
        // P2, Mon 3 April 2017 10:00-11:00 BST: a1 met (1 h); a2 on hold until 12:00, after it was resolved: not judged.
        // Volume 2; % within SLA 1 / 1 = 100% (not 1 / 2 = 50%).
        var builder = new PerformancePackBuilder([April]);
        Call[] calls =
        [
            new("a1", "A", Priority.P2, CallType.Incident, Utc(4, 3, 9), Utc(4, 3, 10)),
            new("a2", "A", Priority.P2, CallType.Incident, Utc(4, 3, 9), Utc(4, 3, 10), onHold: [new NodaTime.Interval(Utc(4, 3, 9, 30), Utc(4, 3, 11))]),
        ];
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        builder.AddServiceDesk(ServiceDeskCalculator.Calculate(calls, policy, ReportingPeriod.Month(April, London)), policy);

        PerformancePack pack = builder.Build("A");

        Assert.Equal(100.0, pack.FindRow("P2 Calls Resolved within SLA")!.Values[0].Value);
        Assert.Equal(100.0, pack.FindRow(PerformancePackBuilder.OverallSlaRowName)!.Values[0].Value);
        Assert.Equal(KpiValue.FromCount(2), pack.FindRow("Volume of P2 Calls")!.Values[0]);
    }

    [Fact]
    public void Build_UnknownOrganisation_AllCellsUnavailableOrNotApplicable()
    {
        PerformancePack pack = new PerformancePackBuilder([April]).Build("Nobody");
        Assert.Empty(pack.Sections[0].Rows);
        Assert.All(pack.Sections[1].Rows, r => Assert.Equal(KpiValue.Unavailable, r.Values[0]));
        // No survey data is UNVL; the two KPIs without any input are N/A.
        Assert.Equal([KpiValue.NotApplicable, KpiValue.Unavailable, KpiValue.NotApplicable], pack.Sections[2].Rows.Select(r => r.Values[0]));
    }

    [Fact]
    public void SlaRowName_DefaultPolicy_ReportWording()
    {
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        Assert.Equal(
            ["P1 Calls Resolved within SLA", "P2 Calls Resolved within SLA", "P3 Calls Resolved within SLA", "P4 Calls Resolved < 5 days"],
            policy.Priorities.Select(PerformancePackBuilder.SlaRowName));
        Assert.Equal("Volume of P3 Calls", PerformancePackBuilder.VolumeRowName(Priority.P3));
    }

    [Fact]
    public void SlaRowName_WholeWorkingDaysFromFive_NamedInDays()
    {
        WorkingCalendar hours = SlaPolicy.UkCouncilOfficeHours();
        // 10 h working day: 100 h = 10 days; 45 h = 4.5 days (not whole); 40 h = 4 days (under 5).
        Assert.Equal("P5 Calls Resolved < 10 days", PerformancePackBuilder.SlaRowName(new PrioritySla(new Priority("P5", 5), hours, Duration.FromHours(100), KpiTarget.AtLeast(80))));
        Assert.Equal("P5 Calls Resolved within SLA", PerformancePackBuilder.SlaRowName(new PrioritySla(new Priority("P5", 5), hours, Duration.FromHours(45), KpiTarget.AtLeast(80))));
        Assert.Equal("P5 Calls Resolved within SLA", PerformancePackBuilder.SlaRowName(new PrioritySla(new Priority("P5", 5), hours, Duration.FromHours(40), KpiTarget.AtLeast(80))));
    }

    [Fact]
    public void SlaRowName_Null_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => PerformancePackBuilder.SlaRowName(null!));
        Assert.Equal("sla", ex.ParamName);
    }

    [Fact]
    public void AddAvailability_SameServiceAndMonthTwice_Throws()
    {
        PerformancePackBuilder builder = Sample();
        AvailabilityReport again = AvailabilityCalculator.Calculate(
            [], ServiceCatalogue.Empty.With("Email", AvailabilityPolicy.AtLeast(99)), ReportingPeriod.Month(April, London), End);
        var ex = Assert.Throws<ArgumentException>(() => builder.AddAvailability("A", again));
        Assert.Equal("report", ex.ParamName);
    }

    private static Instant End => Instant.FromUtc(2017, 7, 1, 0, 0);

    private static Instant Utc(int month, int day, int hour, int minute = 0) => Instant.FromUtc(2017, month, day, hour, minute);

    private static PerformancePackBuilder Sample()
    {
        var builder = new PerformancePackBuilder([April, May]);
        ReportingPeriod[] months = [ReportingPeriod.Month(April, London), ReportingPeriod.Month(May, London)];

        ServiceCatalogue a = ServiceCatalogue.Empty
            .With("Email", AvailabilityPolicy.AtLeast(99))
            .With("Social Care System", AvailabilityPolicy.AtLeast(99));
        builder.AddAvailability("A", AvailabilityCalculator.Calculate(
            [new Outage("Email", Utc(4, 10, 0), Utc(4, 10, 7, 12))], a, months, End));

        ServiceCatalogue b = ServiceCatalogue.Empty
            .With("Email", AvailabilityPolicy.AtLeast(99).WithServiceHours(SlaPolicy.UkCouncilOfficeHours()));
        // Tuesday 4 April 2017 08:00-17:00 UTC = 09:00-18:00 BST: 9 working hours.
        builder.AddAvailability("B", AvailabilityCalculator.Calculate(
            [new Outage("Email", Utc(4, 4, 8), Utc(4, 4, 17))], b, months[0], End));

        Call[] calls =
        [
            new("a1", "A", Priority.P1, CallType.Incident, Utc(4, 3, 10), Utc(4, 3, 11)),
            new("a2", "A", Priority.P1, CallType.Incident, Utc(4, 3, 12), Utc(4, 3, 13)),
            new("a3", "A", Priority.P1, CallType.Incident, Utc(4, 4, 10), Utc(4, 4, 11)),
            new("a4", "A", Priority.P1, CallType.Incident, Utc(4, 5, 10), Utc(4, 5, 20)),
            new("a5", "A", Priority.P1, CallType.Incident, Utc(4, 28, 10)),
            new("b1", "B", Priority.P1, CallType.Incident, Utc(4, 6, 10), Utc(4, 6, 12)),
            new("b2", "B", Priority.P3, CallType.Change, Utc(4, 7, 10), Utc(4, 7, 12)),
        ];
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        builder.AddServiceDesk(ServiceDeskCalculator.Calculate(calls, policy, months[0]), policy);

        builder.AddNetPromoterScore("A", April, NpsSummary.FromCounts(6, 1, 3));
        builder.AddNetPromoterScore("B", April, NpsSummary.FromCounts(20, 30, 50));
        return builder;
    }
}
