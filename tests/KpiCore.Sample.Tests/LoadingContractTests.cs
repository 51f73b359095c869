using System.Text.RegularExpressions;
using KpiCore.Kpis;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Rendering;
using NodaTime;

namespace KpiCore.Sample.Tests;

/// <summary>
/// The loading contract, one test per way data used to be lost or misread: each builds a small folder by hand,
/// runs the pack as an analyst would and checks the figure that must come out, the rejection with its line, and that
/// every file's accounting line adds up.
/// </summary>
public sealed partial class LoadingContractTests
{
    private const string Services =
        "organisation,service,target_percent,service_hours,exclude_planned\n" +
        "Brent,Website,99.9,24x7,no\n" +
        "Brent,Email,99,24x7,no\n" +
        "Lewisham,Website,99.9,24x7,no\n";

    // April 2017 in London is 720 h, May 744 h, June 720 h (no clock change in any of them).
    private const string Outages =
        "organisation,service,reference,start,end,kind,impact,description\n" +
        "Brent,Website,O1,2017-04-10T10:00:00Z,2017-04-10T13:00:00Z,unplanned,full,3 h of 720 h: 99.58%\n" +
        "Brent,Email,O2,2017-05-02T10:00:00Z,2017-05-02T11:00:00Z,unplanned,full,1 h of 744 h: 99.87%\n" +
        "Lewisham,Website,O3,2017-06-05T09:00:00Z,2017-06-05T09:30:00Z,unplanned,full,0.5 h of 720 h: 99.93%\n";

    private const string Calls =
        "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n" +
        "C1,Brent,P1,incident,2017-04-03T10:00:00Z,,2017-04-03T11:00:00Z,,,\n" +
        "C2,Brent,P1,incident,2017-05-03T10:00:00Z,,2017-05-03T20:00:00Z,,,\n" +
        "C3,Lewisham,P1,incident,2017-06-05T09:00:00Z,,2017-06-05T10:00:00Z,,,\n";

    private const string Responses =
        "id,organisation,responded,score,comment\n" +
        "S1,Brent,2017-04-05T10:00:00Z,10,\n" +
        "S2,Brent,2017-05-05T10:00:00Z,0,\n" +
        "S3,Lewisham,2017-06-05T10:00:00Z,9,\n";

    private const string RiskHeader =
        "id,description,cause,consequence,owner,inherent_impact,inherent_likelihood,residual_impact,residual_likelihood,mitigation,responsible_officer,review_date\n";

    private static TempFolder Folder(string? services = Services, string? outages = Outages, string? calls = Calls, string? responses = Responses)
    {
        var folder = new TempFolder();
        Write(folder, "services.csv", services);
        Write(folder, "outages.csv", outages);
        Write(folder, "calls.csv", calls);
        Write(folder, "responses.csv", responses);
        return folder;

        static void Write(TempFolder folder, string name, string? text)
        {
            if (text is not null)
            {
                folder.Write(name, text);
            }
        }
    }

    private static (int Code, string Csv, string Error) Pack(TempFolder data, params string[] extra)
    {
        using var output = new TempFolder();
        var (code, _, error) = HostRunner.Run(["pack", "--data", data.Path, "--out", output.Path, "--no-terminal", .. extra]);
        AssertNoStackTrace(error);
        AssertAccountingAddsUp(error);
        string csvPath = Path.Combine(output.Path, "pack.csv");
        return (code, File.Exists(csvPath) ? File.ReadAllText(csvPath) : string.Empty, error);
    }

