using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Zhuzhou.Education.Domain.Tests;

/// <summary>
/// The layers of DESIGN.md ("Shape"), read from the compiled library — signatures and method bodies alike — so
/// that no namespace uses one above it. A namespace is its first segment below Zhuzhou.Education.Domain
/// (Serialization.Wire is Serialization); the root namespace holds the package's built-in data.
/// </summary>
public class LayeringTests
{
    private const string Root = "Zhuzhou.Education.Domain";

    // What each namespace may use, besides itself; the closure is taken, so each layer names only the ones right below it.
    private static readonly Dictionary<string, string[]> Below = new()
    {
        ["Utility"] = [],
        ["Quantities"] = ["Utility"],
        ["Localization"] = ["Quantities"],
        ["Diagnostics"] = ["Localization"],
        ["Plans"] = ["Quantities", "Diagnostics", "OrgUnits"],
        ["OrgUnits"] = ["Utility"],
        ["Reports"] = ["Plans", "OrgUnits"],
        ["Rules"] = ["Reports"],
        ["Evaluation"] = ["Rules"],
        ["Aggregation"] = ["Evaluation"],
        ["Text"] = ["Plans"],
        ["Serialization"] = ["Aggregation"],
        ["Reporting"] = ["Aggregation", "Serialization"],
        // The plan check reads plan JSON and plan text, and checks allocations against the org units.
        ["Validation"] = ["Serialization", "Text"],
        [string.Empty] = ["Serialization"],
    };

    [Fact]
    public void Library_NoNamespaceUsesOneAboveIt()
    {
        var module = ModuleDefinition.ReadModule(typeof(Domain.Plans.Plan).Assembly.Location);
        var allowed = Below.Keys.ToDictionary(k => k, Closure);
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.Types.Where(t => Layer(t) is not null))
        {
            var from = Layer(type)!;
            allowed.Should().ContainKey(from, "every namespace of the library has its place in the layers (type {0})", type.FullName);
            foreach (var (used, via) in Uses(type, module))
            {
                var to = Layer(used);
                if (to is not null && to != from && !allowed[from].Contains(to))
                {
                    violations.Add($"{Name(from)} → {Name(to)}: {type.FullName} uses {used.FullName} ({via})");
                }
            }
        }

        string.Join("\n", violations).Should().BeEmpty("a namespace may use only the layers below it (DESIGN.md, \"Shape\")");
    }

    private static HashSet<string> Closure(string layer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(Below[layer]);
        while (stack.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var lower in Below[next])
                {
                    stack.Push(lower);
                }
            }
        }

        return seen;
    }

    private static string Name(string layer) => layer.Length == 0 ? Root : layer;

    /// <summary>The layer of a type of the library, or null for types outside it (and compiler-generated globals).</summary>
    private static string? Layer(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        var ns = type.Namespace;
        if (ns == Root)
        {
            return string.Empty;
        }

        return ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;
    }

    /// <summary>Every type of the module a type (with its nested types) names: in signatures, attributes and method bodies.</summary>
    private static IEnumerable<(TypeReference Type, string Via)> Uses(TypeDefinition type, ModuleDefinition module)
    {
        var found = new List<(TypeReference, string)>();
        void Add(TypeReference? reference, string via)
        {
            foreach (var t in Flatten(reference))
            {
                if (t.Scope == module || t.Module == module && t.Scope is ModuleDefinition)
                {
                    found.Add((t, via));
                }
            }
        }

        foreach (var t in Nested(type))
        {
            Add(t.BaseType, "base type");
            foreach (var i in t.Interfaces)
            {
                Add(i.InterfaceType, "interface");
            }

            foreach (var f in t.Fields)
            {
                Add(f.FieldType, "field " + f.Name);
            }

            foreach (var p in t.Properties)
            {
                Add(p.PropertyType, "property " + p.Name);
            }

            foreach (var m in t.Methods)
            {
                var via = "method " + m.Name;
                Add(m.ReturnType, via);
                foreach (var parameter in m.Parameters)
                {
                    Add(parameter.ParameterType, via);
                }

                foreach (var attribute in m.CustomAttributes)
                {
                    Add(attribute.AttributeType, via);
                }

                if (!m.HasBody)
                {
                    continue;
                }

                foreach (var local in m.Body.Variables)
                {
                    Add(local.VariableType, via);
                }

                foreach (var instruction in m.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference operand:
                            Add(operand, via);
                            break;
                        case MethodReference method:
                            Add(method.DeclaringType, via);
                            Add(method.ReturnType, via);
                            foreach (var parameter in method.Parameters)
                            {
                                Add(parameter.ParameterType, via);
                            }

                            if (method is GenericInstanceMethod generic)
                            {
                                foreach (var argument in generic.GenericArguments)
                                {
                                    Add(argument, via);
                                }
                            }

                            break;
                        case FieldReference field:
                            Add(field.DeclaringType, via);
                            Add(field.FieldType, via);
                            break;
                    }
                }
            }
        }

        return found;
    }

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type)
        => [type, .. type.NestedTypes.SelectMany(Nested)];

    /// <summary>A type and what it is built from: element types of arrays and pointers, generic arguments.</summary>
    private static IEnumerable<TypeReference> Flatten(TypeReference? type)
    {
        switch (type)
        {
            case null:
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var t in Flatten(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Flatten)))
                {
                    yield return t;
                }

                yield break;
            case TypeSpecification specification:
                foreach (var t in Flatten(specification.ElementType))
                {
                    yield return t;
                }

                yield break;
            default:
                yield return type;
                yield break;
        }
    }
}
