namespace KpiCore.Sample.Audit;

/// <summary>One check of a published pack; each rule is a small class with a name that appears in every finding it makes.</summary>
internal abstract class AuditRule
{
    /// <summary>Gets the rule's name as it appears in findings, such as <c>total-sum</c>.</summary>
    internal abstract string Name { get; }

    /// <summary>Gets one line saying what the rule checks, for <c>--help</c> and the README.</summary>
    internal abstract string Description { get; }

    /// <summary>Checks the pack.</summary>
    internal abstract IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings);
}
