using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Sample.Progress;

namespace KpiCore.Sample.Tests.Progress;

/// <summary>
/// The progress display's lines, with a fake clock so the times are known: each expected line is worked out by hand
/// from the counts and times given (rates = records / seconds, ETA = elapsed x unread / read).
/// </summary>
public sealed class ProgressDisplayTests
{
    private const string Erase1 = "\u001b[1A\r\u001b[J";

    [Fact]
    public void Plain_FileRead_IsOneFinalLineWithRecordsSizeTimeAndRate()
    {
        var clock = new FakeClock();
        using var error = new StringWriter();
        using ProgressDisplay display = ProgressDisplay.Plain(error, clock);
        IFileProgress file = display.BeginFile("/data/in/calls.csv", 972_000_000);
        file.Advance(500_000_000, 6_000_000);
        file.Advance(472_000_000, 4_000_000);
        clock.Advance(TimeSpan.FromSeconds(4.2));
        Assert.Empty(error.ToString()); // nothing until the file is read
        file.Dispose();

        // 10,000,000 records / 4.2 s = 2,380,952 records/s -> 2.4M.
        Assert.Equal("stage read calls.csv: 10,000,000 records, 972.0 MB in 4.2 s (2.4M records/s)\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Plain_SmallFileAndStages_AreWrittenInTheOrderTheyEnd()
    {
        var clock = new FakeClock();
        using var error = new StringWriter();
        using ProgressDisplay display = ProgressDisplay.Plain(error, clock);
        IDisposable read = display.BeginStage("read input files");
        IFileProgress services = display.BeginFile("services.csv", 872);
        services.Advance(872, 24);
        clock.Advance(TimeSpan.FromSeconds(0.5));
        services.Dispose();
        services.Dispose(); // a second dispose writes nothing more
        clock.Advance(TimeSpan.FromSeconds(90));
        read.Dispose();
        IDisposable compute = display.BeginStage("compute pack");
        clock.Advance(TimeSpan.FromSeconds(1.3));
        compute.Dispose();

        string[] expected =
        [
            "stage read services.csv: 24 records, 0.9 kB in 0.5 s (48 records/s)", // 24 / 0.5
            "stage read input files: 1 min 31 s", // 90.5 s rounds to 91 s
            "stage compute pack: 1.3 s",
        ];
        Assert.Equal(expected, error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Plain_FileEndedAtOnce_HasNoRate()
    {
        var clock = new FakeClock();
        using var error = new StringWriter();
        using ProgressDisplay display = ProgressDisplay.Plain(error, clock);
        using (IFileProgress file = display.BeginFile("risks.csv", 1731))
        {
            file.Advance(1731, 5);
        }

        Assert.Equal("stage read risks.csv: 5 records, 1.7 kB in 0.0 s", error.ToString().TrimEnd());
    }

    [Fact]
    public void Terminal_LiveLine_ShowsRecordsRateBytesOfTotalPercentAndEta()
    {
        var clock = new FakeClock();
        using ProgressDisplay display = ProgressDisplay.Terminal(new LiveArea(TextWriter.Null, () => 200), clock, refresh: null);
        IFileProgress file = display.BeginFile("calls.csv", 1_000_000_000);
        file.Advance(250_000_000, 2_500_000);
        clock.Advance(TimeSpan.FromSeconds(10));

        // 2,500,000 / 10 s = 250.0k/s; 250 of 1000 MB = 25%; the other 750 MB at 25 MB/s = 30 s.
        Assert.Equal(["read calls.csv: 2,500,000 records (250.0k records/s), 250.0 of 1,000.0 MB (25%), ETA 30.0 s"], display.LiveLines());

        file.Advance(500_000_000, 5_000_000);
        clock.Advance(TimeSpan.FromSeconds(20));

        // 750 MB in 30 s: the last 250 MB at 25 MB/s = 10 s.
        Assert.Equal(["read calls.csv: 7,500,000 records (250.0k records/s), 750.0 of 1,000.0 MB (75%), ETA 10.0 s"], display.LiveLines());
    }

    [Fact]
    public void Terminal_LiveLines_StagesFirstThenFiles_NoEtaInTheFirstSecondOrWithoutTotal()
    {
        var clock = new FakeClock();
        using ProgressDisplay display = ProgressDisplay.Terminal(new LiveArea(TextWriter.Null, () => 200), clock, refresh: null);
        using IDisposable stage = display.BeginStage("read input files");
        IFileProgress known = display.BeginFile("outages.csv", 2_000_000);
        IFileProgress unknown = display.BeginFile("piped.csv", -1);
        known.Advance(500_000, 1000);
        unknown.Advance(3_000_000, 30_000);
        clock.Advance(TimeSpan.FromSeconds(0.5));

        string[] expected =
        [
            "stage read input files: 0.5 s ...",
            "read outages.csv: 1,000 records (2.0k records/s), 0.5 of 2.0 MB (25%)", // 0.5 s: too early for an ETA
            "read piped.csv: 30,000 records (60.0k records/s), 3.0 MB",
        ];
        Assert.Equal(expected, display.LiveLines());
    }

    [Fact]
    public void Terminal_Redraw_ErasesTheLinesItDrewAndLeavesFinalLinesAbove()
    {
        var clock = new FakeClock();
        using var screen = new StringWriter();
        ProgressDisplay display = ProgressDisplay.Terminal(new LiveArea(screen, () => 200), clock, refresh: null);
        IFileProgress file = display.BeginFile("calls.csv", 1_000_000);
        file.Advance(100_000, 10);
        clock.Advance(TimeSpan.FromSeconds(1));
        display.Redraw();
        file.Advance(100_000, 10);
        clock.Advance(TimeSpan.FromSeconds(1));
        display.Redraw();
        file.Advance(800_000, 80);
        file.Dispose();
        display.Dispose();

        string expected =
            "read calls.csv: 10 records (10 records/s), 0.1 of 1.0 MB (10%), ETA 9.0 s\n" // 1 s x 0.9 / 0.1
            + Erase1 + "read calls.csv: 20 records (10 records/s), 0.2 of 1.0 MB (20%), ETA 8.0 s\n" // 2 s x 0.8 / 0.2
            + Erase1 + "stage read calls.csv: 100 records, 1.0 MB in 2.0 s (50 records/s)" + Environment.NewLine;
        Assert.Equal(expected, screen.ToString());
    }

    [Fact]
    public void Terminal_LinesWiderThanTheTerminal_AreCutSoEachTakesOneRow()
    {
        var clock = new FakeClock();
        using var screen = new StringWriter();
        using ProgressDisplay display = ProgressDisplay.Terminal(new LiveArea(screen, () => 30), clock, refresh: null);
        display.BeginFile("calls.csv", 1_000_000).Advance(1, 1);
        display.Redraw();
        Assert.Equal("read calls.csv: 1 records, 0.0 of 1.0 MB (0%)"[..29] + "\n", screen.ToString()); // no time yet: no rate
    }

    [Fact]
    public void LiveAreaWriter_OtherOutput_ErasesTheLiveLinesFirst_AndAnUnfinishedLineHoldsTheRedraw()
    {
        var clock = new FakeClock();
        using var screen = new StringWriter();
        var area = new LiveArea(screen, () => 200);
        using var other = new LiveAreaWriter(screen, area);
        using ProgressDisplay display = ProgressDisplay.Terminal(area, clock, refresh: null);
        using IDisposable stage = display.BeginStage("compute pack");
        display.Redraw();
        other.Write("warning: ");
        display.Redraw(); // skipped: it would split the warning's line
        other.WriteLine("something");
        clock.Advance(TimeSpan.FromSeconds(2));
        display.Redraw();

        string nl = Environment.NewLine;
        Assert.Equal("stage compute pack: 0.0 s ...\n" + Erase1 + "warning: something" + nl + "stage compute pack: 2.0 s ...\n", screen.ToString());
    }

    [Property(MaxTest = 200)]
    public Property Advance_FromTwoThreads_SumsExactly(long[] bytes, int[] records, int split)
    {
        var reports = bytes.Zip(records, (b, r) => (Bytes: Math.Abs(b % 1_000_000_000), Records: (long)Math.Abs(r % 100_000))).ToArray();
        int cut = reports.Length == 0 ? 0 : Math.Abs(split % (reports.Length + 1));
        using ProgressDisplay display = ProgressDisplay.Plain(TextWriter.Null, new FakeClock());
        var meter = (ProgressDisplay.FileMeter)display.BeginFile("calls.csv", -1);
        using var start = new Barrier(2);
        void Report((long Bytes, long Records)[] part)
        {
            start.SignalAndWait();
            foreach ((long b, long r) in part)
            {
                meter.Advance(b, r);
            }
        }

        var first = new Thread(() => Report(reports[..cut]));
        var second = new Thread(() => Report(reports[cut..]));
        first.Start();
        second.Start();
        first.Join();
        second.Join();
        return (meter.Bytes == reports.Sum(r => r.Bytes) && meter.Records == reports.Sum(r => r.Records)).ToProperty();
    }

    [Fact]
    public void Advance_ManyReportsFromTwoThreads_SumsExactly()
    {
        using ProgressDisplay display = ProgressDisplay.Plain(TextWriter.Null, new FakeClock());
        var meter = (ProgressDisplay.FileMeter)display.BeginFile("calls.csv", -1);
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, thread =>
        {
            for (int i = 0; i < 1_000_000; i++)
            {
                meter.Advance(thread + 1, 1);
            }
        });

        Assert.Equal(3_000_000, meter.Bytes); // 1,000,000 x 1 + 1,000,000 x 2
        Assert.Equal(2_000_000, meter.Records);
    }
}
