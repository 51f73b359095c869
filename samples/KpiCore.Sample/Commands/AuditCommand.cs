using System.CommandLine;
using System.Globalization;
using System.Text;
using KpiCore.Sample.Audit;

namespace KpiCore.Sample.Commands;

/// <summary>
/// <c>audit --published FILE [--out findings.csv] [--basis resolved|cohort|logged] [--combined NAME] [--rules]</c>: reads a pack
/// as published (pack.csv layout) and lists every figure that cannot be true given the others.
/// </summary>
/// <remarks>Exit 0: no error findings (warnings may be listed); 1: error findings, or records rejected; 2: the file cannot be used.</remarks>
internal static class AuditCommand
{
    internal static Command Create(TextWriter output, TextWriter error) =>
        HostCommand.Create("audit", "Audit a published pack (pack.csv layout): every figure that cannot be true given the others, each with its rule and arithmetic. Exit 0: no errors (warnings only); 1: errors or rejected records; 2: the file cannot be used.", error, options =>
    {
        Option<string?> published = options.WithFile(new("--published") { HelpName = "FILE", Description = "(required) The pack as published, in pack.csv layout: Organisation, Section, KPI, Target, Month, and the figure as printed (column Figure or Display: 57.14%, N/A, UNVL, 3); other columns such as RAG are used or ignored." });
        options.WithOut("Also write the findings to this CSV file: organisation, kpi, month, rule, severity, detail.");
        Option<string> basis = options.Own(new Option<string>("--basis")
        {
            HelpName = "resolved|cohort|logged",
            Description = "What a % within SLA is a share of: resolved (default, the host's met / judged over calls resolved in the month; the volume bounds nothing), cohort (of the calls logged in the month, those resolved: d <= volume) or logged (every call logged in the month: d = volume).",
            DefaultValueFactory = _ => "resolved",
        });
        Option<string> combined = options.Own(new Option<string>("--combined") { HelpName = "NAME", Description = "The organisation that combines the others; its counts must be their sums (default \"Shared service\").", DefaultValueFactory = _ => AuditSettings.DefaultCombined });
        Option<bool> rules = options.Own(new Option<bool>("--rules") { Description = "List the rules and what each checks, then exit." });
        return run =>
        {
            if (run.Get(rules))
            {
                foreach (AuditRule rule in PackAudit.Rules)
                {
                    output.WriteLine($"{rule.Name}: {rule.Description}");
                }

                return CommandSupport.Ok;
            }

            string? path = run.File(published);
            if (!Enum.TryParse(run.Get(basis), ignoreCase: true, out SlaBasis slaBasis) || !Enum.IsDefined(slaBasis) || int.TryParse(run.Get(basis), out _))
            {
                error.WriteLine($"--basis: '{run.Get(basis)}' is not resolved, cohort or logged.");
                return CommandSupport.UsageError;
            }

            if (!CommandSupport.CheckFile(path, "--published", error))
            {
                return CommandSupport.UsageError;
            }

            PublishedPackReader.Result read = PublishedPackReader.Read(path, path);
            foreach (string problem in read.Problems)
            {
                error.WriteLine(problem);
            }

            if (read.Pack is null)
            {
                return CommandSupport.UsageError;
            }

            error.WriteLine(read.Account(path));
            var settings = new AuditSettings(slaBasis, run.Get(combined) ?? AuditSettings.DefaultCombined);
            IReadOnlyList<Finding> found = PackAudit.Run(read.Pack, settings);
            foreach (Finding finding in found)
            {
                string where = string.Join(" / ", new[] { finding.Organisation, finding.Kpi, finding.Month is { } m ? PublishedPackReader.FormatMonth(m) : string.Empty }.Where(s => s.Length > 0));
                output.WriteLine($"{FindingsWriter.Word(finding.Severity)}: {where}: {finding.Rule}: {finding.Detail}");
            }

            int errors = found.Count(f => f.Severity == Severity.Error);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{found.Count} findings: {errors} errors, {found.Count - errors} warnings; {read.Pack.Rows.Count} figures of {read.Pack.Organisations.Count} organisations checked, % within SLA {settings.BasisWords}."));
            string? outPath = run.Out;
            if (outPath is not null)
            {
                try
                {
                    File.WriteAllText(outPath, FindingsWriter.Render(found), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine($"--out: '{outPath}' cannot be written: {ex.Message}");
                    return CommandSupport.UsageError;
                }
            }

            return errors > 0 || read.Rejected > 0 ? CommandSupport.Rejected : CommandSupport.Ok;
        };
    });
}
