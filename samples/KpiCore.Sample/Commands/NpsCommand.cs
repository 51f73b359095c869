using System.CommandLine;
using System.Globalization;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Pack;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Sample.Commands;

/// <summary><c>nps --responses FILE [--month 2017-09] [--zone Europe/London]</c>: NPS per organisation and month with its 95% adjusted-Wald interval.</summary>
internal static class NpsCommand
{
    private static readonly string[] Header = ["Organisation", "Month", "Responses", "Promoters", "Passives", "Detractors", "NPS", "95% interval", "Note"];

    internal static Command Create(TextWriter output, TextWriter error) =>
        HostCommand.Create("nps", "Net Promoter Score per organisation and month: promoters (9-10) minus detractors (0-6), with a 95% adjusted-Wald interval.", error, options =>
    {
        Option<string?> responses = options.WithFile(new("--responses") { HelpName = "FILE", Description = "(required) responses.csv: id, organisation, responded, score (0-10), comment." });
        options.WithMonth().WithZone();
        return run =>
        {
            DateTimeZone tz = run.Zone;
            YearMonth? only = run.Month;
            var problems = new List<InputProblem>();

            // Streamed: per organisation and month a tally of the scores, not the responses.
            var store = new ResponseMonthStore(tz);
            if (!CommandSupport.TryRead(run.File(responses), "--responses", problems, (p, f, pr) => (0, InputFiles.Stream(p, f, new ResponsesFormat(tz!, null, p), pr, store.Add)), error, out _, out InputFileSummary? summary))
            {
                return CommandSupport.UsageError;
            }

            HashSet<YearMonth> reported = only is YearMonth month ? [month] : [.. store.Months];
            summary!.OutsideCount = store.OutsideCount(reported);
            var table = new List<string[]> { Header };
            var firstSeen = store.Organisations.Select((o, i) => (o, i)).ToDictionary(p => p.o, p => p.i, StringComparer.Ordinal);
            var groups = store.Summaries(reported, problems)
                .OrderBy(g => firstSeen[g.Organisation])
                .ThenBy(g => g.Month);
            foreach (var group in groups)
            {
                NpsSummary nps = group.Summary;
                string interval = "-";
                if (nps.HasResponses)
                {
                    NpsConfidenceInterval ci = nps.ConfidenceInterval();
                    interval = string.Create(CultureInfo.InvariantCulture, $"{ci.Lower:0.#} to {ci.Upper:0.#}");
                }

                table.Add(
                [
                    group.Organisation,
                    group.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    nps.Total.ToString(CultureInfo.InvariantCulture),
                    nps.Promoters.ToString(CultureInfo.InvariantCulture),
                    nps.Passives.ToString(CultureInfo.InvariantCulture),
                    nps.Detractors.ToString(CultureInfo.InvariantCulture),
                    nps.Score.ToString(),
                    interval,
                    nps.IsSmallSample ? "small sample" : string.Empty,
                ]);
            }

            CommandSupport.WriteTable(output, table, rightAlignFrom: 2);
            if (table.Count == 1)
            {
                // An empty table must not read as a month of no scores: say what was (not) there.
                output.WriteLine(only is YearMonth empty
                    ? string.Create(CultureInfo.InvariantCulture, $"No response in {empty:yyyy-MM}: the file's {store.Count} response(s) read are in other months (see the counts on standard error).")
                    : "No response to report: the file has none that could be read (any rows that could not be are on standard error).");
            }

            output.WriteLine("NPS = % promoters (9-10) - % detractors (0-6), from -100 to 100; months are local months in " + tz!.Id + ".");
            return CommandSupport.Finish(problems, [summary], error);
        };
    });
}
