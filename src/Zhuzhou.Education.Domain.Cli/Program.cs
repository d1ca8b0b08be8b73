using System.Text;

namespace Zhuzhou.Education.Domain.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Zedu.Run(args, CliContext.ForProcess());
    }
}
