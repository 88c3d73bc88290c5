namespace Wharf.Installer;

/// <summary>One entry of a kustomization's <c>images:</c> list: images named <see cref="Name"/> (any tag or digest) become <see cref="NewName"/> with the same tag and digest.</summary>
/// <param name="Name">The image as written, without tag and digest.</param>
/// <param name="NewName">The replacement name.</param>
public sealed record KustomizeImage(string Name, string NewName);
