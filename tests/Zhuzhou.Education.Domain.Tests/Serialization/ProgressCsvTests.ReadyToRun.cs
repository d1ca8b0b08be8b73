using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Sylvan.Data.Csv;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>
/// What keeps a progress CSV's per-record code compiled ahead of time in the ReadyToRun tool: crossgen2 compiles no
/// method whose signature holds Sylvan's reader (its SIMD fields make its layout unstable outside the framework), and,
/// the library being trimmable, no private method whose only callers are AggressiveOptimization methods (never
/// compiled ahead of time themselves). Either way the method starts unoptimised in every cold process.
/// </summary>
public partial class ProgressCsvTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] ReadPath = [typeof(ProgressCsv), typeof(CsvLines), typeof(CsvColumns), typeof(ReportAdmission), typeof(ReportCells)];

    [Fact]
    public void ReadPath_Signatures_HoldNoSylvanReader()
    {
        var holding = Methods().Where(m => m.GetParameters().Any(p => Holds(p.ParameterType)) || (m is MethodInfo info && Holds(info.ReturnType)));

        holding.Select(Name).Should().BeEmpty("a method with Sylvan's CsvDataReader in its signature is never compiled ahead of time");
    }

    [Fact]
    public void AggressiveOptimization_Callees_AreCompiledAheadOfTime()
    {
        var methods = Methods().ToList();
        var optimised = methods.Where(IsOptimised).ToList();

        // A private method is compiled ahead of time when a method that is (not AggressiveOptimization) calls it; one
        // of at most 16 bytes of IL is inlined into its caller.
        var calledElsewhere = methods.Where(m => !IsOptimised(m)).SelectMany(Callees).ToHashSet();
        var uncompiled = optimised
            .SelectMany(m => Callees(m).Select(callee => (Caller: m, Callee: callee)))
            .Where(c => c.Callee.Module == typeof(ProgressCsv).Module && IsPrivate(c.Callee) && !IsOptimised(c.Callee)
                && !c.Callee.DeclaringType!.IsDefined(typeof(CompilerGeneratedAttribute))
                && c.Callee.GetMethodBody()?.GetILAsByteArray()?.Length > 16
                && !calledElsewhere.Contains(c.Callee))
            .Select(c => $"{Name(c.Caller)} → {Name(c.Callee)}")
            .Distinct();

        optimised.Should().NotBeEmpty();
        string.Join(Environment.NewLine, uncompiled).Should().BeEmpty("a private method called only from AggressiveOptimization methods is not compiled ahead of time");
    }

    private static bool IsOptimised(MethodBase method) => method.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization);

    private static IEnumerable<MethodBase> Methods()
        => ReadPath.SelectMany(Nested).SelectMany(t => t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors(Declared)));

    private static IEnumerable<Type> Nested(Type type)
        => type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute))).SelectMany(Nested).Prepend(type);

    private static bool Holds(Type type) => (type.HasElementType ? type.GetElementType()! : type) == typeof(CsvDataReader);

    private static bool IsPrivate(MethodBase method)
    {
        for (var type = method.DeclaringType; type is not null; type = type.DeclaringType)
        {
            if (type.IsNestedPrivate)
            {
                return true;
            }
        }

        return method.IsPrivate;
    }

    private static string Name(MethodBase method) => $"{method.DeclaringType!.FullName}.{method.Name}";

    /// <summary>The methods <paramref name="method"/> calls (call, callvirt, newobj), read from its IL.</summary>
    private static IEnumerable<MethodBase> Callees(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? Codes[0xFE00 | il[i + 1]] : Codes[il[i]];
            i += code.Size;
            if (code == OpCodes.Call || code == OpCodes.Callvirt || code == OpCodes.Newobj)
            {
                yield return method.Module.ResolveMethod(BitConverter.ToInt32(il, i), typeArguments, methodArguments)!;
            }

            i += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }
    }

    private static readonly Dictionary<int, OpCode> Codes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(c => (int)(ushort)c.Value);
}
