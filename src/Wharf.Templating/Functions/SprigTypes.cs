using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's reflection functions: <c>typeOf</c> is Go's <c>%T</c>, <c>kindOf</c> the
/// <c>reflect.Kind</c> name (<c>slice</c>, <c>map</c>, <c>invalid</c> for nil), and
/// <c>deepEqual</c> Go's <c>reflect.DeepEqual</c>.
/// </summary>
internal static class SprigTypes
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("typeOf", [Any], (_, a) => TypeOf(a[0]));
        b.Fixed("typeIs", [ParamKind.String, Any], (_, a) => (string)a[0]! == TypeOf(a[1]));
        b.Fixed("typeIsLike", [ParamKind.String, Any], (_, a) => (string)a[0]! == TypeOf(a[1]) || "*" + (string)a[0]! == TypeOf(a[1]));
        b.Fixed("kindOf", [Any], (_, a) => KindOf(a[0]));
        b.Fixed("kindIs", [ParamKind.String, Any], (_, a) => (string)a[0]! == KindOf(a[1]));
        b.Fixed("deepEqual", [Any, Any], (_, a) => GoDeepEqual.Equal(a[0], a[1]));
    }

    private static string TypeOf(object? value) => value is SemVersion ? "*semver.Version" : GoFmt.Sprintf("%T", [value]);

    private static string KindOf(object? value) => GoValues.KindOf(value) switch
    {
        GoKind.Nil => "invalid",
        GoKind.List => "slice",
        GoKind.Map => "map",
        GoKind.Struct => value is SemVersion ? "ptr" : "struct",
        _ => GoValues.TypeName(value),
    };
}
