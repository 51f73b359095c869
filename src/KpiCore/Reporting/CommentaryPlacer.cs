using System.Globalization;
using NodaTime;

namespace KpiCore.Reporting;

/// <summary>
/// Places exceptions commentary under the rows it names, or lists it as rejected with the reason; never throws for data.
/// </summary>
internal sealed class CommentaryPlacer(PackContext context)
{
    /// <summary>The reason given for commentary whose organisation has no figures in the pack.</summary>
    private const string NoFiguresReason = "no figures for this organisation";

    private readonly List<(string Organisation, ExceptionNote Note)> _notes = [];

    internal void Add(string organisation, ExceptionNote note) => _notes.Add((organisation, note));

    /// <summary>Places one organisation's notes in its own pack, unprefixed.</summary>
    internal (List<ExceptionNote> Placed, List<RejectedNote> Rejected) ForOrganisation(IReadOnlyList<PackSection> sections, string organisation)
    {
        var placed = new List<ExceptionNote>();
        var rejected = new List<RejectedNote>();
        bool hasFigures = context.HasFigures(organisation);
        foreach ((string owner, ExceptionNote note) in _notes)
        {
            if (string.Equals(owner, organisation, StringComparison.Ordinal))
            {
                Place(sections, owner, note, hasFigures, prefix: false, placed, rejected);
            }
        }

        return (placed, rejected);
    }

    /// <summary>
    /// Places every organisation's notes in the combined pack, prefixed with the organisation (organisations in the order
    /// they first appeared, each one's notes in the order added); the rejected ones are listed in the order added.
    /// </summary>
    internal (List<ExceptionNote> Placed, IEnumerable<RejectedNote> Rejected) Combined(IReadOnlyList<PackSection> sections)
    {
        var placed = new List<ExceptionNote>();
        var rejected = new List<(int Order, RejectedNote Note)>();
        var rejectedHere = new List<RejectedNote>();
        foreach (string organisation in context.Organisations)
        {
            for (int i = 0; i < _notes.Count; i++)
            {
                if (string.Equals(_notes[i].Organisation, organisation, StringComparison.Ordinal))
                {
                    rejectedHere.Clear();
                    Place(sections, organisation, _notes[i].Note, hasFigures: true, prefix: true, placed, rejectedHere);
                    rejected.AddRange(rejectedHere.Select(r => (i, r)));
                }
            }
        }

        for (int i = 0; i < _notes.Count; i++)
        {
            if (!context.HasFigures(_notes[i].Organisation))
            {
                rejected.Add((i, new RejectedNote(_notes[i].Organisation, _notes[i].Note, NoFiguresReason)));
            }
        }

        return (placed, rejected.OrderBy(r => r.Order).Select(r => r.Note));
    }

    /// <summary>
    /// Finds the row a note names, ignoring surrounding white space and case: the row with that name (one with the same
    /// case wins over others), else the unique row that starts with it followed by a space.
    /// </summary>
    private static bool TryMatchRow(string[] names, string rowName, out string row, out string reason)
    {
        string wanted = rowName.Trim();
        row = string.Empty;
        reason = string.Empty;
        string? exact = Array.Find(names, n => string.Equals(n, wanted, StringComparison.Ordinal));
        string[] candidates = exact is not null ? [exact] : Array.FindAll(names, n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
        if (candidates.Length == 0)
        {
            candidates = Array.FindAll(names, n => n.StartsWith(wanted + " ", StringComparison.OrdinalIgnoreCase));
        }

        if (candidates.Length == 1)
        {
            row = candidates[0];
            return true;
        }

        reason = candidates.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"no row of the pack is named '{wanted}' or starts with '{wanted} '")
            : string.Create(CultureInfo.InvariantCulture, $"'{wanted}' matches several rows of the pack ({string.Join(", ", candidates.Select(c => "'" + c + "'"))})");
        return false;
    }

    /// <summary>Places one note in <paramref name="placed"/> under the row it names, or adds it to <paramref name="rejected"/> with the reason.</summary>
    private void Place(IReadOnlyList<PackSection> sections, string organisation, ExceptionNote note, bool hasFigures, bool prefix,
        List<ExceptionNote> placed, List<RejectedNote> rejected)
    {
        if (!hasFigures)
        {
            rejected.Add(new RejectedNote(organisation, note, NoFiguresReason));
            return;
        }

        string[] names = sections.SelectMany(s => s.Rows).Select(r => r.Name).Distinct(StringComparer.Ordinal).ToArray();
        if (!TryMatchRow(names, note.RowName, out string row, out string reason))
        {
            rejected.Add(new RejectedNote(organisation, note, reason));
            return;
        }

        IReadOnlyList<YearMonth> months = context.Months;
        if (note.Month is YearMonth month && context.IndexOf(month) < 0)
        {
            rejected.Add(new RejectedNote(organisation, note, string.Create(CultureInfo.InvariantCulture,
                $"the month {month:yyyy-MM} is outside the pack's months {months[0]:yyyy-MM} to {months[^1]:yyyy-MM}")));
            return;
        }

        placed.Add(new ExceptionNote(row, prefix ? organisation + ": " + note.Text : note.Text, note.Month));
    }
}
