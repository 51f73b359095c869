namespace KpiCore.Sample.Input;

/// <summary>Record-boundary splitting of a CSV file for parallel reading.</summary>
internal static class CsvSplit
{
}
