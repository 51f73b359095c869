using FsCheck;
using FsCheck.Xunit;
using KpiCore.Sample.Pack;
using NodaTime;

namespace KpiCore.Sample.Tests.Pack;

/// <summary>The store's month helpers against their definitions: the month key is one to one, the month cache answers as the zone does.</summary>
public sealed class CallMonthStoreMonthsTests
{
    private static readonly DateTimeZone[] Zones =
        [DateTimeZoneProviders.Tzdb["Europe/London"], DateTimeZoneProviders.Tzdb["Pacific/Chatham"], DateTimeZoneProviders.Tzdb["America/St_Johns"], DateTimeZone.Utc];

    [Property(MaxTest = 500)]
    public bool LifeKey_AnyMonthsOfAnyYear_GivesTheSameMonthsBack(int loggedDays, int resolvedDays, bool open)
    {
        // Days spread over every year NodaTime has (-9998 to 9999).
        static YearMonth MonthOf(int days) => LocalDate.MinIsoValue.PlusDays((int)((uint)days % 7_300_000u)).ToYearMonth();
        YearMonth logged = MonthOf(loggedDays);
        YearMonth? resolved = open ? null : MonthOf(resolvedDays);
        return CallMonthStore.Life(CallMonthStore.LifeKey(logged, resolved)) == (logged, resolved);
    }

    [Property(MaxTest = 200)]
    public bool MonthSpan_AnyInstantsInAnyOrder_TheMonthTheZoneGives(int[] stepsFrom2017, NonNegativeInt zoneIndex)
    {
        // FsCheck's ints are small (within about +-100): steps of 13.9 days and some minutes reach about 4 years either side
        // of March 2017, so that months repeat, alternate and jump.
        DateTimeZone zone = Zones[zoneIndex.Get % Zones.Length];
        var span = new CallMonthStore.MonthSpan();
        Instant origin = Instant.FromUtc(2017, 3, 26, 0, 0);
        return stepsFrom2017.All(h =>
        {
            Instant instant = origin + Duration.FromMinutes(h * 20_011L);
            return span.Of(instant, zone) == instant.InZone(zone).Date.ToYearMonth();
        });
    }

    [Fact]
    public void MonthSpan_InstantsAlternatingAcrossAMonthsEndInLondon_EachInItsOwnMonth()
    {
        // 31 March 2017 23:30 UTC is 1 April 00:30 BST; 31 March 22:59:59 UTC is 31 March 23:59:59 BST.
        var span = new CallMonthStore.MonthSpan();
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
        Instant march = Instant.FromUtc(2017, 3, 31, 22, 59, 59), april = Instant.FromUtc(2017, 3, 31, 23, 0, 0);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(new YearMonth(2017, 3), span.Of(march, london));
            Assert.Equal(new YearMonth(2017, 4), span.Of(april, london));
        }
    }
}
