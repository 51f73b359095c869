using System.Globalization;
using KpiCore.Availability;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Generation;

/// <summary>
/// Generates the default data set (samples/data) from a seed: Brent and Lewisham, April to September 2017, shaped so
/// that the host's figures reproduce the seed report's (see <see cref="ReportFigures"/> and samples/data/README.md).
/// </summary>
/// <remarks>
/// Each file is written through its record format (<see cref="RecordFormat{T}"/>), the same schema the host reads.
/// The same seed gives byte-identical files (System.Random with a seed is a fixed algorithm; all text is written in the
/// invariant culture with LF line ends). How each table is reproduced:
/// <list type="bullet">
/// <item>Availability: for a cell p% of a month of T seconds, outages totalling round((1 - p/100) T) seconds, split into
/// one to three non-overlapping pieces inside the month, so the 24x7 figure rounds to p to 2 dp. UNVL cells come from
/// monitoring.csv rows that leave those months out.</item>
/// <item>Service desk: per organisation, priority and month, the report's volume of calls is logged. Calls resolved in a
/// later month are chosen so that the per-priority counts carried over sum to the report's "calls open at period end";
/// for P1 and P2 the carry-overs are searched so that met/resolved is as close as possible to the report's percentage
/// (e.g. Brent April P2 5 of 7). Exactly round(p x resolved) of the calls resolved in a month meet the default UK
/// council SLA (<see cref="SlaPolicy.UkCouncilDefault()"/>): their SLA time is drawn below the target, the others' above.</item>
/// <item>NPS: a few hundred responses per month with promoter and detractor counts giving the report's score to about 0.2 points.</item>
/// <item>Risks, exceptions and the business plan (<see cref="BusinessPlanFigures"/>): the report's text.</item>
/// </list>
/// </remarks>
internal sealed partial class DataGenerator
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly string[] Categories = ["Hardware", "Software", "Account and access", "Network", "Printing", "Email", "Telephony", "Mobile"];
    private static readonly string[] Comments =
    [
        "Quick and friendly, thanks",
        "Fixed first time",
        "Took a while, but sorted in the end",
        "Engineer was very helpful, explained everything",
        "Still waiting for a callback, had to chase twice",
        "Great service, \"above and beyond\"",
        "Slow to respond",
        "Problem came back the next day",
    ];

    private readonly int _seed;

    internal DataGenerator(int seed) => _seed = seed;

    /// <summary>Writes every file into <paramref name="directory"/> (created if needed); returns the file names written.</summary>
    internal IReadOnlyList<string> WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        return WriteAll(name => Path.Combine(directory, name));
    }

    /// <summary>Writes every file to the path <paramref name="pathOf"/> gives for its name (such as a staged temporary file); returns the file names written.</summary>
    internal IReadOnlyList<string> WriteAll(Func<string, string> pathOf)
    {
        WriteServices(pathOf(ServicesFormat.Name));
        WriteOutages(pathOf(OutagesFormat.Name), new Random(_seed));
        WriteMonitoring(pathOf(MonitoringFormat.Name));
        WriteCalls(pathOf(CallsFormat.Name), new Random(unchecked((_seed * 31) + 1)));
        WriteResponses(pathOf(ResponsesFormat.Name), new Random(unchecked((_seed * 31) + 2)));
        WriteRisks(pathOf(RisksFormat.Name));
        WriteExceptions(pathOf(ExceptionsFormat.Name));
        WriteObjectives(pathOf(ObjectivesFormat.Name));

        // The report has no survey answers (its satisfaction and process success rows are N/A) and no previous register:
        // those files are written with their header only, to show their columns.
        new RecordWriter<Sourced<SurveysFormat.Answer>>(pathOf(SurveysFormat.Name), new SurveysFormat(London)).Dispose();
        new RecordWriter<Sourced<RiskRecord>>(pathOf(RisksFormat.PreviousName), new RisksFormat(London, fileName: RisksFormat.PreviousName)).Dispose();
        return [ServicesFormat.Name, OutagesFormat.Name, MonitoringFormat.Name, CallsFormat.Name, ResponsesFormat.Name, RisksFormat.Name, ExceptionsFormat.Name,
            ObjectivesFormat.Name, SurveysFormat.Name, RisksFormat.PreviousName];
    }

    internal static string Format(Instant instant) => FormatText.Instant(instant, London);

    private static ReportingPeriod MonthOf(int index) => ReportingPeriod.Month(ReportFigures.FirstMonth.PlusMonths(index), London);

    private static void WriteServices(string path)
    {
        using var csv = new RecordWriter<ServiceDefinition>(path, new ServicesFormat(London));
        foreach (string organisation in ReportFigures.Organisations)
        {
            foreach (ReportFigures.AvailabilityRow row in ReportFigures.AvailabilityOf(organisation))
            {
                csv.Write(new ServiceDefinition(organisation, row.Service, AvailabilityPolicy.AtLeast(row.Target), "24x7", ServicesFormat.Name, 0));
            }
        }
    }

    private static void WriteMonitoring(string path)
    {
        using var csv = new RecordWriter<Sourced<MonitoredInterval>>(path, new MonitoringFormat(London));
        void Write(string organisation, string service, Instant start, Instant end) =>
            csv.Write(new Sourced<MonitoredInterval>(new MonitoredInterval(service, new Interval(start, end)), organisation, MonitoringFormat.Name, 0));

        // Brent Housing: monitoring started with the new hardware on 1 May 2017, so April is UNVL.
        Write("Brent", "Housing System", MonthOf(1).Start, MonthOf(5).End);

        // Lewisham Telephony and call centre: the monitoring feed was lost at the end of May 2017.
        Write("Lewisham", "Telephony", MonthOf(0).Start, MonthOf(1).End);
        Write("Lewisham", "AGD (Call Centre)", MonthOf(0).Start, MonthOf(1).End);

        // Lewisham Housing: monitored only before the period (probe decommissioned 1 April 2017), so every month is UNVL.
        Write("Lewisham", "Housing System", MonthOf(-3).Start, MonthOf(0).Start);
    }

    private static void WriteRisks(string path)
    {
        using var csv = new RecordWriter<Sourced<RiskRecord>>(path, new RisksFormat(London));
        int id = 0;
        foreach (var risk in ReportFigures.Risks)
        {
            var record = new RiskRecord(string.Create(CultureInfo.InvariantCulture, $"R{++id}"), risk.Description, residual: new RiskRating(risk.Impact, risk.Likelihood),
                consequence: risk.Consequence, owner: risk.Owner, mitigationActions: [risk.Mitigation], responsibleOfficer: risk.Officer);
            csv.Write(new Sourced<RiskRecord>(record, string.Empty, RisksFormat.Name, 0));
        }
    }

    private static void WriteObjectives(string path)
    {
        using var csv = new RecordWriter<Sourced<KpiCore.Planning.BusinessPlanRow>>(path, new ObjectivesFormat(London));
        foreach (KpiCore.Planning.BusinessPlanRow row in BusinessPlanFigures.Rows())
        {
            csv.Write(new Sourced<KpiCore.Planning.BusinessPlanRow>(row, string.Empty, ObjectivesFormat.Name, 0));
        }
    }

    private static void WriteExceptions(string path)
    {
        using var csv = new RecordWriter<Sourced<ExceptionNote>>(path, new ExceptionsFormat(London));
        foreach (var exception in ReportFigures.Exceptions)
        {
            csv.Write(new Sourced<ExceptionNote>(new ExceptionNote(exception.Service, exception.Text), exception.Organisation, ExceptionsFormat.Name, 0));
        }
    }

    private static void WriteResponses(string path, Random random)
    {
        using var csv = new RecordWriter<Sourced<SurveyResponse>>(path, new ResponsesFormat(London));
        foreach (string organisation in ReportFigures.Organisations)
        {
            ReportFigures.ServiceDeskTable table = ReportFigures.ServiceDeskOf(organisation);
            double detractorShare = organisation == "Brent" ? 0.05 : 0.14;
            int number = 0;
            for (int m = 0; m < ReportFigures.Months; m++)
            {
                ReportingPeriod period = MonthOf(m);
                int n = 250 + random.Next(151);
                int detractors = (int)Math.Round(n * (detractorShare + (random.NextDouble() * 0.04)));
                int promoters = (int)Math.Round((n * table.Nps[m] / 100.0) + detractors);
                int[] scores = new int[n];
                for (int i = 0; i < n; i++)
                {
                    scores[i] = i < promoters ? (random.Next(10) < 7 ? 10 : 9)
                        : i < n - detractors ? 7 + random.Next(2)
                        : Detractor(random);
                }

                Shuffle(random, scores);
                var instants = new long[n];
                for (int i = 0; i < n; i++)
                {
                    instants[i] = (long)(random.NextDouble() * period.Length.TotalSeconds);
                }

                Array.Sort(instants);
                for (int i = 0; i < n; i++)
                {
                    string? comment = random.Next(8) == 0 ? Comments[random.Next(Comments.Length)] : null;
                    var response = new SurveyResponse(organisation, period.Start + Duration.FromSeconds(instants[i]), scores[i], comment,
                        string.Create(CultureInfo.InvariantCulture, $"S{organisation[0]}{++number:00000}"));
                    csv.Write(new Sourced<SurveyResponse>(response, organisation, ResponsesFormat.Name, 0));
                }
            }
        }
    }

    private static int Detractor(Random random) => random.Next(10) switch
    {
        < 4 => 6,
        < 7 => 5,
        < 8 => 4,
        < 9 => 3,
        _ => random.Next(3),
    };

    private static void Shuffle<T>(Random random, T[] items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static void WriteCalls(string path, Random random)
    {
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        using var csv = new RecordWriter<Sourced<Call>>(path, new CallsFormat(new InstantReader(London)));
        foreach (string organisation in ReportFigures.Organisations)
        {
            var calls = new List<GeneratedCall>();
            ReportFigures.ServiceDeskTable table = ReportFigures.ServiceDeskOf(organisation);
            string[] services = [.. ReportFigures.AvailabilityOf(organisation).Select(r => r.Service)];
            int[][] carries = CallFlow.Carries(table);
            for (int p = 0; p < 4; p++)
            {
                policy.TryGet(new Priority(string.Create(CultureInfo.InvariantCulture, $"P{p + 1}"), p + 1), out PrioritySla? sla);
                var planner = new CallPlanner(sla!, random);
                int[] carry = carries[p]; // carry[0] = logged in March, resolved in April; carry[m + 1] = logged in month m, resolved in m + 1
                for (int m = 0; m < ReportFigures.Months; m++)
                {
                    int volume = table.Volume[p][m];
                    int carriedIn = carry[m];
                    int carriedOut = carry[m + 1];
                    int resolved = volume - carriedOut + carriedIn;
                    int met = table.SlaPercent[p][m] is double percent ? (int)Math.Round(percent / 100.0 * resolved, MidpointRounding.AwayFromZero) : 0;
                    bool[] meets = new bool[resolved];
                    for (int i = 0; i < met; i++)
                    {
                        meets[i] = true;
                    }

                    Shuffle(random, meets);
                    int k = 0;
                    for (int i = 0; i < carriedIn; i++)
                    {
                        calls.Add(planner.Plan(MonthOf(m - 1), carried: true, meets[k++], services, Categories));
                    }

                    for (int i = 0; i < volume - carriedOut; i++)
                    {
                        calls.Add(planner.Plan(MonthOf(m), carried: false, meets[k++], services, Categories));
                    }
                }

                // Logged in September and still being worked on at the end of it: resolved in October, within SLA or not.
                for (int i = 0; i < carry[ReportFigures.Months]; i++)
                {
                    calls.Add(planner.Plan(MonthOf(ReportFigures.Months - 1), carried: true, random.Next(10) < 8, services, Categories));
                }
            }

            for (int m = 0; m < ReportFigures.Months; m++)
            {
                ReportingPeriod period = MonthOf(m);
                for (int i = 0; i < table.Problems[m]; i++)
                {
                    Instant logged = period.Start + Duration.FromSeconds((long)(random.NextDouble() * (period.Length.TotalSeconds - 86_400)));
                    Instant? closed = random.Next(3) == 0 ? null : logged + Duration.FromHours(24 + random.Next(24 * 20));
                    calls.Add(new GeneratedCall(null, CallType.Problem, logged, null, closed, null, null, services[random.Next(services.Length)], "Problem management"));
                }

                for (int i = 0; i < table.Changes[m]; i++)
                {
                    Instant logged = period.Start + Duration.FromSeconds((long)(random.NextDouble() * (period.Length.TotalSeconds - 86_400)));
                    calls.Add(new GeneratedCall(null, CallType.Change, logged, null, logged + Duration.FromHours(1 + random.Next(24 * 10)), null, null,
                        services[random.Next(services.Length)], "Change management"));
                }
            }

            calls.Sort((a, b) => a.Logged.CompareTo(b.Logged));
            int number = 0;
            foreach (GeneratedCall call in calls)
            {
                Interval[] hold = call.HoldStart is Instant hs && call.HoldEnd is Instant he ? [new Interval(hs, he)] : [];
                Priority priority = call.Priority is string code && CallsFormat.TryParsePriority(code, out Priority parsed) ? parsed : default;
                var record = new Call(string.Create(CultureInfo.InvariantCulture, $"{organisation[..1]}{++number:000000}"), organisation, priority, call.Type,
                    call.Logged, call.Resolved, call.FirstResponse, hold, call.Service, call.Category);
                csv.Write(new Sourced<Call>(record, organisation, CallsFormat.Name, 0));
            }
        }
    }
}
