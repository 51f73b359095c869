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
    private readonly List<(string? Organisation, string Name, bool IsOther)>? _added; // a fork's names, in order of first writing

    /// <summary>Creates an empty book.</summary>
    internal NameBook()
    {
    }

    private NameBook(NameBook from)
    {
        _organisations = new(from._organisations, StringComparer.OrdinalIgnoreCase);
        _services = new(from._services, new ServiceKeyComparer());
        _other = new(from._other, StringComparer.Ordinal);
        _added = [];
    }

    /// <summary>
    /// Makes a copy that notes the names it is given beyond this book's (for a reader of one part of a file on its own
    /// thread): <see cref="TryJoin"/> then adds them here as if that part had been read here.
    /// </summary>
    internal NameBook Fork() => new(this);

    /// <summary>
    /// Adds a fork's new names in the order the fork was given them, unless one of them is written here differently
    /// (then nothing is added and the fork's part must be read again here, so that the first spelling stands).
    /// </summary>
    /// <returns>False when a name is written differently here: nothing was added.</returns>
    internal bool TryJoin(NameBook fork)
    {
        ArgumentNullException.ThrowIfNull(fork);
        List<(string? Organisation, string Name, bool IsOther)> added = fork._added ?? throw new ArgumentException("Only a fork can be joined.", nameof(fork));
        foreach ((string? organisation, string name, bool isOther) in added)
        {
            string? shown = isOther ? null : organisation is null ? _organisations.GetValueOrDefault(name) : _services.GetValueOrDefault((organisation, name));
            if (shown is not null && !string.Equals(shown, name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach ((string? organisation, string name, bool isOther) in added)
        {
            if (isOther)
            {
                Other(name);
            }
            else if (organisation is null)
            {
                Organisation(name);
            }
            else
            {
                Service(organisation, name);
            }
        }

        return true;
    }

    /// <summary>Returns the organisation's name as first written (the value is trimmed first).</summary>
    internal string Organisation(string name)
    {
        name = name.Trim();
        if (!_organisations.TryGetValue(name, out string? shown))
        {
            _organisations.Add(name, shown = name);
            _added?.Add((null, name, false));
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
            _added?.Add((organisation, name, false));
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
            _added?.Add((null, value, true));
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
