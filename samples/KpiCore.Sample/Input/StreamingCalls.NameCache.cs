namespace KpiCore.Sample.Input;

/// <summary>The span path's name caches.</summary>
internal static partial class StreamingCalls
{
    /// <summary>
    /// The names a range's span path has looked up, by their raw bytes (and, for services, by owner reference): up to
    /// <see cref="MaxCached"/> of them, the last hit tried first (rows of one organisation or service often follow each
    /// other), then the others in order of first use.
    /// </summary>
    private sealed class NameCache
    {
        private const int MaxCached = 64;

        private readonly byte[][] _bytes = new byte[MaxCached][];
        private readonly string?[] _owners = new string?[MaxCached];
        private readonly string[] _names = new string[MaxCached];
        private int _count;
        private int _last;

        /// <summary>Finds the name cached for these raw bytes and this owner.</summary>
        /// <param name="raw">The field as written.</param>
        /// <param name="owner">The organisation of a service, or null.</param>
        /// <param name="name">The name.</param>
        /// <returns>False when it is not cached.</returns>
        internal bool TryGet(ReadOnlySpan<byte> raw, string? owner, out string name)
        {
            int last = _last;
            if (last < _count && ReferenceEquals(_owners[last], owner) && raw.SequenceEqual(_bytes[last]))
            {
                name = _names[last];
                return true;
            }

            for (int i = 0; i < _count; i++)
            {
                if (ReferenceEquals(_owners[i], owner) && raw.SequenceEqual(_bytes[i]))
                {
                    _last = i;
                    name = _names[i];
                    return true;
                }
            }

            name = string.Empty;
            return false;
        }

        /// <summary>Caches a name, unless the cache is full.</summary>
        internal void Add(ReadOnlySpan<byte> raw, string? owner, string name)
        {
            if (_count < MaxCached)
            {
                _bytes[_count] = raw.ToArray();
                _owners[_count] = owner;
                _names[_count] = name;
                _count++;
            }
        }
    }
}
