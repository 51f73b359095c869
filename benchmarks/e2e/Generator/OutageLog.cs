using System.Text;

namespace KpiCore.EndToEnd.Generator;

/// <summary>
/// Writes a large outages.csv for the memory check of streamed outages (<c>--outages M</c>): the services of
/// services.csv, starts uniform over April-September 2017 in no order (the worst case for the unions), 1 minute to
/// 4 hours long, 3% open, a fifth planned, impacts full:partial:degraded 7:2:1, every reference distinct (OUT + 9 digits).
/// </summary>
internal static class OutageLog
{
    internal static long Write(string path, long count, int seed, string servicesPath)
    {
        string[] places = [.. File.ReadLines(servicesPath).Skip(1).Where(l => l.Length > 0).Select(l => string.Join(',', l.Split(',')[..2]))];
        byte[][] placeBytes = [.. places.Select(Encoding.UTF8.GetBytes)];
        var random = new Random(seed + 1);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var buffer = new byte[1 << 20];
        int at = Program.Copy("organisation,service,reference,start,end,kind,impact\n"u8, buffer, 0);
        long written = 0;
        for (long i = 0; i < count; i++)
        {
            Program.FlushIfNearlyFull(stream, buffer, ref at, ref written);

            long start = Program.FirstLogged + random.NextInt64(Program.EndLogged - Program.FirstLogged);
            long end = start + 60 + random.NextInt64(4 * 3600 - 60);
            at += Program.Copy(placeBytes[random.Next(placeBytes.Length)], buffer, at);
            at += Program.Copy(",OUT"u8, buffer, at);
            at += Program.Digits(i + 1, 9, buffer, at);
            buffer[at++] = (byte)',';
            at += Program.Instant(start, buffer, at);
            buffer[at++] = (byte)',';
            if (random.NextDouble() >= 0.03)
            {
                at += Program.Instant(end, buffer, at);
            }

            at += Program.Copy(random.Next(5) == 0 ? ",planned,"u8 : ",unplanned,"u8, buffer, at);
            at += Program.Copy(random.Next(10) switch { < 7 => "full\n"u8, < 9 => "partial\n"u8, _ => "degraded\n"u8 }, buffer, at);
        }

        stream.Write(buffer, 0, at);
        return written + at;
    }
}
