using System.Text.Json;
using KpiCore.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Tests.Time;

/// <summary>
/// Reads the GOV.UK bank-holidays file bundled in KpiCore (Crown copyright, OGL v3; see /work/shared/data/README.md)
/// with its own minimal reader, independent of the library's loader, so the file can serve as an oracle.
/// </summary>
internal static class GovUkOracle
{
    internal sealed record Row(LocalDate Date, string Title, bool IsSubstitute);

    private static readonly Lazy<Dictionary<UkDivision, List<Row>>> Rows = new(Load);

    internal static IReadOnlyList<Row> ForYear(UkDivision division, int year) =>
        Rows.Value[division].Where(row => row.Date.Year == year).OrderBy(row => row.Date).ToList();

    internal static string BundledJson()
    {
        using Stream stream = typeof(UkBankHolidays).Assembly.GetManifestResourceStream("KpiCore.Time.Data.govuk-bank-holidays.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Dictionary<UkDivision, List<Row>> Load()
    {
        using JsonDocument document = JsonDocument.Parse(BundledJson());
        var result = new Dictionary<UkDivision, List<Row>>();
        foreach ((UkDivision division, string key) in new[]
        {
            (UkDivision.EnglandAndWales, "england-and-wales"),
            (UkDivision.Scotland, "scotland"),
            (UkDivision.NorthernIreland, "northern-ireland"),
        })
        {
            result[division] = document.RootElement.GetProperty(key).GetProperty("events").EnumerateArray()
                .Select(e => new Row(
                    LocalDatePattern.Iso.Parse(e.GetProperty("date").GetString()!).Value,
                    e.GetProperty("title").GetString()!,
                    e.GetProperty("notes").GetString() == "Substitute day"))
                .ToList();
        }

        return result;
    }
}
