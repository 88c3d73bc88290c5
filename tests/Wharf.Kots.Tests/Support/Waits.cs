namespace Wharf.Kots.Tests.Support;

/// <summary>Short waits with a deadline (STYLE: no fixed sleeps).</summary>
internal static class Waits
{
    public static Task UntilAsync(Func<bool> condition, Func<string> context) =>
        Wharf.Testing.Poll.UntilAsync(condition, TimeSpan.FromSeconds(10), "the expected condition", context);
}
