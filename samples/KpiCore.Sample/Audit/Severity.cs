namespace KpiCore.Sample.Audit;

/// <summary>How sure a finding is.</summary>
internal enum Severity
{
    /// <summary>The figure cannot be true given the others (under the stated assumption).</summary>
    Error,

    /// <summary>The figures can be true, but look copied: worth a look, not proof of a mistake.</summary>
    Warning,
}
