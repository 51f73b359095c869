using KpiCore.ServiceDesk;

namespace KpiCore.Reporting;

// The report's wording: the titles and row names of PackLayout.Default, and the names of the per-priority rows.
public sealed partial class PerformancePackBuilder
{
    /// <summary>The title of the availability section in <see cref="PackLayout.Default"/>.</summary>
    public const string AvailabilitySectionTitle = "System availability KPIs";

    /// <summary>The title of the service-desk section in <see cref="PackLayout.Default"/>.</summary>
    public const string ServiceDeskSectionTitle = "Service desk KPIs";

    /// <summary>The title of the section of other KPIs (process success, NPS, satisfaction) in <see cref="PackLayout.Default"/>.</summary>
    public const string OtherSectionTitle = "Other KPIs";

    /// <summary>The name of the combined pack in <see cref="PackLayout.Default"/>.</summary>
    public const string CombinedOrganisationName = "Shared service";

    /// <summary>The row "Overall SLA Performance": all calls met / all resolved calls judged, every priority.</summary>
    public const string OverallSlaRowName = "Overall SLA Performance";

    /// <summary>The row "Total Volume of Calls": calls logged in the month, every priority.</summary>
    public const string TotalVolumeRowName = "Total Volume of Calls";

    /// <summary>The row "Calls Open at Period End", with the target "Decrease".</summary>
    public const string OpenAtPeriodEndRowName = "Calls Open at Period End";

    /// <summary>The row "Number of Problem Records".</summary>
    public const string ProblemRecordsRowName = "Number of Problem Records";

    /// <summary>The row "Number of Change Records".</summary>
    public const string ChangeRecordsRowName = "Number of Change Records";

    /// <summary>The row "Process Success Index (out of 9)", target 7.</summary>
    public const string ProcessSuccessIndexRowName = "Process Success Index (out of 9)";

    /// <summary>The row "Net Promoter Score", target 20.</summary>
    public const string NetPromoterScoreRowName = "Net Promoter Score";

    /// <summary>The row "User Satisfaction Survey (out of 7)", target 6.</summary>
    public const string UserSatisfactionRowName = "User Satisfaction Survey (out of 7)";

    /// <summary>The key of the business-plan section (<see cref="PackLayout.BusinessPlanSection"/>) that <see cref="AddBusinessPlan"/> fills.</summary>
    public const string BusinessPlanSectionKey = "business-plan";

    /// <summary>Gives the name of the "% resolved within SLA" row of a priority, as the report words it.</summary>
    /// <param name="sla">The priority's SLA.</param>
    /// <returns>
    /// "P4 Calls Resolved &lt; 5 days" when the resolution target is a whole number (5 or more) of the calendar's
    /// working days, such as the report's P4; otherwise "P1 Calls Resolved within SLA".
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="sla"/> is null.</exception>
    public static string SlaRowName(PrioritySla sla)
    {
        ArgumentNullException.ThrowIfNull(sla);
        return ServiceDeskSection.SlaRowName(sla);
    }

    /// <summary>Gives the name of the volume row of a priority, such as "Volume of P1 Calls".</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The row name.</returns>
    public static string VolumeRowName(Priority priority) => ServiceDeskSection.VolumeRowName(priority);
}
