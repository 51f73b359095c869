using KpiCore.Availability;

namespace KpiCore.Sample.Input;

/// <summary>One row of services.csv: a service of an organisation with its availability policy (monitoring not yet applied).</summary>
internal sealed class ServiceDefinition
{
    internal ServiceDefinition(string organisation, string service, AvailabilityPolicy policy, string serviceHours, string file, int line)
    {
        Organisation = organisation;
        Service = service;
        Policy = policy;
        ServiceHours = serviceHours;
        File = file;
        Line = line;
    }

    public string Organisation { get; }

    public string Service { get; }

    public AvailabilityPolicy Policy { get; }

    /// <summary>Gets the service hours as written (<c>24x7</c> or such as <c>Mon-Fri 08:00-18:00</c>).</summary>
    public string ServiceHours { get; }

    public string File { get; }

    public int Line { get; }
}
