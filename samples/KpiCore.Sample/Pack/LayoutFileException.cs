namespace KpiCore.Sample.Pack;

/// <summary>A layout file that cannot be used: its message names the file, the JSON path of the bad setting and what is valid.</summary>
internal sealed class LayoutFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LayoutFileException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public LayoutFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public LayoutFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
