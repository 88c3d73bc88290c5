namespace Wharf.Installer;

/// <summary>Where an image lives relative to the proxy and registry domains (SPEC §3.3).</summary>
public enum ImagePlacement
{
    /// <summary>On some other registry: proxied when private.</summary>
    External,

    /// <summary>Already on a proxy domain: left alone.</summary>
    OnProxy,

    /// <summary>On the registry domain in effect: left alone.</summary>
    OnRegistry,

    /// <summary>On another known registry domain: its host is swapped to the registry domain in effect.</summary>
    OnOtherRegistry,
}
