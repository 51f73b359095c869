using KpiCore.Sample.Input.Profiles;

namespace KpiCore.Sample.Input.Formats.Exports;

/// <summary>
/// One tool's exports (an ITSM system such as ServiceNow): the import profile that maps its columns, priority labels,
/// date-time formats, zone, exclusions and history form onto the host's record formats (<see cref="CallsFormat"/>,
/// <see cref="OutagesFormat"/>, <see cref="HistoryFormat"/>).
/// </summary>
/// <remarks>
/// A new export is one subclass and one line in <see cref="BuiltInProfiles.Exports"/>; <c>--profile NAME</c>, profile
/// files' <c>base</c> and the help text then know it. An export whose files need more than a mapping (another record
/// shape) adds its own <see cref="RecordFormat{T}"/> beside the host's.
/// </remarks>
internal abstract class ExportFormat
{
    /// <summary>Gets the name given to <c>--profile</c> and shown in messages, in lower case, such as <c>servicenow</c>.</summary>
    internal abstract string Name { get; }

    /// <summary>Creates the export's profile; each call returns a new one, so a caller may change it (an option overriding a column) without touching the others.</summary>
    internal abstract ImportProfile Profile();
}
