namespace KpiCore.Sample.Input;

/// <summary>
/// A pre-pass for a duplicate check in bounded memory: which values of one column occur on more than one row of a
/// file, as hashes, so that the reading pass keeps a first line only for those values (the check's memory is then the
/// values that occur twice, not every value).
/// </summary>
internal static class RepeatedValues
{
    /// <summary>
    /// The hashes of the values of <paramref name="column"/> that occur on more than one row (any row the table yields,
    /// readable as a record or not, so a superset of the values the check can find repeated; blank values are
    /// skipped). Values that end in a number are counted in <see cref="CallIdSet"/> (about a bit each in sequence), the
    /// others by their 64-bit hash (about 20 bytes each, only while the pre-pass runs); a value whose hash is not
    /// returned occurs once and cannot repeat.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="file">Its name (problems met here are left to the reading pass, which meets them too).</param>
    /// <param name="column">The column whose values are checked (compared trimmed, as <see cref="CsvRow"/> gives them).</param>
    /// <param name="required">The file's required columns.</param>
    /// <param name="delimiter">The field separator.</param>
    /// <param name="windows1252">Whether the file is Windows-1252.</param>
    /// <returns>The hashes (<see cref="CallIdTable.Hash"/>), or null when the file cannot be read twice or opened.</returns>
    internal static HashSet<ulong>? HashesMetTwice(string path, string file, string column, IReadOnlyList<string> required, byte delimiter = (byte)',', bool windows1252 = false)
    {
        if (!StreamingCalls.CanStream(path))
        {
            return null;
        }

        try
        {
            var ignored = new List<InputProblem>(); // the reading pass reports every problem
            using CsvTable? table = CsvTable.Open(path, file, required, ignored, delimiter, windows1252, meter: false);
            if (table is null)
            {
                return null;
            }

            var numbered = new CallIdSet();
            var once = new HashSet<ulong>();
            var repeated = new HashSet<ulong>();
            foreach (CsvRow row in table.Rows())
            {
                string value = row[column];
                if (value.Length == 0)
                {
                    continue;
                }

                ulong hash = CallIdTable.Hash(value);
                bool again = numbered.TryAdd(value) switch
                {
                    CallIdSet.Answer.Added => false,
                    CallIdSet.Answer.Present => true,
                    _ => !once.Add(hash),
                };
                if (again)
                {
                    repeated.Add(hash);
                }
            }

            return repeated;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // the reading pass meets the same trouble and says so
        }
    }
}
