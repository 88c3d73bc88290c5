namespace Wharf.Testing;

/// <summary>Input to <see cref="OciImageBuilder"/>: a platform and its layers (each a list of files).</summary>
/// <param name="Platform"><c>os/arch[/variant]</c>, e.g. <c>linux/amd64</c>.</param>
/// <param name="Layers">Layers, base first; each is the files of one tar.</param>
public sealed record PlatformImageSpec(string Platform, IReadOnlyList<IReadOnlyList<LayerFile>> Layers);
