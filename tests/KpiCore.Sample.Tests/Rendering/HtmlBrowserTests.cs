using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace KpiCore.Sample.Tests.Rendering;

/// <summary>
/// Loads pack.html in headless Chromium (Debian's <c>chromium</c>; CI installs it): takes a screenshot, dumps the DOM
/// and reads the browser's log. Fails, never skips, when Chromium is not on PATH.
/// </summary>
public sealed class HtmlBrowserTests
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public void Chromium_PackHtml_RendersTablesAndChartsWithoutConsoleErrors()
    {
        string chromium = FindChromium()
            ?? throw new InvalidOperationException(
                "chromium is not on PATH: this test needs headless Chromium (Debian: apt-get install -y chromium; CI installs it).");
        // The default data (samples/data): every chart, including the risk heat map, has something to show.
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--out", output.Path, "--no-terminal");
        Assert.True(code == 0, stderr);
        string html = Path.Combine(output.Path, "pack.html");
        string url = new Uri(html).AbsoluteUri;
        string png = Path.Combine(output.Path, "shot.png");

        using var profile = new TempFolder();
        (int shotCode, _, string shotLog) = RunChromium(chromium, profile.Path,
            ["--enable-logging=stderr", "--v=0", "--screenshot=" + png, "--window-size=1280,2000", url]);
        Assert.True(shotCode == 0, "chromium --screenshot failed: " + shotLog);
        Assert.True(File.Exists(png), "no screenshot was written; chromium said: " + shotLog);
        byte[] image = File.ReadAllBytes(png);
        Assert.True(image.Length > 30_000, $"the screenshot is only {image.Length} bytes: the page looks empty");
        Assert.True(DistinctPixelBytes(image) > 32, "the screenshot is a blank image");

        string[] consoleErrors = shotLog.Split('\n')
            .Where(line => line.Contains("Uncaught", StringComparison.Ordinal)
                || (line.Contains("CONSOLE", StringComparison.OrdinalIgnoreCase) && line.Contains("error", StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        Assert.True(consoleErrors.Length == 0, "console errors: " + string.Join('\n', consoleErrors));

        using var profile2 = new TempFolder();
        (int domCode, string dom, string domLog) = RunChromium(chromium, profile2.Path, ["--dump-dom", url]);
        Assert.True(domCode == 0, "chromium --dump-dom failed: " + domLog);
        Assert.Contains("<table class=\"kpi\">", dom, StringComparison.Ordinal);
        Assert.Contains("Brent KPIs", dom, StringComparison.Ordinal);
        Assert.Contains("Shared service KPIs", dom, StringComparison.Ordinal);
        Assert.True(Regex.Count(dom, "<svg ") >= 7, "expected availability and SLA charts per pack plus the NPS chart");
        Assert.Contains("class=\"chart availability\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"chart sla\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"chart nps\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"chart heatmap\"", dom, StringComparison.Ordinal);
        Assert.Contains(">UNVL</td>", dom, StringComparison.Ordinal);
        Assert.Contains(">N/A</td>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
    }

    internal static string? FindChromium()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in new[] { "chromium", "chromium-browser" })
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    internal static (int Code, string Output, string Error) RunChromium(string chromium, string profile, string[] args)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(BrowserTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {BrowserTimeout.TotalSeconds} s: {stderr.Result}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    // Inflates the PNG's image data and counts distinct byte values: a blank (one-colour) image has only a handful.
    private static int DistinctPixelBytes(byte[] png)
    {
        using var idat = new MemoryStream();
        int offset = 8;
        while (offset + 8 <= png.Length)
        {
            int length = (png[offset] << 24) | (png[offset + 1] << 16) | (png[offset + 2] << 8) | png[offset + 3];
            string type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
        var seen = new bool[256];
        var buffer = new byte[1 << 16];
        int read;
        while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (int i = 0; i < read; i++)
            {
                seen[buffer[i]] = true;
            }
        }

        return seen.Count(s => s);
    }
}
