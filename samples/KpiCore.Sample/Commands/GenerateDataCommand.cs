using System.CommandLine;
using System.Globalization;
using KpiCore.Sample.Generation;

namespace KpiCore.Sample.Commands;

/// <summary><c>generate-data [--seed N] [--out DIR]</c>: regenerates the default data set (samples/data) from a seed.</summary>
internal static class GenerateDataCommand
{
    /// <summary>The seed the shipped samples/data was generated with.</summary>
    internal const int DefaultSeed = 2017;

    // Not hidden: System.CommandLine prints no help at all for a hidden command, so "generate-data --help" was empty.
    internal static Command Create(TextWriter output, TextWriter error) =>
        HostCommand.Create("generate-data", "For maintainers: regenerate the default data set (Brent and Lewisham, April-September 2017, shaped like the seed report).", error, options =>
    {
        Option<int> seed = options.Own(new Option<int>("--seed")
        {
            Description = "The random seed; the same seed gives byte-identical files.",
            DefaultValueFactory = _ => DefaultSeed,
            CustomParser = result =>
            {
                // Instead of System.CommandLine's "... as expected type 'System.Int32'": say what is valid.
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
                {
                    return value;
                }

                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--seed: '{text}' is not a whole number from {int.MinValue} to {int.MaxValue}."));
                return DefaultSeed;
            },
        });
        options.WithOut("The folder to write the CSV files to (created if needed).", "samples/data");
        return run =>
        {
            string directory = run.Out!;
            using OutputFolder? folder = OutputFolder.TryOpen(directory, "--out", error);
            if (folder is null)
            {
                return CommandSupport.UsageError;
            }

            try
            {
                // Every file is staged first and all are moved into place at the end, so the data set never mixes two seeds.
                IReadOnlyList<string> files = new DataGenerator(run.Get(seed)).WriteAll(folder.Stage);
                folder.Commit();
                foreach (string file in files)
                {
                    output.WriteLine(Path.Combine(directory, file));
                }

                return CommandSupport.Ok;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"--out: {directory}: {ex.Message}");
                return CommandSupport.UsageError;
            }
        };
    });
}
