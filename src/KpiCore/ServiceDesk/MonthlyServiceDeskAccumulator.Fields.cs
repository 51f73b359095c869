namespace KpiCore.ServiceDesk;

// A call given as its fields (CallFields): the reader's buffers, no Call and no id string per record.
public sealed partial class MonthlyServiceDeskAccumulator
{
    /// <summary>
    /// Adds a call given as its fields, without a <see cref="Call"/>: exactly as <see cref="Add(Call)"/> adds the call
    /// with the same values (the same figures, rejections and reasons).
    /// </summary>
    /// <param name="call">The call's fields; nothing of them is kept but the reference of a rejected or not-judged call (and every reference with <see cref="DuplicateIdCheck.WholeRun"/>).</param>
    /// <returns><see langword="true"/> when the call was counted, <see langword="false"/> when it was rejected.</returns>
    /// <exception cref="ArgumentException"><paramref name="call"/> is default (it was not made by its constructor).</exception>
    /// <exception cref="OverflowException">More than <see cref="int.MaxValue"/> positions were used.</exception>
    public bool Add(in CallFields call)
    {
        if (call.Organisation is null)
        {
            throw new ArgumentException("The call's fields must be made by their constructor.", nameof(call));
        }

        int index = NextIndex();
        string? id = null;
        if (_ids is not null && _ids.IsRepeat(id = call.Id.ToString()))
        {
            return Reject(index, id, "Id", CallChecks.RepeatedId(id));
        }

        CallProblem problem = CallChecks.Read(call, _holdScratch, out CallNanos nanos, out string field, out string reason);
        return Count(index, problem, nanos, field, reason, id, call.Id, call.Organisation, call.Priority, call.Type);
    }
}
