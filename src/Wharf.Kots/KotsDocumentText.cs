namespace Wharf.Kots;

/// <summary>One document's text within a file.</summary>
/// <param name="Line">1-based line of the document's first line in the file.</param>
/// <param name="Text">The document's lines, without the <c>---</c> marker.</param>
public sealed record KotsDocumentText(int Line, string Text);