    private static void AssertNoStackTrace(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    /// <summary>Every accounting line says records = counted + rejected + excluded + outside.</summary>
    private static void AssertAccountingAddsUp(string error)
    {
        foreach (Match line in AccountingLine().Matches(error))
        {
            int records = int.Parse(line.Groups["records"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int sum = int.Parse(line.Groups["counted"].Value, System.Globalization.CultureInfo.InvariantCulture)
                + int.Parse(line.Groups["rejected"].Value, System.Globalization.CultureInfo.InvariantCulture)
                + (line.Groups["excluded"].Success ? int.Parse(line.Groups["excluded"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0)
                + (line.Groups["outside"].Success ? int.Parse(line.Groups["outside"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
            Assert.True(records == sum, line.Value);
        }
    }

    [GeneratedRegex(@"^(?<file>[^:\n]+): (?<records>\d+) records: (?<counted>\d+) counted, (?<rejected>\d+) rejected(, (?<excluded>\d+) excluded)?(, (?<outside>\d+) outside the reporting range)?$", RegexOptions.Multiline)]
    private static partial Regex AccountingLine();

    private static string Cell(string csv, string organisation, string kpi, string month)
    {
        string prefix = organisation + ",";
        string? line = csv.Split("\r\n").FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal) && l.Contains("," + kpi + ",", StringComparison.Ordinal) && l.Contains("," + month + ",", StringComparison.Ordinal));
        Assert.True(line is not null, $"no cell {organisation} / {kpi} / {month}");
        // organisation,section,kpi,target,month,value,display,kind,...
        string[] fields = line!.Split(',');
        return fields[6];
    }

    [Fact]
    public void Baseline_HandWorkedFiguresAndOneAccountingLinePerFile()
    {
        using TempFolder data = Folder();
        var (code, csv, error) = Pack(data);
        Assert.True(code == 0, error);
        Assert.Equal("99.58%", Cell(csv, "Brent", "Website", "2017-04"));
        Assert.Equal("99.87%", Cell(csv, "Brent", "Email", "2017-05"));
        Assert.Equal("99.93%", Cell(csv, "Lewisham", "Website", "2017-06"));
        Assert.Equal("100.00%", Cell(csv, "Brent", "P1 Calls Resolved within SLA", "2017-04"));
        Assert.Equal("0.00%", Cell(csv, "Brent", "P1 Calls Resolved within SLA", "2017-05"));
        Assert.Equal("100", Cell(csv, "Brent", "Net Promoter Score", "2017-04"));
        Assert.Contains("reporting range: 2017-04 to 2017-06 (3 months), inferred from the data", error, StringComparison.Ordinal);
        Assert.Contains("services.csv: 3 records: 3 counted, 0 rejected\n", error, StringComparison.Ordinal);
        Assert.Contains("outages.csv: 3 records: 3 counted, 0 rejected\n", error, StringComparison.Ordinal);
        Assert.Contains("calls.csv: 3 records: 3 counted, 0 rejected\n", error, StringComparison.Ordinal);
        Assert.Contains("responses.csv: 3 records: 3 counted, 0 rejected\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Item2_RiskOffTheThreeByThreeScale_RejectedAndTheRegisterKeepsItsBands()
    {
        using TempFolder data = Folder();
        data.Write("risks.csv", RiskHeader +
            "R1,Loss of data centre,,,,,,3,2,,,\n" +     // 3 x 2 = 6: red on the 3x3 bands (6-9)
            "R2,Typo'd impact,,,,,,4,1,,,\n");           // line 3: 4 is off the 3x3 scale
        var (code, _, error) = Pack(data);
        Assert.Equal(1, code);
        Assert.Contains("risks.csv:3: residual_impact: 4 is not a level on the register's 3x3 scale, 1 to 3.", error, StringComparison.Ordinal);
        Assert.Contains("risks.csv: 2 records: 1 counted, 1 rejected", error, StringComparison.Ordinal);

        DataSet loaded = DataSet.Load(data.Path, DateTimeZoneProviders.Tzdb["Europe/London"]);
        PackDocument document = PackDocumentLoader.Build(loaded, null, null)!;
        Assert.Equal(RagStatus.Red, Assert.Single(document.Risks!.Entries).ResidualStatus);

        // On the 5x5 scale (asked for), the same row is valid.
        var (code5, _, error5) = Pack(data, "--risk-scale", "5");
        Assert.True(code5 == 0, error5);
        Assert.Contains("risks.csv: 2 records: 2 counted, 0 rejected", error5, StringComparison.Ordinal);
    }

    [Fact]
    public void Item4_NamesMatchWithoutRegardToCaseOrSpace_SameFiguresAsCanonicalNames()
    {
        using TempFolder canonical = Folder();
        using TempFolder mixed = Folder(
            outages: Outages.Replace("Brent,Website,O1", "brent , website,O1", StringComparison.Ordinal).Replace("Lewisham,Website", "LEWISHAM,WEBSITE", StringComparison.Ordinal),
            calls: Calls.Replace("C2,Brent", "C2, BRENT ", StringComparison.Ordinal),
            responses: Responses.Replace("S2,Brent", "S2,brent", StringComparison.Ordinal));
        var (code, csv, error) = Pack(canonical);
        var (mixedCode, mixedCsv, mixedError) = Pack(mixed);
        Assert.True(code == 0 && mixedCode == 0, error + mixedError);
        Assert.Equal(csv, mixedCsv);
        Assert.DoesNotContain("brent", mixedCsv, StringComparison.Ordinal);
        Assert.DoesNotContain("BRENT", mixedCsv, StringComparison.Ordinal);
    }

    [Fact]
    public void Item4_MonitoringRowInOtherCase_IsApplied_AndAnUnknownNameIsRejected()
    {
        using TempFolder data = Folder();
        data.Write("monitoring.csv", "organisation,service,start,end\n" +
            " BRENT,email ,2017-05-01T00:00:00+01:00,2017-06-01T00:00:00+01:00\n" +
            "Brent,Fax,2017-05-01T00:00:00+01:00,2017-06-01T00:00:00+01:00\n");
        data.Write("calls.csv", Calls + "C4,Brnt,P1,incident,2017-04-03T10:00:00Z,,2017-04-03T11:00:00Z,,,\n");
        var (code, csv, error) = Pack(data);
        Assert.Equal(1, code);
        // Email was monitored in May only: April and June are UNVL, May is measured.
        Assert.Equal("UNVL", Cell(csv, "Brent", "Email", "2017-04"));
        Assert.Equal("99.87%", Cell(csv, "Brent", "Email", "2017-05"));
        Assert.Equal("UNVL", Cell(csv, "Brent", "Email", "2017-06"));
        Assert.Contains("monitoring.csv:3: service: The service 'Fax' of Brent is not in services.csv", error, StringComparison.Ordinal);
        Assert.Contains("calls.csv:5: organisation: The organisation 'Brnt' is not defined in services.csv", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Brnt,", csv, StringComparison.Ordinal);
        Assert.Contains("calls.csv: 4 records: 3 counted, 1 rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Item6_StrayOldResponse_NeitherWidensTheRangeNorIsLost()
    {
        using TempFolder canonical = Folder();
        using TempFolder data = Folder(responses: Responses + "S9,Brent,2016-05-05T10:00:00Z,10,\n");
        var (_, baseline, _) = Pack(canonical);
        var (code, csv, error) = Pack(data);
        Assert.True(code == 0, error);
        Assert.Equal(baseline, csv);
        Assert.Contains("reporting range: 2017-04 to 2017-06 (3 months)", error, StringComparison.Ordinal);
        Assert.Contains("warning: responses.csv: 1 record(s) in 2016-05 lie apart from its other records", error, StringComparison.Ordinal);
        Assert.Contains("responses.csv: 4 records: 3 counted, 0 rejected, 1 outside the reporting range", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-05-05T10:00:00Z")]
    [InlineData("0001-01-01T09:15:00Z")]
    public void Item5And6And10_ResponseOutsideTheSupportedRange_RejectedAtItsLine(string responded)
    {
        using TempFolder canonical = Folder();
        using TempFolder data = Folder(responses: Responses + "S9,Brent," + responded + ",10,\n");
        var (_, baseline, _) = Pack(canonical);
        var (code, csv, error) = Pack(data);
        Assert.Equal(1, code);
        Assert.Equal(baseline, csv);
        Assert.Contains("responses.csv:5: responded: '" + responded + "' is outside the supported range: dates from 1901-01-01 to 2148-12-31", error, StringComparison.Ordinal);
        Assert.Contains("responses.csv: 4 records: 3 counted, 1 rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Item7_MonthsWithoutEvidence_AreUnvlNotHundredPercent()
    {
        using TempFolder data = Folder();
        var (code, csv, error) = Pack(data, "--from", "2018-01", "--to", "2018-02");
        Assert.True(code == 0, error);
        Assert.Equal("UNVL", Cell(csv, "Brent", "Website", "2018-01"));
        Assert.Equal("UNVL", Cell(csv, "Brent", "Total Volume of Calls", "2018-01"));
        Assert.Equal("UNVL", Cell(csv, "Brent", "Net Promoter Score", "2018-02"));
        Assert.Contains("outages.csv: 3 records: 0 counted, 0 rejected, 3 outside the reporting range", error, StringComparison.Ordinal);

        // Inside the outage log's months, a month without outages is a real 100%.
        var (_, inside, _) = Pack(data);
        Assert.Equal("100.00%", Cell(inside, "Brent", "Website", "2017-05"));
    }

    [Fact]
    public void Item8_InputFilesFoundInAnyCase_AndUnusedFilesWarnedAbout()
    {
        using TempFolder canonical = Folder();
        using TempFolder data = Folder(calls: null, responses: null);
        data.Write("Calls.csv", Calls);
        data.Write("responses.CSV", Responses);
        data.Write("notes.txt", "not data\n");
        var (_, baseline, _) = Pack(canonical);
        var (code, csv, error) = Pack(data);
        Assert.True(code == 0, error);
        Assert.Equal(baseline, csv);
        Assert.Contains("Calls.csv: 3 records: 3 counted, 0 rejected", error, StringComparison.Ordinal);
        Assert.Contains("notes.txt:0: -: warning: Not read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Item8_NoSurveyFile_NpsIsUnvlNotNotApplicable()
    {
        using TempFolder data = Folder(responses: null);
        var (code, csv, error) = Pack(data);
        Assert.True(code == 0, error);
        Assert.Equal("UNVL", Cell(csv, "Brent", "Net Promoter Score", "2017-04"));
    }

    [Fact]
    public void Item9_ExceptionProblemsAtTheirLines_CountedOnce_UnknownCouncilAddsNoSection()
    {
        using TempFolder data = Folder();
        data.Write("exceptions.csv", "organisation,row,month,text\n" +
            "brent,website,,Update caused an outage\n" + // line 2: matches Brent's Website
            "Brent,Fax,,no such row\n" +                  // line 3
            "Camden,Website,,no such council\n" +         // line 4
            "Brent,Website,Sept,bad month\n");            // line 5
        var (code, csv, error) = Pack(data);
        Assert.Equal(1, code);
        Assert.Contains("exceptions.csv:3: row: no row of the pack is named 'Fax'", error, StringComparison.Ordinal);
        Assert.Contains("exceptions.csv:4: organisation: The organisation 'Camden' is not defined in services.csv", error, StringComparison.Ordinal);
        Assert.Contains("exceptions.csv:5: month: ", error, StringComparison.Ordinal);
        Assert.Contains("exceptions.csv: 4 records: 1 counted, 3 rejected", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Camden", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Item10_RepeatedResponseId_RejectedAtItsLine()
    {
        using TempFolder data = Folder(responses: Responses + "S1,Brent,2017-04-06T10:00:00Z,0,\n");
        var (code, csv, error) = Pack(data);
        Assert.Equal(1, code);
        Assert.Contains("responses.csv:5: id: The response id 'S1' is already used on line 2", error, StringComparison.Ordinal);
        Assert.Equal("100", Cell(csv, "Brent", "Net Promoter Score", "2017-04")); // the repeat (a detractor) is not counted
    }

    [Fact]
    public void Item10_OutageDatedYearOne_RejectedLikeEveryOtherFile()
    {
        using TempFolder data = Folder(outages: Outages + "Brent,Website,O9,0001-01-01T00:00:00Z,9999-01-01T00:00:00Z,unplanned,full,x\n");
        var (code, csv, error) = Pack(data);
        Assert.Equal(1, code);
        Assert.Contains("outages.csv:5: start: '0001-01-01T00:00:00Z' is outside the supported range", error, StringComparison.Ordinal);
        Assert.Equal("99.58%", Cell(csv, "Brent", "Website", "2017-04"));
    }

    [Fact]
    public void Item11_BadReviewDate_IsAWarningAndTheRiskStillCounts()
    {
        using TempFolder data = Folder();
        data.Write("risks.csv", RiskHeader + "R1,Loss of data centre,,,,,,3,2,,,2017-02-30\n");
        var (code, _, error) = Pack(data);
        Assert.True(code == 0, error);
        Assert.Contains("risks.csv:2: review_date: warning: '2017-02-30' is not a date in the form yyyy-MM-dd; the record is read without it.", error, StringComparison.Ordinal);
        Assert.Contains("risks.csv: 1 records: 1 counted, 0 rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Item11_Windows1252CategoryIsAWarning_ButANameInWindows1252RejectsTheCall()
    {
        using TempFolder canonical = Folder();
        using TempFolder data = Folder(calls: null);
        byte[] calls =
        [
            .. System.Text.Encoding.ASCII.GetBytes(Calls.TrimEnd('\n')),
            0xA3, (byte)'5', (byte)'\n', // line 4 (C3): category "£5" in Windows-1252
            .. System.Text.Encoding.ASCII.GetBytes("C4,Br"), 0xE9, .. System.Text.Encoding.ASCII.GetBytes("nt,P1,incident,2017-04-03T10:00:00Z,,2017-04-03T11:00:00Z,,,\n"),
        ];
        data.WriteBytes("calls.csv", calls);
        var (_, baseline, _) = Pack(canonical);
        var (code, csv, error) = Pack(data);
        Assert.Equal(1, code);
        Assert.Equal(baseline, csv); // C1 and C3 still count; C4's organisation cannot be trusted
        Assert.Contains("calls.csv:4: category: warning: The text is not valid UTF-8; it was read as Windows-1252 ('", error, StringComparison.Ordinal);
        Assert.Contains("calls.csv:5: organisation: The value is not valid UTF-8 (read as Windows-1252 it is 'Brént')", error, StringComparison.Ordinal);
        Assert.Contains("calls.csv: 4 records: 3 counted, 1 rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Item1_UnterminatedQuote_CostsOnlyItsRecord()
    {
        using TempFolder canonical = Folder();
        using TempFolder data = Folder(calls: Calls.Replace("C2,Brent,P1,incident,2017-05-03T10:00:00Z,,2017-05-03T20:00:00Z,,,", "C2,Brent,P1,incident,2017-05-03T10:00:00Z,,2017-05-03T20:00:00Z,,,\"Email", StringComparison.Ordinal));
        var (code, csv, error) = Pack(data);
        Assert.Equal(1, code);
        Assert.Contains("calls.csv:3: -: ", error, StringComparison.Ordinal);
        Assert.Contains("calls.csv: 3 records: 2 counted, 1 rejected", error, StringComparison.Ordinal);
        Assert.Equal("1", Cell(csv, "Lewisham", "Total Volume of Calls", "2017-06")); // the call after the broken one is read
        // May's only call was the broken one: no call of May is left, so May is UNVL (no data), not "0 calls".
        Assert.Equal("UNVL", Cell(csv, "Brent", "Total Volume of Calls", "2017-05"));
        Assert.Contains("warning: calls.csv: no call was logged in 2017-05, inside the months the export covers", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Item3_ServiceHoursInTwoParts_MeasureBothParts()
    {
        // October 2017 has 22 weekdays (the 2nd to the 31st): 22 x (4 h + 4 h) = 176 h. The 09:00-10:00 BST outage on
        // Tuesday 10 October is inside the morning part: 1 h down, 1 - 1/176 = 99.43%.
        using var folder = new TempFolder();
        string services = folder.Write("services.csv", "organisation,service,target_percent,service_hours,exclude_planned\n" +
            "Brent,Website,99.9,Mon-Fri 08:00-12:00; Mon-Fri 13:00-17:00,no\n");
        string outages = folder.Write("outages.csv", "organisation,service,reference,start,end,kind,impact,description\n" +
            "Brent,Website,O1,2017-10-10T09:00:00+01:00,2017-10-10T10:00:00+01:00,unplanned,full,x\n");
        var (code, output, error) = HostRunner.Run("availability", "--outages", outages, "--services", services, "--month", "2017-10");
        Assert.True(code == 0, error);
        Assert.Matches(@"Brent\s+Website\s+99\.9%\s+176:00:00\s+1:00:00\s.*99\.43%\s+MISSED", output);
    }

    [Fact]
    public void Item11_HoldEndingAfterResolution_CallStillInTheVolume_SlaNotJudged()
    {
        using TempFolder data = Folder(calls: Calls.Replace(
            "C1,Brent,P1,incident,2017-04-03T10:00:00Z,,2017-04-03T11:00:00Z,,,",
            "C1,Brent,P1,incident,2017-04-03T10:00:00Z,,2017-04-03T11:00:00Z,2017-04-03T10:30:00Z/2017-04-03T12:00:00Z,,",
            StringComparison.Ordinal));
        var (code, csv, error) = Pack(data);
        Assert.True(code == 0, error); // a warning, not a rejection
        Assert.Matches(@"calls\.csv:2: on_hold: warning: .*its SLA is not judged", error);
        Assert.Contains("calls.csv: 3 records: 3 counted, 0 rejected", error, StringComparison.Ordinal);
        Assert.Equal("1", Cell(csv, "Brent", "Volume of P1 Calls", "2017-04"));
        Assert.Equal("N/A", Cell(csv, "Brent", "P1 Calls Resolved within SLA", "2017-04")); // its only call is not judged
    }

    [Fact]
    public void Item12_RepeatedOutageReference_NamesTheFirstLine()
    {
        using TempFolder data = Folder(outages: Outages + "Brent,Website,O1,2017-04-20T10:00:00Z,2017-04-20T11:00:00Z,unplanned,full,repeat\n");
        var (code, csv, error) = Pack(data);
        Assert.Equal(1, code);
        Assert.Contains("outages.csv:5: reference: The reference 'O1' is already used for Brent's Website on line 2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("#0", error, StringComparison.Ordinal);
        Assert.Equal("99.58%", Cell(csv, "Brent", "Website", "2017-04"));
    }

    [Fact]
    public void Item12_AvailabilityCommand_AccountsPerFileNotAcrossFiles()
    {
        using TempFolder data = Folder();
        string outages = data.Write("outages.csv", Outages + "Brent,Website,O4,2017-04-31T10:00:00Z,,unplanned,full,bad date\n");
        var (code, output, error) = HostRunner.Run("availability", "--outages", outages, "--services", Path.Combine(data.Path, "services.csv"), "--month", "2017-04");
        Assert.Equal(1, code);
        AssertAccountingAddsUp(error);
        Assert.Contains("services.csv: 3 records: 3 counted, 0 rejected", error, StringComparison.Ordinal);
        Assert.Contains("outages.csv: 4 records: 1 counted, 1 rejected, 2 outside the reporting range", error, StringComparison.Ordinal);
        Assert.Matches(@"Brent\s+Website\s.*99\.58%", output);
    }

    [Fact]
    public void Item12_RiskCommandOnTheThreeScale_NamesThatScale()
    {
        using var folder = new TempFolder();
        string path = folder.Write("risks.csv", RiskHeader + "R1,x,,,,,,0,2,,,\n");
        var (code, _, error) = HostRunner.Run("risk", "--register", path);
        Assert.Equal(1, code);
        Assert.Contains("0 is not a level on the register's 3x3 scale, 1 to 3.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitCodes_WarningsAndOutsideRecordsDoNotFailTheRun_RejectionsDo()
    {
        using TempFolder data = Folder(responses: Responses + "S9,Brent,2016-05-05T10:00:00Z,10,\n");
        Assert.Equal(0, Pack(data).Code);
        data.Write("calls.csv", Calls + "C9,Brent,P1,incident,not a date,,,,,\n");
        Assert.Equal(1, Pack(data).Code);
        data.Write("calls.csv", "id,organisation\nC1,Brent\n");
        Assert.Equal(2, Pack(data).Code);
    }

    /// <summary>
    /// Law: whatever is done to the input files (bytes flipped, quotes or NULs inserted, lines cut or repeated, case
    /// changed), the pack exits 0, 1 or 2, shows no stack trace, and every file's accounting line adds up.
    /// </summary>
    [Fact]
    public void AnyMutationOfTheInputFiles_NeverAStackTrace_AndAccountingAlwaysAddsUp()
    {
        var random = new Random(20171001);
        string[] names = ["services.csv", "outages.csv", "calls.csv", "responses.csv"];
        string[] texts = [Services, Outages, Calls, Responses];
        for (int run = 0; run < 40; run++)
        {
            using TempFolder data = Folder();
            int target = random.Next(names.Length);
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(texts[target]);
            var list = new List<byte>(bytes);
            for (int m = random.Next(1, 4); m > 0; m--)
            {
                int at = random.Next(list.Count + 1);
                switch (random.Next(6))
                {
                    case 0: list.Insert(at, (byte)'"'); break;
                    case 1: list.Insert(at, 0); break;
                    case 2: list.Insert(at, (byte)random.Next(0x80, 0x100)); break;
                    case 3: list.RemoveRange(at, Math.Min(list.Count - at, random.Next(1, 20))); break;
                    case 4: list.InsertRange(at, System.Text.Encoding.ASCII.GetBytes(",\r\n")); break;
                    default: list.InsertRange(at, list.GetRange(0, Math.Min(list.Count, random.Next(1, 60)))); break;
                }
            }

            data.WriteBytes(names[target], [.. list]);
            var (code, _, error) = Pack(data); // asserts no stack trace and that the accounting adds up
            Assert.True(code is 0 or 1 or 2, error);
        }
    }

    [Fact]
    public void ExcelSavedFile_BomCrLfAndEmptyRowsOfSeparators_ReadAsTheSameRecords()
    {
        using TempFolder canonical = Folder();
        using TempFolder data = Folder(calls: null);
        data.WriteBytes("calls.csv", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Calls.Replace("\n", "\r\n", StringComparison.Ordinal) + ",,,,,,,,,\r\n  \r\n,,,,,,,,,\r\n")]);
        var (_, baseline, _) = Pack(canonical);
        var (code, csv, error) = Pack(data);
        Assert.True(code == 0, error);
        Assert.Equal(baseline, csv);
        Assert.Contains("calls.csv: 3 records: 3 counted, 0 rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SemicolonSeparatedFile_RefusedWithAHint_AndItsOwnLine()
    {
        using TempFolder data = Folder();
        data.Write("monitoring.csv", "organisation;service;start;end\nBrent;Website;2017-04-01T00:00:00Z;2017-05-01T00:00:00Z\n");
        var (code, _, error) = Pack(data);
        Assert.Equal(2, code);
        Assert.Contains("The file seems to separate fields with semicolons; save it with commas", error, StringComparison.Ordinal);
        Assert.Contains("monitoring.csv: not read: the whole file was refused (see above)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void InputZone_AppliesToEveryFileNotOnlyCallsAndOutages()
    {
        // 2017-04-30 23:30 without an offset: in London (BST) that is April; read as UTC it is 00:30 BST on 1 May.
        using TempFolder data = Folder(responses: Responses + "S4,Brent,2017-04-30T23:30:00,0,\n");
        var (_, london, _) = Pack(data);
        var (code, utc, error) = Pack(data, "--input-zone", "UTC");
        Assert.True(code == 0, error);
        Assert.Equal("0", Cell(london, "Brent", "Net Promoter Score", "2017-04"));   // 10 and 0: (1 - 1) / 2
        Assert.Equal("-100", Cell(london, "Brent", "Net Promoter Score", "2017-05"));
        Assert.Equal("100", Cell(utc, "Brent", "Net Promoter Score", "2017-04"));
        Assert.Equal("-100", Cell(utc, "Brent", "Net Promoter Score", "2017-05"));    // 0 and 0
    }

    [Fact]
    public void Accounting_EveryRecordInExactlyOneBucket()
    {
        var summary = new InputFileSummary("f.csv", true, 6);
        InputProblem[] problems =
        [
            new("f.csv", 2, "a", "bad"),
            new("f.csv", 2, "b", "also bad"),               // same record: counted once
            new("f.csv", 3, "a", "warn", ProblemKind.Warning), // still counted
            new("f.csv", 4, "a", "cancelled", ProblemKind.Excluded),
            new("f.csv", 5, "a", "range", ProblemKind.Outside),
            new("f.csv", 5, "b", "bad too"),                // rejected wins over outside
            new("g.csv", 6, "a", "other file"),
        ];
        FileAccount account = summary.Account(problems);
        Assert.Equal(new FileAccount("f.csv", 6, 3, 2, 1, 0), account);
        Assert.Equal("f.csv: 6 records: 3 counted, 2 rejected, 1 excluded", account.ToString());
    }
}
