using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>One row of monitoring.csv: an interval in which a service was monitored.</summary>
internal sealed class MonitoredInterval
{
    internal MonitoredInterval(string service, Interval interval)
    {
        Service = service;
        Interval = interval;
    }

    public string Service { get; }

    public Interval Interval { get; }
}
