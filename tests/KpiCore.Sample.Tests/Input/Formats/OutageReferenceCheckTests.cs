using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using KpiCore.Availability;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using NodaTime;

namespace KpiCore.Sample.Tests.Input.Formats;

/// <summary>
/// The outages' repeated-reference check with its pre-pass (first lines kept only for references met more than once)
/// against the check that keeps every reference: the same outages, problems and words on any file.
/// </summary>
public sealed class OutageReferenceCheckTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>
    /// An outages file from small choices: references from a small pool (numbered, lettered, blank, padded) on two
    /// services of two organisations in either case, some rows unreadable (a bad date, an end before the start).
    /// </summary>
    private static string File(int[] choices)
    {
        string[] references = ["INC1", "INC2", "INC01", "CHG-x", "CHG-y", "", " INC1 ", "7", "007", "Z"];
        string[] places = ["Brent,Email", "brent,EMAIL", "Brent,Web", "Harrow,Email"];
        var text = new StringBuilder("organisation,service,reference,start,end,kind,impact\n");
        foreach (int c in choices)
        {
            int k = Math.Abs(c % 1000);
            string start = k % 17 == 0 ? "2017-13-01T09:00:00Z" : "2017-04-0" + (1 + (k % 9)).ToString(CultureInfo.InvariantCulture) + "T09:00:00Z";
            string end = k % 13 == 0 ? "2017-03-01T09:00:00Z" : "2017-04-10T09:00:00Z";
            text.Append(CultureInfo.InvariantCulture, $"{places[k % places.Length]},{references[k % references.Length]},{start},{end},unplanned,full\n");
        }

        return text.ToString();
    }

    private static (string Records, string Problems, int Kept) Read(string path, bool prePass)
    {
        var problems = new List<InputProblem>();
        var format = new OutagesFormat(new InstantReader(London), null, null, prePass ? path : null);
        List<Sourced<Outage>> records = InputFiles.Read(path, "outages.csv", format, problems, out _);
        string shown = string.Join("\n", records.Select(r => $"{r.Line} {r.Organisation} {r.Record.Service} {r.Record.Reference} {r.Record.Start}"));
        return (shown, string.Join("\n", problems), format.KeptReferences);
    }

    [Property(MaxTest = 200)]
    public bool PrePass_AnyFile_SameOutagesAndProblemsAsKeepingEveryReference(int[] choices)
    {
        using var folder = new TempFolder();
        string path = folder.Write("outages.csv", File(choices));
        (string records, string problems, int keptAll) = Read(path, prePass: false);
        (string records2, string problems2, int kept) = Read(path, prePass: true);
        return records == records2 && problems == problems2 && kept <= keptAll;
    }

    [Fact]
    public void PrePass_ReferencesThatOccurOnce_KeepsOnlyTheRepeatedReferencesFirstLines()
    {
        // 1,000 outages with distinct references and one used twice for Brent's Email (lines 2 and 1,001), and once
        // more for Harrow's Email (another service: allowed): two first lines kept, not 1,000.
        var text = new StringBuilder("organisation,service,reference,start,end\n");
        for (int i = 0; i < 1000; i++)
        {
            string reference = i == 999 ? "OUT0" : "OUT" + i.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"Brent,Email,{reference},2017-04-03T09:00:00Z,2017-04-03T10:00:00Z\n");
        }

        text.Append("Harrow,Email,OUT0,2017-04-03T09:00:00Z,2017-04-03T10:00:00Z\n");
        using var folder = new TempFolder();
        string path = folder.Write("outages.csv", text.ToString());
        (_, string problems, int kept) = Read(path, prePass: true);
        Assert.Equal(2, kept);
        Assert.Equal("outages.csv:1001: reference: The reference 'OUT0' is already used for Brent's Email on line 2 (references are unique per service).", problems);
        Assert.Equal(1000, Read(path, prePass: false).Kept);
    }
}
