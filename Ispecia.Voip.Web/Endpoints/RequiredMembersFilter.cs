using System.Collections.Concurrent;
using System.Reflection;

namespace Ispecia.Voip.Web.Endpoints;

/// <summary>
/// Refuses a JSON body that sets a non-nullable string to null (<c>{"email": null}</c>) with a 400 before the handler
/// runs. System.Text.Json accepts such nulls, and Identity's /api/auth handlers then throw ArgumentNullException.
/// </summary>
public sealed class RequiredMembersFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> NonNullableStrings = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var argument in context.Arguments)
        {
            if (argument is null || argument is string || argument.GetType().IsValueType)
            {
                continue;
            }

            foreach (var property in NonNullableStrings.GetOrAdd(argument.GetType(), Find))
            {
                if (property.GetValue(argument) is null)
                {
                    errors[JsonName(property.Name)] = [$"{JsonName(property.Name)} is required."];
                }
            }
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
    }

    private static PropertyInfo[] Find(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.CanRead && nullability.Create(p).ReadState == NullabilityState.NotNull)];
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
