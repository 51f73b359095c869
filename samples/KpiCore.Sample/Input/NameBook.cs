namespace KpiCore.Sample.Input;

/// <summary>
/// The organisation and service names of one run, matched without regard to case or surrounding space (ordinal ignore
/// case) and shown as first written: services.csv is read first, so its spelling wins; otherwise the first file that
/// names it.
/// </summary>
/// <remarks>
/// Each distinct name is one string instance, so a large file holds each name once and the calculators can match names
/// by reference. Whether a name is <em>defined</em> (and a record naming an unknown one is rejected) is decided by
/// <see cref="DataSet"/>, which knows whether services.csv was given.
/// </remarks>
internal sealed class NameBook
{
    private readonly Dictionary<string, string> _organisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Organisation, string Service), string> _services = new(new ServiceKeyComparer());
    private readonly Dictionary<string, string> _other = new(StringComparer.Ordinal);

    /// <summary>Returns the organisation's name as first written (the value is trimmed first).</summary>
    internal string Organisation(string name)
    {
        name = name.Trim();
        if (!_organisations.TryGetValue(name, out string? shown))
        {
            _organisations.Add(name, shown = name);
        }

        return shown;
    }

    /// <summary>Returns a service's name as first written for its organisation (the value is trimmed first).</summary>
    internal string Service(string organisation, string name)
    {
        name = name.Trim();
        if (!_services.TryGetValue((organisation, name), out string? shown))
        {
            _services.Add((organisation, name), shown = name);
        }

        return shown;
    }

    /// <summary>Returns one shared instance of a free value such as a category (matched exactly).</summary>
    internal string? Other(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!_other.TryGetValue(value, out string? shared))
        {
            _other.Add(value, shared = value);
        }

        return shared;
    }

    private sealed class ServiceKeyComparer : IEqualityComparer<(string Organisation, string Service)>
    {
        public bool Equals((string Organisation, string Service) x, (string Organisation, string Service) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Organisation, y.Organisation) && StringComparer.OrdinalIgnoreCase.Equals(x.Service, y.Service);

        public int GetHashCode((string Organisation, string Service) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Organisation), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Service));
    }
}
