using SharpFuzz;
using Zhuzhou.Education.Domain.Fuzz;

// zedu-fuzz TARGET            under afl-fuzz: the SharpFuzz fork server runs TARGET on each input afl-fuzz gives.
// zedu-fuzz TARGET PATH...    replays files (or every file of folders): prints each that fails, exits 1 if any did.
// zedu-fuzz TARGET --minimize FILE OUT   shrinks a failing input to a small one that fails the same way, written to OUT.
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Zhuzhou.Education.Domain.Fuzz {string.Join('|', FuzzTargets.All.Keys)} [FILE|FOLDER]...");
    return 2;
}

if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}

if (args is [_, "--minimize", var from, var to])
{
    var small = Minimizer.Minimize(target, File.ReadAllBytes(from));
    File.WriteAllBytes(to, small);
    Console.WriteLine($"{Minimizer.Signature(target, small)}\n{FuzzTargets.Describe(small)}");
    return 0;
}

var failed = 0;
var files = args.Skip(1).SelectMany<string, string>(path => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [path]);
foreach (var file in files)
{
    var input = File.ReadAllBytes(file);
    try
    {
        target(input);
    }
#pragma warning disable CA1031 // A replay reports every failure and goes on.
    catch (Exception exception)
#pragma warning restore CA1031
    {
        failed++;
        Console.WriteLine($"{file}: {FuzzTargets.Describe(input)}");
        Console.WriteLine(exception);
    }
}

Console.WriteLine($"{failed} failed");
return failed == 0 ? 0 : 1;
