namespace Wharf.Templating.Tests;

/// <summary>A record reached through public properties.</summary>
internal sealed record SampleRecord(string Name, int Port);
