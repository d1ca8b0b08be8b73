using System.Text;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        ReadBuiltInsAside(args);
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Zedu.Run(args, CliContext.ForProcess());
    }

    /// <summary>
    /// The built-in plan and org units, which most commands use, are read on another core while this one sets up the
    /// console and the command line (a command runs once, cold: benchmarks/README.md, "Cold start of zedu"). Each is
    /// read once whichever thread asks first; what reading it throws is thrown where the command asks for it.
    /// </summary>
    private static void ReadBuiltInsAside(string[] args)
    {
        if (args.Contains("--plan") || args.Any(a => a.StartsWith("--plan=", StringComparison.Ordinal) || a.StartsWith("--plan:", StringComparison.Ordinal)))
        {
            return;
        }

        new Thread(() =>
        {
            try
            {
                _ = ZhuzhouPlans.Education2017;
                _ = ZhuzhouOrgUnits.Tree2017;
            }
#pragma warning disable CA1031 // Thrown again, by the lazy value and the type's initializer, where the command reads them.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        })
        { IsBackground = true, Name = "zedu built-ins" }.Start();
    }
}
