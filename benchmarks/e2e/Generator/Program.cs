using System.Globalization;
using System.Text;

namespace KpiCore.EndToEnd.Generator;

/// <summary>
/// Writes a calls.csv of issue #12's shape, in the host's column format, and copies the other default data files
/// beside it: two organisations (those of services.csv), P1-P4 in 1:1:2:3, logged uniformly over April-September 2017
/// (London months), resolved 1 s to 10 days later, 2% open, 5% with one on-hold interval inside the call's life,
/// instants as ISO 8601 UTC with <c>Z</c>. The same seed and count write the same bytes.
/// </summary>
internal static class Program
{
    // 2017-04-01T00:00 and 2017-10-01T00:00 Europe/London (both BST, UTC+1), in Unix seconds.
    internal const long FirstLogged = 1491001200;
    internal const long EndLogged = 1506812400;
    private const long MaxResolutionSeconds = 10 * 86400;
    private const double OpenShare = 0.02;
    private const double OnHoldShare = 0.05;
    private const long MaxFirstResponseSeconds = 2 * 3600;

    private static readonly string[] OtherFiles = ["services.csv", "outages.csv", "monitoring.csv", "responses.csv", "risks.csv", "exceptions.csv"];

    private static int Main(string[] args)
    {
        long count = -1;
        long outages = 0;
        string? output = null;
        string? data = null;
        int seed = 12;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--calls": count = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--outages": outages = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--data": data = args[i + 1]; break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: return Usage($"unknown option {args[i]}");
            }
        }

        if (count < 1 || count > 99_999_999 || outages < 0 || outages > 99_999_999 || output is null || data is null || args.Length % 2 != 0)
        {
            return Usage("--calls (1 to 99999999), --out and --data are required; --outages is 0 to 99999999");
        }

        Directory.CreateDirectory(output);
        foreach (string name in OtherFiles)
        {
            string source = Path.Combine(data, name);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(output, name), overwrite: true);
            }
        }

        string[] organisations = ReadOrganisations(Path.Combine(data, "services.csv"));
        if (organisations.Length != 2)
        {
            return Usage($"services.csv names {organisations.Length} organisations; the issue's shape has two");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        if (outages > 0)
        {
            long outageBytes = OutageLog.Write(Path.Combine(output, "outages.csv"), outages, seed, Path.Combine(data, "services.csv"));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {outages} outages, {outageBytes / 1e6:0.0} MB, seed {seed}: {Path.Combine(output, "outages.csv")}"));
        }

        long bytes = Write(Path.Combine(output, "calls.csv"), count, seed, organisations);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {count} calls, {bytes / 1e6:0.0} MB, seed {seed}, in {watch.Elapsed.TotalSeconds:0.0} s: {Path.Combine(output, "calls.csv")}"));
        return 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"calls-generator: {problem}");
        Console.Error.WriteLine("usage: calls-generator --calls N --out DIR --data DEFAULT_DATA_DIR [--seed S] [--outages M]");
        return 2;
    }

    private static string[] ReadOrganisations(string servicesPath)
    {
        var names = new List<string>();
        foreach (string line in File.ReadLines(servicesPath).Skip(1))
        {
            string organisation = line.Split(',')[0].Trim();
            if (organisation.Length > 0 && !names.Contains(organisation, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(organisation);
            }
        }

        return [.. names];
    }

    private static long Write(string path, long count, int seed, string[] organisations)
    {
        var random = new Random(seed);
        var logged = new long[count];
        for (long i = 0; i < count; i++)
        {
            logged[i] = FirstLogged + random.NextInt64(EndLogged - FirstLogged);
        }

        Array.Sort(logged); // an export in logged order, ids ascending with it

        byte[][] orgBytes = [.. organisations.Select(Encoding.UTF8.GetBytes)];
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var buffer = new byte[1 << 20];
        int at = 0;
        at += Copy("id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n"u8, buffer, at);
        long written = 0;
        for (long i = 0; i < count; i++)
        {
            FlushIfNearlyFull(stream, buffer, ref at, ref written);

            int organisation = random.Next(2);
            int rank = random.Next(7) switch { 0 => 1, 1 => 2, 2 or 3 => 3, _ => 4 }; // 1:1:2:3
            long start = logged[i];
            long duration = 1 + random.NextInt64(MaxResolutionSeconds); // 1 s to 10 days
            long resolved = start + duration;
            bool open = random.NextDouble() < OpenShare;
            bool onHold = random.NextDouble() < OnHoldShare;
            long firstResponse = start + random.NextInt64(Math.Min(duration, MaxFirstResponseSeconds) + 1);

            buffer[at++] = (byte)'C';
            at += Digits(i + 1, 8, buffer, at);
            buffer[at++] = (byte)',';
            at += Copy(orgBytes[organisation], buffer, at);
            buffer[at++] = (byte)',';
            buffer[at++] = (byte)'P';
            buffer[at++] = (byte)('0' + rank);
            at += Copy(",incident,"u8, buffer, at);
            at += Instant(start, buffer, at);
            buffer[at++] = (byte)',';
            at += Instant(firstResponse, buffer, at);
            buffer[at++] = (byte)',';
            if (!open)
            {
                at += Instant(resolved, buffer, at);
            }

            buffer[at++] = (byte)',';
            if (onHold)
            {
                // One interval inside the call's life (for an open call, inside the life it would have had).
                long holdStart = start + random.NextInt64(duration);
                long holdEnd = holdStart + 1 + random.NextInt64(resolved - holdStart);
                at += Instant(holdStart, buffer, at);
                buffer[at++] = (byte)'/';
                at += Instant(holdEnd, buffer, at);
            }

            at += Copy(",,\n"u8, buffer, at);
        }

        stream.Write(buffer, 0, at);
        return written + at;
    }

    /// <summary>Writes the buffer out once fewer than 512 bytes (more than one row) are left in it.</summary>
    internal static void FlushIfNearlyFull(Stream stream, byte[] buffer, ref int at, ref long written)
    {
        if (at > buffer.Length - 512)
        {
            stream.Write(buffer, 0, at);
            written += at;
            at = 0;
        }
    }

    internal static int Copy(ReadOnlySpan<byte> source, byte[] buffer, int at)
    {
        source.CopyTo(buffer.AsSpan(at));
        return source.Length;
    }

    internal static int Digits(long value, int width, byte[] buffer, int at)
    {
        for (int k = width - 1; k >= 0; k--)
        {
            buffer[at + k] = (byte)('0' + (value % 10));
            value /= 10;
        }

        return width;
    }

    /// <summary>Writes Unix seconds as yyyy-MM-ddTHH:mm:ssZ (20 bytes).</summary>
    internal static int Instant(long unixSeconds, byte[] buffer, int at)
    {
        long days = Math.DivRem(unixSeconds, 86400, out long secondOfDay);
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm), for years after 1970.
        long z = days + 719468;
        long era = z / 146097;
        long dayOfEra = z - (era * 146097);
        long yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        long dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        long mp = ((5 * dayOfYear) + 2) / 153;
        long day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        Digits(year, 4, buffer, at);
        buffer[at + 4] = (byte)'-';
        Digits(month, 2, buffer, at + 5);
        buffer[at + 7] = (byte)'-';
        Digits(day, 2, buffer, at + 8);
        buffer[at + 10] = (byte)'T';
        Digits(secondOfDay / 3600, 2, buffer, at + 11);
        buffer[at + 13] = (byte)':';
        Digits(secondOfDay / 60 % 60, 2, buffer, at + 14);
        buffer[at + 16] = (byte)':';
        Digits(secondOfDay % 60, 2, buffer, at + 17);
        buffer[at + 19] = (byte)'Z';
        return 20;
    }
}
