using KpiCore.Sample.Input.Profiles;

namespace KpiCore.Sample.Input.Formats.Exports;

/// <summary>The host's own columns (samples/data/README.md): ISO 8601 instants, offset-less ones read in <c>--zone</c>.</summary>
internal sealed class KpiCoreExport : ExportFormat
{
    /// <inheritdoc/>
    internal override string Name => "kpicore";

    /// <inheritdoc/>
    internal override ImportProfile Profile() => new();
}
