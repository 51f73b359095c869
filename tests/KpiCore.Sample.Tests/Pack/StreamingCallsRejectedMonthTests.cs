namespace KpiCore.Sample.Tests.Pack;

/// <summary>
/// A month in which the only calls logged were rejected (here: resolved before logged) is covered by the export, so the
/// streamed store must report it as the in-memory path does (every organisation with zeros, the calls open at its end):
/// it used to stop with an internal error, as no valid call's life had reached that month.
/// </summary>
public sealed class StreamingCallsRejectedMonthTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Pack_MonthWithOnlyRejectedCalls_StreamedEqualsInMemory(int parts)
    {
        using var folder = new TempFolder();
        folder.Write("calls.csv", string.Join('\n',
            "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category",
            "C1,Brent,P2,incident,2017-04-03T09:00:00Z,,2017-04-04T09:00:00Z,,,",
            "C2,Brent,P2,incident,2017-04-20T09:00:00Z,,,,,", // open: open at the end of May and June too
            "C3,Brent,P2,incident,2017-05-10T09:00:00Z,,2017-05-09T09:00:00Z,,,", // May's only call: resolved before logged
            "C4,Brent,P3,incident,2017-06-05T09:00:00Z,,2017-06-06T09:00:00Z,,,",
            "C5,Brent,P3,incident,2017-07-05T09:00:00Z,,2017-07-04T09:00:00Z,,,") + "\n"); // July's only call, rejected too: the last month
        string inMemory = StreamingCallsEquivalenceTests.Run(folder.Path, null, inMemory: true);
        Assert.Equal(inMemory, StreamingCallsEquivalenceTests.Run(folder.Path, null, StreamingCallsEquivalenceTests.Streamed(parts, 150)));
        Assert.Contains("calls.csv:4: resolved:", inMemory, StringComparison.Ordinal);
        Assert.Contains("calls.csv:6: resolved:", inMemory, StringComparison.Ordinal);
    }
}
