using FsCheck;
using FsCheck.Fluent;
using KpiCore.Time;

namespace KpiCore.Tests.Time;

/// <summary>A year in the supported range with a division.</summary>
public readonly record struct YearInDivision(int Year, UkDivision Division);

/// <summary>FsCheck generators for the bank-holiday tests.</summary>
public static class BankHolidayArbitraries
{
    /// <summary>Any year from 1970 to 2100 with any of the three divisions.</summary>
    public static Arbitrary<YearInDivision> YearInDivision() =>
        Gen.Choose(UkBankHolidays.MinYear, UkBankHolidays.MaxYear)
            .SelectMany(year => Gen.Elements(UkDivision.EnglandAndWales, UkDivision.Scotland, UkDivision.NorthernIreland)
                .Select(division => new YearInDivision(year, division)))
            .ToArbitrary();
}
