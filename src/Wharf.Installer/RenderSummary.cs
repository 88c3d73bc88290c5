namespace Wharf.Installer;

/// <summary>What a successful render produced.</summary>
/// <param name="OutputDirectory">The full path of the output directory.</param>
/// <param name="Objects">Objects in <c>base/</c>.</param>
/// <param name="Images">Distinct image strings found.</param>
/// <param name="PrivateImages">Of those, the private ones.</param>
/// <param name="ImageEntries">Entries in the midstream <c>images:</c> list.</param>
/// <param name="PatchedObjects">Objects given the pull secret.</param>
/// <param name="HelmValues">HelmChart v2 values files written under <c>helm/</c>.</param>
public sealed record RenderSummary(string OutputDirectory, int Objects, int Images, int PrivateImages, int ImageEntries, int PatchedObjects, int HelmValues);
