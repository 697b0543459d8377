using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Medborgarlofte.Tests.PublicApi;

/// <summary>
/// Lists an assembly's public surface as text, one line per type and member, with nullability,
/// <c>init</c> and <c>required</c>; PublicApiGenerator is not served here, so this replaces it.
/// </summary>
internal static class PublicApiLister
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    internal static string List(Assembly assembly)
    {
        var nullability = new NullabilityInfoContext();
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            var members = new List<string>();
            foreach (var member in type.GetMembers(Declared))
            {
                if (Describe(type, member, nullability) is { } line)
                {
                    members.Add(line);
                }
            }

            members.Sort(StringComparer.Ordinal);
            foreach (var member in members)
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct")
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.GetMethod("<Clone>$") is not null ? (type.IsSealed ? "sealed record" : "record")
            : type.IsSealed ? "sealed class"
            : type.IsAbstract ? "abstract class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static string? Describe(Type owner, MemberInfo member, NullabilityInfoContext nullability)
    {
        switch (member)
        {
            case ConstructorInfo c when Visible(c):
                return $"{Access(c)}ctor({Parameters(c.GetParameters(), nullability)})";
            case MethodInfo m when Visible(m) && !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal):
                return $"{Access(m)}{(m.IsStatic ? "static " : string.Empty)}{(m.IsAbstract && !owner.IsInterface ? "abstract " : m.IsVirtual && !m.IsFinal && !owner.IsInterface ? "virtual " : string.Empty)}{Type(m.ReturnParameter, nullability)} {m.Name}{GenericArguments(m)}({Parameters(m.GetParameters(), nullability)})";
            case MethodInfo m when Visible(m) && m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal):
                return $"{Access(m)}static {Type(m.ReturnParameter, nullability)} {m.Name}({Parameters(m.GetParameters(), nullability)})";
            case PropertyInfo p when (p.GetMethod is { } g && Visible(g)) || (p.SetMethod is { } s && Visible(s)):
                return Property(p, nullability);
            case FieldInfo f when Visible(f) && !f.IsSpecialName:
                return owner.IsEnum
                    ? $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}"
                    : $"{Access(f)}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Type(nullability.Create(f))} {f.Name}";
            case Type nested when nested.IsNestedPublic:
                return $"nested {Name(nested)}";
            default:
                return null;
        }
    }

    private static string Property(PropertyInfo p, NullabilityInfoContext nullability)
    {
        var accessors = new List<string>();
        if (p.GetMethod is { } get && Visible(get))
        {
            accessors.Add("get;");
        }

        if (p.SetMethod is { } set && Visible(set))
        {
            var isInit = set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            accessors.Add(isInit ? "init;" : "set;");
        }

        var required = p.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty;
        var isStatic = (p.GetMethod ?? p.SetMethod)!.IsStatic ? "static " : string.Empty;
        var indexParameters = p.GetIndexParameters();
        var name = indexParameters.Length > 0 ? $"this[{Parameters(indexParameters, nullability)}]" : p.Name;
        return $"{Access(p.GetMethod ?? p.SetMethod!)}{isStatic}{required}{Type(nullability.Create(p))} {name} {{ {string.Join(" ", accessors)} }}";
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static bool Visible(FieldInfo f) => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly;

    private static string Access(MethodBase m) => m.IsPublic ? string.Empty : "protected ";

    private static string Access(FieldInfo f) => f.IsPublic ? string.Empty : "protected ";

    private static string GenericArguments(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext nullability) =>
        string.Join(", ", parameters.Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : string.Empty)}{(p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty)}{Type(p, nullability)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Type(ParameterInfo parameter, NullabilityInfoContext nullability) => Type(nullability.Create(parameter));

    private static string Type(NullabilityInfo info)
    {
        var type = info.Type;
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        string name;
        if (type.IsArray)
        {
            name = (info.ElementType is { } element ? Type(element) : Name(type.GetElementType()!)) + "[]";
        }
        else if (type.IsGenericType && info.GenericTypeArguments.Length > 0 && type.Name.Contains('`', StringComparison.Ordinal) && !type.IsNested)
        {
            var definition = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            name = $"{type.Namespace}.{definition}<{string.Join(", ", info.GenericTypeArguments.Select(Type))}>";
        }
        else
        {
            name = Name(type);
        }

        // An unconstrained type parameter's nullability is the caller's; print it as declared.
        return !type.IsValueType && !type.IsGenericParameter && info.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (!type.IsGenericType)
        {
            return (type.FullName ?? type.Name).Replace('+', '.');
        }

        var full = type.GetGenericTypeDefinition().FullName!;
        var baseName = System.Text.RegularExpressions.Regex.Replace(full, "`[0-9]+", string.Empty).Replace('+', '.');
        return $"{baseName}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
