using System.Globalization;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Input.Profiles;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>
/// Turns a ticket history into the calls' on-hold intervals, final resolution and final priority (README, "On-hold time
/// from history"): the clock pauses while a call is in a pausing state, a reopened call counts as resolved at its last
/// resolution with the time between a resolution and its reopening outside the clock, and a priority change judges the
/// call against its final priority from the start (with a warning).
/// </summary>
/// <remarks>
/// Every history record is counted, rejected (an unknown call, a row out of order or overlapping the previous one, an
/// unknown state or priority) or excluded (a field other than state and priority, another metric, a call that is itself
/// excluded). A call whose history rows are all rejected keeps what the calls export says.
/// </remarks>
internal static class CallHistory
{
    private enum StateKind
    {
        Open,
        Pausing,
        Resolved,
    }

    /// <summary>Reads the history and returns the calls with it applied (calls without history rows are returned as they are).</summary>
    /// <param name="calls">The calls read.</param>
    /// <param name="path">The history file.</param>
    /// <param name="file">Its name in problems.</param>
    /// <param name="profile">The profile (history form, states, priority labels, date-time formats).</param>
    /// <param name="instants">How its instants are read.</param>
    /// <param name="notes">What reading the calls found (excluded ids).</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="summary">The history file's summary, for its accounting line.</param>
    /// <param name="fromHistory">The calls whose hold, resolution or priority came from the history.</param>
    /// <returns>The calls, in the same order, with the history applied.</returns>
    internal static List<Sourced<Call>> Apply(List<Sourced<Call>> calls, string path, string file, ImportProfile profile, InstantReader instants, CallImportNotes notes, List<InputProblem> problems, out InputFileSummary summary, out HashSet<Call> fromHistory)
    {
        HistoryProfile h = profile.History;
        var states = new Dictionary<string, StateKind>(StringComparer.OrdinalIgnoreCase);
        h.OpenStates.ForEach(s => states[s.Trim()] = StateKind.Open);
        h.PausingStates.ForEach(s => states[s.Trim()] = StateKind.Pausing);
        h.ResolvedStates.ForEach(s => states[s.Trim()] = StateKind.Resolved);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < calls.Count; i++)
        {
            byId.TryAdd(calls[i].Record.Id, i);
        }

        var segments = new Dictionary<int, List<(Instant Start, Instant? End, StateKind Kind, string State, int Line)>>();
        var priorities = new Dictionary<int, List<(Instant At, Priority From, Priority To, int Line)>>();
        var lastAt = new Dictionary<int, (Instant At, Instant? End, string? State)>();
        var format = new HistoryFormat(h);
        bool metric = format.IsMetric;
        string known = string.Join(", ", states.Keys);

        summary = InputFiles.ReadTable(path, file, [.. format.Required], problems, profile, row =>
        {
            var p = new RowParser(row, instants, problems);
            string id = p.Text("id");
            if (metric && row["definition"].Length > 0 && !string.Equals(row["definition"], h.Definition, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new InputProblem(file, row.Line, "definition", string.Create(CultureInfo.InvariantCulture, $"another metric ({RowParser.Shorten(row["definition"])}); only '{h.Definition}' gives states."), ProblemKind.Excluded));
                return false;
            }

            string field = metric ? "state" : row["field"];
            bool isState = metric || h.StateFields.Contains(field, StringComparer.OrdinalIgnoreCase);
            bool isPriority = !metric && h.PriorityFields.Contains(field, StringComparer.OrdinalIgnoreCase);
            if (!isState && !isPriority)
            {
                problems.Add(new InputProblem(file, row.Line, "field", string.Create(CultureInfo.InvariantCulture, $"a change of '{RowParser.Shorten(field)}', which does not drive the SLA clock (states: {string.Join(", ", h.StateFields)}; priority: {string.Join(", ", h.PriorityFields)})."), ProblemKind.Excluded));
                return false;
            }

            if (id.Length > 0 && notes.ExcludedIds.Contains(id))
            {
                problems.Add(new InputProblem(file, row.Line, "id", string.Create(CultureInfo.InvariantCulture, $"the call {RowParser.Shorten(id)} is excluded in the calls file."), ProblemKind.Excluded));
                return false;
            }

            int index = -1;
            if (id.Length > 0 && !byId.TryGetValue(id, out index))
            {
                p.Fail("id", string.Create(CultureInfo.InvariantCulture, $"No call '{RowParser.Shorten(id)}' in the calls file; the history row is not used."));
            }

            Instant at = p.Instant(metric ? "start" : "changed_at");
            Instant? end = metric ? p.OptionalInstant("end") : null;
            string value = metric ? p.Text("value") : p.Text("to");
            string from = metric ? string.Empty : row["from"];
            StateKind kind = StateKind.Open;
            Priority toPriority = default, fromPriority = default;
            if (isState && value.Length > 0 && !states.TryGetValue(value, out kind))
            {
                p.Fail(metric ? "value" : "to", string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(value)}' is not a state of the {profile.Name} profile ({known}); add it to history.pausingStates, resolvedStates or openStates in a profile file."));
            }

            if (isState && from.Length > 0 && !states.ContainsKey(from))
            {
                p.Fail("from", string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(from)}' is not a state of the {profile.Name} profile ({known})."));
            }

            if (isPriority && value.Length > 0 && !CallsFormat.TryMapPriority(profile.Calls, value, out toPriority))
            {
                p.Fail("to", string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(value)}' is not a priority label of the {profile.Name} profile."));
            }

            if (isPriority && from.Length > 0 && !CallsFormat.TryMapPriority(profile.Calls, from, out fromPriority))
            {
                p.Fail("from", string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(from)}' is not a priority label of the {profile.Name} profile."));
            }

            if (p.Ok && metric && end is Instant e && e < at)
            {
                p.Fail("end", "The state ends before it starts.");
            }

            if (p.Ok && lastAt.TryGetValue(index, out var last))
            {
                if (at < last.At)
                {
                    p.Fail(metric ? "start" : "changed_at", string.Create(CultureInfo.InvariantCulture, $"Out of order: the call's previous history row is at {CommandTime(last.At)}; list each call's rows in time order."));
                }
                else if (metric && (last.End is null || at < last.End))
                {
                    p.Fail("start", string.Create(CultureInfo.InvariantCulture, $"Overlapping: the call's previous state {(last.End is Instant le ? "lasts until " + CommandTime(le) : "has no end")}, so it cannot be in two states at once."));
                }
                else if (isState && from.Length > 0 && last.State is string was && !string.Equals(was, from, StringComparison.OrdinalIgnoreCase))
                {
                    p.Fail("from", string.Create(CultureInfo.InvariantCulture, $"Overlapping: the previous change left the call in '{RowParser.Shorten(was)}', not '{RowParser.Shorten(from)}'."));
                }
            }

            if (!p.Ok)
            {
                return false;
            }

            if (isState)
            {
                lastAt[index] = (at, end, value);
                List<(Instant, Instant?, StateKind, string, int)> list = segments.TryGetValue(index, out var l) ? l : segments[index] = [];
                if (!metric && list.Count == 0 && from.Length > 0)
                {
                    list.Add((calls[index].Record.Logged, at, states[from], from, row.Line));
                }

                if (!metric && list.Count > 0)
                {
                    var prev = list[^1];
                    list[^1] = (prev.Item1, at, prev.Item3, prev.Item4, prev.Item5);
                }

                list.Add((at, end, kind, value, row.Line));
            }
            else
            {
                lastAt[index] = (at, null, lastAt.TryGetValue(index, out var before) ? before.State : null);
                (priorities.TryGetValue(index, out var l) ? l : priorities[index] = []).Add((at, fromPriority, toPriority, row.Line));
            }

            return true;
        });

