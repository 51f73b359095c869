using System.Text;
using KpiCore.Availability;
using KpiCore.Configuration;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using Microsoft.Extensions.Configuration;
using NodaTime;

namespace KpiCore.Tests.Configuration;

public sealed class KpiCoreSettingsTests
{
    /// <summary>The README's example file: the UK council default written out, plus a closure day, and two services.</summary>
    internal const string Example = """
        {
          // Working calendars by name; "24x7" is built in.
          "calendars": {
            "office": {
              "zone": "Europe/London",
              "hours": { "Monday-Friday": "08:00-18:00" },
              "bankHolidays": "EnglandAndWales",
              "closedDates": [ "2017-12-27" ],
              "specialHours": { "2017-12-22": "08:00-13:00" }
            }
          },
          "sla": [
            { "priority": "P1", "calendar": "24x7",   "resolutionHours": 4,       "targetPercent": 95 },
            { "priority": "P2", "calendar": "office", "resolutionHours": 8,       "targetPercent": 90 },
            { "priority": "P3", "calendar": "office", "resolutionWorkingDays": 3, "targetPercent": 80 },
            { "priority": "P4", "calendar": "office", "resolutionWorkingDays": 5, "targetPercent": 80, "onHoldStopsClock": true }
          ],
          "services": {
            "Brent": [
              { "name": "Website", "targetPercent": 99.9 },
              { "name": "Payroll", "targetPercent": 99.5, "calendar": "office", "plannedMaintenance": "excluded" }
            ]
          }
        }
        """;

    [Fact]
    public void Example_BuildsTheDefaultTargetsOnTheCouncilCalendar()
    {
        KpiCoreConfiguration config = KpiCoreSettings.FromJson(Example).Build();

        SlaPolicy policy = config.SlaPolicy!;
        Assert.Equal(4, policy.Priorities.Count);
        Assert.True(policy.TryGet(Priority.P3, out PrioritySla? p3));
        Assert.Equal(Duration.FromHours(30), p3!.ResolutionTarget);                 // 3 days x 10 hours
        Assert.Equal(KpiTarget.AtLeast(80), p3.ComplianceTarget);
        Assert.True(policy.TryGet(Priority.P1, out PrioritySla? p1));
        Assert.Equal(Duration.FromHours(24), p1!.Calendar.NominalWorkingDay);

        // Thu 21 Dec 2017 17:30 GMT + 8 working hours: 0.5 h Thu, 5 h Fri 22 (08:00-13:00), Mon 25 and Tue 26 bank
        // holidays, Wed 27 closed, 2.5 h on Thu 28: 10:30 GMT.
        WorkingCalendar office = config.Calendars["OFFICE"];
        Assert.Equal(Instant.FromUtc(2017, 12, 28, 10, 30), office.AddWorkingTime(Instant.FromUtc(2017, 12, 21, 17, 30), Duration.FromHours(8)));

        ServiceCatalogue brent = config.Services["brent"];
        Assert.Equal(["Website", "Payroll"], brent.Services);
        Assert.Equal(KpiTarget.AtLeast(99.9), brent["Website"].Target);
        Assert.True(brent["Website"].IsTwentyFourSeven);
        Assert.False(brent["Payroll"].IsTwentyFourSeven);
        Assert.Equal(PlannedMaintenanceRule.Excluded, brent["Payroll"].PlannedMaintenance);
    }

    [Fact]
    public void Example_JudgesCallsAsTheUkCouncilDefaultDoes()
    {
        SlaPolicy fromFile = KpiCoreSettings.FromJson(Example).Build().SlaPolicy!;
        SlaPolicy builtIn = SlaPolicy.UkCouncilDefault();
        Instant asOf = Instant.FromUtc(2017, 11, 1, 0, 0);
        var random = new Random(7);
        for (int i = 0; i < 500; i++)
        {
            Priority priority = new[] { Priority.P1, Priority.P2, Priority.P3, Priority.P4 }[random.Next(4)];
            Instant logged = Instant.FromUtc(2017, 9, 1, 0, 0) + Duration.FromMinutes(random.Next(60 * 24 * 50));
            var call = new Call("C" + i, "Brent", priority, CallType.Incident, logged, logged + Duration.FromMinutes(1 + random.Next(60 * 24 * 10)));

            // Every date in this window but 22 and 27 December is outside the file's extra days, so both must agree.
            CallSlaResult expected = builtIn.Evaluate(call, asOf);
            CallSlaResult actual = fromFile.Evaluate(call, asOf);
            Assert.Equal(expected.SlaTimeUsed, actual.SlaTimeUsed);
            Assert.Equal(expected.Status, actual.Status);
        }
    }

