namespace KpiCore.ServiceDesk;

/// <summary>The tallies of one organisation: one per priority of the policy (same order), plus problem and change counts.</summary>
internal sealed class OrganisationTally
{
    internal long ProblemsLogged;
    internal long ChangesLogged;

    internal OrganisationTally(string name, int priorities)
    {
        Name = name;
        Priorities = new PriorityTally[priorities];
        for (int i = 0; i < priorities; i++)
        {
            Priorities[i] = new PriorityTally();
        }
    }

    internal string Name { get; }

    internal PriorityTally[] Priorities { get; }

    internal void Merge(OrganisationTally other)
    {
        for (int i = 0; i < Priorities.Length; i++)
        {
            Priorities[i].Merge(other.Priorities[i]);
        }

        ProblemsLogged += other.ProblemsLogged;
        ChangesLogged += other.ChangesLogged;
    }
}
