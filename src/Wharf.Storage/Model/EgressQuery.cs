namespace Wharf.Storage.Model;

/// <summary>
/// One vendor's egress report: optionally one app and a time window, <c>Since</c> inclusive and <c>Until</c>
/// exclusive, so consecutive windows never count a pull twice.
/// </summary>
public sealed record EgressQuery(
    long VendorId,
    EgressGrouping GroupBy = EgressGrouping.CustomerAndImage,
    string? AppSlug = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null);
