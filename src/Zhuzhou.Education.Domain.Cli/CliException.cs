namespace Zhuzhou.Education.Domain.Cli;

/// <summary>A problem with the user's input: printed as one message, exit code 2, no stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
