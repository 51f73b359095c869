namespace KpiCore.ServiceDesk;

// Merging: another partition's accumulator added to this one.
public sealed partial class ServiceDeskAccumulator
{
    /// <summary>Adds another accumulator's calls to this one; the other is left unchanged.</summary>
    /// <param name="other">An accumulator with the same policy (the same instance), an equal period and equal options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="other"/> is this accumulator, has another policy, period or options, or (with
    /// <see cref="DuplicateIdCheck.WholeRun"/>) holds a call reference this one holds too: a reference repeated across
    /// partitions cannot be rejected after both were counted, so partition by reference (for example by its hash) to
    /// keep repeats in one partition, or use <see cref="ServiceDeskCalculator.CalculateParallel"/>.
    /// </exception>
    public void Merge(ServiceDeskAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(other));
        }

        if (!ReferenceEquals(other._policy, _policy) || other.Period != Period
            || other.Options.Basis != Options.Basis || other.Options.DuplicateIds != Options.DuplicateIds)
        {
            throw new ArgumentException("Only accumulators with the same policy, period and options can be merged.", nameof(other));
        }

        if (_ids is not null && other._ids is not null)
        {
            _ids.MergeCallReferences(other._ids, nameof(other));
        }

        MergeCounts(other);
    }

    /// <summary>Adds the tallies of <paramref name="other"/> without checking call references (they were checked before).</summary>
    internal void MergeCounts(ServiceDeskAccumulator other)
    {
        foreach (OrganisationTally theirs in other._organisations.Values)
        {
            Organisation(theirs.Name).Merge(theirs);
        }

        _rejected.AddRange(other._rejected);
        _notJudged.AddRange(other._notJudged);
        InputCount += other.InputCount;
        _overlapping += other._overlapping;
    }
}
