namespace KpiCore.Sample.Input;

/// <summary>What reading a calls export found beside the calls themselves, for the readers and commands after it.</summary>
internal sealed class CallImportNotes
{
    /// <summary>Gets the ids of the records excluded on purpose (a history row for one is excluded too, not an unknown call).</summary>
    public HashSet<string> ExcludedIds { get; } = new(StringComparer.Ordinal);
}
