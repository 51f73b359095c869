using NodaTime;

namespace KpiCore.Sample.Audit;

/// <summary>One record of a published pack: one organisation's KPI in one month, with the figure as printed.</summary>
internal sealed class PublishedRow
{
    /// <summary>Creates a row.</summary>
    internal PublishedRow(int line, string organisation, string section, string kpi, string target, YearMonth month, PublishedFigure figure, string? rag)
    {
        Line = line;
        Organisation = organisation;
        Section = section;
        Kpi = kpi;
        Target = target;
        Month = month;
        Figure = figure;
        Rag = rag;
        Kind = KpiKinds.Classify(section, kpi);
    }

    /// <summary>Gets the 1-based line of the record in the file.</summary>
    internal int Line { get; }

    /// <summary>Gets the organisation, such as Brent.</summary>
    internal string Organisation { get; }

    /// <summary>Gets the section, such as "Service desk KPIs".</summary>
    internal string Section { get; }

    /// <summary>Gets the KPI (row name), such as "P1 Calls Resolved within SLA".</summary>
    internal string Kpi { get; }

    /// <summary>Gets the target as printed (may be empty).</summary>
    internal string Target { get; }

    /// <summary>Gets the month the figure is for.</summary>
    internal YearMonth Month { get; }

    /// <summary>Gets the figure as printed.</summary>
    internal PublishedFigure Figure { get; }

    /// <summary>Gets the RAG word (green, amber, red, none) when the file has a RAG column; otherwise null.</summary>
    internal string? Rag { get; }

    /// <summary>Gets what the row is, recognised from its section and name.</summary>
    internal KpiKind Kind { get; }
}
