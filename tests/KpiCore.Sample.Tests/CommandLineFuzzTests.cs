using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Sample.Tests.Commands;

namespace KpiCore.Sample.Tests;

/// <summary>
/// Property: whatever an analyst types, the host answers with figures or one-line reasons, never a stack trace or an
/// exception's name, and exits 0, 1 or 2. Command lines are built from the real commands and options with values
/// from the edges (months like 0000-00, 9999-12, 1900-13, empty, huge numbers, unknown zones, folders where files are
/// expected, missing and garbage files) and run in-process through HostCommands.Run.
/// </summary>
public sealed class CommandLineFuzzTests : IDisposable
{
    private static readonly string[] BadMonths = ["0000-00", "0000-01", "0001-01", "1900-12", "1900-13", "2149-01", "9999-12", "99999999999-01", "2017-9", "2017-09-01", "-2017-09", "September", "", " "];
    private static readonly string[] GoodMonths = ["2017-04", "2017-09", "2017-10", "1901-01", "2148-12"];
    private static readonly string[] Noise = ["", " ", "-", "--", "0", "-1", "3", "5", "2022", "99999999999999999999", "NaN", "été", "a,b", "\t", "../..", new string('x', 3000)];
    private static readonly string[] Zones = ["Europe/London", "Etc/UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "Mars/Olympus", "UTC+1", "", "europe/london"];
    private static readonly string[] Years = ["1969", "1970", "2022", "2100", "2101", "0", "-2022", "99999999999", "20 22", ""];
    private static readonly string[] Stray = ["--bogus", "--month", "extra", "--help", "-h", "--zone=Europe/London", "--"];

    private readonly TempFolder _root = new();
    private readonly TempFolder _data = OutputFolderTests.SmallData();
    private readonly string[] _files;
    private readonly string[] _folders;
    private readonly string[] _outFolders;
    private readonly string[] _outFiles;

    public CommandLineFuzzTests()
    {
        string missing = Path.Combine(_root.Path, "missing.csv");
        string garbage = _root.WriteBytes("garbage.csv", [0xFF, 0xFE, 0x00, 0x01, 0xC3, 0x28, (byte)',', (byte)'\n', 0x00]);
        string empty = _root.Write("empty.csv", string.Empty);
        string headerOnly = _root.Write("header.csv", "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n");
        string emptyFolder = Path.Combine(_root.Path, "empty-folder");
        Directory.CreateDirectory(emptyFolder);
        string[] dataFiles = Directory.GetFiles(_data.Path, "*.csv");
        _files = [.. dataFiles, missing, garbage, empty, headerOnly, emptyFolder, _data.Path, string.Empty];
        _folders = [_data.Path, _data.Path, emptyFolder, missing, garbage, string.Empty];
        string outs = Path.Combine(_root.Path, "out");
        _outFolders = [Path.Combine(outs, "a"), Path.Combine(outs, "b"), Path.Combine(outs, "c", "d"), garbage, Path.Combine(garbage, "below-a-file"), string.Empty];
        _outFiles = [Path.Combine(outs, "sla.csv"), Path.Combine(outs, "e", "sla.csv"), outs + Path.DirectorySeparatorChar, emptyFolder, Path.Combine(garbage, "x.csv"), string.Empty];
    }

    public void Dispose()
    {
        _data.Dispose();
        _root.Dispose();
    }

    [Property(MaxTest = 250)]
    public Property Host_AnyCommandLine_ExitsZeroOneOrTwoWithoutStackTraceOrExceptionName() =>
        Prop.ForAll(CommandLine().ToArbitrary(), args =>
        {
            var (code, output, error) = HostRunner.Run(args);
            string shown = string.Join(' ', args.Select(a => a.Length > 40 ? a[..40] + "..." : '"' + a + '"'));
            Assert.True(code is 0 or 1 or 2, $"exit {code}: {shown}\n{error}");
            Assert.False(error.Contains("   at ", StringComparison.Ordinal) || output.Contains("   at ", StringComparison.Ordinal), $"stack trace: {shown}\n{error}");
            Assert.False(error.Contains("Exception", StringComparison.Ordinal), $"exception name: {shown}\n{error}");
            Assert.False(error.Contains("internal error", StringComparison.Ordinal), $"reached the last line of defence: {shown}\n{error}");
        });

    private Gen<string[]> CommandLine()
    {
        Gen<string> month = Gen.Frequency((2, Gen.Elements(GoodMonths)), (2, Gen.Elements(BadMonths)), (1, Gen.Elements(Noise)));
        Gen<string> zone = Gen.Frequency((3, Gen.Elements(Zones)), (1, Gen.Elements(Noise)));
        Gen<string> file = Gen.Frequency((4, Gen.Elements(_files)), (1, Gen.Elements(Noise)));
        Gen<string> folder = Gen.Elements(_folders);
        Gen<string> outFolder = Gen.Elements(_outFolders);
        Gen<string> outFile = Gen.Elements(_outFiles);
        Gen<string> year = Gen.Frequency((3, Gen.Elements(Years)), (1, Gen.Elements(Noise)));
        Gen<string> division = Gen.Elements("england-and-wales", "scotland", "northern-ireland", "Scotland", "wales", string.Empty);
        Gen<string> number = Gen.Frequency((3, Gen.Elements("3", "5", "1", "2017", "-7")), (1, Gen.Elements(Noise)));

        // Options that a run must always have (pack's --data and every --out) so no run reads the full default data or
        // writes into the test's working folder, which DefaultDataPackTests uses.
        return Gen.Frequency(
            (3, Command(["period"], [], [("", month), ("--zone", zone)])),
            (2, Command(["holidays"], [], [("--division", division), ("--year", year), ("--to-year", year), ("--govuk-json", file)])),
            (3, Command(["availability"], [], [("--outages", file), ("--services", file), ("--monitoring", file), ("--month", month), ("--zone", zone)])),
            (3, Command(["sla"], [("--out", outFile)], [("--calls", file), ("--month", month), ("--zone", zone)])),
            (3, Command(["nps"], [], [("--responses", file), ("--month", month), ("--zone", zone)])),
            (2, Command(["risk"], [], [("--register", file), ("--scale", number)])),
            (1, Command(["generate-data"], [("--out", outFolder)], [("--seed", number)])),
            (3, Command(["pack"], [("--data", folder), ("--out", outFolder), ("--no-terminal", Gen.Constant(string.Empty))], [("--zone", zone), ("--from", month), ("--to", month)])),
            (1, Command([], [("--data", folder), ("--out", outFolder), ("--no-terminal", Gen.Constant(string.Empty))], [("--from", month), ("--to", month)])));
    }

    /// <summary>A command line: the command, its required options, each optional one in about two of three runs, in random order, sometimes a stray token.</summary>
    /// <remarks>An option named "" is a positional argument; a value "" for a flag such as --no-terminal means the flag alone.</remarks>
    private static Gen<string[]> Command(string[] command, (string Name, Gen<string> Value)[] always, (string Name, Gen<string> Value)[] sometimes)
    {
        Gen<string[]> Pair((string Name, Gen<string> Value) option, bool flag) =>
            option.Value.Select(value => option.Name.Length == 0 ? [value] : flag ? [option.Name] : new[] { option.Name, value });

        IEnumerable<Gen<string[]>> parts = always.Select(o => Pair(o, o.Name == "--no-terminal"))
            .Concat(sometimes.Select(o => Gen.Frequency((2, Pair(o, flag: false)), (1, Gen.Constant(Array.Empty<string>())))));
        return
            from chosen in Gen.CollectToArray(parts)
            from order in Gen.Shuffle(chosen)
            from stray in Gen.Frequency((6, Gen.Constant(Array.Empty<string>())), (1, Gen.Elements(Stray).Select(s => new[] { s })))
            select (string[])[.. command, .. order.SelectMany(p => p), .. stray];
    }
}
