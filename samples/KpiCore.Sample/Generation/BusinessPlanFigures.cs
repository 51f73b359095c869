using KpiCore.Planning;
using NodaTime;

namespace KpiCore.Sample.Generation;

/// <summary>
/// The seed report's "Business Plan 2017/18" table, typed in: every objective, key activity, progress milestone,
/// success criterion and current status (Oct 17) paragraph as printed (typos included). Due dates are read from the
/// milestones' own wording ("by May 2017" = 31 May 2017, "on 1st November 17" = 1 November 2017; "TBC" or no date =
/// none). A milestone is marked done only where the report says so: BP1's June cabinets ("Cabinet approval by all 3
/// councils"), BP9's telephony award report ("Completed telephony tender and presented in September cabinets") and its
/// contract award (section 3.5: "contract awards have been approved by both Brent and Lewisham cabinets"), without a
/// date, since the report gives none. The report sets no RAG, so none is given.
/// </summary>
internal static class BusinessPlanFigures
{
    /// <summary>The plan as objectives.csv rows: one per milestone, the objective's fields on its first row only.</summary>
    internal static IEnumerable<BusinessPlanRow> Rows()
    {
        foreach (var (id, title, activities, milestones, criteria, status) in Objectives)
        {
            for (int i = 0; i < Math.Max(1, milestones.Length); i++)
            {
                Milestone? milestone = milestones.Length == 0 ? null : milestones[i];
                yield return i == 0
                    ? new BusinessPlanRow(id, title, activities, criteria, status, milestone: milestone)
                    : new BusinessPlanRow(id, milestone: milestone);
            }
        }
    }

    private static Milestone Due(string text, int year, int month, int day) => new(text, new LocalDate(year, month, day));

    private static Milestone Done(string text, int year, int month, int day) => new(text, new LocalDate(year, month, day), completed: true);

    private static Milestone Undated(string text) => new(text);

