using KpiCore.Sample.Audit;
using static KpiCore.Sample.Tests.Audit.AuditFixture;

namespace KpiCore.Sample.Tests.Audit;

/// <summary>Each rule on a small hand-made pack that triggers it and on one that does not; the arithmetic is in the comments.</summary>
public sealed class AuditRuleTests
{
    [Fact]
    public void TotalSum_TotalNotSumOfPriorities_Error()
    {
        // 1 + 2 + 10 + 20 = 33, printed 34; 100% = 1/1, 50% = 1/2, 50% = 5/10, 50% = 10/20, overall 17/33 = 51.52%.
        string bad = Header + DeskRows("A", "2017-04", [("100%", "1"), ("50%", "2"), ("50%", "10"), ("50%", "20")], "51.52%", "34");
        Assert.Equal(["A|Total Volume of Calls|2017-04"], Keys(Run(bad), "total-sum"));
        Assert.Empty(Keys(Run(bad.Replace(",34,", ",33,", StringComparison.Ordinal)), "total-sum"));
    }

    [Fact]
    public void CombinedSum_CombinedNotSumOfCouncils_Error()
    {
        // Shared service P1 volume 5 = 2 + 3; printed 6 is one too many.
        string Pack(string combined) => Header +
            "A,Service desk KPIs,Volume of P1 Calls,,2017-04,2,\n" +
            "B,Service desk KPIs,Volume of P1 Calls,,2017-04,3,\n" +
            $"Shared service,Service desk KPIs,Volume of P1 Calls,,2017-04,{combined},\n";
        Assert.Equal(["Shared service|Volume of P1 Calls|2017-04"], Keys(Run(Pack("6")), "combined-sum"));
        Assert.Empty(Keys(Run(Pack("5")), "combined-sum"));
    }

    [Fact]
    public void CombinedShare_OutsideCouncilsRange_Error()
    {
        // A 50% and B 75%: any met/judged of the two together lies in [50%, 75%]; 80% cannot, 60% can (e.g. 3/5).
        string Pack(string combined) => Header +
            "A,Service desk KPIs,P1 Calls Resolved within SLA,95%,2017-04,50%,\n" +
            "B,Service desk KPIs,P1 Calls Resolved within SLA,95%,2017-04,75%,\n" +
            $"Shared service,Service desk KPIs,P1 Calls Resolved within SLA,95%,2017-04,{combined},\n";
        Assert.Equal(["Shared service|P1 Calls Resolved within SLA|2017-04"], Keys(Run(Pack("80%")), "combined-share"));
        Assert.Empty(Keys(Run(Pack("60%")), "combined-share"));
        Assert.Equal(["Shared service|P1 Calls Resolved within SLA|2017-04"], Keys(Run(Pack("N/A")), "combined-share"));
    }

