namespace KpiCore.Time;

/// <summary>A part of the United Kingdom with its own list of bank holidays, as GOV.UK divides them.</summary>
/// <remarks>
/// There is deliberately no "whole UK" value: bank holidays differ between divisions (2 January and St Andrew's Day in
/// Scotland, St Patrick's Day and the Battle of the Boyne in Northern Ireland, Easter Monday outside Scotland), so a
/// division is always chosen explicitly. The values start at 1: <c>default(UkDivision)</c> (0) is not a division and
/// every member that takes a division rejects it with an <see cref="ArgumentOutOfRangeException"/>, so a forgotten
/// division fails loudly instead of silently meaning England and Wales.
/// </remarks>
public enum UkDivision
{
    /// <summary>England and Wales (GOV.UK key <c>england-and-wales</c>).</summary>
    EnglandAndWales = 1,

    /// <summary>Scotland (GOV.UK key <c>scotland</c>).</summary>
    Scotland = 2,

    /// <summary>Northern Ireland (GOV.UK key <c>northern-ireland</c>).</summary>
    NorthernIreland = 3,
}
