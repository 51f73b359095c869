using System.Text.Json;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Serialization;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Serialization;

/// <summary>The README's "JSON" example and table, run as written.</summary>
public sealed class ReadmeJsonExampleTests
{
    [Fact]
    public void Example_RoundTripsAPack()
    {
        var pack = new PerformancePack("Brent", [new YearMonth(2017, 9)],
            [new PackSection("Other", [new KpiRow("Row", KpiTarget.AtLeast(99.9), [KpiValue.Measured(99.93, KpiUnit.Percent)])])], []);

        string json = JsonSerializer.Serialize(pack, KpiCoreJson.Options);               // AOT: KpiCoreJson.GetTypeInfo<PerformancePack>()
        PerformancePack back = JsonSerializer.Deserialize<PerformancePack>(json, KpiCoreJson.Options)!;

        JsonDeepEqual.AssertEqual(pack, back);
        Assert.Equal(json, JsonSerializer.Serialize(pack, KpiCoreJson.GetTypeInfo<PerformancePack>()));
    }

    [Fact]
    public void Table_ShapesAreWhatIsWritten()
    {
        Assert.Equal("""{"fraction":0.9993}""", JsonSerializer.Serialize(Percentage.FromFraction(0.9993), KpiCoreJson.Options));
        Assert.Equal("""{"month":"2017-09","zone":"Europe/London"}""", JsonSerializer.Serialize(ReportingPeriod.Month(new YearMonth(2017, 9)), KpiCoreJson.Options));
        Assert.Equal("""{"firstDay":"2017-09-04","lastDay":"2017-09-10","zone":"Europe/London"}""",
            JsonSerializer.Serialize(ReportingPeriod.ForDates(new LocalDate(2017, 9, 4), new LocalDate(2017, 9, 10)), KpiCoreJson.Options));
    }

    [Fact]
    public void ConfigureForKpiCore_GivesAConsumersTypeNodaTimeAndEnumNames()
    {
        JsonSerializerOptions options = new JsonSerializerOptions().ConfigureForKpiCore();
        var mine = new Mine(Duration.FromHours(745), RagStatus.Amber, KpiValue.NotApplicable);
        string json = JsonSerializer.Serialize(mine, options);
        Assert.Equal("""{"Time":"745:00:00","Rag":"Amber","Value":{"kind":"NotApplicable"}}""", json);
        Assert.Equal(mine, JsonSerializer.Deserialize<Mine>(json, options));
    }

    public sealed record Mine(Duration Time, RagStatus Rag, KpiValue Value);
}
