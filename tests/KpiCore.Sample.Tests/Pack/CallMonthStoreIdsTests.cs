using System.Globalization;
using System.Text;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Tests.Pack;

/// <summary>
/// The merge of two ranges' duplicate-id checks (<see cref="CallMonthStore.TryTakeIds"/>): a later range whose ids end
/// in a number judges its own repeats and is merged without being read again unless it shares an id with the earlier
/// range (its set intersects the earlier one's), even when the repeat is within it too; its other ids' hashes force
/// the re-read on any possible repeat. Either way the result equals one store fed every call in order.
/// </summary>
public sealed class CallMonthStoreIdsTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Theory]
    [InlineData("C1 C2 C3", "C4 C5 C4", true)] // a repeat only within the later range: judged there, no re-read
    [InlineData("C1 C2 C3", "C4 C3 C3", false)] // a repeat within the later range of an id also in the earlier one: one pass rejects both
    [InlineData("C1 C2 C3", "C4 C4 C3", false)] // the same, the earlier range's id last
    [InlineData("C1 C2 C3", "C4 C2", false)] // a repeat across the ranges
    [InlineData("C1 C2 C3", "C01 C001 c1 1", true)] // leading zeros, case, digits only: other ids
    [InlineData("123 0123", "00123 123", false)] // digits only
    [InlineData("C1 C2 ALPHA", "BETA GAMMA C3", true)] // ids that do not end in a number: deferred, no repeat
    [InlineData("C1 C2 ALPHA", "BETA GAMMA BETA", false)] // such an id repeated within the later range
    [InlineData("C1 C2 ALPHA", "C3 ALPHA", false)] // and across
    [InlineData("1234567890123456789 C1", "1234567890123456780 C2", true)] // 19 digits: hash table, no repeat
    [InlineData("1234567890123456789 C1", "C2 1234567890123456789", false)] // 19 digits, repeated across
    [InlineData("É1 Ｃ1 C٣", "É01 C1٣ Ｃ2", true)] // not ASCII: the prefix, or no number
    [InlineData("É1 Ｃ1 C٣", "C2 C٣", false)]
    [InlineData("É1 Ｃ1 C٣", "Ｃ1", false)]
    public void TryTakeIds_LaterRange_ReadAgainOnlyOnARepeatAcrossOrNotInTheSet(string earlier, string later, bool merged)
    {
        string[] first = earlier.Split(' ');
        string[] second = later.Split(' ');
        string[] all = [.. first, .. second];
        string oneStore = Show(Feed(New(all, 0, false), all, 0));

        CallMonthStore a = Feed(New(all, 0, false), first, 0);
        CallMonthStore b = Feed(New(all, first.Length, true), second, first.Length);
        bool taken = a.TryTakeIds(b);
        Assert.Equal(merged, taken);
        if (taken)
        {
            a.Merge(b);
        }
        else
        {
            Feed(a, second, first.Length); // read again into the earlier range's state
        }

        Assert.Equal(oneStore, Show(a));
    }

    [Theory]
    [InlineData("C1 ALPHA", "BETA C2 C3 GAMMA")]
    [InlineData("C1 C2", "C3 C4")]
    public void GiveBackIds_AfterTheIdsWereTaken_ReadingAgainEqualsOneStore(string earlier, string later)
    {
        // The names force a re-read after the ids were taken: the hashes go back out, the sets were never joined.
        string[] first = earlier.Split(' ');
        string[] second = later.Split(' ');
        string[] all = [.. first, .. second];
        CallMonthStore a = Feed(New(all, 0, false), first, 0);
        CallMonthStore b = Feed(New(all, first.Length, true), second, first.Length);
        Assert.True(a.TryTakeIds(b));
        a.GiveBackIds(b);
        Feed(a, second, first.Length);
        Assert.Equal(Show(Feed(New(all, 0, false), all, 0)), Show(a));
        Assert.DoesNotContain("appeared earlier", Show(a), StringComparison.Ordinal);
    }

    [Fact]
    public void TryTakeIds_SequentialIds_TheSetsHoldAboutABitPerCall()
    {
        // 200,000 calls in two ranges, ids in sequence: the check holds a few bitmaps, not 16 bytes per call.
        const int n = 200_000;
        string[] ids = [.. Enumerable.Range(1, n).Select(i => "C" + i.ToString("D8", CultureInfo.InvariantCulture))];
        CallMonthStore a = Feed(New(ids, 0, false), ids[..(n / 2)], 0);
        CallMonthStore b = Feed(New(ids, n / 2, true), ids[(n / 2)..], n / 2);
        Assert.True(a.TryTakeIds(b));
        a.Merge(b);
        Assert.True(a.IdBytes < 64 * 1024, $"{a.IdBytes} bytes for {n} ids");
    }

    [Fact]
    public void TryTakeIds_IdsThatDoNotEndInANumber_OneTableSizedFromTheSample()
    {
        // 300,000 calls in two ranges, no id ending in a number. The first range's table is sized once, from its first
        // 4,096 such ids, for the whole input (the pre-scan's estimate, given as idCapacity): 300,000 x 1.05 ids at most
        // three quarters of 12-byte slots, 5.04 MB, before the later range's ids come in at the merge, which then does
        // not grow it. Without the sizing it would double from 1,024 slots to 2^18 for the first range's 150,000 ids
        // (3.1 MB), leaving each smaller array behind, and grow again at the merge.
        const int n = 300_000;
        long sized = ((long)Math.Ceiling(n * 1.05 / 0.75) + 1) * 12;
        string[] ids = [.. Enumerable.Range(1, n).Select(i => "C" + i.ToString("D8", CultureInfo.InvariantCulture) + "x")];
        CallMonthStore a = Feed(new(PackDocumentLoader.PolicyFor(London), London, p => ids[(int)p], idCapacity: n), ids[..(n / 2)], 0);
        CallMonthStore b = Feed(New(ids, n / 2, true), ids[(n / 2)..], n / 2);
        Assert.InRange(a.IdBytes, sized - 24, sized + 24);
        Assert.True(a.TryTakeIds(b));
        a.Merge(b);
        Assert.InRange(a.IdBytes, sized - 24, sized + 24);
        Assert.Equal(Show(Feed(New(ids, 0, false), ids, 0)), Show(a));
    }

    private static CallMonthStore New(string[] all, int first, bool deferIds) =>
        new(PackDocumentLoader.PolicyFor(London), London, p => all[(int)p], part: deferIds ? 1 : 0, firstIndex: first, deferIds: deferIds);

    private static CallMonthStore Feed(CallMonthStore store, string[] ids, int first)
    {
        var logged = Instant.FromUtc(2017, 4, 3, 9, 0);
        for (int i = 0; i < ids.Length; i++)
        {
            int at = first + i; // the call's position in the whole input: the same call whichever store reads it
            var call = new Call(ids[i], at % 2 == 0 ? "Brent" : "Ealing", new Priority("P2", 2), CallType.Incident, logged + Duration.FromMinutes(at), logged + Duration.FromHours(at % 7));
            store.Add(call, "calls.csv", at + 2, at);
        }

        return store;
    }

    /// <summary>The store's problems in order and its month's figures.</summary>
    private static string Show(CallMonthStore store)
    {
        var problems = new List<InputProblem>();
        var text = new StringBuilder().Append(store.Count).AppendLine(" calls");
        foreach (ServiceDeskReport report in store.Reports([new YearMonth(2017, 4)], [true], problems))
        {
            foreach (OrganisationSlaFigures figures in report.Organisations)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{figures.Organisation}: {figures.Logged} logged, {figures.Resolved} resolved, {figures.Met} met");
            }
        }

        problems.ForEach(p => text.AppendLine(p.ToString()));
        return text.ToString();
    }
}
