using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>Sprig's <c>semver</c> and <c>semverCompare</c> (Masterminds/semver v3 semantics).</summary>
internal static class SprigSemver
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("semver", [ParamKind.String], (_, a) => Version((string)a[0]!));
        b.Fixed("semverCompare", [ParamKind.String, ParamKind.String], (_, a) =>
            (SemverConstraint.TryParse((string)a[0]!, out var error) ?? throw new TemplateFunctionException(error)).Check(Version((string)a[1]!)));
    }

    private static SemVersion Version(string text) =>
        SemVersion.TryParse(text, out var error) ?? throw new TemplateFunctionException(error);
}
