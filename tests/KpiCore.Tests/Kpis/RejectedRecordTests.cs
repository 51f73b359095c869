using KpiCore.Kpis;

namespace KpiCore.Tests.Kpis;

public sealed class RejectedRecordTests
{
    [Fact]
    public void Constructor_KeepsPositionIdFieldAndReason()
    {
        var record = new RejectedRecord(3, "R-17", "Score", "Score must be from 0 to 10; was 11.");
        Assert.Equal(3, record.Index);
        Assert.Equal("R-17", record.RecordId);
        Assert.Equal("Score", record.Field);
        Assert.Equal("#3 (R-17) Score: Score must be from 0 to 10; was 11.", record.ToString());
        Assert.Equal("#0 Score: bad.", new RejectedRecord(0, null, "Score", "bad.").ToString());
    }

    [Fact]
    public void Constructor_InvalidArguments_ThrowWithParamName()
    {
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => new RejectedRecord(-1, null, "Score", "bad")).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => new RejectedRecord(0, null, "", "bad")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => new RejectedRecord(0, null, "Score", null!)).ParamName);
    }
}
