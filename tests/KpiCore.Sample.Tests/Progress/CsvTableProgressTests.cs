using System.Text;
using KpiCore.Sample.Input;
using KpiCore.Sample.Progress;

namespace KpiCore.Sample.Tests.Progress;

/// <summary>What <see cref="CsvTable"/> reports to <see cref="HostProgress.Current"/> while it reads.</summary>
public sealed class CsvTableProgressTests
{
    [Fact]
    public void Table_ReportsItsLength_EveryByte_AndEveryRowReadableOrNot()
    {
        // Header + 10,000 rows + one row with a field too many (rejected, still a row read) + a blank line (not a row).
        var text = new StringBuilder("id,name\n");
        for (int i = 0; i < 10_000; i++)
        {
            text.Append(i).Append(",n").Append(i).Append('\n');
        }

        text.Append("x,y,z\n\n");
        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        var sink = new RecordingSink();
        using (HostProgress.Use(sink))
        {
            var problems = new List<InputProblem>();
            using CsvTable table = CsvTable.Open(new MemoryStream(bytes), "calls.csv", ["id"], problems)!;
            Assert.Equal(10_000, table.Rows().Count());
            Assert.Single(problems);
        }

        RecordingSink.File file = Assert.Single(sink.Files);
        Assert.Equal(("calls.csv", (long)bytes.Length), (file.Name, file.Total));
        Assert.Equal(bytes.Length, file.Bytes);
        Assert.Equal(10_001, file.Records);
        Assert.True(file.Disposed);
        Assert.True(file.Reports <= 2 + (bytes.Length / 4096) + (10_001 / CsvTable.ProgressRows) + 4, $"{file.Reports} reports: per buffer and per {CsvTable.ProgressRows} rows, not per row");
    }

    [Fact]
    public void Table_WithUnusableHeader_IsNotReported()
    {
        var sink = new RecordingSink();
        using (HostProgress.Use(sink))
        {
            var problems = new List<InputProblem>();
            Assert.Null(CsvTable.Open(new MemoryStream("name\nx\n"u8.ToArray()), "calls.csv", ["id"], problems));
            Assert.Null(CsvTable.Open(new MemoryStream([]), "empty.csv", ["id"], problems));
        }

        Assert.Empty(sink.Files);
    }

    [Fact]
    public void ProgressStream_ReadingAgainAfterASeekBack_CountsEachByteOnce()
    {
        var sink = new RecordingSink();
        var stream = new ProgressStream(new MemoryStream(new byte[1000]));
        IFileProgress file = stream.Report(sink.BeginFile("x.csv", 1000));
        byte[] buffer = new byte[600];
        Assert.Equal(600, stream.Read(buffer, 0, 600));
        stream.Position = 100;
        Assert.Equal(600, stream.Read(buffer, 0, 600)); // bytes 100-699: only 600-699 are new
        Assert.Equal(300, stream.Read(buffer.AsSpan()));
        Assert.Equal(1000, sink.Files[0].Bytes);
        file.Dispose();
    }
}