        fromHistory = new HashSet<Call>(ReferenceEqualityComparer.Instance);
        var result = new List<Sourced<Call>>(calls);
        foreach (int index in segments.Keys.Union(priorities.Keys).Order())
        {
            Call call = calls[index].Record;
            Instant? resolved = call.Resolved;
            var pauses = new List<Interval>();
            if (segments.TryGetValue(index, out var list))
            {
                int firstLine = list[0].Line;
                // The final resolution: the start of the last run of resolved states, when the history ends in one.
                int run = list.Count;
                while (run > 0 && list[run - 1].Kind == StateKind.Resolved)
                {
                    run--;
                }

                Instant? historyResolved = run < list.Count ? list[run].Start : null;
                if (historyResolved is Instant hr && hr != resolved)
                {
                    problems.Add(new InputProblem(file, list[run].Line, "-", string.Create(CultureInfo.InvariantCulture,
                        $"The call {call.Id} counts as resolved at {CommandTime(hr)}, its last resolution in the history (the calls file says {(resolved is Instant r ? CommandTime(r) : "open")})."), ProblemKind.Warning));
                    resolved = hr;
                }

                for (int i = 0; i < list.Count; i++)
                {
                    var segment = list[i];
                    Instant? segmentEnd = segment.End ?? (i + 1 < list.Count ? list[i + 1].Start : null);
                    bool reopened = segment.Kind == StateKind.Resolved && i + 1 < list.Count && list[i + 1].Kind != StateKind.Resolved;
                    if (segment.Kind == StateKind.Pausing || reopened)
                    {
                        Instant start = Max(segment.Start, call.Logged);
                        Instant stop = Min(segmentEnd ?? resolved ?? Instant.MaxValue, resolved ?? Instant.MaxValue);
                        if (stop > start && stop != Instant.MaxValue)
                        {
                            pauses.Add(new Interval(start, stop));
                        }
                    }
                }

                if (call.OnHold.Count > 0)
                {
                    problems.Add(new InputProblem(file, firstLine, "-", string.Create(CultureInfo.InvariantCulture,
                        $"The call {call.Id} has on-hold periods in the calls file and a history; the history's pauses replace them."), ProblemKind.Warning));
                }
            }

            Priority priority = call.Priority;
            if (priorities.TryGetValue(index, out var changes))
            {
                priority = changes[^1].To;
                foreach (var change in changes)
                {
                    problems.Add(new InputProblem(file, change.Line, "to", string.Create(CultureInfo.InvariantCulture,
                        $"The call {call.Id} changed priority from {(change.From.Code ?? "?")} to {change.To.Code} at {CommandTime(change.At)}; it is judged against its final priority, {priority.Code}, from the start."), ProblemKind.Warning));
                }
            }

            var updated = new Call(call.Id, call.Organisation, priority, call.Type, call.Logged, resolved, call.FirstResponse is Instant f && (resolved is not Instant rr || f <= rr) ? f : null, Merge(pauses), call.Service, call.Category, call.OnHoldTotal);
            result[index] = new Sourced<Call>(updated, calls[index].Organisation, calls[index].File, calls[index].Line);
            fromHistory.Add(updated);
        }

        return result;
    }

    private static List<Interval> Merge(List<Interval> pauses)
    {
        var merged = new List<Interval>();
        foreach (Interval pause in pauses.OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && pause.Start <= merged[^1].End)
            {
                merged[^1] = new Interval(merged[^1].Start, Max(merged[^1].End, pause.End));
            }
            else
            {
                merged.Add(pause);
            }
        }

        return merged;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static string CommandTime(Instant instant) => instant.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}
