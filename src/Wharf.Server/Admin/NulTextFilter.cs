using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Wharf.Server.Admin;

/// <summary>
/// Refuses admin requests whose text (route and query values, and the string properties of a JSON body) holds a NUL
/// character: no name, slug or host legitimately has one, SQLite would store it and PostgreSQL refuses it outright,
/// so the answer is the same 400 on every store instead of a database error.
/// </summary>
internal static class NulTextFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (HasNul(argument))
            {
                return Results.BadRequest(new ApiError("text may not contain NUL characters"));
            }
        }

        return await next(invocation);
    }

    private static bool HasNul(object? argument) => argument switch
    {
        null => false,
        string text => text.Contains('\0', StringComparison.Ordinal),
        HttpContext or CancellationToken => false,
        _ when argument.GetType().Namespace == typeof(NulTextFilter).Namespace => argument.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0)
            .Any(p => p.GetValue(argument) is string s && s.Contains('\0', StringComparison.Ordinal)),
        _ => false,
    };
}
