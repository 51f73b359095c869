using System.Globalization;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>responses.csv: survey responses.</summary>
internal static partial class InputFiles
{
    /// <summary>Reads responses.csv; scores outside 0-10 are left to the NPS calculator, which reports them.</summary>
    internal static List<Sourced<SurveyResponse>> ReadResponses(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null)
    {
        names ??= new NameBook();
        var result = new List<Sourced<SurveyResponse>>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        summary = Read(path, file, ResponseRequired, problems, row =>
        {
            var p = new RowParser(row, zone, problems);
            string organisation = names.Organisation(p.Text("organisation"));
            Instant responded = p.Instant("responded");
            int score = p.Int("score", int.MinValue, int.MaxValue, "a whole number (scores are 0-10)");
            if (!p.Ok)
            {
                return false;
            }

            string? id = p.OptionalText("id");
            if (id is not null && ids.TryGetValue(id, out int firstLine))
            {
                p.Fail("id", string.Create(CultureInfo.InvariantCulture, $"The response id '{RowParser.Shorten(id)}' is already used on line {firstLine}; a response is counted once."));
                return false;
            }

            if (id is not null)
            {
                ids.Add(id, row.Line);
            }

            result.Add(new Sourced<SurveyResponse>(new SurveyResponse(organisation, responded, score, p.FreeText("comment"), id), organisation, file, row.Line));
            return true;
        });
        return result;
    }
}
