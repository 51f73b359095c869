using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Time;

/// <summary>
/// Reads the bank-holidays JSON that GOV.UK publishes at https://www.gov.uk/bank-holidays.json:
/// <c>{ "england-and-wales": { "division": "england-and-wales", "events": [ { "title", "date", "notes", "bunting" } ] },
/// "scotland": ..., "northern-ireland": ... }</c>. Only the requested division is read and validated.
/// </summary>
internal static class GovUkBankHolidaysJson
{
    internal static string DivisionKey(UkDivision division) => division switch
    {
        UkDivision.EnglandAndWales => "england-and-wales",
        UkDivision.Scotland => "scotland",
        _ => "northern-ireland",
    };

    /// <summary>Parses one division; returns its holidays grouped by year, each year sorted by date.</summary>
    /// <exception cref="FormatException">The text is not valid JSON or not in the GOV.UK format.</exception>
    internal static Dictionary<int, BankHoliday[]> Parse(string json, UkDivision division)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }

        using (document)
        {
            return Read(document.RootElement, division);
        }
    }

    /// <inheritdoc cref="Parse(string, UkDivision)"/>
    internal static Dictionary<int, BankHoliday[]> Parse(Stream utf8Json, UkDivision division)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }

        using (document)
        {
            return Read(document.RootElement, division);
        }
    }

    private static FormatException NotJson(JsonException ex) =>
        new(Message($"GOV.UK bank-holidays data is not valid JSON: {ex.Message}"), ex);

    private static Dictionary<int, BankHoliday[]> Read(JsonElement root, UkDivision division)
    {
        string key = DivisionKey(division);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException(Message($"GOV.UK bank-holidays data must be a JSON object keyed by division, but it is a JSON {root.ValueKind}."));
        }

        if (!root.TryGetProperty(key, out JsonElement divisionElement))
        {
            throw new FormatException(Message($"GOV.UK bank-holidays data has no \"{key}\" division."));
        }

        if (divisionElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException(Message($"Division \"{key}\" must be a JSON object, but it is a JSON {divisionElement.ValueKind}."));
        }

        if (divisionElement.TryGetProperty("division", out JsonElement name)
            && (name.ValueKind != JsonValueKind.String || !string.Equals(name.GetString(), key, StringComparison.Ordinal)))
        {
            throw new FormatException(Message($"Division \"{key}\" has field \"division\" = {name.GetRawText()}; it must be \"{key}\"."));
        }

        if (!divisionElement.TryGetProperty("events", out JsonElement events) || events.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException(Message($"Division \"{key}\" has no \"events\" array."));
        }

        var byDate = new Dictionary<LocalDate, int>();
        var byYear = new Dictionary<int, List<BankHoliday>>();
        int index = 0;
        foreach (JsonElement item in events.EnumerateArray())
        {
            BankHoliday holiday = ReadEvent(item, key, index, division);
            if (byDate.TryGetValue(holiday.Date, out int earlier))
            {
                throw new FormatException(Message($"Division \"{key}\" event {index}: date {LocalDatePattern.Iso.Format(holiday.Date)} is a duplicate of event {earlier}."));
            }

            byDate.Add(holiday.Date, index);
            if (!byYear.TryGetValue(holiday.Date.Year, out List<BankHoliday>? list))
            {
                list = [];
                byYear.Add(holiday.Date.Year, list);
            }

            list.Add(holiday);
            index++;
        }

        var result = new Dictionary<int, BankHoliday[]>(byYear.Count);
        foreach (KeyValuePair<int, List<BankHoliday>> pair in byYear)
        {
            pair.Value.Sort(static (a, b) => a.Date.CompareTo(b.Date));
            result.Add(pair.Key, [.. pair.Value]);
        }

        return result;
    }

    private static BankHoliday ReadEvent(JsonElement item, string key, int index, UkDivision division)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException(Message($"Division \"{key}\" event {index}: must be a JSON object, but it is a JSON {item.ValueKind}."));
        }

        string title = RequiredString(item, "title", key, index);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new FormatException(Message($"Division \"{key}\" event {index}: field \"title\" is empty."));
        }

        string dateText = RequiredString(item, "date", key, index);
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(dateText);
        if (!parsed.Success || dateText.Length != 10)
        {
            throw new FormatException(Message($"Division \"{key}\" event {index}: field \"date\" = \"{dateText}\" is not a valid date in the form yyyy-MM-dd."));
        }

        LocalDate date = parsed.Value;
        if (date.Year < UkBankHolidays.MinYear || date.Year > UkBankHolidays.MaxYear)
        {
            throw new FormatException(Message($"Division \"{key}\" event {index}: date {dateText} is outside the supported years {UkBankHolidays.MinYear} to {UkBankHolidays.MaxYear}."));
        }

        bool substitute = false;
        if (item.TryGetProperty("notes", out JsonElement notes))
        {
            if (notes.ValueKind == JsonValueKind.String)
            {
                substitute = notes.GetString()!.Contains("substitute day", StringComparison.OrdinalIgnoreCase);
            }
            else if (notes.ValueKind != JsonValueKind.Null)
            {
                throw new FormatException(Message($"Division \"{key}\" event {index}: field \"notes\" must be a string, but it is a JSON {notes.ValueKind}."));
            }
        }

        return new BankHoliday(date, title, division, substitute);
    }

    private static string RequiredString(JsonElement item, string field, string key, int index)
    {
        if (!item.TryGetProperty(field, out JsonElement value))
        {
            throw new FormatException(Message($"Division \"{key}\" event {index}: field \"{field}\" is missing."));
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new FormatException(Message($"Division \"{key}\" event {index}: field \"{field}\" must be a string, but it is a JSON {value.ValueKind}."));
        }

        return value.GetString()!;
    }

    private static string Message(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
