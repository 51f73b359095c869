using FsCheck;
using FsCheck.Fluent;

namespace KpiCore.Tests.Reporting;

/// <summary>One P1 call of a two-council month: which council, whether it was resolved, and whether within its 4 hours.</summary>
public sealed class CallOutcome
{
    internal CallOutcome(bool councilA, bool resolved, bool met)
    {
        CouncilA = councilA;
        Resolved = resolved;
        Met = met;
    }

    /// <summary>Gets whether the call is council A's (else B's).</summary>
    public bool CouncilA { get; }

    /// <summary>Gets whether the call was resolved within the month.</summary>
    public bool Resolved { get; }

    /// <summary>Gets whether a resolved call met its SLA.</summary>
    public bool Met { get; }

    /// <inheritdoc/>
    public override string ToString() => (CouncilA ? "A" : "B") + (Resolved ? Met ? " met" : " missed" : " open");
}

/// <summary>FsCheck generators for the pack builder's properties.</summary>
public static class ReportingArbitraries
{
    /// <summary>Between 1 and 60 P1 calls.</summary>
    public static Arbitrary<CallOutcome[]> CallOutcomes() =>
        Gen.Choose(0, 7).Select(bits => new CallOutcome((bits & 1) != 0, (bits & 2) != 0 || (bits & 4) != 0, (bits & 4) != 0))
            .ArrayOf()
            .Where(a => a.Length is > 0 and <= 60)
            .ToArbitrary();
}
