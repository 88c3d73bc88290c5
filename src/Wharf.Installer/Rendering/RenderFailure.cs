namespace Wharf.Installer.Rendering;

/// <summary>
/// An expected failure inside the render pipeline (bad input, unwritable output), carrying the one-line
/// message for the user. It never leaves <see cref="ReleaseRenderer"/>, which turns it into a
/// <see cref="RenderResult"/>: the pipeline is a straight sequence of steps, each of which can refuse.
/// </summary>
internal sealed class RenderFailure(string message) : Exception(message);
