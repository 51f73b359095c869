using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using NodaTime;

namespace KpiCore.Sample.Tests.Input.Formats;

/// <summary>
/// The responses' duplicate-id check with its pre-pass (first lines kept only for ids met more than once) against the
/// check that keeps every id: the same responses, problems and words on any file.
/// </summary>
public sealed class ResponsesIdCheckTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>
    /// A responses file from small choices: ids from a small pool (numbered, lettered, blank, padded), some rows
    /// unreadable (a bad score or date, a field too many), so repeats fall on good and bad rows alike.
    /// </summary>
    private static string File(int[] choices)
    {
        string[] ids = ["R1", "R2", "R01", "A-x", "A-y", "", " R1 ", "7", "007", "Z"];
        var text = new StringBuilder("id,organisation,responded,score,comment\n");
        foreach (int c in choices)
        {
            int k = Math.Abs(c % 1000);
            string id = ids[k % ids.Length];
            string score = k % 13 == 0 ? "ten" : (k % 11).ToString(CultureInfo.InvariantCulture);
            string date = k % 17 == 0 ? "2017-13-01T09:00:00Z" : "2017-04-0" + (1 + (k % 9)).ToString(CultureInfo.InvariantCulture) + "T09:00:00Z";
            string extra = k % 19 == 0 ? ",spare" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{id},Brent,{date},{score},c{k}{extra}\n");
        }

        return text.ToString();
    }

    private static (string Records, string Problems, int Kept) Read(string path, bool prePass)
    {
        var problems = new List<InputProblem>();
        var format = new ResponsesFormat(London, null, prePass ? path : null);
        List<Sourced<KpiCore.Satisfaction.SurveyResponse>> records = InputFiles.Read(path, "responses.csv", format, problems, out _);
        string shown = string.Join("\n", records.Select(r => $"{r.Line} {r.Record.Id} {r.Record.Score} {r.Record.Comment}"));
        return (shown, string.Join("\n", problems), format.KeptIds);
    }

    [Property(MaxTest = 200)]
    public bool PrePass_AnyFile_SameResponsesAndProblemsAsKeepingEveryId(int[] choices)
    {
        using var folder = new TempFolder();
        string path = folder.Write("responses.csv", File(choices));
        (string records, string problems, int keptAll) = Read(path, prePass: false);
        (string records2, string problems2, int kept) = Read(path, prePass: true);
        return records == records2 && problems == problems2 && kept <= keptAll;
    }

    [Fact]
    public void PrePass_IdsThatOccurOnce_KeepsOnlyTheRepeatedIdsFirstLines()
    {
        // 1,000 responses with distinct ids and one id used twice (lines 2 and 1,001): one first line kept, not 1,000.
        var text = new StringBuilder("id,organisation,responded,score,comment\n");
        for (int i = 0; i < 1000; i++)
        {
            string id = i == 999 ? "R0" : "R" + i.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{id},Brent,2017-04-03T09:00:00Z,9,\n");
        }

        using var folder = new TempFolder();
        string path = folder.Write("responses.csv", text.ToString());
        (_, string problems, int kept) = Read(path, prePass: true);
        Assert.Equal(1, kept);
        Assert.Equal("responses.csv:1001: id: The response id 'R0' is already used on line 2; a response is counted once.", problems);
        Assert.Equal(999, Read(path, prePass: false).Kept); // every distinct id
    }
}
