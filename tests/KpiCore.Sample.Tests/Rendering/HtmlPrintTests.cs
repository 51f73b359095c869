using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiCore.Sample.Tests.Rendering;

/// <summary>
/// Prints the default pack.html to PDF with headless Chromium and reads each page back with poppler's pdftotext: A4
/// landscape, the cover on a full first page, each council's table starting a page, no heading left at a page foot, and
/// each chart whole on one page. Fails, never skips, when chromium or pdftotext is missing (CI installs both).
/// </summary>
public sealed partial class HtmlPrintTests
{
    [Fact]
    public void Chromium_PrintsThePackAsAnA4LandscapeCommitteePack()
    {
        string chromium = HtmlBrowserTests.FindChromium()
            ?? throw new InvalidOperationException("chromium is not on PATH: this test needs headless Chromium (Debian: apt-get install -y chromium).");
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--out", output.Path, "--no-terminal");
        Assert.True(code == 0, stderr);
        string pdf = Path.Combine(output.Path, "pack.pdf");
        using var profile = new TempFolder();
        (int printed, _, string log) = HtmlBrowserTests.RunChromium(chromium, profile.Path,
            ["--print-to-pdf=" + pdf, "--no-pdf-header-footer", new Uri(Path.Combine(output.Path, "pack.html")).AbsoluteUri]);
        Assert.True(printed == 0 && File.Exists(pdf), "chromium --print-to-pdf failed: " + log);

        // A4 landscape: 297 x 210 mm = 841.9 x 595.3 points.
        Match size = PageSize().Match(Poppler("pdfinfo", pdf));
        Assert.True(size.Success, "pdfinfo gave no page size");
        Assert.InRange(double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), 840, 843);
        Assert.InRange(double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture), 594, 597);

        string[][] pages = [.. Poppler("pdftotext", "-layout", pdf, "-").Split('\f')
            .Select(p => p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray())
            .Where(p => p.Length > 0)];

        // The cover fills the first page: title, committee, period, data as of and every source file.
        string cover = string.Join('\n', pages[0]);
        Assert.StartsWith("ICT Shared Service performance pack", pages[0][0], StringComparison.Ordinal);
        foreach (string expected in new[] { "ICT Shared Service Joint Committee", "April 2017 to September 2017", "Data as of", "Source files", "calls.csv", "43277", "exceptions.csv" })
        {
            Assert.Contains(expected, cover, StringComparison.Ordinal);
        }

        Assert.True(pages[0].Length >= 12, $"the first page is nearly blank: {pages[0].Length} lines");

        // Each council's table (and the combined one) starts a page, with its header and first section on it.
        string[] packs = ["Brent KPIs", "Lewisham KPIs", "Shared service KPIs"];
        foreach (string pack in packs)
        {
            string[] page = Assert.Single(pages, p => p[0] == pack);
            Assert.Matches(new Regex(@"^KPI\s+Target\s+Apr-17.*Sep-17$"), page[1]);
            Assert.Equal("SYSTEM AVAILABILITY KPIS", page[2]);
            Assert.Contains("SERVICE DESK KPIS", page);
        }

        // No page ends with a heading, and every chart is whole on one page (its caption and its last labels together).
        string[] headings = [.. packs, "Exceptions", "Net Promoter Score", "Risks", "Risk register (residual, after mitigation)"];
        Assert.All(pages, p => Assert.DoesNotContain(p[^1], headings));
        Assert.All(pages, p => Assert.False(p[^1].StartsWith("Availability per system", StringComparison.Ordinal) || p[^1].StartsWith("% of calls resolved", StringComparison.Ordinal), "a chart caption at a page foot"));
        foreach (string[] page in pages.Where(p => p.Any(l => l.StartsWith("% of calls resolved within SLA", StringComparison.Ordinal))))
        {
            Assert.Contains(page, l => l.Contains("Overall SLA Performance", StringComparison.Ordinal)); // the legend, under the plot
        }

        foreach (string[] page in pages.Where(p => p.Any(l => l.StartsWith("Availability per system", StringComparison.Ordinal))))
        {
            Assert.Contains(page, l => l.StartsWith("Desktop Service", StringComparison.Ordinal)); // the last bar
        }

        Assert.Equal(3, pages.Count(p => p.Any(l => l.StartsWith("% of calls resolved within SLA", StringComparison.Ordinal))));
        // Pages: the cover, the business plan (10 objectives of long text: 1 to 4 pages), then per pack its table and at
        // most two more (exceptions with the availability chart, the SLA chart), then the NPS page and the risk register
        // in full (1 to 3 pages for its 5 risks).
        Assert.InRange(pages.Length, 1 + 1 + packs.Length + 2, 1 + 4 + (3 * packs.Length) + 1 + 3);
    }

    private static string Poppler(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        args.ToList().ForEach(start.ArgumentList.Add);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(tool + " is not on PATH: this test needs poppler-utils (Debian: apt-get install -y poppler-utils; CI installs it).", ex);
        }

        using (process)
        {
            Task<string> error = process.StandardError.ReadToEndAsync();
            string text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, tool + " failed: " + error.Result);
            return text;
        }
    }

    [GeneratedRegex(@"Page size:\s+([0-9.]+) x ([0-9.]+) pts")]
    private static partial Regex PageSize();
}
