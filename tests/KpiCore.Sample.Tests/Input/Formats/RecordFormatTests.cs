using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Input.Profiles;
using NodaTime;

namespace KpiCore.Sample.Tests.Input.Formats;

/// <summary>
/// Each record format reads what it writes: every file of the default data, read through its format and written back
/// through the same format, is the same bytes; and the schema is consistent (required columns are columns).
/// </summary>
public sealed class RecordFormatTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static TheoryData<string> Files => [.. DataSet.FileNames];

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadThenWrite_DefaultData_GivesTheSameBytes(string file)
    {
        string path = Path.Combine(TempFolder.RepositoryDataFolder(), file);
        using var temp = new TempFolder();
        string written = Path.Combine(temp.Path, file);
        var problems = new List<InputProblem>();
        switch (file)
        {
            case ServicesFormat.Name: RoundTrip(path, written, new ServicesFormat(London), new ServicesFormat(London), problems); break;
            case OutagesFormat.Name: RoundTrip(path, written, new OutagesFormat(new InstantReader(London)), new OutagesFormat(new InstantReader(London)), problems); break;
            case MonitoringFormat.Name: RoundTrip(path, written, new MonitoringFormat(London), new MonitoringFormat(London), problems); break;
            case CallsFormat.Name: RoundTrip(path, written, new CallsFormat(new InstantReader(London)), new CallsFormat(new InstantReader(London)), problems); break;
            case ResponsesFormat.Name: RoundTrip(path, written, new ResponsesFormat(London), new ResponsesFormat(London), problems); break;
            case RisksFormat.Name: RoundTrip(path, written, new RisksFormat(London, 3), new RisksFormat(London, 3), problems); break;
            case ExceptionsFormat.Name: RoundTrip(path, written, new ExceptionsFormat(London), new ExceptionsFormat(London), problems); break;
            case ObjectivesFormat.Name: RoundTrip(path, written, new ObjectivesFormat(London), new ObjectivesFormat(London), problems); break;
            case SurveysFormat.Name: RoundTrip(path, written, new SurveysFormat(London), new SurveysFormat(London), problems); break;
            case RisksFormat.PreviousName: RoundTrip(path, written, new RisksFormat(London, 3, RisksFormat.PreviousName), new RisksFormat(London, 3, RisksFormat.PreviousName), problems); break;
            default: Assert.Fail("no format for " + file); break;
        }

        Assert.Empty(problems);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(written));
    }

    [Fact]
    public void Required_EveryFormatAndProfile_AreAmongItsColumns()
    {
        foreach (string name in BuiltInProfiles.Names)
        {
            ImportProfile profile = BuiltInProfiles.Find(name)!;
            var calls = new CallsFormat(new InstantReader(London), profile);
            var outages = new OutagesFormat(new InstantReader(London), profile);
            var history = new HistoryFormat(profile.History);
            Assert.All(calls.Required, c => Assert.Contains(c, calls.Columns));
            Assert.All(outages.Required, c => Assert.Contains(c, outages.Columns));
            Assert.All(history.Required, c => Assert.Contains(c, history.Columns));
        }

        Assert.All(new ServicesFormat(London).Required, c => Assert.Contains(c, new ServicesFormat(London).Columns));
        Assert.All(new RisksFormat(London).Required, c => Assert.Contains(c, new RisksFormat(London).Columns));
        Assert.All(new ResponsesFormat(London).Required, c => Assert.Contains(c, new ResponsesFormat(London).Columns));
        Assert.All(new ExceptionsFormat(London).Required, c => Assert.Contains(c, new ExceptionsFormat(London).Columns));
    }

    private static void RoundTrip<T>(string path, string written, RecordFormat<T> reader, RecordFormat<T> writer, List<InputProblem> problems)
        where T : class
    {
        List<T> records = InputFiles.Read(path, Path.GetFileName(path), reader, problems, out InputFileSummary summary);
        Assert.True(summary.Present);
        Assert.Equal(summary.Records, records.Count);
        using (var csv = new RecordWriter<T>(written, writer))
        {
            records.ForEach(csv.Write);
        }
    }
}
