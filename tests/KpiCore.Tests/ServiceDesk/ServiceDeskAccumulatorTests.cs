using FsCheck;
using FsCheck.Xunit;
using KpiCore.ServiceDesk;
using NodaTime;
using static KpiCore.Tests.ServiceDesk.ServiceDeskTestData;

namespace KpiCore.Tests.ServiceDesk;

public sealed class ServiceDeskAccumulatorTests
{
    private static ServiceDeskAccumulator Fill(IEnumerable<Call> calls, int firstIndex = 0)
    {
        var accumulator = new ServiceDeskAccumulator(Policy, April2017, null, firstIndex);
        foreach (Call call in calls)
        {
            accumulator.Add(call);
        }

        return accumulator;
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 200)]
    public bool Merge_AnySplit_EqualsOnePassInEitherOrder(Call[] calls, NonNegativeInt cut)
    {
        // Distinct references, so that a split never puts one reference in both parts.
        Call[] unique = [.. calls.DistinctBy(c => c.Id)];
        int k = unique.Length == 0 ? 0 : cut.Get % (unique.Length + 1);
        string onePass = Fingerprint(Fill(unique).ToReport());

        ServiceDeskAccumulator left = Fill(unique.Take(k));
        left.Merge(Fill(unique.Skip(k), k));
        ServiceDeskAccumulator right = Fill(unique.Skip(k), k);
        right.Merge(Fill(unique.Take(k)));
        return onePass == Fingerprint(left.ToReport()) && onePass == Fingerprint(right.ToReport());
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 100)]
    public bool Merge_ThreeParts_IsAssociative(Call[] calls)
    {
        Call[] unique = [.. calls.DistinctBy(c => c.Id)];
        int a = unique.Length / 3, b = 2 * unique.Length / 3;
        ServiceDeskAccumulator x1 = Fill(unique[..a]), y1 = Fill(unique[a..b], a), z1 = Fill(unique[b..], b);
        x1.Merge(y1);
        x1.Merge(z1);
        ServiceDeskAccumulator x2 = Fill(unique[..a]), y2 = Fill(unique[a..b], a), z2 = Fill(unique[b..], b);
        y2.Merge(z2);
        x2.Merge(y2);
        return Fingerprint(x1.ToReport()) == Fingerprint(x2.ToReport());
    }

    [Fact]
    public void Merge_SameReferenceInBoth_ThrowsWithParamName()
    {
        Instant t = Local(2017, 4, 3, 9);
        var call = new Call("A", "Brent", Priority.P2, CallType.Incident, t);
        ServiceDeskAccumulator left = Fill([call]);
        var ex = Assert.Throws<ArgumentException>(() => left.Merge(Fill([call], 1)));
        Assert.Equal("other", ex.ParamName);
        Assert.Equal(1, left.InputCount); // unchanged
    }

    [Fact]
    public void Merge_OtherPeriodOrSelf_ThrowsWithParamName()
    {
        ServiceDeskAccumulator a = Fill([]);
        var may = new ServiceDeskAccumulator(Policy, April2017.Next());
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => a.Merge(may)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => a.Merge(a)).ParamName);
    }

    [Fact]
    public void Add_Rejected_ReturnsFalseAndUsesFirstIndex()
    {
        Instant t = Local(2017, 4, 3, 9);
        var accumulator = new ServiceDeskAccumulator(Policy, April2017, null, firstIndex: 100);
        Assert.True(accumulator.Add(new Call("A", "Brent", Priority.P2, CallType.Incident, t)));
        Assert.False(accumulator.Add(new Call("B", "Brent", Priority.P2, CallType.Incident, t, t + Duration.FromHours(-1))));
        Assert.Equal(101, accumulator.ToReport().Rejected.Single().Index);
    }

    [Fact]
    public void Constructor_NegativeFirstIndex_ThrowsWithParamName() =>
        Assert.Equal("firstIndex", Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceDeskAccumulator(Policy, April2017, null, -1)).ParamName);
}
