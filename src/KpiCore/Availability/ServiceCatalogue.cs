using System.Globalization;

namespace KpiCore.Availability;

/// <summary>The services whose availability is reported, each with its <see cref="AvailabilityPolicy"/>, in report order.</summary>
/// <remarks>
/// Outages naming a service that is not in the catalogue are rejected, so a misspelt service is reported rather than
/// silently dropped. Names are compared ordinally (case-sensitive). Catalogues are immutable; <see cref="With"/> returns a
/// changed copy. Example: <c>ServiceCatalogue.Empty.With("Website", AvailabilityPolicy.AtLeast(99.9))</c>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class ServiceCatalogue
{
    private readonly string[] _names;
    private readonly AvailabilityPolicy[] _policies;

    // Open-addressing table behind every lookup (IndexOf is the calculators' per-record lookup): names by
    // FastStringHash, linear probing, at most a quarter full; about three times faster than a Dictionary on millions
    // of records.
    private readonly string?[] _lookupNames;
    private readonly int[] _lookupIndexes;
    private readonly int _lookupMask;

    private ServiceCatalogue(string[] names, AvailabilityPolicy[] policies)
    {
        _names = names;
        _policies = policies;
        int size = (int)Math.Max(4, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)names.Length * 4));
        _lookupNames = new string?[size];
        _lookupIndexes = new int[size];
        _lookupMask = size - 1;
        for (int i = 0; i < names.Length; i++)
        {
            int slot = (int)(Utility.FastStringHash.Hash(names[i]) & (uint)_lookupMask);
            while (_lookupNames[slot] is not null)
            {
                slot = (slot + 1) & _lookupMask;
            }

            _lookupNames[slot] = names[i];
            _lookupIndexes[slot] = i;
        }
    }

    /// <summary>Gets the catalogue with no services.</summary>
    public static ServiceCatalogue Empty { get; } = new([], []);

    /// <summary>Gets the number of services.</summary>
    public int Count => _names.Length;

    /// <summary>Gets the service names in the order they were added (the report's row order).</summary>
    public IReadOnlyList<string> Services => Array.AsReadOnly(_names);

    /// <summary>Gets the policy of a service.</summary>
    /// <param name="service">The service name.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The service is not in the catalogue.</exception>
    public AvailabilityPolicy this[string service]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(service);
            int i = IndexOf(service);
            return i >= 0
                ? _policies[i]
                : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The service '{service}' is not in the catalogue."));
        }
    }

    /// <summary>Returns a copy with a service added, or with its policy replaced if it is already there (keeping its place).</summary>
    /// <param name="service">The service name; not empty.</param>
    /// <param name="policy">Its policy.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="service"/> is empty or white space.</exception>
    public ServiceCatalogue With(string service, AvailabilityPolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        ArgumentNullException.ThrowIfNull(policy);
        int existing = IndexOf(service);
        if (existing >= 0)
        {
            AvailabilityPolicy[] replaced = (AvailabilityPolicy[])_policies.Clone();
            replaced[existing] = policy;
            return new ServiceCatalogue(_names, replaced);
        }

        return new ServiceCatalogue([.. _names, service], [.. _policies, policy]);
    }

    /// <summary>Determines whether a service is in the catalogue.</summary>
    /// <param name="service">The service name.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
    public bool Contains(string service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return IndexOf(service) >= 0;
    }

    /// <summary>Gets the policy of a service, if it is in the catalogue.</summary>
    /// <param name="service">The service name.</param>
    /// <param name="policy">The policy, or null when the service is unknown.</param>
    /// <returns><see langword="true"/> when the service is in the catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
    public bool TryGetPolicy(string service, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AvailabilityPolicy? policy)
    {
        ArgumentNullException.ThrowIfNull(service);
        int i = IndexOf(service);
        if (i >= 0)
        {
            policy = _policies[i];
            return true;
        }

        policy = null;
        return false;
    }

    /// <summary>Gets the position of a service (0-based), or -1.</summary>
    internal int IndexOf(string service)
    {
        int slot = (int)(Utility.FastStringHash.Hash(service) & (uint)_lookupMask);
        while (_lookupNames[slot] is string name)
        {
            if (ReferenceEquals(name, service) || string.Equals(name, service, StringComparison.Ordinal))
            {
                return _lookupIndexes[slot];
            }

            slot = (slot + 1) & _lookupMask;
        }

        return -1;
    }

    /// <summary>Gets the policy at a position.</summary>
    internal AvailabilityPolicy PolicyAt(int index) => _policies[index];

    /// <summary>Gets the name at a position.</summary>
    internal string NameAt(int index) => _names[index];
}
