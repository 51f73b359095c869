using System.Text.RegularExpressions;

namespace KpiCore.Sample.Audit;

/// <summary>Recognises the report's rows by name (case-insensitive), so a pack saved by hand or by another tool is read the same.</summary>
internal static partial class KpiKinds
{
    /// <summary>Classifies a row from its section and name.</summary>
    internal static KpiKind Classify(string section, string kpi)
    {
        string name = kpi.Trim();
        Match match = PrioritySla().Match(name);
        if (match.Success)
        {
            return new KpiKind(KpiRole.PrioritySla, int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture));
        }

        match = PriorityVolume().Match(name);
        if (match.Success)
        {
            return new KpiKind(KpiRole.PriorityVolume, int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture));
        }

        if (OverallSla().IsMatch(name))
        {
            return new KpiKind(KpiRole.OverallSla, 0);
        }

        if (TotalVolume().IsMatch(name))
        {
            return new KpiKind(KpiRole.TotalVolume, 0);
        }

        if (OpenCalls().IsMatch(name))
        {
            return new KpiKind(KpiRole.OpenCalls, 0);
        }

        return section.Contains("availability", StringComparison.OrdinalIgnoreCase)
            ? new KpiKind(KpiRole.Availability, 0)
            : new KpiKind(KpiRole.Other, 0);
    }

    [GeneratedRegex(@"^P([1-9])\s+calls\s+resolved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrioritySla();

    [GeneratedRegex(@"^volume\s+of\s+P([1-9])\s+calls$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriorityVolume();

    [GeneratedRegex(@"^overall\s+SLA\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverallSla();

    [GeneratedRegex(@"^total\s+volume\s+of\s+calls$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalVolume();

    [GeneratedRegex(@"^calls\s+open\s+at\s+period\s+end$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenCalls();
}
