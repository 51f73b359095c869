using KpiCore.Reporting;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>exceptions.csv: commentary per KPI row.</summary>
internal static partial class InputFiles
{
    /// <summary>Reads exceptions.csv: commentary per organisation, KPI row and month (blank month = the whole pack).</summary>
    internal static List<Sourced<ExceptionNote>> ReadExceptions(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null)
    {
        names ??= new NameBook();
        var result = new List<Sourced<ExceptionNote>>();
        summary = Read(path, file, ExceptionRequired, problems, row =>
        {
            var p = new RowParser(row, zone, problems);
            string organisation = names.Organisation(p.Text("organisation"));
            string rowName = p.Text("row");
            YearMonth? month = p.OptionalMonth("month");
            string text = p.Text("text");
            if (!p.Ok)
            {
                return false;
            }

            result.Add(new Sourced<ExceptionNote>(new ExceptionNote(rowName, text, month), organisation, file, row.Line));
            return true;
        });
        return result;
    }
}