    [Fact]
    public void SlaFraction_LoggedBasis_NotKOverVolume_ErrorWithNearestVolumes()
    {
        // 66.67% of 13: 8/13 = 61.54%, 9/13 = 69.23%; 2/3 fits d = 12 (8/12) and 15 (10/15).
        string bad = Header + DeskRows("A", "2017-05", [("66.67%", "13")], "66.67%", "13");
        Finding finding = Run(bad, SlaBasis.Logged).First(f => f.Rule == "sla-fraction");
        Assert.Equal("P1 Calls Resolved within SLA", finding.Kpi);
        Assert.Contains("nearest volumes that fit: 12 (8/12 = 66.6667%) or 15 (10/15 = 66.6667%)", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("d = volume", finding.Detail, StringComparison.Ordinal);
        // 66.67% of 12: 8/12 = 66.6667% rounds to 66.67.
        Assert.Empty(Keys(Run(bad.Replace(",13,", ",12,", StringComparison.Ordinal), SlaBasis.Logged), "sla-fraction"));
        // On the default basis the denominator is not the volume, so nothing is said.
        Assert.Empty(Keys(Run(bad), "sla-fraction"));
    }

    [Fact]
    public void SlaFraction_CohortBasis_NoDenominatorUpToVolume_Error()
    {
        // 83.02% needs d >= 53 (44/53); at most 51 calls cannot give it, at most 53 can.
        string Pack(string volume) => Header + DeskRows("A", "2016-07", [("83.02%", volume)], "83.02%", volume);
        Assert.Contains("A|P1 Calls Resolved within SLA|2016-07", Keys(Run(Pack("51"), SlaBasis.Cohort), "sla-fraction"));
        Assert.Empty(Keys(Run(Pack("53"), SlaBasis.Cohort), "sla-fraction"));
    }

    [Fact]
    public void SlaFraction_AnyBasis_ShareAbove100_Error()
    {
        string Pack(string share) => Header + "A,Service desk KPIs,P1 Calls Resolved within SLA,95%,2017-04," + share + ",\n";
        Assert.Equal(["A|P1 Calls Resolved within SLA|2017-04"], Keys(Run(Pack("100.01%")), "sla-fraction"));
        Assert.Empty(Keys(Run(Pack("100.00%")), "sla-fraction"));
    }

    [Fact]
    public void NotApplicableVolume_PercentWithZeroVolume_ErrorOnLoggedAndCohort()
    {
        string Pack(string share, string volume) => Header +
            $"A,Service desk KPIs,P1 Calls Resolved within SLA,95%,2017-04,{share},\nA,Service desk KPIs,Volume of P1 Calls,,2017-04,{volume},\n";
        Assert.Single(Keys(Run(Pack("100%", "0"), SlaBasis.Cohort), "na-volume"));
        Assert.Single(Keys(Run(Pack("100%", "0"), SlaBasis.Logged), "na-volume"));
        Assert.Empty(Keys(Run(Pack("100%", "0")), "na-volume")); // resolved basis: a backlog call may have been resolved
        Assert.Single(Keys(Run(Pack("N/A", "3"), SlaBasis.Logged), "na-volume")); // k/3 exists for every k
        Assert.Empty(Keys(Run(Pack("N/A", "3"), SlaBasis.Cohort), "na-volume")); // none of the 3 resolved yet
        Assert.Empty(Keys(Run(Pack("N/A", "0"), SlaBasis.Logged), "na-volume"));
    }

    [Fact]
    public void OverallSla_OutsidePerPriorityRange_ErrorOnAnyBasis()
    {
        // P1 80% and P2 90%: a weighted mean lies in [79.5%, 90.5%] (what the two can stand for); 92% [91.5%, 92.5%]
        // cannot, 85% can. (91% could: 90.5% exactly prints 90% half-even and 91% half-up.)
        string Pack(string overall) => Header + DeskRows("A", "2017-04", [("80%", "5"), ("90%", "10")], overall, "15");
        Assert.Equal(["A|Overall SLA Performance|2017-04"], Keys(Run(Pack("92%")), "overall-sla"));
        Assert.Empty(Keys(Run(Pack("85%")), "overall-sla"));
        // Every priority N/A but an overall %: nothing was judged.
        string allNa = Header + DeskRows("A", "2017-04", [("N/A", "0"), ("N/A", "0")], "85%", "0");
        Assert.Equal(["A|Overall SLA Performance|2017-04"], Keys(Run(allNa), "overall-sla"));
    }

    [Fact]
    public void OverallSla_LoggedBasis_NoCombinationOfAchievableCounts_Error()
    {
        // P1 80% of 5 forces k1 = 4; P2 90% of 10 forces k2 = 9; overall = 13/15 = 86.67% exactly, the only possibility.
        // 85% lies inside [80%, 90%] (fine on other bases) but 13/15 prints 86.67%, and 12/15 = 80%, 14/15 = 93.33%.
        string Pack(string overall) => Header + DeskRows("A", "2017-04", [("80%", "5"), ("90%", "10")], overall, "15");
        Finding finding = Run(Pack("85%"), SlaBasis.Logged).Single(f => f.Rule == "overall-sla");
        Assert.Contains("P1 k in {4} of 5, P2 k in {9} of 10 give a total met of 13 to 13 of 15", finding.Detail, StringComparison.Ordinal);
        Assert.Empty(Keys(Run(Pack("86.67%"), SlaBasis.Logged), "overall-sla"));
    }

    [Fact]
    public void AvailabilityRange_Above100OrNegative_Error()
    {
        string Pack(string figure) => Header + "A,System availability KPIs,Website,99.9%,2017-04," + figure + ",\n";
        Finding above = Run(Pack("100.5%")).Single(f => f.Rule == "availability-range");
        // April: 30 x 24 x 60 = 43200 minutes; 100.5% needs -0.5% x 43200 = -216 minutes of downtime.
        Assert.Contains("negative downtime (-216.0 minutes of 43200)", above.Detail, StringComparison.Ordinal);
        Assert.Single(Keys(Run(Pack("-1%")), "availability-range"));
        Assert.Empty(Keys(Run(Pack("100%")), "availability-range"));
        Assert.Empty(Keys(Run(Pack("0%")), "availability-range"));
    }

    [Fact]
    public void RagTarget_GreenBelowOrRedAtTarget_Error()
    {
        string Pack(string figure, string rag) => Header + $"A,System availability KPIs,Website,99.9%,2017-04,{figure},{rag}\n";
        Assert.Single(Keys(Run(Pack("99.62%", "green")), "rag-target")); // at most 99.625% < 99.9%
        Assert.Single(Keys(Run(Pack("99.95%", "red")), "rag-target")); // at least 99.945% >= 99.9%
        Assert.Empty(Keys(Run(Pack("99.90%", "red")), "rag-target")); // may be 99.895% (rounded up): missed
        Assert.Single(Keys(Run(Pack("99.89%", "green")), "rag-target")); // at most 99.895% < 99.9%
        Assert.Empty(Keys(Run(Pack("99.9%", "green")), "rag-target")); // one decimal: [99.85%, 99.95%] reaches 99.9%
        Assert.Empty(Keys(Run(Pack("99.62%", "amber")), "rag-target"));
    }

    [Fact]
    public void MonthCoverage_SectionOnOtherMonths_Error()
    {
        string Pack(string lewishamMonth) => Header +
            "Brent,S,Website,99%,2017-04,99%,\nBrent,T,Email,99%,2017-04,99%,\nLewisham,S,Website,99%," + lewishamMonth + ",99%,\n";
        Assert.Equal(["Lewisham|S|"], Keys(Run(Pack("2016-04")), "month-coverage"));
        Assert.Empty(Keys(Run(Pack("Apr-17")), "month-coverage")); // the same month as a spreadsheet writes it
    }

    [Fact]
    public void IdenticalRows_SameFiguresEveryMonth_WarningOnly()
    {
        string Pack(string second) => Header +
            "A,S,Remote,99%,2017-04,99.98%,\nA,S,Remote,99%,2017-05,100%,\n" +
            "A,S,Desktop,99%,2017-04," + second + ",\nA,S,Desktop,99%,2017-05,100.00%,\n";
        Finding warning = Assert.Single(Run(Pack("99.98%")));
        Assert.Equal(("identical-rows", Severity.Warning), (warning.Rule, warning.Severity)); // 100% and 100.00% are the same value
        Assert.Empty(Run(Pack("99.97%")));
        // Rows with one distinct number (all 100%) coincide honestly.
        Assert.Empty(Run(Header + "A,S,X,,2017-04,100%,\nA,S,X,,2017-05,100%,\nA,S,Y,,2017-04,100%,\nA,S,Y,,2017-05,100%,\n"));
    }

    [Fact]
    public void OverallSla_NotApplicableWithAMeasuredPriority_Error()
    {
        // P1 100% of 2 was judged, so all met / all judged is at least defined; N/A cannot be.
        string bad = Header + DeskRows("A", "2017-04", [("100%", "2"), ("N/A", "0")], "N/A", "2");
        Assert.Equal(["A|Overall SLA Performance|2017-04"], Keys(Run(bad), "overall-sla"));
        Assert.Empty(Keys(Run(bad.Replace(",N/A,\nA,Service desk KPIs,Total", ",100%,\nA,Service desk KPIs,Total", StringComparison.Ordinal)), "overall-sla"));
    }

    [Fact]
    public void FindingsWriter_QuotesPerRfc4180AndNeutralisesFormulas()
    {
        Finding finding = new("=Brent", "P1, \"SLA\"", new NodaTime.YearMonth(2017, 9), "total-sum", Severity.Error, "a\nb");
        Assert.Equal(
            "organisation,kpi,month,rule,severity,detail\r\n'=Brent,\"P1, \"\"SLA\"\"\",2017-09,total-sum,error,\"a\nb\"\r\n",
            FindingsWriter.Render([finding]));
    }
}