    [Fact]
    public void MicrosoftConfigurationBinding_GivesTheSameConfigurationAsJson()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Example)))
            .Build();
        KpiCoreSettings bound = configuration.Get<KpiCoreSettings>(o => o.ErrorOnUnknownConfiguration = true)!;

        KpiCoreConfiguration fromBinder = bound.Build();
        KpiCoreConfiguration fromJson = KpiCoreSettings.FromJson(Example).Build();

        Assert.Equal(fromJson.SlaPolicy!.Priorities.Select(p => (p.Priority, p.ResolutionTarget, p.ComplianceTarget, p.Calendar.NominalWorkingDay)),
            fromBinder.SlaPolicy!.Priorities.Select(p => (p.Priority, p.ResolutionTarget, p.ComplianceTarget, p.Calendar.NominalWorkingDay)));
        Assert.Equal(fromJson.Calendars["office"].ClosedDates, fromBinder.Calendars["office"].ClosedDates);
        Assert.Equal(fromJson.Services["Brent"].Services, fromBinder.Services["Brent"].Services);
    }

    [Fact]
    public void WorkingDaysOnA24x7Calendar_AreWholeDays()
    {
        SlaPolicy policy = KpiCoreSettings.FromJson("""{ "sla": [ { "priority": "P1", "calendar": "24x7", "resolutionWorkingDays": 3, "targetPercent": 95 } ] }""").Build().SlaPolicy!;

        Assert.Equal(Duration.FromHours(72), policy.Priorities[0].ResolutionTarget);
    }

    [Fact]
    public void NoSlaSection_LeavesTheCallersDefault()
    {
        KpiCoreConfiguration config = KpiCoreSettings.FromJson("""{ "services": { "Lewisham": [ { "name": "Email" } ] } }""").Build();

        Assert.Null(config.SlaPolicy);
        Assert.Same(SlaPolicy.UkCouncilDefault(), config.SlaPolicyOr(SlaPolicy.UkCouncilDefault()));
        Assert.Equal(KpiTarget.None, config.Services["Lewisham"]["Email"].Target);
    }

    [Theory]
    [InlineData("""{ "sla": [ { "priority": "P1", "calendar": "24x7", "resolutionHours": 4, "targetPercent": 95 }, { "priority": "P2", "calendar": "24x7", "resolutionHours": -8, "targetPercent": 90 } ] }""", "sla[1].resolutionHours", "-8 is not a positive number of hours")]
    [InlineData("""{ "sla": [ { "priority": "P1", "calendar": "24x7", "resolutionHours": 4, "targetPercent": 101 } ] }""", "sla[0].targetPercent", "101 is not a percentage")]
    [InlineData("""{ "sla": [ { "priority": "P1", "calendar": "24x7", "resolutionHours": 4 } ] }""", "sla[0].targetPercent", "Give the target")]
    [InlineData("""{ "sla": [ { "priority": "P1", "calendar": "offce", "resolutionHours": 4, "targetPercent": 95 } ] }""", "sla[0].calendar", "'offce' is not a calendar of this configuration; use '24x7'")]
    [InlineData("""{ "sla": [ { "priority": "P1", "calendar": "24x7", "resolutionHours": 4, "resolutionWorkingDays": 1, "targetPercent": 95 } ] }""", "sla[0].resolutionWorkingDays", "not both")]
    [InlineData("""{ "sla": [ { "priority": "P1", "calendar": "24x7", "resolutionHours": 4, "targetPercent": 95 }, { "priority": "p1", "calendar": "24x7", "resolutionHours": 4, "targetPercent": 95 } ] }""", "sla[1].priority", "repeats the code or rank")]
    [InlineData("""{ "sla": [ { "priority": "Urgent", "calendar": "24x7", "resolutionHours": 4, "targetPercent": 95 } ] }""", "sla[0].rank", "not of the form P<n>")]
    [InlineData("""{ "calendars": { "office": { "hours": { "Monday-Fryday": "08:00-18:00" } } } }""", "calendars.office.hours.Monday-Fryday", "not a weekday")]
    [InlineData("""{ "calendars": { "office": { "hours": { "Monday-Friday": "08:00-1800" } } } }""", "calendars.office.hours.Monday-Friday", "'08:00-1800' is not a time range")]
    [InlineData("""{ "calendars": { "office": { "hours": { "Friday-Monday": "08:00-18:00" } } } }""", "calendars.office.hours.Friday-Monday", "runs backwards")]
    [InlineData("""{ "calendars": { "office": { "zone": "Europe/Londn", "hours": { "Monday": "08:00-18:00" } } } }""", "calendars.office.zone", "'Europe/Londn' is not a TZDB time zone id")]
    [InlineData("""{ "calendars": { "office": { "hours": { "Monday": "08:00-18:00" }, "closedDates": [ "2017-12-27", "2017-13-01" ] } } }""", "calendars.office.closedDates[1]", "'2017-13-01' is not a date")]
    [InlineData("""{ "calendars": { "office": { "hours": { "Monday": "08:00-18:00" }, "bankHolidays": "England" } } }""", "calendars.office.bankHolidays", "'England' is not a UK division")]
    [InlineData("""{ "calendars": { "office": { } } }""", "calendars.office.hours", "no working hours")]
    [InlineData("""{ "calendars": { "24X7": { "twentyFourSeven": true } } }""", "calendars.24X7", "built-in all-day calendar")]
    [InlineData("""{ "services": { "Brent": [ { "name": "Website" }, { "name": "website" } ] } }""", "services.Brent[1].name", "listed twice")]
    [InlineData("""{ "services": { "Brent": [ { "name": "Website", "plannedMaintenance": "ignored" } ] } }""", "services.Brent[0].plannedMaintenance", "not counted or excluded")]
    [InlineData("""{ "sla": [ { "priority": "P1", "resolutionHours": "four" } ] }""", "sla[0].resolutionHours", "")]
    [InlineData("""{ "sla": [ { "priority": "P1", "resolutionHours": 4, """, "sla[0]", "")]
    public void BadSetting_IsAnErrorNamingItsPath(string json, string path, string reason)
    {
        var error = Assert.Throws<KpiCoreConfigurationException>(() => KpiCoreSettings.FromJson(json).Build());

        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith(path.Length == 0 ? error.Reason : path + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BankHolidaysFile_ReplacesTheBundledYears_AndAMissingFileNamesTheSetting()
    {
        const string json = """{ "calendars": { "office": { "hours": { "Monday-Friday": "09:00-17:00" }, "bankHolidays": "Scotland", "bankHolidaysFile": "scotland.json" } } }""";
        const string govUk = """{ "scotland": { "division": "scotland", "events": [ { "title": "St Andrew's Day", "date": "2017-11-30" }, { "title": "A day off", "date": "2017-11-29" } ] } }""";
        KpiCoreSettings settings = KpiCoreSettings.FromJson(json);

        WorkingCalendar office = settings.Build(name => new MemoryStream(Encoding.UTF8.GetBytes(name == "scotland.json" ? govUk : "{}"))).Calendars["office"];

        Assert.Contains(new LocalDate(2017, 11, 29), office.ClosedDates);       // from the file, not a real holiday
        Assert.Contains(new LocalDate(2017, 11, 30), office.ClosedDates);
        Assert.DoesNotContain(new LocalDate(2017, 12, 25), office.ClosedDates.Where(d => d.Year == 2017)); // 2017 is the file's year: its list replaces the bundled one
        var missing = Assert.Throws<KpiCoreConfigurationException>(() => settings.Build(_ => throw new FileNotFoundException("Could not find file 'scotland.json'.")));
        Assert.Equal("calendars.office.bankHolidaysFile", missing.Path);
        var refused = Assert.Throws<KpiCoreConfigurationException>(() => settings.Build());
        Assert.Contains("without file access", refused.Reason, StringComparison.Ordinal);
    }
}
