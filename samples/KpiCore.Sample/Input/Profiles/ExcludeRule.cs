namespace KpiCore.Sample.Input.Profiles;

/// <summary>A rule that leaves records out on purpose: when <see cref="Column"/> holds one of <see cref="Values"/> (case-insensitive), the record is excluded with <see cref="Reason"/>.</summary>
internal sealed class ExcludeRule
{
    /// <summary>Gets or sets the column, such as <c>state</c>.</summary>
    public string Column { get; set; } = string.Empty;

    /// <summary>Gets or sets the values that exclude a record, such as <c>8</c> and <c>Canceled</c>.</summary>
    public List<string> Values { get; set; } = [];

    /// <summary>Gets or sets the reason printed with each excluded record.</summary>
    public string Reason { get; set; } = string.Empty;
}
