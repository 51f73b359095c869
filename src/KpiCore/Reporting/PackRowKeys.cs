using KpiCore.ServiceDesk;

namespace KpiCore.Reporting;

/// <summary>
/// The stable keys of the rows a performance pack can have. A row's key never changes with its wording, so renderers,
/// exports and tests find rows by key and the committee's wording can change in a <see cref="PackLayout"/>.
/// </summary>
public static class PackRowKeys
{
    /// <summary>The key of the "Overall SLA Performance" row.</summary>
    public const string OverallSla = "overall-sla";

    /// <summary>The key of the "Total Volume of Calls" row.</summary>
    public const string TotalVolume = "total-volume";

    /// <summary>The key of the "Calls Open at Period End" row.</summary>
    public const string OpenAtPeriodEnd = "open-at-period-end";

    /// <summary>The key of the "Number of Problem Records" row.</summary>
    public const string ProblemRecords = "problem-records";

    /// <summary>The key of the "Number of Change Records" row.</summary>
    public const string ChangeRecords = "change-records";

    /// <summary>The key of the "Process Success Index (out of 9)" row.</summary>
    public const string ProcessSuccessIndex = "process-success-index";

    /// <summary>The key of the "Net Promoter Score" row.</summary>
    public const string NetPromoterScore = "net-promoter-score";

    /// <summary>The key of the "User Satisfaction Survey (out of 7)" row.</summary>
    public const string UserSatisfaction = "user-satisfaction";

    /// <summary>The key of the row counting risks rated red after mitigation.</summary>
    public const string RedRisks = "risks-red";

    /// <summary>The key of the row counting risks rated amber after mitigation.</summary>
    public const string AmberRisks = "risks-amber";

    /// <summary>The key of the row counting risks rated green after mitigation.</summary>
    public const string GreenRisks = "risks-green";

    /// <summary>The key of the row counting business-plan objectives rated red at the month's end.</summary>
    public const string RedObjectives = "objectives-red";

    /// <summary>The key of the row counting business-plan objectives rated amber at the month's end.</summary>
    public const string AmberObjectives = "objectives-amber";

    /// <summary>The key of the row counting business-plan objectives rated green at the month's end.</summary>
    public const string GreenObjectives = "objectives-green";

    /// <summary>The prefix of the keys of "% resolved within SLA" rows: "sla:" followed by the priority code.</summary>
    public const string SlaPrefix = "sla:";

    /// <summary>The prefix of the keys of call-volume rows: "volume:" followed by the priority code.</summary>
    public const string VolumePrefix = "volume:";

    /// <summary>The prefix of the keys of availability rows: "availability:" followed by the service name.</summary>
    public const string AvailabilityPrefix = "availability:";

    /// <summary>Gives the key of a priority's "% resolved within SLA" row, such as "sla:P1".</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The key.</returns>
    public static string Sla(Priority priority) => SlaPrefix + priority.Code;

    /// <summary>Gives the key of a priority's volume row, such as "volume:P1".</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The key.</returns>
    public static string Volume(Priority priority) => VolumePrefix + priority.Code;

    /// <summary>Gives the key of a service's availability row, such as "availability:Email".</summary>
    /// <param name="service">The service's name as in its catalogue.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="service"/> is null, empty or white space.</exception>
    public static string Availability(string service)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        return AvailabilityPrefix + service;
    }
}
