namespace Wharf.Proxy.Cache;

/// <summary>Pull-through cache settings (SPEC §2.4).</summary>
public sealed record CacheOptions(TimeSpan TagTtl, TimeSpan FillTimeout);
