using System.CommandLine;
using KpiCore.Time;
using NodaTime.Text;

namespace KpiCore.Sample.Commands;

/// <summary><c>holidays --division england-and-wales --year 2022 [--to-year 2023] [--govuk-json FILE]</c>: one line per bank holiday.</summary>
internal static class HolidaysCommand
{
    internal static Command Create(TextWriter output, TextWriter error) =>
        HostCommand.Create("holidays", "List UK bank holidays for one division: ISO date, then name.", error, options =>
    {
        Option<string> division = options.Own(new Option<string>("--division")
        {
            Description = "england-and-wales, scotland or northern-ireland (as in GOV.UK's bank-holidays.json).",
            Required = true,
        });
        // Years are text parsed by HostOptions.TryGetYear, so "20222" or "2300" gets the same one-sentence usage error as a bad month.
        Option<string?> year = options.Own(new Option<string?>("--year") { HelpName = "yyyy", Description = $"The first (or only) year, {UkBankHolidays.MinYear}-{UkBankHolidays.MaxYear}.", Required = true });
        Option<string?> toYear = options.Own(new Option<string?>("--to-year") { HelpName = "yyyy", Description = "The last year of a range (inclusive)." });
        Option<string?> json = options.Own(new Option<string?>("--govuk-json") { HelpName = "FILE", Description = "An official bank-holidays.json from GOV.UK; it replaces the built-in list for the years it covers." });
        return run =>
        {
            ParseResult parse = run.Parse;
            if (!TryParseDivision(parse.GetValue(division), out UkDivision ukDivision))
            {
                error.WriteLine($"--division: '{parse.GetValue(division)}' is not one of england-and-wales, scotland, northern-ireland.");
                return CommandSupport.UsageError;
            }

            if (!HostOptions.TryGetYear(parse.GetValue(year), "--year", error, out int first, UkBankHolidays.MinYear, UkBankHolidays.MaxYear))
            {
                return CommandSupport.UsageError;
            }

            int last = first;
            if (parse.GetValue(toYear) is string toText && !HostOptions.TryGetYear(toText, "--to-year", error, out last, first, UkBankHolidays.MaxYear))
            {
                return CommandSupport.UsageError;
            }

            UkBankHolidays holidays = UkBankHolidays.Official(ukDivision);
            if (parse.GetValue(json) is string file)
            {
                if (Directory.Exists(file))
                {
                    error.WriteLine($"--govuk-json: '{file}' is a folder, not a file.");
                    return CommandSupport.UsageError;
                }

                try
                {
                    using FileStream stream = File.OpenRead(file);
                    holidays = holidays.WithGovUkJson(stream);
                }
                catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine($"--govuk-json: {file}: {ex.Message}");
                    return CommandSupport.UsageError;
                }
            }

            for (int y = first; y <= last; y++)
            {
                foreach (BankHoliday holiday in holidays.ForYear(y))
                {
                    output.WriteLine($"{LocalDatePattern.Iso.Format(holiday.Date)} {holiday.Name}{(holiday.IsSubstitute ? " (substitute day)" : string.Empty)}");
                }
            }

            return CommandSupport.Ok;
        };
    });

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
