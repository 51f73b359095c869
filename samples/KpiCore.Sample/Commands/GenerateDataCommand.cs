using System.CommandLine;
using KpiCore.Sample.Generation;

namespace KpiCore.Sample.Commands;

/// <summary><c>generate-data [--seed N] [--out DIR]</c>: regenerates the default data set (samples/data) from a seed.</summary>
internal static class GenerateDataCommand
{
    /// <summary>The seed the shipped samples/data was generated with.</summary>
    internal const int DefaultSeed = 2017;

    internal static Command Create(TextWriter output, TextWriter error)
    {
        var seed = new Option<int>("--seed") { Description = "The random seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => DefaultSeed };
        var outDir = HostOptions.Out("The folder to write the CSV files to (created if needed).", "samples/data");
        // Not hidden: System.CommandLine prints no help at all for a hidden command, so "generate-data --help" was empty.
        var command = new Command("generate-data", "For maintainers: regenerate the default data set (Brent and Lewisham, April-September 2017, shaped like the seed report).");
        command.Options.Add(seed);
        command.Options.Add(outDir);
        command.SetAction(parse =>
        {
            string directory = parse.GetValue(outDir)!;
            try
            {
                IReadOnlyList<string> files = new DataGenerator(parse.GetValue(seed)).WriteAll(directory);
                foreach (string file in files)
                {
                    output.WriteLine(Path.Combine(directory, file));
                }

                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"{directory}: {ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
