using System.CommandLine;
using System.Globalization;
using KpiCore.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Commands;

/// <summary><c>period 2017-10 [--zone Europe/London]</c>: prints a reporting month's first and last instant and its length.</summary>
internal static class PeriodCommand
{
    internal static Command Create(TextWriter output, TextWriter error) =>
        HostCommand.Create("period", "Show a reporting month: its first and last instant (UTC and local) and its length in hours.", error, options =>
    {
        Argument<string> month = options.Own(new Argument<string>("month") { Description = $"The month as yyyy-MM, e.g. 2017-10 ({HostOptions.MonthRange})." });
        options.WithZone();
        return run =>
        {
            if (!HostOptions.TryGetMonth(run.Get(month), error, out YearMonth yearMonth, "month"))
            {
                return CommandSupport.UsageError;
            }

            DateTimeZone tz = run.Zone;
            ReportingPeriod period = ReportingPeriod.Month(yearMonth, tz);
            Instant last = period.End - Duration.Epsilon;
            var pattern = InstantPattern.ExtendedIso;
            var local = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm> '('x')'", DateTimeZoneProviders.Tzdb);
            output.WriteLine($"Period:       {HostOptions.FormatMonth(yearMonth)} in {period.Zone.Id}");
            output.WriteLine($"First instant {pattern.Format(period.Start)}  local {local.Format(period.Start.InZone(period.Zone))}");
            output.WriteLine($"Last instant  {pattern.Format(last)}  local {local.Format(last.InZone(period.Zone))}");
            output.WriteLine($"End (excl.)   {pattern.Format(period.End)}  local {local.Format(period.End.InZone(period.Zone))}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Length:       {period.Length.TotalHours:0.##} hours"));
            return 0;
        };
    });
}
