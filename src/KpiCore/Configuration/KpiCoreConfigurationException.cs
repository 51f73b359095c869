namespace KpiCore.Configuration;

/// <summary>A configuration setting that cannot be used; <see cref="Path"/> says which.</summary>
public sealed class KpiCoreConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KpiCoreConfigurationException()
        : this(string.Empty, "The configuration is not valid.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why.</param>
    public KpiCoreConfigurationException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why.</param>
    /// <param name="innerException">The cause.</param>
    public KpiCoreConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        Reason = message;
    }

    /// <summary>Creates the exception for one setting.</summary>
    /// <param name="path">The setting's path, such as <c>sla[1].resolutionHours</c>; empty for the whole file.</param>
    /// <param name="reason">Why it cannot be used.</param>
    /// <param name="innerException">The cause, if any.</param>
    public KpiCoreConfigurationException(string path, string reason, Exception? innerException = null)
        : base(path.Length == 0 ? reason : path + ": " + reason, innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Gets the path of the bad setting (<c>calendars.office.hours.Monday-Friday</c>, <c>sla[0].priority</c>); empty for the whole file.</summary>
    public string Path { get; }

    /// <summary>Gets why the setting cannot be used, without the path.</summary>
    public string Reason { get; }
}
