namespace Wharf.Server.Auth;

/// <summary>
/// Parses Docker token scopes, <c>repository:NAME:ACTIONS</c>, where NAME may itself contain <c>host:port</c>
/// (SPEC §2.2: never split naively on ':'). The type is before the first colon, the actions after the last.
/// </summary>
internal static class ScopeParser
{
    public static IEnumerable<(string Type, string Name, string[] Actions)> Parse(IEnumerable<string?> scopeValues)
    {
        foreach (var value in scopeValues)
        {
            foreach (var scope in (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var first = scope.IndexOf(':', StringComparison.Ordinal);
                var last = scope.LastIndexOf(':');
                if (first <= 0 || last <= first + 1)
                {
                    continue;
                }

                yield return (scope[..first], scope[(first + 1)..last], scope[(last + 1)..].Split(','));
            }
        }
    }
}
