using NodaTime;

namespace KpiCore.Sample.Audit;

/// <summary>One thing the audit found, with the rule and the arithmetic that shows it.</summary>
/// <param name="Organisation">The organisation, or empty for the pack as a whole.</param>
/// <param name="Kpi">The KPI (row name) the finding is about, or empty.</param>
/// <param name="Month">The month, or null when the finding covers several.</param>
/// <param name="Rule">The rule's name, such as <c>total-sum</c>.</param>
/// <param name="Severity">Error (cannot be true) or warning.</param>
/// <param name="Detail">One or two sentences with the figures and the arithmetic.</param>
internal sealed record Finding(string Organisation, string Kpi, YearMonth? Month, string Rule, Severity Severity, string Detail);
