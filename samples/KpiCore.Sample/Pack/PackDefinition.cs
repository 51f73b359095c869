using KpiCore.Reporting;

namespace KpiCore.Sample.Pack;

/// <summary>What a layout file (<c>--layout FILE</c>) sets: the pack's layout and the committee the pack is for.</summary>
internal sealed class PackDefinition
{
    /// <summary>The committee the report's packs go to, as its cover page names it.</summary>
    internal const string DefaultCommittee = "ICT Shared Service Joint Committee";

    internal PackDefinition(PackLayout layout, string committee)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentException.ThrowIfNullOrWhiteSpace(committee);
        Layout = layout;
        Committee = committee;
    }

    /// <summary>Gets the report's definition: <see cref="PackLayout.Default"/> for the <see cref="DefaultCommittee"/>.</summary>
    internal static PackDefinition Default { get; } = new(PackLayout.Default, DefaultCommittee);

    /// <summary>Gets the sections, rows, wording, targets and decimals of the pack, and the combined pack's name.</summary>
    internal PackLayout Layout { get; }

    /// <summary>Gets the committee's name shown on the cover.</summary>
    internal string Committee { get; }
}
