namespace KpiCore.Sample.Input;

/// <summary>Shares one string instance per distinct value (organisation, service, category) so a large file holds each name once.</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Returns the pooled instance equal to <paramref name="value"/>.</summary>
    internal string Get(string value)
    {
        if (_values.TryGetValue(value, out string? pooled))
        {
            return pooled;
        }

        _values.Add(value, value);
        return value;
    }

    /// <summary>Returns the pooled instance, or null for null.</summary>
    internal string? GetOrNull(string? value) => value is null ? null : Get(value);
}
