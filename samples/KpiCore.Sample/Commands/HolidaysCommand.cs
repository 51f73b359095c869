using System.CommandLine;
using KpiCore.Time;
using NodaTime.Text;

namespace KpiCore.Sample.Commands;

/// <summary><c>holidays --division england-and-wales --year 2022 [--to-year 2023] [--govuk-json FILE]</c>: one line per bank holiday.</summary>
internal static class HolidaysCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var division = new Option<string>("--division")
        {
            Description = "england-and-wales, scotland or northern-ireland (as in GOV.UK's bank-holidays.json).",
            Required = true,
        };
        var year = new Option<int>("--year") { Description = "The first (or only) year, 1970-2100.", Required = true };
        var toYear = new Option<int?>("--to-year") { Description = "The last year of a range (inclusive)." };
        var json = new Option<FileInfo?>("--govuk-json") { Description = "An official bank-holidays.json from GOV.UK; it replaces the built-in list for the years it covers." };
        var command = new Command("holidays", "List UK bank holidays for one division: ISO date, then name.");
        command.Options.Add(division);
        command.Options.Add(year);
        command.Options.Add(toYear);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            if (!TryParseDivision(parse.GetValue(division), out UkDivision ukDivision))
            {
                error.WriteLine($"--division: '{parse.GetValue(division)}' is not one of england-and-wales, scotland, northern-ireland.");
                return 2;
            }

            int first = parse.GetValue(year);
            int last = parse.GetValue(toYear) ?? first;
            if (first < UkBankHolidays.MinYear || last > UkBankHolidays.MaxYear || last < first)
            {
                error.WriteLine($"--year/--to-year: years must satisfy {UkBankHolidays.MinYear} <= year <= to-year <= {UkBankHolidays.MaxYear}.");
                return 2;
            }

            UkBankHolidays holidays = UkBankHolidays.Official(ukDivision);
            FileInfo? file = parse.GetValue(json);
            if (file is not null)
            {
                try
                {
                    using FileStream stream = file.OpenRead();
                    holidays = holidays.WithGovUkJson(stream);
                }
                catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{file.FullName}: {ex.Message}");
                    return 2;
                }
            }

            for (int y = first; y <= last; y++)
            {
                foreach (BankHoliday holiday in holidays.ForYear(y))
                {
                    output.WriteLine($"{LocalDatePattern.Iso.Format(holiday.Date)} {holiday.Name}{(holiday.IsSubstitute ? " (substitute day)" : string.Empty)}");
                }
            }

            return 0;
        });
        return command;
    }

    private static bool TryParseDivision(string? text, out UkDivision division)
    {
        division = text?.Trim().ToUpperInvariant() switch
        {
            "ENGLAND-AND-WALES" => UkDivision.EnglandAndWales,
            "SCOTLAND" => UkDivision.Scotland,
            "NORTHERN-IRELAND" => UkDivision.NorthernIreland,
            _ => default,
        };
        return division != default;
    }
}
