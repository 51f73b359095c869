namespace KpiCore.ServiceDesk;

/// <summary>Exact counts and resolution-time histograms of one organisation and priority in one period; merging adds them.</summary>
internal sealed class PriorityTally
{
    internal long Logged;
    internal long Resolved;
    internal long Met;
    internal long NotJudged;
    internal long OpenAtEnd;
    internal readonly DurationHistogram WorkingTimes = new();
    internal readonly DurationHistogram ElapsedTimes = new();

    internal void Merge(PriorityTally other)
    {
        Logged += other.Logged;
        Resolved += other.Resolved;
        Met += other.Met;
        NotJudged += other.NotJudged;
        OpenAtEnd += other.OpenAtEnd;
        WorkingTimes.Merge(other.WorkingTimes);
        ElapsedTimes.Merge(other.ElapsedTimes);
    }
}
