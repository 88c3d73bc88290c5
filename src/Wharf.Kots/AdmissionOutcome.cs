namespace Wharf.Kots;

/// <summary>What the webhook answers to one request: an HTTP status and JSON body, and a line for the log.</summary>
/// <param name="StatusCode">200 for an AdmissionReview response, 400 for a body that is not a review.</param>
/// <param name="Body">UTF-8 JSON: the AdmissionReview response, or <c>{"error": "..."}</c> with a 400.</param>
/// <param name="Summary">One line for the operator's log (never contains a credential).</param>
/// <param name="Patched">True when the response carries a JSONPatch.</param>
public sealed record AdmissionOutcome(int StatusCode, byte[] Body, string Summary, bool Patched);
