using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Ispecia.Voip.Tests.Architecture;

/// <summary>
/// Which namespace of an assembly uses which, read from the compiled IL (signatures, attributes, method bodies),
/// so a reference hidden in a lambda or a generic argument counts too. NetArchTest answers "does A use B" by
/// namespace prefix; a cycle needs exact namespaces, so this reads the same Cecil model NetArchTest uses.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> edges = [];

    private NamespaceGraph()
    {
    }

    /// <summary>Namespace -> (namespace it uses -> "Type uses Type" examples).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, SortedSet<string>>> Edges => edges;

    /// <param name="node">Maps a namespace to the node it counts as (e.g. a component's sub-namespaces to the component).</param>
    public static NamespaceGraph Of(System.Reflection.Assembly assembly, string rootNamespace, Func<string, bool>? skip = null, Func<string, string>? node = null)
    {
        node ??= ns => ns;
        var graph = new NamespaceGraph();
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        foreach (var type in module.GetTypes())
        {
            var from = node(NamespaceOf(type));
            if (!from.StartsWith(rootNamespace, StringComparison.Ordinal) || skip?.Invoke(from) == true)
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                var to = node(NamespaceOf(used));
                if (to != from && to.StartsWith(rootNamespace, StringComparison.Ordinal) && skip?.Invoke(to) != true)
                {
                    graph.Add(from, to, $"{Outer(type).Name} uses {Outer(used).Name}");
                }
            }
        }

        return graph;
    }

    /// <summary>Every cycle's namespaces, found as strongly connected components of more than one namespace.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = 0;
        var indexes = new Dictionary<string, int>();
        var lowLinks = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(e => e.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();

        void Visit(string node)
        {
            indexes[node] = lowLinks[node] = index++;
            stack.Push(node);
            foreach (var next in edges.TryGetValue(node, out var targets) ? targets.Keys : Enumerable.Empty<string>())
            {
                if (!indexes.ContainsKey(next))
                {
                    Visit(next);
                    lowLinks[node] = Math.Min(lowLinks[node], lowLinks[next]);
                }
                else if (stack.Contains(next))
                {
                    lowLinks[node] = Math.Min(lowLinks[node], indexes[next]);
                }
            }

            if (lowLinks[node] == indexes[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var node in nodes.Where(n => !indexes.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;
    }

    /// <summary>The edges inside one cycle, with an example of each, for a failure message a reader can act on.</summary>
    public IEnumerable<string> Explain(IReadOnlyList<string> cycle) =>
        from a in cycle
        where edges.ContainsKey(a)
        from pair in edges[a]
        where cycle.Contains(pair.Key)
        select $"{a} -> {pair.Key}: {string.Join("; ", pair.Value.Take(3))}";

    private void Add(string from, string to, string example)
    {
        if (!edges.TryGetValue(from, out var targets))
        {
            edges[from] = targets = [];
        }

        if (!targets.TryGetValue(to, out var examples))
        {
            targets[to] = examples = new SortedSet<string>(StringComparer.Ordinal);
        }

        examples.Add(example);
    }

    private static TypeReference Outer(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static string NamespaceOf(TypeReference type) => Outer(type).Namespace;

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void AddType(TypeReference? t)
        {
            switch (t)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    AddType(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                    {
                        AddType(argument);
                    }

                    return;
                case TypeSpecification spec:
                    AddType(spec.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }

        void AddMethod(MethodReference method)
        {
            AddType(method.DeclaringType);
            AddType(method.ReturnType);
            foreach (var parameter in method.Parameters)
            {
                AddType(parameter.ParameterType);
            }

            if (method is GenericInstanceMethod generic)
            {
                foreach (var argument in generic.GenericArguments)
                {
                    AddType(argument);
                }
            }
        }

        void AddAttributes(Mono.Cecil.ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                AddType(attribute.AttributeType);
            }
        }

        AddType(type.BaseType);
        AddAttributes(type);
        foreach (var implemented in type.Interfaces)
        {
            AddType(implemented.InterfaceType);
        }

        foreach (var field in type.Fields)
        {
            AddType(field.FieldType);
            AddAttributes(field);
        }

        foreach (var property in type.Properties)
        {
            AddType(property.PropertyType);
            AddAttributes(property);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method);
            AddAttributes(method);
            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                AddType(variable.VariableType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case MethodReference called:
                        AddMethod(called);
                        break;
                    case FieldReference field:
                        AddType(field.DeclaringType);
                        AddType(field.FieldType);
                        break;
                    case TypeReference used:
                        AddType(used);
                        break;
                }
            }
        }

        return found;
    }
}