    private static readonly (string Id, string Title, string[] Activities, Milestone[] Milestones, string[] Criteria, string[] Status)[] Objectives =
    [
        ("BP1", "Expand the shared service – on board Southwark (subject to final approval by June cabinets across all 3 boroughs)",
            ["Undertake due diligence and finalise proposed arrangements.", "Enter into transition planning.", "Set out LBS Target Operating Model for Go Live.",
                "Seek authority to proceed", "Implement transition plan.", "Transfer staff from Capita and potentially Southwark.",
                "Complete restructure and recruit new posts to support larger shared service."],
            [
                Done("All three councils will be presenting a report with detailed financial information, governance arrangements and transition plan to their June cabinets for final approval.", 2017, 6, 30),
                Due("Procurement of links/hardware/software, recruitment of interim staff for transition complete by end of September 17.", 2017, 9, 30),
                Due("Staff transfer and hand-over of service from Capita on 1st November 17.", 2017, 11, 1),
                Due("Restructure of the service complete by March 18.", 2018, 3, 31),
            ],
            ["No disruption to Southwark services – or existing shared service users - during transition.",
                "No disruption to Brent, Lewisham or Southwark business as usual services post Go Live.",
                "Service availability, call resolution KPIs and customer satisfaction high across the shared service."],
            ["Cabinet approval by all 3 councils.", "Due Diligence and on-boarding preparation activities going to plan, on target for 1st of November."]),
        ("BP2", "Migration of Southwark into Shared Service data centres (subject to final approval by June cabinets across all 3 boroughs)",
            ["Consolidation of Southwark desktop solution into current support model.",
                "Migrate Southwark services from existing Ark Data Centres to new infrastructure in shared service datacentres.",
                "Upgrade / migrate as necessary to achieve PSN compliance.", "Implement new mobile working and remote access solutions at Southwark."],
            [
                Due("Adoption of support into business as usual from 1st November 2017.", 2017, 11, 1),
                Undated("Completion of priority servers migration by agreed date (TBC as part of due diligence and Ark contract to be extended accordingly)"),
                Undated("Completion of server migration by agreed date (TBC as part of due diligence)"),
                Due("Successful submission for all three councils during 2018", 2018, 12, 31),
            ],
            ["Full IT resilience across all shared service users.", "Achievement of availability KPI targets for service availability.",
                "Remove all equipment from Ark Data Centres prior to end of contract.", "PSN compliance certificates for all councils.",
                "Flexible and reliable desktop and mobile solutions to all staff allowing them to work from any location accessing all council services."],
            ["Not due to start yet."]),
        ("BP3", "Collaboration and system integration with 3rd parties and partner organisations",
            ["Provision of support in relation to flexing current infrastructure provision to support partnership working."],
            [Due("Provision of flexible working solutions to better support staff working in satellite and other partner locations by 31st March 2018.", 2018, 3, 31)],
            ["Improved integration with partner organisations to enable multi-agency working."],
            ["Brent and Lewisham among the first handful of authorities to implement Govroam, to allow seamless use of Wifi across public sector organisations."]),
        ("BP4", "Enabling end to end service redesign to implement service improvements through the adoption of technology",
            ["Exploit opportunities for application consolidation, integration, and ongoing development of existing systems across the shared service.",
                "Provide ongoing support to enable the digital programmes across the shared service."],
            [
                Undated("Produce and follow a programme plan to deliver the technology required by the digital programmes across all 3 councils"),
                Undated("Delivery of a joint application roadmap for Brent and Lewisham."),
                Undated("Expand joint application roadmap to incorporate Southwark."),
            ],
            ["Improve data quality and integration, single view of specific data sets to improve services to residents.",
                "Reduce application support costs and increase resilience to help deliver savings from reduced licence/usage costs.",
                "Enable better ways of working for staff."],
            ["Working on a consolidated list of applications across the 3 authorities, as the basis to identify collaboration opportunities.",
                "Over the last few months have been developing joint specifications to go to tender for all 3 councils for system covering Planning, Building Control, Environmental Health (current provider to all 3 councils is IDOX).",
                "Successfully completed the first 3-council tender for telephony services, to provide significant improvements in flexible working and staff collaboration tools."]),
        ("BP5", "Merge application support teams across Brent and Lewisham",
            ["Implement the proposed structure for a joint application support team."],
            [
                Undated("Appoint head of applications support for the shared service."),
                Undated("Complete consultation and agree transition arrangements."),
                Undated("Transfer staff to Brent."),
                Undated("Novate application support contracts to Brent."),
                Undated("Develop joint applications strategy or common principles; identify and explore any contract/system consolidation opportunities"),
                Undated("(All dates TBC)"),
            ],
            ["Improve resilience of application support by gaining synergies from a larger resource pool of expertise, available to both Councils.",
                "Achieve savings and efficiencies in our applications portfolio."],
            ["Brent have received approval by Cabinet; Lewisham planning to go to Mayor & Cabinet."]),
        ("BP6", "Implementation of infrastructure improvements",
            ["Complete implementation of high availability for all services across Brent and Lewisham.",
                "Complete PSN remediation activities, including upgrade or removal of all Windows 2003 servers.",
                "Implementation of new data network infrastructure."],
            [
                Due("HA Implementation complete by May 2017.", 2017, 5, 31),
                Due("PSN Remediation complete by June 2017.", 2017, 6, 30),
                Due("New network implemented by September 2017.", 2017, 9, 30),
            ],
            ["Service availability.", "Improved security, PSN/PCI compliance."],
            ["Successfully implemented secure email in both Brent and Lewisham, to be accepted in the Cabinet Office Whitelist.",
                "Completed the majority of PSN remediation work, currently upgrading the last few remaining Windows 2003 servers.",
                "In the process of migrating Lewisham to VMWare to improve server stability; HA implementation to be completed by October."]),
        ("BP7", "Provide good value, consistent, high performance, quality ICT to users across the shared service",
            ["Ongoing monitoring of KPIs and work to improve performance.",
                "Production, implementation and regular reviews of Service Improvement Plan, consisting of known issues, problem records, user feedback, interviews with Heads of Service across all organisations."],
            [
                Undated("Monthly Performance Packs and Service Improvement Plan presented to management board."),
                Undated("Annual satisfaction survey"),
                Undated("Participate in SOCITM benchmarking, measuring the service against other London Boroughs."),
            ],
            ["Service availability, call resolution KPIs and customer satisfaction high across the shared service.",
                "Good performance in benchmarking results, indicating good practice in all areas in scope of the service."],
            ["All service KPIs show improvements over the reporting period.", "Highest user satisfaction (NPS) recorded since the start of the service."]),
        ("BP8", "Explore potential income opportunities for the shared service",
            ["Identify and assess the feasibility of further income generation opportunities"],
            [Undated("Presentation of business cases to the shared service board.")],
            ["Maintain a resilient high performance team in the context of increasing budgetary constraints"],
            ["High level discussions with other organisations to explore future opportunities, however no plans to develop further until Southward on-boarding is completed and service is stable."]),
        ("BP9", "Jointly procure/consolidate contracts across shared service authorities",
            ["Novate Lewisham Infrastructure contracts to Brent.", "Procure telephony for the 3 Councils in preparation for end of contracts in May 2018.",
                "Procure new secondary data centre to replace Logicalis at end of contract in December 2017.",
                "Identify opportunities for contract consolidation/joint procurement."],
            [
                Due("Contracts to be novated by May 2017.", 2017, 5, 31),
                Done("Contract award report for telephony to June 2017 cabinets.", 2017, 6, 30),
                Done("Contract award by September 2017.", 2017, 9, 30),
            ],
            ["Improved contract and budget monitoring.", "Achieve additional savings and efficiencies."],
            ["Completed telephony tender and presented in September cabinets.", "Reached agreement with Croydon Council to use their Datacentre.",
                "Ongoing work to novate contracts, applications contracts to be novated once the applications teams have been merged."]),
        ("BP10", "Identify potential savings in shared service budget",
            ["Produce consolidated budget for the shared service including any shared service related expenditure.",
                "Transfer all contracts relating to systems in the shared service scope to Brent",
                "Consolidate contracts where possible / re-negotiate or re-procure where applicable."],
            [
                Due("Consolidated budget covering the periods April-Oct and Nov-Mar (to allow for the potential expansion of the shared service) to be finalised by end of April 17.", 2017, 4, 30),
                Due("All Lewisham contracts in scope to be transferred by April 17.", 2017, 4, 30),
                Undated("Ongoing review of contracts as appropriate."),
            ],
            ["Achieve additional savings in the shared service budget."],
            ["Savings identified so far from the telephony tender and the agreement with Croydon for Datacentre hosting.",
                "Initial draft of consolidated budget for the 3 councils produced."]),
    ];
}
