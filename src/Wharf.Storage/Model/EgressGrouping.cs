namespace Wharf.Storage.Model;

/// <summary>What an egress report groups by (SPEC §2.5 "egress per customer and image"); rows are always per app too.</summary>
[Flags]
public enum EgressGrouping
{
    /// <summary>One row per license (a license belongs to one customer of one app).</summary>
    Customer = 1,

    /// <summary>One row per image (the upstream repository as the pull log names it).</summary>
    Image = 2,

    CustomerAndImage = Customer | Image,
}
