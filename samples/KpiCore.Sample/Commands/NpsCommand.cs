using System.CommandLine;
using System.Globalization;
using KpiCore.Sample.Input;
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
            if (!CommandSupport.TryRead(run.File(responses), "--responses", problems, (p, f, pr) => (InputFiles.ReadResponses(p, f, tz!, pr, out var s), s), error, out List<Sourced<SurveyResponse>> rows, out InputFileSummary? summary))
            {
                return CommandSupport.UsageError;
            }

            if (only is YearMonth reported)
            {
                foreach (Sourced<SurveyResponse> row in rows.Where(r => r.Record.RespondedAt.InZone(tz!).Date.ToYearMonth() != reported))
                {
                    problems.Add(new InputProblem(row.File, row.Line, "responded", "outside the month reported", ProblemKind.Outside));
                }
            }

            var table = new List<string[]> { Header };
            var groups = rows
                .GroupBy(r => (r.Organisation, Month: r.Record.RespondedAt.InZone(tz!).Date.ToYearMonth()))
                .Where(g => only is null || g.Key.Month == only)
                .OrderBy(g => rows.FindIndex(r => r.Organisation == g.Key.Organisation))
                .ThenBy(g => g.Key.Month);
            foreach (var group in groups)
            {
                List<Sourced<SurveyResponse>> list = [.. group];
                NpsResponseSummary result = NetPromoterScore.CalculateFromResponses(list.Select(r => r.Record));
                problems.AddRange(result.Rejected.Select(r => DataSet.Locate(list, r)));
                NpsSummary nps = result.Summary;
                string interval = "-";
                if (nps.HasResponses)
                {
                    NpsConfidenceInterval ci = nps.ConfidenceInterval();
                    interval = string.Create(CultureInfo.InvariantCulture, $"{ci.Lower:0.#} to {ci.Upper:0.#}");
                }

                table.Add(
                [
                    group.Key.Organisation,
                    group.Key.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
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
            output.WriteLine("NPS = % promoters (9-10) - % detractors (0-6), from -100 to 100; months are local months in " + tz!.Id + ".");
            return CommandSupport.Finish(problems, [summary!], error);
        };
    });
}
