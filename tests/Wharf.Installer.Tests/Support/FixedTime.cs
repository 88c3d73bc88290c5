namespace Wharf.Installer.Tests.Support;

/// <summary>A clock stopped at one instant (STYLE practice 11).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
