namespace KpiCore.ServiceDesk;

/// <summary>
/// One organisation's tallies per month (<see cref="MonthTable.Number"/>), in an array that grows at either end; a
/// month with nothing counted has no tally.
/// </summary>
/// <remarks>
/// A month's <see cref="PriorityTally.OpenAtEnd"/> holds a difference, not a count: +1 for each call logged in the
/// month and still open at its end, -1 for each such call resolved in the month. The calls open at the end of a month
/// are the sum of the differences up to it (<see cref="OpenAtEnd"/>).
/// </remarks>
internal sealed class OrganisationMonths(string name, int priorities)
{
    private OrganisationTally?[] _months = [];
    private int _first; // the month of _months[0]

    internal string Name { get; } = name;

    /// <summary>The month's tally, created when missing.</summary>
    internal OrganisationTally At(int month)
    {
        int i = month - _first;
        return unchecked((uint)i) < (uint)_months.Length && _months[i] is OrganisationTally tally ? tally : Create(month);
    }

    /// <summary>The month's tally, or null when nothing was counted in it.</summary>
    internal OrganisationTally? Find(int month)
    {
        int i = month - _first;
        return unchecked((uint)i) < (uint)_months.Length ? _months[i] : null;
    }

    /// <summary>The calls of a priority (its index in the policy) open at the end of <paramref name="month"/>: the differences up to it.</summary>
    internal long OpenAtEnd(int month, int priority)
    {
        long open = 0;
        int last = Math.Min(month - _first, _months.Length - 1);
        for (int i = 0; i <= last; i++)
        {
            if (_months[i] is OrganisationTally tally)
            {
                open += tally.Priorities[priority].OpenAtEnd;
            }
        }

        return open;
    }

    /// <summary>Adds another organisation's tallies (of the same name and policy) month by month.</summary>
    internal void Merge(OrganisationMonths other)
    {
        for (int i = 0; i < other._months.Length; i++)
        {
            if (other._months[i] is OrganisationTally theirs)
            {
                At(other._first + i).Merge(theirs);
            }
        }
    }

    private OrganisationTally Create(int month)
    {
        if (_months.Length == 0)
        {
            _months = new OrganisationTally?[8];
            _first = month;
        }
        else if (month < _first)
        {
            // Room at the front, where the next months are likely to come.
            int length = Math.Max(2 * _months.Length, _months.Length + _first - month);
            var months = new OrganisationTally?[length];
            int shift = length - _months.Length;
            Array.Copy(_months, 0, months, shift, _months.Length);
            _months = months;
            _first -= shift;
        }
        else if (month - _first >= _months.Length)
        {
            Array.Resize(ref _months, Math.Max(2 * _months.Length, month - _first + 1));
        }

        return _months[month - _first] = new OrganisationTally(Name, priorities);
    }
}
