namespace Zhuzhou.Education.Domain.Fuzz;

/// <summary>
/// Shrinks a failing input to a small one that fails the same way (the same exception type and first message line):
/// removes ever smaller chunks of bytes while the failure stays. What is left is the input a regression test inlines.
/// </summary>
internal static class Minimizer
{
    public static byte[] Minimize(Action<byte[]> target, byte[] input)
    {
        var signature = Signature(target, input) ?? throw new ArgumentException("The input does not fail.", nameof(input));
        var current = input;
        for (var chunk = Math.Max(1, current.Length / 2); chunk >= 1; chunk /= 2)
        {
            var removed = true;
            while (removed)
            {
                removed = false;
                for (var start = 0; start < current.Length; start += chunk)
                {
                    var candidate = current[..start].Concat(current[Math.Min(current.Length, start + chunk)..]).ToArray();
                    if (Signature(target, candidate) == signature)
                    {
                        current = candidate;
                        removed = true;
                    }
                }
            }
        }

        return current;
    }

    /// <summary>The failure's type and first message line, or null when the input passes.</summary>
    public static string? Signature(Action<byte[]> target, byte[] input)
    {
        try
        {
            target(input);
            return null;
        }
#pragma warning disable CA1031 // Any failure is a signature.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception.GetType().FullName + ": " + exception.Message.Split('\n')[0];
        }
    }
}
