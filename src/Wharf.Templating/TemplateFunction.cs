namespace Wharf.Templating;

/// <summary>
/// A template function over raw values. Arguments are Go-typed values: <see cref="string"/>,
/// <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, lists, string-keyed dictionaries,
/// or <c>null</c> (Go nil / missing value). Return any such value; throw
/// <see cref="TemplateFunctionException"/> to fail with <c>error calling NAME: …</c>.
/// </summary>
/// <param name="context">The render in progress (file name, root data).</param>
/// <param name="args">The arguments, the piped value last.</param>
public delegate object? TemplateFunction(TemplateContext context, ReadOnlySpan<object?> args);
